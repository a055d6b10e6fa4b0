"""Composition root of the desktop application: ``auditready [PROJECT]``.

Starts in two steps, so that the window is on screen before most of the
program has loaded. First, with only Qt and a few light modules imported: the
QApplication, the bundled CJK font, the crash handler, the UI settings and
language, and the main window's frame (title, size, place, and a line saying
which project is being opened), shown and painted. Then, from the event loop:
the rest of the program's modules (:mod:`desktop.ui.shell.window_parts`), the
catalog, the :class:`~desktop.ui.shell.context.AppContext`, the window's
contents; then the project opens: the one named on the command line, else the
most recent one, else the sample project (created in the user data folder on
first run).

``AUDITREADY_NO_DIALOGS=1`` turns every error dialog into a line on stderr
(tests and smoke runs); ``--smoke`` (or ``AUDITREADY_SMOKE=1``) opens the
start-up project, paints the window once, prints the window title and exits
(0 when the project opened); ``--screenshot PNG`` also saves a picture of the
main window there (the Windows smoke test checks it). ``AUDITREADY_SMOKE=hold``
waits for a line or the end of standard input after printing the title, so a
test can take a screenshot of the display first. ``--report-shown`` prints
``window shown`` once the first frame is painted (``bench/ui.py`` times it).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop import __version__, paths
from desktop.errors import UserError
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.errors import ErrorReporter, dialogs_disabled
from desktop.ui.shell.i18n import LanguageManager, system_language
from desktop.ui.shell.main_window import MainWindow, app_icon
from desktop.ui.shell.settings import UiSettings

if TYPE_CHECKING:
    from desktop.domain.model import Catalog

#: Set to 1 for a smoke run: like ``--smoke``.
SMOKE_ENV = "AUDITREADY_SMOKE"
#: System CJK fonts preferred over the bundled one when installed (Windows, macOS, Linux).
_PREFERRED_CJK = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC",
                  "Noto Sans CJK SC", "Source Han Sans SC")


def install_font(app: QApplication) -> str | None:
    """Register the bundled WenQuanYi Micro Hei and add it to the app font's families.

    The system UI font stays first (Latin text looks native); a preferred
    system Chinese font, if installed, comes next; the bundled font is the
    last fallback, so Chinese renders even where no Chinese font is installed.

    Returns:
        The bundled family name, or None when the font file could not be loaded.
    """
    path = paths.resource("fonts", "wqy-microhei.ttc")
    # By file name when it is plain ASCII (Qt then reads only what it needs, several ms
    # quicker at start); else from memory: Qt's Windows font database fails to add a font
    # file whose path has non-ASCII characters (seen under wine with C:\Users\张三\...).
    font_id = QFontDatabase.addApplicationFont(str(path)) if str(path).isascii() else -1
    if font_id < 0:
        try:
            data = path.read_bytes()
        except OSError:
            return None
        font_id = QFontDatabase.addApplicationFontFromData(data)
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    bundled = families[0]
    installed = set(QFontDatabase.families())
    font = QFont(app.font())
    chain = [font.family()]
    chain += [f for f in _PREFERRED_CJK if f in installed][:1]
    chain.append(bundled)
    font.setFamilies(list(dict.fromkeys(chain)))
    app.setFont(font)
    return bundled


def create_context(app: QApplication, settings: QSettings, catalog: Catalog, *,
                   dialogs: bool | None = None,
                   language: LanguageManager | None = None) -> AppContext:
    """Build the :class:`AppContext` (language installed, errors channel ready).

    Args:
        settings: where UI state lives (native settings, or an ini file in tests).
        dialogs: False logs messages instead of showing dialogs
            (default: not ``AUDITREADY_NO_DIALOGS``).
        language: the language manager already installed on ``app`` (start-up makes
            it for the window's frame); default: a new one over ``settings``.
    """
    ui_settings = UiSettings(settings)
    if language is None:
        language = LanguageManager(app, ui_settings)
    errors = ErrorReporter(lambda: language.current,
                           dialogs=not dialogs_disabled() if dialogs is None else dialogs,
                           parent=language)
    return AppContext(catalog=catalog, settings=ui_settings, language=language, errors=errors)


def known_project(settings: UiSettings, requested: Path | None) -> Path | None:
    """The project start-up will open if it is known without the catalog:
    ``requested``, else the most recent one that still exists; None when the
    sample will be used (or no recent project is left)."""
    if requested is not None:
        return requested
    return next((recent for recent in settings.recent_projects() if recent.is_file()), None)


def startup_project(ctx: AppContext, requested: Path | None) -> Path | None:
    """The project to open at start: ``requested``, else the most recent that
    still exists, else the sample (created now if missing).

    Returns:
        The path, or None when the sample cannot be created (the message is shown).
    """
    if requested is not None:
        return requested
    for recent in ctx.settings.recent_projects():
        if recent.is_file():
            return recent
        ctx.settings.remove_recent_project(recent)
    from desktop.ui.shell.start_page import ensure_sample  # the sample's services

    return ensure_sample(ctx)


def _parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="auditready",
                                     description="AuditReady 审核就绪助手")
    parser.add_argument("project", nargs="?", type=Path, help="project file to open")
    parser.add_argument("--version", action="version", version=f"AuditReady {__version__}")
    parser.add_argument("--smoke", action="store_true",
                        help="open the start-up project, show the window once and exit "
                             "(exit code 0 when the project opened)")
    parser.add_argument("--screenshot", type=Path, metavar="PNG",
                        help="with --smoke: save a picture of the main window to this file")
    parser.add_argument("--report-shown", action="store_true",
                        help="print 'window shown' once the window first appears")
    args, _qt_args = parser.parse_known_args(list(argv)[1:])
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop application; returns the process exit code (2 when the
    knowledge base cannot be loaded; with ``--smoke``, 1 when the project did
    not open)."""
    # What the imports built lives as long as the program: kept out of every later
    # garbage collection, a full one of which would otherwise cost tens of ms at start.
    # Collection is on from here even when the entry script turned it off while the
    # modules loaded (build_spec/launch_gui.py does).
    gc.freeze()
    gc.enable()
    argv = list(sys.argv if argv is None else argv)
    args = _parse_args(argv)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    install_font(app)
    settings = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                         paths.APP_AUTHOR, paths.APP_NAME)
    ui_settings = UiSettings(settings)
    boot_errors = ErrorReporter(lambda: ui_settings.language() or system_language(),
                                dialogs=not dialogs_disabled())
    boot_errors.install()
    language = LanguageManager(app, ui_settings)
    window = MainWindow()
    window.place_from_settings(ui_settings.window_geometry())
    project = known_project(ui_settings, args.project)
    window.show_starting(_shown_file_name(project) if project is not None else None)
    window.show_first()
    start = _Startup(app, window, args, settings, language, boot_errors)
    _when_painted(app, window, start.run)
    code = app.exec()
    return code if start.exit_code is None else start.exit_code


