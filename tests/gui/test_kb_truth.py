"""The window says what the standard requires, whose freshness rule applies, and which
clause titles are ours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.checklist.checklist_model import ChecklistTreeModel, Column
from desktop.ui.checklist.editions import TransitionGapsDialog
from desktop.ui.shell.main_window import MainWindow

CALIBRATION = "iso9001-2015:7.1.5.1:R"


def _qms_model(window: MainWindow) -> ChecklistTreeModel:
    assert window.checklist.select_item("iso9001-2015:4.4")
    model = window.checklist.current_model()
    assert isinstance(model, ChecklistTreeModel)
    return model


def test_an_evidence_item_names_the_clause_it_demonstrates(window: MainWindow) -> None:
    assert window.checklist.select_item("iso9001-2015:7.5.3.2:E")
    basis = window.item_panel.basis
    assert "Shows that clause 7.5.3.2 is met" in basis.text()
    assert "no specific document is required" in basis.text()
    assert "Required by the standard" not in basis.text()
    assert "examples, not requirements" in basis.toolTip()
    window.ctx.language.set_language("zh_CN")
    assert window.checklist.select_item("iso9001-2015:7.5.3.2:E")
    assert "证实满足第 7.5.3.2 条的要求" in basis.text()


def test_untitled_clauses_show_our_title_in_brackets_with_a_legend(window: MainWindow) -> None:
    model = _qms_model(window)
    ours = model.index_for("iso9001-2015:4.4.1", Column.TITLE)
    shown = model.data(ours)
    assert shown.startswith("4.4.1 [") and shown.endswith("]")
    assert "standard gives these sub-clauses no title" in model.data(
        ours, Qt.ItemDataRole.ToolTipRole)
    assert model.data(ours, Qt.ItemDataRole.FontRole).italic()
    official = model.index_for("iso9001-2015:4.4", Column.TITLE)
    assert "[" not in model.data(official)
    assert "no title" not in model.data(official, Qt.ItemDataRole.ToolTipRole)
    assert window.checklist.select_item("iso9001-2015:4.4.1")
    assert "[" in window.item_panel.title.text()
    assert "no title" in window.item_panel.title.toolTip()


def test_the_freshness_rule_says_whose_it_is_and_the_period_is_set_per_project(
        window: MainWindow, qtbot: QtBot) -> None:
    session = window.actions.session
    assert session is not None
    assert window.checklist.select_item(CALIBRATION)
    editor = window.item_panel.freshness
    assert not editor.isHidden()
    assert "organization" in editor.basis_text.text()
    assert "default period: 12 months" in editor.project_text.text()
    assert "default" in window.item_panel.evidence_hints.freshness
    assert "organization" in window.item_panel.evidence_hints.freshness_basis

    with qtbot.assertNotEmitted(window.actions.changed):
        editor.months.editingFinished.emit()  # focus left without a change
    with qtbot.waitSignal(window.actions.changed):
        editor.months.setValue(6)
        editor.months.editingFinished.emit()
    assert session.store.freshness.all()[CALIBRATION].months == 6
    assert session.catalog.item(CALIBRATION).freshness.months == 6  # type: ignore[union-attr]
    assert "every 6 months (default 12)" in editor.project_text.text()
    assert editor.default_button.isEnabled()

    with qtbot.waitSignal(window.actions.changed):
        editor.in_force.setChecked(False)
    assert not session.store.freshness.all()[CALIBRATION].in_force
    assert not editor.months.isEnabled()
    assert "does not apply this rule" in editor.project_text.text()

    assert editor.reset_to_default()
    assert session.store.freshness.all() == {}
    assert editor.in_force.isChecked() and editor.months.value() == 12

    window.actions.undo_stack.undo()  # back to "not in force"
    assert not session.store.freshness.all()[CALIBRATION].in_force
    assert not editor.in_force.isChecked()
    window.actions.undo_stack.undo()
    window.actions.undo_stack.undo()
    assert session.store.freshness.all() == {}
    assert editor.months.value() == 12
    window.actions.undo_stack.redo()
    assert session.store.freshness.all()[CALIBRATION].months == 6
    assert "Change the freshness rule of 7.1.5.1" in window.actions.undo_stack.undoText()


def test_a_regulation_rule_shows_its_citation(window: MainWindow) -> None:
    assert window.checklist.select_item("iso45001-2018:9.1.1:R")
    editor = window.item_panel.freshness
    assert "Set by regulation" in editor.basis_text.text()
    assert "art. 20" in editor.basis_text.text()
    assert editor.months.value() == 36
    assert "art. 20" in window.item_panel.evidence_hints.freshness_basis


def test_items_without_a_rule_hide_the_editor(window: MainWindow) -> None:
    assert window.checklist.select_item("iso9001-2015:8.5.3:R")
    assert window.item_panel.freshness.isHidden()
    assert window.checklist.select_item("iso9001-2015:7.5")
    assert window.item_panel.freshness.isHidden()


def test_the_freshness_editor_speaks_chinese(window: MainWindow) -> None:
    window.ctx.language.set_language("zh_CN")
    assert window.checklist.select_item("iso45001-2018:9.1.1:R")
    editor = window.item_panel.freshness
    assert editor.title() == "本项目的时效规则"
    assert "法规规定" in editor.basis_text.text() and "第二十条" in editor.basis_text.text()
    assert editor.project_text.text() == "本项目采用默认周期：36 个月。"


def test_edition_dates_in_the_window_cite_their_sources(window: MainWindow, qtbot: QtBot) -> None:
    window.menus.transition_gaps.trigger()
    dialog = window.findChild(TransitionGapsDialog, "transitionGapsDialog")
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.show_pair("iso14001-2015", "iso14001-2026")
    period = dialog.period.text()
    assert "2026-04-15 (source: ISO catalogue entry" in period
    assert "April 2029 (source:" in period
    note = dialog.status_note.text()
    assert "Published on 2026-04-15 (source:" in note
