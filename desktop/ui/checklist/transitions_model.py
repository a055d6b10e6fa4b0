"""Table model of transition gaps: what changes from one edition of a standard to the next.

Rows are :class:`desktop.services.editions.TransitionGap` values handed in by
the dialog. Columns: the kind of change, the clause in the old edition, the
clause in the new edition, what a company certified to the old edition must
do, and the new edition's checklist items at that clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.model import ChangeKind
from desktop.services.editions import TransitionGap
from desktop.ui.shell.formatting import kind_tag

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent" (never modified)

#: The change kind's value ("new", "moved" …) of a row.
ChangeRole = Qt.ItemDataRole.UserRole + 1

_CHANGE_COLOURS = {
    ChangeKind.NEW: QColor("#1b7f3b"),
    ChangeKind.CHANGED: QColor("#a35f00"),
    ChangeKind.MOVED: QColor("#1f5c99"),
    ChangeKind.RETITLED: QColor("#1f5c99"),
    ChangeKind.REMOVED: QColor("#c62828"),
}
NO_CLAUSE = "—"


class GapColumn(IntEnum):
    """The columns of :class:`TransitionGapsModel`."""

    CHANGE = 0
    OLD = 1
    NEW = 2
    NOTE = 3
    ITEMS = 4


class TransitionGapsModel(QAbstractTableModel):
    """Read-only rows of transition gaps in ``lang`` ("zh" or "en")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TransitionGap] = []
        self._lang = "en"

    def set_gaps(self, gaps: Sequence[TransitionGap], lang: str) -> None:
        """Show ``gaps`` (replaces every row)."""
        self.beginResetModel()
        self._rows = list(gaps)
        self._lang = lang
        self.endResetModel()

    def gap_at(self, row: int) -> TransitionGap | None:
        """The gap of ``row``, or None when out of range."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_language(self, lang: str) -> None:
        """Show labels, notes and item titles in ``lang``."""
        self._lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        """Re-read translated headers and texts after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(GapColumn) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(GapColumn) - 1))

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of changes (0 below any row: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Change, old clause, new clause, note, items."""
        return 0 if parent.isValid() else len(GapColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(GapColumn):
            return None
        return (self.tr("Change"), self.tr("Old clause"), self.tr("New clause"),
                self.tr("What to do"), self.tr("Checklist items of the new edition"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, tooltips, the change kind's colour, ``ChangeRole``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        gap = self._rows[index.row()]
        entry = gap.entry
        column = index.column()
        if role == ChangeRole:
            return entry.change.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == GapColumn.CHANGE:
                return entry.change.label.get(self._lang)
            if column == GapColumn.OLD:
                return entry.from_clause or NO_CLAUSE
            if column == GapColumn.NEW:
                return entry.to_clause or NO_CLAUSE
            if column == GapColumn.NOTE:
                return entry.note.get(self._lang)
            if column == GapColumn.ITEMS:
                lines = [f"{kind_tag(i.kind)} {i.title.get(self._lang)}" for i in gap.items]
                if role == Qt.ItemDataRole.ToolTipRole:
                    lines = [f"{i.clause} {kind_tag(i.kind)} {i.title.get(self._lang)}\n"
                             f"{i.description.get(self._lang)}" for i in gap.items]
                    return "\n\n".join(lines) or None
                return "\n".join(lines) or NO_CLAUSE
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == GapColumn.CHANGE:
            return QBrush(_CHANGE_COLOURS[entry.change])
        if role == Qt.ItemDataRole.FontRole and column == GapColumn.CHANGE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None
