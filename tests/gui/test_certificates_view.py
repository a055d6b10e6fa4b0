"""Certificates, the certificate editor and the deadline calendar on the sample project.

The sample is made on 2026-11-22; its ISO 9001 certificate was issued on
2026-01-21 (expires 2029-01-20), so the first surveillance audit is due on
2027-01-21, 60 days later. ISO 14001 and ISO 45001 are planned: stage 1 on
2027-01-03, stage 2 on 2027-02-14.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop.domain.certificates import CertificateState, CertificateStatus, DueDate, DueKind
from desktop.domain.model import Text
from desktop.domain.records import Certificate, CertificateEvent, CertificateEventKind
from desktop.services.assessment import assess
from desktop.services.certification import save_certificate
from desktop.ui.certification.certificate_dialog import CertificateDialog
from desktop.ui.certification.certificates_model import (
    CertificateColumn,
    CertificateRow,
    CertificatesModel,
    DeadlineColumn,
    DeadlinesModel,
    EventsModel,
    deadline_rows,
)
from desktop.ui.certification.certificates_view import CertificatesPanel
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def actions(qtbot, ctx: AppContext, sample_path: Path) -> Iterator[ProjectActions]:
    host = QWidget()
    qtbot.addWidget(host)
    project = ProjectActions(ctx, host)
    assert project.open_project(sample_path)
    yield project
    project.close_project()


@pytest.fixture
def panel(qtbot, ctx: AppContext, actions: ProjectActions) -> CertificatesPanel:
    """The panel, handed a fresh assessment after every change (as the window does)."""
    view = CertificatesPanel(ctx, actions)
    qtbot.addWidget(view)

    def refresh(_changes: object = None) -> None:
        assert actions.session is not None
        view.show_assessment(assess(actions.session, TODAY))
    actions.changed.connect(refresh)
    refresh()
    return view


def _cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column))


def _row(model: CertificatesModel, standard: str, number: str = "") -> int:
    rows = [r for r in range(model.rowCount())
            if _cell(model, r, CertificateColumn.STANDARD) == standard
            and (not number or _cell(model, r, CertificateColumn.NUMBER) == number)]
    assert len(rows) == 1, rows
    return rows[0]


def _ok_button(dialog: CertificateDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_calendar_highlights_the_sample_surveillance_due_date(panel: CertificatesPanel) -> None:
    due = panel.calendar.dateTextFormat(QDate(2027, 1, 21))
    assert due.fontWeight() == QFont.Weight.Bold
    assert due.background().style() != Qt.BrushStyle.NoBrush
    assert due.toolTip() == "◷ ISO 9001:2015 — First surveillance audit"
    assert panel.calendar.dateTextFormat(QDate(2027, 1, 22)).fontWeight() != QFont.Weight.Bold
    stage1 = panel.calendar.dateTextFormat(QDate(2027, 1, 3)).toolTip().splitlines()
    assert stage1 == ["◷ ISO 14001:2015 — Stage 1 audit", "◷ ISO 45001:2018 — Stage 1 audit"]
    assert panel.calendar.selectedDate() == QDate(2027, 1, 3)  # the nearest deadline
    assert sorted(panel.marked_dates()) == [
        dt.date(2027, 1, 3), dt.date(2027, 1, 21), dt.date(2027, 2, 14),
        dt.date(2028, 1, 21), dt.date(2028, 10, 20), dt.date(2029, 1, 20)]
    # The list: every deadline in date order.
    deadlines = panel.deadlines
    listed = [(_cell(deadlines, r, DeadlineColumn.DATE),
               _cell(deadlines, r, DeadlineColumn.STANDARD),
               _cell(deadlines, r, DeadlineColumn.DEADLINE)) for r in range(deadlines.rowCount())]
    assert listed == [
        ("2027-01-03", "ISO 14001:2015", "Stage 1 audit"),
        ("2027-01-03", "ISO 45001:2018", "Stage 1 audit"),
        ("2027-01-21", "ISO 9001:2015", "First surveillance audit"),
        ("2027-02-14", "ISO 14001:2015", "Stage 2 audit"),
        ("2027-02-14", "ISO 45001:2018", "Stage 2 audit"),
        ("2028-01-21", "ISO 9001:2015", "Second surveillance audit"),
        ("2028-10-20", "ISO 9001:2015", "Recertification application"),
        ("2029-01-20", "ISO 9001:2015", "Recertification audit"),
    ]
    assert _cell(deadlines, 2, DeadlineColumn.STATUS).startswith("◷ In 60 day")
    # Clicking the day selects its deadline and the certificate it belongs to.
    panel.calendar.clicked.emit(QDate(2027, 1, 21))
    assert panel.deadline_table.selectionModel().selectedRows()[0].row() == 2
    selected = panel.selected_certificate()
    assert selected is not None and selected.number == "26Q10318R0S"


def test_the_table_shows_states_with_symbols_and_the_reason_of_the_selected_one(
    panel: CertificatesPanel
) -> None:
    model = panel.model
    iso9001 = _row(model, "ISO 9001:2015")
    state = _cell(model, iso9001, CertificateColumn.STATE)
    assert state == f"◷ {CertificateState.SURVEILLANCE_DUE.label.en}"
    assert _cell(model, iso9001, CertificateColumn.NEXT).startswith("2027-01-21 (in 60 day")
    assert _cell(model, iso9001, CertificateColumn.APPROVAL) == "CNCA-R-2004-126"
    assert _cell(model, iso9001, CertificateColumn.EXPIRES) == "2029-01-20"
    planned = _row(model, "ISO 14001:2015")
    assert _cell(model, planned, CertificateColumn.STATE) == "◌ Preparing"
    assert _cell(model, planned, CertificateColumn.NUMBER) == "(not issued)"
    assert panel.select_certificate(model.row_at(iso9001).id)
    assert "2027-01-21" in panel.reason.text()
    assert not panel.reason.isHidden()
    assert "CNCA-QMS-01:2025" in panel.rules.text()
    assert panel.missing.isHidden()  # every standard has a certificate record


def test_the_editor_refuses_a_malformed_approval_number_and_accepts_a_good_one(
    qtbot, panel: CertificatesPanel, actions: ProjectActions
) -> None:
    assert actions.session is not None
    before = len(actions.session.store.records.certificates())
    dialog = panel.new_certificate()
    assert dialog is not None and dialog.isVisible()
    dialog.standard.setCurrentIndex(dialog.standard.findData("iso45001-2018"))
    dialog.body.setText("中国质量认证中心")
    qtbot.keyClicks(dialog.approval, "CNCA-R-26-1")
    message = dialog.approval_message
    assert message.isVisibleTo(dialog)
    assert message.text() == ('✘ "CNCA-R-26-1" is not a CNCA approval number: the form is '
                              "CNCA-R-YYYY-NNN, e.g. CNCA-R-2002-001.")
    assert not _ok_button(dialog).isEnabled()
    dialog.accept()  # Enter in a field: still refused
    assert dialog.isVisible()
    assert len(actions.session.store.records.certificates()) == before

    dialog.approval.setText("CNCA-R-2002-001")
    assert message.text() == "✔ Format of a CNCA approval number."
    assert _ok_button(dialog).isEnabled()
    dialog.number.setText("00126S31234R0M")
    dialog.stage1.set_date(dt.date(2025, 10, 20))
    dialog.stage2.set_date(dt.date(2025, 11, 20))
    dialog.issued.set_date(dt.date(2025, 12, 1))
    dialog.expires.set_date(dt.date(2028, 11, 30))
    qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    saved = [c for c in actions.session.store.records.certificates()
             if c.number == "00126S31234R0M"]
    assert len(saved) == 1 and saved[0].body_approval == "CNCA-R-2002-001"
    model = panel.model
    row = _row(model, "ISO 45001:2018", "00126S31234R0M")
    assert _cell(model, row, CertificateColumn.APPROVAL) == "CNCA-R-2002-001"
    # Issued 2025-12-01: first surveillance within 12 months, by 2026-12-01 (in 9 days).
    assert _cell(model, row, CertificateColumn.NEXT).startswith("2026-12-01 (in 9 day")
    assert _cell(model, row, CertificateColumn.STATE).startswith("◷ ")
    assert panel.selected_certificate() == saved[0]
    assert panel.calendar.dateTextFormat(QDate(2026, 12, 1)).toolTip() == (
        "◷ ISO 45001:2018 — First surveillance audit")
    assert dt.date(2028, 8, 30) in panel.marked_dates()  # apply 3 months before 2028-11-30


def test_a_surveillance_event_marks_the_deadline_done(
    qtbot, panel: CertificatesPanel, actions: ProjectActions
) -> None:
    assert actions.session is not None
    model = panel.model
    assert panel.select_certificate(model.row_at(_row(model, "ISO 9001:2015")).id)
    dialog = panel.edit_certificate()
    assert dialog is not None
    dialog.event_date.setDate(QDate(2026, 11, 18))
    dialog.event_kind.setCurrentIndex(
        dialog.event_kind.findData(CertificateEventKind.SUSPENDED.value))
    dialog.add_event.click()
    assert dialog.events.rowCount() == 1
    dialog.event_table.selectRow(0)
    dialog.remove_event.click()  # a slip: removed again
    assert dialog.events.rowCount() == 0
    dialog.event_kind.setCurrentIndex(
        dialog.event_kind.findData(CertificateEventKind.SURVEILLANCE.value))
    dialog.event_note.setText("监督审核，无不符合")
    dialog.add_event.click()
    qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)

    cert = next(c for c in actions.session.store.records.certificates()
                if c.number == "26Q10318R0S")
    assert cert.events == (CertificateEvent(CertificateEventKind.SURVEILLANCE,
                                            dt.date(2026, 11, 18), "监督审核，无不符合"),)
    deadlines = panel.deadlines
    statuses = {(_cell(deadlines, r, DeadlineColumn.DEADLINE), _cell(deadlines, r, 1)):
                _cell(deadlines, r, DeadlineColumn.STATUS) for r in range(deadlines.rowCount())}
    assert statuses[("First surveillance audit", "ISO 9001:2015")] == "✔ Done 2026-11-18"
    # The second surveillance counts 12 months from the first one held: 2027-11-18.
    row = _row(panel.model, "ISO 9001:2015")
    assert _cell(panel.model, row, CertificateColumn.NEXT).startswith("2027-11-18 (in 361 day")
    assert _cell(panel.model, row, CertificateColumn.STATE) == "✔ Valid"
    assert panel.calendar.dateTextFormat(QDate(2027, 1, 21)).toolTip() == (
        "✔ ISO 9001:2015 — First surveillance audit")


def test_deleting_a_certificate_names_the_standard_without_one(
    panel: CertificatesPanel, actions: ProjectActions
) -> None:
    model = panel.model
    assert panel.select_certificate(model.row_at(_row(model, "ISO 14001:2015")).id)
    assert panel.delete_certificate()
    assert model.rowCount() == 2
    assert not panel.missing.isHidden()
    assert panel.missing.text() == "No certificate recorded yet for: ISO 14001:2015"
    assert dt.date(2027, 1, 3) in panel.marked_dates()  # ISO 45001's stage 1 stays


def test_certificate_models_pass_the_model_tester(qtmodeltester) -> None:
    due = DueDate(DueKind.SURVEILLANCE_1, dt.date(2026, 12, 1), None,
                  DueKind.SURVEILLANCE_1.label)
    done = DueDate(DueKind.STAGE2, dt.date(2025, 11, 20), dt.date(2025, 11, 20),
                   DueKind.STAGE2.label)
    late = DueDate(DueKind.RECERT_APPLY, dt.date(2026, 11, 1), None, DueKind.RECERT_APPLY.label)
    status = CertificateStatus(4, "iso45001-2018", CertificateState.OVERDUE, (late, due), late,
                               -21, Text("Overdue", "逾期"), ())
    cert = Certificate(4, "iso45001-2018", body="CQC", body_approval="CNCA-R-2002-001",
                       issued_on=dt.date(2025, 12, 1),
                       events=(CertificateEvent(CertificateEventKind.SURVEILLANCE,
                                                dt.date(2026, 11, 18)),))
    certificates = CertificatesModel()
    certificates.set_certificates([CertificateRow(cert, "ISO 45001:2018", status),
                                   CertificateRow(Certificate(5, "x"), "x", None)], "en")
    deadlines = DeadlinesModel()
    planned = CertificateStatus(5, "x", CertificateState.PLANNED, (done,), None, None,
                                Text("", ""), ())
    deadlines.set_deadlines(deadline_rows([status, planned], {"iso45001-2018": "ISO 45001:2018"}),
                            TODAY, "zh")
    events = EventsModel()
    events.set_events(cert.events, "zh")
    for model in (certificates, deadlines, events):
        qtmodeltester.check(model, force_py=True)
    assert _cell(certificates, 0, CertificateColumn.STATE) == (
        f"⚠ {CertificateState.OVERDUE.label.en}")
    assert _cell(certificates, 0, CertificateColumn.NEXT).startswith("2026-11-01 (21 day")
    assert certificates.data(certificates.index(0, CertificateColumn.STATE),
                             Qt.ItemDataRole.FontRole).bold()
    assert [_cell(deadlines, r, 0) for r in range(3)] == ["2025-11-20", "2026-11-01",
                                                          "2026-12-01"]
    assert _cell(deadlines, 0, DeadlineColumn.STATUS) == "✔ Done 2025-11-20"
    assert _cell(deadlines, 1, DeadlineColumn.STATUS).startswith("⚠ Overdue by 21 day")
    assert _cell(events, 0, 1) == "已完成监督审核"


def test_deadline_names_follow_the_content_language(panel: CertificatesPanel,
                                                    ctx: AppContext) -> None:
    ctx.language.set_language("zh_CN")
    deadlines = panel.deadlines
    assert _cell(deadlines, 2, DeadlineColumn.DEADLINE) == "第一次监督审核"
    assert panel.calendar.dateTextFormat(QDate(2027, 1, 21)).toolTip() == (
        "◷ ISO 9001:2015 — 第一次监督审核")
    assert "CNCA-QMS-01:2025" in panel.rules.text()
    assert panel.calendar.locale().language() == QLocale.Language.Chinese


def test_a_predicted_withdrawal_reads_as_such_until_the_decision_is_recorded(
    panel: CertificatesPanel, actions: ProjectActions
) -> None:
    assert actions.session is not None
    (cert,) = [c for c in actions.session.store.records.certificates()
               if c.standard_id == "iso9001-2015"]
    suspended = CertificateEvent(CertificateEventKind.SUSPENDED, dt.date(2026, 7, 1))
    save_certificate(actions.session, replace(cert, events=(*cert.events, suspended)))
    actions.changed.emit(None)
    model = panel.model
    row = _row(model, "ISO 9001:2015")
    state = model.index(row, CertificateColumn.STATE)
    assert model.data(state) == "⚠ To be withdrawn (predicted)"
    font = model.data(state, Qt.ItemDataRole.FontRole)
    assert font.bold() and font.italic()
    panel.select_certificate(cert.id)
    assert "to be withdrawn on 2026-10-02" in panel.reason.text()
    assert "Suspension period: 3 months." in panel.rules.text()
    assert "CNCA-QMS-01:2025 5.4.1.4" in panel.rules.text()

    withdrawn = CertificateEvent(CertificateEventKind.WITHDRAWN, dt.date(2026, 10, 20))
    save_certificate(actions.session, replace(cert, events=(*cert.events, suspended, withdrawn)))
    actions.changed.emit(None)
    state = model.index(_row(model, "ISO 9001:2015"), CertificateColumn.STATE)
    assert model.data(state) == "⊘ Withdrawn"
    assert not model.data(state, Qt.ItemDataRole.FontRole).italic()
