"""Certification gates, coverage matrix and the action plan as a user sees and uses them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop.domain.coverage import CoverageMatrix
from desktop.domain.gates import GateResult
from desktop.domain.model import ItemStatus, Text
from desktop.domain.records import Action, ActionSource, ActionStatus
from desktop.ui.certification.gates_model import (
    CoverageTableModel,
    GateColumn,
    GateIdRole,
    GateItemsModel,
    GatesTableModel,
    short_site,
)
from desktop.ui.records.actions_model import (
    ActionColumn,
    ActionFilterModel,
    ActionIdRole,
    ActionsTableModel,
)
from desktop.ui.shell.main_window import MainWindow

TODAY = dt.date(2026, 11, 22)  # the day tests/gui/conftest.py makes the sample on


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The sample's window, its clock fixed on the day the sample was made."""
    window.assessor.today = lambda: TODAY
    window.assessor.refresh()
    return window


def _gates() -> list[GateResult]:
    return [
        GateResult("operating_period", Text("Operated long enough", "运行时间"), True,
                   Text("Live since 2026-03-01", "2026-03-01 起运行"), (), "CB conditions"),
        GateResult("mandatory_documented", Text("Documents ready", "文件就绪"), False,
                   Text("2 items not ready", "2 项未就绪"),
                   ("iso9001-2015:5.2.2:M", "iso9001-2015:9.3.3:R"), "ISO 9001:2015 7.5.1 a"),
    ]


def _actions() -> list[Action]:
    return [
        Action(1, "Calibrate gauges", ActionSource.GAP, "iso9001-2015:7.1.5.1:R", "品质部 王敏",
               due_on=dt.date(2026, 11, 1), status=ActionStatus.IN_PROGRESS),
        Action(2, "Hold the management review", ActionSource.GATE, "management_review",
               due_on=dt.date(2026, 12, 15)),
        Action(3, "Old drill", ActionSource.OTHER, due_on=dt.date(2026, 10, 1),
               status=ActionStatus.DONE, closed_on=dt.date(2026, 10, 2)),
    ]


# -- models ------------------------------------------------------------------------------


def test_gate_and_coverage_models_pass_model_tester(qtmodeltester) -> None:
    gates = GatesTableModel()
    gates.set_gates(_gates(), "en")
    qtmodeltester.check(gates, force_py=True)
    items = GateItemsModel()
    items.set_items([("iso9001-2015:5.2.2:M", "5.2.2 Quality policy — ○ Not started")])
    qtmodeltester.check(items, force_py=True)
    coverage = CoverageTableModel()
    matrix = CoverageMatrix(("iso9001-2015:4.1", "iso9001-2015:8.5"),
                            ("一厂：晨曦路 18 号", "二厂"),
                            {("iso9001-2015:4.1", "一厂：晨曦路 18 号"): (7,),
                             ("iso9001-2015:4.1", "二厂"): (),
                             ("iso9001-2015:8.5", "一厂：晨曦路 18 号"): (7, 9),
                             ("iso9001-2015:8.5", "二厂"): ()})
    coverage.set_matrix(matrix, {"iso9001-2015:8.5": "ISO 9001 8.5 Production"},
                        {7: "2026 first internal audit"})
    qtmodeltester.check(coverage, force_py=True)
    coverage.clear()
    qtmodeltester.check(coverage, force_py=True)


def test_gate_rows_say_passed_or_failed_in_words() -> None:
    model = GatesTableModel()
    model.set_gates(_gates(), "en")
    result = [model.data(model.index(r, GateColumn.RESULT)) for r in range(2)]
    assert result == ["✔ Passed", "✘ Failed"]
    assert model.data(model.index(1, GateColumn.GATE)) == "Documents ready"
    assert model.data(model.index(1, GateColumn.REASON)) == "2 items not ready"
    assert model.data(model.index(1, GateColumn.GATE), GateIdRole) == "mandatory_documented"
    assert model.data(model.index(1, GateColumn.GATE),
                      Qt.ItemDataRole.ToolTipRole) == "Source: ISO 9001:2015 7.5.1 a"
    model.set_gates(_gates(), "zh")
    assert model.data(model.index(1, GateColumn.REASON)) == "2 项未就绪"


def test_coverage_cells_count_audits_and_mark_gaps() -> None:
    model = CoverageTableModel()
    matrix = CoverageMatrix(("iso9001-2015:8.5",), ("一厂：晨曦路 18 号", ""),
                            {("iso9001-2015:8.5", "一厂：晨曦路 18 号"): (7, 9),
                             ("iso9001-2015:8.5", ""): ()})
    model.set_matrix(matrix, {}, {7: "First audit", 9: "Follow-up audit"})
    assert model.columnCount() == 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "一厂"
    assert model.headerData(1, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole) == "一厂：晨曦路 18 号"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Whole organization"
    assert model.data(model.index(0, 0)) == "iso9001-2015:8.5"  # no label: the id
    assert model.data(model.index(0, 1)) == "✔ 2"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == (
        "First audit\nFollow-up audit")
    assert model.data(model.index(0, 2)) == "✘ Not covered"
    assert short_site("二厂仓库（原材料）") == "二厂仓库"


