"""The departments dialog: the responsibility matrix edited by click and keyboard, undoably."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.domain.departments import INTEGRATED, Role
from desktop.domain.model import Catalog
from desktop.services.departments import matrix as svc
from desktop.services.departments.workbooks import export_department_workbooks
from desktop.services.roundtrip import preview_roundtrip
from desktop.ui.departments.department_editor import DepartmentEditor
from desktop.ui.departments.departments_dialog import DepartmentsDialog
from desktop.ui.departments.models import DepartmentsModel, MatrixModel
from desktop.ui.exchange.roundtrip_model import ChangeColumn, RoundTripChangesModel
from desktop.ui.shell.main_window import MainWindow
from tests.gui.untranslated import TextWalker

QMS = "iso9001-2015"


def _dialog(window: MainWindow, qtbot: QtBot) -> DepartmentsDialog:
    window.departments.action.trigger()
    dialog = window.departments.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _cell(dialog: DepartmentsDialog, clause: str, department: str) -> tuple[int, int]:
    model = dialog.matrix_model
    row = model.row_of(clause)
    column = next(c for c in range(1, model.columnCount())
                  if (d := model.department_at(c)) is not None and d.name == department)
    assert row >= 0
    return row, column


def _role(window: MainWindow, std: str, clause: str, department: str) -> Role | None:
    session = window.actions.session
    assert session is not None
    dept = next(d for d in svc.list_departments(session) if d.name == department)
    return svc.responsibility_matrix(session).get((std, clause), {}).get(dept.id)


def _click(qtbot: QtBot, dialog: DepartmentsDialog, row: int, column: int) -> None:
    view = dialog.matrix
    view.scrollTo(dialog.matrix_model.index(row, column))
    rect = view.visualRect(dialog.matrix_model.index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_grid_shows_the_sample_matrix(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _dialog(window, qtbot)
    assert dialog.view_choice.currentData() == INTEGRATED
    dialog.show_view(QMS)
    model = dialog.matrix_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Clause", "总经理办公室", "品质部"]
    row, column = _cell(dialog, "8.4.1", "采购部")
    assert model.index(row, column).data() == "●"
    assert "responsible" in model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.department_model.rowCount() == 9


def test_click_and_keys_edit_a_cell_and_undo_takes_each_step_back(
        window: MainWindow, qtbot: QtBot) -> None:
    dialog = _dialog(window, qtbot)
    dialog.show_view(QMS)
    row, column = _cell(dialog, "8.4.1", "采购部")
    _click(qtbot, dialog, row, column)  # ● → ○
    assert _role(window, QMS, "8.4.1", "采购部") is Role.INVOLVED
    assert dialog.matrix_model.index(row, column).data() == "○"
    view = dialog.matrix
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _role(window, QMS, "8.4.1", "采购部") is None
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert _role(window, QMS, "8.4.1", "采购部") is Role.RESPONSIBLE
    qtbot.keyClick(view, Qt.Key.Key_I)
    assert _role(window, QMS, "8.4.1", "采购部") is Role.INVOLVED

    stack = window.actions.undo_stack
    assert stack.undoText() == "Make 采购部 involved in 8.4.1"
    stack.undo()
    assert _role(window, QMS, "8.4.1", "采购部") is Role.RESPONSIBLE
    stack.undo()
    stack.undo()
    assert _role(window, QMS, "8.4.1", "采购部") is Role.INVOLVED
    stack.undo()
    assert _role(window, QMS, "8.4.1", "采购部") is Role.RESPONSIBLE
    assert dialog.matrix_model.index(row, column).data() == "●"
    stack.redo()
    assert _role(window, QMS, "8.4.1", "采购部") is Role.INVOLVED


def test_an_integrated_cell_sets_every_standard_and_undo_restores_each(
        window: MainWindow, qtbot: QtBot) -> None:
    dialog = _dialog(window, qtbot)
    before = {std: _role(window, std, "9.2", "安环部")
              for std in (QMS, "iso14001-2015", "iso45001-2018")}
    assert set(before.values()) == {Role.INVOLVED}
    row, column = _cell(dialog, "9.2", "安环部")
    dialog.matrix.setCurrentIndex(dialog.matrix_model.index(row, column))
    dialog.matrix.setFocus()
    qtbot.keyClick(dialog.matrix, Qt.Key.Key_R)
    assert {_role(window, std, "9.2", "安环部") for std in before} == {Role.RESPONSIBLE}
    window.actions.undo_stack.undo()
    assert {std: _role(window, std, "9.2", "安环部") for std in before} == before


def test_departments_added_and_removed_undoably(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _dialog(window, qtbot)
    dept = dialog.add_department("研发中心", "林涛", [])
    assert dept is not None
    assert dialog.department_model.rowCount() == 10
    assert dialog.matrix_model.headerData(10, Qt.Orientation.Horizontal) == "研发中心"
    dialog.departments.selectRow(dialog.department_model.row_of(dept.id))
    assert dialog.remove_department()
    assert dialog.department_model.rowCount() == 9
    window.actions.undo_stack.undo()  # the removal
    assert dialog.department_model.row_of(dept.id) == 9
    window.actions.undo_stack.undo()  # the addition
    assert dialog.department_model.rowCount() == 9


def test_removing_a_department_and_undo_bring_back_its_cells(
        window: MainWindow, qtbot: QtBot) -> None:
    dialog = _dialog(window, qtbot)
    session = window.actions.session
    assert session is not None
    buying = next(d.id for d in svc.list_departments(session) if d.name == "采购部")
    dialog.departments.selectRow(dialog.department_model.row_of(buying))
    assert dialog.remove_department()
    model = dialog.matrix_model
    assert "采购部" not in [model.headerData(c, Qt.Orientation.Horizontal)
                           for c in range(model.columnCount())]
    assert all(buying not in cell for cell in svc.responsibility_matrix(session).values())
    assert window.actions.undo_stack.undoText() == "Remove department 采购部"
    window.actions.undo_stack.undo()
    assert _role(window, QMS, "8.4.1", "采购部") is Role.RESPONSIBLE
    assert svc.item_departments(session)["iso9001-2015:8.4.1:R"] == buying


def test_propose_replaces_the_matrix_and_undo_restores_it(
        window: MainWindow, qtbot: QtBot) -> None:
    dialog = _dialog(window, qtbot)
    assert _role(window, QMS, "8.5.4", "仓储部") is Role.RESPONSIBLE  # set by hand
    assert dialog.propose()
    assert _role(window, QMS, "8.5.4", "仓储部") is not Role.RESPONSIBLE
    assert window.actions.undo_stack.undoText() == "Propose the responsibility matrix"
    window.actions.undo_stack.undo()
    assert _role(window, QMS, "8.5.4", "仓储部") is Role.RESPONSIBLE


def test_the_item_panel_picks_a_department_undoably(window: MainWindow, qtbot: QtBot) -> None:
    item = "iso9001-2015:8.4.1:R"
    assert window.checklist.select_item(item)
    picker = window.departments.picker
    assert picker.isEnabled() and picker.currentText().startswith("采购部")
    assert picker.isVisibleTo(window.item_panel)
    target = picker.findText("品质部 · 王敏")
    picker.setCurrentIndex(target)
    picker.activated.emit(target)
    session = window.actions.session
    assert session is not None
    quality = next(d.id for d in svc.list_departments(session) if d.name == "品质部")
    assert svc.item_departments(session)[item] == quality
    assert window.item_panel.owner.text() == "采购部 赵磊"  # the person is kept
    window.actions.undo_stack.undo()
    assert picker.currentText().startswith("采购部")
    assert window.checklist.select_item("iso9001-2015:8.4")  # a clause heading
    assert not picker.isEnabled()


@pytest.fixture
def zh_window(qtbot: QtBot, qapp: QApplication, tmp_path: Path, catalog: Catalog,
              translations: Path, sample_path: Path) -> Iterator[MainWindow]:
    """The main window in Chinese with the sample open."""
    from desktop.ui.shell.app import create_context

    settings = QSettings(str(tmp_path / "zh.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "zh_CN")
    ctx = create_context(qapp, settings, catalog)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.open_project(sample_path)
    yield win
    win.actions.close_project()
    ctx.language.uninstall()


def test_the_departments_dialog_speaks_chinese(zh_window: MainWindow, qtbot: QtBot) -> None:
    walker = TextWalker()
    walker.action(zh_window.departments.action, "departments menu entry")
    dialog = _dialog(zh_window, qtbot)
    for view in range(dialog.view_choice.count()):
        dialog.view_choice.setCurrentIndex(view)
        walker.widget_tree(dialog, f"departments dialog, view {view}")
    dialog.departments.selectRow(0)
    editor = DepartmentEditor(["总部"], dialog.department_model.department_at(0), dialog)
    walker.widget_tree(editor, "department editor")
    assert zh_window.checklist.select_item("iso9001-2015:8.4.1:R")
    walker.widget_tree(zh_window.departments.picker.parentWidget(), "item panel")
    assert walker.seen > 300
    assert not walker.found, "\n  ".join(walker.found)
    assert dialog.matrix_model.headerData(0, Qt.Orientation.Horizontal) == "条款"


def _edit_workbook(path: Path, item_id: str, column: str, value: str) -> None:
    book = load_workbook(path)
    for name in book.sheetnames:
        for row in book[name].iter_rows(min_row=2, max_col=1):
            if row[0].value == item_id:
                book[name][f"{column}{row[0].row}"] = value
    book.save(path)


def test_the_import_preview_names_both_departments_of_a_conflict(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, qtmodeltester) -> None:
    session = window.actions.session
    assert session is not None
    storage = "iso9001-2015:8.5.4:E"  # owned by 生产部, clause led by 仓储部
    out = tmp_path / "books"
    out.mkdir()
    books = {p.name: p for p in export_department_workbooks(session, out, "en")}
    production, warehouse = books["03-生产部.xlsx"], books["06-仓储部.xlsx"]
    _edit_workbook(production, storage, "E", "Ready")
    _edit_workbook(warehouse, storage, "E", "Not started")
    _edit_workbook(warehouse, storage, "H", "Racks labelled")
    assert window.actions.apply_roundtrip(preview_roundtrip(session, production), set())

    window.import_roundtrip(warehouse)
    qtbot.waitUntil(lambda: window.roundtrip_dialog is not None, timeout=60_000)
    dialog = window.roundtrip_dialog
    assert dialog is not None
    assert "The workbook of the department 仓储部." in dialog.intro.text()
    model = dialog.changes
    standalone = RoundTripChangesModel()
    standalone.set_preview(dialog.preview, "en")
    qtmodeltester.check(standalone, force_py=True)
    texts = {model.index(r, ChangeColumn.FIELD).data():
             (model.index(r, ChangeColumn.CHANGE).data(),
              model.index(r, ChangeColumn.CONFLICT).data()) for r in range(model.rowCount())}
    assert texts["Status"] == ("● Ready (生产部) → ○ Not started (仓储部)",
                               "⚠ changed in the project since export")
    assert texts["Notes"] == ("(empty) → Racks labelled", "")
    status_row = next(r for r in range(model.rowCount())
                      if model.index(r, ChangeColumn.FIELD).data() == "Status")
    tip = model.index(status_row, ChangeColumn.CONFLICT).data(Qt.ItemDataRole.ToolTipRole)
    assert "生产部 and 仓储部 both changed this field" in tip
    dialog.apply_button.click()  # the project keeps 生产部's status, takes the notes
    state = session.store.item_state(storage)
    assert (state.status.value, state.notes) == ("ready", "Racks labelled")


def test_the_dialog_writes_the_pdf_and_the_department_workbooks(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(window, qtbot)
    dialog.show_view(QMS)
    pdf = tmp_path / "职能分配表.pdf"
    with qtbot.waitSignal(window.ctx.errors.reported, timeout=60_000) as done:
        assert dialog.export_pdf(pdf) is not None
    assert done.args[0] == "info" and str(pdf) in done.args[1]
    assert pdf.read_bytes().startswith(b"%PDF")
    folder = tmp_path / "books"
    folder.mkdir()
    with qtbot.waitSignal(window.ctx.errors.reported, timeout=60_000) as done:
        assert dialog.export_workbooks(folder) is not None
    assert done.args[0] == "info" and "9 workbook(s)" in done.args[1]
    assert sorted(p.name for p in folder.iterdir())[1] == "02-品质部.xlsx"


def test_both_models_pass_the_model_tester(window: MainWindow, qtmodeltester) -> None:
    session = window.actions.session
    departments = DepartmentsModel()
    departments.load(session)
    qtmodeltester.check(departments, force_py=True)
    matrix = MatrixModel()
    matrix.load(session, INTEGRATED, "zh")
    qtmodeltester.check(matrix, force_py=True)
    empty = MatrixModel()
    empty.load(None, QMS, "en")
    qtmodeltester.check(empty, force_py=True)
