"""Closing the window or the project while an export, import or attach runs: ask,
never drop work silently.

The user chooses to wait (the window or project closes by itself when the
task has ended) or to cancel the task and close now. A cancelled task writes nothing
half: exports write every file or none, attaches and imports roll back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.shell.context import AppContext
from desktop.ui.shell.workers import TaskRunner


class CloseGuard(QObject):
    """Decides whether the window may close now while the runner may be busy.

    Args:
        ctx: the application context (its error channel asks the question).
        runner: the project's background task runner.
        retry: closes the window again (called once the awaited task ended).
        parent: the window, parent of the question.
    """

    def __init__(self, ctx: AppContext, runner: TaskRunner, retry: Callable[[], object],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._retry = retry
        self._window = parent
        self.waiting = False
        self._again = retry
        runner.busyChanged.connect(self._on_busy)

    def may_close(self, retry: Callable[[], object] | None = None, *,
                  project: bool = False) -> bool:
        """True when nothing runs, or the user chose to cancel the task (it is cancelled).

        False when the user chose to wait: the close is tried again when the
        task has ended, by ``retry`` (default: closing the window).
        ``project``: only the project closes, the window stays (the question says so).
        """
        if not self._runner.busy:
            return True
        self._again = retry or self._retry
        if self._ask(project):
            self.waiting = False
            self._runner.cancel_all()
            return True
        self.waiting = True
        return False

    def _ask(self, project: bool = False) -> bool:
        """True for "cancel it and close", False for "wait"."""
        title = self.tr("A task is still running")
        question = self.tr("An export, import or attached file is still being written. "
                           "Wait until it has finished (the window then closes by itself), "
                           "or cancel it and close now? A cancelled task leaves nothing "
                           "half-written.")
        if project:
            question = self.tr("An export, import or attached file is still being written. "
                               "Wait until it has finished (the project then closes by "
                               "itself), or cancel it and close the project now? A cancelled "
                               "task leaves nothing half-written.")
        if not self._ctx.errors.dialogs:
            return self._ctx.errors.confirm(title, question, self._window)
        box = QMessageBox(QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.NoButton, self._window)
        wait = box.addButton(self.tr("Wait"), QMessageBox.ButtonRole.RejectRole)
        stop = box.addButton(self.tr("Cancel it and close"),
                             QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(wait)
        box.setEscapeButton(wait)
        box.exec()
        return box.clickedButton() is stop

    def _on_busy(self, busy: bool) -> None:
        if busy or not self.waiting:
            return
        self.waiting = False
        # After the task's own success handlers, which are already queued.
        QTimer.singleShot(0, self._again)
