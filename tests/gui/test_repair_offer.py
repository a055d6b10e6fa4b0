"""A project refused for foreign schema objects offers "Repair a copy…" and opens the copy."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.domain.model import ItemStatus
from desktop.ui.shell import repair_offer
from desktop.ui.shell.main_window import MainWindow

WIPE = ("CREATE TRIGGER wipe AFTER UPDATE ON item_state "
        "BEGIN DELETE FROM evidence_links; END")


@pytest.fixture
def hostile(sample_path: Path, tmp_path: Path) -> Path:
    """A copy of the sample with a trigger that deletes every evidence link."""
    path = tmp_path / "from the client.auditready"
    shutil.copyfile(sample_path, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(WIPE)
    conn.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_without_dialogs_the_refusal_is_reported_and_nothing_opens(
    window: MainWindow, hostile: Path
) -> None:
    before = _digest(hostile)
    opened = window.actions.session
    assert not window.open_project(hostile)
    kind, text = window.ctx.errors.messages[-1]
    assert kind == "user" and 'trigger "wipe" on item_state' in text
    assert window.actions.session is opened
    assert _digest(hostile) == before


def test_repair_a_copy_opens_a_clean_copy_and_leaves_the_original(
    window: MainWindow, hostile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _digest(hostile)
    dest = tmp_path / "clean"
    asked: list[str] = []
    monkeypatch.setattr(repair_offer, "ask_repair", lambda parent, text: asked.append(text) or True)
    monkeypatch.setattr(repair_offer, "choose_copy", lambda parent, original: dest)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    window.ctx.errors.dialogs = True

    assert window.open_project(hostile)
    assert "wipe" in asked[0]
    session = window.actions.session
    assert session is not None and session.path == tmp_path / "clean.auditready"
    assert _digest(hostile) == before
    assert any("Wrote a clean copy" in text for _kind, text in window.ctx.errors.messages)
    linked = [e for e in session.store.evidence_list() if e.item_ids]
    assert linked
    item = linked[0].item_ids[0]
    current = session.store.item_state(item).status
    new = ItemStatus.IN_PROGRESS if current is ItemStatus.READY else ItemStatus.READY
    assert window.actions.set_status(item, new)
    assert session.store.item_state(item).status is new
    assert session.store.evidence_for_item(item)  # no trigger deleted the links


def test_closing_the_offer_opens_nothing(
    window: MainWindow, hostile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = sorted(tmp_path.rglob("*"))
    monkeypatch.setattr(repair_offer, "ask_repair", lambda parent, text: False)
    monkeypatch.setattr(repair_offer, "choose_copy", lambda parent, original: pytest.fail())
    window.ctx.errors.dialogs = True
    assert not window.open_project(hostile)
    assert sorted(tmp_path.rglob("*")) == files


def test_a_lock_left_by_a_crash_is_mentioned_in_the_status_bar(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "after a crash.auditready"
    shutil.copyfile(window.actions.session.path, path)  # type: ignore[union-attr]
    (tmp_path / "after a crash.auditready.lock").write_bytes(b"")
    assert window.open_project(path)
    assert "not closed properly" in window.statusBar().currentMessage()


def test_damage_found_while_working_is_a_message_not_a_crash(window: MainWindow) -> None:
    session = window.actions.session
    assert session is not None
    item = next(iter(session.store.item_states()))
    conn = sqlite3.connect(session.path, isolation_level=None)  # a page damaged under us
    conn.execute("UPDATE item_state SET status = CAST(X'80FF' AS TEXT) WHERE item_id = ?", [item])
    conn.close()
    assert not window.actions.set_status(item, ItemStatus.READY)
    kind, text = window.ctx.errors.messages[-1]
    assert kind == "user" and "is damaged or incomplete" in text
