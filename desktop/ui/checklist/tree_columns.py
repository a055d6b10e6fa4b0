"""Column widths of the checklist trees: the title takes the room, the others fit their text.

The title column stretches over whatever the other columns leave. Status,
owner, due date, evidence count (and, in the integrated view, the standards)
are as wide as their longest text in the whole tree, expanded or not, so the
widths do not jump as clauses are opened, and owners are never cut. They are
fitted again when the shown texts change (an owner typed, another language).
A tree that is not on screen (another tab) is fitted when it is next shown,
before it is painted, so that opening a project measures only the tree in front.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTreeView

PADDING = 20
"""Pixels added to a column's longest text: the cell margins and a little air."""

MAX_WIDTH = 280
"""No fitted column is wider than this (a longer owner is cut with "…")."""


def _texts(model: QAbstractItemModel, column: int) -> set[str]:
    """Every display text of ``column`` in the whole tree (from the model's own
    ``display_texts(column)`` when it has one: the checklist trees do)."""
    display_texts = getattr(model, "display_texts", None)
    if display_texts is not None:
        return set(display_texts(column))
    found: set[str] = set()
    todo = [QModelIndex()]
    while todo:
        parent = todo.pop()
        for row in range(model.rowCount(parent)):
            value = model.data(model.index(row, column, parent), Qt.ItemDataRole.DisplayRole)
            if value:
                found.add(str(value))
            first = model.index(row, 0, parent)
            if model.hasChildren(first):
                todo.append(first)
    return found


class ColumnFitter(QObject):
    """Keeps the columns of one checklist tree sized (see the module docstring).

    Args:
        view: the tree; its model's column 0 is the title, the others are fitted.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._stale = True
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._fit_if_shown)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        model = view.model()
        for signal in (model.dataChanged, model.modelReset, model.layoutChanged,
                       model.headerDataChanged):
            signal.connect(self._later)
        view.installEventFilter(self)
        self._fit_if_shown()

    def _later(self, *_args: object) -> None:
        self._stale = True
        self._timer.start()

    def _fit_if_shown(self) -> None:
        if self._stale and self._view.isVisible():
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit a tree whose texts changed while it was hidden as it is shown."""
        if watched is self._view and event.type() == QEvent.Type.Show:
            self._fit_if_shown()
        return False

    def fit(self) -> None:
        """Size every column but the title to its longest text (header included)."""
        self._stale = False
        view, model = self._view, self._view.model()
        header = view.header()
        metrics = view.fontMetrics()
        header_metrics = header.fontMetrics()
        for column in range(1, model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal,
                                     Qt.ItemDataRole.DisplayRole)
            widest = header_metrics.horizontalAdvance(str(title or ""))
            for text in _texts(model, column):
                widest = max(widest, metrics.horizontalAdvance(text))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, min(widest + PADDING, MAX_WIDTH))
