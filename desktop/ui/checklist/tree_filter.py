"""Show only the matches of find and filter in a clause tree, and step through them.

Rows are hidden in the view (``QTreeView.setRowHidden``) rather than through
a proxy model, so every index the rest of the window holds stays valid. A
row stays visible when it matches, when a match lies below it (it is then
expanded, so "7.1.5" shows 7.1.5 even when 7.1 was collapsed) or when a row
above it matches (a matching clause keeps its items, collapsed).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QTreeView

from desktop.ui.checklist.checklist_model import ItemIdRole


@dataclass
class TreeMatches:
    """The visible rows of a filtered tree in tree order, and which of them match.

    Attributes:
        rows: every visible row (column 0), top to bottom as if all were expanded.
        matching: for each of ``rows``, True when the row itself matches.
    """

    rows: list[QPersistentModelIndex] = field(default_factory=list)
    matching: list[bool] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Number of matching rows."""
        return sum(self.matching)

    def step(self, current: QModelIndex, forward: bool = True) -> QModelIndex:
        """The next (or previous) match after ``current``, wrapping around.

        Invalid when nothing matches. From no row (or a hidden one) the first
        match is next and the last is previous.
        """
        hits = [n for n, hit in enumerate(self.matching) if hit]
        if not hits:
            return QModelIndex()
        row = current.siblingAtColumn(0) if current.isValid() else QModelIndex()
        where = next((n for n, r in enumerate(self.rows) if r == row), None)
        if where is None:
            pick = hits[0] if forward else hits[-1]
        elif forward:
            pick = next((n for n in hits if n > where), hits[0])
        else:
            pick = next((n for n in reversed(hits) if n < where), hits[-1])
        return QModelIndex(self.rows[pick])


def filter_tree(view: QTreeView, matches: Collection[str],
                keep: Collection[str] = ()) -> TreeMatches:
    """Hide the rows of ``view`` that neither match nor lead to a match; expand to matches.

    ``matches`` holds entry ids (``ItemIdRole``); heading rows without an id
    match nothing themselves. Rows of ``keep`` stay visible without counting
    as matches (the row being edited, which an edit may take out of the filter).
    """
    model = view.model()
    found = TreeMatches()

    def visit(parent: QModelIndex, inherited: bool) -> bool:
        below_any = False
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            entry = model.data(index, ItemIdRole) or ""
            own = entry in matches
            position = len(found.rows)
            found.rows.append(QPersistentModelIndex(index))
            found.matching.append(own)
            below = visit(index, inherited or own)
            visible = own or below or inherited or entry in keep
            view.setRowHidden(row, parent, not visible)
            if not visible:
                del found.rows[position:]
                del found.matching[position:]
            if below:
                view.expand(index)
            below_any = below_any or own or below or entry in keep
        return below_any

    visit(QModelIndex(), False)
    return found


def show_all(view: QTreeView) -> None:
    """Show every row of ``view`` again (expansion is kept)."""
    model = view.model()

    def visit(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            view.setRowHidden(row, parent, False)
            visit(model.index(row, 0, parent))

    visit(QModelIndex())
