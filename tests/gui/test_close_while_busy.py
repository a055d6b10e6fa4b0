"""Closing the window while a background task runs asks: wait, or cancel it and close."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.errors import CancelledError
from desktop.ui.shell.main_window import MainWindow


class HeldJob:
    """A background job that runs until the test releases it (or it is cancelled)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.saw_cancel = threading.Event()

    def __call__(self, _progress: Callable[[int, int], None],
                 cancelled: Callable[[], bool]) -> str:
        while not self.release.wait(0.01):  # polls like a real job between chunks
            if cancelled():
                self.saw_cancel.set()
                raise CancelledError()
        return "written"


@pytest.fixture
def held(window: MainWindow) -> Iterator[HeldJob]:
    job = HeldJob()
    window.actions.runner.start(job)
    assert window.actions.runner.busy
    yield job
    job.release.set()
    window.actions.runner.wait()


def _answer(window: MainWindow, monkeypatch: pytest.MonkeyPatch, cancel: bool) -> list[str]:
    asked: list[str] = []

    def confirm(_title: str, question: str, _parent: object = None) -> bool:
        asked.append(question)
        return cancel

    monkeypatch.setattr(window.ctx.errors, "confirm", confirm)
    return asked


def test_choosing_wait_keeps_the_window_until_the_task_ends(
        window: MainWindow, qtbot, held: HeldJob, monkeypatch: pytest.MonkeyPatch) -> None:
    window.show()
    qtbot.waitExposed(window)
    asked = _answer(window, monkeypatch, cancel=False)

    assert not window.close()
    assert len(asked) == 1 and "Wait until it has finished" in asked[0]
    assert window.isVisible()
    assert window.actions.session is not None
    assert not held.saw_cancel.is_set()

    held.release.set()  # the task ends: the close is tried again, nothing left to ask
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert window.actions.session is None
    assert len(asked) == 1
    assert not held.saw_cancel.is_set()


def test_choosing_cancel_stops_the_task_and_closes(
        window: MainWindow, qtbot, held: HeldJob, monkeypatch: pytest.MonkeyPatch) -> None:
    window.show()
    qtbot.waitExposed(window)
    asked = _answer(window, monkeypatch, cancel=True)

    assert window.close()
    assert len(asked) == 1
    assert held.saw_cancel.is_set()  # cancelled, and waited for before the project closed
    assert not window.isVisible()
    assert window.actions.session is None


def test_closing_when_idle_asks_nothing(window: MainWindow, qtbot,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window.show()
    qtbot.waitExposed(window)
    asked = _answer(window, monkeypatch, cancel=False)
    assert window.close()
    assert asked == []


def test_closing_the_project_while_a_task_runs_asks_and_can_wait(
        window: MainWindow, qtbot, held: HeldJob, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(window, monkeypatch, cancel=False)

    assert window.menus.close_project.isEnabled()  # also while the task runs
    window.menus.close_project.trigger()
    assert len(asked) == 1 and "the project then closes by itself" in asked[0]
    assert window.actions.session is not None  # still open: the user waits
    assert not held.saw_cancel.is_set()

    held.release.set()
    qtbot.waitUntil(lambda: window.actions.session is None, timeout=10_000)
    assert window.central_stack.currentWidget() is window.start_page
    assert len(asked) == 1
    assert not held.saw_cancel.is_set()


def test_closing_the_project_while_a_task_runs_can_cancel_it(
        window: MainWindow, held: HeldJob, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(window, monkeypatch, cancel=True)
    window.menus.close_project.trigger()
    assert len(asked) == 1
    assert held.saw_cancel.is_set()
    assert window.actions.session is None


def _hold_worker(window: MainWindow) -> threading.Event:
    """Keep the single worker thread busy until the returned gate opens."""
    gate = threading.Event()
    window.actions.runner._pool.start(lambda: gate.wait(30))
    return gate


def _answer_and_open(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                     gate: threading.Event, cancel: bool) -> None:
    def confirm(_title: str, _question: str, _parent: object = None) -> bool:
        gate.set()  # the export may run from now on
        return cancel

    monkeypatch.setattr(window.ctx.errors, "confirm", confirm)


def test_quitting_during_an_export_and_cancelling_writes_nothing(
        window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    window.show()
    qtbot.waitExposed(window)
    gate = _hold_worker(window)
    _answer_and_open(window, monkeypatch, gate, cancel=True)
    task = window.actions.export("en", lambda _result: None, pdf=out / "report.pdf",
                                 xlsx=out / "report.xlsx")
    assert task is not None

    window.menus.quit.trigger()
    assert not window.isVisible()
    assert sorted(out.iterdir()) == []  # no report, no half-written temporary file


def test_quitting_during_an_export_and_waiting_writes_it_whole(
        window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    window.show()
    qtbot.waitExposed(window)
    gate = _hold_worker(window)
    _answer_and_open(window, monkeypatch, gate, cancel=False)
    window.actions.export("en", lambda _result: None, pdf=out / "report.pdf")

    window.menus.quit.trigger()
    assert window.isVisible()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
    assert [p.name for p in out.iterdir()] == ["report.pdf"]
    data = (out / "report.pdf").read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
