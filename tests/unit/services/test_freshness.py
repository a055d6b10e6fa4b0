"""A project sets the freshness rules it has in force; evidence expires only by those."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.domain.model import Catalog, ItemStatus
from desktop.domain.records import EvidenceMeta, EvidenceNature
from desktop.errors import ValidationError
from desktop.services.assessment import assess
from desktop.services.evidence import attach_evidence
from desktop.services.freshness import project_note, set_item_freshness
from desktop.services.items import set_item_status
from desktop.services.records import set_evidence_meta
from desktop.services.session import ProjectSession, open_project

TODAY = dt.date(2026, 11, 22)
CALIBRATION = "iso9001-2015:7.1.5.1:R"  # organization basis, default 12 months


def _calibration_record(project: ProjectSession, tmp_path: Path, months_ago: int) -> int:
    source = tmp_path / "校准证书.pdf"
    source.write_bytes(b"%PDF-1.4 calibration certificate")
    changes = attach_evidence(project, [CALIBRATION], source)
    assert changes.evidence_id is not None
    set_item_status(project, CALIBRATION, ItemStatus.READY)
    day = TODAY - dt.timedelta(days=round(months_ago * 30.5))
    set_evidence_meta(project, EvidenceMeta(
        evidence_id=changes.evidence_id, nature=EvidenceNature.RECORD,
        effective_from=day, effective_to=day))
    return changes.evidence_id


def _implemented(project: ProjectSession) -> bool | None:
    layers = next(lay for lay in assess(project, TODAY).layers
                  if lay.standard_id == "iso9001-2015")
    return layers.item(CALIBRATION).implemented


def test_a_shorter_project_interval_expires_evidence_the_default_keeps(
        project: ProjectSession, tmp_path: Path) -> None:
    evidence_id = _calibration_record(project, tmp_path, months_ago=8)
    assert _implemented(project) is True  # within the default 12 months

    changes = set_item_freshness(project, CALIBRATION, months=6)
    assert changes.items == {CALIBRATION} and changes.readiness
    assert project.catalog.item(CALIBRATION).freshness.months == 6  # type: ignore[union-attr]
    assert project.bundled.item(CALIBRATION).freshness.months == 12  # type: ignore[union-attr]
    result = assess(project, TODAY)
    assert {e.evidence_id for e in result.expired} == {evidence_id}
    assert _implemented(project) is False
    note = project_note(project, CALIBRATION)
    assert note is not None and "every 6 months (default 12)" in note.en
    assert "每 6 个月" in note.zh


def test_a_rule_out_of_force_never_expires_evidence(
        project: ProjectSession, tmp_path: Path) -> None:
    _calibration_record(project, tmp_path, months_ago=20)
    assert _implemented(project) is False
    set_item_freshness(project, CALIBRATION, in_force=False)
    assert project.catalog.item(CALIBRATION).freshness is None
    assert not assess(project, TODAY).expired
    assert _implemented(project) is True
    note = project_note(project, CALIBRATION)
    assert note is not None and "does not apply" in note.en

    set_item_freshness(project, CALIBRATION)  # back to the default
    assert project.catalog.item(CALIBRATION).freshness == project.bundled.item(
        CALIBRATION).freshness
    assert project_note(project, CALIBRATION) is None
    assert _implemented(project) is False


def test_the_setting_travels_with_the_project_file(
        project: ProjectSession, catalog: Catalog) -> None:
    set_item_freshness(project, "iso45001-2018:9.1.1:R", months=12)  # serious hazards
    path = project.path
    project.close()
    reopened = open_project(path, catalog)
    try:
        rule = reopened.catalog.item("iso45001-2018:9.1.1:R").freshness
        assert rule is not None and rule.months == 12
        assert reopened.bundled.item("iso45001-2018:9.1.1:R").freshness.months == 36  # type: ignore[union-attr]
    finally:
        reopened.close()


@pytest.mark.parametrize(("item_id", "months", "message"), [
    ("iso9001-2015:4.3:M", 6, "only the current version counts"),  # a "latest" rule
    ("iso9001-2015:8.5.3:R", 6, "has no freshness rule"),
    (CALIBRATION, 0, "from 1 to 120 months"),
    (CALIBRATION, 121, "from 1 to 120 months"),
])
def test_impossible_settings_are_refused(
        project: ProjectSession, item_id: str, months: int, message: str) -> None:
    with pytest.raises(ValidationError, match=f"(?i){message}"):
        set_item_freshness(project, item_id, months=months)
    assert project.store.freshness.all() == {}
