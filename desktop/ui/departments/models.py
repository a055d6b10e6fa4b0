"""Table models of the departments dialog: the departments list and the matrix grid.

:class:`MatrixModel` shows one view of the matrix (one standard, or the
integrated view): column 0 the clause (number and title), then one column
per department whose cells show ● (responsible, 主责), ○ (involved, 相关) or
nothing. It is read-only for Qt: edits go through
:class:`~desktop.ui.departments.commands.DepartmentCommands` (services,
undoable), after which the model is reloaded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.domain.departments import INTEGRATED, Department, Matrix, Role, integrated_view
from desktop.services.departments.matrix import (
    list_departments,
    matrix_clauses,
    matrix_standards,
    responsibility_matrix,
)
from desktop.services.session import ProjectSession
from desktop.ui.shell.i18n import arg

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FONT = Qt.ItemDataRole.FontRole
#: The role (Role or None) of a department cell.
RoleRole = Qt.ItemDataRole.UserRole + 1


class DepartmentsModel(QAbstractTableModel):
    """The project's departments: name, head, sites (one line each)."""

    COLUMNS = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Department] = []

    def load(self, session: ProjectSession | None) -> None:
        """Read the departments of ``session`` (None: empty)."""
        self.beginResetModel()
        self._rows = list_departments(session) if session is not None else []
        self.endResetModel()

    def department_at(self, row: int) -> Department | None:
        """The department in ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, department_id: str) -> int:
        """The row of ``department_id``, or -1."""
        return next((n for n, d in enumerate(self._rows) if d.id == department_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Departments (0 under any parent: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Name, head, sites."""
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """Name, head and sites (joined by "; ")."""
        dept = self.department_at(index.row()) if index.isValid() else None
        if dept is None or role not in (_DISPLAY, _TOOLTIP):
            return None
        return (dept.name, dept.head, "; ".join(dept.sites))[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        titles = (self.tr("Department"), self.tr("Head"), self.tr("Sites"))
        return titles[section] if 0 <= section < len(titles) else None


class MatrixModel(QAbstractTableModel):
    """One view of the responsibility matrix: clause rows by department columns."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._view = INTEGRATED
        self._lang = "en"
        self._clauses: list[tuple[str, str]] = []  # (number, title)
        self._departments: list[Department] = []
        self._cells: Matrix = {}
        self._mark_font = QFont()
        self._mark_font.setPointSizeF(self._mark_font.pointSizeF() * 1.4)  # ● ○ easy to tell

    @property
    def view(self) -> str:
        """The view shown: a standard id or ``"integrated"``."""
        return self._view

    def load(self, session: ProjectSession | None, view: str, lang: str) -> None:
        """Show ``view`` of the matrix of ``session`` with clause titles in ``lang``."""
        self.beginResetModel()
        self._view, self._lang = view, lang
        self._clauses, self._departments, self._cells = [], [], {}
        if session is not None:
            standards = matrix_standards(session)
            titles: dict[str, str] = {}
            for std in standards:
                if view in (INTEGRATED, std.id):
                    for item in std.items:
                        if not item.kind.is_checklist:
                            titles.setdefault(item.clause, item.title.get(lang))
            known = {s.id for s in standards}
            if view == INTEGRATED or view in known:
                self._clauses = [(c, titles.get(c, "")) for c in matrix_clauses(session, view)]
            self._departments = list_departments(session)
            matrix = responsibility_matrix(session)
            self._cells = (integrated_view(matrix, [s.id for s in standards])
                           if view == INTEGRATED else matrix)
        self.endResetModel()

    def clause_at(self, row: int) -> str:
        """The clause number of ``row`` ("" when out of range)."""
        return self._clauses[row][0] if 0 <= row < len(self._clauses) else ""

    def department_at(self, column: int) -> Department | None:
        """The department of ``column`` (None for column 0 or out of range)."""
        return (self._departments[column - 1]
                if 1 <= column <= len(self._departments) else None)

    def role_at(self, row: int, column: int) -> Role | None:
        """The role shown in a cell (None: empty, or not a department cell)."""
        dept = self.department_at(column)
        if dept is None:
            return None
        return self._cells.get((self._view, self.clause_at(row)), {}).get(dept.id)

    def row_of(self, clause: str) -> int:
        """The row of ``clause``, or -1."""
        return next((n for n, (c, _t) in enumerate(self._clauses) if c == clause), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Clauses (0 under any parent: a flat table)."""
        return 0 if parent.isValid() else len(self._clauses)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """The clause column and one per department."""
        return 0 if parent.isValid() else 1 + len(self._departments)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Enabled and selectable (edits go through the dialog, not an editor)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """Clause text in column 0; ●, ○ or "" in department cells, with a tooltip."""
        if not index.isValid() or not 0 <= index.row() < len(self._clauses):
            return None
        row, column = index.row(), index.column()
        if column == 0:
            number, title = self._clauses[row]
            if role == _DISPLAY:
                return f"{'  ' * number.count('.')}{number}  {title}"
            if role == _TOOLTIP:
                return f"{number} {title}"
            return None
        cell = self.role_at(row, column)
        if role == RoleRole:
            return cell
        if role == _DISPLAY:
            return cell.symbol if cell is not None else ""
        if role == _ALIGN:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == _FONT:
            return self._mark_font
        if role == _TOOLTIP:
            dept = self.department_at(column)
            name = dept.name if dept is not None else ""
            clause = self._clauses[row][0]
            if cell is Role.RESPONSIBLE:
                return arg(self.tr("%1: responsible for %2"), name, clause)
            if cell is Role.INVOLVED:
                return arg(self.tr("%1: involved in %2"), name, clause)
            return self.tr("Click, or press Space, to assign")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        """"Clause" and the department names across; clause numbers down."""
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.clause_at(section) or None
        if section == 0:
            return self.tr("Clause")
        dept = self.department_at(section)
        return dept.name if dept is not None else None
