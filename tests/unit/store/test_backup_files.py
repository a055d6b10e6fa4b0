"""Backup files from outside: untrusted files are read read-only and within a step budget."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desktop.store import backup_keeper
from desktop.store.backups import STALE_TEMPORARY_S, BackupPolicy, list_folder, read_only, rotate

ENDLESS_VIEW = ("CREATE VIEW settings(key, value) AS WITH RECURSIVE r(n) AS "
                "(SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT 'k' || n, n FROM r")


def test_a_read_of_an_untrusted_file_is_interrupted_after_its_step_budget(
    tmp_path: Path,
) -> None:
    path = tmp_path / "hostile.auditready"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(ENDLESS_VIEW)
    before = path.read_bytes()
    with closing(read_only(path, step_limit=100_000)) as conn, pytest.raises(
            sqlite3.OperationalError, match="interrupted"):
        conn.execute("SELECT value FROM settings WHERE key = 'project_id'").fetchone()
    assert backup_keeper.read_contents(path) is None
    assert backup_keeper.list_for_file(path, BackupPolicy(root=tmp_path / "b")) == []
    assert path.read_bytes() == before


def test_a_read_only_connection_cannot_write(tmp_path: Path) -> None:
    path = tmp_path / "p.auditready"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
    with closing(read_only(path)) as conn, pytest.raises(sqlite3.OperationalError):
        conn.execute("INSERT INTO t VALUES (1)")


def test_files_that_are_not_backups_are_not_listed(tmp_path: Path) -> None:
    (tmp_path / "notes.auditready").write_text("x")
    (tmp_path / ".20261206-184620-123456-daily.auditready.1a2b.tmp").write_text("x")
    (tmp_path / "20261206-184620-123456-daily.auditready").write_bytes(b"x" * 10)
    (tmp_path / "20261206-184620-123456-daily.json").write_text("{not json")
    [only] = list_folder(tmp_path)
    assert (only.reason, only.size, only.readiness) == ("daily", 10, None)


def test_rotation_removes_half_written_backups_left_by_a_crash(tmp_path: Path) -> None:
    old = tmp_path / ".20261206-184620-123456-daily.auditready.1a2b.tmp"
    fresh = tmp_path / ".20261206-184621-123456-daily.auditready.3c4d.tmp"
    for path in (old, fresh):
        path.write_text("x")
    stamp = old.stat().st_mtime - STALE_TEMPORARY_S - 60
    os.utime(old, (stamp, stamp))
    rotate(tmp_path, BackupPolicy())
    assert not old.exists() and fresh.exists()  # a fresh one may be another run's
