"""The right side: one checklist item's text, status, details and evidence.

Status changes apply at once through the undo stack, except "not applicable",
which needs a justification: choosing it enables the justification box and
the Apply button, and Apply calls the service (a blank justification is
refused with the service's message and nothing changes). Owner is saved when
editing finishes, the due date when it changes, notes on focus-out or with
"Save notes"; switching to another item first saves pending edits.

Knowledge: the item's basis (a coloured tag; "commonly requested by
certification bodies" is marked as not a requirement), its pitfall warnings
in a framed box, and in the "Audit guidance" tab what the auditor looks for,
the questions an auditor may ask and typical evidence.

Shared mode (a shared item of the integrated view): the shared requirement's
text and a table of its targets with each standard's own status. Status,
owner, due date, notes and attached files apply to every target through the
integrated services; fields on which the standards differ are shown blank,
marked "differs between standards", with each standard's value in a tooltip.
The guidance shown is that of the target selected in the table."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QItemSelection, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.integrated import IntegratedItem
from desktop.domain.model import UNOFFICIAL_TITLE_NOTE, CatalogItem, ItemState, ItemStatus
from desktop.errors import UserError
from desktop.services import integrated as integrated_service
from desktop.services.changes import Changes
from desktop.ui.checklist.evidence_box import EvidenceBox
from desktop.ui.checklist.evidence_drop import FileDropTarget
from desktop.ui.checklist.freshness_editor import FreshnessEditor
from desktop.ui.checklist.integrated_model import MIXED_SYMBOL
from desktop.ui.checklist.item_steps import tab_moved_on
from desktop.ui.checklist.knowledge_view import KnowledgeDisplay
from desktop.ui.checklist.quiet_updates import TabPage, set_tab_texts, set_tip
from desktop.ui.checklist.shared_mode import TargetsTable, merged_state, values_tip
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import kind_text, status_text
from desktop.ui.shell.i18n import arg
from desktop.ui.shell.workers import Task


class ItemPanel(QWidget):
    """Shows and edits the entry selected in the checklist tree.

    Signals:
        targetActivated(str): a target of the shared item shown was
            double-clicked, or an item under the evidence's "Used by" was clicked
            (its catalog item id), to show it in its standard's tab.

    Files or folders dropped anywhere on the panel of a checklist item are
    offered for attaching to it (as on its evidence list).
    """

    targetActivated = Signal(str)

    def __init__(self, ctx: AppContext, actions: ProjectActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemPanel")
        self._ctx = ctx
        self._actions = actions
        self._item: CatalogItem | None = None
        self._shared: IntegratedItem | None = None  # set in shared mode
        self._mixed: frozenset[str] = frozenset()  # fields on which the targets differ
        self._state: ItemState | None = None
        self._target_states: dict[str, ItemState] = {}  # shared mode: each target's own
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
        self.shared_hint = QLabel(objectName="sharedHint", wordWrap=True)
        for label in (self.title, self.meta, self.description, self.hint, self.shared_hint):
            label.setTextFormat(Qt.TextFormat.PlainText)  # catalog text is data, not HTML
        self.knowledge = KnowledgeDisplay(self)
        self.basis = self.knowledge.basis
        self.pitfalls = self.knowledge.pitfalls
        self.guidance = self.knowledge.guidance
        self.evidence_hints = self.knowledge.hints
        self.targets = TargetsTable()

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
        self.due_differs = QLabel(objectName="dueDiffersLabel")
        self.due_differs.hide()
        self.notes = QPlainTextEdit(objectName="notesEdit")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(60)
        self.notes.setMaximumHeight(140)
        for watched in (self.notes, self.due):  # notes saved on focus-out; Tab steps
            watched.installEventFilter(self)
        self.save_notes = QPushButton(objectName="saveNotesButton")

        justification_row = QHBoxLayout()
        justification_row.addWidget(self.justification, 1)
        justification_row.addWidget(self.apply_status, 0, Qt.AlignmentFlag.AlignTop)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addWidget(self.due_differs)
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
        self.freshness = FreshnessEditor(actions)

        work = TabPage(objectName="statusTab")
        work_layout = QVBoxLayout(work)
        work_layout.setContentsMargins(0, 6, 0, 0)
        work_layout.addWidget(self.shared_hint)
        work_layout.addWidget(self.details)
        work_layout.addStretch(1)
        files = TabPage(objectName="evidenceTab")
        files_layout = QVBoxLayout(files)
        files_layout.setContentsMargins(0, 6, 0, 0)
        # The files and their Attach button first: in sight without scrolling on a laptop.
        files_layout.addWidget(self.evidence, 1)
        files_layout.addWidget(self.freshness)
        files_layout.addWidget(self.evidence_hints)
        self.tabs = QTabWidget(objectName="itemTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(work, "")
        self.tabs.addTab(files, "")
        self.tabs.addTab(self.guidance, "")

        # Everything scrolls when the window is too short for it (small laptop screens).
        content = QWidget(objectName="itemContent")
        self.scroll = QScrollArea(objectName="itemScroll", widgetResizable=True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.basis)
        layout.addWidget(self.description)
        layout.addWidget(self.hint)
        layout.addWidget(self.pitfalls)
        layout.addWidget(self.targets)
        layout.addWidget(self.tabs, 1)
        layout.addStretch(0)  # takes the spare room when a clause heading hides the boxes

        self.status.activated.connect(self._on_status_chosen)
        self.apply_status.clicked.connect(self.apply_not_applicable)
        self.owner.editingFinished.connect(self._save_owner)
        self.has_due.toggled.connect(self._on_due_toggled)
        self.due.dateChanged.connect(self._save_due)
        self.save_notes.clicked.connect(self.flush_notes)
        self.targets.selectionModel().selectionChanged.connect(self._on_target_selected)
        self.evidence.model.modelReset.connect(self._update_tab_texts)
        self.targets.doubleClicked.connect(self._on_target_activated)
        for first, second in itertools.pairwise(self.tab_chain()):
            QWidget.setTabOrder(first, second)
        self.save_notes.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.evidence.itemActivated.connect(self.targetActivated)
        FileDropTarget(self, lambda _pos: self.evidence.can_attach(),
                       lambda _pos, paths: self.evidence.offer_files(paths))
        self.retranslate()
        self.show_item("")

    def tab_chain(self) -> list[QWidget]:
        """The fields in Tab order, status first and the evidence list last."""
        return [self.status, self.justification, self.apply_status, self.owner, self.has_due,
                self.due, self.notes, self.evidence.table]

    # -- showing an entry ----------------------------------------------------------

    def show_item(self, item_id: str, *, save_pending: bool = True) -> None:
        """Show entry ``item_id`` (a clause, a checklist item, or a shared item of the
        integrated view such as ``"ims:9.3:R"``; "" shows nothing).

        Pending owner and notes edits of the entry shown before are saved first
        unless ``save_pending`` is False (the project was just replaced).
        """
        if save_pending:
            self.flush()
        else:
            self._item = self._state = self._shared = None
        session = self._actions.session
        item = shared = None
        if session is not None and item_id:
            if session.catalog.has_item(item_id):
                item = session.catalog.item(item_id)
            else:
                shared = self._find_shared(item_id)
        self._item, self._shared = item, shared
        is_checklist = shared is not None or (item is not None and item.kind.is_checklist)
        self.details.setVisible(is_checklist)
        self.evidence.setVisible(is_checklist)
        self.tabs.setVisible(is_checklist)
        self.hint.setVisible(not is_checklist)
        self.targets.setVisible(shared is not None)
        self.shared_hint.setVisible(shared is not None)
        if shared is not None:
            self.evidence.show_shared(shared.id, [t.id for t in shared.targets])
            self._fill_targets()
        else:
            self.evidence.show_item(item.id if is_checklist and item else "")
        self._show_texts()
        self._state = None
        if shared is not None:
            self.targets.select_row(0)
        if is_checklist and session is not None:
            state, mixed = self._current_state()
            self._show_state(state, keep_pending=False, mixed=mixed)

    def _find_shared(self, shared_id: str) -> IntegratedItem | None:
        session = self._actions.session
        if session is None:
            return None
        try:
            return integrated_service.integrated_item(session, shared_id)
        except UserError:
            return None

    def _current_state(self) -> tuple[ItemState, frozenset[str]]:
        """The saved state of the entry shown (merged over the targets in shared mode)."""
        session = self._actions.session
        assert session is not None
        store = session.store
        if self._shared is not None:
            states = {t.id: store.item_state(t.id) for t in self._shared.targets}
            self._target_states = states
            return merged_state(self._shared.targets, states)
        assert self._item is not None
        self._target_states = {}
        return store.item_state(self._item.id), frozenset()

    def _fill_targets(self) -> None:
        session = self._actions.session
        if session is None or self._shared is None:
            return
        states = {t.id: session.store.item_state(t.id) for t in self._shared.targets}
        self.targets.targets.set_targets(self._shared.targets, session.standards(), states,
                                         self._ctx.content_lang)

    def shared_item(self) -> IntegratedItem | None:
        """The shared item shown (shared mode), or None."""
        return self._shared

    def _target_ids(self) -> set[str]:
        targets = self._shared.targets if self._shared is not None else (self._item,)
        return {t.id for t in targets if t is not None}

    def attach(self, path: Path | None = None) -> Task | None:
        """Attach a file to the shown item (``path``, or one picked in a file dialog)."""
        return self.evidence.attach(path)

    def item_id(self) -> str:
        """The id of the entry shown (a shared item's id in shared mode), or ""."""
        if self._shared is not None:
            return self._shared.id
        return self._item.id if self._item else ""

    def _show_texts(self) -> None:
        lang = self._ctx.content_lang
        item = self._item
        self._show_knowledge()
        if self._shared is not None:
            req = self._shared.shared
            labels = [self._ctx.catalog.standard(t.standard_id).label
                      for t in self._shared.targets]
            self.title.setText(f"{req.clause}  {req.title.get(lang)}")
            self.meta.setText(arg(self.tr("Integrated requirement for %1"), " · ".join(labels)))
            self.description.setText(req.description.get(lang))
            return
        if item is None:
            self.title.setText(self.tr("No checklist item selected"))
            self.meta.setText("")
            self.description.setText("")
            self.hint.setText(self.tr("Choose a clause or checklist item in the tree on the "
                                      "left to see what auditors expect and record your "
                                      "progress."))
            return
        session = self._actions.session  # its catalog includes the project's custom checklists
        catalog = session.catalog if session is not None else self._ctx.catalog
        standard = catalog.standard(item.standard_id)
        self.title.setText(f"{item.clause}  {item.shown_title.get(lang)}")
        set_tip(self.title, "" if item.title_official else UNOFFICIAL_TITLE_NOTE.get(lang))
        parts = [standard.label, kind_text(item.kind)]
        if item.amendment:
            parts.append(item.amendment)
        self.meta.setText(" · ".join(parts))
        self.description.setText(item.description.get(lang))
        self.hint.setText(self.tr("This is a clause heading. Choose one of its checklist "
                                  "items to record status, owner, due date and evidence."))

    def _knowledge_item(self) -> CatalogItem | None:
        """Whose guidance is shown: the item, or the target selected in shared mode."""
        if self._shared is not None:
            return self.targets.selected_target() or self._shared.targets[0]
        if self._item is not None and self._item.kind.is_checklist:
            return self._item
        return None

    def _show_knowledge(self) -> None:
        targets = self._shared.targets if self._shared is not None else ()
        session = self._actions.session
        catalog = session.catalog if session is not None else self._ctx.catalog
        self.knowledge.show(catalog, self._knowledge_item(), self._ctx.content_lang,
                            shared_targets=targets)
        own = self._item.id if self._shared is None and self._item is not None else ""
        self.freshness.show_item(own if self._knowledge_item() is not None else "",
                                 self._ctx.content_lang)

    def _update_tab_texts(self) -> None:
        set_tab_texts(self.tabs, (self.tr("Status"), arg(self.tr("Evidence (%1)"),
                                  self.evidence.model.rowCount()), self.tr("Audit guidance")))

    def _on_target_selected(self, _selected: QItemSelection, _deselected: QItemSelection
                            ) -> None:
        if self._shared is not None:
            self._show_knowledge()

    def _on_target_activated(self, index: QModelIndex) -> None:
        target = self.targets.targets.target_at(index.row())
        if target is not None:
            self.targetActivated.emit(target.id)

    def _show_saved_status(self) -> None:
        if self._state is None or "status" in self._mixed:
            self.status.setCurrentIndex(-1)
        else:
            self.status.setCurrentIndex(self.status.findData(self._state.status.value))

    def _show_state(self, state: ItemState, *, keep_pending: bool,
                    mixed: frozenset[str] = frozenset()) -> None:
        pending = keep_pending and self._pending_not_applicable()
        self._state = state
        self._mixed = mixed
        self._loading = True
        try:
            if not pending:
                self._show_saved_status()
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
        self._update_mixed_texts()

    def _update_mixed_texts(self) -> None:
        mixed = self._mixed if self._shared is not None else frozenset()
        differs = self.tr("Differs between the standards; type to set it for all")
        self.owner.setPlaceholderText(differs if "owner" in mixed
                                      else self.tr("Department and person responsible"))
        self.notes.setPlaceholderText(differs if "notes" in mixed else "")
        due_mixed = "due_date" in mixed
        self.due_differs.setText(self.tr("Differs between standards"))
        self.due_differs.setVisible(due_mixed)
        self.due.setVisible(not due_mixed)
        self.has_due.setToolTip(self.tr("The standards have different due dates; set one "
                                        "here to use it for all") if due_mixed else "")
        for name, widget in (("status", self.status), ("owner", self.owner),
                             ("notes", self.notes), ("due_date", self.due_differs)):
            widget.setToolTip(values_tip(self._shared.targets, self._target_states, name,
                                         self._ctx.content_lang, self._ctx.catalog)
                              if name in mixed and self._shared is not None else "")
        if mixed:
            text = self.tr("Status, owner, due date, notes and files entered here apply to the "
                           "item of every standard listed above. Fields on which the standards "
                           "differ are shown blank.")
        else:
            text = self.tr("Status, owner, due date, notes and files entered here apply to the "
                           "item of every standard listed above.")
        self.shared_hint.setText(text)

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what ``changes`` touched of the entry shown."""
        session = self._actions.session
        touched = self._target_ids() & changes.items
        if session is None or not touched:
            return
        state, mixed = self._current_state()
        self._show_state(state, keep_pending=True, mixed=mixed)
        if self._shared is not None:
            self.targets.targets.update_states(
                {i: session.store.item_state(i) for i in touched})
        self.evidence.reload()
        if "settings" in changes.records:  # a freshness rule changed: show the rule in force
            self._show_knowledge()
        if changes.evidence_id is not None:
            self.evidence.select_evidence(changes.evidence_id)

    def set_content_language(self, lang: str) -> None:
        """Show the entry's title, description and status words in the new language."""
        self.targets.targets.set_language(lang)
        self._show_texts()
        self._fill_status_words()

    # -- editing ------------------------------------------------------------------

    def chosen_status(self) -> ItemStatus | None:
        """The status the combobox shows (not necessarily saved yet); None while a
        shared item's standards differ and none was chosen."""
        data = self.status.currentData()
        return ItemStatus(data) if data else None

    def _pending_not_applicable(self) -> bool:
        return (self._state is not None and self.chosen_status() is ItemStatus.NOT_APPLICABLE
                and self._state.status is not ItemStatus.NOT_APPLICABLE)

    def _on_status_chosen(self, _index: int) -> None:
        if self._loading or not self.item_id():
            return
        status = self.chosen_status()
        if status is None:
            return
        if status is ItemStatus.NOT_APPLICABLE:
            self._update_justification()
            self.justification.setFocus()
            return
        self.set_status(status)

    def set_status(self, status: ItemStatus, justification: str = "") -> bool:
        """Set the shown item's status through the service (every target's in shared
        mode); False (and the combobox back on the saved status) when refused."""
        if not self.item_id():
            return False
        ok = self._apply_status(status, justification)
        if not ok and self._state is not None:
            self._loading = True
            self._show_saved_status()
            self._loading = False
            self._update_justification()
        return ok

    def _apply_status(self, status: ItemStatus, justification: str) -> bool:
        if self._shared is not None:
            return self._actions.set_shared_status(self._shared.id, status, justification)
        assert self._item is not None
        return self._actions.set_status(self._item.id, status, justification)

    def _update(self, **fields: object) -> None:
        if self._shared is not None:
            self._actions.update_shared_details(self._shared.id, **fields)
        elif self._item is not None:
            self._actions.update_details(self._item.id, **fields)

    def apply_not_applicable(self) -> bool:
        """Apply "not applicable" with the justification typed (refused when blank)."""
        if not self.item_id():
            return False
        ok = self._apply_status(ItemStatus.NOT_APPLICABLE, self.justification.toPlainText())
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
        if self._loading or not self.item_id() or self._state is None:
            return
        if self.owner.text().strip() != self._state.owner:
            self._update(owner=self.owner.text())

    def _on_due_toggled(self, checked: bool) -> None:
        self.due.setEnabled(checked)
        self._save_due()

    def _save_due(self, *_args: object) -> None:
        if self._loading or not self.item_id() or self._state is None:
            return
        day = self.due.date().toPython() if self.has_due.isChecked() else None
        if day != self._state.due_date:
            self._update(due_date=day)

    def flush_notes(self) -> None:
        """Save the notes if they were edited."""
        if self._loading or not self.item_id() or self._state is None:
            return
        if self.notes.toPlainText() != self._state.notes:
            self._update(notes=self.notes.toPlainText())

    def flush(self) -> None:
        """Save pending owner and notes edits before another entry is shown."""
        self._save_owner()
        self.flush_notes()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Save notes when they lose focus; Tab steps as :func:`tab_moved_on` says."""
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.flush_notes()
        if tab_moved_on(self, watched, event):
            return True
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
        self.freshness.retranslate()
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
        self.status.setPlaceholderText(f"{MIXED_SYMBOL} " + self.tr(
            "Mixed: choose a status to set it for every standard"))
        self._update_tab_texts()
        self.tabs.setTabToolTip(2, self.tr("What the auditor looks for and questions an "
                                           "auditor may ask"))
        self.targets.setAccessibleName(self.tr("Standards this item serves"))
        self.targets.targets.retranslate()
        self.guidance.setAccessibleName(self.tr("Audit guidance"))
        self.has_due.setText(self.tr("Set"))
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        self.due.setAccessibleName(self.tr("Due date"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.save_notes.setText(self.tr("Save notes"))
        self._fill_status_words()
        self._show_texts()
        self._update_justification()
        self._update_mixed_texts()

