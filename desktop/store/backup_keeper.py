"""A project's backups as the open project sees them: its id, its folder, the daily backup.

The mechanics (writing, listing, rotating, restoring) are in
:mod:`desktop.store.backups`; this module adds what needs the project itself:
the id stored in its ``settings`` table (:data:`PROJECT_ID_KEY`), finding the
backups of a file that may be damaged, reading what a backup says about
readiness, and :class:`BackupKeeper`, which a ``ProjectStore`` owns to make
the migration and first-change-of-the-day backups.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sqlite3
import uuid
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.domain.custom import CustomChecklist, CustomItem
from desktop.domain.model import ItemState
from desktop.errors import UserError
from desktop.store import custom as custom_rows
from desktop.store import failures, records
from desktop.store.backups import (
    READ_STEP_LIMIT,
    BackupInfo,
    BackupPolicy,
    BackupReason,
    backups_made_on,
    copy_to_new_file,
    list_folder,
    load_policy,
    make_backup,
    read_only,
    same_path,
    unreadable,
)

log = logging.getLogger(__name__)

PROJECT_ID_KEY = "project_id"
"""Key in the project's ``settings`` table whose JSON value is the project's id."""

# --- the project's id ---------------------------------------------------------------


def read_project_id(conn: sqlite3.Connection) -> str | None:
    """Return the id stored in the project open on ``conn``, or None (none yet, older file)."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?",
                           [PROJECT_ID_KEY]).fetchone()
    except sqlite3.DatabaseError:
        return None
    if row is None:
        return None
    try:
        value = json.loads(row[0])
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, str) and re.fullmatch(r"[0-9a-f]{32}", value) else None


def new_project_id() -> str:
    """A fresh random project id: 32 lowercase hex digits."""
    return uuid.uuid4().hex


def write_project_id(conn: sqlite3.Connection, project_id: str) -> bool:
    """Store ``project_id`` unless the project has one; False when the file has no settings yet.

    Must not run inside a transaction the caller may roll back.

    Raises:
        sqlite3.Error: from SQLite (disk full, read-only); the caller translates it.
    """
    has_settings = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").fetchone()
    if has_settings is None:
        return False
    conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
                 [PROJECT_ID_KEY, json.dumps(project_id)])
    return True


def backup_file(path: Path, reason: BackupReason, policy: BackupPolicy | None = None,
                *, project_id: str | None = None) -> BackupInfo:
    """Back up the project file ``path`` without opening it as a project (e.g. before repair).

    The file is read through a read-only connection, so nothing in it runs or
    changes. Its stored id names the folder; a file without one gets
    ``project_id`` or a new id.

    Raises:
        BackupError: the file cannot be read, or the folder cannot be written.
    """
    policy = policy or load_policy()
    try:
        conn = read_only(path, step_limit=READ_STEP_LIMIT)
    except sqlite3.Error as exc:
        raise unreadable(path) from exc
    try:
        found = read_project_id(conn) or project_id or new_project_id()
        return make_backup(conn, project_path=Path(path).absolute(), project_id=found,
                           reason=reason, policy=policy)
    except sqlite3.DatabaseError as exc:
        raise unreadable(path) from exc
    finally:
        conn.close()




@dataclass(frozen=True, slots=True)
class BackupContents:
    """What a backup says about readiness: chosen standards, item states, custom content."""

    standard_ids: tuple[str, ...]
    states: dict[str, ItemState]
    checklists: list[CustomChecklist]
    items: list[CustomItem]


def read_contents(path: Path) -> BackupContents | None:
    """Read the parts of backup (or project) file ``path`` readiness needs; None if unreadable.

    The file is opened read-only; a file too old or damaged to read gives None.
    """
    try:
        conn = read_only(path, step_limit=READ_STEP_LIMIT)
    except sqlite3.Error:
        return None
    try:
        db = Database(conn, execute_plugins=False)
        return BackupContents(
            standard_ids=records.read_standard_ids(db),
            states=records.read_item_states(db),
            checklists=custom_rows.read_checklists(db),
            items=custom_rows.read_items(db),
        )
    except (sqlite3.Error, records.RecordError):
        return None
    finally:
        conn.close()


def list_for_file(path: Path, policy: BackupPolicy | None = None) -> list[BackupInfo]:
    """Every backup of project file ``path``, newest first, without opening it as a project.

    Backups are found by the id stored in the file, else (damaged or older
    file) by the path the project had when they were made.
    """
    policy = policy or load_policy()
    root = policy.folder_root()
    project_id = None
    with suppress(sqlite3.Error, OSError):
        conn = read_only(path, step_limit=READ_STEP_LIMIT)
        try:
            project_id = read_project_id(conn)
        finally:
            conn.close()
    if project_id is not None:
        found = list_folder(root / project_id)
        if found:
            return found
    candidates: list[BackupInfo] = []
    with suppress(OSError):
        for folder in root.iterdir():
            if folder.is_dir():
                candidates.extend(info for info in list_folder(folder)
                                  if info.project_path and same_path(info.project_path, path))
    return sorted(candidates, key=lambda info: (info.created, info.id), reverse=True)


