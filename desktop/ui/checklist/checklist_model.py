"""Tree model of one standard's checklist: clauses, their checklist items and item state.

Rows follow :attr:`desktop.domain.model.Standard.items` (parents via
``CatalogItem.parent``). Columns: clause and title, status, owner, due date,
evidence count. Clause rows show a roll-up "ready/applicable" of every
checklist item below them. The model caches the states it is given; it never
reads the project itself, so painting never touches the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.model import (
    UNOFFICIAL_TITLE_NOTE,
    CatalogItem,
    ItemKind,
    ItemState,
    ItemStatus,
    Standard,
)
from desktop.ui.shell.formatting import iso_date, kind_tag, status_text
from desktop.ui.shell.i18n import arg

ItemIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2

_NO_PARENT = -1
_STATUS_COLOURS = {
    ItemStatus.READY: QColor("#1b7f3b"),
    ItemStatus.IN_PROGRESS: QColor("#a35f00"),
    ItemStatus.NOT_APPLICABLE: QColor("#777777"),
}
_OVERDUE = QColor("#c62828")
_STATUS_BRUSHES = {status: QBrush(colour) for status, colour in _STATUS_COLOURS.items()}
_OVERDUE_BRUSH = QBrush(_OVERDUE)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent" (never modified)

# Painting asks every cell for about seven roles: plain ints compare faster than
# the enum members, and roles the model never answers return at once.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ITEM_ID = int(ItemIdRole)
_STATUS = int(StatusRole)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _FONT, _FOREGROUND, _ALIGNMENT, _ITEM_ID, _STATUS})
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


class Column(IntEnum):
    """The columns of :class:`ChecklistTreeModel`."""

    TITLE = 0
    STATUS = 1
    OWNER = 2
    DUE = 3
    EVIDENCE = 4


_COLUMNS = len(Column)

class ChecklistTreeModel(QAbstractItemModel):
    """A read-only tree over one :class:`Standard` with cached item states.

    Args:
        standard: the standard whose items form the tree.
        lang: "zh" or "en" for titles and status words.
        today: returns today's date (due dates before it are shown as overdue).
    """

    def __init__(self, standard: Standard, lang: str = "en", *,
                 today: Callable[[], dt.date] = dt.date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self.standard = standard
        self._lang = lang
        self._today = today
        self._items: list[CatalogItem] = list(standard.items)
        self._number = {item.id: n for n, item in enumerate(self._items)}
        self._parent: list[int] = []
        self._children: dict[int, list[int]] = {_NO_PARENT: []}
        for n, item in enumerate(self._items):
            p = self._number.get(item.parent or "", _NO_PARENT)
            self._parent.append(p)
            self._children.setdefault(p, []).append(n)
            self._children.setdefault(n, [])
        self._row = {n: row for kids in self._children.values() for row, n in enumerate(kids)}
        self._leaves: dict[int, list[int]] = {}
        for n, item in enumerate(self._items):
            if item.kind.is_checklist:
                a = self._parent[n]
                while a != _NO_PARENT:
                    self._leaves.setdefault(a, []).append(n)
                    a = self._parent[a]
        self._states: dict[str, ItemState] = {}
        self._evidence: dict[str, int] = {}
        self._fonts: dict[tuple[bool, bool], QFont] = {}
        self._parent_index: dict[int, QModelIndex] = {}  # parent() answers, made once

    # -- feeding -------------------------------------------------------------

    def set_states(self, states: Mapping[str, ItemState], evidence: Mapping[str, int]) -> None:
        """Replace every cached state and evidence count (after opening a project)."""
        self._states = dict(states)
        self._evidence = dict(evidence)
        self._all_changed()

    def update_items(self, states: Mapping[str, ItemState], evidence: Mapping[str, int]) -> None:
        """Refresh only these items (and the roll-ups of their clauses)."""
        touched: set[int] = set()
        for item_id, state in states.items():
            if item_id in self._number:
                self._states[item_id] = state
                touched.add(self._number[item_id])
        for item_id, count in evidence.items():
            if item_id in self._number:
                self._evidence[item_id] = count
                touched.add(self._number[item_id])
        last = len(Column) - 1
        rollups: set[int] = set()
        for n in touched:
            index = self.createIndex(self._row[n], 0, n)
            self.dataChanged.emit(index, index.siblingAtColumn(last))
            a = self._parent[n]
            while a != _NO_PARENT:
                rollups.add(a)
                a = self._parent[a]
        for a in rollups:
            index = self.createIndex(self._row[a], Column.STATUS, a)
            self.dataChanged.emit(index, index)

    def set_language(self, lang: str) -> None:
        """Show titles and status words in ``lang`` ("zh" or "en")."""
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self._all_changed()

    def retranslate(self) -> None:
        """Re-read the translated header and tags after a UI language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self._all_changed()

    def _all_changed(self) -> None:
        for kids in self._children.values():
            if kids:
                first = self.createIndex(0, 0, kids[0])
                last = self.createIndex(len(kids) - 1, len(Column) - 1, kids[-1])
                self.dataChanged.emit(first, last)

    # -- lookups -------------------------------------------------------------

    def item_ids(self) -> Iterable[str]:
        """Ids of every checklist item of the standard (no clauses)."""
        return (i.id for i in self._items if i.kind.is_checklist)

    def index_for(self, item_id: str, column: int = 0) -> QModelIndex:
        """The index of ``item_id``, or an invalid index when it is not in this tree."""
        n = self._number.get(item_id)
        if n is None:
            return QModelIndex()
        return self.createIndex(self._row[n], column, n)

    def item_at(self, index: Index) -> CatalogItem | None:
        """The catalog entry of a row, or None for an invalid index."""
        return self._items[index.internalId()] if index.isValid() else None

    def state(self, item_id: str) -> ItemState:
        """The cached state of ``item_id`` (not started when none is recorded)."""
        return self._states.get(item_id) or ItemState(item_id)

    def rollup(self, clause_id: str) -> tuple[int, int]:
        """(ready, applicable) over every checklist item below ``clause_id``."""
        ready = applicable = 0
        for n in self._leaves.get(self._number[clause_id], []):
            status = self.state(self._items[n].id).status
            if status is ItemStatus.NOT_APPLICABLE:
                continue
            applicable += 1
            ready += status is ItemStatus.READY
        return ready, applicable

    def display_texts(self, column: int) -> set[str]:
        """Every display text of ``column`` over the whole tree, expanded or not (what
        :class:`~desktop.ui.checklist.tree_columns.ColumnFitter` measures), read
        without making an index per cell."""
        found: set[str] = set()
        for item in self._items:
            if item.kind is ItemKind.CLAUSE:
                text = self._clause_data(item, column, _DISPLAY)
            else:
                text = self._item_data(item, column, _DISPLAY)
            if text:
                found.add(str(text))
        return found

    # -- QAbstractItemModel --------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        """Child ``row``/``column`` of ``parent``."""
        if parent.isValid():  # asked hundreds of times per paint: each Qt call counts
            if parent.column() != 0:
                return QModelIndex()
            kids = self._children[parent.internalId()]
        else:
            kids = self._children[_NO_PARENT]
        if column < 0 or column >= _COLUMNS or row < 0 or row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        """The clause row above ``index`` (invalid for top-level clauses)."""
        if not index.isValid():
            return QModelIndex()
        p = self._parent[index.internalId()]
        if p == _NO_PARENT:
            return QModelIndex()
        found = self._parent_index.get(p)
        if found is None:  # the rows never move (a new project builds a new model)
            found = self._parent_index[p] = self.createIndex(self._row[p], 0, p)
        return found

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Children of a clause (column 0 only)."""
        if parent.isValid():
            return 0 if parent.column() != 0 else len(self._children[parent.internalId()])
        return len(self._children[_NO_PARENT])

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Always the five :class:`Column` values."""
        return _COLUMNS

    # flags(): the base class's answer (enabled and selectable, nothing for the invalid
    # index) is what the tree needs; answered in C++, without a Python call per cell painted.
    # Never editable here: the item panel edits.

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        titles = (self.tr("Clause / checklist item"), self.tr("Status"), self.tr("Owner"),
                  self.tr("Due date"), self.tr("Evidence"))
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltips, colours and the item id (``ItemIdRole``) of a cell."""
        if role not in _ANSWERED or not index.isValid():
            return None
        item = self._items[index.internalId()]
        if role == _ITEM_ID:
            return item.id
        if item.kind is ItemKind.CLAUSE:
            return self._clause_data(item, index.column(), role)
        return self._item_data(item, index.column(), role)

    def _clause_data(self, item: CatalogItem, column: int, role: int) -> Any:
        if role == _DISPLAY:
            if column == Column.TITLE:  # our own labels of untitled clauses in [brackets]
                return f"{item.clause} {item.shown_title.get(self._lang)}"
            if column == Column.STATUS:
                ready, applicable = self.rollup(item.id)
                return f"{ready}/{applicable}" if applicable else "–"
            return None
        if role == _TOOLTIP and column in (Column.TITLE, Column.STATUS):
            if column == Column.STATUS:
                ready, applicable = self.rollup(item.id)
                return arg(self.tr("%1 of %2 applicable items ready"), ready, applicable)
            title = f"{item.clause} {item.shown_title.get(self._lang)}"
            note = "" if item.title_official else (
                f"\n\n{UNOFFICIAL_TITLE_NOTE.get(self._lang)}")
            return f"{title}\n\n{item.description.get(self._lang)}{note}"
        if role == _FONT and item.parent is None:
            return self._font(bold=True)
        if role == _FONT and not item.title_official:
            return self._font(italic=True)
        return None

    def _font(self, *, bold: bool = False, italic: bool = False) -> QFont:
        """The view's font made bold or italic (made once, then shared)."""
        key = (bold, italic)
        if key not in self._fonts:
            font = QFont()
            font.setBold(bold)
            font.setItalic(italic)
            self._fonts[key] = font
        return self._fonts[key]

    def _item_data(self, item: CatalogItem, column: int, role: int) -> Any:
        if role == _DISPLAY:
            if column == Column.TITLE:
                return f"{kind_tag(item.kind)} {item.title.get(self._lang)}"
            if column == Column.EVIDENCE:
                return str(self._evidence.get(item.id, 0))
            state = self.state(item.id)
            if column == Column.STATUS:
                return status_text(state.status, self._lang)
            if column == Column.OWNER:
                return state.owner
            if column == Column.DUE:
                return iso_date(state.due_date)
            return None
        if role == _STATUS:
            return self.state(item.id).status.value
        if role == _TOOLTIP and column == Column.TITLE:
            return f"{item.title.get(self._lang)}\n\n{item.description.get(self._lang)}"
        if role == _TOOLTIP and column == Column.DUE and self._overdue(self.state(item.id)):
            return self.tr("Overdue")
        if role == _FOREGROUND and column in (Column.STATUS, Column.DUE):
            state = self.state(item.id)
            if column == Column.STATUS and state.status in _STATUS_COLOURS:
                return _STATUS_BRUSHES[state.status]
            if column == Column.DUE and self._overdue(state):
                return _OVERDUE_BRUSH
        if role == _ALIGNMENT and column == Column.EVIDENCE:
            return _CENTRE
        return None

    def _overdue(self, state: ItemState) -> bool:
        return (state.due_date is not None and state.due_date < self._today()
                and state.status in (ItemStatus.NOT_STARTED, ItemStatus.IN_PROGRESS))
