"""Table model of the problems found in a checklist workbook: row, column, what is wrong.

Rows are :class:`desktop.errors.ImportProblem` values handed in by the dialog;
the problem text is shown in the content language ("zh" or "en").
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.errors import ImportProblem

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent" (never modified)


class ProblemColumn(IntEnum):
    """The columns of :class:`ImportProblemsModel`."""

    ROW = 0
    COLUMN = 1
    PROBLEM = 2


class ImportProblemsModel(QAbstractTableModel):
    """Read-only rows of import problems, in the order given."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportProblem] = []
        self._lang = "en"

    def set_problems(self, problems: Sequence[ImportProblem], lang: str) -> None:
        """Show ``problems`` (replaces every row), their text in ``lang``."""
        self.beginResetModel()
        self._rows = list(problems)
        self._lang = lang
        self.endResetModel()

    def problem_at(self, row: int) -> ImportProblem | None:
        """The problem of ``row``, or None when out of range."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """Re-read translated headers after a UI language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(ProblemColumn) - 1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of problems (0 below any row: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Row, column, problem."""
        return 0 if parent.isValid() else len(ProblemColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(ProblemColumn):
            return None
        return (self.tr("Row"), self.tr("Column"), self.tr("Problem"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The Excel row number, the column name and the problem text."""
        if not index.isValid() or index.parent().isValid():
            return None
        problem = self.problem_at(index.row())
        if problem is None or not 0 <= index.column() < len(ProblemColumn):
            return None
        column = ProblemColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is ProblemColumn.ROW:
                return str(problem.row)
            if column is ProblemColumn.COLUMN:
                return problem.column
            return problem.zh if self._lang.startswith("zh") else problem.en
        if role == Qt.ItemDataRole.ToolTipRole and column is ProblemColumn.PROBLEM:
            return problem.text(self._lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is ProblemColumn.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