def latest_for_file(path: Path, policy: BackupPolicy | None = None) -> BackupInfo | None:
    """The newest backup of project file ``path``, even if the file is damaged; or None."""
    found = list_for_file(path, policy)
    return found[0] if found else None


# --- the keeper bound to one open project ----------------------------------------------------


class BackupKeeper:
    """Makes the automatic backups of one open project (owned by its ``ProjectStore``).

    Args:
        project_path: the project file.
        conn: the project's connection.
        policy: None reads the saved policy (:func:`load_policy`) at every backup;
            set :attr:`policy` to override it.
    """

    def __init__(self, project_path: Path, conn: sqlite3.Connection,
                 policy: BackupPolicy | None = None) -> None:
        self.project_path = project_path
        self.policy = policy
        self._conn = conn
        self._pending_id: str | None = None
        self._daily_checked: dt.date | None = None
        self.today: Callable[[], dt.date] = dt.date.today
        """Returns the local calendar day (replaceable in tests)."""

    def current_policy(self) -> BackupPolicy:
        """:attr:`policy`, or the saved one."""
        return self.policy if self.policy is not None else load_policy()

    def project_id(self) -> str:
        """The project's id, stored in the project first if it had none.

        An older file without a ``settings`` table gets an id kept in memory
        until a migration has added the table.

        Raises:
            UserError: the id cannot be written (disk full, read-only).
        """
        found = read_project_id(self._conn)
        if found is not None:
            return found
        if self._pending_id is None:
            self._pending_id = new_project_id()
        if not self._conn.in_transaction:
            with failures.translated(self.project_path):
                write_project_id(self._conn, self._pending_id)
        return self._pending_id

    def folder(self) -> Path:
        """This project's backup folder (it may not exist yet)."""
        return self.current_policy().folder(self.project_id())

    def backup(self, reason: BackupReason, *, readiness: float | None = None) -> BackupInfo:
        """Make a backup now (see :func:`make_backup`).

        Raises:
            RuntimeError: called inside a transaction (commit first).
            StorageFullError / BackupError: the backup could not be written.
        """
        if self._conn.in_transaction:
            raise RuntimeError("a backup cannot be made inside a transaction")
        return make_backup(self._conn, project_path=self.project_path,
                           project_id=self.project_id(), reason=reason,
                           policy=self.current_policy(), readiness=readiness)

    def copy_to(self, dest: Path) -> Path:
        """Copy the project to the new file ``dest`` (a backup the user keeps); returns it.

        Raises:
            RuntimeError: called inside a transaction (commit first).
            BackupError: ``dest`` exists or is the project itself; nothing is overwritten.
            StorageFullError / UserError: the copy could not be written.
        """
        if self._conn.in_transaction:
            raise RuntimeError("a backup cannot be made inside a transaction")
        dest = Path(dest).absolute()
        copy_to_new_file(self._conn, dest)
        return dest

    def before_migration(self) -> BackupInfo:
        """Back up the file as it is, before a migration changes it; the file is not written.

        A project without an id gets one kept in memory; :meth:`project_id`
        stores it once the migration has succeeded.

        Raises:
            StorageFullError / BackupError: the backup could not be written.
        """
        found = read_project_id(self._conn)
        if found is None:
            found = self._pending_id = self._pending_id or new_project_id()
        return make_backup(self._conn, project_path=self.project_path, project_id=found,
                           reason=BackupReason.MIGRATION, policy=self.current_policy())

    def list(self) -> list[BackupInfo]:
        """This project's backups, newest first."""
        return list_folder(self.folder())

    def daily(self) -> BackupInfo | None:
        """Before the first change of each local day: a backup unless one was made that day.

        Called before every write transaction; it looks at the folder once a day.
        A failure is logged, not raised: the user's change goes ahead.
        """
        today = self.today()
        if self._daily_checked == today or self._conn.in_transaction:
            return None
        self._daily_checked = today
        try:
            folder = self.folder()
            if backups_made_on(folder, today, self.project_path):
                return None
            return self.backup(BackupReason.DAILY)
        except (UserError, OSError, sqlite3.Error) as exc:
            log.warning("daily backup of %s failed: %s", self.project_path, exc)
            return None
