"""Folder import as user actions: scan a folder against the open project, attach the
accepted files in one transaction, and list what the folder lacks (docs/folder-import.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.model import Basis, ItemKind, ItemStatus, Text
from desktop.domain.records import EvidenceMeta, EvidenceNature
from desktop.errors import EvidenceError, ValidationError
from desktop.onboarding import Nature, ScanLimits, ScannedFile, ScanResult, scan_folder
from desktop.reports.onboarding import FolderLacks, LackingItem
from desktop.services.changes import Changes
from desktop.services.evidence import RemovedEvidence, restore_evidence, take_evidence
from desktop.services.session import ProjectSession
from desktop.store.outputs import is_project_file

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_DOCUMENTS = frozenset({Nature.MANUAL, Nature.PROCEDURE, Nature.INSTRUCTION, Nature.PLAN})
_RECORDS = frozenset({Nature.RECORD_FORM, Nature.REPORT, Nature.CERTIFICATE})


@dataclass(frozen=True, slots=True)
class ProjectScan:
    """A folder scan seen from the open project.

    Attributes:
        root: the scanned folder.
        result: what :func:`desktop.onboarding.scan_folder` found.
        in_project: SHA-256 digests of scanned files whose content the project
            already holds as evidence.
    """

    root: Path
    result: ScanResult
    in_project: frozenset[str]

    def is_in_project(self, file: ScannedFile) -> bool:
        """True when the project already holds this file's content."""
        return file.sha256 in self.in_project

    def accepted_above(self, min_confidence: float) -> list[tuple[ScannedFile, list[str]]]:
        """The files to attach when every proposal of at least ``min_confidence`` is
        accepted: duplicates and files already in the project left out; per file, the
        item ids of those proposals (best first). Files with none are left out."""
        accepted = []
        for file in self.result.files:
            if file.duplicate_of is not None or self.is_in_project(file):
                continue
            ids = [p.item_id for p in file.proposals if p.confidence >= min_confidence]
            if ids:
                accepted.append((file, ids))
        return accepted


