"""Next and previous checklist item of a tree, in reading order (Alt+Down / Alt+Up).

Clause headings and the integrated view's group rows are passed over: a step
lands only on rows that carry a status (``StatusRole``), that is checklist
items of a standard's tree and shared or own items of the integrated tree.
Collapsed branches are searched too, so a step never skips an item because
its clause was folded. :func:`tab_moved_on` is the item panel's Tab step out of
the due date and the notes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
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


def tab_moved_on(panel: Any, watched: QObject, event: QEvent) -> bool:
    """Handle Tab in the item panel; True when focus was moved (the event is consumed).

    Tab leaves the due date in one press (arrow keys move between its parts),
    and Tab in the notes brings the Evidence tab forward with its list focused.
    ``panel`` is the :class:`~desktop.ui.checklist.item_panel.ItemPanel`.
    """
    if not (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
        return False
    if watched is panel.due:
        return bool(panel.focusNextPrevChild(event.key() == Qt.Key.Key_Tab))
    if watched is panel.notes and event.key() == Qt.Key.Key_Tab and not panel.tabs.isHidden():
        panel.tabs.setCurrentIndex(1)
        panel.evidence.table.setFocus(Qt.FocusReason.TabFocusReason)
        return True
    return False
