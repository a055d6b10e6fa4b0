"""Checking, locking and connecting to a project file without ever damaging it.

Opening goes from cheap and harmless to the real thing, so that a file which
is not a project, is damaged or is from a newer version is refused before
anything could write to it:

1. :func:`check_signature` reads the 100-byte SQLite header: magic string and
   application id (:class:`NotAProjectError`).
2. :class:`ProjectLock` takes the lock file beside the project
   (:class:`ProjectLockedError` if another process holds it; a lock file left
   by a process that died is taken over, with a note).
3. :func:`inspect` opens a *read-only* connection and reads the schema
   version, the applied migrations and every object in ``sqlite_master``,
   which must be exactly those the migrations of that version create
   (:class:`ForeignSchemaError`, :class:`CorruptProjectError` for missing
   ones, :class:`NewerProjectError`); it checks the header against the file
   size (truncation) and runs ``PRAGMA integrity_check`` on every table except
   the evidence content (:data:`~desktop.store.checks.UNCHECKED_ON_OPEN`,
   verified by SHA-256 when read); the decisions are in :mod:`desktop.store.checks`.
   With ``check_later`` the tables that grow with the evidence
   (:data:`~desktop.store.checks.CHECKED_LATER`) are left to a
   :class:`~desktop.store.checks.LaterCheck` that must pass before any write.
4. :func:`connect` opens the read-write connection used from then on, and
   :func:`remove_stale_journal` deletes a rollback journal that a killed
   process left behind and SQLite did not need.

Every connection runs with ``PRAGMA trusted_schema = OFF`` (functions with side
effects are refused inside views and triggers) and ``PRAGMA cell_size_check =
ON`` (damaged pages are detected as they are read).
"""

from __future__ import annotations

import logging
import os
import secrets
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import filelock

from desktop.errors import ProjectFileError
from desktop.store import checks, failures
from desktop.store.schema import APPLICATION_ID, Schema

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
LOCK_SUFFIX = ".lock"
JOURNAL_SUFFIX = "-journal"
BUSY_TIMEOUT_S = 5.0
"""Seconds a statement waits while another program (backup, antivirus) briefly locks the file."""

@dataclass(frozen=True)
class RecoveryNote:
    """Something opening repaired by itself after a crash, worth telling the user.

    Attributes:
        en, zh: the note in English and Simplified Chinese.
    """

    en: str
    zh: str

    def text(self, lang: str) -> str:
        """The note in ``lang`` ("zh..." or anything else for English)."""
        return self.zh if lang.startswith("zh") else self.en


def harden(conn: sqlite3.Connection) -> None:
    """Set the safety pragmas every project connection uses (see module docstring).

    Raises:
        sqlite3.Error: from SQLite.
    """
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")


