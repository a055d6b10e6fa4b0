"""Export report dialog: outputs, report language, paper size, action plan order; run, cancel.

Four outputs can be chosen: the full PDF readiness report, the one-page PDF
summary, the evidence pack (a zip of the evidence files by standard and clause
with an index, what an auditor's document request asks for) and the Excel
workbook. The report language (中文 / English) is independent of the UI
language and defaults to it; the paper size defaults to the system's (Letter
where US measurements are used, A4 elsewhere); "Prepared by" defaults to the
user's name from the preferences. The full report's action plan
groups open actions by owner (default) or by standard. Export runs ``export_reports``
on a worker with a progress dialog whose Cancel stops it (through the project
actions); it writes every chosen file or, when cancelled or failed, none. The
written files are then listed with an "Open folder" button.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.names import clean_name
from desktop.services.reporting.export import ExportResult
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.workers import Task

REPORT_LANGUAGES = (("zh", "中文"), ("en", "English"))
PAPER_SIZES = ("A4", "Letter")
ACTION_GROUPINGS = ("owner", "standard")


def default_paper() -> str:
    """"Letter" where the system locale measures in US units, else "A4"."""
    system = QLocale.system().measurementSystem()
    return "Letter" if system == QLocale.MeasurementSystem.ImperialUSSystem else "A4"


class _Target:
    """A checkbox, a path field and a Browse button for one output file."""

    def __init__(self, key: str, default: Path, *, checked: bool) -> None:
        self.key = key
        self.check = QCheckBox(objectName=f"{key}Check")
        self.path = QLineEdit(str(default), objectName=f"{key}PathEdit")
        self.browse = QPushButton(objectName=f"{key}BrowseButton")
        self.row = QHBoxLayout()
        self.row.addWidget(self.path, 1)
        self.row.addWidget(self.browse)
        self.check.toggled.connect(self.path.setEnabled)
        self.check.toggled.connect(self.browse.setEnabled)
        self.check.setChecked(checked)
        self.path.setEnabled(checked)
        self.browse.setEnabled(checked)

    def value(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text) if self.check.isChecked() and text else None


class ExportDialog(QDialog):
    """Choose outputs, language and paper, export on a worker, show what was written.

    Signals:
        exported(object): the :class:`ExportResult` after a successful export.
        cancelled(): the user cancelled a running export; no file was written.
    """

    exported = Signal(object)
    cancelled = Signal()

    def __init__(self, ctx: AppContext, actions: ProjectActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._ctx = ctx
        self._actions = actions
        self.result: ExportResult | None = None
        self.task: Task | None = None
        session = actions.session
        folder = session.path.parent if session else Path.home()
        name = (clean_name(session.path.stem) if session else "") or "AuditReady"
        today = dt.date.today()
        self.language = QComboBox(objectName="reportLanguageCombo")
        for code, label in REPORT_LANGUAGES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(
            ctx.settings.report_language() or ctx.content_lang))
        self.paper = QComboBox(objectName="paperSizeCombo")
        for code in PAPER_SIZES:
            self.paper.addItem("", code)
        self.paper.setCurrentIndex(self.paper.findData(
            ctx.settings.paper_size() or default_paper()))
        # The profile's preparer first (cover, sign-off and PDF author), else the user's name.
        preparer = session.store.profile().preparer.strip() if session else ""
        self.prepared_by = QLineEdit(preparer or ctx.settings.user_name(),
                                     objectName="preparedByEdit")
        self.actions_by = QComboBox(objectName="actionsByCombo")
        for code in ACTION_GROUPINGS:
            self.actions_by.addItem("", code)
        self.pdf = _Target("pdf", folder / f"{name}_report_{today}.pdf", checked=True)
        self.summary = _Target("summary", folder / f"{name}_summary_{today}.pdf", checked=False)
        self.pack = _Target("pack", folder / f"{name}_evidence_{today}.zip", checked=False)
        self.xlsx = _Target("xlsx", folder / f"{name}_report_{today}.xlsx", checked=True)
        self._targets = (self.pdf, self.summary, self.pack, self.xlsx)
        for target in self._targets:
            target.browse.clicked.connect(lambda _c=False, t=target: self._browse(t))
        self._language_label = QLabel()
        self._paper_label = QLabel()
        self._prepared_label = QLabel()
        self._actions_by_label = QLabel()
        form = QFormLayout()
        form.addRow(self._language_label, self.language)
        form.addRow(self._paper_label, self.paper)
        form.addRow(self._prepared_label, self.prepared_by)
        form.addRow(self._actions_by_label, self.actions_by)
        for target in self._targets:
            form.addRow(target.check, target.row)
        self.result_label = QLabel(objectName="exportResultLabel", wordWrap=True)
        self.result_label.hide()
        self.open_folder = QPushButton(objectName="openFolderButton")
        self.export_button = QPushButton(objectName="exportButton")
        self.export_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.open_folder.hide()  # after addButton, which shows it
        self.export_button.clicked.connect(self.start_export)
        self.open_folder.clicked.connect(self._open_folder)
        for target in self._targets:
            target.check.toggled.connect(self._update_export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(680, 320)
        self.retranslate()

    def report_language(self) -> str:
        """"zh" or "en"."""
        return str(self.language.currentData())

    def paper_size(self) -> str:
        """"A4" or "Letter"."""
        return str(self.paper.currentData())

    def action_grouping(self) -> str:
        """"owner" or "standard": how the full report's action plan groups open actions."""
        return str(self.actions_by.currentData())

    def _update_export_button(self) -> None:
        running = self.task is not None
        self.export_button.setEnabled(not running and any(
            t.check.isChecked() for t in self._targets))

    def start_export(self) -> Task | None:
        """Run the export on a worker (the progress dialog with Cancel shows meanwhile)."""
        self.result_label.hide()
        self.open_folder.hide()
        def connect(task: Task) -> None:  # before the task can start
            self.task = task
            task.signals.cancelled.connect(self._on_cancelled)
            task.signals.finished.connect(self._on_finished)

        task = self._actions.export(
            self.report_language(), self._on_done, pdf=self.pdf.value(),
            summary_pdf=self.summary.value(), evidence_pack=self.pack.value(),
            xlsx=self.xlsx.value(), pagesize=self.paper_size(),
            prepared_by=self.prepared_by.text().strip(),
            actions_by=self.action_grouping(), connect=connect)
        self._update_export_button()
        return task

    def _on_finished(self) -> None:
        self.task = None
        self._update_export_button()

    def _on_done(self, result: ExportResult) -> None:
        self.result = result
        lines = [self.tr("The report was written:")] + [str(p) for p in result.files]
        self.result_label.setText("\n".join(lines))
        self.result_label.show()
        self.open_folder.show()
        self.exported.emit(result)

    def _on_cancelled(self) -> None:
        self.result = None
        self.result_label.setText(self.tr("Export cancelled. No file was written or changed."))
        self.result_label.show()
        self.cancelled.emit()

    def _open_folder(self) -> None:
        if self.result is not None and self.result.files:
            first = self.result.files[0]
            self._ctx.open_url(QUrl.fromLocalFile(str(first.parent)))

    def _browse(self, target: _Target) -> None:
        if target in (self.pdf, self.summary):
            pattern = self.tr("PDF files (*.pdf)")
        elif target is self.pack:
            pattern = self.tr("Zip archives (*.zip)")
        else:
            pattern = self.tr("Excel workbooks (*.xlsx)")
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save report as"),
                                                    target.path.text(), pattern)
        if name:
            target.path.setText(name)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Export report"))
        self._language_label.setText(self.tr("Report language:"))
        self.language.setAccessibleName(self.tr("Report language"))
        self._paper_label.setText(self.tr("Paper size:"))
        papers = {"A4": self.tr("A4 (210 × 297 mm)"), "Letter": self.tr("Letter (8.5 × 11 in)")}
        for row in range(self.paper.count()):
            self.paper.setItemText(row, papers[self.paper.itemData(row)])
        self.paper.setAccessibleName(self.tr("Paper size"))
        self._prepared_label.setText(self.tr("Prepared by:"))
        self.prepared_by.setAccessibleName(self.tr("Prepared by"))
        self._actions_by_label.setText(self.tr("Action plan:"))
        groupings = {"owner": self.tr("Open actions by owner"),
                     "standard": self.tr("Open actions by standard")}
        for row in range(self.actions_by.count()):
            self.actions_by.setItemText(row, groupings[self.actions_by.itemData(row)])
        self.actions_by.setAccessibleName(self.tr("Action plan grouping"))
        self.pdf.check.setText(self.tr("Full PDF report:"))
        self.summary.check.setText(self.tr("One-page summary (PDF):"))
        self.pack.check.setText(self.tr("Evidence pack (zip):"))
        self.pack.check.setToolTip(self.tr(
            "Every evidence file arranged by standard and clause, with an index PDF: "
            "what an auditor's document request asks for"))
        self.xlsx.check.setText(self.tr("Excel workbook:"))
        for target in self._targets:
            target.browse.setText(self.tr("Browse…"))
        self.open_folder.setText(self.tr("Open folder"))
        self.export_button.setText(self.tr("Export"))
