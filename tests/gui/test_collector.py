"""The window takes in a project with the cyclic garbage collector paused, and only then."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from desktop.ui.shell.collector import collector_paused
from desktop.ui.shell.main_window import MainWindow


def test_the_window_builds_the_project_view_with_the_collector_off_then_on_again(
        window: MainWindow, sample_path: Path, tmp_path: Path) -> None:
    seen: list[bool] = []
    window.actions.sessionChanged.connect(lambda: seen.append(gc.isenabled()))
    window.actions.close_project()
    copy = tmp_path / "copy.auditready"
    copy.write_bytes(sample_path.read_bytes())
    assert window.open_project(copy)
    assert seen == [False, False]  # closing, then opening: trees and assessment built paused
    assert gc.isenabled()


def test_the_collector_comes_back_after_an_error_and_stays_off_when_it_was_off() -> None:
    @collector_paused
    def fails() -> None:
        assert not gc.isenabled()
        raise LookupError("while paused")

    with pytest.raises(LookupError):
        fails()
    assert gc.isenabled()
    gc.disable()
    try:
        collector_paused(lambda: None)()
        assert not gc.isenabled()
    finally:
        gc.enable()
