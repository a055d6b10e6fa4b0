"""User actions on evidence: attach files (one or many) to items, gather the files
of a drop, link, unlink, remove, export.

Evidence bytes live inside the project file, stored once per SHA-256; one
evidence file can serve many checklist items across standards.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Sequence
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

MAX_COLLECTED_FILES = 1000
"""At most this many files are gathered from dropped or pasted folders."""

_JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db"})
_JUNK_SUFFIXES = (".tmp", ".temp", ".crdownload", ".part", "~")


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
    _check_items(session, item_ids)
    _check_source(session, source)
    store = session.store
    with store.atomic():
        evidence, new = store.add_evidence(source, progress=progress, cancelled=cancelled)
        for item_id in item_ids:
            store.link_evidence(evidence.id, item_id)
    return Changes(items=frozenset(item_ids), evidence=True, evidence_id=evidence.id,
                   stored_new_content=new)


def _check_items(session: ProjectSession, item_ids: Sequence[str]) -> None:
    if not item_ids:
        raise ValidationError("Choose the checklist item the evidence is for.",
                              "请选择证据所对应的检查项。")
    for item_id in item_ids:
        session.checklist_item(item_id)


def _check_source(session: ProjectSession, source: Path) -> None:
    if not source.is_file():
        raise EvidenceError(f"The evidence file {source} does not exist or is not a file.",
                            f"证据文件 {source} 不存在或不是文件。")
    if is_project_file(source, session.path):
        raise EvidenceError(
            f"{source} is the open project or one of its own files; a project cannot hold "
            "itself as evidence. Use File ▸ Save as… to make a copy and attach the copy.",
            f"{source} 是当前打开的项目或其附属文件，项目不能把自身作为证据。"
            "请先用“文件 ▸ 另存为…”保存副本，再附加该副本。")


def attach_evidence_files(
    session: ProjectSession,
    item_ids: Sequence[str],
    sources: Sequence[Path],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Changes:
    """Store every file of ``sources`` and link each to ``item_ids``: all or nothing.

    Every file is checked before anything is read; then all are copied in one
    transaction, so an unreadable file, a full disk or Cancel leaves the
    project as it was. A file whose content and name are already stored is
    reused. ``Changes.evidence_id`` is the evidence row of the first file,
    ``Changes.evidence_ids`` the row of each file, in order, each once.

    Args:
        item_ids: at least one checklist item of the project's standards.
        sources: at least one readable file; the same path twice counts once.
        progress: called with (bytes done, bytes total) over all files; the
            total is twice the summed size (each file is read to hash, then
            to copy).
        cancelled: polled while copying; True aborts and rolls back.

    Raises:
        ValidationError: no or unknown items, or no files.
        EvidenceError: a file is missing, not a file, unreadable, changed while
            it was copied, or the open project itself; nothing is written.
        StorageFullError: the disk is full; nothing is written.
        CancelledError: the user cancelled; nothing is written.
    """
    _check_items(session, item_ids)
    files = list(dict.fromkeys(Path(s) for s in sources))
    if not files:
        raise ValidationError("Choose at least one file to attach.",
                              "请至少选择一个要附加的文件。")
    for source in files:
        _check_source(session, source)
    sizes = [source.stat().st_size for source in files]
    total = 2 * sum(sizes)
    store = session.store
    ids: dict[int, None] = {}
    stored_new = False
    done = 0
    with store.atomic():
        for source, size in zip(files, sizes, strict=True):
            def step(current: int, _total: int, offset: int = done) -> None:
                if progress is not None:
                    progress(min(offset + current, total), total)

            evidence, new = store.add_evidence(source, progress=step, cancelled=cancelled)
            done += 2 * size
            stored_new = stored_new or new
            ids[evidence.id] = None
            for item_id in item_ids:
                store.link_evidence(evidence.id, item_id)
    return Changes(items=frozenset(item_ids), evidence=True, evidence_id=next(iter(ids)),
                   evidence_ids=tuple(ids), stored_new_content=stored_new)


@dataclass(frozen=True, slots=True)
class CollectedFiles:
    """What a drop or paste of files and folders would attach.

    Attributes:
        files: the files to attach, in the order given (a folder's files sorted
            by their path inside it).
        skipped: hidden, temporary and system files left out (e.g. ``~$a.docx``,
            ``.DS_Store``, ``Thumbs.db``).
    """

    files: tuple[Path, ...]
    skipped: tuple[Path, ...]


def is_junk_file(path: Path) -> bool:
    """True for files nobody means to attach: hidden, lock, temporary or system files.

    Hidden means a name starting with "." or, on Windows, the hidden or system
    attribute; lock files of Office start with "~$"; temporary files end with
    ".tmp", ".temp", ".part", ".crdownload" or "~".
    """
    name = path.name
    lower = name.lower()
    if name.startswith((".", "~$")) or lower in _JUNK_NAMES or lower.endswith(_JUNK_SUFFIXES):
        return True
    try:
        attributes = getattr(path.stat(), "st_file_attributes", 0)
    except OSError:
        return False
    hidden = getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 2) | getattr(stat, "FILE_ATTRIBUTE_SYSTEM", 4)
    return bool(attributes & hidden)


def collect_evidence_files(paths: Iterable[Path]) -> CollectedFiles:
    """The files a drop of ``paths`` (files and folders) would attach.

    Folders are walked recursively; hidden folders (e.g. ``.git``) are not
    entered; junk files (:func:`is_junk_file`) are skipped; the same file
    is listed once; paths that do not exist are ignored.

    Raises:
        EvidenceError: more than :data:`MAX_COLLECTED_FILES` files were found
            (a whole drive or home folder dropped by mistake).
    """
    files: dict[Path, None] = {}
    skipped: dict[Path, None] = {}

    def take(path: Path) -> None:
        if is_junk_file(path):
            skipped[path] = None
            return
        files[path] = None
        if len(files) > MAX_COLLECTED_FILES:
            raise EvidenceError(
                f"More than {MAX_COLLECTED_FILES} files were dropped; attach a smaller folder.",
                f"拖入的文件超过 {MAX_COLLECTED_FILES} 个，请附加较小的文件夹。")

    for given in paths:
        path = Path(given)
        if path.is_file():
            take(path)
        elif path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not is_junk_file(Path(root, d)))
                for name in sorted(names):
                    if Path(root, name).is_file():
                        take(Path(root, name))
    return CollectedFiles(tuple(files), tuple(skipped))


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
        meta = store.records.evidence_meta([evidence_id]).get(evidence_id)
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


@dataclass(frozen=True, slots=True)
class TakenAttachments:
    """What undoing an attach of several files took out of the project.

    Attributes:
        removed: the evidence files the attach had added to the register
            (their bytes are still stored, see :func:`take_evidence`).
        links: (evidence id, item id) links the attach had added to files
            that were already stored before it.
    """

    removed: tuple[RemovedEvidence, ...]
    links: tuple[tuple[int, str], ...]

    @property
    def changes(self) -> Changes:
        """What taking (or restoring) them changes."""
        items = {i for r in self.removed for i in r.evidence.item_ids}
        items |= {item_id for _evidence_id, item_id in self.links}
        meta = any(r.meta is not None for r in self.removed)
        return Changes(items=frozenset(items), evidence=True,
                       records=frozenset({"evidence_meta"}) if meta else frozenset())


def take_attachments(session: ProjectSession, evidence_ids: Sequence[int],
                     links: Sequence[tuple[int, str]]) -> TakenAttachments:
    """Take back an attach of several files in one transaction, keeping the bytes stored.

    Args:
        evidence_ids: evidence rows the attach added to the register; they
            are removed like :func:`take_evidence` does.
        links: (evidence id, item id) links the attach added to files stored
            before it; they are unlinked, the files stay.

    Raises:
        ValidationError: one of ``evidence_ids`` no longer exists; nothing is changed.
    """
    for evidence_id in evidence_ids:
        _evidence_items(session, evidence_id)
    store = session.store
    removed = []
    with store.atomic():
        for evidence_id in evidence_ids:
            removed.append(take_evidence(session, evidence_id))
        for evidence_id, item_id in links:
            store.unlink_evidence(evidence_id, item_id)
    return TakenAttachments(tuple(removed), tuple(links))


def restore_attachments(session: ProjectSession, taken: TakenAttachments) -> Changes:
    """Make an attach of several files again after :func:`take_attachments` took it back.

    The same evidence rows come back with the same ids, bytes and details,
    and the links to older files are made again (those whose file or item
    has gone since are left out). One transaction.

    Raises:
        ValidationError: a file's bytes are gone (the project was closed
            since) or its id is in use again; nothing is changed.
    """
    store = session.store
    existing = {e.id for e in store.evidence_list()}
    with store.atomic():
        for removed in taken.removed:
            restore_evidence(session, removed)
        for evidence_id, item_id in taken.links:
            if evidence_id in existing and session.catalog.has_item(item_id):
                store.link_evidence(evidence_id, item_id)
    return taken.changes


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
