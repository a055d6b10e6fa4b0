"""User actions on evidence: attach a file to items, link, unlink, remove, export.

Evidence bytes live inside the project file, stored once per SHA-256; one
evidence file can serve many checklist items across standards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.domain.model import Evidence
from desktop.domain.records import EvidenceMeta
from desktop.errors import EvidenceError, ValidationError
from desktop.services.changes import Changes
from desktop.services.session import ProjectSession
from desktop.store.outputs import check_outputs, is_project_file

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def attach_evidence(
    session: ProjectSession,
    item_ids: Sequence[str],
    source: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Changes:
    """Store ``source`` in the project and link it to ``item_ids``, in one transaction.

    The file is streamed in chunks (memory use does not grow with its size).
    Attaching the same file again reuses the stored copy.

    Args:
        item_ids: at least one checklist item of the project's standards.
        source: a readable file.
        progress: called with (bytes done, bytes total) while copying.
        cancelled: polled while copying; True aborts and rolls back.

    Raises:
        ValidationError: no or unknown items.
        EvidenceError: the file is missing, not a file, unreadable, changed
            while it was copied, or the open project itself (or one of its side
            files); nothing is written.
        StorageFullError: the disk is full; nothing is written.
        CancelledError: the user cancelled; nothing is written.
    """
    if not item_ids:
        raise ValidationError("Choose the checklist item the evidence is for.",
                              "请选择证据所对应的检查项。")
    for item_id in item_ids:
        session.checklist_item(item_id)
    if not source.is_file():
        raise EvidenceError(f"The evidence file {source} does not exist or is not a file.",
                            f"证据文件 {source} 不存在或不是文件。")
    if is_project_file(source, session.path):
        raise EvidenceError(
            f"{source} is the open project or one of its own files; a project cannot hold "
            "itself as evidence. Use File ▸ Save as… to make a copy and attach the copy.",
            f"{source} 是当前打开的项目或其附属文件，项目不能把自身作为证据。"
            "请先用“文件 ▸ 另存为…”保存副本，再附加该副本。")
    store = session.store
    with store.atomic():
        evidence, new = store.add_evidence(source, progress=progress, cancelled=cancelled)
        for item_id in item_ids:
            store.link_evidence(evidence.id, item_id)
    return Changes(items=frozenset(item_ids), evidence=True, evidence_id=evidence.id,
                   stored_new_content=new)


def _evidence_items(session: ProjectSession, evidence_id: int) -> tuple[str, ...]:
    try:
        return session.store.evidence(evidence_id).item_ids
    except KeyError:
        raise ValidationError(f"Evidence #{evidence_id} no longer exists in this project.",
                              f"本项目中已不存在证据 #{evidence_id}。") from None


def link_evidence(session: ProjectSession, evidence_id: int, item_id: str) -> Changes:
    """Let an already stored evidence file also serve ``item_id``.

    Raises:
        ValidationError: unknown evidence or item.
    """
    session.checklist_item(item_id)
    _evidence_items(session, evidence_id)
    with session.store.atomic():
        session.store.link_evidence(evidence_id, item_id)
    return Changes(items=frozenset({item_id}), evidence=True)


def unlink_evidence(session: ProjectSession, evidence_id: int, item_id: str) -> Changes:
    """Stop using an evidence file for ``item_id``; the file stays in the register.

    Raises:
        ValidationError: unknown evidence.
    """
    _evidence_items(session, evidence_id)
    with session.store.atomic():
        session.store.unlink_evidence(evidence_id, item_id)
    return Changes(items=frozenset({item_id}), evidence=True)


def remove_evidence(session: ProjectSession, evidence_id: int) -> Changes:
    """Delete an evidence file from the project and from every item it served.

    Raises:
        ValidationError: unknown evidence.
    """
    items = _evidence_items(session, evidence_id)
    with session.store.atomic():
        session.store.remove_evidence(evidence_id)
    return Changes(items=frozenset(items), evidence=True)


@dataclass(frozen=True, slots=True)
class RemovedEvidence:
    """An evidence file taken out of the project, whose bytes are still stored.

    Attributes:
        evidence: the row as it was, with the items it served.
        meta: its details (nature, version, dates), or None when none were given.
    """

    evidence: Evidence
    meta: EvidenceMeta | None

    @property
    def changes(self) -> Changes:
        """What removing (or restoring) it changes."""
        return Changes(items=frozenset(self.evidence.item_ids), evidence=True,
                       records=frozenset({"evidence_meta"}) if self.meta else frozenset())


def take_evidence(session: ProjectSession, evidence_id: int) -> RemovedEvidence:
    """Remove an evidence file like :func:`remove_evidence`, keeping its bytes stored.

    The bytes stay in the project file until it is closed
    (:meth:`ProjectSession.close` drops content no evidence uses), so
    :func:`restore_evidence` can put the file back with the same content.

    Raises:
        ValidationError: unknown evidence.
    """
    _evidence_items(session, evidence_id)
    store = session.store
    with store.atomic():
        evidence = store.evidence(evidence_id)
        meta = store.records.evidence_meta().get(evidence_id)
        store.remove_evidence(evidence_id, keep_content=True)
    return RemovedEvidence(evidence, meta)


def restore_evidence(session: ProjectSession, removed: RemovedEvidence) -> Changes:
    """Put back an evidence file :func:`take_evidence` removed: same id, items and details.

    Links to items that no longer exist in the project are left out.

    Raises:
        ValidationError: its bytes are gone (the project was closed since) or
            its id is in use again.
    """
    evidence = removed.evidence
    known = tuple(i for i in evidence.item_ids if session.catalog.has_item(i))
    evidence = replace(evidence, item_ids=known)
    store = session.store
    try:
        with store.atomic():
            store.restore_evidence(evidence)
            if removed.meta is not None:
                store.records.put_evidence_meta(removed.meta)
    except KeyError:
        raise ValidationError(
            f"“{evidence.name}” can no longer be put back: its stored copy is gone.",
            f"无法恢复“{evidence.name}”：其存储的副本已不存在。") from None
    return RemovedEvidence(evidence, removed.meta).changes


def export_evidence(session: ProjectSession, evidence_id: int, dest: Path) -> Path:
    """Write the stored bytes of an evidence file to ``dest`` (e.g. to open it).

    Returns:
        ``dest``.

    Raises:
        ValidationError: unknown evidence.
        OutputPathError: ``dest`` is the open project or one of its side files.
        EvidenceError / StorageFullError: the copy cannot be written.
    """
    _evidence_items(session, evidence_id)
    check_outputs([("file", dest)], project=session.path)
    session.store.export_evidence(evidence_id, dest)
    return dest