def _read_header(path: Path) -> tuple[bytes, int]:
    """Return (first 100 bytes, file size in bytes) of ``path``.

    Raises:
        ProjectFileError: missing, a folder, or unreadable.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError as exc:
        raise ProjectFileError(
            f'The project "{path}" cannot be found. It may have been moved, renamed or deleted.',
            f"找不到项目“{path}”。它可能已被移动、重命名或删除。",
        ) from exc
    except IsADirectoryError as exc:
        raise failures.not_a_project(path, "it is a folder", "这是一个文件夹") from exc
    except OSError as exc:
        raise failures.cannot_read(path, exc) from exc
    return header, size


def check_signature(path: Path) -> None:
    """Check that ``path`` starts like an AuditReady project; reads 100 bytes, writes nothing.

    Raises:
        ProjectFileError: missing or unreadable.
        NotAProjectError: not an SQLite file, or an SQLite file of another application.
    """
    header, _size = _read_header(path)
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise failures.not_a_project(path, "it is not a database file", "它不是数据库文件")
    if int.from_bytes(header[68:72], "big", signed=True) != APPLICATION_ID:
        raise failures.not_a_project(
            path, "it is a database of another program", "它是其他程序的数据库"
        )


def _check_size(path: Path) -> None:
    """Check that the file is at least as long as its header says (not truncated)."""
    header, size = _read_header(path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise failures.corrupt(path, "bad page size")
    change_counter = header[24:28]
    valid_for = header[92:96]
    page_count = int.from_bytes(header[28:32], "big")
    if change_counter == valid_for and page_count > 0 and size < page_count * page_size:
        raise failures.corrupt(path, "the file is shorter than it should be")


def lock_path(path: Path) -> Path:
    """Return the lock file used for project ``path``: ``<name>.lock`` in the same folder."""
    return path.with_name(path.name + LOCK_SUFFIX)


class ProjectLock:
    """An exclusive, non-waiting lock on a project, held through a lock file beside it.

    The lock is an OS lock (``filelock``), so it disappears if the process dies;
    the lock file itself is removed on release where the OS allows.

    Args:
        path: the project file (which need not exist yet).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = filelock.FileLock(lock_path(path), timeout=0, thread_local=False)
        self.taken_over = False

    def acquire(self) -> None:
        """Take the lock now or fail.

        Raises:
            ProjectLockedError: another process (or another store in this one) holds it.
            ProjectWriteError: the folder is missing, or the lock file cannot be
                created in it (read-only folder).
            StorageFullError: no space for the lock file.
        """
        if not self.path.parent.is_dir():
            # filelock would create missing folders; a project never does.
            missing = FileNotFoundError(2, "No such folder", str(self.path.parent))
            raise failures.os_project_error(missing, self.path)
        left_behind = lock_path(self.path).exists()
        try:
            self._lock.acquire(blocking=False)
        except filelock.Timeout as exc:
            raise failures.locked(self.path) from exc
        except OSError as exc:
            raise failures.os_project_error(exc, self.path) from exc
        # The OS lock dies with its process, so a lock file that was there but
        # could be locked was left by a process that ended without closing.
        self.taken_over = left_behind
        if left_behind:
            log.info("took over the lock on %s left by a process that ended", self.path)

    def note(self) -> RecoveryNote | None:
        """A note for the user when :meth:`acquire` took over a lock left by a crash."""
        if not self.taken_over:
            return None
        return RecoveryNote(
            f'"{self.path}" was not closed properly last time (the program ended '
            "unexpectedly); its lock was taken over.",
            f"“{self.path}”上次未正常关闭（程序意外结束），已接管其锁定。",
        )

    def release(self) -> None:
        """Release the lock and remove the lock file; does nothing if not held."""
        if not self._lock.is_locked:
            return
        # Removing the file while still holding the lock is safe: a process
        # that opened the old file sees it unlinked and retries.
        with suppress(OSError):
            os.unlink(lock_path(self.path))
        self._lock.release()
        if os.name == "nt":
            # Windows refuses to delete a file that is still open; now it is
            # closed, and a lock file left behind would read as a crash next time.
            with suppress(OSError):
                os.unlink(lock_path(self.path))


@dataclass(frozen=True)
class Inspection:
    """What the read-only look at a project found.

    Attributes:
        user_version: ``PRAGMA user_version`` (the schema version written).
        applied: names of migrations recorded as applied, in order.
        pending: True when this version has migrations the file lacks.
        later: tables still to check (:class:`~desktop.store.checks.LaterCheck`),
            empty unless ``check_later`` was asked for.
    """

    user_version: int
    applied: tuple[str, ...]
    pending: bool
    later: tuple[str, ...] = ()


def _uri(path: Path, mode: str) -> str:
    return f"{path.absolute().as_uri()}?mode={mode}"


def read_only_uri(path: Path) -> str:
    """The ``file:`` URI that opens ``path`` read-only (for ``ATTACH`` too)."""
    return _uri(path, "ro")


