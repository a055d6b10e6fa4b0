"""The integrated (三体系) view: one action on a shared item reaches every standard."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.model import ItemStatus
from desktop.errors import ValidationError
from desktop.services.integrated import (
    attach_shared_evidence,
    integrated_item,
    integrated_view,
    set_shared_status,
)
from desktop.services.session import ProjectSession

REVIEW = "ims:9.3:R"


def test_management_review_results_stand_for_all_three_standards(
    project: ProjectSession,
) -> None:
    item = integrated_item(project, REVIEW)
    assert [t.id for t in item.targets] == [
        "iso9001-2015:9.3.3:R", "iso14001-2015:9.3:R", "iso45001-2018:9.3:R"]


def test_one_file_on_the_shared_item_serves_each_standard(
    project: ProjectSession, tmp_path: Path
) -> None:
    report = tmp_path / "2026 管理评审报告.pdf"
    report.write_bytes(b"%PDF-1.4 review")
    changes = attach_shared_evidence(project, REVIEW, report)
    assert len(changes.items) == 3
    [evidence] = project.store.evidence_list()
    assert len(evidence.item_ids) == 3
    before = {r.standard_id: r.ready for r in project.readiness()}
    set_shared_status(project, REVIEW, ItemStatus.READY)
    after = {r.standard_id: r.ready for r in project.readiness()}
    assert all(after[sid] == before[sid] + 1 for sid in before)
    assert integrated_item(project, REVIEW).status(project.store.item_states()) is ItemStatus.READY


def test_mixed_status_is_reported_as_none(project: ProjectSession) -> None:
    from desktop.services.items import set_item_status

    set_item_status(project, "iso9001-2015:9.3.3:R", ItemStatus.READY)
    assert integrated_item(project, REVIEW).status(project.store.item_states()) is None


def test_not_applicable_without_justification_changes_no_standard(
    project: ProjectSession,
) -> None:
    with pytest.raises(ValidationError):
        set_shared_status(project, REVIEW, ItemStatus.NOT_APPLICABLE)
    assert project.store.item_states() == {}


def test_integrated_tree_covers_every_checklist_item_once(project: ProjectSession) -> None:
    groups = integrated_view(project)
    assert [g.clause for g in groups] == ["4", "5", "6", "7", "8", "9", "10"]
    shown = [t.id for g in groups for s in g.shared for t in s.targets]
    shown += [i.id for g in groups for _, items in g.specific for i in items]
    expected = [i.id for s in project.standards() for i in s.checklist()]
    assert sorted(shown) == sorted(expected)
    assert len(shown) == len(set(shown))


def test_shared_items_need_two_of_the_projects_standards(
    project: ProjectSession,
) -> None:
    project.store.set_standard_ids(["iso9001-2015"])
    with pytest.raises(ValidationError, match="not an integrated item"):
        integrated_item(project, REVIEW)
