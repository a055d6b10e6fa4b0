"""Edit ▸ Undo and Redo for every kind of edit: item details, evidence, records."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate

from desktop.domain.audit_time import inputs_from_project
from desktop.domain.model import Catalog, ItemKind, Text
from desktop.domain.records import (
    Action,
    ActionSource,
    EvidenceMeta,
    EvidenceNature,
    ManagementReview,
)
from desktop.services import custom as custom_service
from desktop.services import records as record_service
from desktop.ui.shell.main_window import MainWindow

CALIBRATION = "iso9001-2015:7.1.5.1:R"
ENV_ITEM = "iso14001-2015:9.2.2:R"


def _undo_text(window: MainWindow) -> str:
    return window.menus.undo.text()


def _blob_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM blobs").fetchone()[0])


def test_owner_edit_in_the_panel_is_undone_and_redone(window: MainWindow) -> None:
    store = window.actions.session.store
    window.checklist.select_item(CALIBRATION)
    panel = window.item_panel
    old_owner = store.item_state(CALIBRATION).owner

    panel.owner.setText("设备科 李强")
    panel.owner.editingFinished.emit()
    assert store.item_state(CALIBRATION).owner == "设备科 李强"
    assert _undo_text(window) == "&Undo Set owner 7.1.5.1"

    window.menus.undo.trigger()
    assert store.item_state(CALIBRATION).owner == old_owner
    assert panel.owner.text() == old_owner
    assert window.menus.redo.text() == "&Redo Set owner 7.1.5.1"

    window.menus.redo.trigger()
    assert store.item_state(CALIBRATION).owner == "设备科 李强"
    assert panel.owner.text() == "设备科 李强"


def test_due_date_and_notes_are_undone_one_step_at_a_time(window: MainWindow) -> None:
    store = window.actions.session.store
    window.checklist.select_item(CALIBRATION)
    panel = window.item_panel
    before = store.item_state(CALIBRATION)

    panel.has_due.setChecked(True)
    panel.due.setDate(QDate(2027, 3, 31))
    assert store.item_state(CALIBRATION).due_date == dt.date(2027, 3, 31)
    assert window.actions.update_details(CALIBRATION, notes="量具台账已更新")
    assert _undo_text(window) == "&Undo Edit notes 7.1.5.1"

    window.menus.undo.trigger()  # the notes
    assert store.item_state(CALIBRATION).notes == before.notes
    assert store.item_state(CALIBRATION).due_date == dt.date(2027, 3, 31)
    assert _undo_text(window).startswith("&Undo Set due date 7.1.5.1")
    while window.actions.undo_stack.canUndo():
        window.actions.undo_stack.undo()
    assert store.item_state(CALIBRATION).due_date == before.due_date
    assert not panel.has_due.isChecked() or before.due_date is not None

    while window.actions.undo_stack.canRedo():
        window.actions.undo_stack.redo()
    assert store.item_state(CALIBRATION).due_date == dt.date(2027, 3, 31)
    assert store.item_state(CALIBRATION).notes == "量具台账已更新"


def test_attaching_a_new_file_is_undone_and_redone_with_the_same_bytes(
        window: MainWindow, qtbot, tmp_path: Path) -> None:
    source = tmp_path / "内审计划.txt"
    source.write_bytes("2026 年内审方案\n".encode() * 500)
    window.checklist.select_item(ENV_ITEM)
    store = window.actions.session.store
    with qtbot.waitSignal(window.actions.changed, timeout=20_000):
        window.item_panel.attach(source)
    qtbot.waitUntil(lambda: not window.actions.runner.busy)
    [evidence] = store.evidence_for_item(ENV_ITEM)
    assert _undo_text(window) == '&Undo Attach "内审计划.txt" to 9.2.2'

    window.menus.undo.trigger()
    assert store.evidence_for_item(ENV_ITEM) == []
    assert all(e.id != evidence.id for e in store.evidence_list())
    assert window.item_panel.evidence.model.rowCount() == 0

    window.menus.redo.trigger()
    [back] = store.evidence_for_item(ENV_ITEM)
    assert back == evidence
    assert b"".join(store.read_evidence(back.id)) == source.read_bytes()


def test_attaching_a_file_already_stored_undoes_only_the_new_link(
        window: MainWindow, qtbot) -> None:
    store = window.actions.session.store
    [used] = store.evidence_for_item("iso9001-2015:5.2.2:M")
    before_items = used.item_ids
    exported = window.actions.session.path.parent / used.name
    store.export_evidence(used.id, exported)
    window.checklist.select_item(ENV_ITEM)
    with qtbot.waitSignal(window.actions.changed, timeout=20_000):
        window.item_panel.attach(exported)
    qtbot.waitUntil(lambda: not window.actions.runner.busy)
    assert store.evidence(used.id).item_ids == tuple(sorted((*before_items, ENV_ITEM)))

    window.menus.undo.trigger()
    assert store.evidence(used.id).item_ids == before_items
    window.menus.redo.trigger()
    assert ENV_ITEM in store.evidence(used.id).item_ids


def test_removed_evidence_comes_back_by_undo_until_the_project_closes(
        window: MainWindow) -> None:
    session = window.actions.session
    store = session.store
    [evidence] = store.evidence_for_item("iso9001-2015:5.2.2:M")
    content = b"".join(store.read_evidence(evidence.id))
    meta = EvidenceMeta(evidence.id, EvidenceNature.DOCUMENT, "B/1", dt.date(2026, 1, 5))
    assert window.actions.change_records(record_service.set_evidence_meta, meta)
    blobs = _blob_count(session.path)

    assert window.actions.remove_evidence(evidence.id)  # no dialogs: the question answers yes
    assert all(e.id != evidence.id for e in store.evidence_list())
    assert _undo_text(window) == f'&Undo Remove "{evidence.name}"'
    assert _blob_count(session.path) == blobs  # kept for the undo

    window.menus.undo.trigger()
    assert store.evidence(evidence.id) == evidence
    assert b"".join(store.read_evidence(evidence.id)) == content
    assert store.records.evidence_meta()[evidence.id] == meta

    window.menus.redo.trigger()
    assert all(e.id != evidence.id for e in store.evidence_list())
    shared = any(e.sha256 == evidence.sha256 for e in store.evidence_list())
    path = session.path
    window.actions.close_project()
    assert _blob_count(path) == blobs - (0 if shared else 1)


def test_evidence_details_are_undone_and_redone(window: MainWindow) -> None:
    store = window.actions.session.store
    [evidence] = store.evidence_for_item("iso9001-2015:5.2.2:M")
    old = store.records.evidence_meta().get(evidence.id, EvidenceMeta(evidence.id))
    new = EvidenceMeta(evidence.id, EvidenceNature.RECORD, "C/3")
    assert window.actions.change_records(record_service.set_evidence_meta, new)
    assert _undo_text(window) == f'&Undo Edit details of "{evidence.name}"'

    window.menus.undo.trigger()
    assert store.records.evidence_meta().get(evidence.id, EvidenceMeta(evidence.id)) == old
    window.menus.redo.trigger()
    assert store.records.evidence_meta()[evidence.id] == new


def test_actions_are_undone_when_added_edited_and_deleted(window: MainWindow) -> None:
    records = window.actions.session.store.records
    changes = window.actions.change_records(
        record_service.save_action,
        Action(0, "Calibrate the torque wrenches", ActionSource.OTHER, owner="设备科"))
    assert changes is not None and changes.record_id
    action_id = changes.record_id
    assert _undo_text(window) == "&Undo Add action"
    added = next(a for a in records.actions() if a.id == action_id)

    window.actions.change_records(record_service.save_action,
                                  replace(added, title="Calibrate all wrenches"))
    assert _undo_text(window) == "&Undo Edit action"
    window.actions.change_records(record_service.delete_action, action_id)
    assert _undo_text(window) == "&Undo Delete action"
    assert all(a.id != action_id for a in records.actions())

    window.menus.undo.trigger()  # the delete
    assert next(a for a in records.actions() if a.id == action_id).title == (
        "Calibrate all wrenches")
    window.menus.undo.trigger()  # the edit
    assert next(a for a in records.actions() if a.id == action_id) == added
    window.menus.undo.trigger()  # the add
    assert all(a.id != action_id for a in records.actions())

    window.menus.redo.trigger()
    assert next(a for a in records.actions() if a.id == action_id) == added


def test_deleting_an_audit_is_undone_with_its_findings(window: MainWindow) -> None:
    records = window.actions.session.store.records
    audit = next(a for a in records.audits()
                 if any(f.audit_id == a.id for f in records.findings()))
    findings = [f for f in records.findings() if f.audit_id == audit.id]

    assert window.actions.change_records(record_service.delete_audit, audit.id)
    assert all(f.audit_id != audit.id for f in records.findings())
    assert _undo_text(window) == "&Undo Delete internal audit"

    window.menus.undo.trigger()
    assert next(a for a in records.audits() if a.id == audit.id) == audit
    assert [f for f in records.findings() if f.audit_id == audit.id] == findings
    window.menus.redo.trigger()
    assert all(a.id != audit.id for a in records.audits())


def test_certificate_and_review_edits_are_undone(window: MainWindow) -> None:
    records = window.actions.session.store.records
    certificate = records.certificates()[0]
    window.actions.change_records(record_service.save_certificate,
                                  replace(certificate, scope="精密机械零部件的设计与生产"))
    assert _undo_text(window) == "&Undo Edit certificate"
    window.menus.undo.trigger()
    assert records.certificates()[0] == certificate

    changes = window.actions.change_records(record_service.save_review, ManagementReview(
        0, dt.date(2026, 11, 20), chair="总经理 周文华", standard_ids=("iso9001-2015",)))
    assert changes is not None and changes.record_id
    [review] = records.reviews()
    assert _undo_text(window) == "&Undo Add management review"
    window.actions.change_records(record_service.delete_review, review.id)
    assert records.reviews() == []
    window.menus.undo.trigger()
    assert records.reviews() == [review]
    window.menus.undo.trigger()
    assert records.reviews() == []


def test_the_stack_is_cleared_on_open_and_on_save_as(window: MainWindow, tmp_path: Path,
                                                     sample_path: Path) -> None:
    assert window.actions.update_details(CALIBRATION, owner="设备科 李强")
    assert window.menus.undo.isEnabled()
    assert window.actions.save_as(tmp_path / "copy.auditready")
    assert not window.menus.undo.isEnabled()
    assert window.menus.undo.text() == "&Undo"

    assert window.actions.update_details(CALIBRATION, owner="品质部")
    assert window.menus.undo.isEnabled()
    assert window.open_project(sample_path)
    assert not window.actions.undo_stack.canUndo()


def test_undo_names_are_translated(window: MainWindow) -> None:
    window.ctx.language.set_language("zh_CN")
    assert window.actions.update_details(CALIBRATION, owner="设备科 李强")
    assert window.menus.undo.text().replace("(&U)", "").startswith("撤销")
    assert "设置负责人 7.1.5.1" in window.menus.undo.text()


def test_shared_owner_undo_restores_each_standards_own_owner(window: MainWindow) -> None:
    store = window.actions.session.store
    targets = ("iso9001-2015:9.3.3:R", "iso14001-2015:9.3:R", "iso45001-2018:9.3:R")
    assert window.actions.update_details(targets[1], owner="安环部 陈刚")
    before = {t: store.item_state(t).owner for t in targets}

    assert window.actions.update_shared_details("ims:9.3:R", owner="总经理 周文华")
    assert {store.item_state(t).owner for t in targets} == {"总经理 周文华"}
    assert _undo_text(window) == "&Undo Set owner 9.3"

    window.menus.undo.trigger()
    assert {t: store.item_state(t).owner for t in targets} == before
    window.menus.redo.trigger()
    assert {store.item_state(t).owner for t in targets} == {"总经理 周文华"}


def test_adding_and_editing_a_custom_item_are_undone_and_redone(window: MainWindow) -> None:
    def catalog() -> Catalog:  # the session's catalog is rebuilt on each change
        return window.actions.session.catalog

    fields = custom_service.EntryFields("7.1.5", ItemKind("retain"), Text("", "量具校准台账"))
    assert window.actions.change_custom(custom_service.add_custom_item, fields,
                                        parent="iso9001-2015:7.1.5")
    item_id = "custom:iso9001-2015:7.1.5:R"
    assert catalog().has_item(item_id)
    assert _undo_text(window) == "&Undo Add custom item 7.1.5"

    renamed = custom_service.EntryFields("7.1.5", ItemKind("retain"),
                                         Text("Gauge calibration register", "量具校准台账"))
    assert window.actions.change_custom(custom_service.edit_custom_item, item_id, renamed)
    assert _undo_text(window) == "&Undo Edit custom item 7.1.5"

    window.menus.undo.trigger()
    assert catalog().item(item_id).title.en != "Gauge calibration register"
    window.menus.undo.trigger()
    assert not catalog().has_item(item_id)
    assert window.checklist.select_item(item_id) is False

    window.menus.redo.trigger()
    assert catalog().has_item(item_id)
    window.menus.redo.trigger()
    assert catalog().item(item_id).title.en == "Gauge calibration register"


def test_linking_and_unlinking_evidence_are_undone_and_redone(window: MainWindow) -> None:
    store = window.actions.session.store
    [evidence] = store.evidence_for_item("iso9001-2015:5.2.2:M")
    assert ENV_ITEM not in evidence.item_ids

    assert window.actions.link_evidence(evidence.id, ENV_ITEM)
    assert _undo_text(window) == f'&Undo Link "{evidence.name}" to 9.2.2'
    window.menus.undo.trigger()
    assert store.evidence(evidence.id).item_ids == evidence.item_ids
    window.menus.redo.trigger()
    assert ENV_ITEM in store.evidence(evidence.id).item_ids

    assert window.actions.unlink_evidence(evidence.id, ENV_ITEM)
    assert _undo_text(window) == f'&Undo Unlink "{evidence.name}" from 9.2.2'
    window.menus.undo.trigger()
    assert ENV_ITEM in store.evidence(evidence.id).item_ids
    window.menus.redo.trigger()
    assert store.evidence(evidence.id).item_ids == evidence.item_ids


def test_system_facts_and_programmes_are_undone(window: MainWindow) -> None:
    records = window.actions.session.store.records
    facts = records.system_info()
    changed = replace(facts, climate_rationale="气候变化的影响已评估（示例）")
    assert window.actions.change_records(record_service.set_system_info, changed)
    assert _undo_text(window) == "&Undo Edit the management system facts"
    window.menus.undo.trigger()
    assert records.system_info() == facts

    programmes = records.programmes()
    assert programmes  # the sample has one, with an audit in it
    audits = records.audits()
    assert any(a.programme_id == programmes[0].id for a in audits)
    assert window.actions.change_records(record_service.delete_programme, programmes[0].id)
    assert _undo_text(window) == "&Undo Delete audit programme"
    window.menus.undo.trigger()
    assert records.programmes() == programmes
    assert records.audits() == audits  # its audits are back in it


def test_audit_time_inputs_are_undone_and_redone(window: MainWindow) -> None:
    records = window.actions.session.store.records
    before = records.setting("audit_time")
    inputs = inputs_from_project(55, 3, ["iso9001", "iso14001"]).to_json()
    assert before != inputs
    assert window.actions.change_records(record_service.save_setting, "audit_time", inputs)
    assert _undo_text(window) == "&Undo Change the audit time inputs"

    window.menus.undo.trigger()
    assert records.setting("audit_time") == before
    window.menus.redo.trigger()
    assert records.setting("audit_time") == inputs


def test_attaching_once_to_a_shared_item_is_undone_for_every_standard(
        window: MainWindow, qtbot, tmp_path: Path) -> None:
    store = window.actions.session.store
    source = tmp_path / "管理评审报告.pdf"
    source.write_bytes(b"%PDF-1.4 management review minutes")
    with qtbot.waitSignal(window.actions.changed, timeout=20_000):
        window.actions.attach_shared("ims:9.3:R", source)
    qtbot.waitUntil(lambda: not window.actions.runner.busy)
    [evidence] = [e for e in store.evidence_list() if e.name == source.name]
    assert len(evidence.item_ids) == 3

    window.menus.undo.trigger()
    assert all(e.name != source.name for e in store.evidence_list())
    window.menus.redo.trigger()
    assert store.evidence(evidence.id) == evidence


def test_removing_a_custom_item_is_undone_with_its_state_and_evidence(
        window: MainWindow) -> None:
    store = window.actions.session.store
    fields = custom_service.EntryFields("7.1.5", ItemKind("retain"), Text("", "量具校准台账"))
    assert window.actions.change_custom(custom_service.add_custom_item, fields,
                                        parent="iso9001-2015:7.1.5")
    item_id = "custom:iso9001-2015:7.1.5:R"
    assert window.actions.update_details(item_id, owner="设备科 李强")
    [evidence] = store.evidence_for_item("iso9001-2015:5.2.2:M")
    assert window.actions.link_evidence(evidence.id, item_id)

    assert window.actions.change_custom(custom_service.remove_custom_item, item_id)
    assert not window.actions.session.catalog.has_item(item_id)
    assert _undo_text(window) == "&Undo Remove custom item 7.1.5"

    window.menus.undo.trigger()
    assert window.actions.session.catalog.has_item(item_id)
    assert store.item_state(item_id).owner == "设备科 李强"
    assert [e.id for e in store.evidence_for_item(item_id)] == [evidence.id]
    assert window.checklist.select_item(item_id)

    window.menus.undo.trigger()  # the link, then the owner: the older steps still work
    window.menus.undo.trigger()
    assert store.item_state(item_id).owner == ""
    window.menus.redo.trigger()
    window.menus.redo.trigger()
    window.menus.redo.trigger()  # removed again
    assert not window.actions.session.catalog.has_item(item_id)
