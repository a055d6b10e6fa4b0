"""Opening with the evidence tables checked later: reads at once, never a write to damage.

The damaged project here has an index that disagrees with its table (the
evidence index on ``added_at`` still holds an old date): every page is sound,
so only the full ``integrity_check`` sees it, and lookups through that index
would return wrong rows without any error.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.domain.model import CompanyProfile, ItemState, ItemStatus
from desktop.errors import CorruptProjectError
from desktop.store import ProjectStore
from tests.damage import index_out_of_step
from tests.unit.store.conftest import sha256_of

ITEM = "iso9001-2015:7.1.5.1:R"


@pytest.fixture
def damaged(project_path: Path, profile: CompanyProfile,
            make_file: Callable[[str, bytes], Path]) -> Path:
    with ProjectStore.create(project_path, profile, ["iso9001-2015"]) as store:
        for n in range(30):
            evidence, _new = store.add_evidence(make_file(f"record-{n}.pdf",
                                                          f"record {n}".encode()))
            store.link_evidence(evidence.id, ITEM)
    index_out_of_step(project_path)
    return project_path


def test_the_full_check_on_open_refuses_the_damaged_index(damaged: Path) -> None:
    with pytest.raises(CorruptProjectError, match="damaged"):
        ProjectStore.open(damaged)


def test_checked_later_the_project_reads_but_no_write_reaches_the_damaged_file(
        damaged: Path) -> None:
    before = sha256_of(damaged)
    store = ProjectStore.open(damaged, check_later=True)
    try:
        assert store.later_check is not None
        assert len(store.evidence_ids_by_item()[ITEM]) == 30
        state = ItemState(ITEM, ItemStatus.READY)
        with pytest.raises(CorruptProjectError) as raised:
            store.put_item_state(state)
        assert "after opening" in raised.value.en and "打开后" in raised.value.zh
        with pytest.raises(CorruptProjectError):  # and it stays refused
            store.put_item_state(state)
        with pytest.raises(CorruptProjectError):
            store.later_check.run()
    finally:
        store.close()
    assert sha256_of(damaged) == before


def test_a_sound_project_passes_the_later_check_and_takes_writes(store: ProjectStore) -> None:
    path = store.path
    store.close()
    reopened = ProjectStore.open(path, check_later=True)
    try:
        check = reopened.later_check
        assert check is not None and not check.passed
        assert set(check.tables) == {"blobs", "evidence", "evidence_links", "evidence_meta"}
        assert check.run()
        assert check.passed
        reopened.put_item_state(ItemState("iso9001-2015:4.1:M", ItemStatus.READY))
        assert reopened.item_state("iso9001-2015:4.1:M").status is ItemStatus.READY
    finally:
        reopened.close()


def test_a_cancelled_check_decides_nothing_and_the_first_write_finishes_it(
        damaged: Path) -> None:
    store = ProjectStore.open(damaged, check_later=True)
    try:
        assert store.later_check is not None
        assert store.later_check.run(lambda: True) is False
        assert not store.later_check.passed
        with pytest.raises(CorruptProjectError):
            store.put_item_state(ItemState("iso9001-2015:4.1:M", ItemStatus.READY))
    finally:
        store.close()


def test_without_check_later_nothing_is_left_to_check(store: ProjectStore) -> None:
    path = store.path
    store.close()
    with ProjectStore.open(path) as reopened:
        assert reopened.later_check is None


def test_a_project_that_needs_a_migration_is_checked_fully_before_it(
        project_path: Path, profile: CompanyProfile, make_file: Callable[[str, bytes], Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.store import schema as schema_module
    from desktop.store.schema import SCHEMA, Schema

    monkeypatch.setattr(schema_module, "SCHEMA", Schema(steps=SCHEMA.steps[:5]))
    with ProjectStore.create(project_path, profile, ["iso9001-2015"]) as store:
        for n in range(30):
            evidence, _new = store.add_evidence(make_file(f"old-{n}.pdf", f"old {n}".encode()))
            store.link_evidence(evidence.id, ITEM)
    monkeypatch.setattr(schema_module, "SCHEMA", SCHEMA)
    index_out_of_step(project_path)
    before = sha256_of(project_path)
    with pytest.raises(CorruptProjectError, match="integrity check failed"):
        ProjectStore.open(project_path, check_later=True)  # seen before migrating
    assert sha256_of(project_path) == before
