"""Tree model of the integrated (三体系) view.

:class:`IntegratedTreeModel` shows the groups of
:func:`desktop.services.integrated.integrated_view`: a row per top-level
clause (4 … 10), below it the shared requirements of the project's standards,
then one row per standard with the items no shared requirement covers.
Columns: title, status (the targets' common status, or "Mixed"), owner, due
date, evidence files (distinct files over all targets) and the standards an
entry serves ("9001 · 14001 · 45001").

The model caches the states it is given and never reads the project, so
painting never touches the database. Like
:class:`~desktop.ui.checklist.checklist_model.ChecklistTreeModel` it is a
``QStandardItemModel`` whose cells hold every shown value, worked out when
states or the language change, so painting never calls into Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem

from desktop.domain.integrated import IntegratedGroup, IntegratedItem
from desktop.domain.model import CatalogItem, ItemState, ItemStatus, Standard
from desktop.ui.checklist.checklist_model import ItemIdRole, PreparedTreeModel, StatusRole, put
from desktop.ui.shell.formatting import iso_date, kind_tag, status_text
from desktop.ui.shell.i18n import arg

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = -1
_NODE_ROLE = Qt.ItemDataRole.UserRole + 20  # column 0: the row's node number
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

STATUS_COLOURS = {
    ItemStatus.READY: QColor("#1b7f3b"),
    ItemStatus.IN_PROGRESS: QColor("#a35f00"),
    ItemStatus.NOT_APPLICABLE: QColor("#777777"),
}
_MIXED_COLOUR = QColor("#6a1b9a")
_OVERDUE = QColor("#c62828")
_HEADER_COLOUR = QColor("#37474f")
MIXED_SYMBOL = "≠"

#: The value of ``StatusRole`` for a shared item whose targets differ.
MIXED = "mixed"


def short_code(standard: Standard) -> str:
    """The number of a standard's code, e.g. ``"14001"`` for ISO 14001."""
    return standard.code.split()[-1] if standard.code.split() else standard.id


class IntegratedColumn(IntEnum):
    """The columns of :class:`IntegratedTreeModel`."""

    TITLE = 0
    STATUS = 1
    OWNER = 2
    DUE = 3
    EVIDENCE = 4
    STANDARDS = 5


class NodeKind(Enum):
    """What a row of the integrated tree is."""

    GROUP = "group"  # a top-level clause, 4 … 10
    SHARED = "shared"  # a shared requirement (one item for several standards)
    STANDARD = "standard"  # the heading of one standard's own items in a group
    ITEM = "item"  # a checklist item of one standard that nothing shares


@dataclass(slots=True)
class _Node:
    kind: NodeKind
    parent: int
    row: int
    group: IntegratedGroup
    shared: IntegratedItem | None = None
    standard: Standard | None = None
    item: CatalogItem | None = None
    children: list[int] = field(default_factory=list)

    def targets(self) -> tuple[CatalogItem, ...]:
        """The checklist items this row stands for (none for headings)."""
        if self.shared is not None:
            return self.shared.targets
        return (self.item,) if self.item is not None else ()


