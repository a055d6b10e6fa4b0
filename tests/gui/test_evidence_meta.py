"""Evidence details (document or record, dates) and the management system facts, as
they change what the readiness summary and the evidence list show."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from desktop.domain.model import Evidence, ItemKind, ItemStatus
from desktop.domain.records import EvidenceMeta, EvidenceNature, SystemInfo
from desktop.ui.checklist.evidence_model import EvidenceColumn, EvidenceDetails, EvidenceTableModel
from desktop.ui.shell.formatting import percent
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.system_dialog import SystemDialog

SAMPLE_DAY = dt.date(2026, 11, 22)  # the day tests/gui/conftest.py makes the sample on
STANDARD = "iso9001-2015"


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The sample's window, its clock fixed on the day the sample was made."""
    window.assessor.today = lambda: SAMPLE_DAY
    window.assessor.refresh()
    return window


def _ok(buttons: QDialogButtonBox) -> None:
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _layers(window: MainWindow):
    return next(lay for lay in window.assessor.assessment.layers if lay.standard_id == STANDARD)


def _documented_label(window: MainWindow) -> str:
    return window.readiness.findChild(QLabel, f"readiness_{STANDARD}_documented").text()


@pytest.fixture
def bare_item(window: MainWindow, qtbot, tmp_path: Path) -> str:
    """A ready ISO 9001 document item with one new file attached and no details yet."""
    session = window.actions.session
    layers = _layers(window)
    item_id = next(
        i.item_id for i in layers.items
        if session.catalog.item(i.item_id).kind is ItemKind.MAINTAIN and i.ready
        and i.documented is False and not session.store.evidence_for_item(i.item_id))
    path = tmp_path / "文件控制程序 QP-01 A1.pdf"
    path.write_bytes(b"%PDF-1.4 document control procedure\n")
    window.checklist.select_item(item_id)
    with qtbot.waitSignal(window.actions.changed, timeout=20_000):
        window.item_panel.attach(path)
    qtbot.waitUntil(lambda: not window.actions.runner.busy)
    return item_id


def test_evidence_model_with_details_passes_model_tester(qtmodeltester) -> None:
    files = [Evidence(n, f"{n:064x}", f"记录 {n}.pdf", 2048, "application/pdf",
                      dt.datetime(2026, 11, 22, 8, 30, tzinfo=dt.UTC)) for n in (1, 2, 3)]
    model = EvidenceTableModel()
    model.set_rows(files, {
        1: EvidenceDetails(EvidenceMeta(1, EvidenceNature.DOCUMENT, "A/2",
                                        approved_on=dt.date(2026, 3, 1))),
        2: EvidenceDetails(EvidenceMeta(2, EvidenceNature.RECORD,
                                        effective_from=dt.date(2026, 1, 1),
                                        effective_to=dt.date(2026, 3, 31)),
                           valid_until=dt.date(2027, 3, 31)),
        3: EvidenceDetails(EvidenceMeta(3, EvidenceNature.RECORD), expired_on=dt.date(2026, 5, 2)),
    })
    qtmodeltester.check(model, force_py=True)
    row = [[model.data(model.index(r, c)) for c in (EvidenceColumn.NATURE,
                                                    EvidenceColumn.VERSION,
                                                    EvidenceColumn.PERIOD,
                                                    EvidenceColumn.VALID)]
           for r in range(3)]
    assert row[0] == ["Document", "A/2", "", ""]
    assert row[1] == ["Record", "", "2026-01-01 – 2026-03-31", "2027-03-31"]
    assert row[2] == ["Record", "", "", "⊗ Expired 2026-05-02"]
    assert model.is_expired(2) and not model.is_expired(1)


def test_stating_a_document_raises_the_documented_layer(window: MainWindow,
                                                        bare_item: str) -> None:
    box = window.item_panel.evidence
    before = _layers(window)
    weight = before.item(bare_item).weight
    total = sum(i.weight for i in before.items if i.documented is not None)
    expected = before.shares.documented + weight / total
    assert box.model.data(box.model.index(0, EvidenceColumn.NATURE)) == "–"  # not stated

    box.table.selectRow(0)
    dialog = box.edit_details()
    dialog.nature.setCurrentIndex(dialog.nature.findData(EvidenceNature.DOCUMENT.value))
    dialog.version.setText("A/1")
    dialog.approved.set_value(dt.date(2026, 10, 8))
    _ok(dialog.buttons)

    evidence_id = box.model.evidence_at(0).id
    stored = window.actions.session.store.records.evidence_meta()[evidence_id]
    assert (stored.nature, stored.version, stored.approved_on, stored.review_by) == (
        EvidenceNature.DOCUMENT, "A/1", dt.date(2026, 10, 8), None)
    after = _layers(window)
    assert after.item(bare_item).documented is True
    assert after.shares.documented == pytest.approx(expected)
    assert _documented_label(window) == percent(expected)
    assert box.model.data(box.model.index(0, EvidenceColumn.NATURE)) == "Document"
    assert box.model.data(box.model.index(0, EvidenceColumn.VERSION)) == "A/1"


