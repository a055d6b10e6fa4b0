"""Internal audits, findings with corrective actions, and management reviews, as a user
records them on the sample project (audits and reviews panels built on their own)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop.domain.records import (
    ActionSource,
    ActionStatus,
    Auditor,
    AuditProgramme,
    Finding,
    FindingGrade,
    InternalAudit,
    ManagementReview,
)
from desktop.services.assessment import assess
from desktop.ui.models.editable import EditableRowsModel
from desktop.ui.records.audit_dialogs import AuditDialog
from desktop.ui.records.audits_view import AuditsPanel
from desktop.ui.records.records_model import (
    AuditColumn,
    AuditRow,
    AuditsModel,
    FindingColumn,
    FindingsModel,
    ProgrammesModel,
    RecordIdRole,
    ReviewColumn,
    ReviewRow,
    ReviewsModel,
)
from desktop.ui.records.review_dialog import ReviewDialog
from desktop.ui.records.reviews_view import ReviewsPanel
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext

TODAY = dt.date(2026, 11, 22)  # the day tests/gui/conftest.py makes the sample on
HQ = "总部及一厂：常州市武进区晨曦路 18 号（钣金、机加工、喷涂、办公）"
WAREHOUSE = "二厂仓库：常州市武进区纬六路 7 号（原材料与成品仓储）"


@pytest.fixture
def actions(qtbot, ctx: AppContext, sample_path: Path) -> Iterator[ProjectActions]:
    """Project actions over the opened sample, with a window of their own."""
    host = QWidget()
    qtbot.addWidget(host)
    project = ProjectActions(ctx, host)
    assert project.open_project(sample_path)
    yield project
    project.close_project()


def _wire(panel: AuditsPanel | ReviewsPanel, actions: ProjectActions) -> None:
    """What the main window does: every change hands the panel a fresh assessment."""
    def refresh(_changes: object = None) -> None:
        assert actions.session is not None
        panel.show_assessment(assess(actions.session, TODAY))
    actions.changed.connect(refresh)
    refresh()


@pytest.fixture
def audits(qtbot, ctx: AppContext, actions: ProjectActions) -> AuditsPanel:
    panel = AuditsPanel(ctx, actions)
    qtbot.addWidget(panel)
    _wire(panel, actions)
    return panel


@pytest.fixture
def reviews(qtbot, ctx: AppContext, actions: ProjectActions) -> ReviewsPanel:
    panel = ReviewsPanel(ctx, actions)
    qtbot.addWidget(panel)
    _wire(panel, actions)
    return panel


def _ok(qtbot, dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column))


def _row_titled(model: AuditsModel, title: str) -> int:
    rows = [r for r in range(model.rowCount()) if _cell(model, r, AuditColumn.TITLE) == title]
    assert len(rows) == 1, rows
    return rows[0]


# -- audits --------------------------------------------------------------------------------


def test_an_audit_covering_8_5_at_the_warehouse_appears_and_completes_coverage(
    qtbot, audits: AuditsPanel, actions: ProjectActions
) -> None:
    assert actions.session is not None
    # The sample's first audit missed ISO 9001 8.5 at the warehouse.
    assert assess(actions.session, TODAY).coverage.missing() == (
        ("iso9001-2015:8.5", WAREHOUSE),)
    dialog = audits.new_audit()
    assert isinstance(dialog, AuditDialog) and dialog.isVisible()
    dialog.title.setText("补充审核：二厂 8.5")
    dialog.held_from.check.setChecked(True)
    dialog.held_from.edit.setDate(QDate(2026, 11, 20))
    dialog.auditors.add_row(("赵磊", "采购部"))
    dialog.auditees.setText("仓储部、生产部")
    dialog.site_checks[0].setChecked(False)  # headquarters: not this time
    dialog.clauses.item_for("iso9001-2015:8.5").setCheckState(0, Qt.CheckState.Checked)

    _ok(qtbot, dialog)

    assert not dialog.isVisible()
    stored = [a for a in actions.session.store.records.audits() if a.title == "补充审核：二厂 8.5"]
    assert len(stored) == 1
    audit = stored[0]
    assert audit.coverage == (("iso9001-2015:8.5", WAREHOUSE),)
    assert audit.auditors == (Auditor("赵磊", "采购部"),)
    assert audit.auditees == ("仓储部", "生产部")
    assert audit.held_from == dt.date(2026, 11, 20)
    model = audits.audit_model
    row = _row_titled(model, "补充审核：二厂 8.5")
    assert _cell(model, row, AuditColumn.HELD) == "2026-11-20"
    assert _cell(model, row, AuditColumn.LEAD) == "赵磊"
    assert _cell(model, row, AuditColumn.AUDITEES) == "仓储部, 生产部"
    assert _cell(model, row, AuditColumn.SITES) == WAREHOUSE
    assert _cell(model, row, AuditColumn.CLAUSES) == "1"
    assert _cell(model, row, AuditColumn.FINDINGS) == "0"
    assert audits.selected_audit_id() == audit.id  # the new audit is selected
    assert assess(actions.session, TODAY).coverage.is_complete()


def test_select_all_of_a_clause_ticks_its_sub_clauses_in_every_standard(
    audits: AuditsPanel
) -> None:
    dialog = audits.new_audit()
    assert dialog is not None
    dialog.clauses.set_checked(())
    assert dialog.clauses.main_clauses() == ["4", "5", "6", "7", "8", "9", "10"]
    dialog.clause_number.setCurrentText("8")
    dialog.select_clause.click()
    # ISO 9001: 8.1-8.7; ISO 14001 and ISO 45001: 8.1 and 8.2.
    assert dialog.clauses.checked_ids() == [
        *(f"iso9001-2015:8.{n}" for n in range(1, 8)),
        "iso14001-2015:8.1", "iso14001-2015:8.2", "iso45001-2018:8.1", "iso45001-2018:8.2"]
    two_sites = dialog.coverage()
    assert len(two_sites) == 22  # 11 clauses at both sites
    dialog.reject()


def test_an_auditor_auditing_their_own_department_is_warned_until_corrected(
    qtbot, audits: AuditsPanel, actions: ProjectActions
) -> None:
    warning = audits.independence
    assert not warning.isHidden()
    assert warning.text().startswith("⚠ 王敏 (品质部) audits their own department")
    assert actions.session is not None
    before = actions.session.store.records.audits()[0].coverage
    dialog = audits.edit_audit()  # the sample's audit, selected as the latest
    assert dialog is not None
    names = [name for name, _dept in dialog.auditors.values()]
    row = names.index("王敏")
    assert dialog.auditors.setData(dialog.auditors.index(row, 1), "技术部")
    _ok(qtbot, dialog)
    assert warning.isHidden()
    assert warning.text() == ""
    # Saving the team did not touch what the audit covered.
    assert actions.session.store.records.audits()[0].coverage == before


def test_editing_an_audit_keeps_its_gaps_until_the_user_covers_them(
    qtbot, audits: AuditsPanel, actions: ProjectActions
) -> None:
    assert actions.session is not None
    dialog = audits.edit_audit()
    assert dialog is not None
    assert not dialog.gap_note.isHidden()
    assert "1 gap" in dialog.gap_note.text()
    assert f"ISO 9001:2015 8.5 at {WAREHOUSE}" in dialog.gap_note.text()
    assert ("iso9001-2015:8.5", WAREHOUSE) not in dialog.coverage()
    assert ("iso9001-2015:8.5", HQ) in dialog.coverage()
    dialog.cover_everywhere()
    assert dialog.gap_note.isHidden()
    assert ("iso9001-2015:8.5", WAREHOUSE) in dialog.coverage()
    _ok(qtbot, dialog)
    assert assess(actions.session, TODAY).coverage.is_complete()


def test_a_major_finding_is_closed_only_after_its_corrective_action_is_done(
    qtbot, audits: AuditsPanel, actions: ProjectActions, ctx: AppContext
) -> None:
    assert actions.session is not None
    audit_id = audits.selected_audit_id()
    assert audit_id is not None
    dialog = audits.new_finding()
    assert dialog is not None
    dialog.grade.setCurrentIndex(dialog.grade.findData(FindingGrade.MAJOR.value))
    dialog.clause.setCurrentIndex(dialog.clause.findData("iso9001-2015:8.5"))
    dialog.site.setCurrentIndex(dialog.site.findData(WAREHOUSE))
    dialog.statement.setPlainText("成品库无标识，三批机箱无法追溯到生产批次。")
    _ok(qtbot, dialog)

    model = audits.finding_model
    stored = [f for f in actions.session.store.records.findings() if f.grade is FindingGrade.MAJOR]
    assert len(stored) == 1
    finding = stored[0]
    row = model.row_of(finding.id)
    assert row >= 0
    assert _cell(model, row, FindingColumn.GRADE) == "✘ Major nonconformity"
    assert _cell(model, row, FindingColumn.CLAUSE) == "ISO 9001:2015 8.5"
    assert _cell(model, row, FindingColumn.SITE) == WAREHOUSE
    assert _cell(model, row, FindingColumn.STATUS) == "○ Open"
    assert _cell(model, row, FindingColumn.ACTION) == "⚠ None yet"
    assert model.data(model.index(row, FindingColumn.GRADE), Qt.ItemDataRole.FontRole).bold()
    assert _cell(audits.audit_model, audits.audit_model.row_of(audit_id),
                 AuditColumn.FINDINGS) == "4"

    # Closing it without a completed corrective action is refused; the editor stays open.
    assert audits.select_finding(finding.id)
    edit = audits.edit_finding()
    assert edit is not None
    edit.closed.set_date(dt.date(2026, 11, 30))
    _ok(qtbot, edit)
    assert edit.isVisible()
    kind, text = ctx.errors.messages[-1]
    assert kind == "user" and "corrective action" in text
    edit.reject()
    assert actions.session.store.records.findings()[-1].is_open

    corrective = audits.corrective_action()
    assert corrective is not None
    assert corrective.title.text() == "Correct: 成品库无标识，三批机箱无法追溯到生产批次。"
    corrective.owner.setText("仓储部 周强")
    corrective.root_cause.setPlainText("仓库搬迁后没有恢复批次标识牌。")
    corrective.status.setCurrentIndex(corrective.status.findData(ActionStatus.DONE.value))
    corrective.effectiveness.setPlainText("抽查 20 批成品，全部可追溯。")
    corrective.checked_on.set_date(dt.date(2026, 11, 28))
    _ok(qtbot, corrective)

    linked = [a for a in actions.session.store.records.actions()
              if a.source is ActionSource.FINDING and a.source_ref == str(finding.id)]
    assert len(linked) == 1
    action = linked[0]
    assert (action.owner, action.root_cause, action.status) == (
        "仓储部 周强", "仓库搬迁后没有恢复批次标识牌。", ActionStatus.DONE)
    assert action.effectiveness_checked_on == dt.date(2026, 11, 28)
    assert _cell(model, model.row_of(finding.id), FindingColumn.ACTION) == "● Done"
    # Opening it again shows the same action, not a new one.
    again = audits.corrective_action()
    assert again is not None and again.root_cause.toPlainText() == action.root_cause
    again.reject()

    edit = audits.edit_finding()
    assert edit is not None
    edit.closed.set_date(dt.date(2026, 11, 30))
    _ok(qtbot, edit)
    assert not edit.isVisible()
    assert _cell(model, model.row_of(finding.id), FindingColumn.STATUS) == "● Closed 2026-11-30"


def test_the_sample_findings_show_their_corrective_action_state(audits: AuditsPanel) -> None:
    model = audits.finding_model
    texts = {_cell(model, r, FindingColumn.GRADE): _cell(model, r, FindingColumn.ACTION)
             for r in range(model.rowCount())}
    # The calibration action was due 7 days before the sample was made.
    assert texts["! Minor nonconformity"] == "⚠ Overdue since 2026-11-15"
    assert texts["◔ Observation"] == ""


def test_a_programme_is_added_and_deleting_it_keeps_its_audits(
    qtbot, audits: AuditsPanel, actions: ProjectActions
) -> None:
    assert actions.session is not None
    dialog = audits.new_programme()
    dialog.title.setText("2027 年度内部审核方案")
    dialog.period_from.setDate(QDate(2027, 1, 1))
    dialog.period_to.setDate(QDate(2027, 12, 31))
    dialog.approved_by.setText("总经理 周文华")
    _ok(qtbot, dialog)
    model = audits.programme_model
    assert model.rowCount() == 2
    row = next(r for r in range(2) if _cell(model, r, 0) == "2027 年度内部审核方案")
    assert _cell(model, row, 1) == "2027-01-01 – 2027-12-31"
    first = next(r for r in range(2) if r != row)
    audits.programme_table.selectRow(first)
    assert audits.delete_programme()
    assert model.rowCount() == 1
    assert len(actions.session.store.records.audits()) == 1
    assert actions.session.store.records.audits()[0].programme_id is None


def test_audits_panel_without_a_project_is_empty_and_disabled(
    audits: AuditsPanel, actions: ProjectActions
) -> None:
    assert audits.audit_model.rowCount() == 1
    actions.close_project()
    audits.show_assessment(None)
    assert not audits.isEnabled()
    assert audits.audit_model.rowCount() == 0
    assert audits.finding_model.rowCount() == 0
    assert audits.independence.isHidden()
    assert audits.new_audit() is None


# -- management reviews ----------------------------------------------------------------------


def _missing_lines(dialog: ReviewDialog) -> list[str]:
    listed = dialog.missing_list.toPlainText().splitlines()
    assert dialog.missing_list.isHidden() == (not listed)
    return listed


def test_the_review_editor_lists_missing_inputs_and_saving_all_records_them(
    qtbot, reviews: ReviewsPanel, actions: ProjectActions
) -> None:
    assert actions.session is not None
    assert reviews.model.rowCount() == 0  # the sample has held no review yet
    assert reviews.detail.text().startswith("No management review has been held yet.")
    dialog = reviews.new_review()
    assert dialog is not None
    # ISO 9001 9.3.2: a, b, b climate, c 1-7, d, e, f = 13; ISO 14001 9.3: 14; ISO 45001 9.3: 16.
    assert len(_missing_lines(dialog)) == 43
    assert dialog.missing.text().startswith("⚠ 43 required input")
    assert any(line.startswith("• ISO 14001:2015 9.3 d) 3)") for line in _missing_lines(dialog))

    dialog.standard_checks["iso45001-2018"].setChecked(False)
    assert len(_missing_lines(dialog)) == 27
    node = dialog.input_item("iso9001:9.3.2.c.6")
    assert node is not None
    node.setCheckState(0, Qt.CheckState.Checked)
    assert len(_missing_lines(dialog)) == 26
    assert not any("9.3.2 c) 6)" in line for line in _missing_lines(dialog))

    dialog.all_inputs.click()
    assert _missing_lines(dialog) == []
    assert dialog.missing.text().startswith("✔ ")
    dialog.held_on.setDate(QDate(2026, 11, 20))
    dialog.chair.setText("总经理 周文华")
    dialog.attendees.setText("孙建国, 王敏, 陈刚")
    dialog.outputs.setPlainText("批准 2027 年质量和环境目标；增加一名专职安全员。")
    _ok(qtbot, dialog)

    stored = actions.session.store.records.reviews()
    assert len(stored) == 1
    review = stored[0]
    assert review.standard_ids == ("iso9001-2015", "iso14001-2015")
    assert len(review.inputs) == 27
    assert {"iso9001:9.3.2.c.6", "iso14001:9.3.d.3"} <= review.inputs
    assert review.attendees == ("孙建国", "王敏", "陈刚")
    model = reviews.model
    assert _cell(model, 0, ReviewColumn.DATE) == "2026-11-20"
    assert _cell(model, 0, ReviewColumn.STANDARDS) == "ISO 9001:2015, ISO 14001:2015"
    assert _cell(model, 0, ReviewColumn.INPUTS) == "✔ 27/27"
    assert "✔ ISO 14001:2015: every required input considered." in reviews.detail.text()

    # Editing shows what was recorded; adding ISO 45001 brings its 16 inputs back as missing.
    edit = reviews.edit_review()
    assert edit is not None
    assert _missing_lines(edit) == []
    edit.standard_checks["iso45001-2018"].setChecked(True)
    assert len(_missing_lines(edit)) == 16
    _ok(qtbot, edit)
    assert _cell(model, 0, ReviewColumn.INPUTS) == "⚠ 27/43"
    assert "⚠ ISO 45001:2018: not considered:" in reviews.detail.text()


# -- models -----------------------------------------------------------------------------------


def test_record_models_pass_the_model_tester(qtmodeltester) -> None:
    programmes = ProgrammesModel()
    programmes.set_programmes([AuditProgramme(1, "2026 方案", dt.date(2026, 1, 1),
                                              dt.date(2026, 12, 31), "周文华", "每年一次\n细则")],
                              "zh")
    audit = InternalAudit(3, "内审", planned_on=dt.date(2026, 10, 1),
                          auditors=(Auditor("王敏", "品质部"),), auditees=("生产部",),
                          coverage=(("iso9001-2015:8.5", "A"), ("iso9001-2015:8.6", "A")))
    audits = AuditsModel()
    audits.set_audits([AuditRow(audit, 2, 1)], "en")
    findings = FindingsModel()
    findings.set_findings([Finding(5, 3, FindingGrade.MINOR, "Gauge not calibrated",
                                   "iso9001-2015:7.1.5", "A")], "en")
    reviews = ReviewsModel()
    reviews.set_reviews([ReviewRow(ManagementReview(7, dt.date(2026, 11, 20), "周文华"),
                                   ("ISO 9001:2015",), 3, 13)], "en")
    rows = EditableRowsModel(lambda: ("Name", "Share"), ("", 0.0))
    rows.set_values([("A", 1.5), ("B", -2.0)])
    for model in (programmes, audits, findings, reviews, rows):
        qtmodeltester.check(model, force_py=True)
    assert _cell(programmes, 0, 3) == "每年一次"  # notes: first line in the cell
    assert _cell(audits, 0, AuditColumn.HELD) == "○ Not held yet"
    assert _cell(audits, 0, AuditColumn.CLAUSES) == "2"
    assert audits.data(audits.index(0, 0), RecordIdRole) == 3
    assert _cell(findings, 0, FindingColumn.ACTION) == "⚠ None yet"
    assert _cell(reviews, 0, ReviewColumn.INPUTS) == "⚠ 3/13"
    assert _cell(rows, 1, 1) == "-2"
    assert not rows.setData(rows.index(0, 1), "ten")  # not a number: refused, kept
    assert rows.setData(rows.index(0, 1), "10")
    assert rows.values() == [("A", 10.0), ("B", -2.0)]



def test_grades_and_input_titles_follow_the_content_language(
    audits: AuditsPanel, reviews: ReviewsPanel, ctx: AppContext
) -> None:
    ctx.language.set_language("zh_CN")
    model = audits.finding_model
    grades = {_cell(model, r, FindingColumn.GRADE) for r in range(model.rowCount())}
    assert grades == {"! 一般不符合", "◔ 观察项", "↗ 改进机会"}
    dialog = reviews.new_review()
    assert dialog is not None
    assert "9.3.2 c) 6) — 审核结果的趋势" in dialog.missing_list.toPlainText()
    dialog.reject()
