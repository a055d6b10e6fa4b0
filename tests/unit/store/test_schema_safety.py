"""A project's schema is verified on open; foreign objects are refused and repaired into a copy.

Project files arrive by e-mail and USB stick: a trigger hidden in one could
delete every evidence link on the next status change.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.domain.model import ItemState, ItemStatus
from desktop.errors import (
    CorruptProjectError,
    ForeignSchemaError,
    NewerProjectError,
    ProjectExistsError,
    ProjectWriteError,
)
from desktop.store import ProjectStore
from desktop.store import schema as schema_module
from desktop.store.objects import expected_objects, normalise_sql
from desktop.store.repair import repair_copy
from desktop.store.schema import SCHEMA, Schema, m001_initial

Digest = Callable[[Path], str]
ITEM = "iso9001-2015:9.3.3:R"
WIPE = ("CREATE TRIGGER wipe AFTER UPDATE ON item_state "
        "BEGIN DELETE FROM evidence_links; DELETE FROM evidence; END")


def _edit(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


@pytest.fixture
def filled(store: ProjectStore, make_file: Callable[[str, bytes], Path]) -> Path:
    """A closed project with a state, a linked evidence file and a removed one (id gap)."""
    store.put_item_state(ItemState(ITEM, status=ItemStatus.READY, notes="会议纪要"))
    kept, _ = store.add_evidence(make_file("minutes.txt", b"minutes of the review"))
    store.link_evidence(kept.id, ITEM)
    gone, _ = store.add_evidence(make_file("draft.txt", b"draft"))
    store.remove_evidence(gone.id)
    store.close()
    return store.path


@pytest.mark.parametrize("statement", [
    WIPE,
    "CREATE VIEW everything AS SELECT * FROM evidence",
    "CREATE TABLE notes_of_someone_else (x TEXT)",
    "CREATE INDEX item_state_by_owner ON item_state (owner)",
    "CREATE TEMP TABLE harmless (x)",  # temp objects are not stored: the file opens
])
def test_a_foreign_object_is_refused_by_name_and_the_file_is_untouched(
    filled: Path, digest: Digest, statement: str
) -> None:
    _edit(filled, statement)
    before = digest(filled)
    if "TEMP" in statement:
        ProjectStore.open(filled).close()
        return
    with pytest.raises(ForeignSchemaError) as caught:
        ProjectStore.open(filled)
    name = statement.split()[2]
    assert f'"{name}"' in caught.value.en and f"“{name}”" in caught.value.zh
    assert str(filled) in caught.value.en
    assert digest(filled) == before
    assert sorted(p.name for p in filled.parent.iterdir()) == [filled.name]


def test_a_changed_table_definition_is_refused(filled: Path, digest: Digest) -> None:
    _edit(filled, "PRAGMA writable_schema = ON",
          "UPDATE sqlite_master SET sql = replace(sql, 'notes TEXT NOT NULL', 'notes TEXT') "
          "WHERE name = 'item_state'")
    before = digest(filled)
    with pytest.raises(ForeignSchemaError, match='table "item_state"'):
        ProjectStore.open(filled)
    assert digest(filled) == before


def test_a_missing_table_is_damage_and_names_it(filled: Path, digest: Digest) -> None:
    _edit(filled, "DROP TABLE evidence_links")
    before = digest(filled)
    with pytest.raises(CorruptProjectError, match="evidence_links"):
        ProjectStore.open(filled)
    assert digest(filled) == before


def test_sql_is_compared_without_layout_quoting_or_case() -> None:
    a = 'CREATE TABLE "t" (\n  [id] INTEGER PRIMARY KEY, -- the key\n  `v` text)'
    b = "create table t (id integer primary key, v TEXT)"
    assert normalise_sql(a) == normalise_sql(b)
    assert normalise_sql("CHECK (x = 'A')") != normalise_sql("CHECK (x = 'a')")


def test_the_expected_objects_follow_the_migrations() -> None:
    first = {o.name for o in expected_objects(SCHEMA, 1)}
    latest = {o.name for o in expected_objects(SCHEMA, SCHEMA.version)}
    assert {"item_state", "evidence_links", "_sqlite_migrations"} <= first
    assert "custom_items" not in first and "custom_items" in latest
    assert not any(o.type in ("trigger", "view") for o in expected_objects(SCHEMA, SCHEMA.version))


def test_an_older_project_is_verified_against_its_own_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, profile: object
) -> None:
    path = tmp_path / "v1.auditready"
    monkeypatch.setattr(schema_module, "SCHEMA", Schema(steps=(m001_initial,)))
    ProjectStore.create(path, profile, ["iso9001-2015"]).close()  # type: ignore[arg-type]
    monkeypatch.undo()
    with ProjectStore.open(path) as migrated:
        assert migrated.schema_version() == SCHEMA.version


def test_connections_do_not_trust_the_schema(store: ProjectStore) -> None:
    conn = store._conn
    assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert conn.execute("PRAGMA cell_size_check").fetchone()[0] == 1


def test_repair_writes_a_clean_copy_that_opens_with_everything(
    filled: Path, digest: Digest, tmp_path: Path
) -> None:
    _edit(filled, WIPE, "CREATE VIEW v AS SELECT 1", "CREATE TABLE spy (x)")
    before = digest(filled)
    report = repair_copy(filled, tmp_path / "clean.auditready")
    assert digest(filled) == before
    assert {o.name for o in report.left_out} == {"wipe", "v", "spy"}
    assert report.missing == () and report.skipped == ()
    with ProjectStore.open(report.dest) as clean:
        [evidence] = clean.evidence_list()
        assert evidence.item_ids == (ITEM,)
        assert b"".join(clean.read_evidence(evidence.id)) == b"minutes of the review"
        assert clean.item_state(ITEM).notes == "会议纪要"
        clean.put_item_state(ItemState(ITEM, status=ItemStatus.IN_PROGRESS))  # nothing fires
        assert clean.evidence_for_item(ITEM) == [evidence]
        # AUTOINCREMENT kept: the id of the removed evidence is not given out again.
        added, _ = clean.add_evidence(filled.parent.parent / "sources" / "draft.txt")
        assert added.id == 3
    assert "wipe" in report.text("en") and "触发器“wipe”" in report.text("zh_CN")


def test_repair_reports_missing_tables_and_rows_that_break_the_rules(
    filled: Path, tmp_path: Path
) -> None:
    _edit(filled, "DROP TABLE evidence_meta",
          "PRAGMA writable_schema = ON",
          "UPDATE sqlite_master SET sql = replace(sql, 'status TEXT NOT NULL', 'status TEXT') "
          "WHERE name = 'item_state'",
          "PRAGMA writable_schema = OFF")
    _edit(filled, "INSERT INTO item_state (item_id, status) VALUES ('x', NULL)")
    with pytest.raises(ForeignSchemaError):
        ProjectStore.open(filled)
    report = repair_copy(filled, tmp_path / "clean.auditready")
    assert report.missing == ("evidence_meta",)
    assert report.skipped == (("item_state", 1),)
    with ProjectStore.open(report.dest) as clean:
        assert set(clean.item_states()) == {ITEM}


def test_repair_never_replaces_a_file(filled: Path, digest: Digest, tmp_path: Path) -> None:
    taken = tmp_path / "taken.auditready"
    taken.write_bytes(b"keep me")
    with pytest.raises(ProjectExistsError):
        repair_copy(filled, taken)
    assert taken.read_bytes() == b"keep me"
    with pytest.raises(ProjectExistsError):
        repair_copy(filled, filled)


def test_repair_refuses_a_newer_project(filled: Path, tmp_path: Path) -> None:
    _edit(filled, f"PRAGMA user_version = {SCHEMA.version + 1}")
    with pytest.raises(NewerProjectError):
        repair_copy(filled, tmp_path / "clean.auditready")
    assert not (tmp_path / "clean.auditready").exists()


def test_repair_into_a_missing_folder_names_that_folder(filled: Path, tmp_path: Path) -> None:
    dest = tmp_path / "no such folder" / "clean.auditready"
    with pytest.raises(ProjectWriteError, match="no such folder"):
        repair_copy(filled, dest)
    assert not dest.parent.exists()
