"""Window-level commands beside the project: the start page's buttons, recent-project
summaries, a second window, the user guide (F1, context help), keyboard shortcuts
and About.

:class:`ShellCommands` keeps these out of the main window, which only creates it
and connects its menus to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop.errors import UserError
from desktop.services.assessment import expired_warning
from desktop.ui.shell.start_page import StartPage, ensure_sample, project_summary

if TYPE_CHECKING:
    from desktop.ui.shell.about import ShortcutsDialog
    from desktop.ui.shell.help_window import HelpWindow  # imported when F1 is first pressed
    from desktop.ui.shell.main_window import MainWindow

#: Help page of each page tab of the main window, in tab order.
TAB_HELP = ("checklist", "readiness", "records", "records", "certificates", "certificates",
            "readiness")


class ShellCommands(QObject):
    """Start page, recent summaries, new windows, help, shortcuts and About of one window.

    Args:
        window: the main window (its ``ctx``, ``actions``, ``pages`` and ``assessor``).
        new_window: builds another main window with the same context.
    """

    def __init__(self, window: MainWindow,
                 new_window: Callable[[], MainWindow]) -> None:
        super().__init__(window)
        self._window = window
        self._new_window = new_window
        self.start_page = StartPage(window.ctx)
        self.help: HelpWindow | None = None
        self.today: Callable[[], dt.date] = dt.date.today
        window.ctx.language.changed.connect(self._on_language_changed)

    # -- start page and recent projects ----------------------------------------------

    def open_sample(self) -> bool:
        """Open the sample project (created in the user data folder when missing)."""
        sample = ensure_sample(self._window.ctx)
        return sample is not None and self._window.open_project(sample)

    def remember_summary(self) -> None:
        """Store what the start page shows of the open project (called on open and close)."""
        w = self._window
        session = w.actions.session
        if session is None:
            return
        try:
            summary = project_summary(session, w.assessor.assessment, self.today())
        except UserError:  # a damaged project: the card keeps what it knew
            return
        w.ctx.settings.set_project_summary(session.path, summary)

    def companies(self) -> dict[Path, str]:
        """Company name per recent project, from the stored summaries."""
        settings = self._window.ctx.settings
        return {p: str(settings.project_summary(p).get("company") or "")
                for p in settings.recent_projects()}

    def opening_warnings(self) -> list[str]:
        """The banner's warnings, without the expired-evidence one when the user turned it off."""
        w = self._window
        texts = w.assessor.warnings()
        assessment = w.assessor.assessment
        if assessment is None or w.ctx.settings.freshness_warnings():
            return texts
        hidden = expired_warning(len(assessment.expired)).get(w.ctx.content_lang)
        return [t for t in texts if t != hidden]

    # -- another window ------------------------------------------------------------------

    def open_in_new_window(self, path: Path | None = None) -> MainWindow | None:
        """File ▸ Open in new window…: another project beside this one.

        A project already open in a window of this program is brought to the
        front instead (a project file is opened by one window at a time).
        Returns the window showing the project, or None (cancelled or failed).
        """
        w = self._window
        if path is None:
            name, _f = QFileDialog.getOpenFileName(
                w, self.tr("Open project in new window"), w.ctx.settings.last_dir(),
                self.tr("AuditReady projects (*.auditready);;All files (*)"))
            if not name:
                return None
            path = Path(name)
            w.ctx.settings.set_last_dir(path.parent)
        for other in self.windows():
            session = other.actions.session
            if session is not None and _same(session.path, path):
                _to_front(other)
                return other
        window = self._new_window()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.move(w.pos() + QPoint(40, 40))  # beside the first, not on top of it
        window.show()
        if not window.open_project(path):
            window.close()
            return None
        return window

    @staticmethod
    def windows() -> list[MainWindow]:
        """Every main window of the program that is open."""
        from desktop.ui.shell.main_window import MainWindow

        return [t for t in QApplication.topLevelWidgets()
                if isinstance(t, MainWindow) and t.isVisible()]

    # -- help --------------------------------------------------------------------------

    def context_page(self) -> str:
        """The help page of what the window shows: the start page, or the current tab's."""
        w = self._window
        if w.actions.session is None:
            return "getting-started"
        index = w.pages.currentIndex()
        return TAB_HELP[index] if 0 <= index < len(TAB_HELP) else "getting-started"

    def show_help(self, page: str | None = None) -> HelpWindow:
        """F1: the user guide at ``page`` (default: the page of the current view)."""
        lang = self._window.ctx.content_lang
        if self.help is None:
            from desktop.ui.shell.help_window import HelpWindow

            self.help = HelpWindow(lang, self._window)
        elif self.help.property("lang") != lang:
            self.help.set_language(lang)
        self.help.setProperty("lang", lang)
        self.help.show_page(page or self.context_page())
        self.help.show()
        _to_front(self.help)
        return self.help

    def _on_language_changed(self, _ui_lang: str) -> None:
        if self.help is not None:
            lang = self._window.ctx.content_lang
            self.help.set_language(lang)
            self.help.setProperty("lang", lang)

    def shortcuts_dialog(self) -> ShortcutsDialog:
        """Help ▸ Keyboard shortcuts (modeless, so tests can read it)."""
        from desktop.ui.shell.about import ShortcutsDialog  # with About: loaded on first use

        extra = [(self.tr("Next match in the user guide"), "F3 / Enter")]
        dialog = ShortcutsDialog(self._window, extra)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def about(self, parent: QWidget | None = None) -> None:
        """Help ▸ About: versions and licences."""
        from desktop.ui.shell.about import about_html  # reads package versions: on first use

        QMessageBox.about(parent or self._window, self.tr("About AuditReady"), about_html())


def _to_front(widget: QWidget) -> None:
    """Raise and activate ``widget`` (the offscreen platform of tests cannot raise)."""
    if QGuiApplication.platformName() != "offscreen":
        widget.raise_()
        widget.activateWindow()


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
