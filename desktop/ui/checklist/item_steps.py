"""Next and previous checklist item of a tree, in reading order (Alt+Down / Alt+Up).

Clause headings and the integrated view's group rows are passed over: a step
lands only on rows that carry a status (``StatusRole``), that is checklist
items of a standard's tree and shared or own items of the integrated tree.
Collapsed branches are searched too, so a step never skips an item because
its clause was folded.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex
from PySide6.QtWidgets import QTreeView

from desktop.ui.checklist.checklist_model import StatusRole


def _rows(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[QModelIndex]:
    """Every row under ``parent`` (column 0), depth first, in reading order."""
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _rows(model, index)


def adjacent_item(model: QAbstractItemModel, current: QModelIndex, step: int) -> QModelIndex:
    """The checklist row ``step`` (+1 next, -1 previous) from ``current`` (column 0
    indexes of ``model``); an invalid index when there is none in that direction.

    From no current row, +1 gives the first checklist row and -1 the last.
    """
    rows = [i for i in _rows(model, QModelIndex()) if model.data(i, StatusRole) is not None]
    if not rows:
        return QModelIndex()
    every = list(_rows(model, QModelIndex()))
    here = current.siblingAtColumn(0) if current.isValid() else QModelIndex()
    if not here.isValid() or here not in every:
        return rows[0] if step > 0 else rows[-1]
    position = every.index(here)
    order = every[position + 1:] if step > 0 else reversed(every[:position])
    return next((i for i in order if model.data(i, StatusRole) is not None), QModelIndex())


def step_item(view: QTreeView, step: int) -> bool:
    """Select the checklist row ``step`` away from the current row of ``view``
    (expanding its clause and scrolling to it); False when there is none."""
    model = view.model()
    target = adjacent_item(model, view.currentIndex(), step)
    if not target.isValid():
        return False
    parent = target.parent()
    while parent.isValid():
        view.expand(parent)
        parent = parent.parent()
    view.setCurrentIndex(target)
    view.scrollTo(target)
    return True
