"""Automatic, rotating backups of a project file, kept in the user data folder.

A backup is a complete copy of the project made with SQLite's online backup
API (:meth:`sqlite3.Connection.backup`), so it is consistent even while the
project is open. Copies are written under a temporary name and renamed into
place, and are never written over the project itself.

Layout::

    <root>/<project id>/<backup id>.auditready   the copy (a normal project file)
    <root>/<project id>/<backup id>.json         date, reason, size, readiness then

``<root>`` is :data:`BACKUP_FOLDER` inside :func:`desktop.paths.user_data_dir`
unless a :class:`BackupPolicy` names another; ``<project id>`` is a random id
kept in the project's ``settings`` table (see :mod:`desktop.store.backup_keeper`;
it travels with the file, so a moved or renamed project keeps its backups). A
backup id reads ``20261206-184620-123456-daily``: UTC date and time, then the
reason. Each folder keeps at most :attr:`BackupPolicy.keep` backups and at
most :attr:`BackupPolicy.max_total_bytes` bytes; the oldest go first, the
newest always stays.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from contextlib import suppress
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.domain.model import Text
from desktop.errors import UserError
from desktop.store import failures
from desktop.store.opening import place_without_overwrite, remove_quietly, temp_sibling

BACKUP_FOLDER = "backups"
"""Name of the folder inside the user data folder that holds every project's backups."""

POLICY_FILE = "policy.json"
"""File in the backup root holding the user's :class:`BackupPolicy` (keep, size cap)."""

SUFFIX = ".auditready"
SIDECAR_SUFFIX = ".json"
_ID_PATTERN = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z]+)(?:-\d+)?$")
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"


class BackupError(UserError):
    """A backup cannot be made, found or restored; the project itself is untouched."""


class BackupReason(StrEnum):
    """Why a backup was made; stored by value in its id and sidecar."""

    MIGRATION = "migration"
    IMPORT = "import"
    EDITION = "edition"
    REPAIR = "repair"
    DAILY = "daily"
    MANUAL = "manual"

    @property
    def label(self) -> Text:
        """Bilingual label, e.g. Text("Before an import", "导入前")."""
        return _REASON_LABELS[self]


_REASON_LABELS = {
    BackupReason.MIGRATION: Text("Before an update of the file format", "文件格式升级前"),
    BackupReason.IMPORT: Text("Before an import", "导入前"),
    BackupReason.EDITION: Text("Before an edition change", "换版前"),
    BackupReason.REPAIR: Text("Before a repair", "修复前"),
    BackupReason.DAILY: Text("First change of the day", "当天首次修改"),
    BackupReason.MANUAL: Text("Made by hand", "手动备份"),
}


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    """How many backups to keep per project and where.

    Attributes:
        keep: backups kept per project (>= 1); 10 by default.
        max_total_bytes: cap on the bytes of one project's backups (>= 1);
            2 GiB by default. The newest backup stays even when it alone is larger.
        root: folder holding every project's backup folder; None means
            ``<user data folder>/backups``.
    """

    keep: int = 10
    max_total_bytes: int = 2 * 1024**3
    root: Path | None = None

    def folder_root(self) -> Path:
        """The backup root folder (the backups folder itself is not created here).

        Raises:
            BackupError: the user data folder cannot be created.
        """
        if self.root is not None:
            return self.root
        try:
            return paths.user_data_dir() / BACKUP_FOLDER
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise BackupError(f"The folder for backups cannot be created: {reason}.",
                              f"无法创建存放备份的文件夹：{reason}。") from exc

    def folder(self, project_id: str) -> Path:
        """The folder holding the backups of project ``project_id``."""
        return self.folder_root() / project_id


def default_root() -> Path:
    """``<user data folder>/backups``, where backups and the saved policy live."""
    return BackupPolicy().folder_root()


