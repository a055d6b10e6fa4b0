"""The right side: one checklist item's text, status, details and evidence.

Status changes apply at once through the undo stack, except "not applicable",
which needs a justification: choosing it enables the justification box and
the Apply button, and Apply calls the service (a blank justification is
refused with the service's message and nothing changes). Owner is saved when
editing finishes, the due date when it changes, notes on focus-out or with
"Save notes"; switching to another item first saves pending edits.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.model import CatalogItem, ItemState, ItemStatus
from desktop.services.changes import Changes
from desktop.ui.actions import ProjectActions
from desktop.ui.context import AppContext
from desktop.ui.evidence_box import EvidenceBox
from desktop.ui.formatting import kind_text, status_text
from desktop.ui.workers import Task


class ItemPanel(QWidget):
    """Shows and edits the entry selected in the checklist tree."""

    def __init__(self, ctx: AppContext, actions: ProjectActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemPanel")
        self._ctx = ctx
        self._actions = actions
        self._item: CatalogItem | None = None
        self._state: ItemState | None = None
        self._loading = False

        self.title = QLabel(objectName="itemTitle", wordWrap=True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel(objectName="itemMeta", wordWrap=True)
        self.description = QLabel(objectName="itemDescription", wordWrap=True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(objectName="itemHint", wordWrap=True)
        for label in (self.title, self.meta, self.description, self.hint):
            label.setTextFormat(Qt.TextFormat.PlainText)  # catalog text is data, not HTML

        self.status = QComboBox(objectName="statusCombo")
        for status in ItemStatus:
            self.status.addItem("", status.value)
        self.justification = QPlainTextEdit(objectName="justificationEdit")
        self.justification.setMaximumHeight(64)
        self.justification.setTabChangesFocus(True)
        self.apply_status = QPushButton(objectName="applyStatusButton")
        self.owner = QLineEdit(objectName="ownerEdit")
        self.has_due = QCheckBox(objectName="dueDateCheck")
        self.due = QDateEdit(objectName="dueDateEdit", calendarPopup=True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.notes = QPlainTextEdit(objectName="notesEdit")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(60)
        self.notes.installEventFilter(self)
        self.save_notes = QPushButton(objectName="saveNotesButton")

        justification_row = QHBoxLayout()
        justification_row.addWidget(self.justification, 1)
        justification_row.addWidget(self.apply_status, 0, Qt.AlignmentFlag.AlignTop)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes, 1)
        notes_row.addWidget(self.save_notes, 0, Qt.AlignmentFlag.AlignTop)
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(5)]
        for label, field in zip(self._labels,
                                (self.status, justification_row, self.owner, due_row,
                                 notes_row), strict=True):
            self.form.addRow(label, field)
        self.details = QGroupBox(objectName="detailsBox")
        self.details.setLayout(self.form)
        self.evidence = EvidenceBox(ctx, actions)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.description)
        layout.addWidget(self.hint)
        layout.addWidget(self.details)
        layout.addWidget(self.evidence, 1)
        layout.addStretch(0)  # takes the spare room when a clause heading hides the boxes

        self.status.activated.connect(self._on_status_chosen)
        self.apply_status.clicked.connect(self.apply_not_applicable)
        self.owner.editingFinished.connect(self._save_owner)
        self.has_due.toggled.connect(self._on_due_toggled)
        self.due.dateChanged.connect(self._save_due)
        self.save_notes.clicked.connect(self.flush_notes)
        self.retranslate()
        self.show_item("")

    # -- showing an entry ----------------------------------------------------------

    def show_item(self, item_id: str, *, save_pending: bool = True) -> None:
        """Show entry ``item_id`` (a clause or a checklist item; "" shows nothing).

        Pending owner and notes edits of the entry shown before are saved first
        unless ``save_pending`` is False (the project was just replaced).
        """
        if save_pending:
            self.flush()
        else:
            self._item = self._state = None
        session = self._actions.session
        item = None
        if session is not None and item_id and session.catalog.has_item(item_id):
            item = session.catalog.item(item_id)
        self._item = item
        is_checklist = item is not None and item.kind.is_checklist
        self.details.setVisible(is_checklist)
        self.evidence.setVisible(is_checklist)
        self.hint.setVisible(not is_checklist)
        self.evidence.show_item(item.id if is_checklist and item else "")
        self._show_texts()
        self._state = None
        if is_checklist and item is not None and session is not None:
            self._show_state(session.store.item_state(item.id), keep_pending=False)

    def attach(self, path: Path | None = None) -> Task | None:
        """Attach a file to the shown item (``path``, or one picked in a file dialog)."""
        return self.evidence.attach(path)

    def item_id(self) -> str:
        """The id of the entry shown, or ""."""
        return self._item.id if self._item else ""

    def _show_texts(self) -> None:
        lang = self._ctx.content_lang
        item = self._item
        if item is None:
            self.title.setText(self.tr("No checklist item selected"))
            self.meta.setText("")
            self.description.setText("")
            self.hint.setText(self.tr("Choose a clause or checklist item in the tree on the "
                                      "left to see what auditors expect and record your "
                                      "progress."))
            return
        standard = self._ctx.catalog.standard(item.standard_id)
        self.title.setText(f"{item.clause}  {item.title.get(lang)}")
        parts = [standard.label, kind_text(item.kind)]
        if item.amendment:
            parts.append(item.amendment)
        self.meta.setText(" · ".join(parts))
        self.description.setText(item.description.get(lang))
        self.hint.setText(self.tr("This is a clause heading. Choose one of its checklist "
                                  "items to record status, owner, due date and evidence."))

    def _show_state(self, state: ItemState, *, keep_pending: bool) -> None:
        pending = keep_pending and self._pending_not_applicable()
        self._state = state
        self._loading = True
        try:
            if not pending:
                self.status.setCurrentIndex(self.status.findData(state.status.value))
                self.justification.setPlainText(state.justification)
            if not self.owner.hasFocus() or self.owner.text() == state.owner:
                self.owner.setText(state.owner)
            self.has_due.setChecked(state.due_date is not None)
            day = state.due_date or dt.date.today()
            self.due.setDate(QDate(day.year, day.month, day.day))
            self.due.setEnabled(state.due_date is not None)
            if not self.notes.hasFocus() or self.notes.toPlainText() == state.notes:
                self.notes.setPlainText(state.notes)
        finally:
            self._loading = False
        self._update_justification()

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what ``changes`` touched of the entry shown."""
        session = self._actions.session
        if session is None or self._item is None or self._item.id not in changes.items:
            return
        self._show_state(session.store.item_state(self._item.id), keep_pending=True)
        self.evidence.reload()
        if changes.evidence_id is not None:
            self.evidence.select_evidence(changes.evidence_id)

    def set_content_language(self, _lang: str) -> None:
        """Show the entry's title, description and status words in the new language."""
        self._show_texts()
        self._fill_status_words()

    # -- editing ------------------------------------------------------------------

    def chosen_status(self) -> ItemStatus:
        """The status the combobox shows (not necessarily saved yet)."""
        return ItemStatus(self.status.currentData())

    def _pending_not_applicable(self) -> bool:
        return (self._state is not None and self.chosen_status() is ItemStatus.NOT_APPLICABLE
                and self._state.status is not ItemStatus.NOT_APPLICABLE)

    def _on_status_chosen(self, _index: int) -> None:
        if self._loading or self._item is None:
            return
        status = self.chosen_status()
        if status is ItemStatus.NOT_APPLICABLE:
            self._update_justification()
            self.justification.setFocus()
            return
        self.set_status(status)

    def set_status(self, status: ItemStatus, justification: str = "") -> bool:
        """Set the shown item's status through the service; False (and the
        combobox back on the saved status) when refused."""
        if self._item is None:
            return False
        ok = self._actions.set_status(self._item.id, status, justification)
        if not ok and self._state is not None:
            self._loading = True
            self.status.setCurrentIndex(self.status.findData(self._state.status.value))
            self._loading = False
            self._update_justification()
        return ok

    def apply_not_applicable(self) -> bool:
        """Apply "not applicable" with the justification typed (refused when blank)."""
        if self._item is None:
            return False
        ok = self._actions.set_status(self._item.id, ItemStatus.NOT_APPLICABLE,
                                      self.justification.toPlainText())
        if not ok:
            self.justification.setFocus()
        return ok

    def _update_justification(self) -> None:
        not_applicable = self.chosen_status() is ItemStatus.NOT_APPLICABLE
        self.justification.setEnabled(not_applicable)
        self.apply_status.setEnabled(not_applicable)
        self.justification.setPlaceholderText(
            self.tr("Required: why this requirement does not apply to your organization")
            if not_applicable else "")

    def _save_owner(self) -> None:
        if self._loading or self._item is None or self._state is None:
            return
        if self.owner.text().strip() != self._state.owner:
            self._actions.update_details(self._item.id, owner=self.owner.text())

    def _on_due_toggled(self, checked: bool) -> None:
        self.due.setEnabled(checked)
        self._save_due()

    def _save_due(self, *_args: object) -> None:
        if self._loading or self._item is None or self._state is None:
            return
        day = self.due.date().toPython() if self.has_due.isChecked() else None
        if day != self._state.due_date:
            self._actions.update_details(self._item.id, due_date=day)

    def flush_notes(self) -> None:
        """Save the notes if they were edited."""
        if self._loading or self._item is None or self._state is None:
            return
        if self.notes.toPlainText() != self._state.notes:
            self._actions.update_details(self._item.id, notes=self.notes.toPlainText())

    def flush(self) -> None:
        """Save pending owner and notes edits before another entry is shown."""
        self._save_owner()
        self.flush_notes()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Save notes when their editor loses focus."""
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.flush_notes()
        return super().eventFilter(watched, event)

    # -- language -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_status_words(self) -> None:
        lang = self._ctx.content_lang
        for row, status in enumerate(ItemStatus):
            self.status.setItemText(row, status_text(status, lang))

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.details.setTitle(self.tr("Status and details"))
        texts = (self.tr("Status:"), self.tr("Justification:"), self.tr("Owner:"),
                 self.tr("Due date:"), self.tr("Notes:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.status.setAccessibleName(self.tr("Status"))
        self.justification.setAccessibleName(self.tr("Justification for not applicable"))
        self.apply_status.setText(self.tr("Apply"))
        self.apply_status.setToolTip(self.tr("Mark the item not applicable with this "
                                             "justification"))
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.setPlaceholderText(self.tr("Department and person responsible"))
        self.has_due.setText(self.tr("Set"))
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        self.due.setAccessibleName(self.tr("Due date"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.save_notes.setText(self.tr("Save notes"))
        self._fill_status_words()
        self._show_texts()
        self._update_justification()

