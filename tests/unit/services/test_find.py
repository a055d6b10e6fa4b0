"""The project's findable entries: expired evidence, due dates and shared requirements."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.domain.find import DueFilter, FindFilters, matching_ids
from desktop.domain.records import EvidenceMeta, EvidenceNature
from desktop.services.evidence import attach_evidence
from desktop.services.find import find_entries
from desktop.services.items import update_item_details
from desktop.services.records import set_evidence_meta
from desktop.services.session import ProjectSession

DAY = dt.date(2026, 11, 22)
CALIBRATION = "iso9001-2015:7.1.5.1:R"


def test_sample_finds_clause_numbers_and_shared_requirements(sample: ProjectSession) -> None:
    entries = find_entries(sample, DAY)
    found = matching_ids(entries.values(), FindFilters("7.1.5"), DAY)
    assert {"iso9001-2015:7.1.5", "iso9001-2015:7.1.5.1", CALIBRATION} <= found
    assert any(i.startswith("ims:") for i in matching_ids(entries.values(),
                                                          FindFilters("9.3"), DAY))


def test_expired_evidence_overdue_and_file_names(sample: ProjectSession, tmp_path: Path) -> None:
    source = tmp_path / "检定证书 2024.pdf"
    source.write_bytes(b"%PDF-1.4 certificate")
    changes = attach_evidence(sample, [CALIBRATION], source)
    evidence_id = next(e.id for e in sample.store.evidence_for_item(CALIBRATION)
                       if e.name == source.name)
    set_evidence_meta(sample, EvidenceMeta(evidence_id, EvidenceNature.RECORD,
                                           effective_from=dt.date(2024, 1, 5),
                                           review_by=dt.date(2025, 1, 5)))
    update_item_details(sample, CALIBRATION, due_date=DAY - dt.timedelta(days=3))
    assert CALIBRATION in changes.items
    entries = find_entries(sample, DAY).values()
    assert CALIBRATION in matching_ids(entries, FindFilters(expired_evidence=True), DAY)
    assert CALIBRATION in matching_ids(entries, FindFilters(due=DueFilter.OVERDUE), DAY)
    assert CALIBRATION in matching_ids(entries, FindFilters("检定证书"), DAY)
