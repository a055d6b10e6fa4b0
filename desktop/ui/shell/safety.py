"""File ▸ Backups… and Tools ▸ Verify project: the actions, their menus and the verify run.

:class:`SafetyCommands` adds its two actions to the main window's menus and
keeps them enabled only while a project is open and no background task runs.
Verify runs :func:`desktop.services.verify.verify_project` on the task runner
with a progress dialog whose Cancel stops it; a sound project is reported in
a message, problems are listed in :class:`VerifyDialog` in the UI language.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import human_size
from desktop.ui.shell.i18n import arg
from desktop.ui.shell.menus import MainMenus
from desktop.ui.shell.workers import ProgressFeedback, Task

if TYPE_CHECKING:  # the backups dialog and the verify service load on first use
    from desktop.services.verify import VerifyReport
    from desktop.ui.shell.backups_dialog import BackupsDialog, OpenFn


class VerifyDialog(QDialog):
    """The problems verify found, one per line, in the UI language."""

    def __init__(self, ctx: AppContext, report: VerifyReport,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.report = report
        self._ctx = ctx
        self.summary = QLabel(objectName="verifySummary", wordWrap=True)
        self.problems = QListWidget(objectName="verifyProblems")
        self.problems.setWordWrap(True)
        self.problems.addItems([p.text(ctx.ui_lang) for p in report.problems])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.resize(680, 360)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Verify project"))
        self.summary.setText(arg(self.tr(
            '%1 problem(s) found in "%2". Restore a backup (File ▸ Backups…) or attach the '
            "named evidence files again."), str(len(self.report.problems)),
            self.report.path.name))
        for row, problem in enumerate(self.report.problems):
            item = self.problems.item(row)
            if item is not None:
                item.setText(problem.text(self._ctx.ui_lang))


class SafetyCommands(QObject):
    """The Backups… and Verify project actions of the main window.

    Args:
        ctx: the application context.
        actions: the project actions (session, task runner).
        menus: the window's menus; Backups… goes after Save As, Verify into a
            Tools menu before Settings.
        open_project: opens a project file in the window (for restored backups).
        window: parent of dialogs.
    """

    def __init__(self, ctx: AppContext, actions: ProjectActions, menus: MainMenus,
                 open_project: OpenFn, window: QMainWindow) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._actions = actions
        self._open = open_project
        self._window = window
        self.backups_dialog: BackupsDialog | None = None
        self.verify_dialog: VerifyDialog | None = None
        self.backups = QAction(window, objectName="actionBackups")
        self.verify = QAction(window, objectName="actionVerify")
        file_actions = menus.file_menu.actions()
        after = file_actions.index(menus.save_as) + 1
        menus.file_menu.insertAction(file_actions[after] if after < len(file_actions) else None,
                                     self.backups)
        self.tools_menu = QMenu(window, objectName="menuTools")
        self.tools_menu.addAction(self.verify)
        window.menuBar().insertMenu(menus.settings_menu.menuAction(), self.tools_menu)
        self.backups.triggered.connect(lambda _checked=False: self.show_backups())
        self.verify.triggered.connect(lambda _checked=False: self.start_verify())
        actions.sessionChanged.connect(self._update_enabled)
        actions.busyChanged.connect(lambda _busy: self._update_enabled())
        ctx.language.changed.connect(lambda _lang: self.retranslate())
        self.retranslate()
        self._update_enabled()

    def _update_enabled(self) -> None:
        enabled = self._actions.session is not None and not self._actions.runner.busy
        self.backups.setEnabled(enabled)
        self.verify.setEnabled(enabled)

    def show_backups(self) -> BackupsDialog | None:
        """File ▸ Backups… (modeless, so tests can drive it)."""
        session = self._actions.session
        if session is None:
            return None
        from desktop.ui.shell.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self._ctx, session, self._open, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "backups_dialog", None))
        self.backups_dialog = dialog
        dialog.show()
        return dialog

    def start_verify(self) -> Task | None:
        """Tools ▸ Verify project: check the whole project on a worker, with progress and cancel.

        None when no project is open or another task runs (message shown).
        """
        session = self._actions.session
        if session is None:
            return None
        if self._actions.runner.busy:
            self._ctx.errors.info(self.tr("AuditReady"),
                                  self.tr("Please wait until the current task has finished."),
                                  self._window)
            return None
        from desktop.services import verify as verify_service

        connected = threading.Event()

        def job(progress: Callable[[int, int], None],
                cancelled: Callable[[], bool]) -> VerifyReport:
            connected.wait()  # every outcome has its receiver before the work starts
            return verify_service.verify_project(session, progress=progress, cancelled=cancelled)

        task = self._actions.runner.start(job)
        try:
            ProgressFeedback(task, self.tr("Verifying the project…"), cancellable=True,
                             parent=self._window)
            task.signals.succeeded.connect(self._show_report)
            task.signals.failed.connect(lambda exc: self._ctx.errors.handle(exc, self._window))
        finally:
            connected.set()
        return task

    def _show_report(self, report: VerifyReport) -> None:
        if report.ok:
            self._ctx.errors.info(self.tr("Verify project"), arg(self.tr(
                'No problems found in "%1": its structure is intact and all %2 stored '
                "evidence files (%3) match their SHA-256 fingerprints."),
                report.path.name, str(report.blobs_checked), human_size(report.bytes_checked)),
                self._window)
            return
        dialog = VerifyDialog(self._ctx, report, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "verify_dialog", None))
        self.verify_dialog = dialog
        dialog.show()

    def retranslate(self) -> None:
        """Set the action and menu texts in the current UI language."""
        self.backups.setText(self.tr("&Backups…"))
        self.backups.setStatusTip(self.tr("List the project's backups and restore one as a "
                                          "new file"))
        self.tools_menu.setTitle(self.tr("T&ools"))
        self.verify.setText(self.tr("&Verify project"))
        self.verify.setStatusTip(self.tr("Check the file and every stored evidence file "
                                         "against its SHA-256 fingerprint"))