def test_a_past_review_date_marks_the_file_expired(window: MainWindow, bare_item: str) -> None:
    box = window.item_panel.evidence
    expired_before = len(window.assessor.assessment.expired)
    documented_before = _layers(window).shares.documented
    box.table.selectRow(0)
    dialog = box.edit_details()
    dialog.nature.setCurrentIndex(dialog.nature.findData(EvidenceNature.DOCUMENT.value))
    dialog.approved.set_value(dt.date(2026, 10, 8))
    dialog.use_rule.setChecked(False)
    dialog.review_by.setDate(dt.date(2026, 11, 1))
    _ok(dialog.buttons)

    # Counts through 2026-11-01, stops on 2026-11-02: expired on the sample day.
    assert box.model.data(box.model.index(0, EvidenceColumn.VALID)) == "⊗ Expired 2026-11-02"
    assert len(window.assessor.assessment.expired) == expired_before + 1
    assert _layers(window).shares.documented == pytest.approx(documented_before)
    label = window.readiness.findChild(QLabel, "readinessExpired")
    window.summary.set_expanded(True)  # the readiness summary is under the strip
    assert label.isVisibleTo(window)
    count = expired_before + 1
    noun = "link" if count == 1 else "links"
    assert label.text().startswith(f"⊗ {count} evidence {noun} expired")


def test_refused_details_keep_the_dialog_open(window: MainWindow, bare_item: str) -> None:
    box = window.item_panel.evidence
    box.table.selectRow(0)
    dialog = box.edit_details()
    dialog.effective_to.set_value(dt.date(2026, 10, 1))  # an end without a start
    _ok(dialog.buttons)
    assert window.ctx.errors.messages[-1][0] == "user"
    assert dialog.isVisible()
    evidence_id = box.model.evidence_at(0).id
    assert evidence_id not in window.actions.session.store.records.evidence_meta()
    dialog.reject()


def _climate_row(window: MainWindow) -> str:
    model = window.pages.gates.model
    return model.data(model.index(model.row_of("climate_decision"), 0))


def test_management_system_dialog_records_go_live_and_climate(window: MainWindow) -> None:
    records = window.actions.session.store.records
    assert _climate_row(window) == "✔ Passed"  # the sample recorded its decision
    window.menus.system_info.trigger()
    dialog = window.findChild(SystemDialog, "systemDialog")
    dialog.undecided.setChecked(True)
    dialog.decided_on.set_value(None)
    _ok(dialog.buttons)
    assert records.system_info().climate_relevant is None
    assert _climate_row(window) == "✘ Failed"

    dialog = window.assessor.system_dialog()
    dialog.operating_since.set_value(dt.date(2026, 6, 1))
    dialog.relevant.setChecked(True)
    _ok(dialog.buttons)  # a decision without its date is refused
    assert window.ctx.errors.messages[-1][0] == "user"
    assert dialog.isVisible()
    dialog.decided_on.set_value(dt.date(2026, 9, 15))
    dialog.rationale.setPlainText("暴雨和高温影响喷涂车间和员工健康")
    _ok(dialog.buttons)
    assert records.system_info() == SystemInfo(
        operating_since=dt.date(2026, 6, 1), climate_relevant=True,
        climate_decided_on=dt.date(2026, 9, 15),
        climate_rationale="暴雨和高温影响喷涂车间和员工健康")
    assert _climate_row(window) == "✔ Passed"


def test_status_change_keeps_item_details_in_the_evidence_list(window: MainWindow,
                                                               bare_item: str) -> None:
    box = window.item_panel.evidence
    box.table.selectRow(0)
    dialog = box.edit_details()
    dialog.nature.setCurrentIndex(dialog.nature.findData(EvidenceNature.RECORD.value))
    _ok(dialog.buttons)
    window.item_panel.set_status(ItemStatus.IN_PROGRESS)
    assert box.model.data(box.model.index(0, EvidenceColumn.NATURE)) == "Record"
