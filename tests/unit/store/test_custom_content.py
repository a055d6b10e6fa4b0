"""Custom checklists and entries in the project file, and the v1 → v2 migration."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.custom import CustomChecklist, CustomItem
from desktop.domain.model import CompanyProfile, ItemKind, ItemState, ItemStatus, Text
from desktop.errors import NewerProjectError
from desktop.store import ProjectStore
from desktop.store import schema as schema_module
from desktop.store.schema import SCHEMA, Schema, m001_initial

CREATED = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
CHECKLIST = CustomChecklist("custom:supplier-audit", "供应商审核",
                            Text("Supplier audit", "供应商审核"), CREATED)
HEADING = CustomItem("custom:supplier-audit:S", "custom:supplier-audit", "S", ItemKind.CLAUSE,
                     None, Text("", "供应商管理"), Text("", ""), 0)
RECORD = CustomItem("custom:supplier-audit:S:R", "custom:supplier-audit", "S", ItemKind.RETAIN,
                    "custom:supplier-audit:S", Text("Supplier evaluations", "供方评价记录"),
                    Text("Yearly evaluation of each approved supplier.", "每年评价合格供方。"), 1)
EXTRA = CustomItem("custom:iso9001-2015:7.1.5:E", "iso9001-2015", "7.1.5", ItemKind.EVIDENCE,
                   "iso9001-2015:7.1.5", Text("Gauge list", "量具台账"), Text("", ""), 0)


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return {row[0] for row in rows}
    finally:
        conn.close()


def test_the_schema_is_version_2_with_custom_tables(store: ProjectStore) -> None:
    assert SCHEMA.version == 4
    assert SCHEMA.names == ("m001_initial", "m002_custom_content", "m003_system_records",
                            "m004_certificate_cancelled")
    assert store.schema_version() == 4
    assert store.custom_content() == ([], [])


def test_custom_rows_round_trip_and_cascade(store: ProjectStore, project_path: Path) -> None:
    store.add_custom_checklist(CHECKLIST)
    for item in (HEADING, RECORD, EXTRA):
        store.put_custom_item(item)
    store.put_item_state(ItemState(RECORD.id, status=ItemStatus.READY))
    store.close()

    with ProjectStore.open(project_path) as reopened:
        checklists, items = reopened.custom_content()
        assert checklists == [CHECKLIST]
        assert items == [HEADING, RECORD, EXTRA]  # by standard id, then position
        reopened.remove_custom_checklist(CHECKLIST.id)
        assert reopened.custom_content() == ([], [EXTRA])
        assert RECORD.id not in reopened.item_states()


def test_a_version_1_project_migrates_on_open_and_keeps_its_data(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema_module, "SCHEMA", Schema(steps=(m001_initial,)))
    with ProjectStore.create(project_path, CompanyProfile("老项目"), ["iso9001-2015"]) as old:
        old.put_item_state(ItemState("iso9001-2015:5.2.2:M", status=ItemStatus.READY))
        assert old.schema_version() == 1
    assert not {"custom_checklists", "custom_items"} & _tables(project_path)
    monkeypatch.setattr(schema_module, "SCHEMA", SCHEMA)

    with ProjectStore.open(project_path) as migrated:
        assert migrated.schema_version() == SCHEMA.version
        assert migrated.item_state("iso9001-2015:5.2.2:M").status is ItemStatus.READY
        assert migrated.profile().name == "老项目"
        assert migrated.custom_content() == ([], [])
        migrated.add_custom_checklist(CHECKLIST)
        migrated.put_custom_item(HEADING)
    assert {"custom_checklists", "custom_items"} <= _tables(project_path)

    # A version that only knows schema 1 refuses the migrated file and leaves it alone.
    monkeypatch.setattr(schema_module, "SCHEMA", Schema(steps=(m001_initial,)))
    before = project_path.read_bytes()
    with pytest.raises(NewerProjectError):
        ProjectStore.open(project_path)
    assert project_path.read_bytes() == before


def test_custom_ids_must_start_with_custom(store: ProjectStore) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.put_custom_item(CustomItem("iso9001-2015:9.9:E", "iso9001-2015", "9.9",
                                         ItemKind.EVIDENCE, None, Text("x", "x"), Text("", ""), 0))
    assert store.custom_content() == ([], [])
