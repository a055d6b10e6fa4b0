"""The base of the read-only record tables, and the small text functions they share.

:class:`RecordTable` is a flat, read-only :class:`QAbstractTableModel` over a
list of rows; a subclass names its columns and says what each cell shows.
Rows are whatever the subclass keeps (a record, or a record with figures);
``RecordIdRole`` gives the id of the record a row shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.ui.shell.formatting import iso_date

#: The record id (int) of a row.
RecordIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent" (never modified)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


def first_line(text: str) -> str:
    """The first non-blank line of ``text`` ("" for blank text)."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def date_range(start: Any, end: Any) -> str:
    """"2026-12-14 – 2026-12-15", one date when both are equal or the end is missing."""
    if start is None:
        return ""
    if end is None or end == start:
        return iso_date(start)
    return f"{iso_date(start)} – {iso_date(end)}"


class RecordTable(QAbstractTableModel):
    """Read-only rows, each showing a record with an ``id``.

    Subclasses set :attr:`columns` and implement ``_headers`` (translated titles),
    ``_cell`` (display text or tooltip) and, for other roles, ``_extra``; a
    subclass whose rows wrap a record overrides ``_record``.
    """

    columns = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._lang = "en"

    def _reset(self, rows: Sequence[Any], lang: str) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._lang = lang
        self.endResetModel()

    def record_at(self, row: int) -> Any:
        """The record shown in ``row``, or None when out of range."""
        return self._record(self._rows[row]) if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int:
        """The row showing record ``record_id``, or -1."""
        for row, entry in enumerate(self._rows):
            if self._record(entry).id == record_id:
                return row
        return -1

    @staticmethod
    def _record(entry: Any) -> Any:
        return entry

    def retranslate(self) -> None:
        """Re-read translated headers and words after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columns - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columns - 1))

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of records (0 below any row: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Number of columns of this table."""
        return 0 if parent.isValid() else self.columns

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        headers = self._headers()
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """Cell texts and tooltips; ``RecordIdRole`` gives the record id."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == RecordIdRole:
            return getattr(self._record(entry), "id", None)
        if role in (_DISPLAY, _TOOLTIP):
            text = self._cell(entry, index.column(), role == _TOOLTIP)
            return None if role == _TOOLTIP and not text else text
        return self._extra(entry, index.column(), role)

    def _headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _cell(self, entry: Any, column: int, tooltip: bool) -> str | None:
        raise NotImplementedError

    def _extra(self, entry: Any, column: int, role: int) -> Any:
        return None
