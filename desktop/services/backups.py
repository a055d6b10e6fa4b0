"""User actions on backups: make one, list them, restore one as a new file.

Backups themselves are made by the store (:mod:`desktop.store.backups`):
before a migration and before the first change of each day on their own, and
through :func:`backup_before` by the services that import, apply a template
or change an edition. Restoring always writes a new file; nothing here ever
writes over a project.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import replace
from pathlib import Path

from desktop.domain.custom import CUSTOM_SYSTEM, catalog_with_custom
from desktop.domain.model import Catalog, ItemState, Standard
from desktop.domain.readiness import standard_readiness
from desktop.errors import UserError
from desktop.services.session import PROJECT_SUFFIX, ProjectSession
from desktop.store import backup_keeper
from desktop.store import backups as store_backups
from desktop.store.backups import BackupError, BackupInfo, BackupPolicy, BackupReason

__all__ = ["BackupError", "BackupInfo", "BackupPolicy", "BackupReason", "backup_before",
           "backup_file_before_repair", "backup_now", "backup_policy", "find_backup",
           "latest_backup", "list_backups", "list_file_backups", "restore_backup",
           "restored_name", "save_backup_policy"]


def _overall(standards: Iterable[Standard], states: dict[str, ItemState]) -> float | None:
    ready = applicable = 0
    for std in standards:
        figures = standard_readiness(std, states)
        ready += figures.ready
        applicable += figures.applicable
    return ready / applicable if applicable else None


def readiness_share(session: ProjectSession) -> float | None:
    """Share of applicable checklist items marked ready over all the project's standards.

    Returns:
        0.0-1.0, or None when the project has no applicable items.
    """
    return _overall(session.standards(), session.store.item_states())


def _file_readiness(path: Path, bundled: Catalog) -> float | None:
    """The readiness share recorded in project or backup file ``path``; None if unreadable."""
    contents = backup_keeper.read_contents(path)
    if contents is None:
        return None
    catalog = catalog_with_custom(bundled, contents.checklists, contents.items)
    chosen = set(contents.standard_ids)
    standards = [s for s in catalog.standards
                 if s.id in chosen or (s.system == CUSTOM_SYSTEM and s.items)]
    return _overall(standards, contents.states)


def backup_now(session: ProjectSession, *, out: Path | None = None) -> BackupInfo:
    """Make a backup by hand: into the project's backup folder, or to the new file ``out``.

    A backup in the folder counts towards the number kept; one written to
    ``out`` is the user's own file and is never rotated.

    Raises:
        BackupError: ``out`` exists or is the project itself (nothing is overwritten).
        StorageFullError / UserError: the backup cannot be written.
    """
    if out is None:
        return session.store.backups.backup(BackupReason.MANUAL,
                                            readiness=readiness_share(session))
    if out.suffix != PROJECT_SUFFIX:
        out = out.with_name(out.name + PROJECT_SUFFIX)
    info = session.store.backups.copy_to(out)
    return BackupInfo(id=out.stem, path=info, created=dt.datetime.now(dt.UTC),
                      reason=BackupReason.MANUAL.value, size=info.stat().st_size,
                      readiness=readiness_share(session),
                      project_path=str(session.path))


def backup_before(session: ProjectSession, reason: BackupReason) -> BackupInfo:
    """Back up the project before an import, template, edition change or repair.

    The one line a service adds before it writes; a failure stops the action
    before anything was changed.

    Raises:
        StorageFullError / BackupError: the backup could not be written.
    """
    return session.store.backups.backup(reason, readiness=readiness_share(session))


def backup_policy() -> BackupPolicy:
    """The saved backup policy (how many to keep, size cap), or the defaults (10, 2 GiB)."""
    return store_backups.load_policy()


def save_backup_policy(policy: BackupPolicy) -> BackupPolicy:
    """Save how many backups to keep and their size cap, for every project from now on.

    Returns:
        the policy saved.

    Raises:
        ValueError: keep or the cap below 1.
        UserError: the backup folder cannot be written.
    """
    store_backups.save_policy(policy)
    return policy


def backup_file_before_repair(path: Path) -> BackupInfo:
    """Back up project file ``path`` as it is, before a repair writes a clean copy of it.

    The file is only read (a read-only connection; nothing in it runs), so
    this works on a file that cannot be opened as a project.

    Raises:
        BackupError: the file cannot be read, or the backup cannot be written.
    """
    return backup_keeper.backup_file(Path(path), BackupReason.REPAIR)


def _with_readiness(found: Sequence[BackupInfo], catalog: Catalog) -> list[BackupInfo]:
    """``found`` with the readiness of those that lack it read from the file (and recorded)."""
    result = []
    for info in found:
        share = None if info.readiness is not None else _file_readiness(info.path, catalog)
        if share is None:
            result.append(info)
            continue
        known = replace(info, readiness=share)
        with suppress(UserError):
            store_backups.write_sidecar(known)
        result.append(known)
    return result


def list_backups(session: ProjectSession) -> list[BackupInfo]:
    """The open project's backups, newest first, with readiness then where it can be read."""
    return _with_readiness(session.store.backups.list(), session.bundled)


def list_file_backups(path: Path, catalog: Catalog) -> list[BackupInfo]:
    """The backups of project file ``path`` (not opened; it may be damaged), newest first."""
    return _with_readiness(backup_keeper.list_for_file(Path(path)), catalog)


def latest_backup(path: Path) -> BackupInfo | None:
    """The newest backup of project file ``path`` (which may be damaged), or None."""
    return backup_keeper.latest_for_file(Path(path))


def find_backup(found: Iterable[BackupInfo], backup_id: str) -> BackupInfo:
    """The backup with id ``backup_id`` (or its file name) among ``found``.

    Raises:
        BackupError: no such backup.
    """
    wanted = backup_id.strip()
    for info in found:
        if wanted in (info.id, info.path.name):
            return info
    raise BackupError(f'There is no backup "{wanted}" of this project. '
                      "List them with: auditready-cli backups PROJECT",
                      f"本项目没有备份“{wanted}”。可用 auditready-cli backups PROJECT 列出备份。")


def restored_name(project: Path, backup: BackupInfo) -> Path:
    """Where a restored copy goes by default, next to the project.

    E.g. ``/work/ACME (restored 2026-12-06 1846).auditready`` for a backup made
    at 18:46 local time on 6 December 2026; a number is added if that exists.
    """
    stamp = backup.created.astimezone().strftime("%Y-%m-%d %H%M")
    base = project.stem if project.suffix == PROJECT_SUFFIX else project.name
    candidate = project.with_name(f"{base} (restored {stamp}){PROJECT_SUFFIX}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = project.with_name(f"{base} (restored {stamp}) {n}{PROJECT_SUFFIX}")
    return candidate


def restore_backup(backup: BackupInfo, dest: Path) -> Path:
    """Copy ``backup`` to the new project file ``dest`` (``.auditready`` added if missing).

    Returns:
        the file written, ready to open.

    Raises:
        BackupError: ``dest`` exists (no file is ever replaced), or the backup
            is missing or damaged.
        StorageFullError / UserError: ``dest`` cannot be written.
    """
    dest = Path(dest)
    if dest.suffix != PROJECT_SUFFIX:
        dest = dest.with_name(dest.name + PROJECT_SUFFIX)
    return store_backups.restore(backup.path, dest)
