"""The application context: everything a window needs, built once by ``desktop.ui.shell.app``.

There are no module-level singletons: the composition root creates one
:class:`AppContext` and hands it to the main window, which passes it on to
the panels and dialogs it creates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop.ui.shell.errors import ErrorReporter
from desktop.ui.shell.i18n import LanguageManager
from desktop.ui.shell.settings import UiSettings

if TYPE_CHECKING:
    from desktop.domain.model import Catalog  # loaded after the first window is on screen


@dataclass
class AppContext:
    """Shared services of the UI.

    Attributes:
        catalog: the knowledge base (all standards this version knows).
        settings: UI state in QSettings.
        language: the current UI language and the translators.
        errors: the two error channels.
        open_url: opens a file or folder with the system's program
            (tests replace it to record the URL instead).
    """

    catalog: Catalog
    settings: UiSettings
    language: LanguageManager
    errors: ErrorReporter
    open_url: Callable[[QUrl], bool] = field(default=QDesktopServices.openUrl)

    @property
    def ui_lang(self) -> str:
        """The UI language: ``"zh_CN"`` or ``"en"``."""
        return self.language.current

    @property
    def content_lang(self) -> str:
        """``"zh"`` or ``"en"``: which side of bilingual content to show."""
        return self.language.content