def scan(
    session: ProjectSession,
    root: Path,
    *,
    limits: ScanLimits | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ProjectScan:
    """Scan ``root`` for the project's standards; nothing is written.

    Args:
        root: the company's existing folder.
        limits, progress, cancelled: see :func:`desktop.onboarding.scan_folder`.

    Raises:
        ValidationError: ``root`` is not a folder or holds too many files.
        CancelledError: cancelled; nothing was written in any case.
    """
    ids = [s.id for s in session.standards()]
    result = scan_folder(root, session.catalog, ids, limits=limits, progress=progress,
                         cancelled=cancelled)
    stored = {e.sha256 for e in session.store.evidence_list()}
    return ProjectScan(root, result,
                       frozenset(f.sha256 for f in result.files if f.sha256 in stored))


def evidence_meta_for(file: ScannedFile, evidence_id: int) -> EvidenceMeta:
    """The evidence details a scanned file gives: nature, version, and the approval
    date (documents: the latest date found) or the period covered (records: the
    earliest to the latest date found). Nothing is guessed beyond what was found."""
    nature = Nature(file.nature)
    version = (file.version or "")[:40]
    if nature in _DOCUMENTS:
        return EvidenceMeta(evidence_id, EvidenceNature.DOCUMENT, version,
                            approved_on=file.dates[-1] if file.dates else None)
    if nature in _RECORDS:
        start = file.dates[0] if file.dates else None
        end = file.dates[-1] if len(file.dates) > 1 else None
        return EvidenceMeta(evidence_id, EvidenceNature.RECORD, version,
                            effective_from=start, effective_to=end)
    return EvidenceMeta(evidence_id, None, version)


def apply(
    session: ProjectSession,
    accepted: Sequence[tuple[ScannedFile, Sequence[str]]],
    root: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Changes:
    """Attach every accepted file to its items, all in ONE transaction (one undo step).

    Each file is stored (content once per SHA-256) and linked to its item ids; a
    file new to the project's register gets evidence details from the scan
    (:func:`evidence_meta_for`). Files of equal content are attached once, with their
    items joined. No item status is changed: nothing becomes "ready" by itself.
    :func:`apply_import` does the same and also returns what to undo.

    Args:
        accepted: (scanned file, item ids) pairs; pairs with no item ids are ignored.
        root: the folder the files were scanned in.
        progress: called with (files done, files total).
        cancelled: polled between files; True rolls everything back.

    Returns:
        Changes with the items linked, ``evidence`` True, ``records``
        ``{"evidence_meta"}`` and ``evidence_id`` of the first file.

    Raises:
        ValidationError: an unknown item id, or nothing to attach.
        EvidenceError: a file is gone, unreadable, the project itself, or changed
            since the scan; nothing is written.
        StorageFullError, CancelledError: nothing is written.
    """
    return apply_import(session, accepted, root, progress=progress,
                        cancelled=cancelled).changes


@dataclass(frozen=True, slots=True)
class ImportStep:
    """What one :func:`apply_import` did, for undo and redo as a single step.

    Attributes:
        changes: what it changed.
        created: evidence rows it added to the register.
        linked: (evidence id, item id) links it added to rows that were already there.
    """

    changes: Changes
    created: tuple[int, ...]
    linked: tuple[tuple[int, str], ...]


@dataclass(frozen=True, slots=True)
class UndoneImport:
    """An import taken back by :func:`undo_import`; :func:`redo_import` puts it back."""

    step: ImportStep
    removed: tuple[RemovedEvidence, ...]


def apply_import(
    session: ProjectSession,
    accepted: Sequence[tuple[ScannedFile, Sequence[str]]],
    root: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportStep:
    """:func:`apply`, returning also the rows and links it added (see :class:`ImportStep`).

    Raises:
        See :func:`apply`.
    """
    by_hash = _merged(session, accepted, root)
    store = session.store
    items: set[str] = set()
    created: list[int] = []
    linked: list[tuple[int, str]] = []
    first: int | None = None
    stored_new = False
    total = len(by_hash)
    with store.atomic():
        known = {e.id for e in store.evidence_list()}
        for done, (file, item_ids) in enumerate(by_hash.values(), 1):
            source = root / file.path
            evidence, new = store.add_evidence(source, cancelled=cancelled)
            if evidence.sha256 != file.sha256:
                raise EvidenceError(
                    f"{source} changed since the folder was scanned; scan it again.",
                    f"{source} 在扫描后已被修改，请重新扫描文件夹。")
            stored_new = stored_new or new
            first = evidence.id if first is None else first
            fresh = evidence.id not in known
            for item_id in item_ids:
                if item_id not in evidence.item_ids:
                    store.link_evidence(evidence.id, item_id)
                    if not fresh:
                        linked.append((evidence.id, item_id))
            items.update(item_ids)
            if fresh:
                created.append(evidence.id)
                known.add(evidence.id)
                store.records.put_evidence_meta(evidence_meta_for(file, evidence.id))
            if progress is not None:
                progress(done, total)
    changes = Changes(items=frozenset(items), evidence=True, evidence_id=first,
                      stored_new_content=stored_new, records=frozenset({"evidence_meta"}))
    return ImportStep(changes, tuple(created), tuple(linked))


def _merged(session: ProjectSession, accepted: Sequence[tuple[ScannedFile, Sequence[str]]],
            root: Path) -> dict[str, tuple[ScannedFile, list[str]]]:
    """Accepted files by content, items joined; checked before anything is written."""
    by_hash: dict[str, tuple[ScannedFile, list[str]]] = {}
    for file, item_ids in accepted:
        if not item_ids:
            continue
        for item_id in item_ids:
            session.checklist_item(item_id)
        entry = by_hash.setdefault(file.sha256, (file, []))
        entry[1].extend(i for i in item_ids if i not in entry[1])
    if not by_hash:
        raise ValidationError("No file is accepted for any checklist item.",
                              "没有任何文件被接受到检查项。")
    for file, _ids in by_hash.values():
        source = root / file.path
        if not source.is_file():
            raise EvidenceError(f"{source} no longer exists; scan the folder again.",
                                f"{source} 已不存在，请重新扫描文件夹。")
        if is_project_file(source, session.path):
            raise EvidenceError(f"{source} is the open project or one of its files.",
                                f"{source} 是当前打开的项目或其附属文件。")
    return by_hash


def undo_import(session: ProjectSession, step: ImportStep) -> UndoneImport:
    """Take back what :func:`apply_import` did, in one transaction: the rows it added
    leave the register (their bytes stay until the project is closed), the links it
    added to other rows are removed.

    Raises:
        ValidationError: a row it added no longer exists.
    """
    with session.store.atomic():
        removed = tuple(take_evidence(session, evidence_id) for evidence_id in step.created)
        for evidence_id, item_id in step.linked:
            session.store.unlink_evidence(evidence_id, item_id)
    return UndoneImport(step, removed)


def redo_import(session: ProjectSession, undone: UndoneImport) -> Changes:
    """Put back an import :func:`undo_import` took back, in one transaction.

    Raises:
        ValidationError: a file's stored copy is gone (the project was closed since).
    """
    with session.store.atomic():
        for removed in undone.removed:
            restore_evidence(session, removed)
        for evidence_id, item_id in undone.step.linked:
            session.store.link_evidence(evidence_id, item_id)
    return undone.step.changes


_REQUIRED = Text("Required by the standard", "标准要求")
_REQUESTED = Text("Commonly requested by certification bodies", "认证机构常要求提供")


def folder_lacks(
    session: ProjectSession,
    project_scan: ProjectScan,
    matched: Iterable[str] | None = None,
    *,
    today: dt.date | None = None,
) -> FolderLacks:
    """The mandatory documented information (maintain/retain items) and the items
    certification bodies commonly request (basis ``cb_requested``) that no scanned
    file matched; items marked not applicable are left out.

    Args:
        matched: the item ids that count as found (default: every proposal of every
            file; after a review, pass the accepted item ids).
        today: the scan day shown (default: the local date).
    """
    found = set(matched) if matched is not None else {
        p.item_id for f in project_scan.result.files for p in f.proposals}
    states = session.store.item_states()
    with_evidence = {i for e in session.store.evidence_list() for i in e.item_ids}
    lacking: list[LackingItem] = []
    considered = 0
    for std in session.standards():
        for item in std.checklist():
            required = item.kind in (ItemKind.MAINTAIN, ItemKind.RETAIN)
            if not required and item.basis is not Basis.CB_REQUESTED:
                continue
            state = states.get(item.id)
            if state is not None and state.status is ItemStatus.NOT_APPLICABLE:
                continue
            considered += 1
            if item.id in found:
                continue
            lacking.append(LackingItem(item.id, std.label, item.clause, item.title,
                                       _REQUIRED if required else _REQUESTED, required,
                                       item.id in with_evidence))
    return FolderLacks(project_scan.root.name or str(project_scan.root),
                       session.store.profile().name, today or dt.date.today(),
                       len(project_scan.result.files), considered, tuple(lacking))
