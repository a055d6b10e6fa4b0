"""Opening files that are not projects, damaged, newer, locked or interrupted by a crash.

Every refusal must leave the file byte-for-byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

import desktop
from desktop.domain.model import CompanyProfile, ItemState, ItemStatus
from desktop.errors import (
    CorruptProjectError,
    NewerProjectError,
    NotAProjectError,
    ProjectFileError,
    ProjectLockedError,
    UserError,
)
from desktop.store import ProjectStore
from desktop.store.opening import lock_path
from desktop.store.schema import SCHEMA

Digest = Callable[[Path], str]

PNG_BYTES = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def _python(code: str, *args: str) -> list[str]:
    """Command line running ``code`` in a fresh interpreter that can import ``desktop``."""
    return [sys.executable, "-c", textwrap.dedent(code), *args]


def _child_env() -> dict[str, str]:
    root = str(Path(desktop.__file__).resolve().parent.parent)
    return {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}


def _refused(path: Path, digest: Digest, error: type[UserError]) -> UserError:
    """Open ``path``, expect ``error``, and check the file and folder are untouched."""
    before = digest(path)
    names_before = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(error) as caught:
        ProjectStore.open(path)
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == names_before
    assert str(path) in caught.value.en
    assert str(path) in caught.value.zh
    return caught.value


def _closed_project(store: ProjectStore) -> Path:
    store.put_item_state(ItemState("iso9001-2015:9.3.3:R", status=ItemStatus.READY))
    store.close()
    return store.path


def _edit(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def test_a_text_file_is_not_a_project(tmp_path: Path, digest: Digest) -> None:
    path = tmp_path / "notes.auditready"
    path.write_text("这不是项目 / not a project\n" * 20, encoding="utf-8")
    error = _refused(path, digest, NotAProjectError)
    assert "not an AuditReady project" in error.en


def test_a_png_is_not_a_project(tmp_path: Path, digest: Digest) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(PNG_BYTES)
    _refused(path, digest, NotAProjectError)


def test_an_empty_file_is_not_a_project(tmp_path: Path, digest: Digest) -> None:
    path = tmp_path / "empty.auditready"
    path.write_bytes(b"")
    _refused(path, digest, NotAProjectError)


def test_another_programs_database_is_not_a_project(tmp_path: Path, digest: Digest) -> None:
    path = tmp_path / "other.db"
    _edit(path, "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)")
    error = _refused(path, digest, NotAProjectError)
    assert "another program" in error.en


def test_a_folder_is_not_a_project(tmp_path: Path) -> None:
    folder = tmp_path / "folder.auditready"
    folder.mkdir()
    with pytest.raises(NotAProjectError):
        ProjectStore.open(folder)
    assert list(folder.iterdir()) == []


def test_a_missing_file_is_reported_by_name(tmp_path: Path) -> None:
    path = tmp_path / "moved.auditready"
    with pytest.raises(ProjectFileError, match="cannot be found") as caught:
        ProjectStore.open(path)
    assert str(path) in caught.value.zh
    assert list(tmp_path.iterdir()) == []


def test_a_truncated_project_is_corrupt(store: ProjectStore, digest: Digest) -> None:
    path = _closed_project(store)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _refused(path, digest, CorruptProjectError)


def test_a_project_with_a_damaged_table_is_corrupt(store: ProjectStore, digest: Digest) -> None:
    path = _closed_project(store)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'item_state'").fetchone()[
        0
    ]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))
    _refused(path, digest, CorruptProjectError)


def test_a_newer_schema_version_is_refused(store: ProjectStore, digest: Digest) -> None:
    path = _closed_project(store)
    _edit(path, f"PRAGMA user_version = {SCHEMA.version + 1}")
    error = _refused(path, digest, NewerProjectError)
    assert "newer version" in error.en


def test_an_unknown_applied_migration_is_refused(store: ProjectStore, digest: Digest) -> None:
    path = _closed_project(store)
    _edit(
        path,
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('auditready', 'm999_from_the_future', '2030-01-01')",
    )
    _refused(path, digest, NewerProjectError)


def test_a_second_open_of_the_same_project_is_refused(
    store: ProjectStore, project_path: Path
) -> None:
    store.put_item_state(ItemState("a"))
    before = project_path.read_bytes()
    with pytest.raises(ProjectLockedError) as caught:
        ProjectStore.open(project_path)
    assert str(project_path) in caught.value.zh
    assert project_path.read_bytes() == before
    assert store.item_state("a") == store.item_states()["a"]
    store.close()
    with ProjectStore.open(project_path) as reopened:
        assert "a" in reopened.item_states()


def test_a_project_open_in_another_process_is_refused(
    store: ProjectStore, project_path: Path
) -> None:
    store.close()
    holder = subprocess.Popen(
        _python(
            """
            import sys
            from pathlib import Path
            from desktop.store import ProjectStore
            with ProjectStore.open(Path(sys.argv[1])):
                print("open", flush=True)
                sys.stdin.readline()
            """,
            str(project_path),
        ),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_child_env(),
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(ProjectLockedError):
            ProjectStore.open(project_path)
    finally:
        holder.communicate("done\n", timeout=60)
    assert holder.returncode == 0
    assert not lock_path(project_path).exists()
    with ProjectStore.open(project_path) as reopened:
        assert reopened.standard_ids() == ("iso9001-2015", "iso14001-2015")


def test_a_crash_mid_transaction_is_rolled_back_on_open(
    store: ProjectStore, project_path: Path, profile: CompanyProfile
) -> None:
    store.close()
    crash = """
        import os, sqlite3, sys
        conn = sqlite3.connect(sys.argv[1], isolation_level=None)
        conn.execute("PRAGMA cache_size = 1")
        conn.execute("BEGIN")
        conn.execute("UPDATE profile SET name = 'half-written'")
        for i in range(300):
            conn.execute("INSERT INTO item_state (item_id, status) VALUES (?, 'ready')", [str(i)])
        os._exit(0)
        """
    subprocess.run(_python(crash, str(project_path)), check=True, env=_child_env())
    journal = project_path.with_name(project_path.name + "-journal")
    assert journal.exists()

    with ProjectStore.open(project_path) as recovered:
        assert recovered.profile() == profile
        assert recovered.item_states() == {}
    assert not journal.exists()
