"""The management review's input notes and outputs: one note per input topic for the input
report, and the decisions, each with an owner and due date when someone must act on it.

Saving runs :func:`desktop.services.audits.review_pack.save_review_outputs` through the
``submit`` callback; a decision with an owner or a due date becomes an action
of the action plan (ISO 9001:2015 9.3.3; ISO 14001:2015 and ISO 45001:2018 9.3).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.review_pack import DecisionKind, ReviewDecision, ReviewOutputs, Topic

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole


class DecisionColumn(IntEnum):
    """Columns of :class:`DecisionsModel`."""

    KIND = 0
    TEXT = 1
    OWNER = 2
    DUE = 3
    STATUS = 4


class DecisionsModel(QAbstractTableModel):
    """The decisions of one review, editable (the status column is read-only)."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[ReviewDecision] = []

    def set_decisions(self, decisions: tuple[ReviewDecision, ...]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(decisions)
        self.endResetModel()

    def decisions(self) -> tuple[ReviewDecision, ...]:
        """The rows, in order."""
        return tuple(self._rows)

    def add(self, kind: DecisionKind = DecisionKind.OTHER) -> int:
        """Append an empty decision; return its row."""
        row = len(self._rows)
        self.beginInsertRows(_ROOT, row, row)
        self._rows.append(ReviewDecision(kind, ""))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> bool:
        """Remove ``row``; False when out of range."""
        if not 0 <= row < len(self._rows):
            return False
        self.beginRemoveRows(_ROOT, row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of decisions (none below a row)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Five columns (see :class:`DecisionColumn`)."""
        return 0 if parent.isValid() else len(DecisionColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        titles = (self.tr("Kind"), self.tr("Decision"), self.tr("Owner"),
                  self.tr("Due (YYYY-MM-DD)"), self.tr("Action status"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell but the status is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != DecisionColumn.STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """Display texts; the edit value of the kind is its enum value."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (_DISPLAY, _EDIT):
            return None
        d = self._rows[index.row()]
        column = index.column()
        if column == DecisionColumn.KIND:
            return d.kind.value if role == _EDIT else d.kind.label.get(self._lang)
        if column == DecisionColumn.TEXT:
            return d.text
        if column == DecisionColumn.OWNER:
            return d.owner
        if column == DecisionColumn.DUE:
            return d.due_on.isoformat() if d.due_on else ""
        if column == DecisionColumn.STATUS:
            return d.status.label.get(self._lang) if d.status else ""
        return None

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        """Store an edit; a due date must be YYYY-MM-DD or empty, a kind a known value."""
        if role != _EDIT or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        d = self._rows[index.row()]
        text = str(value).strip()
        column = index.column()
        try:
            if column == DecisionColumn.KIND:
                d = ReviewDecision(DecisionKind(text), d.text, d.owner, d.due_on, d.action_id,
                                   d.status)
            elif column == DecisionColumn.TEXT:
                d = ReviewDecision(d.kind, text, d.owner, d.due_on, d.action_id, d.status)
            elif column == DecisionColumn.OWNER:
                d = ReviewDecision(d.kind, d.text, text, d.due_on, d.action_id, d.status)
            elif column == DecisionColumn.DUE:
                due = dt.date.fromisoformat(text) if text else None
                d = ReviewDecision(d.kind, d.text, d.owner, due, d.action_id, d.status)
            else:
                return False
        except ValueError:
            return False
        self._rows[index.row()] = d
        self.dataChanged.emit(index, index, [_DISPLAY, _EDIT])
        return True


class KindDelegate(QStyledItemDelegate):
    """Edits the kind column with a list of the decision kinds."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        """A combo box of the kinds."""
        combo = QComboBox(parent)
        for kind in DecisionKind:
            combo.addItem(kind.label.get(self._lang), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Select the current kind."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(_EDIT))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        """Store the chosen kind."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), _EDIT)


class ReviewOutputsDialog(QDialog):
    """Edit a review's input notes and decisions.

    Args:
        submit: saves the outputs; True closes the dialog.
        outputs: what is recorded now.
        lang: "zh" or "en" for topic titles and decision kinds.
    """

    def __init__(self, submit: Callable[[ReviewOutputs], bool], outputs: ReviewOutputs,
                 lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewOutputsDialog")
        self._submit = submit
        self._review_id = outputs.review_id
        self._lang = lang
        self._notes = {topic: text for topic, text in outputs.notes}
        self.topic = QComboBox(objectName="topicCombo")
        for topic in Topic:
            self.topic.addItem(topic.heading.get(lang), topic.value)
        self.prompt = QLabel(objectName="topicPrompt", wordWrap=True)
        self.note = QPlainTextEdit(objectName="topicNote")
        self.notes_box = QGroupBox(objectName="notesBox")
        notes_layout = QVBoxLayout(self.notes_box)
        for widget in (self.topic, self.prompt, self.note):
            notes_layout.addWidget(widget)
        self.model = DecisionsModel(lang, self)
        self.model.set_decisions(outputs.decisions)
        self.table = QTableView(objectName="decisionsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(DecisionColumn.KIND, KindDelegate(lang, self.table))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(objectName="addDecisionButton")
        self.remove_button = QPushButton(objectName="removeDecisionButton")
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.decisions_box = QGroupBox(objectName="decisionsBox")
        decisions_layout = QVBoxLayout(self.decisions_box)
        decisions_layout.addWidget(self.table)
        decisions_layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes_box, 1)
        layout.addWidget(self.decisions_box, 1)
        layout.addWidget(self.buttons)
        self._shown = Topic(self.topic.currentData())
        self.topic.currentIndexChanged.connect(self._topic_changed)
        self.add_button.clicked.connect(lambda _c=False: self._add())
        self.remove_button.clicked.connect(lambda _c=False: self._remove())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._show_topic()
        self.retranslate()
        self.resize(760, 620)

    def _topic_changed(self, _row: int) -> None:
        self._notes[self._shown] = self.note.toPlainText()
        self._shown = Topic(self.topic.currentData())
        self._show_topic()

    def _show_topic(self) -> None:
        self.prompt.setText(self._shown.prompt.get(self._lang))
        self.note.setPlainText(self._notes.get(self._shown, ""))

    def _add(self) -> None:
        row = self.model.add()
        self.table.setCurrentIndex(self.model.index(row, DecisionColumn.TEXT))
        self.table.edit(self.model.index(row, DecisionColumn.TEXT))

    def _remove(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove(index.row())

    def outputs(self) -> ReviewOutputs:
        """What the dialog holds now."""
        self._notes[self._shown] = self.note.toPlainText()
        notes = tuple((t, self._notes[t]) for t in Topic if self._notes.get(t, "").strip())
        return ReviewOutputs(self._review_id, notes, self.model.decisions())

    def save(self) -> bool:
        """Submit; close when saved."""
        if self._submit(self.outputs()):
            self.accept()
            return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Review inputs and outputs"))
        self.notes_box.setTitle(self.tr("Input for the meeting, by topic"))
        self.topic.setAccessibleName(self.tr("Input topic"))
        self.note.setAccessibleName(self.tr("Input note"))
        self.decisions_box.setTitle(self.tr(
            "Decisions (with an owner or a due date, a decision becomes an action)"))
        self.table.setAccessibleName(self.tr("Decisions"))
        self.add_button.setText(self.tr("Add decision"))
        self.remove_button.setText(self.tr("Remove decision"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
