"""Tree model of one standard's checklist: clauses, their checklist items and item state.

Rows follow :attr:`desktop.domain.model.Standard.items` (parents via
``CatalogItem.parent``). Columns: clause and title, status, owner, due date,
evidence count. Clause rows show a roll-up "ready/applicable" of every
checklist item below them. The model caches the states it is given; it never
reads the project itself, so painting never touches the database.

The model is a ``QStandardItemModel`` whose cells hold every role a view asks
for (text, tooltip, font, colour, alignment, the item id and status). The
values are worked out when states arrive, an item changes or the language
changes; painting reads them in Qt's own code without calling into Python,
which makes a tree repaint (every switch to an item out of view, every tab
change) several times cheaper than answering each role in ``data()``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from desktop.domain.model import (
    UNOFFICIAL_TITLE_NOTE,
    CatalogItem,
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

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FONT = Qt.ItemDataRole.FontRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


class Column(IntEnum):
    """The columns of :class:`ChecklistTreeModel`."""

    TITLE = 0
    STATUS = 1
    OWNER = 2
    DUE = 3
    EVIDENCE = 4


_COLUMNS = len(Column)


def put(cell: QStandardItem, value: Any, role: Qt.ItemDataRole | int) -> None:
    """Store ``value`` under ``role``; None removes it.

    Qt leaves an equal value alone without telling the views, but it would
    store "no value" (and tell them) even where there was none.
    """
    if value is not None or cell.data(role) is not None:
        cell.setData(value, role)


class PreparedTreeModel(QStandardItemModel):
    """A tree whose cells hold every value a view asks for, set when something changes.

    Subclasses keep one full row of cells per node in ``_cells`` (by node
    number), a ``_pending`` flag (values left for :meth:`fill`), and give
    :meth:`_show` (set one row's changing values) and :meth:`_sibling_groups`
    (the node numbers of each group of siblings, in row order).
    """

    _cells: list[list[QStandardItem]]
    _pending: bool

    def fill(self) -> None:
        """Work out the shown values now if they were left for later (``filled=False``)."""
        if self._pending:
            self._pending = False
            self._show_all()

    def _show_all(self) -> None:
        """Work out every row's values, then tell the views once per group of siblings."""
        if self._pending:
            return
        blocked = self.blockSignals(True)
        try:
            for n in range(len(self._cells)):
                self._show(n)
        finally:
            self.blockSignals(blocked)
        for kids in self._sibling_groups():
            if kids:
                self.dataChanged.emit(self._cells[kids[0]][0].index(),
                                      self._cells[kids[-1]][-1].index())

    def _show(self, n: int) -> None:
        raise NotImplementedError

    def _sibling_groups(self) -> Iterable[Sequence[int]]:
        raise NotImplementedError


class ChecklistTreeModel(PreparedTreeModel):
    """A read-only tree over one :class:`Standard` with cached item states.

    Column 0 of a row holds the catalog id (``ItemIdRole``, clauses too) and,
    for checklist items, the status value (``StatusRole``, e.g. "ready").

    Args:
        standard: the standard whose items form the tree.
        lang: "zh" or "en" for titles and status words.
        states, evidence: the first item states and evidence counts, as for
            :meth:`set_states` (none: every item not started, no evidence).
        today: returns today's date (due dates before it are shown as overdue,
            as of the last time the states or the language were set).
        filled: False leaves the shown values (all but the ids) to the first
            :meth:`fill`, e.g. until the tree is first shown.
    """

    def __init__(self, standard: Standard, lang: str = "en", *,
                 states: Mapping[str, ItemState] | None = None,
                 evidence: Mapping[str, int] | None = None,
                 today: Callable[[], dt.date] = dt.date.today, filled: bool = True,
                 parent: Any = None) -> None:
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
        self._leaves: dict[int, list[int]] = {}
        for n, item in enumerate(self._items):
            if item.kind.is_checklist:
                a = self._parent[n]
                while a != _NO_PARENT:
                    self._leaves.setdefault(a, []).append(n)
                    a = self._parent[a]
        self._states: dict[str, ItemState] = dict(states or {})
        self._evidence: dict[str, int] = dict(evidence or {})
        self._bold, self._italic = _font(bold=True), _font(italic=True)
        self._pending = not filled  # the values wait for fill()
        self.setColumnCount(_COLUMNS)
        self._cells = [self._make_row(item) for item in self._items]
        self._attach()
        self._set_header()
        self._show_all()

    def _make_row(self, item: CatalogItem) -> list[QStandardItem]:
        """The row's cells with what never changes: flags, fonts, alignment, the id."""
        font = None
        if not item.kind.is_checklist and item.parent is None:
            font = self._bold
        elif not item.kind.is_checklist and not item.title_official:
            font = self._italic
        row = []
        for _column in range(_COLUMNS):
            cell = QStandardItem()
            cell.setFlags(_ROW_FLAGS)
            if font is not None:
                cell.setData(font, _FONT)
            row.append(cell)
        row[0].setData(item.id, ItemIdRole)
        if item.kind.is_checklist:
            row[Column.EVIDENCE].setData(_CENTRE, _ALIGNMENT)
        return row

    def _attach(self) -> None:
        """Put every row under its parent, children before their parents join the model."""
        order: list[int] = []
        todo = list(reversed(self._children[_NO_PARENT]))
        while todo:
            n = todo.pop()
            order.append(n)
            todo.extend(reversed(self._children[n]))
        for n in reversed(order):
            first = self._cells[n][0]
            for kid in self._children[n]:
                first.appendRow(self._cells[kid])
        root = self.invisibleRootItem()
        for n in self._children[_NO_PARENT]:
            root.appendRow(self._cells[n])

    def _set_header(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("Clause / checklist item"), self.tr("Status"), self.tr("Owner"),
            self.tr("Due date"), self.tr("Evidence")])

    # -- feeding -------------------------------------------------------------

    def set_states(self, states: Mapping[str, ItemState], evidence: Mapping[str, int]) -> None:
        """Replace every cached state and evidence count (after opening a project)."""
        self._states = dict(states)
        self._evidence = dict(evidence)
        self._show_all()

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
        if self._pending:
            return
        rollups: set[int] = set()
        for n in touched:
            self._show(n)
            a = self._parent[n]
            while a != _NO_PARENT:
                rollups.add(a)
                a = self._parent[a]
        for a in rollups:
            self._show(a)

    def set_language(self, lang: str) -> None:
        """Show titles and status words in ``lang`` ("zh" or "en")."""
        self._lang = lang
        self._set_header()
        self._show_all()

    def retranslate(self) -> None:
        """Re-read the translated header and tags after a UI language switch."""
        self._set_header()
        self._show_all()

    def _sibling_groups(self) -> Iterable[Sequence[int]]:
        return self._children.values()

    def _show(self, n: int) -> None:
        """Set the changing values of row ``n`` (texts, tooltips, colours, status)."""
        item, cells, lang = self._items[n], self._cells[n], self._lang
        if not item.kind.is_checklist:
            title = f"{item.clause} {item.shown_title.get(lang)}"
            note = "" if item.title_official else f"\n\n{UNOFFICIAL_TITLE_NOTE.get(lang)}"
            put(cells[Column.TITLE], title, _DISPLAY)
            put(cells[Column.TITLE], f"{title}\n\n{item.description.get(lang)}{note}",
                 _TOOLTIP)
            ready, applicable = self.rollup(item.id)
            put(cells[Column.STATUS], f"{ready}/{applicable}" if applicable else "–", _DISPLAY)
            put(cells[Column.STATUS], arg(self.tr("%1 of %2 applicable items ready"),
                                           ready, applicable), _TOOLTIP)
            return
        state = self.state(item.id)
        title = item.title.get(lang)
        put(cells[Column.TITLE], f"{kind_tag(item.kind)} {title}", _DISPLAY)
        put(cells[Column.TITLE], f"{title}\n\n{item.description.get(lang)}", _TOOLTIP)
        put(cells[Column.STATUS], status_text(state.status, lang), _DISPLAY)
        put(cells[Column.STATUS], _STATUS_BRUSHES.get(state.status), _FOREGROUND)
        put(cells[Column.OWNER], state.owner, _DISPLAY)
        overdue = self._overdue(state)
        put(cells[Column.DUE], iso_date(state.due_date), _DISPLAY)
        put(cells[Column.DUE], self.tr("Overdue") if overdue else None, _TOOLTIP)
        put(cells[Column.DUE], _OVERDUE_BRUSH if overdue else None, _FOREGROUND)
        put(cells[Column.EVIDENCE], str(self._evidence.get(item.id, 0)), _DISPLAY)
        put(cells[0], state.status.value, StatusRole)

    def display_texts(self, column: int) -> set[str]:
        """Every display text of ``column`` over the whole tree, expanded or not (what
        :class:`~desktop.ui.checklist.tree_columns.ColumnFitter` measures), read from
        the cells without an index per cell; fills the tree first if it waits."""
        self.fill()
        return {text for cells in self._cells if (text := cells[column].text())}

    # -- lookups -------------------------------------------------------------

    def item_ids(self) -> Iterable[str]:
        """Ids of every checklist item of the standard (no clauses)."""
        return (i.id for i in self._items if i.kind.is_checklist)

    def index_for(self, item_id: str, column: int = 0) -> QModelIndex:
        """The index of ``item_id``, or an invalid index when it is not in this tree."""
        n = self._number.get(item_id)
        if n is None or not 0 <= column < _COLUMNS:
            return QModelIndex()
        return self._cells[n][column].index()

    def item_at(self, index: Index) -> CatalogItem | None:
        """The catalog entry of a row, or None for an invalid index."""
        if not index.isValid():
            return None
        return self._items[self._number[index.data(ItemIdRole)]]

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

    def _overdue(self, state: ItemState) -> bool:
        return (state.due_date is not None and state.due_date < self._today()
                and state.status in (ItemStatus.NOT_STARTED, ItemStatus.IN_PROGRESS))


def _font(*, bold: bool = False, italic: bool = False) -> QFont:
    """The application's font made bold or italic (a clause row's title)."""
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font