def load_policy(root: Path | None = None) -> BackupPolicy:
    """Return the policy saved in ``root`` (default :func:`default_root`), else the defaults.

    A missing or unreadable policy file gives the defaults (10 backups, 2 GiB).
    """
    try:
        folder = root if root is not None else default_root()
    except UserError:
        return BackupPolicy(root=root)
    try:
        data = json.loads((folder / POLICY_FILE).read_text(encoding="utf-8"))
        keep, cap = int(data["keep"]), int(data["max_total_bytes"])
    except (OSError, ValueError, KeyError, TypeError):
        return BackupPolicy(root=root)
    if keep < 1 or cap < 1:
        return BackupPolicy(root=root)
    return BackupPolicy(keep=keep, max_total_bytes=cap, root=root)


def save_policy(policy: BackupPolicy) -> None:
    """Save ``policy``'s keep and size cap in its root folder, for every later backup.

    Raises:
        ValueError: keep or max_total_bytes below 1.
        UserError: the folder cannot be written.
    """
    if policy.keep < 1 or policy.max_total_bytes < 1:
        raise ValueError("a backup policy keeps at least one backup of at least one byte")
    folder = policy.folder_root()
    data = {"keep": policy.keep, "max_total_bytes": policy.max_total_bytes}
    _write_json(folder / POLICY_FILE, data)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup as listed to the user.

    Attributes:
        id: e.g. ``"20261206-184620-123456-daily"`` (unique within its folder).
        path: the backup file (an ``.auditready`` project file).
        created: when it was made (aware, UTC).
        reason: why it was made, a :class:`BackupReason` value ("" if unknown).
        size: bytes of the backup file.
        readiness: share of applicable checklist items ready (0.0-1.0) when it
            was made, or None when not known.
        project_id: the project's id.
        project_path: where the project was when it was made ("" if unknown).
    """

    id: str
    path: Path
    created: dt.datetime
    reason: str
    size: int
    readiness: float | None = None
    project_id: str = ""
    project_path: str = ""

    @property
    def reason_label(self) -> Text:
        """The reason for the user, e.g. Text("Before an import", "导入前")."""
        try:
            return BackupReason(self.reason).label
        except ValueError:
            return Text(self.reason, self.reason)

    @property
    def sidecar(self) -> Path:
        """The JSON file beside the backup holding its facts."""
        return self.path.with_suffix(SIDECAR_SUFFIX)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready facts: id, file, created (ISO-8601 UTC), reason, size, readiness, project."""
        return {"id": self.id, "file": str(self.path), "created": self.created.isoformat(),
                "reason": self.reason, "size": self.size, "readiness": self.readiness,
                "project_id": self.project_id, "project_path": self.project_path}


