"""UI language: choosing it, installing Qt Linguist translators, switching live.

Two languages exist for the interface: ``"zh_CN"`` and ``"en"`` (the source
language of every ``tr()`` string). Checklist content is data with zh and en
fields and does not go through Linguist; :func:`content_lang` maps the UI
language to the key :meth:`desktop.domain.model.Text.get` understands.

Switching language installs a new :class:`QTranslator`; Qt then sends a
``LanguageChange`` event to every widget, whose ``changeEvent`` calls its own
``retranslate()``. Content (clause titles, status words) follows
:attr:`LanguageManager.changed`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication

from desktop.language import choose_lang
from desktop.paths import resource
from desktop.ui.shell.settings import UiSettings

UI_LANGUAGES = ("zh_CN", "en")
#: Each language named in itself, for language pickers (never translated).
LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}


def system_language() -> str:
    """The UI language when the user never chose one: ``"zh_CN"`` or ``"en"``.

    Decided by :func:`desktop.language.choose_lang` (``AUDITREADY_LANG``,
    ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, then the system's UI languages as Qt
    reports them, or Windows' own UI language).
    """
    return ui_language(choose_lang(ui_languages=QLocale.system().uiLanguages()))


def ui_language(lang: str) -> str:
    """The UI language (``"zh_CN"`` or ``"en"``) for a content language ``"zh"``/``"en"``."""
    return "zh_CN" if lang == "zh" else "en"


def content_lang(ui_lang: str) -> str:
    """``"zh"`` or ``"en"``: the key for bilingual content shown in ``ui_lang``."""
    return "zh" if ui_lang.startswith("zh") else "en"


def translation_file(ui_lang: str) -> Path:
    """The compiled translation (``.qm``) for ``ui_lang``; it may be missing.

    English is the source language; its file only holds plural forms (``%n``).
    """
    return resource("translations", f"auditready_{ui_lang}.qm")


def arg(template: str, *values: object) -> str:
    """Fill ``%1``, ``%2``... in a translated ``template`` (Qt's QString::arg style)."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template


class LanguageManager(QObject):
    """Owns the installed translators and the current UI language.

    Args:
        app: the application the translators are installed on.
        settings: where the choice is remembered (``ui/language``).

    Signals:
        changed(str): the UI language after a switch, e.g. ``"zh_CN"``.
    """

    changed = Signal(str)

    def __init__(self, app: QApplication, settings: UiSettings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._settings = settings
        self._translators: list[QTranslator] = []
        self._current = "en"
        chosen = settings.language()
        wanted = chosen if chosen in UI_LANGUAGES else system_language()
        self._install(wanted if wanted in UI_LANGUAGES else "en")

    @property
    def current(self) -> str:
        """The UI language in use: ``"zh_CN"`` or ``"en"``."""
        return self._current

    @property
    def content(self) -> str:
        """``"zh"`` or ``"en"`` for bilingual content and UserError messages."""
        return content_lang(self._current)

    def set_language(self, ui_lang: str) -> None:
        """Switch the UI to ``ui_lang`` now and remember it.

        Raises:
            ValueError: not one of :data:`UI_LANGUAGES`.
        """
        if ui_lang not in UI_LANGUAGES:
            raise ValueError(ui_lang)
        self._settings.set_language(ui_lang)
        if ui_lang == self._current:
            return
        self._install(ui_lang)
        # Deliver the LanguageChange events now, so texts and content switch together.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.changed.emit(self._current)

    def uninstall(self) -> None:
        """Remove this manager's translators from the application (back to English)."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []

    def _install(self, ui_lang: str) -> None:
        self.uninstall()
        ours = QTranslator(self)
        if not ours.load(str(translation_file(ui_lang))) and ui_lang != "en":
            # A missing .qm (not built yet) leaves the English source strings.
            ui_lang = "en"
            ours.load(str(translation_file(ui_lang)))
        self._current = ui_lang
        if not ours.isEmpty():
            self._add(ours)
        if ui_lang != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qtbase = QTranslator(self)
            if qtbase.load(f"qtbase_{ui_lang}", qt_dir):
                self._add(qtbase)

    def _add(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._translators.append(translator)
