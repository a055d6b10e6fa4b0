"""Table model of the action plan: title, source, owner, due date, status, root cause,
effectiveness; and the proxy that hides closed actions and sorts.

Rows are :class:`desktop.domain.records.Action` values handed in by the panel
(from the assessment); the model never reads the project. An action that is
not closed and whose due date is before "today" is overdue
(:meth:`Action.is_overdue`): its status cell says "⚠ Overdue" before the
status word, the row is bold and gets a warm background, so it reads without
colour too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.records import Action, ActionStatus
from desktop.ui.shell.formatting import iso_date

ActionIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent" (never modified)

OVERDUE_SYMBOL = "⚠"
OVERDUE_BACKGROUND = QColor(255, 224, 204)  # warm orange; the marker and bold carry the meaning
OVERDUE_FOREGROUND = QColor(90, 30, 0)  # dark text stays readable on the warm background

STATUS_SYMBOLS = {
    ActionStatus.OPEN: "○",
    ActionStatus.IN_PROGRESS: "◐",
    ActionStatus.DONE: "✔",
    ActionStatus.CANCELLED: "✘",
}


class ActionColumn(IntEnum):
    """The columns of :class:`ActionsTableModel`."""

    TITLE = 0
    SOURCE = 1
    OWNER = 2
    DUE = 3
    STATUS = 4
    ROOT_CAUSE = 5
    EFFECTIVENESS = 6


class ActionsTableModel(QAbstractTableModel):
    """Read-only rows of actions; ``ActionIdRole`` gives the action id, ``SortRole``
    a sortable key (dates as ISO text, no date last)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Action] = []
        self._today = dt.date.today()
        self._lang = "en"
        self._origins: dict[int, str] = {}
        self._keys: list[tuple[str, ...]] = []

    def set_actions(self, actions: Sequence[Action], today: dt.date, lang: str,
                    origins: Mapping[int, str] | None = None) -> None:
        """Show ``actions`` (replaces every row).

        Args:
            actions: the action plan.
            today: the day against which due dates are overdue.
            lang: "zh" or "en" for status and source words.
            origins: per action id, what it comes from in words (the gate title,
                the checklist item), shown as the source cell's tooltip.
        """
        self.beginResetModel()
        self._rows = list(actions)
        self._today = today
        self._lang = lang
        self._origins = dict(origins or {})
        self._keys = self._sort_keys()
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        """Show status and source words in ``lang``."""
        self._lang = lang
        self._keys = self._sort_keys()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(ActionColumn) - 1))

    def action_at(self, row: int) -> Action | None:
        """The action of ``row``, or None when out of range."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, action_id: int) -> int:
        """The row showing ``action_id``, or -1."""
        return next((r for r, a in enumerate(self._rows) if a.id == action_id), -1)

    def is_overdue(self, row: int) -> bool:
        """True when the action of ``row`` is open past its due date."""
        action = self.action_at(row)
        return action is not None and action.is_overdue(self._today)

    def retranslate(self) -> None:
        """Re-read translated headers and the overdue word after a UI language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(ActionColumn) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(ActionColumn) - 1))

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of actions (0 below any row: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Title, source, owner, due date, status, root cause, effectiveness."""
        return 0 if parent.isValid() else len(ActionColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(ActionColumn):
            return None
        return (self.tr("Action"), self.tr("Source"), self.tr("Owner"), self.tr("Due"),
                self.tr("Status"), self.tr("Root cause"), self.tr("Effectiveness"))[section]

    def status_text(self, action: Action) -> str:
        """E.g. "○ Open", or "⚠ Overdue · ○ Open" for an overdue action."""
        text = f"{STATUS_SYMBOLS[action.status]} {action.status.label.get(self._lang)}"
        if action.is_overdue(self._today):
            return OVERDUE_SYMBOL + " " + self.tr("Overdue") + " · " + text
        return text

    def _display(self, action: Action, column: ActionColumn) -> str:
        if column is ActionColumn.TITLE:
            return action.title
        if column is ActionColumn.SOURCE:
            return action.source.label.get(self._lang)
        if column is ActionColumn.OWNER:
            return action.owner
        if column is ActionColumn.DUE:
            return iso_date(action.due_on)
        if column is ActionColumn.STATUS:
            return self.status_text(action)
        if column is ActionColumn.ROOT_CAUSE:
            return action.root_cause
        return action.effectiveness

    def _sort_key(self, action: Action, column: ActionColumn) -> str:
        if column is ActionColumn.DUE:
            return iso_date(action.due_on) or "9999-99-99"
        if column is ActionColumn.STATUS:
            order = list(ActionStatus).index(action.status)
            return f"{0 if action.is_overdue(self._today) else 1}{order}"
        return self._display(action, column).casefold()

    def _sort_keys(self) -> list[tuple[str, ...]]:
        """Every row's sort key per column, computed once when the rows or the language
        are set (a sort asks for them O(n log n) times)."""
        return [tuple(self._sort_key(a, c) for c in ActionColumn) for a in self._rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; bold, a warm background and a dark text colour on overdue rows;
        the origin and full texts as tooltips; the id under ``ActionIdRole``."""
        if not index.isValid() or index.parent().isValid():
            return None
        action = self.action_at(index.row())
        if action is None or not 0 <= index.column() < len(ActionColumn):
            return None
        column = ActionColumn(index.column())
        overdue = action.is_overdue(self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, column)
        if role == ActionIdRole:
            return action.id
        if role == SortRole:
            return self._keys[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(action, column)
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_FOREGROUND)
        return None

    def _tooltip(self, action: Action, column: ActionColumn) -> str | None:
        if column is ActionColumn.SOURCE:
            origin = self._origins.get(action.id) or action.source_ref
            return f"{action.source.label.get(self._lang)}: {origin}" if origin else None
        if column is ActionColumn.STATUS and action.is_overdue(self._today):
            assert action.due_on is not None
            days = (self._today - action.due_on).days
            return self.tr("Due %n day(s) ago", "", days)
        if column is ActionColumn.EFFECTIVENESS and action.effectiveness_checked_on:
            return f"{action.effectiveness}\n({iso_date(action.effectiveness_checked_on)})"
        if column in (ActionColumn.TITLE, ActionColumn.ROOT_CAUSE, ActionColumn.EFFECTIVENESS):
            return self._display(action, column) or None
        return None


class ActionFilterModel(QSortFilterProxyModel):
    """Sorts the action plan (``SortRole``) and hides closed actions unless asked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._show_closed = False
        self.setSortRole(SortRole)

    @property
    def show_closed(self) -> bool:
        """True when done and cancelled actions are listed too."""
        return self._show_closed

    def set_show_closed(self, show: bool) -> None:
        """List done and cancelled actions too (``True``) or hide them."""
        if show == self._show_closed:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self._show_closed = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - Qt 6.8
            self._show_closed = show
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Open and in-progress actions always; closed ones when :attr:`show_closed`."""
        model = self.sourceModel()
        if not isinstance(model, ActionsTableModel):
            return True
        action = model.action_at(source_row)
        return action is not None and (self._show_closed or not action.status.is_closed)