# --- writing ------------------------------------------------------------------------


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` to ``path`` via a temporary file and a rename."""
    tmp = temp_sibling(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        remove_quietly(tmp)
        raise _cannot_write(path, exc) from exc


def _cannot_write(path: Path, exc: OSError) -> UserError:
    if failures.is_disk_full(exc):
        return failures.storage_full(path)
    reason = exc.strerror or str(exc)
    return BackupError(f'The backup "{path}" cannot be written: {reason}.',
                       f"无法写入备份“{path}”：{reason}。")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def copy_to_new_file(source: sqlite3.Connection, dest: Path) -> None:
    """Copy the database open on ``source`` to the new file ``dest``, never replacing a file.

    The copy is made with SQLite's online backup into a temporary file beside
    ``dest``, flushed to disk, then moved to ``dest`` only if nothing is there.
    On any failure the temporary file is removed and ``dest`` does not exist.

    Raises:
        BackupError: ``dest`` exists.
        StorageFullError / UserError: the folder is missing, not writable or full.
    """
    tmp = temp_sibling(dest)
    journal = tmp.with_name(tmp.name + "-journal")
    try:
        with failures.translated(dest):
            target = sqlite3.connect(tmp)
            try:
                source.backup(target)
            finally:
                target.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        try:
            place_without_overwrite(tmp, dest)
        except FileExistsError:
            raise _exists(dest) from None
    except OSError as exc:
        remove_quietly(tmp, journal)
        raise _cannot_write(dest, exc) from exc
    except BaseException:
        remove_quietly(tmp, journal)
        raise
    remove_quietly(tmp, journal)


def _exists(dest: Path) -> BackupError:
    return BackupError(
        f'"{dest}" already exists; a backup is never written over a file. Choose another name.',
        f"“{dest}”已存在；备份不会覆盖任何文件。请另选文件名。")


def _unique_id(folder: Path, created: dt.datetime, reason: str) -> str:
    base = f"{created.strftime(_STAMP_FORMAT)}-{reason}"
    candidate, n = base, 1
    while (folder / f"{candidate}{SUFFIX}").exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def make_backup(
    conn: sqlite3.Connection,
    *,
    project_path: Path,
    project_id: str,
    reason: BackupReason,
    policy: BackupPolicy,
    readiness: float | None = None,
    now: dt.datetime | None = None,
) -> BackupInfo:
    """Back up the project open on ``conn`` into its backup folder, then rotate the folder.

    Args:
        conn: the project's connection, not inside a transaction.
        project_path: the project file (recorded, and never written or deleted).
        project_id: the folder name, from :func:`read_project_id`.
        reason: why the backup is made.
        policy: where and how many backups to keep.
        readiness: share of items ready now (0.0-1.0), or None.
        now: the time to record (aware); the current time by default.

    Returns:
        the new backup's facts.

    Raises:
        StorageFullError: no space for the copy (nothing is left behind).
        BackupError: the backup folder cannot be written.
    """
    created = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    folder = policy.folder(project_id)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_write(folder, exc) from exc
    backup_id = _unique_id(folder, created, reason.value)
    dest = folder / f"{backup_id}{SUFFIX}"
    if _same_file(dest, project_path):
        raise _exists(dest)
    copy_to_new_file(conn, dest)
    info = BackupInfo(id=backup_id, path=dest, created=created, reason=reason.value,
                      size=dest.stat().st_size, readiness=readiness, project_id=project_id,
                      project_path=str(project_path))
    write_sidecar(info)
    rotate(folder, policy, keep_path=dest, project_path=project_path)
    return info


def write_sidecar(info: BackupInfo) -> None:
    """Write (or rewrite) the JSON facts beside backup ``info.path``.

    Raises:
        UserError: the folder cannot be written.
    """
    _write_json(info.sidecar, info.to_dict())


# --- listing and rotating -------------------------------------------------------------


def _from_name(path: Path) -> BackupInfo | None:
    match = _ID_PATTERN.match(path.stem)
    if match is None:
        return None
    try:
        created = dt.datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=dt.UTC)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(id=path.stem, path=path, created=created, reason=match.group(2),
                      size=size, project_id=path.parent.name)


def _read(path: Path) -> BackupInfo | None:
    """The facts of backup file ``path``: from its name, completed by its sidecar."""
    info = _from_name(path)
    if info is None:
        return None
    try:
        data = json.loads(info.sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return info
    if not isinstance(data, dict):
        return info
    readiness = data.get("readiness")
    if not isinstance(readiness, int | float) or isinstance(readiness, bool):
        readiness = None
    project_path = data.get("project_path")
    return replace(info, readiness=None if readiness is None else float(readiness),
                   project_path=project_path if isinstance(project_path, str) else "")


def list_folder(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first; an absent folder has none."""
    try:
        files = [p for p in folder.iterdir()
                 if p.suffix == SUFFIX and not p.name.startswith(".") and p.is_file()]
    except OSError:
        return []
    found = [info for info in map(_read, files) if info is not None]
    return sorted(found, key=lambda info: (info.created, info.id), reverse=True)


def remove_backup(info: BackupInfo) -> None:
    """Delete a backup and its sidecar (missing files are ignored)."""
    remove_quietly(info.path, info.sidecar)


def rotate(folder: Path, policy: BackupPolicy, *, keep_path: Path | None = None,
           project_path: Path | None = None) -> list[BackupInfo]:
    """Remove the oldest backups of ``folder`` beyond ``policy``'s count and size cap.

    The newest backup, ``keep_path`` and any file that is ``project_path``
    itself are never removed.

    Returns:
        the backups removed, oldest first.
    """
    _remove_stale_temporaries(folder)
    backups = list_folder(folder)
    total = sum(info.size for info in backups)
    removed: list[BackupInfo] = []
    for info in reversed(backups[1:]):
        if len(backups) - len(removed) <= policy.keep and total <= policy.max_total_bytes:
            break
        if keep_path is not None and info.path == keep_path:
            continue
        if project_path is not None and _same_file(info.path, project_path):
            continue
        remove_backup(info)
        removed.append(info)
        total -= info.size
    return removed


STALE_TEMPORARY_S = 3600
"""Seconds after which a temporary file in a backup folder is taken as left by a crash."""


def _remove_stale_temporaries(folder: Path) -> None:
    """Delete half-written backups (hidden ``.tmp`` files) an interrupted run left behind."""
    cutoff = dt.datetime.now().timestamp() - STALE_TEMPORARY_S
    with suppress(OSError):
        for path in folder.iterdir():
            if path.name.startswith(".") and (path.name.endswith(".tmp")
                                              or path.name.endswith(".tmp-journal")):
                with suppress(OSError):
                    if path.stat().st_mtime < cutoff:
                        path.unlink()


def same_path(a: Path | str, b: Path | str) -> bool:
    """True when ``a`` and ``b`` name the same file (resolved, case-folded where the OS does)."""
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def backups_made_on(folder: Path, day: dt.date, project_path: Path | None = None) -> bool:
    """True when ``folder`` holds a backup made on local calendar ``day``.

    With ``project_path``, only backups of that file count (copies of a
    project share its folder); a backup whose source is not recorded counts.
    """
    return any(info.created.astimezone().date() == day
               and (project_path is None or not info.project_path
                    or same_path(info.project_path, project_path))
               for info in list_folder(folder))


# --- restoring ---------------------------------------------------------------


READ_STEP_LIMIT = 5_000_000
"""SQLite virtual-machine steps a read of a file from outside may take before it is
abandoned (about a second): a hostile file's views cannot make a listing hang."""


def read_only(path: Path, *, step_limit: int | None = None) -> sqlite3.Connection:
    """A read-only connection to database file ``path`` (nothing in it can change).

    Functions in the file's schema are not trusted (``trusted_schema = OFF``).
    With ``step_limit``, statements on the connection are interrupted
    (``sqlite3.OperationalError``) once they took that many steps in all.

    Raises:
        sqlite3.Error: the file cannot be opened.
    """
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
    except sqlite3.Error:
        conn.close()
        raise
    if step_limit is not None:
        every = 10_000
        budget = [step_limit // every]

        def spent() -> int:
            budget[0] -= 1
            return 1 if budget[0] < 0 else 0

        conn.set_progress_handler(spent, every)
    return conn


def restore(backup: Path, dest: Path) -> Path:
    """Copy backup file ``backup`` to the new file ``dest``; never replaces any file.

    Returns:
        ``dest``.

    Raises:
        BackupError: ``dest`` exists, or the backup is missing or damaged.
        StorageFullError / UserError: ``dest``'s folder is missing, not writable or full.
    """
    dest = Path(dest).absolute()
    if dest.exists() or dest.is_symlink():
        raise _exists(dest)
    if not backup.is_file():
        raise BackupError(f'The backup "{backup}" cannot be found.',
                          f"找不到备份“{backup}”。")
    try:
        source = read_only(backup)
    except sqlite3.Error as exc:
        raise unreadable(backup) from exc
    try:
        copy_to_new_file(source, dest)
    except UserError:
        raise
    except sqlite3.DatabaseError as exc:
        raise unreadable(backup) from exc
    finally:
        source.close()
    return dest


def unreadable(backup: Path) -> BackupError:
    """The error for a backup that cannot be read."""
    return BackupError(f'The backup "{backup}" is damaged and cannot be restored.',
                       f"备份“{backup}”已损坏，无法恢复。")
