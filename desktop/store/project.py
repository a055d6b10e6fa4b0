"""The project file: one SQLite file (``.auditready``) that travels with the consultant.

:class:`ProjectStore` is the only way the rest of AuditReady reads or writes a
project: company profile, chosen standards, per-item state, evidence (file
content and links to checklist items), custom checklists and entries, and
through :attr:`ProjectStore.records` the records of the running system. Every
write is a transaction; several writes that belong together go inside one
:meth:`ProjectStore.atomic` block.

Expected failures come out as :class:`~desktop.errors.UserError` subclasses
with English and Chinese messages naming the file; anything else is a bug.
"""

from __future__ import annotations

import mimetypes
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from sqlite_utils import Database

from desktop.domain.custom import CustomChecklist, CustomItem
from desktop.domain.model import CompanyProfile, Evidence, ItemState
from desktop.store import blobs, checks, failures, opening, records, verify
from desktop.store import custom as custom_rows
from desktop.store import evidence as evidence_rows
from desktop.store import schema as _schema
from desktop.store.backup_keeper import BackupKeeper
from desktop.store.creation import build_new_file, exists_error
from desktop.store.departments import DepartmentRows
from desktop.store.freshness import FreshnessSettings
from desktop.store.opening import ProjectLock
from desktop.store.quality import QualityRecords
from desktop.store.verify import Findings

PROJECT_SUFFIX = ".auditready"
"""File extension of project files."""

DEFAULT_MEDIA_TYPE = "application/octet-stream"


