"""Undo steps for item details, evidence and records, built from before/after snapshots.

Each step is a :class:`~desktop.ui.shell.undo.ServiceCommand`: the service
call that made the edit and the one that takes it back, both run through the
project actions (so a refusal is shown and emits nothing), with a translated
name for the Edit menu ("Undo Set owner 7.1.5.1"). Records use the rule of
:mod:`desktop.services.records`: saving a record under its id re-creates it
after a delete, so every record kind is undone by saving the old copy or
deleting the new one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from desktop.domain.model import ItemState
from desktop.domain.names import shown_name
from desktop.domain.records import EvidenceMeta
from desktop.services import custom as custom_service
from desktop.services import evidence as evidence_service
from desktop.services import items as item_service
from desktop.services import records as record_service
from desktop.services.changes import Changes
from desktop.services.evidence import RemovedEvidence
from desktop.services.session import ProjectSession
from desktop.ui.shell.i18n import arg
from desktop.ui.shell.undo import ServiceCommand
from desktop.ui.shell.undo_batches import BatchSteps

Call = Callable[..., Changes | None]
"""Runs ``service(session, *args, **kwargs)`` for the open project; None if refused."""

_RECORD_KINDS: dict[str, tuple[str, Callable[..., Changes], Callable[..., Changes]]] = {
    "programme": ("programmes", record_service.save_programme, record_service.delete_programme),
    "audit": ("audits", record_service.save_audit, record_service.delete_audit),
    "finding": ("findings", record_service.save_finding, record_service.delete_finding),
    "review": ("reviews", record_service.save_review, record_service.delete_review),
    "action": ("actions", record_service.save_action, record_service.delete_action),
    "certificate": ("certificates", record_service.save_certificate,
                    record_service.delete_certificate),
}
"""Record kind -> (QualityRecords list method, save service, delete service)."""


def _record_kind(service: Callable[..., Changes]) -> tuple[str, str] | None:
    """("save" or "delete", kind) for a record service, else None."""
    op, _sep, kind = getattr(service, "__name__", "").partition("_")
    if op in ("save", "delete") and kind in _RECORD_KINDS:
        return op, kind
    return None


def _find(session: ProjectSession, kind: str, record_id: int) -> Any | None:
    listing = getattr(session.store.records, _RECORD_KINDS[kind][0])
    return next((r for r in listing() if r.id == record_id), None)


class UndoSteps(QObject):
    """Pushes one undoable step for each edit the project actions made.

    Args:
        stack: the window's undo stack.
        call: runs a service on the open project (``ProjectActions._call``).
        session: returns the open project, or None.
        lang: returns the content language ("zh" or "en") for item names.
    """

    def __init__(self, stack: QUndoStack, call: Call,
                 session: Callable[[], ProjectSession | None], lang: Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._call = call
        self._session = session
        self._lang = lang
        self.batches = BatchSteps(stack.push, call, session, self.item_name, self)
        """Steps of batch edits: several files, templates, imports, whole checklists."""

    def item_name(self, item_id: str) -> str:
        """An item's clause number (its title when it has none)."""
        session = self._session()
        if session is None or not session.catalog.has_item(item_id):
            return item_id
        item = session.catalog.item(item_id)
        return item.clause or item.title.get(self._lang())

    def _push(self, text: str, do: Callable[[], object | None],
              undo: Callable[[], object | None]) -> None:
        self._stack.push(ServiceCommand(text, do, undo))

    # -- owner, due date, notes -------------------------------------------------------

    def details_text(self, fields: Mapping[str, Any], name: str) -> str:
        """The step's name: "Set owner 7.1.5.1", "Set due date …", "Edit notes …"."""
        if set(fields) == {"owner"}:
            return arg(self.tr("Set owner %1"), name)
        if set(fields) == {"due_date"}:
            return arg(self.tr("Set due date %1"), name)
        if set(fields) == {"notes"}:
            return arg(self.tr("Edit notes %1"), name)
        return arg(self.tr("Edit details %1"), name)

    def details(self, before: Mapping[str, ItemState], fields: Mapping[str, Any],
                name: str) -> None:
        """Push the undo of an owner / due date / notes change already made.

        ``before``: each changed item's state before the change (one item, or
        every target of a shared item); ``fields``: the keywords given to
        ``update_item_details``.
        """
        fields = dict(fields)

        def apply(states: Mapping[str, dict[str, Any]]) -> Changes | None:
            result: Changes | None = Changes()
            for item_id, values in states.items():
                if self._call(item_service.update_item_details, item_id, **values) is None:
                    result = None
            return result

        old = {item_id: {key: getattr(state, key) for key in fields}
               for item_id, state in before.items()}
        new = {item_id: fields for item_id in before}
        self._push(self.details_text(fields, name), lambda: apply(new), lambda: apply(old))

    # -- evidence ------------------------------------------------------------------------

    def attached(self, before: Mapping[int, tuple[str, ...]], item_ids: Sequence[str],
                 changes: Changes) -> None:
        """Push the undo of an attach: ``before`` maps evidence id -> its items before.

        Several files attached in one job are one step (:meth:`BatchSteps.attached`).
        """
        if len(changes.evidence_ids) > 1:
            self.batches.attached(before, item_ids, changes.evidence_ids)
            return
        session = self._session()
        evidence_id = changes.evidence_id
        if session is None or evidence_id is None:
            return
        try:
            name = session.store.evidence(evidence_id).name
        except KeyError:
            return
        text = arg(self.tr('Attach "%1" to %2'), shown_name(name),
                   ", ".join(self.item_name(i) for i in item_ids))
        if evidence_id not in before:  # a new file in the register: remove it, keep its bytes
            holder: list[RemovedEvidence] = []

            def take() -> Changes | None:
                return self._take(evidence_id, holder)

            def put_back() -> Changes | None:
                if not holder:
                    return None
                return self._call(evidence_service.restore_evidence, holder[-1])

            self._push(text, put_back, take)
            return
        added = [i for i in item_ids if i not in before[evidence_id]]
        if not added:
            return

        def links(service: Callable[..., Changes]) -> Changes | None:
            result: Changes | None = Changes()
            for item_id in added:
                if self._call(service, evidence_id, item_id) is None:
                    result = None
            return result

        self._push(text, lambda: links(evidence_service.link_evidence),
                   lambda: links(evidence_service.unlink_evidence))

    def link(self, evidence_id: int, item_id: str, *, linked: bool) -> bool:
        """Link (``linked``) or unlink an evidence file and an item, undoably.

        Nothing is pushed when the link was already as asked.
        """
        session = self._session()
        if session is None:
            return False
        try:
            evidence = session.store.evidence(evidence_id)
        except KeyError:
            evidence = None
        was = evidence is not None and item_id in evidence.item_ids
        add, drop = evidence_service.link_evidence, evidence_service.unlink_evidence
        do, undo = (add, drop) if linked else (drop, add)
        if self._call(do, evidence_id, item_id) is None:
            return False
        if evidence is not None and was != linked:
            template = self.tr('Link "%1" to %2') if linked else self.tr('Unlink "%1" from %2')
            self._push(arg(template, shown_name(evidence.name), self.item_name(item_id)),
                       lambda: self._call(do, evidence_id, item_id),
                       lambda: self._call(undo, evidence_id, item_id))
        return True

    def _take(self, evidence_id: int, holder: list[RemovedEvidence]) -> Changes | None:
        def service(session: ProjectSession, eid: int) -> Changes:
            removed = evidence_service.take_evidence(session, eid)
            holder.append(removed)
            return removed.changes

        return self._call(service, evidence_id)

    def remove(self, evidence_id: int, name: str) -> bool:
        """Remove an evidence file (bytes kept while the project is open), undoably."""
        holder: list[RemovedEvidence] = []
        if self._take(evidence_id, holder) is None:
            return False

        def put_back() -> Changes | None:
            return self._call(evidence_service.restore_evidence, holder[-1])

        self._push(arg(self.tr('Remove "%1"'), shown_name(name)),
                   lambda: self._take(evidence_id, holder), put_back)
        return True

    # -- records -------------------------------------------------------------------------

    def record_before(self, service: Callable[..., Changes], args: Sequence[Any]) -> object:
        """What a record service is about to replace (pass it to :meth:`record_done`)."""
        session = self._session()
        if session is None or not args:
            return None
        name = getattr(service, "__name__", "")
        records = session.store.records
        if name == "set_evidence_meta":
            meta = args[0]
            return records.evidence_meta([meta.evidence_id]).get(meta.evidence_id,
                                                                 EvidenceMeta(meta.evidence_id))
        if name == "set_system_info":
            return records.system_info()
        if name == "save_setting":
            return ("setting", records.setting(args[0]))  # None is a value here: "unset"
        found = _record_kind(service)
        if found is None:
            return None
        op, kind = found
        record_id = args[0] if op == "delete" else args[0].id
        if not record_id:
            return None
        old = _find(session, kind, record_id)
        if op == "delete" and old is not None:
            # What a delete takes along (findings) or detaches (audits of a programme).
            if kind == "audit":
                return old, [f for f in records.findings() if f.audit_id == record_id], (
                    record_service.save_finding)
            if kind == "programme":
                return old, [a for a in records.audits() if a.programme_id == record_id], (
                    record_service.save_audit)
        return old

    def record_done(self, service: Callable[..., Changes], args: Sequence[Any],
                    before: object, changes: Changes) -> None:
        """Push the undo of a record service call that succeeded with ``changes``."""
        session = self._session()
        if session is None or not changes.records:
            return
        name = getattr(service, "__name__", "")
        if name in ("set_evidence_meta", "set_system_info") and before is not None:
            after = args[0]
            if name == "set_evidence_meta":
                try:
                    evidence_name = session.store.evidence(after.evidence_id).name
                except KeyError:
                    return
                text = arg(self.tr('Edit details of "%1"'), shown_name(evidence_name))
            else:
                text = self.tr("Edit the management system facts")
            self._push(text, lambda: self._call(service, after),
                       lambda: self._call(service, before))
            return
        if name == "save_setting" and isinstance(before, tuple) and len(args) == 2:
            key, value, old_value = args[0], args[1], before[1]
            if value == old_value:
                return
            text = (self.tr("Change the audit time inputs") if key == "audit_time"
                    else arg(self.tr('Change the setting "%1"'), key))
            self._push(text, lambda: self._call(service, key, value),
                       lambda: self._call(service, key, old_value))
            return
        found = _record_kind(service)
        if found is None:
            return
        op, kind = found
        _listing, save, delete = _RECORD_KINDS[kind]
        record_id = changes.record_id
        if record_id is None:
            return
        noun = self._noun(kind)
        if op == "delete":
            children: list[Any] = []
            save_child: Callable[..., Changes] = save
            if isinstance(before, tuple):
                before, children, save_child = before
            if before is None:
                return
            old = before

            def restore() -> Changes | None:
                result = self._call(save, old)
                for child in children:
                    if result is not None:
                        result = self._call(save_child, child)
                return result

            self._push(arg(self.tr("Delete %1"), noun),
                       lambda: self._call(delete, record_id), restore)
            return
        after = _find(session, kind, record_id)
        if after is None:
            return
        if before is None:
            self._push(arg(self.tr("Add %1"), noun), lambda: self._call(save, after),
                       lambda: self._call(delete, record_id))
        else:
            old = before
            self._push(arg(self.tr("Edit %1"), noun), lambda: self._call(save, after),
                       lambda: self._call(save, old))

    def _noun(self, kind: str) -> str:
        nouns = {
            "programme": self.tr("audit programme"),
            "audit": self.tr("internal audit"),
            "finding": self.tr("finding"),
            "review": self.tr("management review"),
            "action": self.tr("action"),
            "certificate": self.tr("certificate"),
        }
        return nouns[kind]


    # -- custom checklist entries -------------------------------------------------------

    def custom_before(self, service: Callable[..., Changes], args: Sequence[Any]) -> object:
        """An entry's fields before ``edit_custom_item`` changes them (else None)."""
        session = self._session()
        if session is None or service is not custom_service.edit_custom_item or not args:
            return None
        _checklists, rows = session.store.custom_content()
        old = next((r for r in rows if r.id == args[0]), None)
        if old is None:
            return None
        return custom_service.EntryFields(old.clause, old.kind, old.title, old.description)

    def custom_done(self, service: Callable[..., Changes], args: Sequence[Any],
                    kwargs: Mapping[str, Any], before: object, changes: Changes) -> None:
        """Push the undo of adding or editing a custom entry, or applying a template,
        that succeeded."""
        session = self._session()
        if session is None or not changes.custom:
            return
        if service is custom_service.apply_template and args:
            self.batches.content_added(changes, self.batches.template_text(args[0]))
            return
        if service is custom_service.edit_custom_item and before is not None:
            item_id, fields = args[0], args[1]
            self._push(arg(self.tr("Edit custom item %1"), fields.clause),
                       lambda: self._call(service, item_id, fields),
                       lambda: self._call(service, item_id, before))
            return
        if service is not custom_service.add_custom_item or len(changes.created) != 1:
            return
        created = changes.created[0]
        _checklists, rows = session.store.custom_content()
        row = next((r for r in rows if r.id == created), None)
        if row is None:
            return
        if kwargs.get("new_checklist") is not None:  # the entry started its own checklist
            checklist_id = row.checklist_id

            def take_back() -> Changes | None:
                return self._call(custom_service.remove_custom_checklist, checklist_id)
        else:
            def take_back() -> Changes | None:
                return self._call(custom_service.remove_custom_item, created)

        self._push(arg(self.tr("Add custom item %1"), row.clause),
                   lambda: self._call(service, *args, **kwargs), take_back)

    def remove_custom(self, item_id: str) -> Changes | None:
        """Remove a custom entry with its state and evidence links, undoably."""
        from desktop.services import custom_restore  # not needed before the first removal

        holder: list[custom_restore.RemovedEntry] = []

        def take() -> Changes | None:
            def service(session: ProjectSession, entry_id: str) -> Changes:
                removed = custom_restore.take_custom_item(session, entry_id)
                holder.append(removed)
                return removed.changes

            return self._call(service, item_id)

        changes = take()
        if changes is None:
            return None

        def put_back() -> Changes | None:
            return self._call(custom_restore.restore_custom_item, holder[-1])

        self._push(arg(self.tr("Remove custom item %1"), holder[-1].row.clause), take, put_back)
        return changes
