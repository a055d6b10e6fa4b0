"""The integrity check a project still owes once the window shows it, on a thread of its own.

The window opens projects with ``check_later=True``
(:func:`desktop.services.session.open_project`): the tables that grow with
the evidence files are not checked before the project is shown. Right after
it is shown, :class:`OpenCheck` runs
:func:`~desktop.services.session.finish_open_check` on a private thread. The
window stays usable meanwhile: reading is allowed, and a change waits for the
check to end (the store runs it before every write,
:class:`desktop.store.checks.LaterCheck`). When the check finds damage, the
project is closed and the user is told why, with the offer to open the latest
backup, as when a damaged project is refused at open. Nothing is said when
the project is sound.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QWidget

from desktop.errors import CorruptProjectError, UserError
from desktop.services import session as session_service
from desktop.services.session import ProjectSession
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.workers import Task

if TYPE_CHECKING:
    from desktop.ui.shell.actions import ProjectActions


class OpenCheck(QObject):
    """Finishes the open-time check of each project the window opens.

    It starts when :attr:`ProjectActions.sessionChanged` brings a project that
    still owes its check (connect it after the window's own handler, so the
    window is built first), once the events already queued (the window's first
    paint) are handled, and is cancelled when the project is about to close.

    Args:
        actions: the window's project actions.
        ctx: the application context (errors, languages).
        window: parent for the messages.
    """

    def __init__(self, actions: ProjectActions, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._actions = actions
        self._ctx = ctx
        self._window = window
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._task: Task | None = None
        self._pending: ProjectSession | None = None
        actions.sessionAboutToChange.connect(self.cancel)
        actions.sessionChanged.connect(self._start)

    @property
    def running(self) -> bool:
        """True while a check is about to start or runs (tests wait for it to end)."""
        return self._task is not None or self._pending is not None

    def _start(self) -> None:
        session = self._actions.session
        later = session.store.later_check if session is not None else None
        if session is None or later is None or later.passed:
            return
        # Once the window has handled what is already queued (its first paint).
        self._pending = session
        QTimer.singleShot(0, self._begin)

    def _begin(self) -> None:
        session, self._pending = self._pending, None
        if session is None or self._actions.session is not session:
            return
        task = Task(lambda _progress, cancelled: session_service.finish_open_check(
            session, cancelled))
        task.signals.failed.connect(lambda exc: self._failed(session, exc))
        task.signals.finished.connect(lambda: self._ended(task))
        self._task = task
        self._pool.start(task)

    def _ended(self, task: Task) -> None:
        if self._task is task:
            self._task = None

    def wait(self) -> None:
        """Block until a running check has ended (its outcome is then delivered by
        the event loop); for benchmarks."""
        self._begin()
        self._pool.waitForDone()

    def cancel(self) -> None:
        """Stop a running check and wait for its thread (the project is closing)."""
        self._pending = None
        if self._task is not None:
            self._task.cancel()
            session = self._actions.session
            if session is not None and session.store.later_check is not None:
                session.store.later_check.interrupt()
            self._pool.waitForDone()
            self._task = None

    def _failed(self, session: ProjectSession, exc: BaseException) -> None:
        if self._actions.session is not session:
            return  # that project was closed meanwhile
        path = session.path
        self._actions.close_project()
        from desktop.ui.shell.backups_dialog import offer_latest_backup  # rarely needed

        if isinstance(exc, CorruptProjectError) and offer_latest_backup(
                self._ctx, self._window, path, exc, self._actions.open_project):
            return
        if isinstance(exc, UserError):
            self._ctx.errors.user_error(exc, self._window)
        else:
            self._ctx.errors.handle(exc, self._window)
