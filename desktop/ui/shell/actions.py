"""Project actions: the one place the UI calls services, for the open project.

:class:`ProjectActions` owns the open :class:`ProjectSession`, the undo stack
and the background task runner. Every user action is a method here that calls
one service function, reports a :class:`UserError` through the error channel,
and emits :attr:`ProjectActions.changed` with the service's :class:`Changes`
so panels refresh only what changed. It holds no widgets but the window used
as parent for dialogs.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence, Set
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.domain.model import CompanyProfile, ItemStatus
from desktop.domain.names import shown_name
from desktop.errors import CancelledError, CorruptProjectError, ForeignSchemaError, UserError
from desktop.services import assessment as assessment_service
from desktop.services import custom as custom_service
from desktop.services import evidence as evidence_service
from desktop.services import integrated as integrated_service
from desktop.services import items as item_service
from desktop.services import session as session_service
from desktop.services.assessment import Assessment
from desktop.services.changes import Changes
from desktop.services.session import ProjectSession
from desktop.ui.shell.collector import collector_paused
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg
from desktop.ui.shell.undo import SetStatusCommand
from desktop.ui.shell.undo_steps import UndoSteps
from desktop.ui.shell.workers import ProgressFeedback, Task, TaskRunner

if TYPE_CHECKING:
    # Reports and the workbook round trip pull in reportlab and openpyxl (a quarter
    # of a second at start): they are imported where first used.
    from desktop.services import roundtrip as roundtrip_service
    from desktop.services.reporting.export import ExportResult


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _is_empty(changes: Changes) -> bool:
    return not (changes.items or changes.evidence or changes.profile or changes.standards
                or changes.custom or changes.records)


class ProjectActions(QObject):
    """Runs user actions on the open project through services.

    Args:
        ctx: the application context (catalog, errors, settings).
        window: parent for dialogs (progress, confirmations, messages).

    Signals:
        sessionAboutToChange(): the open project is about to be closed or
            replaced, or moved to another edition (panels save pending edits now).
        sessionChanged(): a project was opened, replaced (Save As) or closed.
        changed(object): a :class:`Changes` after a successful action.
        busyChanged(bool): a background task started or ended.
    """

    sessionAboutToChange = Signal()
    sessionChanged = Signal()
    changed = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self._session: ProjectSession | None = None
        self.undo_stack = QUndoStack(self)
        self.runner = TaskRunner(self)
        self.runner.busyChanged.connect(self.busyChanged)
        self._temp_dir: Path | None = None
        self.steps = UndoSteps(self.undo_stack, self._call, lambda: self._session,
                               lambda: self._ctx.content_lang, self)

    # -- the open project -----------------------------------------------------

    @property
    def session(self) -> ProjectSession | None:
        """The open project, or None."""
        return self._session

    @collector_paused  # the window takes in the project: many objects, none garbage
    def _set_session(self, session: ProjectSession | None) -> None:
        self.undo_stack.clear()
        self._session = session
        if session is not None:
            self._ctx.settings.add_recent_project(session.path)
        self.sessionChanged.emit()

    def _report(self, exc: UserError) -> None:
        self._ctx.errors.user_error(exc, self._window)

    def _idle(self) -> bool:
        """True when no background task runs; otherwise tell the user to wait."""
        if not self.runner.busy:
            return True
        self._ctx.errors.info(self.tr("AuditReady"),
                              self.tr("Please wait until the current task has finished."),
                              self._window)
        return False

    def open_project(self, path: Path) -> bool:
        """Open ``path`` (closing the current project first); False if it failed."""
        if not self._idle():
            return False
        if self._session is not None and _same_file(self._session.path, path):
            return True
        try:
            session = session_service.open_project(path, self._ctx.catalog, check_later=True)
        except ForeignSchemaError as exc:
            from desktop.ui.shell.repair_offer import offer_repair  # dialogs: on first use
            copy = offer_repair(self._ctx.errors, self._window, self._ctx.ui_lang, path, exc)
            return copy is not None and self.open_project(copy)
        except UserError as exc:
            from desktop.ui.shell.backups_dialog import offer_latest_backup
            if isinstance(exc, CorruptProjectError) and offer_latest_backup(
                    self._ctx, self._window, path, exc, self.open_project):
                return True
            self._report(exc)
            return False
        self._replace_session(session)
        return True

    def new_project(self, path: Path, profile: CompanyProfile,
                    standard_ids: Sequence[str]) -> bool:
        """Create and open a new project; False (message shown) if refused."""
        if not self._idle():
            return False
        try:
            session = session_service.new_project(path, profile, standard_ids,
                                                  self._ctx.catalog)
        except UserError as exc:
            self._report(exc)
            return False
        self._replace_session(session)
        return True

    def save_as(self, dest: Path) -> bool:
        """Copy the project to ``dest`` and continue on the copy."""
        if self._session is None or not self._idle():
            return False
        self.sessionAboutToChange.emit()
        try:
            session = session_service.save_project_as(self._session, dest)
        except UserError as exc:
            self._report(exc)
            return False
        self._session = None  # the service closed it
        self._set_session(session)
        return True

    def close_project(self) -> None:
        """Close the open project (cancels and waits for a running task first)."""
        self.runner.cancel_all()
        self.runner.wait()
        self._replace_session(None)
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None

    def _replace_session(self, session: ProjectSession | None) -> None:
        self.sessionAboutToChange.emit()
        if self._session is not None:
            old, self._session = self._session, None
            old.close()
        self._set_session(session)

    # -- checklist items --------------------------------------------------------

    def _call(self, service: Callable[..., Changes], *args: Any, **kwargs: Any) -> Changes | None:
        if self._session is None or not self._idle():
            return None
        try:
            changes = service(self._session, *args, **kwargs)
        except UserError as exc:
            self._report(exc)
            return None
        if not _is_empty(changes):
            self.changed.emit(changes)
        return changes

    def apply_status(self, item_id: str, status: ItemStatus,
                     justification: str) -> Changes | None:
        """Call ``set_item_status`` (used by undo commands); None if refused."""
        return self._call(item_service.set_item_status, item_id, status, justification)

    def set_status(self, item_id: str, status: ItemStatus, justification: str = "") -> bool:
        """The user sets a status: apply it, then make it undoable. False if refused."""
        if self._session is None:
            return False
        try:
            old = self._session.store.item_state(item_id)
        except UserError as exc:  # a damaged project
            self._report(exc)
            return False
        changes = self.apply_status(item_id, status, justification)
        if changes is None:
            return False
        if changes.items:
            lang = self._ctx.content_lang
            item = self._session.catalog.item(item_id)
            text = arg(self.tr('Set %1 to "%2"'), f"{item.clause} {item.title.get(lang)}",
                       ItemStatus(status).label.get(lang))
            self.undo_stack.push(SetStatusCommand(
                self, item_id, (old.status, old.justification),
                (ItemStatus(status), justification.strip()), text))
        return True

    def update_details(self, item_id: str, **fields: Any) -> bool:
        """Change owner, due date and/or notes (``update_item_details`` keywords), undoably."""
        if self._session is None:
            return False
        try:
            before = self._session.store.item_state(item_id)
        except UserError as exc:
            self._report(exc)
            return False
        changes = self._call(item_service.update_item_details, item_id, **fields)
        if changes is not None and changes.items:
            self.steps.details({item_id: before}, fields, self.steps.item_name(item_id))
        return changes is not None

    # -- integrated view (shared items) -------------------------------------------

    def set_shared_status(self, shared_id: str, status: ItemStatus,
                          justification: str = "") -> bool:
        """Set a shared item's status on every target; undoable as one step. False if refused.

        Undo restores each standard's own previous status (they may have differed).
        """
        session = self._session
        if session is None:
            return False
        try:
            shared = integrated_service.integrated_item(session, shared_id)
        except UserError as exc:
            self._report(exc)
            return False
        before = {t.id: session.store.item_state(t.id) for t in shared.targets}
        changes = self._call(integrated_service.set_shared_status, shared_id, status,
                             justification)
        if changes is None:
            return False
        if changes.items:
            lang = self._ctx.content_lang
            req = shared.shared
            text = arg(self.tr('Set %1 to "%2"'), f"{req.clause} {req.title.get(lang)}",
                       ItemStatus(status).label.get(lang))
            self.undo_stack.beginMacro(text)
            for item_id in sorted(changes.items):
                old = before[item_id]
                self.undo_stack.push(SetStatusCommand(
                    self, item_id, (old.status, old.justification),
                    (ItemStatus(status), justification.strip()), text))
            self.undo_stack.endMacro()
        return True

    def update_shared_details(self, shared_id: str, **fields: Any) -> bool:
        """Change owner, due date and/or notes on every target of a shared item, undoably."""
        session = self._session
        if session is None:
            return False
        try:
            shared = integrated_service.integrated_item(session, shared_id)
            before = {t.id: session.store.item_state(t.id) for t in shared.targets}
        except UserError as exc:
            self._report(exc)
            return False
        changes = self._call(integrated_service.update_shared_details, shared_id, **fields)
        if changes is not None and changes.items:
            self.steps.details({i: before[i] for i in sorted(changes.items) if i in before},
                               fields, shared.shared.clause)
        return changes is not None

    # -- editions ---------------------------------------------------------------

    def change_edition(self, new_id: str) -> bool:
        """Move the project to edition ``new_id`` (work carried over); False if refused.

        The undo stack is cleared: its commands name items of the old edition.
        """
        if self._session is None or not self._idle():
            return False
        self.sessionAboutToChange.emit()  # panels save pending edits of the old items
        from desktop.services import editions as edition_service
        if self._call(edition_service.change_edition, new_id) is None:
            return False
        self.undo_stack.clear()
        return True

    # -- evidence ---------------------------------------------------------------

    def _start(self, job: Callable[..., Any], label: str, *, cancellable: bool,
               on_success: Callable[[Any], None],
               on_failure: Callable[[BaseException], None] | None = None,
               connect: Callable[[Task], None] | None = None) -> Task | None:
        """Run ``job`` on the worker; every signal is connected before it can start.

        ``connect(task)``, when given, connects the caller's own signals (also
        before the start): a job that fails at once still reaches the user.
        """
        if self._session is None or not self._idle():
            return None

        def wire(task: Task) -> None:
            ProgressFeedback(task, label, cancellable=cancellable, parent=self._window)
            task.signals.succeeded.connect(on_success)
            if on_failure is not None:
                task.signals.failed.connect(on_failure)
            else:
                task.signals.failed.connect(
                    lambda exc: self._ctx.errors.handle(exc, self._window))
            if connect is not None:
                connect(task)

        return self.runner.start(job, wire)

    def attach(self, item_ids: Sequence[str], source: Path) -> Task | None:
        """Attach ``source`` to ``item_ids`` on a worker, with progress and cancel."""
        session = self._session
        items = list(item_ids)

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Changes:
            assert session is not None
            return evidence_service.attach_evidence(session, items, source,
                                                    progress=progress, cancelled=cancelled)

        label = arg(self.tr('Attaching "%1"…'), shown_name(source.name))
        return self._start(job, label, cancellable=True, on_success=self._after_attach(items))

    def _after_attach(self, items: Sequence[str]) -> Callable[[Changes], None]:
        """The success handler of an attach: tell the panels, then push its undo step."""
        session = self._session
        before = ({} if session is None else
                  {e.id: e.item_ids for e in session.store.evidence_list()})

        def done(changes: Changes) -> None:
            self.changed.emit(changes)
            if self._session is session:
                self.steps.attached(before, items, changes)

        return done

    def attach_files(self, item_ids: Sequence[str], sources: Sequence[Path]) -> Task | None:
        """Attach every file of ``sources`` to ``item_ids`` as one job on the worker.

        One progress bar over all bytes and one Cancel; all files are stored or
        none (``evidence.attach_evidence_files``).
        """
        session = self._session
        items, files = list(item_ids), list(sources)

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Changes:
            assert session is not None
            return evidence_service.attach_evidence_files(session, items, files,
                                                          progress=progress, cancelled=cancelled)

        if len(files) == 1:
            label = arg(self.tr('Attaching "%1"…'), shown_name(files[0].name))
        else:
            label = self.tr("Attaching %n file(s)…", "", len(files))
        return self._start(job, label, cancellable=True, on_success=self._after_attach(items))

    def attach_shared(self, shared_id: str, source: Path) -> Task | None:
        """Attach ``source`` once to every target of a shared item, on a worker."""
        session = self._session

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Changes:
            assert session is not None
            return integrated_service.attach_shared_evidence(
                session, shared_id, source, progress=progress, cancelled=cancelled)

        label = arg(self.tr('Attaching "%1"…'), shown_name(source.name))
        targets: list[str] = []
        if session is not None:
            try:
                targets = [t.id for t in integrated_service.integrated_item(
                    session, shared_id).targets]
            except UserError:
                targets = []
        return self._start(job, label, cancellable=True, on_success=self._after_attach(targets))

    def open_evidence(self, evidence_id: int) -> Task | None:
        """Copy an evidence file to a temporary folder and open it with its program."""
        session = self._session
        if session is None:
            return None
        try:
            name = session.store.evidence(evidence_id).name
        except KeyError:
            return None
        if self._temp_dir is None:
            self._temp_dir = Path(tempfile.mkdtemp(prefix="auditready-"))
        folder = self._temp_dir / str(evidence_id)
        folder.mkdir(exist_ok=True)
        from desktop.reports.pack.evidence_pack import sanitize_name

        dest = folder / sanitize_name(name)  # a stored name is data, never a path

        def job(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Path:
            return evidence_service.export_evidence(session, evidence_id, dest)

        def opened(path: Path) -> None:
            self._ctx.open_url(QUrl.fromLocalFile(str(path)))

        label = arg(self.tr('Opening "%1"…'), shown_name(name))
        return self._start(job, label, cancellable=False, on_success=opened)

    def link_evidence(self, evidence_id: int, item_id: str) -> bool:
        """Let a stored evidence file also serve ``item_id`` (undoable); False if refused."""
        return self.steps.link(evidence_id, item_id, linked=True)

    def unlink_evidence(self, evidence_id: int, item_id: str) -> bool:
        """Stop using an evidence file for ``item_id``; it stays in the register (undoable)."""
        return self.steps.link(evidence_id, item_id, linked=False)

    def remove_evidence(self, evidence_id: int) -> bool:
        """Ask, then delete an evidence file from the project and every item it served."""
        if self._session is None:
            return False
        try:
            evidence = self._session.store.evidence(evidence_id)
        except KeyError:
            return False
        question = arg(self.tr('Remove "%1" from this project?'), shown_name(evidence.name))
        others = len(evidence.item_ids) - 1
        if others > 0:
            question += "\n\n" + self.tr(
                "It also serves %n other checklist item(s); it will be removed there too.",
                "", others)
        if not self._ctx.errors.confirm(self.tr("Remove evidence"), question, self._window):
            return False
        return self.steps.remove(evidence_id, evidence.name)

    # -- custom content ---------------------------------------------------------

    def change_custom(self, service: Callable[..., Changes], *args: Any,
                      **kwargs: Any) -> Changes | None:
        """Run a custom-content service (``desktop.services.custom``); None if refused.

        Adding, editing or removing an entry, applying a template and removing
        a whole checklist are each one undoable step.
        """
        if service is custom_service.remove_custom_item:
            return self.steps.remove_custom(*args, **kwargs)
        if service is custom_service.remove_custom_checklist:
            return self.steps.batches.remove_checklist(*args)
        before = self.steps.custom_before(service, args)
        changes = self._call(service, *args, **kwargs)
        if changes is not None:
            self.steps.custom_done(service, args, kwargs, before, changes)
        return changes

    # -- system records -----------------------------------------------------------

    def change_records(self, service: Callable[..., Changes], *args: Any,
                       **kwargs: Any) -> Changes | None:
        """Run a record service (``desktop.services.records``) on the open project.

        ``service(session, *args, **kwargs)`` runs in its own transaction; a
        :class:`UserError` is shown through the error channel and gives None;
        otherwise :attr:`changed` is emitted with the returned :class:`Changes`
        (whose ``records`` names the kinds changed) and that value is returned.
        None also when no project is open or a background task is running.
        Saving or deleting a record, its evidence details or the system facts
        is one undoable step.
        """
        before = self.steps.record_before(service, args)
        changes = self._call(service, *args, **kwargs)
        if changes is not None:
            self.steps.record_done(service, args, before, changes)
        return changes

    def take_snapshot(self, assessment: Assessment) -> Changes | None:
        """Keep today's readiness for the trend chart (``assessment.take_snapshot``).

        Called by the window while it handles a :attr:`changed` signal, also
        when that change came from a task that has just succeeded (its job is
        over, so this write does not compete with it). It does not emit
        :attr:`changed` again: the caller redraws the trend from the returned
        value (records ``{"snapshots"}`` when one was stored). None when no
        project is open or the write failed (message shown).
        """
        if self._session is None:
            return None
        try:
            return assessment_service.take_snapshot(self._session, assessment)
        except UserError as exc:
            self._report(exc)
            return None

    def import_checklist(self, source: Path, name: str,
                         on_error: Callable[[BaseException], None]) -> Task | None:
        """Import a checklist workbook on a worker, with progress and cancel.

        Success emits :attr:`changed` and is one undoable step; any failure
        goes to ``on_error``.
        """
        session = self._session

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Changes:
            assert session is not None
            return custom_service.import_checklist(session, source, name=name,
                                                   progress=progress, cancelled=cancelled)

        label = arg(self.tr('Importing "%1"…'), shown_name(source.name))
        return self._start(job, label, cancellable=True, on_failure=on_error,
                           on_success=self.steps.batches.after_import(name, self.changed.emit))

    # -- Excel round trip (a checklist workbook the client filled in) -------------

    def preview_roundtrip(self, source: Path,
                          on_done: Callable[[roundtrip_service.RoundTripPreview], None],
                          on_error: Callable[[BaseException], None]) -> Task | None:
        """Read a filled-in workbook on a worker and compare it with the project.

        Nothing is written. ``on_done`` gets the
        :class:`~desktop.services.roundtrip.RoundTripPreview`; any failure goes
        to ``on_error``. Cancel drops the preview (reading is not interrupted,
        its result is thrown away). None when no project is open or another
        task runs (message shown).
        """
        session = self._session
        from desktop.services import roundtrip as roundtrip_service

        def job(_progress: Callable[[int, int], None],
                cancelled: Callable[[], bool]) -> roundtrip_service.RoundTripPreview:
            assert session is not None
            preview = roundtrip_service.preview_roundtrip(session, source)
            if cancelled():
                raise CancelledError()
            return preview

        label = arg(self.tr('Reading "%1"…'), shown_name(source.name))
        return self._start(job, label, cancellable=True, on_success=on_done,
                           on_failure=on_error)

    def apply_roundtrip(self, preview: roundtrip_service.RoundTripPreview,
                        chosen: Set[str]) -> bool:
        """Apply a round-trip preview in one transaction (``roundtrip.apply_roundtrip``).

        ``chosen``: ids of conflicting items where the workbook's values win.
        Emits :attr:`changed`; False (message shown) when refused, e.g. the
        project changed after the preview. The undo stack is cleared: its
        commands may name states the import replaced.
        """
        from desktop.services import roundtrip as roundtrip_service

        changes = self._call(roundtrip_service.apply_roundtrip, preview, set(chosen))
        if changes is None:
            return False
        if changes.items:
            self.undo_stack.clear()
        return True

    # -- reports ----------------------------------------------------------------

    def export(self, lang: str, on_done: Callable[[ExportResult], None], *,
               connect: Callable[[Task], None] | None = None,
               **options: Any) -> Task | None:
        """Write the chosen reports on a worker, with progress and a Cancel that stops it.

        ``options`` are ``export_reports``'s keyword arguments (``pdf``,
        ``summary_pdf``, ``evidence_pack``, ``xlsx``, ``pagesize``,
        ``prepared_by``, ``actions_by``), passed through unchanged. It writes
        all outputs or none: on cancel the task's ``cancelled`` signal fires
        and no target was touched. ``on_done`` gets the :class:`ExportResult`;
        failures go to the error channel. ``connect(task)`` connects further
        signals before the task starts. None when no project is open or
        another task runs (message shown).
        """
        session = self._session
        from desktop.services.reporting.export import export_reports

        def job(progress: Callable[[int, int], None],
                cancelled: Callable[[], bool]) -> ExportResult:
            assert session is not None
            return export_reports(session, lang=lang,  # type: ignore[arg-type]
                                  progress=progress, cancelled=cancelled, **options)

        return self._start(job, self.tr("Writing the reports…"), cancellable=True,
                           on_success=on_done, connect=connect)
