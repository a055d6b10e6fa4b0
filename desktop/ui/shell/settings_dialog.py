"""Preferences dialog: interface language (applied live), default report language and
paper size, the user's name, how many backups to keep, and whether expired evidence
is announced when a project opens.

Everything but the backup count is UI state in QSettings (:class:`UiSettings`);
the backup count is the backup policy every project shares
(:func:`desktop.services.backups.save_backup_policy`), also set in the backups dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services import backups as backup_service
from desktop.services.backups import BackupPolicy
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import LANGUAGE_NAMES, UI_LANGUAGES


class SettingsDialog(QDialog):
    """Settings ▸ Preferences…; OK saves every field, Cancel none."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._ctx = ctx
        settings = ctx.settings
        self.language = QComboBox(objectName="languageCombo")
        for code in UI_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(ctx.ui_lang))
        self.report_language = QComboBox(objectName="defaultReportLanguageCombo")
        for code in ("", "zh", "en"):
            self.report_language.addItem("", code)
        self.report_language.setCurrentIndex(
            self.report_language.findData(settings.report_language()))
        self.paper = QComboBox(objectName="defaultPaperCombo")
        for code in ("", "A4", "Letter"):
            self.paper.addItem("", code)
        self.paper.setCurrentIndex(self.paper.findData(settings.paper_size()))
        self.user_name = QLineEdit(settings.user_name(), objectName="userNameEdit")
        self.backups = QSpinBox(objectName="backupCountSpin")
        self.backups.setRange(1, 999)
        self.backups.setValue(backup_service.backup_policy().keep)
        self.freshness = QCheckBox(objectName="freshnessWarningsCheck")
        self.freshness.setChecked(settings.freshness_warnings())
        self._labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.language, self.report_language, self.paper,
                                               self.user_name, self.backups), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.freshness)
        self._note = QLabel(wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    def chosen_language(self) -> str:
        """The language code picked: "zh_CN" or "en"."""
        return str(self.language.currentData())

    def accept(self) -> None:
        """Save every preference; apply the language now."""
        settings = self._ctx.settings
        settings.set_report_language(str(self.report_language.currentData()))
        settings.set_paper_size(str(self.paper.currentData()))
        settings.set_user_name(self.user_name.text())
        settings.set_freshness_warnings(self.freshness.isChecked())
        current = backup_service.backup_policy()
        if self.backups.value() != current.keep:
            try:
                backup_service.save_backup_policy(BackupPolicy(
                    keep=self.backups.value(), max_total_bytes=current.max_total_bytes))
            except UserError as exc:
                self._ctx.errors.user_error(exc, self)
                return
        self._ctx.language.set_language(self.chosen_language())
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Preferences"))
        texts = (self.tr("Interface language:"), self.tr("Default report language:"),
                 self.tr("Default paper size:"), self.tr("Your name:"),
                 self.tr("Backups kept per project:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.language.setAccessibleName(self.tr("Interface language"))
        self.report_language.setItemText(0, self.tr("Same as the interface"))
        self.report_language.setItemText(1, "中文")
        self.report_language.setItemText(2, "English")
        self.paper.setItemText(0, self.tr("The system's (A4, Letter in the US)"))
        self.paper.setItemText(1, self.tr("A4 (210 × 297 mm)"))
        self.paper.setItemText(2, self.tr("Letter (8.5 × 11 in)"))
        self.user_name.setPlaceholderText(self.tr("As written in the owner fields"))
        self.user_name.setToolTip(self.tr("Used by the \"mine\" filter and as the default "
                                          "name for report sign-off"))
        self.freshness.setText(self.tr("Warn about expired evidence when a project opens"))
        self._note.setText(self.tr("Checklist texts follow the interface language. The "
                                   "export dialog starts with the default report language "
                                   "and paper size; you can change them there for one "
                                   "export."))
