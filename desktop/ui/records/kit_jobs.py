"""Run an export of the review pack or the audit kit on the worker, with a progress dialog.

Both exports read the open project and write files; they run off the GUI
thread like the report export (habit 6), one task at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.workers import ProgressFeedback, Task


def run_export(ctx: AppContext, actions: ProjectActions, parent: QWidget,
               job: Callable[[], Any], label: str,
               on_done: Callable[[Any], None]) -> Task | None:
    """Run ``job()`` on the worker; ``on_done`` gets its result, failures go to the error
    channel. None when no project is open or another task runs (message shown)."""
    if actions.session is None:
        return None
    if actions.runner.busy:
        ctx.errors.info(QCoreApplication.translate("KitJobs", "AuditReady"),
                        QCoreApplication.translate(
                            "KitJobs", "Please wait until the current task has finished."),
                        parent)
        return None

    def wire(task: Task) -> None:
        ProgressFeedback(task, label, cancellable=False, parent=parent)
        task.signals.succeeded.connect(on_done)
        task.signals.failed.connect(lambda exc: ctx.errors.handle(exc, parent))

    return actions.runner.start(lambda _progress, _cancelled: job(), wire)
