"""File ▸ Import existing documents…: scan on the project's worker (progress, Cancel,
and the close-during-job question), review, apply as one undo step, then show
what the folder lacks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.domain.names import shown_name
from desktop.errors import UserError
from desktop.onboarding import ScannedFile
from desktop.services import onboarding as onboarding_service
from desktop.services.changes import Changes
from desktop.services.onboarding import ImportStep, ProjectScan, UndoneImport
from desktop.ui.onboarding.lacks_dialog import LacksDialog
from desktop.ui.onboarding.review_dialog import FolderReviewDialog
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg
from desktop.ui.shell.undo import ServiceCommand
from desktop.ui.shell.workers import ProgressFeedback, Task


class FolderImport(QObject):
    """Runs the folder import for the main window.

    Attributes:
        review: the open review dialog (modeless, so tests can drive it), or None.
        lacks: the open "what the folder lacks" dialog, or None.

    Args:
        ctx: the application context.
        actions: the project actions (session, undo stack, task runner).
        window: parent of the dialogs.
    """

    def __init__(self, ctx: AppContext, actions: ProjectActions, window: QWidget) -> None:
        super().__init__(window)
        self._ctx, self._actions, self._window = ctx, actions, window
        self.review: FolderReviewDialog | None = None
        self.lacks: LacksDialog | None = None
        actions.sessionAboutToChange.connect(self.close_dialogs)

    def close_dialogs(self) -> None:
        """Close the review and the lacks list (the project is about to change)."""
        for dialog in (self.review, self.lacks):
            if dialog is not None:
                dialog.close()
        self.review = self.lacks = None

    def _run(self, job: Callable[..., Any], label: str,
             on_success: Callable[[Any], None]) -> Task | None:
        """Run ``job`` on the project's runner (one writer; the close guard sees it)."""
        actions = self._actions
        if actions.session is None:
            return None
        if actions.runner.busy:
            self._ctx.errors.info(self.tr("AuditReady"),
                                  self.tr("Please wait until the current task has finished."),
                                  self._window)
            return None

        def wire(task: Task) -> None:
            ProgressFeedback(task, label, cancellable=True, parent=self._window)
            task.signals.succeeded.connect(on_success)
            task.signals.failed.connect(lambda exc: self._ctx.errors.handle(exc, self._window))

        return actions.runner.start(job, wire)

    def choose_and_scan(self) -> Task | None:
        """Ask for a folder, then :meth:`scan` it."""
        if self._actions.session is None:
            return None
        name = QFileDialog.getExistingDirectory(
            self._window, self.tr("Import existing documents"), self._ctx.settings.last_dir())
        if not name:
            return None
        self._ctx.settings.set_last_dir(Path(name))
        return self.scan(Path(name))

    def scan(self, root: Path) -> Task | None:
        """Scan ``root`` on the worker; the review dialog opens when it is done.
        Nothing is written; Cancel stops the scan."""
        session = self._actions.session

        def job(progress: Callable[[int, int], None],
                cancelled: Callable[[], bool]) -> ProjectScan:
            assert session is not None
            return onboarding_service.scan(session, root, progress=progress,
                                           cancelled=cancelled)

        label = arg(self.tr('Reading the folder "%1"…'), shown_name(root.name or str(root)))
        return self._run(job, label, self._show_review)

    def _show_review(self, project_scan: ProjectScan) -> None:
        session = self._actions.session
        if session is None:
            return
        if self.review is not None:
            self.review.close()
        dialog = FolderReviewDialog(session, project_scan, self._ctx.content_lang,
                                    lambda accepted: self.apply(project_scan, accepted),
                                    self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "review", None))
        self.review = dialog
        dialog.show()

    def apply(self, project_scan: ProjectScan,
              accepted: Sequence[tuple[ScannedFile, Sequence[str]]]) -> Task | None:
        """Attach ``accepted`` in one transaction on the worker; on success push one
        undo step, close the review and show what the folder lacks."""
        session = self._actions.session
        pairs = [(f, list(ids)) for f, ids in accepted]

        def job(progress: Callable[[int, int], None],
                cancelled: Callable[[], bool]) -> ImportStep:
            assert session is not None
            return onboarding_service.apply_import(session, pairs, project_scan.root,
                                                   progress=progress, cancelled=cancelled)

        def done(step: ImportStep) -> None:
            self._applied(project_scan, pairs, step)

        label = self.tr("Attaching %n file(s)…", "", len(pairs))
        return self._run(job, label, done)

    def _applied(self, project_scan: ProjectScan,
                 pairs: list[tuple[ScannedFile, list[str]]], step: ImportStep) -> None:
        session = self._actions.session
        if session is None:
            return
        self._actions.changed.emit(step.changes)
        self._actions.undo_stack.push(self._command(step, len(pairs)))
        if self.review is not None:
            self.review.close()
            self.review = None
        matched = {i for _f, ids in pairs for i in ids}
        try:
            lacks = onboarding_service.folder_lacks(session, project_scan, matched)
        except UserError as exc:
            self._ctx.errors.user_error(exc, self._window)
            return
        if self.lacks is not None:
            self.lacks.close()
        dialog = LacksDialog(self._ctx, lacks, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "lacks", None))
        self.lacks = dialog
        dialog.show()

    def _command(self, step: ImportStep, files: int) -> ServiceCommand:
        """One undo step: undo_import takes every file back, redo_import puts them back."""
        actions, session = self._actions, self._actions.session
        undone: list[UndoneImport] = []

        def call(service: Callable[[], Changes | UndoneImport]) -> object | None:
            if actions.session is not session or actions.runner.busy:
                return None
            try:
                result = service()
            except UserError as exc:
                self._ctx.errors.user_error(exc, self._window)
                return None
            actions.changed.emit(step.changes)
            return result

        def undo() -> object | None:
            assert session is not None
            result = call(lambda: onboarding_service.undo_import(session, step))
            if isinstance(result, UndoneImport):
                undone[:] = [result]
            return result

        def redo() -> object | None:
            assert session is not None
            if not undone:
                return None
            return call(lambda: onboarding_service.redo_import(session, undone[0]))

        text = self.tr("Import folder (%n file(s))", "", files)
        return ServiceCommand(text, redo, undo)
