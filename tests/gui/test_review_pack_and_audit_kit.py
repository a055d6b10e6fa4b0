"""The export buttons of the reviews and audits views, the review outputs editor and the
checklist result dialog, as a user works them on the sample project."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from desktop.domain.records import FindingGrade, ManagementReview
from desktop.domain.review_pack import DecisionKind, Topic
from desktop.services.assessment import assess
from desktop.services.audits.kit import finding_department_ids
from desktop.services.records import save_review
from desktop.ui.records.audits_view import AuditsPanel
from desktop.ui.records.review_outputs_dialog import DecisionColumn
from desktop.ui.records.reviews_view import ReviewsPanel
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.main_window import MainWindow
from tests.gui.test_untranslated import walk_dialog, zh_ctx, zh_window
from tests.gui.untranslated import TextWalker

TODAY = dt.date(2026, 11, 22)
__all__ = ["zh_ctx", "zh_window"]  # fixtures shared with the translation check


@pytest.fixture
def actions(qtbot, ctx: AppContext, sample_path: Path) -> Iterator[ProjectActions]:
    host = QWidget()
    qtbot.addWidget(host)
    project = ProjectActions(ctx, host)
    assert project.open_project(sample_path)
    assert project.session is not None
    save_review(project.session, ManagementReview(
        0, dt.date(2026, 11, 20), chair="总经理 周文华",
        standard_ids=tuple(s.id for s in project.session.standards())))
    yield project
    project.close_project()


def _wire(panel: AuditsPanel | ReviewsPanel, actions: ProjectActions) -> None:
    def refresh(_changes: object = None) -> None:
        assert actions.session is not None
        panel.show_assessment(assess(actions.session, TODAY))
    actions.changed.connect(refresh)
    refresh()


@pytest.fixture
def reviews(qtbot, ctx: AppContext, actions: ProjectActions) -> ReviewsPanel:
    panel = ReviewsPanel(ctx, actions)
    qtbot.addWidget(panel)
    _wire(panel, actions)
    return panel


@pytest.fixture
def audits(qtbot, ctx: AppContext, actions: ProjectActions) -> AuditsPanel:
    panel = AuditsPanel(ctx, actions)
    qtbot.addWidget(panel)
    _wire(panel, actions)
    panel.select_audit(actions.session.store.records.audits()[0].id)  # type: ignore[union-attr]
    return panel


def test_export_input_report_button_writes_the_pdf(
        qtbot, reviews: ReviewsPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "管理评审输入.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "PDF files (*.pdf)"))
    button = reviews.pack.export_button
    assert button.isEnabled() and button.text() == "Export input report…"
    with qtbot.waitSignal(reviews.pack.exported, timeout=30000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [target]
    text = "".join(p.extract_text() for p in PdfReader(target).pages).replace(" ", "")
    assert "总经理周文华" in text


def test_outputs_editor_records_a_decision_as_an_action_and_undo_takes_it_back(
        qtbot, reviews: ReviewsPanel, actions: ProjectActions) -> None:
    assert actions.session is not None
    before = len(actions.session.store.records.actions())
    dialog = reviews.pack.edit_outputs()
    assert dialog is not None and dialog.isVisible()
    dialog.topic.setCurrentIndex(dialog.topic.findData(Topic.FEEDBACK.value))
    dialog.note.setPlainText("顾客满意度 92 分")
    dialog.add_button.click()
    model = dialog.model
    assert model.setData(model.index(0, DecisionColumn.KIND), DecisionKind.RESOURCES.value)
    assert model.setData(model.index(0, DecisionColumn.TEXT), "增加一名专职安全员")
    assert model.setData(model.index(0, DecisionColumn.OWNER), "行政人事部 李娜")
    assert not model.setData(model.index(0, DecisionColumn.DUE), "next spring")
    assert model.setData(model.index(0, DecisionColumn.DUE), "2027-03-31")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    actions_now = actions.session.store.records.actions()
    assert len(actions_now) == before + 1
    assert (actions_now[-1].title, actions_now[-1].owner) == ("增加一名专职安全员",
                                                              "行政人事部 李娜")
    actions.undo_stack.undo()
    assert len(actions.session.store.records.actions()) == before
    actions.undo_stack.redo()
    assert len(actions.session.store.records.actions()) == before + 1


def test_audit_kit_button_writes_plan_and_checklists(
        qtbot, audits: AuditsPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "kit"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    assert audits.kit.kit_button.isEnabled()
    with qtbot.waitSignal(audits.kit.exported, timeout=60000) as blocker:
        qtbot.mouseClick(audits.kit.kit_button, Qt.MouseButton.LeftButton)
    names = {p.name for p in blocker.args[0]}
    assert {"audit-plan.pdf", "audit-kit.xlsx", "checklist-品质部.pdf"} <= names


def test_checklist_result_raises_a_finding_with_its_department(
        qtbot, audits: AuditsPanel, actions: ProjectActions) -> None:
    session = actions.session
    assert session is not None
    dialog = audits.kit.record_result()
    assert dialog is not None
    dialog.department.setCurrentIndex(dialog.department.findText("仓储部"))
    assert dialog.line.count() > 0
    warehouse = session.store.profile().sites[1]
    dialog.site.setCurrentIndex(dialog.site.findData(warehouse))
    dialog.result.setCurrentIndex(dialog.result.findData(FindingGrade.MINOR.value))
    dialog.statement.setPlainText("成品堆放超高，无防护标识")
    clause_id = dialog.line.currentData()
    count = len(session.store.records.findings())
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    findings = session.store.records.findings()
    assert len(findings) == count + 1
    new = findings[-1]
    assert (new.clause_id, new.site) == (clause_id, warehouse)
    dept = next(d for d in session.store.departments.all() if d.name == "仓储部")
    assert finding_department_ids(session)[new.id] == dept.id
    assert (clause_id, warehouse) in session.store.records.audits()[0].coverage
    actions.undo_stack.undo()
    assert len(session.store.records.findings()) == count


def test_no_english_in_the_new_buttons_and_dialogs_in_chinese(
        zh_window: MainWindow, sample_path: Path) -> None:
    win = zh_window
    assert win.open_project(sample_path)
    session = win.actions.session
    assert session is not None
    changes = win.actions.change_records(save_review, ManagementReview(
        0, dt.date(2026, 11, 20), chair="总经理 周文华",
        standard_ids=tuple(s.id for s in session.standards())))
    assert changes is not None
    pages = win.pages
    assert pages.audits.select_audit(session.store.records.audits()[0].id)
    walker = TextWalker()
    walker.widget_tree(pages.reviews, "reviews page")
    walker.widget_tree(pages.audits, "audits page")
    walk_dialog(walker, pages.reviews.pack.edit_outputs, "Review outputs")
    walk_dialog(walker, pages.audits.kit.record_result, "Checklist result")
    assert pages.reviews.pack.export_button.text() == "导出评审输入报告…"
    assert not walker.found, walker.found
