"""What the read-only look at a project file decides: may this version open it?

Used by :func:`desktop.store.opening.inspect` on a read-only connection, before
anything could write to the file: the application id, the schema version and
the applied migrations (newer files are refused), the schema objects compared
with those the migrations create (:mod:`desktop.store.objects`), and
``PRAGMA integrity_check`` on every table but the evidence content.

``integrity_check`` rather than ``quick_check``: the quick check skips comparing
each index entry with its row, and an index that disagrees with its table makes
lookups return wrong rows without any error. Measured on the hostile-project
corpus (tests/e2e/test_hostile_projects.py, 237 damaged files): the quick check
let 9 more damaged files open than the full check (51 against 42). The full
check costs about four times the quick one on the evidence tables, a few tens
of milliseconds for 20,000 evidence files; the evidence content itself is
verified against its SHA-256 whenever it is read.

The tables that grow with the number of evidence files
(:data:`CHECKED_LATER`) take nearly all of that check's time in a large
project. The window may open with them checked later
(:class:`LaterCheck`): the same ``integrity_check`` runs on its own read-only
connection right after the project is shown, and the store refuses every
write until it has passed (:meth:`LaterCheck.run`). The command line always
checks everything before it works on a file.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import CorruptProjectError, NewerProjectError
from desktop.store import failures, objects
from desktop.store.schema import APPLICATION_ID, MIGRATION_SET, MIGRATIONS_TABLE, Schema

UNCHECKED_ON_OPEN = frozenset({"blob_chunks"})
"""Tables not read by the open-time integrity check: the evidence content, which is
most of a large file and is verified against its SHA-256 whenever it is read."""

CHECKED_LATER = frozenset({"blobs", "evidence", "evidence_links", "evidence_meta"})
"""Tables whose check may wait until the window shows the project: those that grow
with the evidence files and are not needed to be right before it is shown."""

PER_TABLE_CHECK = sqlite3.sqlite_version_info >= (3, 33, 0)
"""True when ``PRAGMA integrity_check(TABLE)`` exists; older SQLite checks the whole file."""


@dataclass(frozen=True)
class Facts:
    """What :func:`read_facts` found.

    Attributes:
        application_id: ``PRAGMA application_id``.
        user_version: ``PRAGMA user_version`` (the schema version written).
        applied: migrations recorded as applied, in order.
        found: every object in ``sqlite_master``.
    """

    application_id: int
    user_version: int
    applied: tuple[str, ...]
    found: frozenset[objects.SchemaObject]


def read_facts(conn: sqlite3.Connection) -> Facts:
    """Read the header fields, every schema object and the applied migrations.

    Raises:
        sqlite3.Error: unreadable (the caller translates it).
    """
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    found = objects.read_objects(conn)
    applied: tuple[str, ...] = ()
    if any(obj.type == "table" and obj.name == MIGRATIONS_TABLE for obj in found):
        rows = conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        ).fetchall()
        applied = tuple(str(row[0]) for row in rows)
    return Facts(int(application_id), int(user_version), applied, found)


def integrity_problems(conn: sqlite3.Connection, tables: list[str]) -> list[str]:
    """Run the integrity check on ``tables`` (and their indexes); return the problems.

    Uses ``PRAGMA integrity_check(TABLE)`` per table where SQLite has it
    (:data:`PER_TABLE_CHECK`), else ``PRAGMA quick_check`` of the whole file
    (which then includes the evidence content: the lighter check keeps that bounded).

    Raises:
        sqlite3.Error: the check itself failed (damaged file).
    """
    if not PER_TABLE_CHECK:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        return [str(row[0]) for row in rows if row[0] != "ok"]
    problems: list[str] = []
    for table in tables:
        rows = conn.execute(f'PRAGMA integrity_check("{table}")').fetchall()
        problems.extend(str(row[0]) for row in rows if row[0] != "ok")
    return problems


def _newer(path: Path, user_version: int, schema: Schema) -> NewerProjectError:
    return NewerProjectError(
        f'The project "{path}" was saved by a newer version of AuditReady '
        f"(schema {user_version}; this version understands up to {schema.version}). "
        "Update AuditReady to open it.",
        f"项目“{path}”由更新版本的审核就绪助手保存（数据结构版本 {user_version}，"
        f"本版本最高支持 {schema.version}）。请升级审核就绪助手后再打开。",
    )


def recorded_version(path: Path, schema: Schema, facts: Facts) -> int:
    """Return the schema version of ``path`` (1..schema.version) from its header and migrations.

    Raises:
        NotAProjectError: another application's database.
        NewerProjectError: a newer version or unknown migrations.
        CorruptProjectError: no migrations recorded, or they disagree with the version.
    """
    if facts.application_id != APPLICATION_ID:
        raise failures.not_a_project(
            path, "it is a database of another program", "它是其他程序的数据库"
        )
    unknown = [name for name in facts.applied if name not in schema.names]
    if facts.user_version > schema.version or unknown:
        raise _newer(path, facts.user_version, schema)
    version = len(facts.applied)
    if not facts.applied:
        raise failures.corrupt(path, "no schema recorded")
    if facts.applied != schema.names[:version] or facts.user_version != version:
        raise failures.corrupt(path, "the recorded schema version does not match its migrations")
    return version


def judge(path: Path, schema: Schema, facts: Facts) -> int:
    """Decide from the facts whether ``path`` may open; return its schema version.

    Raises:
        NotAProjectError, NewerProjectError, CorruptProjectError: see
            :func:`recorded_version`; CorruptProjectError also for missing tables
            or indexes.
        ForeignSchemaError: objects the migrations of that version never
            create, or changed ones.
    """
    version = recorded_version(path, schema, facts)
    diff = objects.compare(facts.found, objects.expected_objects(schema, version))
    if diff.unexpected():
        raise failures.foreign_schema(path, diff.unexpected(), diff.missing)
    if diff.missing:
        raise failures.missing_objects(path, diff.missing)
    return version


def checked_tables(schema: Schema, version: int) -> list[str]:
    """Tables the open-time integrity check reads: the schema table and every
    table of ``version`` except :data:`UNCHECKED_ON_OPEN`."""
    tables = ["sqlite_schema"]
    for obj in sorted(objects.expected_objects(schema, version)):
        if obj.type == "table" and obj.name not in UNCHECKED_ON_OPEN:
            tables.append(obj.name)
    return tables


class LaterCheck:
    """The integrity check of :data:`CHECKED_LATER`, run after the project is shown.

    :meth:`run` checks the tables on a connection of its own (from ``connect``,
    read-only) the first time it is called, from any thread; a second caller
    waits for the first and gets the same outcome. A failure is kept: every
    later :meth:`run` raises it again, so a store that calls it before each
    write never writes to a damaged file.

    Args:
        path: the project file (named in the error).
        tables: the tables to check, e.g. ``["evidence", "evidence_links"]``.
        connect: opens a read-only connection to ``path``.
    """

    def __init__(self, path: Path, tables: Sequence[str],
                 connect: Callable[[], sqlite3.Connection]) -> None:
        self.path = path
        self.tables = tuple(tables)
        self._connect = connect
        self._lock = threading.Lock()
        self._passed = False
        self._failure: CorruptProjectError | None = None
        self._conn: sqlite3.Connection | None = None

    @property
    def passed(self) -> bool:
        """True once every table passed."""
        return self._passed

    def run(self, cancelled: Callable[[], bool] | None = None) -> bool:
        """Check the tables unless that was done; True when they passed.

        Returns False (nothing decided, the next call starts again) when
        ``cancelled()`` turned True (it is asked before each table) or
        :meth:`interrupt` stopped it; without ``cancelled`` it returns True or raises.

        Raises:
            CorruptProjectError: a table is damaged (now and on every later call).
            ProjectLockedError / ProjectFileError: the file could not be read.
        """
        with self._lock:
            if self._failure is not None:
                raise self._failure
            while not self._passed:
                self._passed = self._check(cancelled or (lambda: False))
                if cancelled is not None:
                    break  # without ``cancelled`` an interrupt cannot end it undecided
            return self._passed

    def interrupt(self) -> None:
        """Stop the table check now running on another thread (its :meth:`run`
        then returns False, or starts again when it has no ``cancelled``).
        Safe from any thread."""
        conn = self._conn
        if conn is not None:
            with suppress(sqlite3.ProgrammingError):  # it has just been closed
                conn.interrupt()

    def _check(self, cancelled: Callable[[], bool]) -> bool:
        try:
            conn = self._conn = self._connect()
            try:
                for table in self.tables:
                    if cancelled():
                        return False
                    problems = integrity_problems(conn, [table])
                    if problems:
                        self._failure = failures.damaged_after_open(self.path, problems[0][:100])
                        raise self._failure
            finally:
                self._conn = None
                conn.close()
        except sqlite3.Error as exc:
            code = failures.primary_code(exc)
            if code == failures.SQLITE_INTERRUPT:
                return False
            if code in (failures.SQLITE_BUSY, failures.SQLITE_LOCKED):
                raise failures.locked(self.path) from exc
            if code in (failures.SQLITE_CANTOPEN, failures.SQLITE_IOERR, failures.SQLITE_READONLY):
                raise failures.cannot_read(self.path, exc) from exc
            self._failure = failures.damaged_after_open(self.path, str(exc)[:100])
            raise self._failure from exc
        return True


