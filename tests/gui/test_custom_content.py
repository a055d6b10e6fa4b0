"""Custom content in the window: Excel import, custom items, templates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog

from desktop.errors import ChecklistImportError, ImportProblem
from desktop.ui.checklist.custom_dialogs import CustomItemDialog, ImportProblemsDialog
from desktop.ui.exchange.import_problems import ImportProblemsModel
from desktop.ui.shell.main_window import MainWindow
from tests.workbooks import malformed_workbook, valid_workbook


def _tab_texts(window: MainWindow) -> list[str]:
    tabs = window.checklist.tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def _pick_file(monkeypatch: pytest.MonkeyPatch, path: Path, *, name: str | None = None,
               save: bool = False) -> None:
    method = "getSaveFileName" if save else "getOpenFileName"
    monkeypatch.setattr(QFileDialog, method, staticmethod(lambda *a, **k: (str(path), "")))
    if name is not None:
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (name, True)))


def test_importing_a_workbook_adds_a_checklist_tab(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pick_file(monkeypatch, valid_workbook(tmp_path / "suppliers.xlsx"), name="供应商审核")

    with qtbot.waitSignal(window.actions.changed, timeout=20_000) as blocker:
        window.menus.import_checklist.trigger()
    qtbot.waitUntil(lambda: not window.actions.runner.busy)

    checklist_id = blocker.args[0].created[0]
    assert checklist_id == "custom:checklist"
    assert "供应商审核" in _tab_texts(window)
    model = window.checklist.model_for(checklist_id)
    assert model is not None
    heading = model.index_for("custom:checklist:S")
    assert model.rowCount(heading) == 3
    assert "Approved supplier list" in model.data(model.index_for("custom:checklist:S1"))
    # A row with only a Chinese title shows it in the English interface too.
    assert "供方年度评价记录" in model.data(model.index_for("custom:checklist:S2"))
    # The current tab is the new checklist, its first entry selected and shown.
    assert window.checklist.current_model() is model
    assert window.item_panel.item_id() == "custom:checklist:S"
    # The row under ISO 9001:2015 7.1.5 is in that standard's tree; readiness has a new row.
    iso = window.checklist.model_for("iso9001-2015")
    assert iso is not None and iso.index_for("custom:checklist:G1").isValid()
    assert window.readiness.figures(checklist_id).total == 3
    assert window.ctx.errors.messages == []


def test_a_malformed_workbook_is_reported_row_by_row_and_changes_nothing(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tabs_before = _tab_texts(window)
    _pick_file(monkeypatch, malformed_workbook(tmp_path / "坏清单.xlsx"), name="坏清单")

    with qtbot.waitSignal(window.ctx.errors.reported, timeout=20_000) as blocker:
        window.menus.import_checklist.trigger()
    qtbot.waitUntil(lambda: not window.actions.runner.busy)

    kind, text = blocker.args
    assert kind == "user"
    for row in (3, 4, 5, 6, 7, 8, 9, 10):
        assert f"Row {row}, column " in text
    assert "Row 3, column kind: unknown kind 'record'" in text
    assert _tab_texts(window) == tabs_before
    assert window.actions.session.store.custom_content() == ([], [])


def test_an_excel_file_that_is_not_a_workbook_gives_a_message(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "清单.xlsx"
    fake.write_text("id,parent\n", encoding="utf-8")
    _pick_file(monkeypatch, fake, name="x")
    with qtbot.waitSignal(window.ctx.errors.reported, timeout=20_000) as blocker:
        window.menus.import_checklist.trigger()
    qtbot.waitUntil(lambda: not window.actions.runner.busy)
    assert blocker.args[0] == "user" and "not an Excel workbook" in blocker.args[1]
    assert str(fake) in blocker.args[1]


def test_the_problems_dialog_lists_every_row(qtbot, qtmodeltester) -> None:
    problems = [ImportProblem(3, "kind", "unknown kind 'record'", "未知的类型 'record'"),
                ImportProblem(7, "title_en", "the cell holds a formula", "单元格中是公式")]
    dialog = ImportProblemsDialog(ChecklistImportError("en", "zh", problems), "zh")
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model, force_py=True)
    assert [[model.data(model.index(r, c)) for c in range(3)] for r in range(2)] == [
        ["3", "kind", "未知的类型 'record'"], ["7", "title_en", "单元格中是公式"]]
    assert "2" in dialog.intro.text()
    empty = ImportProblemsModel()
    qtmodeltester.check(empty, force_py=True)


def _dialog(window: MainWindow) -> CustomItemDialog:
    (dialog,) = [d for d in window.findChildren(CustomItemDialog) if d.isVisible()]
    return dialog


def test_add_edit_and_remove_a_custom_item_under_a_clause(window: MainWindow, qtbot) -> None:
    assert window.checklist.select_item("iso9001-2015:7.1.5")
    total = window.readiness.figures("iso9001-2015").total
    window.menus.add_custom_item.trigger()
    dialog = _dialog(window)
    assert dialog.current_place().parent == "iso9001-2015:7.1.5"
    dialog.clause.setText("7.1.5")
    dialog.kind.setCurrentIndex(dialog.kind.findData("retain"))
    dialog.title_zh.setText("量具校准台账")
    with qtbot.waitSignal(window.actions.changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    item_id = "custom:iso9001-2015:7.1.5:R"
    assert window.checklist.current_item_id() == item_id
    assert window.readiness.figures("iso9001-2015").total == total + 1

    window.menus.edit_custom_item.trigger()
    dialog = _dialog(window)
    assert dialog.title_zh.text() == "量具校准台账"
    dialog.title_en.setText("Gauge calibration register")
    with qtbot.waitSignal(window.actions.changed):
        dialog.accept()
    assert window.actions.session.catalog.item(item_id).title.en == "Gauge calibration register"

    with qtbot.waitSignal(window.actions.changed):
        window.menus.remove_custom_item.trigger()  # confirmations answer yes without dialogs
    assert not window.actions.session.catalog.has_item(item_id)
    assert window.readiness.figures("iso9001-2015").total == total


def test_a_refused_entry_keeps_the_dialog_open(window: MainWindow, qtbot) -> None:
    window.checklist.select_item("iso9001-2015:7.1.5")
    window.menus.add_custom_item.trigger()
    dialog = _dialog(window)
    dialog.clause.setText("8.1")
    dialog.title_en.setText("Outside")
    with qtbot.waitSignal(window.ctx.errors.reported) as blocker:
        dialog.accept()
    assert "outside clause 7" in blocker.args[1]
    assert dialog.isVisible()
    dialog.reject()


def test_a_new_checklist_through_the_dialog_then_template_round_trip(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.menus.add_custom_item.trigger()
    dialog = _dialog(window)
    dialog.place.setCurrentIndex(dialog.place.count() - 1)  # a new checklist
    assert dialog.current_place().new_checklist
    dialog.checklist_name.setText("Site walk 现场巡查")
    dialog.clause.setText("W")
    dialog.title_en.setText("Site walk")
    with qtbot.waitSignal(window.actions.changed):
        dialog.accept()
    assert "Site walk 现场巡查" in _tab_texts(window)
    assert window.checklist.current_item_id() == "custom:site-walk:W"

    template = tmp_path / "site-walk.json"
    _pick_file(monkeypatch, template, save=True)
    window.menus.save_template.trigger()
    assert json.loads(template.read_text(encoding="utf-8"))["checklist"]["code"] == \
        "Site walk 现场巡查"

    _pick_file(monkeypatch, template)
    with qtbot.waitSignal(window.actions.changed):
        window.menus.apply_template.trigger()
    assert _tab_texts(window).count("Site walk 现场巡查") == 2
    assert window.checklist.current_item_id() == "custom:site-walk-2:W"

    with qtbot.waitSignal(window.actions.changed):
        window.menus.remove_custom_checklist.trigger()
    assert _tab_texts(window).count("Site walk 现场巡查") == 1


def test_in_chinese_the_menu_and_the_row_problems_speak_chinese(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.ctx.language.set_language("zh_CN")
    assert window.menus.checklist_menu.title() == "检查表(&C)"
    assert window.menus.import_checklist.text() == "从 Excel 导入检查表(&I)…"
    _pick_file(monkeypatch, malformed_workbook(tmp_path / "坏清单.xlsx"), name="坏清单")
    with qtbot.waitSignal(window.ctx.errors.reported, timeout=20_000) as blocker:
        window.menus.import_checklist.trigger()
    qtbot.waitUntil(lambda: not window.actions.runner.busy)
    assert "第 3 行，kind 列：未知的类型 'record'" in blocker.args[1]
    dialog = ImportProblemsDialog(ChecklistImportError("en", "zh", [
        ImportProblem(3, "kind", "unknown kind", "未知的类型")]), "zh")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "检查表未导入"
    assert "1 处问题" in dialog.intro.text()
