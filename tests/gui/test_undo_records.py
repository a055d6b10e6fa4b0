"""Edit ▸ Undo and Redo for the not-applicable justification, findings, audits and
certificate events (the other kinds are in test_undo_edits and test_undo_batches)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QComboBox

from desktop.domain.model import ItemStatus
from desktop.domain.records import (
    CertificateEvent,
    CertificateEventKind,
    Finding,
    FindingGrade,
)
from desktop.services import records as record_service
from desktop.ui.shell.main_window import MainWindow

ENV_ITEM = "iso14001-2015:10.2:R"  # nonconformity records: not started in the sample


def _choose(combo: QComboBox, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_not_applicable_with_its_justification_is_undone_and_redone(
        window: MainWindow) -> None:
    store = window.actions.session.store
    before = store.item_state(ENV_ITEM)
    window.checklist.select_item(ENV_ITEM)
    panel = window.item_panel
    _choose(panel.status, ItemStatus.NOT_APPLICABLE.value)
    panel.justification.setPlainText("本厂无此类活动（示例）")
    panel.apply_status.click()
    assert store.item_state(ENV_ITEM).status is ItemStatus.NOT_APPLICABLE
    assert window.menus.undo.text().startswith('&Undo Set 10.2')

    window.menus.undo.trigger()
    state = store.item_state(ENV_ITEM)
    assert (state.status, state.justification) == (before.status, before.justification)
    assert panel.chosen_status() is before.status

    window.menus.redo.trigger()
    state = store.item_state(ENV_ITEM)
    assert (state.status, state.justification) == (ItemStatus.NOT_APPLICABLE,
                                                   "本厂无此类活动（示例）")


def test_findings_are_undone_when_added_edited_and_deleted(window: MainWindow) -> None:
    records = window.actions.session.store.records
    audit = records.audits()[0]
    before = records.findings()
    changes = window.actions.change_records(record_service.save_finding, Finding(
        0, audit.id, FindingGrade.MINOR, "量具未按期校准", clause_id="iso9001-2015:7.1.5"))
    assert changes is not None and changes.record_id
    finding_id = changes.record_id
    assert window.menus.undo.text() == "&Undo Add finding"
    added = next(f for f in records.findings() if f.id == finding_id)
    window.actions.change_records(record_service.save_finding,
                                  replace(added, statement="三坐标测量机未按期校准"))
    assert window.menus.undo.text() == "&Undo Edit finding"
    window.actions.change_records(record_service.delete_finding, finding_id)
    assert window.menus.undo.text() == "&Undo Delete finding"

    window.menus.undo.trigger()
    assert next(f for f in records.findings() if f.id == finding_id).statement == (
        "三坐标测量机未按期校准")
    window.menus.undo.trigger()
    assert next(f for f in records.findings() if f.id == finding_id) == added
    window.menus.undo.trigger()
    assert records.findings() == before
    window.menus.redo.trigger()
    assert next(f for f in records.findings() if f.id == finding_id) == added


def test_an_audit_edit_is_undone_and_redone(window: MainWindow) -> None:
    records = window.actions.session.store.records
    audit = records.audits()[0]
    moved = replace(audit, planned_on=dt.date(2027, 2, 15), notes="因搬迁推迟")
    assert window.actions.change_records(record_service.save_audit, moved)
    assert window.menus.undo.text() == "&Undo Edit internal audit"
    window.menus.undo.trigger()
    assert records.audits()[0] == audit
    window.menus.redo.trigger()
    assert records.audits()[0] == moved


def test_a_certificate_event_is_undone_and_redone(window: MainWindow) -> None:
    records = window.actions.session.store.records
    certificate = next(c for c in records.certificates() if c.number)
    event = CertificateEvent(CertificateEventKind.SURVEILLANCE, dt.date(2026, 11, 18),
                             "监督审核，无不符合")
    with_event = replace(certificate, events=(*certificate.events, event))
    assert window.actions.change_records(record_service.save_certificate, with_event)
    assert window.menus.undo.text() == "&Undo Edit certificate"

    window.menus.undo.trigger()
    assert next(c for c in records.certificates() if c.id == certificate.id).events == (
        certificate.events)
    window.menus.redo.trigger()
    assert event in next(c for c in records.certificates() if c.id == certificate.id).events