class ProjectStore:
    """An open project file, locked against other processes until :meth:`close`.

    Make one with :meth:`create` or :meth:`open`, never directly. Use it from
    one thread at a time (a worker may take it for long evidence work while
    nothing else touches it). Closing discards an unfinished transaction.

    Attributes:
        path: absolute path of the project file.
        records: the records of the running management system (evidence
            metadata, internal audits, findings, management reviews, actions,
            certificates, snapshots, settings); see :class:`QualityRecords`.
        backups: this project's backups (:class:`BackupKeeper`), made before a
            migration and before the first write transaction of each day.
        freshness: the project's own freshness rules; see :class:`FreshnessSettings`.
        recovery_notes: what opening repaired by itself after a crash (a lock
            or a journal left behind), for the UI to mention; usually empty.
        later_check: the integrity check still owed by ``open(check_later=True)``
            (every write runs it first and fails while it fails), else None.
    """

    path: Path
    records: QualityRecords
    freshness: FreshnessSettings

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: ProjectLock) -> None:
        self.path = path
        self._conn = conn
        self._db = Database(conn, execute_plugins=False)
        self._lock = lock
        self._closed = False
        self.records = QualityRecords(self._db, self._guard, self.atomic)
        self.backups = BackupKeeper(path, conn)
        self.freshness = FreshnessSettings(self._db, self._guard, self.atomic)
        self.departments = DepartmentRows(self._db, self._guard, self.atomic)
        self.recovery_notes: tuple[opening.RecoveryNote, ...] = ()
        self.later_check: checks.LaterCheck | None = None
        self._links = evidence_rows.LinksMemo()

    # --- lifecycle -----------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, profile: CompanyProfile, standard_ids: Sequence[str]
    ) -> ProjectStore:
        """Create a new project file at ``path`` and return it open.

        The file is built under a temporary name in the same folder and moved
        into place only when complete, so a failure leaves nothing behind.

        Args:
            path: where to create it (conventionally ending in ``.auditready``).
            profile: the company profile to store.
            standard_ids: chosen standard ids in display order, e.g.
                ``["iso9001-2015", "iso14001-2015"]``.

        Raises:
            ProjectExistsError: a file already exists at ``path`` (never overwritten).
            ProjectLockedError: another process is creating or has opened ``path``.
            ProjectWriteError: the folder is missing or not writable.
            StorageFullError: the disk is full.
            ValueError: duplicate standard ids.
        """
        path = Path(path).absolute()
        lock = ProjectLock(path)
        lock.acquire()
        try:
            if path.exists() or path.is_symlink():
                raise exists_error(path)
            build_new_file(path, profile, standard_ids)
            return cls._open_locked(path, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, path: Path, *, check_later: bool = False) -> ProjectStore:
        """Open an existing project, migrating an older schema to the current one.

        The file is checked read-only first; when any of the errors below is
        raised it has not been modified (at most, an interrupted transaction
        left by a crash was rolled back, as SQLite always does). With
        ``check_later`` the large tables are checked by :attr:`later_check`.

        Raises:
            ProjectFileError: the file is missing or cannot be read.
            NotAProjectError: not an SQLite file, or not an AuditReady project.
            CorruptProjectError: truncated or damaged.
            NewerProjectError: written by a newer AuditReady.
            ProjectLockedError: open in another AuditReady window or process.
            ProjectWriteError: the file or its folder is read-only.
            StorageFullError: no space to migrate (the file keeps its old schema).
        """
        path = Path(path).absolute()
        opening.check_signature(path)
        lock = ProjectLock(path)
        lock.acquire()
        try:
            return cls._open_locked(path, lock, check_later)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(cls, path: Path, lock: ProjectLock, later: bool = False) -> ProjectStore:
        current = _schema.SCHEMA
        found = opening.inspect(path, current, check_later=later)
        with failures.translated(path, unknown_is_damage=True):
            conn = opening.connect(path)
        try:
            notes = (lock.note(), opening.remove_stale_journal(conn, path))
            store = cls(path, conn, lock)
            store.recovery_notes = tuple(note for note in notes if note is not None)
            if found.later:
                store.later_check = checks.LaterCheck(
                    path, found.later, lambda: opening.open_read_only(path))
            if found.pending:
                store.backups.before_migration()
                with failures.translated(path, unknown_is_damage=True):
                    current.apply(store._db)
                store.backups.project_id()
        except BaseException:
            conn.close()
            raise
        return store

    def close(self) -> None:
        """Close the file and release the lock; an open transaction is discarded.

        Calling it again does nothing.
        """
        if self._closed:
            return
        self._closed = True
        try:
            self._conn.close()
        finally:
            self._lock.release()

    @property
    def closed(self) -> bool:
        """True once :meth:`close` has been called."""
        return self._closed

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"<ProjectStore {str(self.path)!r} {state}>"

    # --- transactions and errors --------------------------------------------

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Translate SQLite failures and damaged rows into user errors (``failures.is_damage``)."""
        if self._closed:
            raise RuntimeError(f"the project {self.path} is closed")
        try:
            with failures.translated(self.path, unknown_is_damage=True):
                yield
        except records.RecordError as exc:
            raise failures.corrupt(self.path, str(exc)) from exc

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """Run the block as one transaction; a nested block becomes a savepoint.

        Everything in the block is committed together at the end of the
        outermost block, or rolled back if the block raises.

        Raises:
            StorageFullError: the disk filled up (everything was rolled back).
            ProjectWriteError: the file became read-only or unreachable.
            ProjectLockedError: another program locked the file.
            CorruptProjectError: :attr:`later_check` found damage (nothing written).
        """
        if not self._closed and not self._conn.in_transaction:
            if self.later_check is not None:
                self.later_check.run()
            self.backups.daily()
        with self._guard(), self._db.atomic():
            yield

    def schema_version(self) -> int:
        """Return the schema version of the open file (``PRAGMA user_version``), >= 1."""
        with self._guard():
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # --- profile and standards -----------------------------------------------

    def profile(self) -> CompanyProfile:
        """Return the company profile.

        Raises:
            CorruptProjectError: the stored profile is missing or malformed.
        """
        with self._guard():
            return records.read_profile(self._db)

    def set_profile(self, profile: CompanyProfile) -> None:
        """Replace the company profile.

        Raises:
            StorageFullError, ProjectWriteError: the change could not be saved.
        """
        with self.atomic():
            records.write_profile(self._db, profile)

    def standard_ids(self) -> tuple[str, ...]:
        """Return the chosen standard ids in display order, e.g. ``("iso9001-2015",)``."""
        with self._guard():
            return records.read_standard_ids(self._db)

    def set_standard_ids(self, ids: Sequence[str]) -> None:
        """Replace the chosen standards with ``ids`` in this order.

        Item states and evidence of standards no longer chosen are kept.

        Raises:
            ValueError: an id appears twice.
            StorageFullError, ProjectWriteError: the change could not be saved.
        """
        with self.atomic():
            records.write_standard_ids(self._db, ids)

    # --- item state ----------------------------------------------------------

    def item_states(self) -> dict[str, ItemState]:
        """Return every recorded item state keyed by item id (items never touched are absent).

        Raises:
            CorruptProjectError: a stored state is malformed.
        """
        with self._guard():
            return records.read_item_states(self._db)

    def item_state(self, item_id: str) -> ItemState:
        """Return the state of ``item_id``; ``ItemState(item_id)`` if none was recorded.

        Raises:
            CorruptProjectError: the stored state is malformed.
        """
        with self._guard():
            found = records.read_item_state(self._db, item_id)
        return found if found is not None else ItemState(item_id)

    def put_item_state(self, state: ItemState) -> None:
        """Insert or replace the state of ``state.item_id``.

        The status is stored by value, dates as ISO-8601 text; an
        ``updated_at`` of None is stored as the current UTC time.

        Raises:
            StorageFullError, ProjectWriteError: the change could not be saved.
        """
        with self.atomic():
            records.write_item_state(self._db, state)

    # --- evidence ------------------------------------------------------------

    def add_evidence(
        self,
        source: Path,
        *,
        name: str | None = None,
        media_type: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[Evidence, bool]:
        """Store the file ``source`` in the project as evidence (not linked to any item).

        The file is streamed twice (hash pass, then copy pass only if the
        content is new), so memory use stays near one chunk (1 MiB) whatever
        its size. Content is stored once per SHA-256.

        Args:
            source: the file to attach.
            name: name shown for it; defaults to ``source.name``.
            media_type: e.g. ``"application/pdf"``; guessed from the name when None.
            progress: called with (bytes_done, bytes_total), where bytes_total is
                twice the file size (both passes); it ends with (total, total).
            cancelled: polled between chunks; returning True cancels.

        Returns:
            (evidence, True) when a new evidence row was stored, or the existing
            (evidence, False) when the same content was already attached under
            the same name.

        Raises:
            EvidenceError: the file is missing, unreadable, or changed or vanished
                while being read; nothing was stored.
            CancelledError: cancelled; nothing was stored.
            StorageFullError, ProjectWriteError: the project could not be written;
                nothing was stored.
            ValueError: ``name`` is empty.
        """
        source = Path(source)
        shown = source.name if name is None else name
        if not shown:
            raise ValueError("an evidence name must not be empty")
        media = (media_type or mimetypes.guess_type(shown)[0]
                 or mimetypes.guess_type(source.name)[0] or DEFAULT_MEDIA_TYPE)
        before = blobs.stamp(source)
        ticker = blobs.Ticker(2 * before.size, progress, cancelled)
        ticker.report()
        sha256 = blobs.hash_source(source, before, ticker)
        with self.atomic():
            found = evidence_rows.store_new(self._db, source, before, sha256, shown, media, ticker)
        ticker.finish()
        return found

    def evidence(self, evidence_id: int) -> Evidence:
        """Return evidence ``evidence_id`` with the ids of the items it serves.

        Raises:
            KeyError: no such evidence.
        """
        with self._guard():
            found = evidence_rows.find(self._db, evidence_id)
        if found is None:
            raise KeyError(evidence_id)
        return found

    def evidence_list(self) -> list[Evidence]:
        """Return all evidence with item ids filled, ordered by added_at then id."""
        with self._guard():
            return evidence_rows.list_all(self._db)

    def evidence_counts(self) -> dict[str, int]:
        """Return how many evidence files each item has (items without any left out)."""
        return {item_id: len(ids) for item_id, ids in self.evidence_ids_by_item().items()}

    def evidence_ids_by_item(self) -> dict[str, tuple[int, ...]]:
        """Each item's evidence ids, ascending (links only; read again after a write)."""
        with self._guard():
            return self._links.ids_by_item(self._db)

    def evidence_for_item(self, item_id: str) -> list[Evidence]:
        """Return the evidence linked to ``item_id``, ordered by added_at then id."""
        with self._guard():
            return evidence_rows.list_for_item(self._db, item_id)

    def link_evidence(self, evidence_id: int, item_id: str) -> None:
        """Link evidence to a checklist item of any standard; linking twice is harmless.

        Raises:
            KeyError: no such evidence.
            StorageFullError, ProjectWriteError: the change could not be saved.
        """
        with self.atomic():
            if not evidence_rows.exists(self._db, evidence_id):
                raise KeyError(evidence_id)
            evidence_rows.link(self._db, evidence_id, item_id)

    def unlink_evidence(self, evidence_id: int, item_id: str) -> None:
        """Remove the link between evidence and item; does nothing if there is none.

        Raises:
            StorageFullError, ProjectWriteError: the change could not be saved.
        """
        with self.atomic():
            evidence_rows.unlink(self._db, evidence_id, item_id)

    def remove_evidence(self, evidence_id: int, *, keep_content: bool = False) -> None:
        """Delete evidence, its links and metadata, and its content if no other evidence shares it.

        Links and metadata go by ``ON DELETE CASCADE`` (foreign keys are on).
        ``keep_content=True`` keeps the stored bytes (an undo may put the row
        back); :meth:`drop_unused_content` deletes them later.

        Raises:
            KeyError: no such evidence.
            StorageFullError, ProjectWriteError: the change could not be saved.
        """
        with self.atomic():
            sha256 = evidence_rows.delete(self._db, evidence_id)
            if sha256 is None:
                raise KeyError(evidence_id)
            if not keep_content:
                blobs.delete_blob_if_unused(self._db, sha256)

    def restore_evidence(self, evidence: Evidence) -> None:
        """Put a removed evidence row back under its own id, with its links.

        Raises:
            KeyError: its content is no longer stored, or the id is taken.
            StorageFullError, ProjectWriteError: the change could not be saved.
        """
        with self.atomic():
            if not blobs.blob_exists(self._db, evidence.sha256) or evidence_rows.exists(
                    self._db, evidence.id):
                raise KeyError(evidence.id)
            evidence_rows.restore(self._db, evidence)

    def drop_unused_content(self) -> int:
        """Delete stored contents no evidence uses any more; return how many went."""
        with self._guard():
            unused = blobs.unused(self._db)
        if unused:
            with self.atomic():
                for sha256 in unused:
                    blobs.delete_blob_if_unused(self._db, sha256)
        return len(unused)

    def read_evidence(self, evidence_id: int) -> Iterator[bytes]:
        """Return an iterator over the content of evidence ``evidence_id``, chunk by chunk.

        Chunks are at most 1 MiB; their concatenation is the original file.

        Raises:
            KeyError: no such evidence (raised at once, not on first iteration).
            EvidenceError: while iterating, a chunk is missing (damaged project).
        """
        item = self.evidence(evidence_id)
        return self._iter_content(item)

    def _iter_content(self, item: Evidence) -> Iterator[bytes]:
        with self._guard():
            try:
                yield from blobs.iter_blob(self._db, item.sha256)
            except (KeyError, blobs.DamagedBlobError) as exc:
                raise failures.damaged_evidence(self.path, item.name) from exc

    def export_evidence(
        self,
        evidence_id: int,
        dest: Path,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        """Write the content of evidence ``evidence_id`` to file ``dest`` (replacing it).

        The content streams to a temporary file beside ``dest`` and replaces
        ``dest`` only once its SHA-256 is verified; on failure ``dest`` is as before.

        Args:
            progress: called with (bytes_done, bytes_total = evidence size).
            cancelled: polled between chunks; returning True cancels.

        Raises:
            KeyError: no such evidence.
            EvidenceError: the folder is missing or not writable, or the stored
                copy is damaged.
            StorageFullError: the destination disk is full.
            CancelledError: cancelled.
        """
        item = self.evidence(evidence_id)
        ticker = blobs.Ticker(item.size, progress, cancelled)
        ticker.report()
        with self._guard():
            try:
                blobs.write_verified(
                    blobs.iter_blob(self._db, item.sha256),
                    item.sha256,
                    Path(dest),
                    name=item.name,
                    ticker=ticker,
                )
            except (KeyError, blobs.DamagedBlobError) as exc:
                raise failures.damaged_evidence(self.path, item.name) from exc
        ticker.finish()

    # --- custom content --------------------------------------------------------

    def custom_content(self) -> tuple[list[CustomChecklist], list[CustomItem]]:
        """Return (custom checklists oldest first, custom entries by standard then position).

        Raises:
            CorruptProjectError: a stored row is malformed.
        """
        with self._guard():
            return custom_rows.read_checklists(self._db), custom_rows.read_items(self._db)

    def add_custom_checklist(self, checklist: CustomChecklist) -> None:
        """Store a new custom checklist (callers check the id is new and starts ``custom:``).

        Raises:
            StorageFullError, ProjectWriteError: the change could not be saved.
        """
        with self.atomic():
            custom_rows.insert_checklist(self._db, checklist)

    def remove_custom_checklist(self, checklist_id: str) -> None:
        """Delete a custom checklist and its entries, with their states and evidence links.

        Raises:
            StorageFullError, ProjectWriteError: the change could not be saved.
        """
        with self.atomic():
            custom_rows.delete_checklist(self._db, checklist_id)

    def put_custom_item(self, item: CustomItem) -> None:
        """Insert or replace custom entry ``item.id`` (callers keep positions unique).

        Raises:
            StorageFullError, ProjectWriteError: the change could not be saved.
        """
        with self.atomic():
            custom_rows.write_item(self._db, item)

    def remove_custom_item(self, item_id: str) -> None:
        """Delete custom entry ``item_id`` with its state and evidence links (files stay).

        Raises:
            StorageFullError, ProjectWriteError: the change could not be saved.
        """
        with self.atomic():
            custom_rows.forget_item(self._db, item_id)
            custom_rows.delete_item(self._db, item_id)

    def verify(self, progress: blobs.ProgressFn | None = None,
               cancelled: blobs.CancelledFn | None = None) -> Findings:
        """Check the whole file read-only (see :func:`verify.check_database`)."""
        with self._guard():
            return verify.check_database(self._conn, progress=progress, cancelled=cancelled)

    # --- copies ----------------------------------------------------------------

    def backup_to(self, dest: Path) -> None:
        """Write a complete copy of the project to ``dest`` ("Save As"), replacing it.

        Uses SQLite's online backup into a temporary file beside ``dest``, then
        renames it, so ``dest`` is never half-written. This store stays open on
        :attr:`path`. Copying onto the project itself does nothing.

        Raises:
            ProjectLockedError: ``dest`` is a project open elsewhere.
            StorageFullError: the destination disk is full.
            ProjectWriteError: the folder is missing or not writable.
            RuntimeError: called inside :meth:`atomic` (commit first).
        """
        dest = Path(dest).absolute()
        if self._closed:
            raise RuntimeError(f"the project {self.path} is closed")
        if self._conn.in_transaction:
            raise RuntimeError("backup_to() cannot run inside atomic(); commit first")
        if dest.exists() and os.path.samefile(dest, self.path):
            return
        dest_lock = ProjectLock(dest)
        dest_lock.acquire()
        try:
            opening.copy_database(self._conn, dest)
        finally:
            dest_lock.release()
