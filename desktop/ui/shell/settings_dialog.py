"""Preferences dialog: the UI language (applied live, remembered in QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import LANGUAGE_NAMES, UI_LANGUAGES


class SettingsDialog(QDialog):
    """Lets the user pick the interface language (中文 / English)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._ctx = ctx
        self.language = QComboBox(objectName="languageCombo")
        for code in UI_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(ctx.ui_lang))
        self._label = QLabel()
        self._note = QLabel(wordWrap=True)
        form = QFormLayout()
        form.addRow(self._label, self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.retranslate()

    def chosen_language(self) -> str:
        """The language code picked: "zh_CN" or "en"."""
        return str(self.language.currentData())

    def accept(self) -> None:
        """Apply the language now."""
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
        self._label.setText(self.tr("Interface language:"))
        self.language.setAccessibleName(self.tr("Interface language"))
        self._note.setText(self.tr("Reports have their own language, chosen when you export "
                                   "them. Checklist texts follow the interface language."))
