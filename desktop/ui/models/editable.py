"""An editable table of plain values, for the small lists inside editors
(an audit's team, the audit-time adjustment factors)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent" (never modified)
_DISPLAY = Qt.ItemDataRole.DisplayRole


class EditableRowsModel(QAbstractTableModel):
    """An editable list of rows of plain values (text or numbers), for editors' small tables.

    Args:
        headers: returns the translated column titles (called on every header request).
        defaults: one value per column for a new row; a column's type is that of
            its default (``str`` or ``float``), and edits are converted to it.
    """

    def __init__(self, headers: Callable[[], tuple[str, ...]], defaults: tuple[Any, ...],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._defaults = defaults
        self._rows: list[list[Any]] = []

    def set_values(self, rows: Sequence[Sequence[Any]]) -> None:
        """Replace every row with ``rows`` (each as long as ``defaults``)."""
        self.beginResetModel()
        self._rows = [[type(d)(v) for d, v in zip(self._defaults, row, strict=True)]
                      for row in rows]
        self.endResetModel()

    def values(self) -> list[tuple[Any, ...]]:
        """Every row as a tuple, in order."""
        return [tuple(row) for row in self._rows]

    def add_row(self, values: Sequence[Any] | None = None) -> int:
        """Append a row (``defaults`` when no values are given); return its row number."""
        row = len(self._rows)
        self.beginInsertRows(_ROOT, row, row)
        self._rows.append([type(d)(v) for d, v in
                           zip(self._defaults, values or self._defaults, strict=True)])
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> bool:
        """Remove ``row``; False when out of range."""
        if not 0 <= row < len(self._rows):
            return False
        self.beginRemoveRows(_ROOT, row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True

    def retranslate(self) -> None:
        """Re-read translated headers after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._defaults) - 1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of rows (0 below any row: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """One column per default value."""
        return 0 if parent.isValid() else len(self._defaults)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        """The titles given by ``headers``."""
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        headers = self._headers()
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """The value (display and edit); numbers shown without a trailing ".0"."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == _DISPLAY:
            return f"{value:g}" if isinstance(value, float) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store an edit converted to the column's type; False when it does not convert."""
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or not 0 <= index.row() < len(self._rows)):
            return False
        kind = type(self._defaults[index.column()])
        try:
            converted = kind(value.strip() if isinstance(value, str) and kind is str
                             else value)
        except (TypeError, ValueError):
            return False
        self._rows[index.row()][index.column()] = converted
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True

