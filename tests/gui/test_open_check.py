"""The window shows a project before its evidence tables are checked, then checks them.

Damage found by that check closes the project with a message in the user's
language; the damaged file is never written to. A sound project stays open
and takes edits as usual.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from desktop.domain.model import ItemStatus
from desktop.ui.shell.main_window import MainWindow
from tests.damage import index_out_of_step


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damage_found_after_opening_closes_the_project_with_a_message(
        qtbot, window: MainWindow, sample_path: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "from the client.auditready"
    shutil.copyfile(sample_path, damaged)
    index_out_of_step(damaged)
    before = _digest(damaged)

    assert window.open_project(damaged)  # shown at once
    qtbot.waitUntil(lambda: window.actions.session is None
                    or window.actions.session.path != damaged)
    texts = [text for _kind, text in window.ctx.errors.messages]
    assert any("the check that runs after opening found it" in t for t in texts), texts
    assert _digest(damaged) == before


def test_a_sound_project_stays_open_and_takes_edits_after_the_check(
        qtbot, window: MainWindow) -> None:
    session = window.actions.session
    assert session is not None and session.store.later_check is not None
    qtbot.waitUntil(lambda: not window.open_check.running)
    assert session.store.later_check.passed
    assert window.actions.session is session
    item = session.standards()[0].checklist()[0].id
    window.actions.apply_status(item, ItemStatus.READY, "")
    assert session.store.item_state(item).status is ItemStatus.READY
    assert not [m for m in window.ctx.errors.messages if m[0] == "user"]
