"""Table models of a returned workbook's preview: the changes (with conflict choices) and problems.

:class:`RoundTripChangesModel` shows one row per changed field of a
:class:`desktop.services.roundtrip.RoundTripPreview`: where it is in the
workbook, the item, the field, "old → new", a conflict marker that reads
without colour ("⚠ changed in the project since export") and, for conflicts
only, a checkbox "take the workbook value" that applies to the whole item.
:class:`RoundTripProblemsModel` lists errors and notes with their place.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.services.roundtrip import FieldChange, ItemChange, RoundTripPreview
from desktop.services.roundtrip import RoundTripProblem as Problem
from desktop.ui.shell.i18n import arg

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent" (never modified)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_CHECK = Qt.ItemDataRole.CheckStateRole
#: The item id (str) a row belongs to.
ItemIdRole = Qt.ItemDataRole.UserRole + 1


class ChangeColumn(IntEnum):
    """The columns of :class:`RoundTripChangesModel`."""

    WHERE = 0
    ITEM = 1
    FIELD = 2
    CHANGE = 3
    CONFLICT = 4
    TAKE = 5


class RoundTripChangesModel(QAbstractTableModel):
    """One row per changed field; conflicts carry a checkbox to take the workbook's value."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[ItemChange, FieldChange]] = []
        self._lang = "en"
        self._chosen: set[str] = set()
        self._sender = ""

    def _conflict(self, change: ItemChange, field: FieldChange) -> bool:
        """A department workbook's conflicts are per field; a full workbook's per item."""
        return field.conflict if self._sender else change.conflict

    def set_preview(self, preview: RoundTripPreview, lang: str) -> None:
        """Show ``preview`` (replaces every row; no conflict is taken), content in ``lang``."""
        self.beginResetModel()
        self._rows = [(change, field) for change in preview.items for field in change.fields]
        self._lang = lang
        self._chosen = set()
        self._sender = preview.sender
        self.endResetModel()

    def chosen(self) -> set[str]:
        """Ids of the conflicting items whose workbook values the user takes."""
        return set(self._chosen)

    def set_taken(self, item_id: str, take: bool) -> None:
        """Take (or not) the workbook's values for conflicting item ``item_id``."""
        rows = [r for r, (change, _) in enumerate(self._rows)
                if change.item_id == item_id and change.conflict]
        if not rows or (item_id in self._chosen) == take:
            return
        if take:
            self._chosen.add(item_id)
        else:
            self._chosen.discard(item_id)
        for row in rows:
            cell = self.index(row, ChangeColumn.TAKE)
            self.dataChanged.emit(cell, cell, [_CHECK])

    def change_at(self, row: int) -> ItemChange | None:
        """The item change shown in ``row``, or None when out of range."""
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """Re-read translated texts after a UI language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(ChangeColumn) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(ChangeColumn) - 1))

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of changed fields (0 below any row: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Where, item, field, change, conflict, take workbook value."""
        return 0 if parent.isValid() else len(ChangeColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        if not 0 <= section < len(ChangeColumn):
            return None
        return (self.tr("Sheet, row"), self.tr("Item"), self.tr("Field"),
                self.tr("Project → workbook"), self.tr("Conflict"),
                self.tr("Take workbook value"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable rows; the take column is checkable on conflict rows."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        change = self.change_at(index.row())
        if (index.column() == ChangeColumn.TAKE and change is not None
                and self._conflict(change, self._rows[index.row()][1])):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """Cell texts, the conflict tooltip and the take checkbox."""
        if not index.isValid() or index.parent().isValid():
            return None
        if not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(ChangeColumn):
            return None
        change, field = self._rows[index.row()]
        column = ChangeColumn(index.column())
        if role == _CHECK and column is ChangeColumn.TAKE and self._conflict(change, field):
            return (Qt.CheckState.Checked if change.item_id in self._chosen
                    else Qt.CheckState.Unchecked)
        if role == ItemIdRole:
            return change.item_id
        if role == _DISPLAY:
            return self._display(change, field, column)
        if role == _TOOLTIP:
            if column is ChangeColumn.CONFLICT and self._sender and field.conflict:
                return arg(self.tr("%1 and %2 both changed this field since the export. The "
                                   "project keeps %1's value unless you tick \"Take workbook "
                                   'value".'), field.old_by or self.tr("the project"),
                           self._sender)
            if column is ChangeColumn.CONFLICT and change.conflict:
                return self.tr("This item changed in the project after the workbook was "
                               "exported. The project's value is kept unless you tick "
                               '"Take workbook value".')
            if column in (ChangeColumn.ITEM, ChangeColumn.CHANGE):
                return self._display(change, field, column)
        return None

    def setData(self, index: Index, value: Any, role: int = _CHECK) -> bool:
        """Tick or clear "take workbook value" on a conflict row (the whole item follows)."""
        if role != _CHECK or not index.isValid() or index.column() != ChangeColumn.TAKE:
            return False
        change = self.change_at(index.row())
        if change is None or not self._conflict(change, self._rows[index.row()][1]):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, True)
        self.set_taken(change.item_id, checked)
        return True

    def _display(self, change: ItemChange, field: FieldChange, column: ChangeColumn) -> str:
        lang = self._lang
        if column is ChangeColumn.WHERE:
            return arg(self.tr("%1, row %2"), change.sheet, change.row)
        if column is ChangeColumn.ITEM:
            return f"{change.clause} {change.title.get(lang)}"
        if column is ChangeColumn.FIELD:
            return field.field.label.get(lang)
        if column is ChangeColumn.CHANGE:
            empty = self.tr("(empty)")
            old, new = field.old_text(lang) or empty, field.new_text(lang) or empty
            if self._sender and field.conflict:
                return arg(self.tr("%1 (%2) → %3 (%4)"), old,
                           field.old_by or self.tr("the project"), new, self._sender)
            return f"{old} → {new}"
        if column is ChangeColumn.CONFLICT:
            return (self.tr("⚠ changed in the project since export")
                    if self._conflict(change, field) else "")
        return ""


class ProblemColumn(IntEnum):
    """The columns of :class:`RoundTripProblemsModel`."""

    KIND = 0
    WHERE = 1
    PROBLEM = 2


class RoundTripProblemsModel(QAbstractTableModel):
    """Read-only rows of a preview's problems: error or note, place, message."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Problem] = []
        self._lang = "en"

    def set_problems(self, problems: tuple[Problem, ...], lang: str) -> None:
        """Show ``problems`` (replaces every row), messages in ``lang``."""
        self.beginResetModel()
        self._rows = list(problems)
        self._lang = lang
        self.endResetModel()

    def problem_at(self, row: int) -> Problem | None:
        """The problem of ``row``, or None when out of range."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """Re-read translated texts after a UI language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(ProblemColumn) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(ProblemColumn) - 1))

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of problems (0 below any row: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Kind, place, problem."""
        return 0 if parent.isValid() else len(ProblemColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        if not 0 <= section < len(ProblemColumn):
            return None
        return (self.tr("Kind"), self.tr("Where"), self.tr("Problem"))[section]

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """"✕ Error" or "ℹ Note", the place and the message in the content language."""
        if not index.isValid() or index.parent().isValid():
            return None
        problem = self.problem_at(index.row())
        if problem is None or not 0 <= index.column() < len(ProblemColumn):
            return None
        column = ProblemColumn(index.column())
        if role == _DISPLAY:
            if column is ProblemColumn.KIND:
                return self.tr("✕ Error") if problem.blocking else self.tr("ℹ Note")
            if column is ProblemColumn.WHERE:
                return problem.where(self._lang)
            return problem.zh if self._lang.startswith("zh") else problem.en
        if role == _TOOLTIP and column is ProblemColumn.PROBLEM:
            return problem.text(self._lang)
        return None
