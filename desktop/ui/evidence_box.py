"""The evidence list of one checklist item, with Attach…, Open and Remove buttons.

The box shows an :class:`EvidenceTableModel`; its buttons call the project
actions (attach runs on a worker with a progress dialog). For a shared item
of the integrated view it lists the files of every target (each file once)
and attaches to all of them at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.actions import ProjectActions
from desktop.ui.context import AppContext
from desktop.ui.models.evidence import EvidenceColumn, EvidenceTableModel
from desktop.ui.workers import Task


class EvidenceBox(QGroupBox):
    """Evidence files of the item shown in the item panel."""

    def __init__(self, ctx: AppContext, actions: ProjectActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceBox")
        self._ctx = ctx
        self._actions = actions
        self._item_id = ""
        self._targets: tuple[str, ...] = ()  # a shared item's targets; () for one item
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
        header.setSectionResizeMode(EvidenceColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (EvidenceColumn.SIZE, EvidenceColumn.TYPE, EvidenceColumn.ADDED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.attach_button = QPushButton()
        self.attach_button.setObjectName("attachButton")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openEvidenceButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeEvidenceButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        self.attach_button.clicked.connect(self._on_attach_clicked)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
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

    def reload(self) -> None:
        """Re-read the item's evidence from the project."""
        session = self._actions.session
        if session is None or not self._item_id:
            self.model.set_rows([])
        elif self._targets:
            files = {e.id: e for t in self._targets for e in session.store.evidence_for_item(t)}
            self.model.set_rows(list(files.values()))
        else:
            self.model.set_rows(session.store.evidence_for_item(self._item_id))
        self._update_buttons()

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
        """Attach a file to the item: ``path``, or one picked in a file dialog."""
        if not self._item_id:
            return None
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Attach evidence"), self._ctx.settings.last_dir(),
                self.tr("All files (*)"))
            if not name:
                return None
            path = Path(name)
            self._ctx.settings.set_last_dir(path.parent)
        if self._targets:
            return self._actions.attach_shared(self._item_id, path)
        return self._actions.attach([self._item_id], path)

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
            self.attach_button.setToolTip(self.tr("Store a file once in the project as "
                                                  "evidence for this item of every standard "
                                                  "listed"))
        else:
            self.attach_button.setToolTip(self.tr("Store a file in the project as evidence "
                                                  "for this checklist item"))

    def _update_buttons(self, *_args: object) -> None:
        has_item = bool(self._item_id) and self._actions.session is not None
        selected = has_item and self.selected_evidence_id() is not None
        self.attach_button.setEnabled(has_item)
        self.open_button.setEnabled(selected)
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
        self.model.retranslate()

    def current_index(self) -> QModelIndex:
        """The table's current index (for tests)."""
        return self.table.currentIndex()
