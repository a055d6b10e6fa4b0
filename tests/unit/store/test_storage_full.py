"""A full disk, a read-only file and a locked file surface as clear user errors.

A full disk is simulated with ``PRAGMA max_page_count`` on the store's own
connection, which makes SQLite fail exactly as it does when the disk is full.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.domain.model import CompanyProfile, ItemState, ItemStatus
from desktop.errors import (
    CorruptProjectError,
    ProjectLockedError,
    ProjectWriteError,
    StorageFullError,
)
from desktop.store import ProjectStore, failures

MakeFile = Callable[[str, bytes], Path]


def _fill_disk(store: ProjectStore) -> None:
    """Let the file grow by at most two pages from now on."""
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages + 2}").fetchall()


def test_adding_evidence_on_a_full_disk_keeps_the_previous_content(
    store: ProjectStore, make_file: MakeFile, profile: CompanyProfile
) -> None:
    kept, _ = store.add_evidence(make_file("kept.pdf", b"small and safe"))
    store.link_evidence(kept.id, "iso9001-2015:7.1.5:R")
    store.put_item_state(ItemState("iso9001-2015:7.1.5:R", status=ItemStatus.READY))
    _fill_disk(store)

    with pytest.raises(StorageFullError) as caught:
        store.add_evidence(make_file("too big.mp4", bytes(3 * 1024 * 1024)))

    assert str(store.path) in caught.value.en
    assert str(store.path) in caught.value.zh
    assert store.evidence_list() == [store.evidence(kept.id)]
    linked = store.evidence(kept.id)
    path = store.path
    store.close()
    with ProjectStore.open(path) as reopened:
        assert reopened.profile() == profile
        assert reopened.evidence_list() == [linked]
        assert linked.item_ids == ("iso9001-2015:7.1.5:R",)
        assert reopened.item_state("iso9001-2015:7.1.5:R").status is ItemStatus.READY
        assert b"".join(reopened.read_evidence(kept.id)) == b"small and safe"


def test_a_batch_that_fills_the_disk_is_rolled_back_as_a_whole(store: ProjectStore) -> None:
    _fill_disk(store)
    with pytest.raises(StorageFullError), store.atomic():
        for n in range(2000):
            store.put_item_state(ItemState(f"item-{n:04d}", notes="x" * 200))
    assert store.item_states() == {}
    store.put_item_state(ItemState("fits"))
    assert list(store.item_states()) == ["fits"]


def test_a_read_only_file_is_a_clear_write_error(store: ProjectStore) -> None:
    store._db.execute("PRAGMA query_only = ON").fetchall()
    with pytest.raises(ProjectWriteError, match="read-only") as caught:
        store.set_profile(CompanyProfile("changed"))
    assert str(store.path) in caught.value.zh
    store._db.execute("PRAGMA query_only = OFF").fetchall()
    assert store.profile().name != "changed"


def test_a_file_locked_by_another_program_is_a_locked_error(store: ProjectStore) -> None:
    store._db.execute("PRAGMA busy_timeout = 0").fetchall()
    intruder = sqlite3.connect(store.path, isolation_level=None, timeout=0)
    try:
        intruder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(ProjectLockedError):
            store.put_item_state(ItemState("a"))
        intruder.execute("ROLLBACK")
    finally:
        intruder.close()
    store.put_item_state(ItemState("a"))
    assert "a" in store.item_states()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EFBIG])
def test_os_errors_for_no_space_become_storage_full(tmp_path: Path, code: int) -> None:
    error = failures.os_project_error(OSError(code, "no space"), tmp_path / "copy.auditready")
    assert isinstance(error, StorageFullError)
    assert "copy.auditready" in error.zh


def test_unexpected_sqlite_errors_are_not_disguised(store: ProjectStore) -> None:
    with pytest.raises(sqlite3.OperationalError, match="syntax error"), store.atomic():
        store._db.execute("SELEKT * FROM item_state")


def test_a_table_gone_from_an_open_project_is_damage(store: ProjectStore) -> None:
    with pytest.raises(CorruptProjectError, match="no such table"), store.atomic():
        store._db.execute("SELECT * FROM no_such_table")
