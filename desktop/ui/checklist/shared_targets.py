"""Table model of one shared requirement's targets, each with its standard's own status.

Used by the item panel in shared mode. Rows are catalog items handed in with
the states to show; the model never reads the project. ``ItemIdRole`` gives a
row's catalog item id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop.domain.model import CatalogItem, ItemState, Standard
from desktop.ui.checklist.checklist_model import ItemIdRole, StatusRole
from desktop.ui.checklist.integrated_model import STATUS_COLOURS
from desktop.ui.shell.formatting import kind_tag, status_text

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent" (never modified)


class TargetColumn(IntEnum):
    """The columns of :class:`SharedTargetsModel`."""

    STANDARD = 0
    CLAUSE = 1
    ITEM = 2
    STATUS = 3


class SharedTargetsModel(QAbstractTableModel):
    """The targets of one shared requirement, each with its standard's own status.

    ``ItemIdRole`` gives a row's catalog item id.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._targets: list[CatalogItem] = []
        self._standards: dict[str, Standard] = {}
        self._states: dict[str, ItemState] = {}
        self._lang = "en"

    def set_targets(self, targets: Iterable[CatalogItem], standards: Iterable[Standard],
                    states: Mapping[str, ItemState], lang: str) -> None:
        """Show ``targets`` (replaces every row)."""
        self.beginResetModel()
        self._targets = list(targets)
        self._standards = {s.id: s for s in standards}
        self._states = dict(states)
        self._lang = lang
        self.endResetModel()

    def update_states(self, states: Mapping[str, ItemState]) -> None:
        """Refresh the status of the rows whose item is in ``states``."""
        for row, target in enumerate(self._targets):
            if target.id in states:
                self._states[target.id] = states[target.id]
                left = self.index(row, 0)
                self.dataChanged.emit(left, left.siblingAtColumn(len(TargetColumn) - 1))

    def set_language(self, lang: str) -> None:
        """Show titles and status words in ``lang``."""
        self._lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        """Re-read translated headers and words after a UI language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(TargetColumn) - 1)
        if self._targets:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._targets) - 1, len(TargetColumn) - 1))

    def target_at(self, row: int) -> CatalogItem | None:
        """The catalog item of ``row``, or None when out of range."""
        return self._targets[row] if 0 <= row < len(self._targets) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of targets (0 below any row: this is a flat table)."""
        return 0 if parent.isValid() else len(self._targets)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Standard, clause, item, status."""
        return 0 if parent.isValid() else len(TargetColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(TargetColumn):
            return None
        return (self.tr("Standard"), self.tr("Clause"), self.tr("Checklist item"),
                self.tr("Own status"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, the description as tooltip, status colours, ``ItemIdRole``."""
        if not index.isValid() or not 0 <= index.row() < len(self._targets):
            return None
        target = self._targets[index.row()]
        state = self._states.get(target.id) or ItemState(target.id)
        column = index.column()
        if role == ItemIdRole:
            return target.id
        if role == StatusRole:
            return state.status.value
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TargetColumn.STANDARD:
                standard = self._standards.get(target.standard_id)
                return standard.label if standard else target.standard_id
            if column == TargetColumn.CLAUSE:
                return target.clause
            if column == TargetColumn.ITEM:
                return f"{kind_tag(target.kind)} {target.title.get(self._lang)}"
            if column == TargetColumn.STATUS:
                return status_text(state.status, self._lang)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == TargetColumn.ITEM:
            return f"{target.title.get(self._lang)}\n\n{target.description.get(self._lang)}"
        if (role == Qt.ItemDataRole.ForegroundRole and column == TargetColumn.STATUS
                and state.status in STATUS_COLOURS):
            return QBrush(STATUS_COLOURS[state.status])
        return None
