"""The grid of the responsibility matrix, edited by click or keyboard.

A click on a department cell, Space or Enter cycles it: empty → ● responsible
(主责) → ○ involved (相关) → empty. R or 1 makes it responsible, I or 2
involved, Delete, Backspace or 0 empties it. The view only says what the
user asked (:attr:`MatrixView.cellEdited`); the dialog makes the edit.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.domain.departments import Role

CYCLE = "cycle"
"""What :attr:`MatrixView.cellEdited` carries for a click, Space or Enter."""

_KEYS: dict[int, Role | None] = {
    Qt.Key.Key_R: Role.RESPONSIBLE, Qt.Key.Key_1: Role.RESPONSIBLE,
    Qt.Key.Key_I: Role.INVOLVED, Qt.Key.Key_2: Role.INVOLVED,
    Qt.Key.Key_Delete: None, Qt.Key.Key_Backspace: None, Qt.Key.Key_0: None,
}


class MatrixView(QTableView):
    """The matrix table (object name ``matrixTable``).

    Signals:
        cellEdited(int, int, object): (row, column, wanted) where wanted is a
            :class:`Role`, None (empty the cell) or :data:`CYCLE`.
    """

    cellEdited = Signal(int, int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixTable")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(22)
        self.horizontalHeader().setDefaultSectionSize(64)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.clicked.connect(self._on_clicked)

    def _on_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid() and index.column() > 0:
            self.cellEdited.emit(index.row(), index.column(), CYCLE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space/Enter cycle the current cell; R/1, I/2, Delete/Backspace/0 set it."""
        index = self.currentIndex()
        key = event.key()
        if index.isValid() and index.column() > 0 and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                     | Qt.KeyboardModifier.AltModifier)):
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.cellEdited.emit(index.row(), index.column(), CYCLE)
                event.accept()
                return
            if key in _KEYS:
                self.cellEdited.emit(index.row(), index.column(), _KEYS[key])
                event.accept()
                return
        super().keyPressEvent(event)

    def fit_columns(self) -> None:
        """The clause column as wide as its text (at most 360 px), department columns even."""
        model = self.model()
        if model is None or model.columnCount() == 0:
            return
        self.resizeColumnToContents(0)
        self.setColumnWidth(0, min(self.columnWidth(0), 360))
        for column in range(1, model.columnCount()):
            self.setColumnWidth(column, 72)
