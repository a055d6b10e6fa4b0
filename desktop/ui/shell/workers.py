"""Long work off the GUI thread: one writer at a time, progress, cancel.

A job is a plain function ``job(progress, cancelled) -> result`` that gets
plain data through a closure (a session, a path), never widgets. It runs on a
thread pool limited to one thread, so only one job touches the project at a
time; :attr:`TaskRunner.busy` lets the GUI refuse other writes meanwhile.
Results and exceptions come back to the GUI thread through signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Job = Callable[[Progress, Cancelled], Any]

PROGRESS_STEPS = 1000


class TaskSignals(QObject):
    """Signals of one task; they live in the GUI thread, emitted from the worker."""

    progress = Signal(int, int)  # done, total (scaled to PROGRESS_STEPS)
    succeeded = Signal(object)  # the job's return value
    failed = Signal(object)  # the exception, with __traceback__
    cancelled = Signal()  # the job stopped because the user cancelled
    finished = Signal()  # after any of the three above


class Task(QRunnable):
    """Runs one job on a worker thread and reports back through :attr:`signals`."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop; it polls ``cancelled()`` and rolls back."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        steps = PROGRESS_STEPS
        scaled = steps if total <= 0 else min(steps, done * steps // total)
        self.signals.progress.emit(scaled, PROGRESS_STEPS)

    def run(self) -> None:
        """Worker-thread body: call the job, emit exactly one outcome, then finished."""
        try:
            result = self._job(self._progress, self._cancel.is_set)
        except BaseException as exc:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        self.signals.finished.emit()


class TaskRunner(QObject):
    """Starts tasks one at a time on a private single-thread pool.

    Signals:
        busyChanged(bool): a task started (True) or the last one ended (False).
    """

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[Task] = set()

    @property
    def busy(self) -> bool:
        """True while a task is queued or running."""
        return bool(self._running)

    def start(self, job: Job, connect: Callable[[Task], None] | None = None) -> Task:
        """Queue ``job`` and return its task.

        ``connect(task)`` runs before the task is handed to the thread pool:
        connect every signal there. A job can fail (or finish) at once, on the
        worker thread, before :meth:`start` returns; a signal connected only
        afterwards may never be delivered.
        """
        task = Task(job)
        self._running.add(task)
        # Connected first, so the runner is idle again before the outcome's own
        # handlers run (one of them may start the next action at once).
        for outcome in (task.signals.succeeded, task.signals.failed, task.signals.cancelled):
            outcome.connect(lambda *_args: self._done(task), Qt.ConnectionType.QueuedConnection)
        task.signals.finished.connect(lambda: self._done(task), Qt.ConnectionType.QueuedConnection)
        if connect is not None:
            try:
                connect(task)
            except BaseException:
                self._running.discard(task)
                raise
        if len(self._running) == 1:
            self.busyChanged.emit(True)
        self._pool.start(task)
        return task

    def _done(self, task: Task) -> None:
        if task not in self._running:
            return
        self._running.discard(task)
        if not self._running:
            self.busyChanged.emit(False)

    def cancel_all(self) -> None:
        """Ask every queued or running task to stop."""
        for task in self._running:
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task ended (used when the window closes)."""
        return self._pool.waitForDone(msecs)


class ProgressFeedback(QObject):
    """A modal progress dialog bound to one task: progress in, cancel out.

    Args:
        task: the running task.
        label: what is happening, already translated.
        cancellable: False hides the Cancel button (the job cannot stop halfway).
        parent: the window the dialog belongs to.
    """

    def __init__(self, task: Task, label: str, *, cancellable: bool, parent: QWidget) -> None:
        super().__init__(parent)
        dialog = QProgressDialog(parent)
        dialog.setObjectName("progressDialog")
        dialog.setWindowTitle(self.tr("AuditReady"))
        dialog.setLabelText(label)
        dialog.setRange(0, PROGRESS_STEPS)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if cancellable:
            dialog.canceled.connect(task.cancel)
        else:
            dialog.setCancelButton(None)
        task.signals.progress.connect(self._on_progress)
        task.signals.finished.connect(self._on_finished)
        self.dialog = dialog

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    @Slot()
    def _on_finished(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()
