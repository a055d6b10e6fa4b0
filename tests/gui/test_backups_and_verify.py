"""File ▸ Backups…, opening a damaged project's latest backup, and Tools ▸ Verify project."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from desktop.domain.model import ItemStatus
from desktop.services import backups as backup_service
from desktop.services.backups import BackupPolicy
from desktop.ui.shell.backups_dialog import BackupsModel
from desktop.ui.shell.main_window import MainWindow

POLICY = "管理方针-QEHS-policy.pdf"
ITEM = "iso9001-2015:7.1.5.1:R"


def test_backups_model_passes_model_tester(qtmodeltester, window: MainWindow) -> None:
    session = window.actions.session
    assert session is not None
    backup_service.backup_now(session)
    model = BackupsModel()
    model.set_backups(backup_service.list_backups(session), "zh")
    assert model.rowCount() == 2  # the first change of the day (on opening), then by hand
    assert model.index(0, 1).data() == "手动备份"
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_the_dialog_lists_backups_and_restores_one_as_a_new_file(
    window: MainWindow, qtbot, sample_path: Path
) -> None:
    session = window.actions.session
    assert session is not None
    assert window.actions.set_status(ITEM, ItemStatus.READY)
    backup_service.backup_now(session)
    assert window.safety.backups.isEnabled()

    window.safety.backups.trigger()
    dialog = window.safety.backups_dialog
    assert dialog is not None
    model = dialog.model
    assert model.rowCount() == 2  # the day's first change (on opening), then by hand
    reasons = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert reasons == ["Made by hand", "First change of the day"]
    assert model.index(0, 3).data().endswith("%")
    assert model.index(0, 2).data().endswith("KB")

    dialog.view.selectRow(1)  # before the status change
    original = sample_path.read_bytes()
    assert dialog.restore_selected(sample_path) is None  # never over the project
    assert sample_path.read_bytes() == original
    assert "already exists" in window.ctx.errors.messages[-1][1]

    dest = sample_path.with_name("restored.auditready")
    assert dialog.restore_selected(dest) == dest
    kind, question = window.ctx.errors.messages[-1]
    assert kind == "confirm" and str(dest) in question
    qtbot.waitUntil(lambda: window.actions.session is not None
                    and window.actions.session.path == dest)
    assert window.actions.session.store.item_state(ITEM).status is not ItemStatus.READY
    assert sample_path.read_bytes() == original


def test_the_number_kept_is_a_setting(window: MainWindow) -> None:
    window.safety.backups.trigger()
    dialog = window.safety.backups_dialog
    assert dialog is not None
    assert dialog.keep.value() == 10
    dialog.keep.setValue(3)
    assert backup_service.backup_policy() == BackupPolicy(keep=3)
    dialog.backup_now()
    session = window.actions.session
    assert session is not None
    for _ in range(3):
        backup_service.backup_now(session)
    dialog.reload()
    assert dialog.model.rowCount() == 3


def test_a_damaged_project_offers_its_latest_backup(window: MainWindow, sample_path: Path,
                                                    qtbot) -> None:
    session = window.actions.session
    assert session is not None
    made = backup_service.backup_now(session)
    window.actions.close_project()
    with sample_path.open("r+b") as handle:  # damage the pages after the header
        handle.seek(4096)
        handle.write(b"\xa5" * 8192)
    window.ctx.errors.messages.clear()

    assert window.open_project(sample_path)
    kind, question = window.ctx.errors.messages[0]
    assert kind == "confirm" and "damaged" in question and "latest backup" in question
    opened = window.actions.session
    assert opened is not None and opened.path.parent == sample_path.parent
    stamp = made.created.astimezone().strftime("%Y-%m-%d %H%M")
    assert opened.path.name == f"sample (restored {stamp}).auditready"
    assert [k for k, _t in window.ctx.errors.messages if k in ("user", "crash")] == []


def test_verify_reports_a_sound_project(window: MainWindow, qtbot) -> None:
    with qtbot.waitSignal(window.ctx.errors.reported, timeout=60_000) as blocker:
        task = window.safety.start_verify()
        assert task is not None
    assert blocker.args[0] == "info"
    assert "No problems found" in blocker.args[1]
    qtbot.waitUntil(lambda: not window.actions.runner.busy)
    assert window.safety.verify_dialog is None


def test_verify_lists_a_changed_evidence_byte(window: MainWindow, qtbot,
                                              sample_path: Path) -> None:
    with closing(sqlite3.connect(sample_path)) as conn, conn:
        sha = conn.execute("SELECT sha256 FROM evidence WHERE name = ?", [POLICY]).fetchone()[0]
        data = bytearray(conn.execute("SELECT data FROM blob_chunks WHERE sha256 = ? AND seq = 0",
                                      [sha]).fetchone()[0])
        data[5] ^= 0xFF
        conn.execute("UPDATE blob_chunks SET data = ? WHERE sha256 = ? AND seq = 0",
                     [bytes(data), sha])

    window.safety.verify.trigger()
    qtbot.waitUntil(lambda: window.safety.verify_dialog is not None, timeout=60_000)
    dialog = window.safety.verify_dialog
    assert dialog.problems.count() == 1
    assert POLICY in dialog.problems.item(0).text()
    assert "1 problem" in dialog.summary.text()
    qtbot.waitUntil(lambda: not window.actions.runner.busy)
