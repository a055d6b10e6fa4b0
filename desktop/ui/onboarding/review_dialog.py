"""The review of a folder scan before anything is written: accept, change or skip
each file, accept all above a threshold, then Apply (one undoable step)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.onboarding import ScannedFile
from desktop.services.onboarding import ProjectScan
from desktop.services.session import ProjectSession
from desktop.ui.onboarding.item_picker import ItemPickerDialog
from desktop.ui.onboarding.review_model import ReviewModel, review_rows
from desktop.ui.shell.i18n import arg

DEFAULT_THRESHOLD = 50  # percent, as the CLI's --min-confidence 0.5

Apply = Callable[[list[tuple[ScannedFile, list[str]]]], object]


class FolderReviewDialog(QDialog):
    """Files of a scan with their proposed items; Apply hands the accepted ones on.

    Args:
        session: the open project.
        project_scan: the scan to review.
        lang: content language ("en"/"zh") of titles and reasons.
        on_apply: called with the accepted (file, item ids) pairs.
    """

    def __init__(self, session: ProjectSession, project_scan: ProjectScan, lang: str,
                 on_apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("folderReviewDialog")
        self._session, self._lang, self._on_apply = session, lang, on_apply
        self.project_scan = project_scan
        self.model = ReviewModel(session, review_rows(project_scan, DEFAULT_THRESHOLD / 100),
                                 lang, self)
        self.heading = QLabel(objectName="reviewHeading")
        self.heading.setWordWrap(True)
        self.table = QTableView(objectName="reviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        m = ReviewModel
        for col, width in ((m.FILE, 330), (m.ITEMS, 300), (m.CONFIDENCE, 64), (m.REASON, 260),
                           (m.NATURE, 100), (m.DATES, 90), (m.STATE, 100)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(m.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.change_items())
        self.skipped = QTableWidget(0, 2, objectName="skippedTable")
        self.skipped.verticalHeader().hide()
        self.skipped.horizontalHeader().setStretchLastSection(True)
        self.skipped.setColumnWidth(0, 420)
        self.skipped.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for skip in project_scan.result.skipped:
            r = self.skipped.rowCount()
            self.skipped.insertRow(r)
            self.skipped.setItem(r, 0, QTableWidgetItem(skip.path))
            self.skipped.setItem(r, 1, QTableWidgetItem(skip.why.get(lang)))
        self.tabs = QTabWidget(objectName="reviewTabs")
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.skipped, "")
        self.accept_button = QPushButton(objectName="acceptButton")
        self.skip_button = QPushButton(objectName="skipButton")
        self.change_button = QPushButton(objectName="changeButton")
        self.threshold = QSpinBox(objectName="thresholdSpin")
        self.threshold.setRange(0, 100)
        self.threshold.setSuffix("%")
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.above_button = QPushButton(objectName="acceptAboveButton")
        self.summary = QLabel(objectName="reviewSummary")
        self.apply_button = QPushButton(objectName="applyButton")
        self.apply_button.setDefault(True)
        self.close_button = QPushButton(objectName="closeButton")
        self.accept_button.clicked.connect(lambda: self._mark(True))
        self.skip_button.clicked.connect(lambda: self._mark(False))
        self.change_button.clicked.connect(lambda _c=False: self.change_items())
        self.above_button.clicked.connect(self.accept_above)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        self.model.dataChanged.connect(lambda *_a: self._update_summary())
        row_buttons = QHBoxLayout()
        for widget in (self.accept_button, self.skip_button, self.change_button):
            row_buttons.addWidget(widget)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.above_button)
        row_buttons.addWidget(self.threshold)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row_buttons)
        layout.addLayout(bottom)
        self.resize(1200, 640)
        self.retranslate()

    # -- actions ------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """Rows selected in the table, top to bottom."""
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def select_row(self, r: int) -> None:
        """Select row ``r`` (as a click would)."""
        self.table.selectionModel().select(
            self.model.index(r, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _mark(self, accepted: bool) -> None:
        self.model.set_accepted(self.selected_rows(), accepted)

    def change_items(self, picker: Callable[[ItemPickerDialog], bool] | None = None) -> bool:
        """Pick other items for the first selected row; True if they were changed.

        ``picker(dialog)`` runs the picker (default: ``exec()``); tests pass their own.
        """
        rows = self.selected_rows()
        if not rows:
            return False
        row = self.model.rows[rows[0]]
        dialog = ItemPickerDialog(self._session, self._lang, row.items, row.file.path, self)
        ok = picker(dialog) if picker is not None else (
            dialog.exec() == QDialog.DialogCode.Accepted)
        chosen = dialog.chosen()
        dialog.deleteLater()
        if not ok:
            return False
        self.model.set_items(rows[0], chosen)
        return True

    def accept_above(self) -> int:
        """Accept every file whose proposals reach the threshold; returns how many."""
        return self.model.accept_above(self.threshold.value() / 100)

    def apply(self) -> None:
        """Hand the accepted files on (nothing happens when none is accepted)."""
        accepted = self.model.accepted()
        if accepted:
            self._on_apply(accepted)

    def _update_summary(self) -> None:
        rows = self.model.rows
        accepted = sum(1 for r in rows if r.accepted)
        in_project = sum(1 for r in rows if r.in_project)
        text = arg(self.tr("%1 accepted, %2 skipped, %3 already in the project"),
                   accepted, len(rows) - accepted - in_project, in_project)
        self.summary.setText(text)
        self.apply_button.setEnabled(accepted > 0)

    # -- language -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the current UI language."""
        self.setWindowTitle(self.tr("Import existing documents"))
        result = self.project_scan.result
        self.heading.setText(arg(
            self.tr('"%1": %2 file(s) read, %3 different. Nothing is written before Apply; '
                    "no item is set to ready."),
            self.project_scan.root.name or str(self.project_scan.root), len(result.files),
            len(self.model.rows)))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)
        self.tabs.setTabText(0, self.tr("Files"))
        self.tabs.setTabText(1, arg(self.tr("Skipped (%1)"), len(result.skipped)))
        self.skipped.setHorizontalHeaderLabels([self.tr("File"), self.tr("Why")])
        self.accept_button.setText(self.tr("&Accept"))
        self.skip_button.setText(self.tr("&Skip"))
        self.change_button.setText(self.tr("&Change items…"))
        self.above_button.setText(self.tr("Accept all at or &above"))
        self.threshold.setToolTip(self.tr("Lowest confidence accepted"))
        self.apply_button.setText(self.tr("A&pply"))
        self.close_button.setText(self.tr("Close"))
        self._update_summary()
