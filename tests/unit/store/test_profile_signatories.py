"""The profile keeps who prepares and who approves the reports (migration m009)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop.domain.model import CompanyProfile
from desktop.store import ProjectStore
from desktop.store import schema as schema_module
from desktop.store.schema import SCHEMA, Schema

PEOPLE = {"preparer": "王敏", "preparer_title": "品质部经理",
          "approver": "周文华", "approver_title": "总经理"}


def test_m009_is_appended_after_the_earlier_steps() -> None:
    assert SCHEMA.names[4] == "m005_certificate_cancelled"
    assert SCHEMA.names[8] == "m009_profile_approver"


def test_preparer_and_approver_round_trip(project_path: Path, profile: CompanyProfile) -> None:
    named = dataclasses.replace(profile, **PEOPLE)
    ProjectStore.create(project_path, named, ["iso9001-2015"]).close()
    with ProjectStore.open(project_path) as store:
        assert store.profile() == named
        store.set_profile(dataclasses.replace(named, approver="", approver_title=""))
    with ProjectStore.open(project_path) as store:
        assert store.profile().approver == ""
        assert store.profile().preparer == "王敏"


def test_a_version_5_project_keeps_its_profile_with_nobody_named(
        project_path: Path, profile: CompanyProfile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema_module, "SCHEMA", Schema(steps=SCHEMA.steps[:5]))
    ProjectStore.create(project_path, profile, ["iso9001-2015"]).close()
    monkeypatch.setattr(schema_module, "SCHEMA", SCHEMA)
    with ProjectStore.open(project_path) as store:
        assert store.schema_version() == SCHEMA.version
        assert store.profile() == profile
        store.set_profile(dataclasses.replace(profile, **PEOPLE))
    with ProjectStore.open(project_path) as store:
        assert store.profile().approver_title == "总经理"
