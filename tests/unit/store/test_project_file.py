"""Creating, reopening, transactions, migrations and copies of a project file."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.domain.model import CompanyProfile, ItemState, ItemStatus
from desktop.errors import (
    NewerProjectError,
    ProjectExistsError,
    ProjectLockedError,
    ProjectWriteError,
    StorageFullError,
)
from desktop.store import PROJECT_SUFFIX, ProjectStore, records
from desktop.store import schema as schema_module
from desktop.store.opening import lock_path
from desktop.store.schema import APPLICATION_ID, SCHEMA, Schema

UTC = dt.UTC


def _full_state() -> ItemState:
    return ItemState(
        item_id="iso9001-2015:5.2.2:M",
        status=ItemStatus.NOT_APPLICABLE,
        justification="不设计产品 / no design activities (4.3)",
        owner="王芳 Wang Fang",
        due_date=dt.date(2025, 6, 30),
        notes="第二行\nsecond line",
        updated_at=dt.datetime(2025, 3, 31, 8, 15, 42, 123456, tzinfo=UTC),
    )


def test_create_then_reopen_round_trips_every_field(
    project_path: Path,
    profile: CompanyProfile,
    make_file: Callable[[str, bytes], Path],
) -> None:
    source = make_file("质量手册 V3.pdf", b"%PDF-1.7 manual")
    with ProjectStore.create(project_path, profile, ["iso45001-2018", "iso9001-2015"]) as store:
        store.put_item_state(_full_state())
        store.put_item_state(ItemState("iso14001-2015:6.1.2:R", status=ItemStatus.READY))
        added, _ = store.add_evidence(source)
        store.link_evidence(added.id, "iso9001-2015:5.2.2:M")
        store.link_evidence(added.id, "iso14001-2015:6.1.2:R")

    with ProjectStore.open(project_path) as store:
        assert store.path == project_path.absolute()
        assert store.profile() == profile
        assert store.standard_ids() == ("iso45001-2018", "iso9001-2015")
        assert store.item_state("iso9001-2015:5.2.2:M") == _full_state()
        states = store.item_states()
        assert set(states) == {"iso9001-2015:5.2.2:M", "iso14001-2015:6.1.2:R"}
        assert states["iso14001-2015:6.1.2:R"].status is ItemStatus.READY
        (evidence,) = store.evidence_list()
        assert evidence == added.__class__(
            id=added.id,
            sha256=added.sha256,
            name="质量手册 V3.pdf",
            size=len(b"%PDF-1.7 manual"),
            media_type="application/pdf",
            added_at=added.added_at,
            item_ids=("iso14001-2015:6.1.2:R", "iso9001-2015:5.2.2:M"),
        )
        assert b"".join(store.read_evidence(added.id)) == b"%PDF-1.7 manual"


def test_new_project_carries_application_id_and_schema_version(store: ProjectStore) -> None:
    assert store.schema_version() == SCHEMA.version
    header = store.path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert int.from_bytes(header[60:64], "big") == SCHEMA.version


def test_item_state_defaults_when_nothing_recorded(store: ProjectStore) -> None:
    assert store.item_state("iso9001-2015:7.5.3:M") == ItemState("iso9001-2015:7.5.3:M")
    assert store.item_states() == {}


def test_put_item_state_replaces_and_stamps_missing_update_time(store: ProjectStore) -> None:
    before = dt.datetime.now(UTC)
    store.put_item_state(ItemState("a", status=ItemStatus.IN_PROGRESS, owner="Li"))
    store.put_item_state(ItemState("a", status=ItemStatus.READY))

    state = store.item_state("a")
    assert state.status is ItemStatus.READY
    assert state.owner == ""
    assert state.updated_at is not None
    assert state.updated_at >= before.replace(microsecond=0)
    assert len(store.item_states()) == 1


def test_naive_update_time_is_read_back_as_utc(store: ProjectStore) -> None:
    store.put_item_state(ItemState("a", updated_at=dt.datetime(2025, 1, 2, 3, 4, 5)))
    assert store.item_state("a").updated_at == dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_profile_and_standards_can_be_replaced(store: ProjectStore) -> None:
    store.set_profile(CompanyProfile("New name", sites=()))
    store.set_standard_ids(["iso14001-2015"])
    assert store.profile() == CompanyProfile("New name")
    assert store.standard_ids() == ("iso14001-2015",)


def test_duplicate_standard_ids_are_refused_and_change_nothing(store: ProjectStore) -> None:
    with pytest.raises(ValueError, match="duplicate"):
        store.set_standard_ids(["iso9001-2015", "iso9001-2015"])
    assert store.standard_ids() == ("iso9001-2015", "iso14001-2015")


def test_create_refuses_to_overwrite_an_existing_file(
    project_path: Path, profile: CompanyProfile
) -> None:
    project_path.write_bytes(b"someone's work")
    with pytest.raises(ProjectExistsError) as caught:
        ProjectStore.create(project_path, profile, [])
    assert str(project_path) in caught.value.en
    assert str(project_path) in caught.value.zh
    assert project_path.read_bytes() == b"someone's work"
    assert sorted(p.name for p in project_path.parent.iterdir()) == [project_path.name]


def test_create_in_a_missing_folder_is_a_user_error(
    tmp_path: Path, profile: CompanyProfile
) -> None:
    target = tmp_path / "no such folder" / f"x{PROJECT_SUFFIX}"
    with pytest.raises(ProjectWriteError):
        ProjectStore.create(target, profile, [])
    assert not target.parent.exists()


def test_failed_create_leaves_nothing_behind(
    project_path: Path, profile: CompanyProfile, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(db: Database, ids: object) -> None:
        db.execute("INSERT INTO standards (standard_id, position) VALUES ('half', 0)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(records, "write_standard_ids", fail)
    with pytest.raises(RuntimeError, match="power cut"):
        ProjectStore.create(project_path, profile, ["iso9001-2015"])
    assert list(project_path.parent.iterdir()) == []


def test_disk_full_during_create_leaves_nothing_behind(
    project_path: Path, profile: CompanyProfile, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    def full(db: Database, ids: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(records, "write_standard_ids", full)
    with pytest.raises(StorageFullError) as caught:
        ProjectStore.create(project_path, profile, ["iso9001-2015"])
    assert str(project_path) in caught.value.en
    assert list(project_path.parent.iterdir()) == []


def test_atomic_rolls_back_everything_when_an_action_fails_midway(
    store: ProjectStore, make_file: Callable[[str, bytes], Path]
) -> None:
    source = make_file("minutes.docx", b"management review minutes")
    with pytest.raises(RuntimeError, match="midway"), store.atomic():
        store.set_profile(CompanyProfile("Half-renamed"))
        store.put_item_state(ItemState("a", status=ItemStatus.READY))
        evidence, _ = store.add_evidence(source)
        store.link_evidence(evidence.id, "a")
        raise RuntimeError("midway")

    assert store.profile().name.startswith("苏州")
    assert store.item_states() == {}
    assert store.evidence_list() == []
    assert store.evidence_for_item("a") == []


def test_nested_atomic_rolls_back_only_the_inner_block(store: ProjectStore) -> None:
    with store.atomic():
        store.put_item_state(ItemState("outer"))
        with pytest.raises(KeyError), store.atomic():
            store.put_item_state(ItemState("inner"))
            store.link_evidence(999, "inner")
    assert set(store.item_states()) == {"outer"}


def test_lock_is_released_on_close_and_close_is_idempotent(
    store: ProjectStore, project_path: Path
) -> None:
    assert lock_path(project_path).exists()
    store.close()
    store.close()
    assert store.closed
    assert not lock_path(project_path).exists()
    with ProjectStore.open(project_path) as again:
        assert again.standard_ids() == ("iso9001-2015", "iso14001-2015")


def test_using_a_closed_store_is_a_programming_error(store: ProjectStore) -> None:
    store.close()
    with pytest.raises(RuntimeError, match="closed"):
        store.profile()


def test_opening_without_changes_leaves_the_file_byte_for_byte(
    store: ProjectStore, project_path: Path
) -> None:
    store.close()
    before = project_path.read_bytes()
    with ProjectStore.open(project_path) as again:
        again.profile()
        again.evidence_list()
    assert project_path.read_bytes() == before


def test_backup_to_writes_a_complete_copy_that_opens(
    store: ProjectStore, tmp_path: Path, make_file: Callable[[str, bytes], Path]
) -> None:
    evidence, _ = store.add_evidence(make_file("plan.xlsx", b"plan" * 1000))
    store.put_item_state(_full_state())
    copy = tmp_path / "copy.auditready"
    copy.write_bytes(b"old copy to be replaced")

    store.backup_to(copy)

    assert not store.closed
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    with ProjectStore.open(copy) as opened:
        assert opened.profile() == store.profile()
        assert opened.item_states() == store.item_states()
        assert b"".join(opened.read_evidence(evidence.id)) == b"plan" * 1000


def test_backup_onto_a_project_open_elsewhere_is_refused(
    store: ProjectStore, tmp_path: Path, profile: CompanyProfile
) -> None:
    other_path = tmp_path / "other.auditready"
    with ProjectStore.create(other_path, profile, []) as other:
        before = other_path.read_bytes()
        with pytest.raises(ProjectLockedError):
            store.backup_to(other_path)
        assert other.standard_ids() == ()
    assert other_path.read_bytes() == before


def test_backup_inside_a_transaction_is_a_programming_error(
    store: ProjectStore, tmp_path: Path
) -> None:
    with pytest.raises(RuntimeError, match="atomic"), store.atomic():
        store.backup_to(tmp_path / "copy.auditready")
    assert not (tmp_path / "copy.auditready").exists()


def test_backup_onto_itself_changes_nothing(store: ProjectStore, project_path: Path) -> None:
    before = project_path.read_bytes()
    store.backup_to(project_path)
    assert project_path.read_bytes() == before
    assert store.profile().headcount == 137


# --- migrations --------------------------------------------------------------


def m900_add_reviewers(db: Database) -> None:
    db.execute("CREATE TABLE reviewers (name TEXT PRIMARY KEY)")
    db.execute("INSERT INTO reviewers (name) VALUES ('first')")


def m900_broken(db: Database) -> None:
    db.execute("CREATE TABLE reviewers (name TEXT PRIMARY KEY)")
    raise RuntimeError("migration bug")


def test_an_older_project_is_migrated_on_open(
    store: ProjectStore, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.put_item_state(_full_state())
    store.close()
    newer = Schema(steps=(*SCHEMA.steps, m900_add_reviewers))
    monkeypatch.setattr(schema_module, "SCHEMA", newer)

    with ProjectStore.open(project_path) as migrated:
        assert migrated.schema_version() == SCHEMA.version + 1
        assert migrated.item_state(_full_state().item_id) == _full_state()
    with ProjectStore.open(project_path) as again:
        assert again.schema_version() == SCHEMA.version + 1

    # This version no longer understands the migrated file.
    monkeypatch.setattr(schema_module, "SCHEMA", SCHEMA)
    before = project_path.read_bytes()
    with pytest.raises(NewerProjectError):
        ProjectStore.open(project_path)
    assert project_path.read_bytes() == before


def test_a_failed_migration_leaves_the_file_untouched(
    store: ProjectStore, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.close()
    before = project_path.read_bytes()
    monkeypatch.setattr(schema_module, "SCHEMA", Schema(steps=(*SCHEMA.steps, m900_broken)))

    with pytest.raises(RuntimeError, match="migration bug"):
        ProjectStore.open(project_path)

    assert project_path.read_bytes() == before
    assert not lock_path(project_path).exists()
    monkeypatch.setattr(schema_module, "SCHEMA", SCHEMA)
    with ProjectStore.open(project_path) as reopened:
        assert reopened.schema_version() == SCHEMA.version


def test_project_files_are_not_left_in_wal_mode(store: ProjectStore, project_path: Path) -> None:
    store.set_profile(CompanyProfile("x"))
    names = os.listdir(project_path.parent)
    assert not [n for n in names if n.endswith(("-wal", "-shm", "-journal"))]
