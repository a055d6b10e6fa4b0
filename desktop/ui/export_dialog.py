"""Export report dialog: report language, PDF and/or Excel targets, run, show results.

The report language (中文 / English) is independent of the UI language and
defaults to it. Export runs ``export_reports`` on a worker with a progress
dialog (through the project actions); the written files are then listed with
an "Open folder" button.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal
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

from desktop.services.reporting import ExportResult
from desktop.ui.actions import ProjectActions
from desktop.ui.context import AppContext
from desktop.ui.workers import Task

REPORT_LANGUAGES = (("zh", "中文"), ("en", "English"))


class _Target:
    """A checkbox, a path field and a Browse button for one output file."""

    def __init__(self, key: str, default: Path) -> None:
        self.check = QCheckBox(objectName=f"{key}Check", checked=True)
        self.path = QLineEdit(str(default), objectName=f"{key}PathEdit")
        self.browse = QPushButton(objectName=f"{key}BrowseButton")
        self.row = QHBoxLayout()
        self.row.addWidget(self.path, 1)
        self.row.addWidget(self.browse)
        self.check.toggled.connect(self.path.setEnabled)
        self.check.toggled.connect(self.browse.setEnabled)

    def value(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text) if self.check.isChecked() and text else None


class ExportDialog(QDialog):
    """Choose language and files, export on a worker, show what was written.

    Signals:
        exported(object): the :class:`ExportResult` after a successful export.
    """

    exported = Signal(object)

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
        stem = f"{session.path.stem if session else 'AuditReady'}_report_{dt.date.today()}"
        self.language = QComboBox(objectName="reportLanguageCombo")
        for code, name in REPORT_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(ctx.content_lang))
        self.pdf = _Target("pdf", folder / f"{stem}.pdf")
        self.xlsx = _Target("xlsx", folder / f"{stem}.xlsx")
        self.pdf.browse.clicked.connect(lambda: self._browse(self.pdf, "pdf"))
        self.xlsx.browse.clicked.connect(lambda: self._browse(self.xlsx, "xlsx"))
        self._language_label = QLabel()
        form = QFormLayout()
        form.addRow(self._language_label, self.language)
        form.addRow(self.pdf.check, self.pdf.row)
        form.addRow(self.xlsx.check, self.xlsx.row)
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 260)
        self.retranslate()

    def report_language(self) -> str:
        """"zh" or "en"."""
        return str(self.language.currentData())

    def start_export(self) -> Task | None:
        """Run the export on a worker (the progress dialog shows meanwhile)."""
        self.result_label.hide()
        self.open_folder.hide()
        task = self._actions.export(self.report_language(), self.pdf.value(), self.xlsx.value(),
                                    self._on_done)
        if task is not None:
            self.export_button.setEnabled(False)
            task.signals.finished.connect(lambda: self.export_button.setEnabled(True))
        self.task = task
        return task

    def _on_done(self, result: ExportResult) -> None:
        self.result = result
        files = [p for p in (result.pdf, result.xlsx) if p is not None]
        lines = [self.tr("The report was written:")] + [str(p) for p in files]
        self.result_label.setText("\n".join(lines))
        self.result_label.show()
        self.open_folder.show()
        self.exported.emit(result)

    def _open_folder(self) -> None:
        if self.result is None:
            return
        first = self.result.pdf or self.result.xlsx
        if first is not None:
            self._ctx.open_url(QUrl.fromLocalFile(str(first.parent)))

    def _browse(self, target: _Target, kind: str) -> None:
        pattern = (self.tr("PDF files (*.pdf)") if kind == "pdf"
                   else self.tr("Excel workbooks (*.xlsx)"))
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
        self.pdf.check.setText(self.tr("PDF report:"))
        self.xlsx.check.setText(self.tr("Excel workbook:"))
        self.pdf.browse.setText(self.tr("Browse…"))
        self.xlsx.browse.setText(self.tr("Browse…"))
        self.open_folder.setText(self.tr("Open folder"))
        self.export_button.setText(self.tr("Export"))
