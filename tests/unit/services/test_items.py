"""Setting status, owner, due date and notes on checklist items."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.model import ItemStatus
from desktop.errors import ValidationError
from desktop.services.items import set_item_status, update_item_details
from desktop.services.session import ProjectSession, open_project

POLICY = "iso9001-2015:5.2.2:M"


def test_ready_item_raises_readiness_and_survives_reopening(project: ProjectSession) -> None:
    before = project.readiness()[0]
    changes = set_item_status(project, POLICY, ItemStatus.READY)
    assert changes.items == {POLICY} and changes.readiness
    after = project.readiness()[0]
    assert after.ready == before.ready + 1
    assert after.mandatory_ready == before.mandatory_ready + 1
    path, catalog = project.path, project.catalog
    project.close()
    reopened = open_project(path, catalog)
    try:
        assert reopened.store.item_state(POLICY).status is ItemStatus.READY
    finally:
        reopened.close()


def test_not_applicable_needs_a_justification(project: ProjectSession) -> None:
    with pytest.raises(ValidationError) as info:
        set_item_status(project, "iso9001-2015:8.3.2:R", ItemStatus.NOT_APPLICABLE, "   ")
    assert "justification" in info.value.en and "理由" in info.value.zh
    assert project.store.item_state("iso9001-2015:8.3.2:R").status is ItemStatus.NOT_STARTED


def test_not_applicable_leaves_the_denominator(project: ProjectSession) -> None:
    applicable = project.readiness()[0].applicable
    set_item_status(project, "iso9001-2015:8.3.2:R", ItemStatus.NOT_APPLICABLE,
                    "We build to customer drawings; no design.")
    assert project.readiness()[0].applicable == applicable - 1
    state = project.store.item_state("iso9001-2015:8.3.2:R")
    assert state.justification == "We build to customer drawings; no design."
    set_item_status(project, "iso9001-2015:8.3.2:R", ItemStatus.IN_PROGRESS)
    assert project.store.item_state("iso9001-2015:8.3.2:R").justification == ""


def test_unchanged_status_reports_no_change(project: ProjectSession) -> None:
    set_item_status(project, POLICY, ItemStatus.READY)
    assert not set_item_status(project, POLICY, ItemStatus.READY).items


def test_clause_headings_and_unknown_items_are_refused(project: ProjectSession) -> None:
    with pytest.raises(ValidationError, match="clause heading"):
        set_item_status(project, "iso9001-2015:5.2", ItemStatus.READY)
    with pytest.raises(ValidationError, match="Unknown checklist item"):
        set_item_status(project, "iso9001-2015:99.9:M", ItemStatus.READY)


def test_details_are_kept_unless_given(project: ProjectSession) -> None:
    update_item_details(project, POLICY, owner=" 王敏 ", due_date=dt.date(2026, 12, 31),
                        notes="=SUM(A1) <b>")
    update_item_details(project, POLICY, notes="second note")
    state = project.store.item_state(POLICY)
    assert (state.owner, state.due_date, state.notes) == ("王敏", dt.date(2026, 12, 31),
                                                          "second note")
    update_item_details(project, POLICY, due_date=None)
    assert project.store.item_state(POLICY).due_date is None