def journal_path(path: Path) -> Path:
    """Return the rollback journal SQLite keeps beside ``path`` during a write."""
    return path.with_name(path.name + JOURNAL_SUFFIX)


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only with the :func:`harden` pragmas (it never writes).

    Raises:
        sqlite3.Error: from SQLite, e.g. SQLITE_READONLY_ROLLBACK when a hot
            journal must be rolled back first (:func:`recover_hot_journal`).
    """
    conn = sqlite3.connect(_uri(path, "ro"), uri=True)
    try:
        harden(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def recover_hot_journal(path: Path) -> None:
    """Let SQLite roll back an interrupted transaction (a "hot" journal beside the file).

    This is the crash recovery the journal exists for; it restores the file to
    its last committed state and deletes the journal.
    """
    conn = sqlite3.connect(_uri(path, "rw"), uri=True)
    try:
        harden(conn)
        conn.execute("PRAGMA schema_version").fetchone()
    finally:
        conn.close()


def _inspect_read_only(path: Path, schema: Schema, check_later: bool) -> Inspection:
    conn = open_read_only(path)
    try:
        facts = checks.read_facts(conn)
        _check_size(path)
        version = checks.judge(path, schema, facts)
        pending = version < schema.version
        tables = checks.checked_tables(schema, version)
        # A migration writes at once, and an SQLite without per-table checks
        # checks the whole file in one go: then everything is checked now.
        defer = check_later and not pending and checks.PER_TABLE_CHECK
        later = [t for t in tables if t in checks.CHECKED_LATER] if defer else []
        problems = checks.integrity_problems(conn, [t for t in tables if t not in later])
    finally:
        conn.close()
    if problems:
        raise failures.corrupt(path, "integrity check failed: " + problems[0][:100])
    return Inspection(user_version=facts.user_version, applied=facts.applied,
                      pending=pending, later=tuple(later))


def inspect(path: Path, schema: Schema, *, check_later: bool = False) -> Inspection:
    """Check a locked project read-only and decide whether this version can open it.

    The file is not modified, except that an interrupted transaction left by a
    crash is rolled back first (SQLite's normal recovery). Fast for large
    files: the evidence content is not read (``checks.UNCHECKED_ON_OPEN``).
    With ``check_later`` (and no migration pending) the tables of
    ``checks.CHECKED_LATER`` are not checked here but named in
    :attr:`Inspection.later`, for a :class:`~desktop.store.checks.LaterCheck`.

    Raises:
        CorruptProjectError: truncated, damaged, missing tables or indexes, or
            failing ``PRAGMA integrity_check``.
        ForeignSchemaError: the schema holds triggers, views, tables or indexes
            its version does not create, or changed ones.
        NewerProjectError: written by a newer AuditReady (higher user_version or
            migrations this version does not know).
        NotAProjectError: not our application id.
        ProjectFileError / ProjectLockedError / ProjectWriteError: cannot be read.
    """
    check_signature(path)
    try:
        try:
            return _inspect_read_only(path, schema, check_later)
        except sqlite3.Error as exc:
            if failures.sqlite_code(exc) != failures.SQLITE_READONLY_ROLLBACK:
                raise
            recover_hot_journal(path)
            return _inspect_read_only(path, schema, check_later)
    except sqlite3.Error as exc:
        code = failures.primary_code(exc)
        if code in (failures.SQLITE_BUSY, failures.SQLITE_LOCKED):
            raise failures.locked(path) from exc
        if code in (failures.SQLITE_CANTOPEN, failures.SQLITE_IOERR, failures.SQLITE_READONLY):
            raise failures.cannot_read(path, exc) from exc
        raise failures.corrupt(path) from exc
    except UnicodeDecodeError as exc:
        raise failures.corrupt(path, "text that no longer decodes") from exc


def connect(path: Path) -> sqlite3.Connection:
    """Open a read-write connection to existing file ``path`` (never creates one).

    The connection is in SQLite autocommit mode (``isolation_level=None``):
    transactions are only those opened explicitly (``Database.atomic``). Foreign
    keys are enforced and the rollback journal is kept (``journal_mode=DELETE``)
    so the project stays a single file; :func:`harden` pragmas are set. A
    statement waits up to :data:`BUSY_TIMEOUT_S` seconds for another program's
    lock on the file. It may be used from any one thread at a time.

    Raises:
        sqlite3.Error: from SQLite; the caller translates it.
    """
    conn = sqlite3.connect(
        _uri(path, "rw"),
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_S,
    )
    try:
        harden(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


def remove_stale_journal(conn: sqlite3.Connection, path: Path) -> RecoveryNote | None:
    """Delete a rollback journal beside ``path`` that no transaction needs any more.

    A process killed while it starts a transaction can leave an empty or zeroed
    ``-journal`` that SQLite ignores (it is not "hot") and never deletes. The
    check runs under a write lock on the file (``BEGIN IMMEDIATE``), taken
    after SQLite rolled back any hot journal, so no writer can be using the
    journal found. ``conn`` is a connection from :func:`connect`, outside any
    transaction. Failures (read-only file, another writer) leave the journal.

    Returns:
        a note for the user when a journal was removed, else None.
    """
    journal = journal_path(path)
    if not journal.exists():
        return None
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error:
        return None
    try:
        if not journal.exists():  # it was hot: SQLite rolled it back and deleted it
            return None
        try:
            journal.unlink()
        except OSError:
            return None
    finally:
        conn.execute("ROLLBACK")
    log.info("removed the stale rollback journal of %s", path)
    return RecoveryNote(
        f'A leftover file from an interrupted change ("{journal.name}") was removed; '
        "the project is one file again.",
        f"已删除一次中断的更改留下的文件（“{journal.name}”）；项目重新成为单个文件。",
    )


def create_file(path: Path) -> sqlite3.Connection:
    """Create empty database file ``path`` (which must not exist) ready for the schema.

    Sets ``auto_vacuum = FULL`` (must precede the first table) so that removing
    evidence gives the space back and the file shrinks.

    Raises:
        sqlite3.Error: from SQLite; the caller translates it.
    """
    conn = sqlite3.connect(
        _uri(path, "rwc"), uri=True, isolation_level=None, check_same_thread=False
    )
    try:
        harden(conn)
        conn.execute("PRAGMA auto_vacuum = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


def place_without_overwrite(tmp: Path, path: Path) -> None:
    """Move finished file ``tmp`` to ``path`` atomically, refusing to replace a file.

    Uses a hard link (fails if ``path`` exists) where the file system allows
    it, otherwise a rename after checking that ``path`` is free.

    Raises:
        FileExistsError: ``path`` exists.
        OSError: the move failed; ``tmp`` is left in place for the caller to remove.
    """
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:
        # File systems without hard links (FAT, some network shares).
        if path.exists() or path.is_symlink():
            raise FileExistsError(str(path)) from None
        os.rename(tmp, path)
        return
    with suppress(OSError):
        tmp.unlink()


def temp_sibling(path: Path, suffix: str = ".tmp") -> Path:
    """Return an unused hidden name in ``path``'s folder for a file that will replace it.

    A file made there can be renamed onto ``path`` atomically (same file system).
    """
    return path.with_name(f".{path.name}.{secrets.token_hex(8)}{suffix}")


def remove_quietly(*paths: Path) -> None:
    """Delete each of ``paths`` that exists, ignoring every OSError (cleanup after failure)."""
    for path in paths:
        with suppress(OSError):
            path.unlink()


def copy_database(conn: sqlite3.Connection, dest: Path) -> None:
    """Copy the database open on ``conn`` to the file ``dest``, replacing it atomically.

    Uses SQLite's online backup into a temporary file beside ``dest``, then
    renames it over ``dest``; on any failure the temporary file (and its
    journal) is removed and ``dest`` is as before. The caller holds the lock
    on ``dest`` and is not inside a transaction.

    Raises:
        StorageFullError: the destination disk is full.
        ProjectWriteError: the folder is missing or not writable.
    """
    tmp = temp_sibling(dest)
    journal = tmp.with_name(tmp.name + "-journal")
    try:
        with failures.translated(dest):
            target = sqlite3.connect(tmp)
            try:
                conn.backup(target)
            finally:
                target.close()
        os.replace(tmp, dest)
    except OSError as exc:
        remove_quietly(tmp, journal)
        raise failures.os_project_error(exc, dest) from exc
    except BaseException:
        remove_quietly(tmp, journal)
        raise
