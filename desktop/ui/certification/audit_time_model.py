"""Table model of the worked audit-time calculation: one row per step.

Rows are :class:`desktop.domain.audit_time.Step` values of an
:class:`~desktop.domain.audit_time.AuditTimeEstimate` (IAF MD 5:2019, IAF MD 11,
IAF MD 1); the panel hands them in.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.audit_time import Step

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent" (never modified)


def days_text(days: float) -> str:
    """Auditor-days without a trailing ".0": 7.0 → "7", 5.5 → "5.5"."""
    return f"{days:g}"


class StepColumn(IntEnum):
    """The columns of :class:`StepsModel`."""

    TITLE = 0
    DETAIL = 1
    DAYS = 2


class StepsModel(QAbstractTableModel):
    """Read-only steps: title, the numbers used (detail), and the days the step gives."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Step] = []
        self._lang = "en"

    def set_steps(self, steps: Sequence[Step], lang: str) -> None:
        """Show ``steps`` in ``lang`` ("zh" or "en"), replacing every row."""
        self.beginResetModel()
        self._rows = list(steps)
        self._lang = lang
        self.endResetModel()

    def step_at(self, row: int) -> Step | None:
        """The step of ``row``, or None when out of range."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """Re-read translated headers after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(StepColumn) - 1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of steps (0 below any row: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Step, how, days."""
        return 0 if parent.isValid() else len(StepColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(StepColumn):
            return None
        return (self.tr("Step"), self.tr("How it is computed"),
                self.tr("Auditor-days"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Title, detail and days (blank for a step that gives no figure)."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        step = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == StepColumn.TITLE:
                return step.title.get(self._lang)
            if column == StepColumn.DETAIL:
                return step.detail.get(self._lang)
            if column == StepColumn.DAYS:
                if step.days is None:
                    return None if role == Qt.ItemDataRole.ToolTipRole else ""
                return days_text(step.days)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == StepColumn.DAYS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None