def test_action_models_pass_model_tester(qtmodeltester) -> None:
    model = ActionsTableModel()
    model.set_actions(_actions(), TODAY, "en")
    qtmodeltester.check(model, force_py=True)
    proxy = ActionFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_show_closed(True)
    qtmodeltester.check(proxy, force_py=True)


def test_overdue_action_is_marked_by_word_symbol_weight_and_colour() -> None:
    model = ActionsTableModel()
    model.set_actions(_actions(), TODAY, "en", {1: "ISO 9001 7.1.5.1 Calibration records"})
    status = model.index(0, ActionColumn.STATUS)
    assert model.data(status) == "⚠ Overdue · ◐ In progress"
    assert model.data(status, Qt.ItemDataRole.ToolTipRole) == "Due 21 day(s) ago"
    font = model.data(model.index(0, ActionColumn.TITLE), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.data(model.index(0, ActionColumn.TITLE), Qt.ItemDataRole.BackgroundRole)
    assert model.data(model.index(0, ActionColumn.SOURCE), Qt.ItemDataRole.ToolTipRole) == (
        "Checklist gap: ISO 9001 7.1.5.1 Calibration records")
    # Due later, or done: not overdue, plain row.
    assert model.data(model.index(1, ActionColumn.STATUS)) == "○ Open"
    assert model.data(model.index(2, ActionColumn.STATUS)) == "✔ Done"
    assert model.data(model.index(2, ActionColumn.TITLE), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(1, ActionColumn.DUE)) == "2026-12-15"
    model.set_language("zh")
    assert model.data(model.index(1, ActionColumn.STATUS)) == "○ 未开始"


def test_show_closed_filter_and_due_date_sort() -> None:
    model = ActionsTableModel()
    model.set_actions(_actions(), TODAY, "en")
    proxy = ActionFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(ActionColumn.DUE)

    def ids() -> list[int]:
        return [proxy.data(proxy.index(r, 0), ActionIdRole) for r in range(proxy.rowCount())]

    assert ids() == [1, 2]  # the done action is hidden
    proxy.set_show_closed(True)
    assert ids() == [3, 1, 2]  # 2026-10-01, 2026-11-01, 2026-12-15


# -- the window on the sample project ----------------------------------------------------


def _gate_rows(window: MainWindow) -> dict[str, str]:
    model = window.pages.gates.model
    return {model.gate_at(r).id: model.data(model.index(r, GateColumn.RESULT))
            for r in range(model.rowCount())}


def test_sample_shows_seven_gates_with_a_failing_one(window: MainWindow) -> None:
    rows = _gate_rows(window)
    assert list(rows) == ["operating_period", "internal_audit", "management_review",
                          "climate_decision", "mandatory_documented", "no_open_major",
                          "reapplication_bar"]
    assert set(rows.values()) <= {"✔ Passed", "✘ Failed"}
    assert "✘ Failed" in rows.values()
    assessment = window.assessor.assessment
    assert rows == {g.id: ("✔ Passed" if g.passed else "✘ Failed") for g in assessment.gates}


def test_creating_an_action_from_a_failing_gate(window: MainWindow, qtbot) -> None:
    gates = window.pages.gates
    failing = next(g for g in window.assessor.assessment.gates
                   if not g.passed and gates.open_action_for(g.id) is None)
    assert gates.select_gate(failing.id)
    assert gates.create_action.isEnabled()
    before = len(window.actions.session.store.records.actions())

    with qtbot.waitSignal(gates.actionCreated) as created:
        gates.create_action.click()

    stored = window.actions.session.store.records.actions()
    assert len(stored) == before + 1
    action = next(a for a in stored if a.id == created.args[0])
    assert (action.source, action.source_ref, action.status) == (
        ActionSource.GATE, failing.id, ActionStatus.OPEN)
    assert action.title == failing.title.en
    plan = window.pages.action_plan
    assert window.pages.current_page() is window.pages.gates_page
    assert plan.selected_action().id == action.id
    row = plan.model.row_of(action.id)
    assert plan.model.data(plan.model.index(row, ActionColumn.SOURCE)) == "Certification gate"

    # A second click finds the open action instead of adding another.
    gates.select_gate(failing.id)
    with qtbot.waitSignal(gates.actionCreated) as again:
        gates.create_action.click()
    assert again.args == [action.id]
    assert len(window.actions.session.store.records.actions()) == before + 1
    kind, text = window.ctx.errors.messages[-1]
    assert kind == "info" and "is still open" in text


def test_passing_gate_cannot_become_an_action(window: MainWindow) -> None:
    gates = window.pages.gates
    passing = next(g for g in window.assessor.assessment.gates if g.passed)
    gates.select_gate(passing.id)
    assert not gates.create_action.isEnabled()
    assert gates.create_action_for_selected() is None


def test_gate_items_open_in_the_checklist(window: MainWindow) -> None:
    gates = window.pages.gates
    gate = next(g for g in window.assessor.assessment.gates if g.item_ids)
    gates.select_gate(gate.id)
    assert gates.items_model.rowCount() == len(
        [i for i in gate.item_ids if window.actions.session.catalog.has_item(i)])
    first = gates.items_model.index(0, 0)
    gates.items.doubleClicked.emit(first)
    assert window.pages.currentWidget() is window.splitter
    assert window.item_panel.item_id() == gate.item_ids[0]


def test_gate_texts_follow_the_content_language(window: MainWindow) -> None:
    model = window.pages.gates.model
    gate = window.assessor.assessment.gates[0]
    window.ctx.language.set_language("zh_CN")
    try:
        assert model.data(model.index(0, GateColumn.GATE)) == gate.title.zh
        assert model.data(model.index(0, GateColumn.REASON)) == gate.reason.zh
    finally:
        window.ctx.language.set_language("en")
    assert model.data(model.index(0, GateColumn.GATE)) == gate.title.en


def test_sample_overdue_action_is_marked_in_the_plan(window: MainWindow) -> None:
    assessment = window.assessor.assessment
    assert assessment.overdue_actions
    plan = window.pages.action_plan
    for action in assessment.overdue_actions:
        row = plan.model.row_of(action.id)
        assert plan.model.data(plan.model.index(row, ActionColumn.STATUS)).startswith(
            "⚠ Overdue · ")
        assert action.id in plan.visible_action_ids()
    assert "⚠" in plan.summary.text()
    assert any(w.en == f"{len(assessment.overdue_actions)} action(s) in the action plan are "
               "overdue." for w in assessment.warnings)
    assert "overdue" in window.summary.warnings.toolTip()
    window.summary.toggle.click()  # unfold the strip: the banner is under it
    assert window.banner.isVisibleTo(window)
    assert "overdue" in window.banner.label.text()
    window.banner.close_button.click()
    assert not window.banner.isVisibleTo(window)


def test_coverage_matrix_matches_the_assessment(window: MainWindow) -> None:
    model = window.pages.gates.coverage_model
    matrix = window.assessor.assessment.coverage
    assert model.rowCount() == len(matrix.rows)
    assert model.columnCount() == 1 + len(matrix.sites)
    ticks = sum(str(model.data(model.index(r, c))).startswith("✔")
                for r in range(model.rowCount()) for c in range(1, model.columnCount()))
    assert ticks == len(matrix.rows) * len(matrix.sites) - len(matrix.missing())


def test_add_edit_and_delete_an_action(window: MainWindow) -> None:
    plan = window.pages.action_plan
    records = window.actions.session.store.records
    dialog = plan.add_action()
    dialog.title.setText("Train the internal auditors / 内审员培训")
    dialog.owner.setText("管理者代表 孙建国")
    dialog.due.set_value(dt.date(2027, 1, 15))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    added = next(a for a in records.actions() if a.title.startswith("Train the internal"))
    assert (added.owner, added.due_on, added.source) == (
        "管理者代表 孙建国", dt.date(2027, 1, 15), ActionSource.OTHER)
    assert plan.selected_action().id == added.id

    dialog = plan.edit_selected()
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.DONE.value))
    dialog.effectiveness.setPlainText("Two auditors qualified; checked at the next audit")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    done = next(a for a in records.actions() if a.id == added.id)
    assert done.status is ActionStatus.DONE and done.closed_on is not None
    assert plan.show_closed.isChecked()  # kept in view though closed
    plan.show_closed.setChecked(False)
    assert added.id not in plan.visible_action_ids()

    plan.show_closed.setChecked(True)
    plan.select_action(added.id)
    assert plan.delete_selected()
    assert added.id not in {a.id for a in records.actions()}


def test_blank_action_title_is_refused_and_the_dialog_stays(window: MainWindow) -> None:
    plan = window.pages.action_plan
    before = len(window.actions.session.store.records.actions())
    dialog = plan.add_action()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert window.ctx.errors.messages[-1][0] == "user"
    assert dialog.isVisible()
    assert len(window.actions.session.store.records.actions()) == before
    dialog.reject()


def test_create_action_for_a_not_ready_checklist_item(window: MainWindow) -> None:
    item_id = "iso14001-2015:9.2.2:R"  # internal audit records: not started in the sample
    session = window.actions.session
    assert session.store.item_state(item_id).status is not ItemStatus.READY
    window.checklist.select_item(item_id)
    window.menus.item_action.trigger()
    action = next(a for a in session.store.records.actions()
                  if a.source is ActionSource.GAP and a.source_ref == item_id)
    assert action.title.startswith("Close the gap: 9.2.2")
    assert window.pages.action_plan.selected_action().id == action.id

    window.checklist.select_item("iso9001-2015:5.2.2:M")  # ready in the sample
    count = len(session.store.records.actions())
    window.menus.item_action.trigger()
    assert len(session.store.records.actions()) == count
    assert "not ready yet" in window.ctx.errors.messages[-1][1]
