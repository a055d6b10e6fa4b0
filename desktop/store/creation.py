"""Creating a new project file: built under a temporary name, then moved into place."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlite_utils import Database

from desktop.domain.model import CompanyProfile
from desktop.errors import ProjectExistsError
from desktop.store import failures, opening, records
from desktop.store import schema as _schema
from desktop.store.backup_keeper import new_project_id, write_project_id


def exists_error(path: Path) -> ProjectExistsError:
    """The refusal to create a project over an existing file at ``path``."""
    return ProjectExistsError(
        f'Cannot create the project "{path}": a file with that name already exists. '
        "Choose another name or folder.",
        f"无法创建项目“{path}”：同名文件已存在。请选择其他名称或文件夹。",
    )


def build_new_file(path: Path, profile: CompanyProfile, standard_ids: Sequence[str]) -> None:
    """Write a complete new project to a temporary file, then move it to ``path``.

    The new file has the current schema, ``profile``, ``standard_ids`` (in
    display order) and a fresh project id; nothing is left behind on failure.

    Raises:
        ProjectExistsError: a file appeared at ``path`` meanwhile (never replaced).
        ProjectWriteError, StorageFullError: the file cannot be written.
    """
    tmp = opening.temp_sibling(path)
    journal = tmp.with_name(tmp.name + "-journal")
    try:
        with failures.translated(path):
            conn = opening.create_file(tmp)
            try:
                db = Database(conn, execute_plugins=False)
                with db.atomic():
                    _schema.SCHEMA.apply(db)
                    records.write_profile(db, profile)
                    records.write_standard_ids(db, standard_ids)
                    write_project_id(conn, new_project_id())  # backups are filed by it
            finally:
                conn.close()
        try:
            opening.place_without_overwrite(tmp, path)
        except FileExistsError as exc:
            raise exists_error(path) from exc
    except OSError as exc:
        opening.remove_quietly(tmp, journal)
        raise failures.os_project_error(exc, path) from exc
    except BaseException:
        opening.remove_quietly(tmp, journal)
        raise
