"""After an import: the mandatory documented information and the usual
certification-body requests that no file of the folder matched, with exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.reports.onboarding.model import FolderLacks
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg


class LacksDialog(QDialog):
    """The list of what the folder lacks, with Export PDF and Export workbook.

    Args:
        ctx: the application context (settings, errors, content language).
        lacks: computed by ``services.onboarding.folder_lacks``.
    """

    def __init__(self, ctx: AppContext, lacks: FolderLacks,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("folderLacksDialog")
        self._ctx, self.lacks = ctx, lacks
        lang = ctx.content_lang
        self.heading = QLabel(objectName="lacksHeading")
        self.heading.setWordWrap(True)
        self.table = QTableWidget(len(lacks.items), 4, objectName="lacksTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 120), (1, 70), (2, 420)):
            self.table.setColumnWidth(col, width)
        for r, item in enumerate(lacks.items):
            for c, text in enumerate((item.standard, item.clause, item.title.get(lang),
                                      item.why_listed.get(lang))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.pdf_button = QPushButton(objectName="lacksPdfButton")
        self.xlsx_button = QPushButton(objectName="lacksXlsxButton")
        self.close_button = QPushButton(objectName="closeButton")
        self.pdf_button.clicked.connect(lambda _c=False: self.export_pdf())
        self.xlsx_button.clicked.connect(lambda _c=False: self.export_xlsx())
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(980, 560)
        self.retranslate()

    def _target(self, title: str, suffix: str, filter_text: str) -> Path | None:
        default = Path(self._ctx.settings.last_dir()) / f"{self.lacks.folder}-lacks{suffix}"
        name, _f = QFileDialog.getSaveFileName(self, title, str(default), filter_text)
        return Path(name) if name else None

    def export_pdf(self, path: Path | None = None) -> Path | None:
        """Write the list as a PDF (asks where unless ``path``); None if not written."""
        path = path or self._target(self.tr("Export as PDF"), ".pdf",
                                    self.tr("PDF files (*.pdf)"))
        return self._write(path, "pdf")

    def export_xlsx(self, path: Path | None = None) -> Path | None:
        """Write the list as an Excel workbook (asks where unless ``path``)."""
        path = path or self._target(self.tr("Export as workbook"), ".xlsx",
                                    self.tr("Excel workbooks (*.xlsx)"))
        return self._write(path, "xlsx")

    def _write(self, path: Path | None, kind: str) -> Path | None:
        # reportlab and openpyxl load on first use, not when the window opens.
        from desktop.reports.onboarding.lacks_pdf import render_lacks_pdf
        from desktop.reports.onboarding.lacks_xlsx import render_lacks_xlsx
        if path is None:
            return None
        lang = "en" if self._ctx.content_lang == "en" else "zh"
        try:
            if kind == "pdf":
                render_lacks_pdf(self.lacks, path, lang=lang)
            else:
                render_lacks_xlsx(self.lacks, path, lang=lang)
        except UserError as exc:
            self._ctx.errors.user_error(exc, self)
            return None
        self._ctx.settings.set_last_dir(path.parent)
        return path

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the current UI language."""
        self.setWindowTitle(self.tr("What the folder lacks"))
        self.heading.setText(arg(
            self.tr("%1 of %2 required or commonly requested documents were not found in "
                    "the folder. Add them, or attach them later to their items."),
            len(self.lacks.items), self.lacks.considered))
        self.table.setHorizontalHeaderLabels([self.tr("Standard"), self.tr("Clause"),
                                              self.tr("Title"), self.tr("Why listed")])
        self.pdf_button.setText(self.tr("Export &PDF…"))
        self.xlsx_button.setText(self.tr("Export &workbook…"))
        self.close_button.setText(self.tr("Close"))
