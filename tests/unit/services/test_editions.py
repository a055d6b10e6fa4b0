"""Moving a project to a newer edition carries the work over; gaps list what is new."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.model import Catalog, ChangeKind, CompanyProfile, ItemStatus
from desktop.errors import ValidationError
from desktop.services.editions import change_edition, newer_editions, transition_gaps
from desktop.services.evidence import attach_evidence
from desktop.services.items import set_item_status, update_item_details
from desktop.services.session import ProjectSession, new_project


def test_change_edition_carries_status_owner_and_evidence(
    project: ProjectSession, tmp_path: Path
) -> None:
    set_item_status(project, "iso14001-2015:6.1.2:M", ItemStatus.READY)
    update_item_details(project, "iso14001-2015:6.1.2:M", owner="陈刚")
    register = tmp_path / "aspects.xlsx"
    register.write_bytes(b"PK aspects")
    attach_evidence(project, ["iso14001-2015:6.1.4:E"], register)

    assert ("iso14001-2015", "iso14001-2026") in {
        (a.id, b.id) for a, b in newer_editions(project)}
    changes = change_edition(project, "iso14001-2026")
    assert changes.standards
    assert [s.id for s in project.standards()] == [
        "iso9001-2015", "iso14001-2026", "iso45001-2018"]
    state = project.store.item_state("iso14001-2026:6.1.2:M")
    assert (state.status, state.owner) == (ItemStatus.READY, "陈刚")
    # old 6.1.4 "planning action" is 6.1.5 in the 2026 edition: its evidence follows it
    assert [e.name for e in project.store.evidence_for_item("iso14001-2026:6.1.5:E")] == [
        "aspects.xlsx"]
    gaps = transition_gaps(project, "iso14001-2015", "iso14001-2026")
    new_clauses = {g.entry.to_clause for g in gaps if g.entry.change is ChangeKind.NEW}
    assert {"6.1.4", "6.3"} <= new_clauses
    assert project.store.item_state("iso14001-2026:6.3:E").status is ItemStatus.NOT_STARTED


def test_gaps_name_the_new_editions_items(project: ProjectSession) -> None:
    gaps = transition_gaps(project, "iso14001-2015", "iso14001-2026")
    new_614 = next(g for g in gaps if g.entry.change is ChangeKind.NEW
                   and g.entry.to_clause == "6.1.4")
    assert new_614.items and all(i.standard_id == "iso14001-2026" for i in new_614.items)


def test_one_edition_per_standard(tmp_path: Path, catalog: Catalog) -> None:
    with pytest.raises(ValidationError, match="one edition of ISO 14001"):
        new_project(tmp_path / "x.auditready", CompanyProfile(name="X"),
                    ["iso14001-2015", "iso14001-2026"], catalog)


def test_change_to_the_same_edition_is_refused(project: ProjectSession) -> None:
    with pytest.raises(ValidationError, match="already uses"):
        change_edition(project, "iso9001-2015")
