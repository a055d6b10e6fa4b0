"""Table model of evidence files: name, size, type, when added.

Rows are :class:`desktop.domain.model.Evidence` values handed in by the
panel (the evidence of one checklist item); the model never reads the project.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.model import Evidence
from desktop.ui.formatting import human_size, local_datetime
from desktop.ui.i18n import arg

EvidenceIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent" (never modified)


class EvidenceColumn(IntEnum):
    """The columns of :class:`EvidenceTableModel`."""

    NAME = 0
    SIZE = 1
    TYPE = 2
    ADDED = 3


class EvidenceTableModel(QAbstractTableModel):
    """Read-only rows of evidence files; ``EvidenceIdRole`` gives the evidence id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Evidence] = []

    def set_rows(self, rows: Sequence[Evidence]) -> None:
        """Show ``rows`` (replaces the whole list)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def evidence_at(self, row: int) -> Evidence | None:
        """The evidence of ``row``, or None when out of range."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, evidence_id: int) -> int:
        """The row showing ``evidence_id``, or -1."""
        for row, evidence in enumerate(self._rows):
            if evidence.id == evidence_id:
                return row
        return -1

    def retranslate(self) -> None:
        """Re-read translated headers after a UI language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(EvidenceColumn) - 1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of evidence files (0 below any row: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Name, size, type, added."""
        return 0 if parent.isValid() else len(EvidenceColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(EvidenceColumn):
            return None
        return (self.tr("Name"), self.tr("Size"), self.tr("Type"), self.tr("Added"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, the full size and item count as tooltips, the id under EvidenceIdRole."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        evidence = self._rows[index.row()]
        column = index.column()
        if role == EvidenceIdRole:
            return evidence.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == EvidenceColumn.NAME:
                return evidence.name
            if column == EvidenceColumn.SIZE:
                return human_size(evidence.size)
            if column == EvidenceColumn.TYPE:
                return evidence.media_type
            if column == EvidenceColumn.ADDED:
                return local_datetime(evidence.added_at)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == EvidenceColumn.SIZE:
                return arg(self.tr("%1 bytes"), f"{evidence.size:,}")
            if column == EvidenceColumn.NAME:
                used = self.tr("%1 — used by %n checklist item(s)", "", len(evidence.item_ids))
                return arg(used, evidence.name)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == EvidenceColumn.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
