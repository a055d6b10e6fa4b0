"""Undo steps for edits that add or remove many things at once.

Several files attached in one go (picked together, dropped, pasted, a dropped
folder), a template applied, a checklist imported from Excel and a whole
custom checklist removed are each one step in Edit ▸ Undo, with a translated
name ("Undo Attach 3 files to 7.1.5.1"). Each step takes its edit back with one
service call in one transaction and makes it again with the same ids, so the
older steps on the stack still find what they name. Evidence files an undo
takes out keep their bytes until the project is closed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from desktop.domain.names import shown_name
from desktop.services import evidence as evidence_service
from desktop.services.changes import Changes
from desktop.services.session import ProjectSession
from desktop.ui.shell.i18n import arg
from desktop.ui.shell.undo import ServiceCommand

Call = Callable[..., Changes | None]
"""Runs ``service(session, *args)`` for the open project; None if refused."""

Push = Callable[[ServiceCommand], None]
"""Puts a step on the window's undo stack."""


class BatchSteps(QObject):
    """Pushes the undo steps of batch edits; the edit itself is already made.

    Args:
        push: puts a step on the undo stack.
        call: runs a service on the open project (``ProjectActions._call``).
        session: returns the open project, or None.
        item_name: an item's clause number (``UndoSteps.item_name``).
    """

    def __init__(self, push: Push, call: Call, session: Callable[[], ProjectSession | None],
                 item_name: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._push = push
        self._call = call
        self._session = session
        self._item_name = item_name

    # -- several files attached at once ---------------------------------------------------

    def attached(self, before: Mapping[int, tuple[str, ...]], item_ids: Sequence[str],
                 evidence_ids: Sequence[int]) -> None:
        """Push the undo of attaching several files to ``item_ids`` in one job.

        ``before`` maps each evidence id stored before the attach to the items
        it served then; ``evidence_ids`` are the rows the attach produced or
        reused. New rows leave the register on undo (bytes kept), older ones
        only lose the links the attach added.
        """
        new_ids = [e for e in evidence_ids if e not in before]
        links = [(e, i) for e in evidence_ids if e in before for i in item_ids
                 if i not in before[e]]
        if not new_ids and not links:
            return
        holder: list[evidence_service.TakenAttachments] = []

        def take() -> Changes | None:
            def service(session: ProjectSession) -> Changes:
                taken = evidence_service.take_attachments(session, new_ids, links)
                holder.append(taken)
                return taken.changes

            return self._call(service)

        def put_back() -> Changes | None:
            if not holder:
                return None
            return self._call(evidence_service.restore_attachments, holder[-1])

        names = ", ".join(dict.fromkeys(self._item_name(i) for i in item_ids))
        self._push(ServiceCommand(
            arg(self.tr("Attach %n file(s) to %1", "", len(evidence_ids)), names),
            put_back, take))

    # -- custom checklists ---------------------------------------------------------------

    def _content_step(self, text: str, checklist_ids: Sequence[str],
                      item_ids: Sequence[str], *, done: bool) -> Changes | None:
        """Push a step whose undo (``done``) or redo (not ``done``) removes content.

        ``done``: the content was added already (a template or an import);
        otherwise it is removed now and the step's undo puts it back.
        """
        from desktop.services import custom_restore  # not needed before the first such step

        holder: list[custom_restore.RemovedContent] = []

        def take() -> Changes | None:
            def service(session: ProjectSession) -> Changes:
                removed = custom_restore.take_custom_content(session, checklist_ids, item_ids)
                holder.append(removed)
                return removed.changes

            return self._call(service)

        def put_back() -> Changes | None:
            if not holder:
                return None
            return self._call(custom_restore.restore_custom_content, holder[-1])

        if done:
            self._push(ServiceCommand(text, put_back, take))
            return Changes()
        changes = take()
        if changes is not None:
            self._push(ServiceCommand(text, take, put_back))
        return changes

    def content_added(self, changes: Changes, text: str) -> None:
        """Push the undo of a template applied or a checklist imported (``changes``
        of ``apply_template`` / ``import_checklist``: the new checklist, then its entries)."""
        if not changes.custom or not changes.created:
            return
        checklist_id, *entries = changes.created
        self._content_step(text, [checklist_id], entries, done=True)

    def template_text(self, path: Path) -> str:
        """The step's name for a template applied from ``path``."""
        return arg(self.tr('Apply template "%1"'), shown_name(Path(path).name))

    def after_import(self, name: str, emit: Callable[[Changes], None]) -> Callable[[Changes], None]:
        """The success handler of a checklist import named ``name``: tell the panels
        (``emit``), then push its undo step (if the same project is still open)."""
        session = self._session()

        def done(changes: Changes) -> None:
            emit(changes)
            if self._session() is session:
                self.content_added(changes, arg(self.tr('Import checklist "%1"'), name))

        return done

    def remove_checklist(self, checklist_id: str) -> Changes | None:
        """Remove a custom checklist with its entries, states and evidence links, undoably.

        None when refused (message shown) or no project is open.
        """
        session = self._session()
        if session is None:
            return None
        std = next((s for s in session.catalog.standards if s.id == checklist_id), None)
        label = std.label if std is not None else checklist_id
        return self._content_step(arg(self.tr('Remove custom checklist "%1"'), label),
                                  [checklist_id], [], done=False)
