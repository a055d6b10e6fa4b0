"""Project ▸ Departments and responsibilities…: the departments and the matrix grid.

Top: the company's departments (name, head, sites) with Add, Edit and
Remove. Below: the responsibility matrix (职能分配表) of the chosen view (the
integrated view or one standard) as a grid of clauses by departments,
edited by click or keyboard (:mod:`desktop.ui.departments.matrix_view`),
with "Propose from owners" and "Export PDF…". Every edit is one undoable step
(:class:`~desktop.ui.departments.commands.DepartmentCommands`). Modeless;
it follows the project's changes and closes when the project does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.departments import INTEGRATED, Department, Role
from desktop.errors import UserError
from desktop.services.changes import Changes
from desktop.services.departments.matrix import matrix_standards
from desktop.services.departments.matrix_report import PAPER, prepare_matrix_pdf
from desktop.ui.departments.commands import DepartmentCommands, next_role
from desktop.ui.departments.department_editor import DepartmentEditor
from desktop.ui.departments.matrix_view import CYCLE, MatrixView
from desktop.ui.departments.models import DepartmentsModel, MatrixModel
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg
from desktop.ui.shell.workers import Task


class DepartmentsDialog(QDialog):
    """Departments and the responsibility matrix of the open project.

    Attributes:
        departments: the departments table; ``department_model`` its model.
        view_choice: which matrix to show (integrated, or a standard).
        matrix: the grid; ``matrix_model`` its model.
        commands: the undoable edits.
    """

    def __init__(self, ctx: AppContext, actions: ProjectActions, commands: DepartmentCommands,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("departmentsDialog")
        self._ctx = ctx
        self._actions = actions
        self.commands = commands
        self.export_task: Task | None = None

        self.department_model = DepartmentsModel(self)
        self.departments = QTableView(objectName="departmentsTable")
        self.departments.setModel(self.department_model)
        self.departments.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.departments.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.departments.verticalHeader().hide()
        self.departments.verticalHeader().setDefaultSectionSize(24)
        self.departments.setWordWrap(False)
        self.departments.selectionModel().selectionChanged.connect(
            lambda _new, _old: self._update_buttons())
        self.departments.horizontalHeader().setStretchLastSection(True)
        self.departments.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.departments.doubleClicked.connect(lambda _index: self.edit_department())
        self.add_button = QPushButton(objectName="addDepartmentButton")
        self.edit_button = QPushButton(objectName="editDepartmentButton")
        self.remove_button = QPushButton(objectName="removeDepartmentButton")
        self.add_button.clicked.connect(lambda _checked=False: self.add_department())
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_department())
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_department())
        self.workbooks_button = QPushButton(objectName="departmentWorkbooksButton")
        self.workbooks_button.clicked.connect(lambda _checked=False: self.export_workbooks())
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.workbooks_button)
        self.departments_box = QGroupBox(objectName="departmentsBox")
        top = QHBoxLayout(self.departments_box)
        top.addWidget(self.departments, 1)
        top.addLayout(buttons)

        self.view_label = QLabel()
        self.view_choice = QComboBox(objectName="matrixViewCombo")
        self.view_choice.currentIndexChanged.connect(lambda _n: self.reload_matrix())
        self.propose_button = QPushButton(objectName="proposeMatrixButton")
        self.propose_button.clicked.connect(lambda _checked=False: self.propose())
        self.export_button = QPushButton(objectName="exportMatrixButton")
        self.export_button.clicked.connect(lambda _checked=False: self.export_pdf())
        self.legend = QLabel(objectName="matrixLegend", wordWrap=True)
        self.matrix_model = MatrixModel(self)
        self.matrix = MatrixView()
        self.matrix.setModel(self.matrix_model)
        self.matrix.cellEdited.connect(self.edit_cell)
        bar = QHBoxLayout()
        bar.addWidget(self.view_label)
        bar.addWidget(self.view_choice, 1)
        bar.addWidget(self.propose_button)
        bar.addWidget(self.export_button)
        self.matrix_box = QGroupBox(objectName="matrixBox")
        lower = QVBoxLayout(self.matrix_box)
        lower.addLayout(bar)
        lower.addWidget(self.legend)
        lower.addWidget(self.matrix, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, objectName="departmentsSplitter")
        splitter.addWidget(self.departments_box)
        splitter.addWidget(self.matrix_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([210, 470])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(1100, 720)

        actions.changed.connect(self._on_changed)
        actions.sessionChanged.connect(self._on_session_changed)
        self.retranslate()
        self.reload()

    # -- showing --------------------------------------------------------------------

    def reload(self) -> None:
        """Read departments, the views and the matrix from the project again."""
        session = self._actions.session
        self.department_model.load(session)
        wanted = self.view_choice.currentData() or INTEGRATED
        self.view_choice.blockSignals(True)
        self.view_choice.clear()
        standards = matrix_standards(session) if session is not None else ()
        if len(standards) >= 2:
            self.view_choice.addItem(self.tr("Integrated view (all standards)"), INTEGRATED)
        for std in standards:
            self.view_choice.addItem(std.label, std.id)
        found = self.view_choice.findData(wanted)
        self.view_choice.setCurrentIndex(max(found, 0))
        self.view_choice.blockSignals(False)
        self.reload_matrix()
        self._update_buttons()

    def reload_matrix(self) -> None:
        """Show the chosen view again, keeping the current cell."""
        current = self.matrix.currentIndex()
        row, column = current.row(), current.column()
        session = self._actions.session
        view = self.view_choice.currentData() or INTEGRATED
        try:
            self.matrix_model.load(session, view, self._ctx.content_lang)
        except UserError as exc:
            self._ctx.errors.user_error(exc, self)
            return
        self.matrix.fit_columns()
        if row >= 0 and column >= 0:
            self.matrix.setCurrentIndex(self.matrix_model.index(row, column))

    def show_view(self, view: str) -> None:
        """Show the matrix of ``view`` (a standard id or ``"integrated"``)."""
        found = self.view_choice.findData(view)
        if found >= 0:
            self.view_choice.setCurrentIndex(found)

    def _update_buttons(self) -> None:
        has = self._current_department() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        has_departments = self.department_model.rowCount() > 0
        self.propose_button.setEnabled(has_departments)
        self.export_button.setEnabled(has_departments)
        self.workbooks_button.setEnabled(has_departments)

    def _on_changed(self, changes: Changes) -> None:
        if "departments" in changes.records or changes.profile or changes.items:
            kept = self._current_department()
            self.reload()
            if kept is not None:
                row = self.department_model.row_of(kept.id)
                if row >= 0:
                    self.departments.selectRow(row)

    def _on_session_changed(self) -> None:
        if self._actions.session is None:
            self.close()
        else:
            self.reload()

    # -- editing --------------------------------------------------------------------

    def edit_cell(self, row: int, column: int, wanted: Any) -> bool:
        """Set the cell at (row, column) of the grid: a Role, None, or :data:`CYCLE`."""
        dept = self.matrix_model.department_at(column)
        clause = self.matrix_model.clause_at(row)
        if dept is None or not clause:
            return False
        role: Role | None = (next_role(self.matrix_model.role_at(row, column))
                             if wanted == CYCLE else wanted)
        self.matrix.setCurrentIndex(self.matrix_model.index(row, column))
        return self.commands.set_role(self.matrix_model.view, clause, dept, role)

    def propose(self) -> bool:
        """Replace the matrix by the proposal, after asking when it has cells already."""
        session = self._actions.session
        if session is None:
            return False
        if session.store.departments.matrix() and self._ctx.errors.dialogs:
            answer = QMessageBox.question(
                self, self.tr("Propose the matrix"),
                self.tr("Replace the whole matrix by a proposal from the items' owners and "
                        "the usual split of duties? You can undo it."))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.commands.propose()

    def _current_department(self) -> Department | None:
        rows = self.departments.selectionModel().selectedRows() if (
            self.departments.selectionModel() is not None) else []
        return self.department_model.department_at(rows[0].row()) if rows else None

    def _sites(self) -> list[str]:
        session = self._actions.session
        return list(session.store.profile().sites) if session is not None else []

    def add_department(self, name: str | None = None, head: str = "",
                       sites: list[str] | None = None) -> Department | None:
        """Add a department; asks in a dialog unless ``name`` is given."""
        if name is None:
            editor = DepartmentEditor(self._sites(), None, self)
            if editor.exec() != QDialog.DialogCode.Accepted:
                return None
            name, head, sites = editor.name.text(), editor.head.text(), editor.chosen_sites()
        dept = self.commands.add_department(name, head, sites or [])
        if dept is not None:
            self.departments.selectRow(self.department_model.row_of(dept.id))
        return dept

    def edit_department(self) -> bool:
        """Edit the selected department in a dialog."""
        dept = self._current_department()
        if dept is None:
            return False
        editor = DepartmentEditor(self._sites(), dept, self)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.commands.update_department(dept, editor.name.text(), editor.head.text(),
                                               editor.chosen_sites())

    def remove_department(self) -> bool:
        """Remove the selected department (its cells go; undo brings them back)."""
        dept = self._current_department()
        if dept is None:
            return False
        return self.commands.remove_department(dept)

    # -- export ---------------------------------------------------------------------

    def export_pdf(self, path: Path | None = None) -> Task | None:
        """Write the shown view as the 职能分配表 PDF (asks where unless ``path`` is given)."""
        session = self._actions.session
        if session is None:
            return None
        if path is None:
            name, _f = QFileDialog.getSaveFileName(
                self, self.tr("Export the responsibility matrix"),
                str(Path(self._ctx.settings.last_dir()) / self.tr("Responsibility matrix.pdf")),
                self.tr("PDF files (*.pdf)"))
            if not name:
                return None
            path = Path(name)
        lang = self._ctx.content_lang
        view = self.matrix_model.view
        if self._actions.runner.busy:
            self._ctx.errors.info(self.tr("Responsibility matrix"),
                                  self.tr("Please wait until the current task has finished."),
                                  self)
            return None
        try:
            report = prepare_matrix_pdf(session, path, lang, [view])  # type: ignore[arg-type]
        except UserError as exc:
            self._ctx.errors.user_error(exc, self)
            return None
        target = path

        def job(_progress: Any, _cancelled: Any) -> Path:
            # reportlab loads on first use, not when the window opens.
            from desktop.reports.matrix.matrix_pdf import render_matrix_pdf
            render_matrix_pdf(report, target, PAPER["A4"])
            return target

        def wire(task: Task) -> None:
            task.signals.succeeded.connect(
                lambda done: self._ctx.errors.info(
                    self.tr("Responsibility matrix"), arg(self.tr("Saved %1"), str(done)), self))
            task.signals.failed.connect(lambda exc: self._ctx.errors.handle(exc, self))

        self.export_task = self._actions.runner.start(job, wire)
        return self.export_task

    def export_workbooks(self, folder: Path | None = None) -> Task | None:
        """Write one workbook per department into a folder (asks which unless given)."""
        session = self._actions.session
        if session is None:
            return None
        if folder is None:
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the department workbooks"),
                self._ctx.settings.last_dir())
            if not name:
                return None
            folder = Path(name)
        if self._actions.runner.busy:
            self._ctx.errors.info(self.tr("Department workbooks"),
                                  self.tr("Please wait until the current task has finished."),
                                  self)
            return None
        lang = self._ctx.content_lang
        target = folder

        def job(_progress: Any, _cancelled: Any) -> list[Path]:
            # openpyxl loads on first use, not when the window opens.
            from desktop.services.departments.workbooks import export_department_workbooks
            return export_department_workbooks(session, target, lang)  # type: ignore[arg-type]

        def wire(task: Task) -> None:
            task.signals.succeeded.connect(
                lambda written: self._ctx.errors.info(
                    self.tr("Department workbooks"),
                    arg(self.tr("%1 workbook(s) written to %2. Send each to its department "
                                "and import it when it comes back (File ▸ Import filled-in "
                                "workbook…)."), len(written), str(target)), self))
            task.signals.failed.connect(lambda exc: self._ctx.errors.handle(exc, self))

        self.export_task = self._actions.runner.start(job, wire)
        return self.export_task

    # -- texts ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Departments and responsibilities"))
        self.departments_box.setTitle(self.tr("Departments"))
        self.matrix_box.setTitle(self.tr("Responsibility matrix"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.workbooks_button.setText(self.tr("&Workbooks…"))
        self.workbooks_button.setToolTip(self.tr(
            "Write one workbook per department with only its items, actions and findings"))
        self.view_label.setText(self.tr("Clauses of:"))
        self.propose_button.setText(self.tr("&Propose from owners"))
        self.propose_button.setToolTip(self.tr(
            "Fill the matrix from the departments that own each clause's items, completed "
            "by the usual split of duties; you can undo it"))
        self.export_button.setText(self.tr("Export &PDF…"))
        self.legend.setText(self.tr(
            "● responsible   ○ involved. Click a cell, or press Space, to go from empty to "
            "responsible to involved; R, I and Delete set a cell directly."))
        if self.view_choice.count() and self.view_choice.itemData(0) == INTEGRATED:
            self.view_choice.setItemText(0, self.tr("Integrated view (all standards)"))
