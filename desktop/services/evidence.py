"""User actions on evidence: attach a file to items, link, unlink, remove, export.

Evidence bytes live inside the project file, stored once per SHA-256; one
evidence file can serve many checklist items across standards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

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
