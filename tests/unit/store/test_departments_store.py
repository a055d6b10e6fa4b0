"""Departments in the project file: migration of an older project, damaged rows, positions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.domain.departments import Department, Role
from desktop.domain.model import CompanyProfile, ItemState, ItemStatus
from desktop.errors import CorruptProjectError
from desktop.store import ProjectStore
from desktop.store import schema as schema_module
from desktop.store.schema import SCHEMA, Schema


def test_a_version_5_project_gains_empty_departments_and_keeps_its_items(
        project_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    older = Schema(steps=SCHEMA.steps[:SCHEMA.names.index("m006_departments")])
    monkeypatch.setattr(schema_module, "SCHEMA", older)
    with ProjectStore.create(project_path, CompanyProfile("老项目"), ["iso9001-2015"]) as old:
        old.put_item_state(ItemState("iso9001-2015:5.2.2:M", status=ItemStatus.READY,
                                     owner="品质部 王敏"))
    monkeypatch.setattr(schema_module, "SCHEMA", SCHEMA)
    with ProjectStore.open(project_path) as migrated:
        assert migrated.departments.all() == []
        assert migrated.departments.matrix() == {}
        assert migrated.item_state("iso9001-2015:5.2.2:M").owner == "品质部 王敏"
        migrated.departments.insert(Department("dept-1", "品质部", "王敏", ()))
        migrated.departments.assign_items([("iso9001-2015:5.2.2:M", "dept-1")])
        migrated.departments.set_cell("iso9001-2015", "5.2", "dept-1", Role.RESPONSIBLE)
    with ProjectStore.open(project_path) as again:
        assert again.departments.item_departments() == {"iso9001-2015:5.2.2:M": "dept-1"}
        assert again.departments.matrix() == {("iso9001-2015", "5.2"): {"dept-1":
                                                                        Role.RESPONSIBLE}}


def test_positions_stay_dense_and_ids_are_never_given_twice(store: ProjectStore) -> None:
    rows = store.departments
    for n, name in enumerate(("总经理办公室", "品质部", "生产部"), start=1):
        rows.insert(Department(rows.new_id(), name, "", ()))
        assert rows.new_id() == f"dept-{n + 1}"
    rows.insert(Department(rows.new_id(), "采购部", "", ()), position=1)
    assert [d.name for d in rows.all()] == ["总经理办公室", "采购部", "品质部", "生产部"]
    rows.delete("dept-4")
    rows.delete("dept-3")
    assert [rows.position(d.id) for d in rows.all()] == [0, 1]
    assert rows.new_id() == "dept-5"  # the removed ids are not handed out again


def test_a_damaged_department_row_is_a_damaged_project(store: ProjectStore,
                                                       project_path: Path) -> None:
    store.departments.insert(Department("dept-1", "品质部", "", ("总部",)))
    conn = sqlite3.connect(project_path)
    conn.execute("UPDATE departments SET sites = 'not json'")
    conn.commit()
    conn.close()
    with pytest.raises(CorruptProjectError):
        store.departments.all()
