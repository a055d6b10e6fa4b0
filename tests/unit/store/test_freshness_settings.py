"""The project file keeps the project's own freshness rules (migration m004)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.domain.freshness import FreshnessSetting
from desktop.domain.model import CompanyProfile
from desktop.errors import CorruptProjectError
from desktop.store import ProjectStore
from desktop.store import schema as schema_module
from desktop.store.schema import SCHEMA, Schema


def test_m004_is_appended_after_the_released_steps() -> None:
    assert SCHEMA.names[:3] == ("m001_initial", "m002_custom_content", "m003_system_records")
    assert SCHEMA.names[3] == "m004_freshness_settings"


def test_a_version_3_project_gains_an_empty_table_on_open(
        project_path: Path, profile: CompanyProfile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema_module, "SCHEMA", Schema(steps=SCHEMA.steps[:3]))
    ProjectStore.create(project_path, profile, ["iso9001-2015"]).close()
    monkeypatch.setattr(schema_module, "SCHEMA", SCHEMA)
    with ProjectStore.open(project_path) as store:
        assert store.schema_version() == SCHEMA.version
        assert store.freshness.all() == {}
        store.freshness.put(FreshnessSetting("iso9001-2015:8.4.1:R", months=24))
    with ProjectStore.open(project_path) as store:
        assert store.freshness.all() == {
            "iso9001-2015:8.4.1:R": FreshnessSetting("iso9001-2015:8.4.1:R", 24, True)}


def test_settings_round_trip_and_a_default_setting_removes_the_row(
        store: ProjectStore) -> None:
    off = FreshnessSetting("iso9001-2015:9.2.2:R", in_force=False)
    store.freshness.put(off)
    store.freshness.put(FreshnessSetting("iso9001-2015:8.4.1:R", months=6))
    assert store.freshness.all()["iso9001-2015:9.2.2:R"] == off
    store.freshness.put(FreshnessSetting("iso9001-2015:9.2.2:R"))
    assert set(store.freshness.all()) == {"iso9001-2015:8.4.1:R"}


def test_a_damaged_row_is_a_clear_error(store: ProjectStore, project_path: Path) -> None:
    store.close()
    conn = sqlite3.connect(project_path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("INSERT INTO freshness_settings VALUES ('x', 999, 1)")
    conn.commit()
    conn.close()
    with ProjectStore.open(project_path) as reopened, pytest.raises(
            CorruptProjectError, match="freshness_settings"):
        reopened.freshness.all()