def _shown_file_name(path: Path) -> str:
    """``path``'s file name as the UI may show it (bidirectional and format
    characters escaped; :func:`desktop.domain.names.shown_name`)."""
    from desktop.domain.names import shown_name  # a small module; the frame has no other need

    return shown_name(path.name)


class _Startup:
    """The second step of :func:`main`: everything after the frame is on screen."""

    def __init__(self, app: QApplication, window: MainWindow, args: argparse.Namespace,
                 settings: QSettings, language: LanguageManager,
                 boot_errors: ErrorReporter) -> None:
        self.app, self.window, self.args = app, window, args
        self.settings, self.language, self.boot_errors = settings, language, boot_errors
        #: The code :func:`main` returns instead of the event loop's, when set.
        self.exit_code: int | None = None

    def run(self) -> None:
        """Load the rest of the program and the catalog, build the window's contents,
        open the start-up project. Ends the program with 2 when the catalog cannot be
        loaded, and with 1 after the crash report of any other failure on the way (an
        empty window never stays behind)."""
        if self.args.report_shown:
            _say("window shown")
        if not self.window.isVisible():  # closed before it was built
            self.app.quit()
            return
        try:
            self._complete()
        except Exception as exc:  # reported, then the program ends
            self.boot_errors.handle(exc, self.window)
            self._end(1)

    def _complete(self) -> None:
        from desktop.ui.shell.light_imports import import_first_window

        import_first_window()
        from desktop.catalog import load_catalog

        try:
            catalog = load_catalog()
        except UserError as exc:
            self.boot_errors.user_error(exc)
            self._end(2)
            return
        ctx = create_context(self.app, self.settings, catalog, language=self.language)
        ctx.errors.install()
        self.window.build(ctx)
        project = startup_project(ctx, self.args.project)
        opened = project is not None and self.window.open_project(project)
        smoke = os.environ.get(SMOKE_ENV, "")
        if self.args.smoke or smoke in {"1", "hold"}:
            self.exit_code = 0 if opened else 1
            _when_painted(self.app, self.window, lambda: _finish_smoke(
                self.app, self.window, hold=smoke == "hold", screenshot=self.args.screenshot))

    def _end(self, code: int) -> None:
        self.exit_code = code
        self.window.close()
        self.app.quit()


def _when_painted(app: QApplication, window: MainWindow, then: Callable[[], None],
                  tries: int = 250) -> None:
    """Call ``then`` from the event loop once the window system has exposed
    ``window`` (checked in 20 ms steps, 5 s at most) and the window is painted
    and synced with the window system, so its pixels are on the display."""
    def check(tries: int) -> None:
        handle = window.windowHandle()
        if handle is not None and not handle.isExposed() and tries > 0:
            QTimer.singleShot(20, lambda: check(tries - 1))
            return
        window.repaint()
        app.sync()
        then()

    QTimer.singleShot(0, lambda: check(tries))


def _finish_smoke(app: QApplication, window: MainWindow, *, hold: bool,
                  screenshot: Path | None = None) -> None:
    """End a smoke run once the window is on screen: print its title and quit.

    With ``hold`` (``AUDITREADY_SMOKE=hold``) it then waits for a line or the
    end of standard input before quitting, so that a test can look at the real
    screen (a screenshot of the X display) in the meantime. With
    ``screenshot``, a PNG picture of the main window is saved there.
    """
    _say(window.windowTitle())
    if screenshot is not None:
        window.grab().save(str(screenshot), "PNG")
    if hold and sys.stdin is not None:
        sys.stdin.readline()
    window.close()
    app.quit()


def _say(line: str) -> None:
    """Print a line for smoke runs (a windowed frozen build may have no stdout)."""
    if sys.stdout is None:
        return
    encoding = sys.stdout.encoding or "utf-8"
    print(line.encode(encoding, "replace").decode(encoding), flush=True)


if __name__ == "__main__":
    sys.exit(main())
