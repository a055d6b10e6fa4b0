"""The evidence list of one checklist item, with Attach…, Open, Edit details… and
Remove buttons.

The box shows an :class:`EvidenceTableModel` with its buttons above it (Attach
stays in sight on small screens); the buttons call the project actions
(attach runs on a worker with a progress dialog). Files come in through the
Attach dialog (several at once), by dropping files or folders on the box, or
by pasting copied files (Ctrl+V) in the list; a drop or paste first lists what
will be attached (:class:`AttachPreviewDialog`). Below the list, "Used by"
names every checklist item the selected file serves, each a link
(:attr:`EvidenceBox.itemActivated`). For a shared item
of the integrated view it lists the files of every target (each file once)
and attaches to all of them at once.

Each file's details (document or record, version, period covered) come from
the project's evidence metadata; "valid until" follows the review-by date or
the item's freshness rule (:func:`desktop.domain.layers.expiry_date`), and
files the last assessment found expired (:meth:`EvidenceBox.set_expired`)
are marked "⊗ Expired".
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.layers import ExpiredEvidence, expiry_date
from desktop.domain.records import EvidenceMeta
from desktop.errors import UserError
from desktop.services import integrated as integrated_service
from desktop.services import records as record_service
from desktop.services.evidence import collect_evidence_files
from desktop.ui.checklist.clause_tree import clause_label
from desktop.ui.checklist.evidence_drop import AttachPreviewDialog, FileDropTarget, local_files
from desktop.ui.checklist.evidence_model import EvidenceColumn, EvidenceDetails, EvidenceTableModel
from desktop.ui.checklist.quiet_updates import set_tip
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.workers import Task

if TYPE_CHECKING:  # the details dialog is imported when first opened
    from desktop.ui.checklist.evidence_meta_dialog import EvidenceMetaDialog


class EvidenceBox(QGroupBox):
    """Evidence files of the item shown in the item panel.

    Signals:
        itemActivated(str): a checklist item named under "Used by" was clicked
            (its id), to show that item.
    """

    itemActivated = Signal(str)

    def __init__(self, ctx: AppContext, actions: ProjectActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceBox")
        self._ctx = ctx
        self._actions = actions
        self._item_id = ""
        self._targets: tuple[str, ...] = ()  # a shared item's targets; () for one item
        self._expired: dict[tuple[str, int], ExpiredEvidence] = {}
        self.preview: AttachPreviewDialog | None = None  # the open drop/paste preview
        self.model = EvidenceTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("evidenceTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(110)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The name keeps a readable width; the table scrolls sideways when narrow.
        header.setSectionResizeMode(EvidenceColumn.NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(EvidenceColumn.NAME, 170)
        header.setStretchLastSection(True)
        # Name, what it is and until when it counts first; size and time added last.
        for visual, column in enumerate((EvidenceColumn.NAME, EvidenceColumn.NATURE,
                                         EvidenceColumn.VERSION, EvidenceColumn.PERIOD,
                                         EvidenceColumn.VALID, EvidenceColumn.ADDED,
                                         EvidenceColumn.SIZE, EvidenceColumn.TYPE)):
            header.moveSection(header.visualIndex(column), visual)
        self.table.setColumnHidden(EvidenceColumn.TYPE, True)
        self.attach_button = QPushButton()
        self.attach_button.setObjectName("attachButton")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openEvidenceButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeEvidenceButton")
        self.details_button = QPushButton()
        self.details_button.setObjectName("editEvidenceDetailsButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.used_by = QLabel(objectName="evidenceUsedBy", wordWrap=True)
        self.used_by.setTextFormat(Qt.TextFormat.RichText)
        self.used_by.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.used_by.linkActivated.connect(self.itemActivated)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.used_by)
        FileDropTarget(self, lambda _pos: self.can_attach(),
                       lambda _pos, paths: self.offer_files(paths))
        self.table.installEventFilter(self)

        self.attach_button.clicked.connect(self._on_attach_clicked)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.details_button.clicked.connect(lambda _checked=False: self.edit_details())
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._show_used_by)
        self.model.modelReset.connect(self._show_used_by)
        self.retranslate()
        self._update_buttons()

    def show_item(self, item_id: str) -> None:
        """List the evidence of checklist item ``item_id`` ("" clears the list)."""
        self._item_id = item_id
        self._targets = ()
        self._attach_tip()
        self.reload()

    def show_shared(self, shared_id: str, target_ids: Sequence[str]) -> None:
        """List the files of every target of a shared item; Attach links to them all."""
        self._item_id = shared_id
        self._targets = tuple(target_ids)
        self._attach_tip()
        self.reload()

    def set_expired(self, expired: Iterable[ExpiredEvidence]) -> None:
        """Mark the evidence links the last assessment found expired, and re-read the list."""
        self._expired = {(e.item_id, e.evidence_id): e for e in expired}
        self.reload()

    def reload(self) -> None:
        """Re-read the item's evidence and its details from the project (keeps the selection)."""
        selected = self.selected_evidence_id()
        session = self._actions.session
        lang = self._ctx.content_lang
        if session is None or not self._item_id:
            self.model.set_rows([])
        else:
            items = self._targets or (self._item_id,)
            files = {e.id: e for t in items for e in session.store.evidence_for_item(t)}
            meta = session.store.records.evidence_meta(files)
            details = {i: self._details(items, meta.get(i)) for i in files}
            self.model.set_rows(list(files.values()), details, lang)
        if selected is not None:
            self.select_evidence(selected)
        self._update_buttons()

    def _details(self, item_ids: Sequence[str], meta: EvidenceMeta | None) -> EvidenceDetails:
        """Details of one file for the item(s) shown: the earliest end over the items."""
        session = self._actions.session
        if meta is None or session is None:
            return EvidenceDetails(meta)
        ends: list[dt.date] = []
        expired: list[ExpiredEvidence] = []
        for item_id in item_ids:
            if (item_id, meta.evidence_id) in self._expired:
                expired.append(self._expired[item_id, meta.evidence_id])
            if session.catalog.has_item(item_id):
                end = expiry_date(session.catalog.item(item_id), meta)
                if end is not None:
                    ends.append(end - dt.timedelta(days=1))
        first = min(expired, key=lambda e: e.expired_on) if expired else None
        return EvidenceDetails(meta, min(ends) if ends else None,
                               first.expired_on if first else None,
                               first.superseded if first else False)

    def edit_details(self) -> EvidenceMetaDialog | None:
        """Open the details dialog of the selected file (window-modal, not blocking)."""
        session = self._actions.session
        evidence_id = self.selected_evidence_id()
        if session is None or evidence_id is None:
            return None
        evidence = self.model.evidence_at(self.model.row_of(evidence_id))
        assert evidence is not None
        lang = self._ctx.content_lang
        rules = []
        for item_id in self._targets or (self._item_id,):
            if session.catalog.has_item(item_id):
                fresh = session.catalog.item(item_id).freshness
                if fresh is not None and fresh.text.get(lang) not in rules:
                    rules.append(fresh.text.get(lang))

        def save(meta: EvidenceMeta) -> bool:
            return self._actions.change_records(record_service.set_evidence_meta,
                                                meta) is not None

        from desktop.ui.checklist.evidence_meta_dialog import EvidenceMetaDialog

        dialog = EvidenceMetaDialog(evidence, session.store.records.evidence_meta(
            [evidence_id]).get(evidence_id), "\n".join(rules), save, lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def selected_evidence_id(self) -> int | None:
        """The evidence id of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        evidence = self.model.evidence_at(rows[0].row()) if rows else None
        return evidence.id if evidence else None

    def select_evidence(self, evidence_id: int) -> None:
        """Select the row of ``evidence_id`` (after attaching it)."""
        row = self.model.row_of(evidence_id)
        if row >= 0:
            self.table.selectRow(row)

    def attach(self, path: Path | None = None) -> Task | None:
        """Attach a file to the item: ``path``, or the files picked in a file dialog.

        Several files picked at once are attached as one job (all or none).
        """
        if not self.can_attach():
            return None
        if path is not None:
            return self.attach_files([path])
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach evidence"), self._ctx.settings.last_dir(),
            self.tr("All files (*)"))
        if not names:
            return None
        self._ctx.settings.set_last_dir(Path(names[0]).parent)
        return self.attach_files([Path(n) for n in names])

    def attach_files(self, paths: Sequence[Path]) -> Task | None:
        """Attach ``paths`` to the item shown (to every target of a shared item)."""
        if not self.can_attach() or not paths:
            return None
        if len(paths) == 1 and self._targets:
            return self._actions.attach_shared(self._item_id, paths[0])
        if len(paths) == 1:
            return self._actions.attach([self._item_id], paths[0])
        return self._actions.attach_files(self._targets or (self._item_id,), paths)

    def can_attach(self) -> bool:
        """True when an item is shown and a project is open (files can be attached)."""
        return bool(self._item_id) and self._actions.session is not None

    def offer_files(self, paths: Sequence[Path]) -> AttachPreviewDialog | None:
        """List what dropped or pasted ``paths`` would attach; Attach in the list attaches.

        Folders give every file inside them (hidden and temporary files left
        out). The preview is window-modal but does not block; it is returned
        (and kept in :attr:`preview` while open). None when nothing can be
        attached (a message says why when no file was found).
        """
        if not self.can_attach():
            return None
        try:
            found = collect_evidence_files(paths)
        except UserError as exc:
            self._ctx.errors.user_error(exc, self)
            return None
        if not found.files:
            self._ctx.errors.info(self.tr("Attach files"),
                                  self.tr("No files to attach were found there (hidden and "
                                          "temporary files are left out)."), self)
            return None
        if self.preview is not None:
            self.preview.close()
        dialog = AttachPreviewDialog(found.files, found.skipped, self._target_name(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.attach_files(dialog.files))
        dialog.finished.connect(lambda _result: self._forget_preview(dialog))
        self.preview = dialog
        dialog.open()
        return dialog

    def _forget_preview(self, dialog: AttachPreviewDialog) -> None:
        if self.preview is dialog:
            self.preview = None

    def paste(self) -> AttachPreviewDialog | None:
        """Offer the files copied to the clipboard (as :meth:`offer_files`); None if none."""
        paths = local_files(QApplication.clipboard().mimeData())
        return self.offer_files(paths) if paths else None

    def _target_name(self) -> str:
        session = self._actions.session
        lang = self._ctx.content_lang
        if session is None:
            return self._item_id
        if session.catalog.has_item(self._item_id):
            item = session.catalog.item(self._item_id)
            return f"{item.clause} {item.shown_title.get(lang)}"
        try:
            shared = integrated_service.integrated_item(session, self._item_id).shared
        except UserError:
            return self._item_id
        return f"{shared.clause} {shared.title.get(lang)}"

    def _show_used_by(self, *_args: object) -> None:
        """Name every item the selected file serves; each but the one shown is a link."""
        session = self._actions.session
        evidence_id = self.selected_evidence_id()
        if session is None or evidence_id is None:
            self.used_by.clear()
            self.used_by.hide()
            return
        evidence = self.model.evidence_at(self.model.row_of(evidence_id))
        lang = self._ctx.content_lang
        here = set(self._targets or (self._item_id,))
        parts = []
        for item_id in evidence.item_ids if evidence is not None else ():
            if session.catalog.has_item(item_id):
                item = session.catalog.item(item_id)
                text = f"{clause_label(session.catalog, item_id)} {item.shown_title.get(lang)}"
            else:
                text = item_id
            if item_id in here or not session.catalog.has_item(item_id):
                parts.append(html.escape(text))
            else:
                parts.append(f'<a href="{html.escape(item_id, quote=True)}">'
                             f"{html.escape(text)}</a>")
        self.used_by.setText(html.escape(self.tr("Used by:")) + " " + " · ".join(parts))
        self.used_by.setToolTip(self.tr("Click an item to show it"))
        self.used_by.show()

    def used_by_links(self) -> list[str]:
        """Item ids linked under "Used by" (for tests)."""
        text = self.used_by.text()
        return [part.split('"', 1)[0] for part in text.split('<a href="')[1:]]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+V (the platform's Paste key) in the list offers the copied files."""
        if watched is self.table and event.type() in (QEvent.Type.ShortcutOverride,
                                                      QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Paste) and self.can_attach() \
                    and local_files(QApplication.clipboard().mimeData()):
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.paste()
                return True
        return super().eventFilter(watched, event)

    def open_selected(self) -> None:
        """Open the selected file with the system's program."""
        evidence_id = self.selected_evidence_id()
        if evidence_id is not None:
            self._actions.open_evidence(evidence_id)

    def remove_selected(self) -> None:
        """Remove the selected file from the project (after confirmation)."""
        evidence_id = self.selected_evidence_id()
        if evidence_id is not None:
            self._actions.remove_evidence(evidence_id)

    def _on_attach_clicked(self, _checked: bool = False) -> None:
        self.attach()

    def _on_double_click(self, _index: QModelIndex) -> None:
        self.open_selected()

    def _attach_tip(self) -> None:
        if self._targets:
            tip = self.tr("Store a file once in the project as evidence for this item of every "
                          "standard listed")
        else:
            tip = self.tr("Store files in the project as evidence for this checklist item (you "
                          "can also drop files or folders here, or paste copied files with "
                          "Ctrl+V)")
        set_tip(self.attach_button, tip)

    def _update_buttons(self, *_args: object) -> None:
        has_item = self.can_attach()
        selected = has_item and self.selected_evidence_id() is not None
        self.attach_button.setEnabled(has_item)
        self.open_button.setEnabled(selected)
        self.details_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setTitle(self.tr("Evidence files"))
        self.table.setAccessibleName(self.tr("Evidence files"))
        self.attach_button.setText(self.tr("Attach…"))
        self._attach_tip()
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
        self.details_button.setText(self.tr("Edit details…"))
        self.details_button.setToolTip(self.tr("Say whether the file is a document or a "
                                               "record, its version, the period it covers and "
                                               "when it must be reviewed"))
        self.model.retranslate()
        self._show_used_by()

    def current_index(self) -> QModelIndex:
        """The table's current index (for tests)."""
        return self.table.currentIndex()