class IntegratedTreeModel(PreparedTreeModel):
    """A read-only tree over the integrated view of a project, with cached states.

    Column 0 of a row holds its entry id (``ItemIdRole``: a shared requirement
    id, an item id, "" for headings) and, for entries, the status value
    (``StatusRole``, :data:`MIXED` when the targets differ).

    Args:
        groups: from :func:`desktop.services.integrated.integrated_view`.
        standards: the project's standards (for the standards column), in order.
        lang: "zh" or "en" for titles and status words.
        states, evidence: the first item states and evidence ids per item, as
            for :meth:`set_states` (none: nothing started, no evidence).
        today: returns today's date (due dates before it are shown as overdue,
            as of the last time the states or the language were set).
        filled: False leaves the shown values (all but the ids) to the first
            :meth:`fill`, e.g. until the tree is first shown.
    """

    def __init__(self, groups: Sequence[IntegratedGroup], standards: Sequence[Standard],
                 lang: str = "en", *, states: Mapping[str, ItemState] | None = None,
                 evidence: Mapping[str, Collection[int]] | None = None,
                 today: Callable[[], dt.date] = dt.date.today, filled: bool = True,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._today = today
        self._standards = {s.id: s for s in standards}
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._by_id: dict[str, int] = {}
        self._by_target: dict[str, list[int]] = {}
        for group in groups:
            g = self._add(_Node(NodeKind.GROUP, _NO_PARENT, len(self._top), group))
            self._top.append(g)
            for shared in group.shared:
                self._add(_Node(NodeKind.SHARED, g, 0, group, shared=shared), shared.id)
            for standard, items in group.specific:
                s = self._add(_Node(NodeKind.STANDARD, g, 0, group, standard=standard))
                for item in items:
                    self._add(_Node(NodeKind.ITEM, s, 0, group, standard=standard, item=item),
                              item.id)
        self._states: dict[str, ItemState] = dict(states or {})
        self._evidence = {k: frozenset(v) for k, v in (evidence or {}).items()}
        self._pending = not filled  # the values wait for fill()
        self.setColumnCount(len(IntegratedColumn))
        self._cells = [self._make_row(n) for n in range(len(self._nodes))]
        for node, cells in zip(self._nodes, self._cells, strict=True):
            for kid in node.children:  # children join their parent before it joins the model
                cells[0].appendRow(self._cells[kid])
        for g in self._top:
            self.invisibleRootItem().appendRow(self._cells[g])
        self._set_header()
        self._show_all()

    def _make_row(self, n: int) -> list[QStandardItem]:
        """The row's cells with what never changes: flags, fonts, colours, alignment, ids."""
        node = self._nodes[n]
        heading = node.kind in (NodeKind.GROUP, NodeKind.STANDARD)
        row = []
        for _column in IntegratedColumn:
            cell = QStandardItem()
            cell.setFlags(_ROW_FLAGS)
            if node.kind is NodeKind.STANDARD:
                cell.setData(QBrush(_HEADER_COLOUR), _FOREGROUND)
            row.append(cell)
        row[0].setData(n, _NODE_ROLE)
        row[0].setData(self._entry_id(node), ItemIdRole)
        if heading:
            font = QFont()
            font.setBold(node.kind is NodeKind.GROUP)
            font.setItalic(node.kind is NodeKind.STANDARD)
            row[IntegratedColumn.TITLE].setData(font, Qt.ItemDataRole.FontRole)
        else:
            row[IntegratedColumn.EVIDENCE].setData(int(Qt.AlignmentFlag.AlignCenter),
                                                   Qt.ItemDataRole.TextAlignmentRole)
        return row

    def _set_header(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("Requirement"), self.tr("Status"), self.tr("Owner"),
            self.tr("Due date"), self.tr("Evidence"), self.tr("Standards")])

    def _add(self, node: _Node, entry_id: str = "") -> int:
        n = len(self._nodes)
        if node.parent != _NO_PARENT:
            siblings = self._nodes[node.parent].children
            node.row = len(siblings)
            siblings.append(n)
        self._nodes.append(node)
        if entry_id:
            self._by_id[entry_id] = n
        for target in node.targets():
            self._by_target.setdefault(target.id, []).append(n)
        return n

    # -- feeding -------------------------------------------------------------

    def set_states(self, states: Mapping[str, ItemState],
                   evidence: Mapping[str, Collection[int]]) -> None:
        """Replace every cached state and the evidence ids of each item."""
        self._states = dict(states)
        self._evidence = {k: frozenset(v) for k, v in evidence.items()}
        self._show_all()

    def update_items(self, states: Mapping[str, ItemState],
                     evidence: Mapping[str, Collection[int]]) -> None:
        """Refresh the rows standing for these items (and their headings' roll-ups)."""
        self._states.update(states)
        self._evidence.update({k: frozenset(v) for k, v in evidence.items()})
        if self._pending:
            return
        touched = {n for item_id in (*states, *evidence) for n in self._by_target.get(item_id, ())}
        headings: set[int] = set()
        for n in touched:
            self._show(n)
            p = self._nodes[n].parent
            while p != _NO_PARENT:
                headings.add(p)
                p = self._nodes[p].parent
        for p in headings:
            self._show(p)

    def set_language(self, lang: str) -> None:
        """Show titles and status words in ``lang`` ("zh" or "en")."""
        self._lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        """Re-read the translated header and words after a UI language switch."""
        self._set_header()
        self._show_all()

    def _sibling_groups(self) -> Iterable[Sequence[int]]:
        return [self._top] + [node.children for node in self._nodes]

    def _show(self, n: int) -> None:
        """Set the changing values of row ``n`` (texts, tooltips, colours, status)."""
        node, cells = self._nodes[n], self._cells[n]
        if node.kind in (NodeKind.GROUP, NodeKind.STANDARD):
            rollup = self._rollup(n)
            for column in IntegratedColumn:
                put(cells[column], self._heading_text(node, column, rollup), _DISPLAY)
                put(cells[column], self._heading_tooltip(node, column, rollup), _TOOLTIP)
            return
        states = [self.state(t.id) for t in node.targets()]
        status = self._status(node)
        for column in IntegratedColumn:
            put(cells[column], self._entry_text(node, column, states, status), _DISPLAY)
            put(cells[column], self._entry_tooltip(node, column, states), _TOOLTIP)
        colour = None if status is None else STATUS_COLOURS.get(status)
        put(cells[IntegratedColumn.STATUS],
            QBrush(_MIXED_COLOUR) if status is None else (QBrush(colour) if colour else None),
            _FOREGROUND)
        put(cells[IntegratedColumn.DUE],
            QBrush(_OVERDUE) if any(self._overdue(s) for s in states) else None, _FOREGROUND)
        put(cells[0], status.value if status is not None else MIXED, StatusRole)

    def _heading_text(self, node: _Node, column: int, rollup: tuple[int, int]) -> str | None:
        if column == IntegratedColumn.TITLE:
            if node.standard is not None:
                return arg(self.tr("%1 specific requirements"), node.standard.label)
            return f"{node.group.clause} {node.group.title.get(self._lang)}"
        if column == IntegratedColumn.STATUS:
            ready, applicable = rollup
            return f"{ready}/{applicable}" if applicable else "–"
        if column == IntegratedColumn.STANDARDS and node.standard is not None:
            return short_code(node.standard)
        return None

    def _heading_tooltip(self, node: _Node, column: int, rollup: tuple[int, int]
                         ) -> str | None:
        if column == IntegratedColumn.STATUS:
            ready, applicable = rollup
            return arg(self.tr("%1 of %2 applicable entries ready"), ready, applicable)
        if column == IntegratedColumn.TITLE and node.standard is not None:
            return arg(self.tr("Requirements of %1 under clause %2 that no other "
                               "standard of the project shares"),
                       node.standard.label, node.group.clause)
        return None

    # -- lookups -------------------------------------------------------------

    def index_for(self, entry_id: str, column: int = 0) -> QModelIndex:
        """The row of a shared requirement id or a standard's own item id (else invalid)."""
        n = self._by_id.get(entry_id)
        if n is None or not 0 <= column < len(IntegratedColumn):
            return QModelIndex()
        return self._cells[n][column].index()

    def kind_at(self, index: Index) -> NodeKind | None:
        """What the row of ``index`` is, or None for an invalid index."""
        return self._nodes[self._number(index)].kind if index.isValid() else None

    def entry_id(self, index: Index) -> str:
        """The shared requirement id or item id of a row; "" for headings."""
        return self._entry_id(self._nodes[self._number(index)]) if index.isValid() else ""

    def _number(self, index: Index) -> int:
        """The node number of the row of ``index`` (a valid index of this model)."""
        return int(index.siblingAtColumn(0).data(_NODE_ROLE))

    @staticmethod
    def _entry_id(node: _Node) -> str:
        if node.shared is not None:
            return node.shared.id
        return node.item.id if node.item is not None else ""

    def shared_ids(self) -> list[str]:
        """Ids of every shared requirement in the tree, in tree order."""
        return [n.shared.id for n in self._nodes if n.shared is not None]

    def state(self, item_id: str) -> ItemState:
        """The cached state of ``item_id`` (not started when none is recorded)."""
        return self._states.get(item_id) or ItemState(item_id)

    def status_of(self, entry_id: str) -> ItemStatus | None:
        """The status of an entry's row: an item's, or a shared item's common status
        (None when its targets differ). Raises KeyError for unknown ids."""
        return self._status(self._nodes[self._by_id[entry_id]])

    def _status(self, node: _Node) -> ItemStatus | None:
        found = {self.state(t.id).status for t in node.targets()}
        return found.pop() if len(found) == 1 else None

    def rollup(self, index: Index) -> tuple[int, int]:
        """(ready, applicable) over the entries below a heading row.

        A shared requirement counts once: ready when every target is ready,
        not applicable when every target is.
        """
        return self._rollup(self._number(index)) if index.isValid() else (0, 0)

    def _rollup(self, n: int) -> tuple[int, int]:
        ready = applicable = 0
        stack = list(self._nodes[n].children)
        while stack:
            node = self._nodes[stack.pop()]
            stack.extend(node.children)
            if node.kind not in (NodeKind.SHARED, NodeKind.ITEM):
                continue
            status = self._status(node)
            if status is ItemStatus.NOT_APPLICABLE:
                continue
            applicable += 1
            ready += status is ItemStatus.READY
        return ready, applicable

    def _entry_text(self, node: _Node, column: int, states: list[ItemState],
                    status: ItemStatus | None) -> str | None:
        if column == IntegratedColumn.TITLE:
            if node.shared is not None:
                kinds = {t.kind for t in node.shared.targets}
                tag = kind_tag(kinds.pop()) + " " if len(kinds) == 1 else ""
                shared = node.shared.shared
                return f"{shared.clause} {tag}{shared.title.get(self._lang)}"
            assert node.item is not None
            return (f"{node.item.clause} {kind_tag(node.item.kind)} "
                    f"{node.item.title.get(self._lang)}")
        if column == IntegratedColumn.STATUS:
            if status is None:
                mixed = self.tr("Mixed")
                return f"{MIXED_SYMBOL} {mixed}"
            return status_text(status, self._lang)
        if column == IntegratedColumn.OWNER:
            return " / ".join(dict.fromkeys(s.owner for s in states if s.owner))
        if column == IntegratedColumn.DUE:
            days = sorted({s.due_date for s in states if s.due_date is not None})
            return iso_date(days[0]) if days else ""
        if column == IntegratedColumn.EVIDENCE:
            files: set[int] = set()
            for target in node.targets():
                files |= self._evidence.get(target.id, frozenset())
            return str(len(files))
        if column == IntegratedColumn.STANDARDS:
            return " · ".join(short_code(self._standard(t)) for t in node.targets())
        return None

    def _entry_tooltip(self, node: _Node, column: int, states: list[ItemState]) -> str | None:
        targets = node.targets()
        if column == IntegratedColumn.TITLE:
            if node.shared is not None:
                shared = node.shared.shared
                return (f"{shared.clause} {shared.title.get(self._lang)}\n\n"
                        f"{shared.description.get(self._lang)}")
            assert node.item is not None
            return f"{node.item.title.get(self._lang)}\n\n{node.item.description.get(self._lang)}"
        if column == IntegratedColumn.STATUS and node.shared is not None:
            return "\n".join(f"{self._standard(t).label} {t.clause}: "
                             f"{status_text(s.status, self._lang)}"
                             for t, s in zip(targets, states, strict=True))
        if column == IntegratedColumn.DUE:
            lines = [self.tr("Overdue")] if any(self._overdue(s) for s in states) else []
            dated = [(t, s) for t, s in zip(targets, states, strict=True) if s.due_date]
            if len({s.due_date for _t, s in dated}) > 1:
                lines.append(self.tr("Earliest of the standards' due dates:"))
                lines += [f"{self._standard(t).label}: {iso_date(s.due_date)}" for t, s in dated]
            return "\n".join(lines) or None
        if column == IntegratedColumn.STANDARDS:
            return "\n".join(f"{self._standard(t).label} {t.clause} "
                             f"{t.title.get(self._lang)}" for t in targets)
        return None

    def _standard(self, item: CatalogItem) -> Standard:
        return self._standards[item.standard_id]

    def _overdue(self, state: ItemState) -> bool:
        return (state.due_date is not None and state.due_date < self._today()
                and state.status in (ItemStatus.NOT_STARTED, ItemStatus.IN_PROGRESS))
