"""The assessment a quality manager reads: gates, certificates, actions, history, on the sample."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from desktop.domain.certificates import CertificateState
from desktop.domain.gates import GateResult
from desktop.domain.records import EvidenceMeta, EvidenceNature
from desktop.errors import CorruptProjectError
from desktop.services.assessment import (
    AUDIT_TIME_KEY,
    INTEGRATED,
    Assessment,
    assess,
    take_snapshot,
)
from desktop.services.records import save_audit, set_evidence_meta
from desktop.services.sample.records import MISSED_CLAUSE, SURVEILLANCE_IN_DAYS
from desktop.services.session import ProjectSession

CREATED = dt.date(2026, 11, 22)  # the day the ``sample`` fixture is created on


def _gate(result: Assessment, gate_id: str) -> GateResult:
    return next(g for g in result.gates if g.id == gate_id)


def test_the_sample_fails_the_internal_audit_gate_on_the_missed_clause(
    sample: ProjectSession,
) -> None:
    result = assess(sample, CREATED)
    warehouse = sample.store.profile().sites[-1]
    gate = _gate(result, "internal_audit")
    assert not gate.passed
    assert "8.5" in gate.reason.en and warehouse in gate.reason.zh
    assert result.coverage.missing() == ((f"iso9001-2015:{MISSED_CLAUSE}", warehouse),)
    assert all(i.startswith("iso9001-2015:8.5") for i in gate.item_ids) and gate.item_ids


def test_covering_the_missed_clause_passes_the_gate(sample: ProjectSession) -> None:
    warehouse = sample.store.profile().sites[-1]
    audit = sample.store.records.audits()[0]
    save_audit(sample, replace(
        audit, id=0, title="补充审核：二厂仓库 8.5", programme_id=audit.programme_id,
        planned_on=CREATED, held_from=CREATED, held_to=CREATED, auditees=("仓储部",),
        coverage=((f"iso9001-2015:{MISSED_CLAUSE}", warehouse),)))
    result = assess(sample, CREATED)
    assert _gate(result, "internal_audit").passed
    assert result.coverage.is_complete()


def test_the_sample_has_an_overdue_action_and_a_surveillance_due_within_90_days(
    sample: ProjectSession,
) -> None:
    result = assess(sample, CREATED)
    assert len(result.overdue_actions) == 1
    assert result.overdue_actions[0].due_on == CREATED - dt.timedelta(days=7)
    iso9001 = next(c for c in result.certificates if c.standard_id == "iso9001-2015")
    assert iso9001.state is CertificateState.SURVEILLANCE_DUE
    assert iso9001.days_to_next == SURVEILLANCE_IN_DAYS
    assert iso9001.next_due is not None
    assert iso9001.next_due.due == CREATED + dt.timedelta(days=SURVEILLANCE_IN_DAYS)
    assert any("2027-01-21" in w.en for w in result.warnings)
    # Independence: the quality department's auditor audited her own department.
    assert any("王敏" in w.zh for w in result.independence)


def test_the_assessment_is_json_ready_and_bilingual(sample: ProjectSession) -> None:
    data = assess(sample, CREATED).to_dict(sample.standards())
    text = json.dumps(data, ensure_ascii=False)
    assert json.loads(text)["today"] == "2026-11-22"
    assert [g["passed"] for g in data["gates"]].count(False) >= 1
    assert data[INTEGRATED]["layers"]["overall"] > 0
    assert data["audit_time"]["initial_days"] > 0


def test_expired_evidence_stops_counting_and_is_flagged(sample: ProjectSession) -> None:
    before = assess(sample, CREATED)
    policy = next(e for e in sample.store.evidence_list() if e.name.endswith("policy.pdf"))
    set_evidence_meta(sample, EvidenceMeta(
        evidence_id=policy.id, nature=EvidenceNature.DOCUMENT, version="A/0",
        approved_on=CREATED - dt.timedelta(days=400),
        effective_from=CREATED - dt.timedelta(days=400),
        review_by=CREATED - dt.timedelta(days=1)))
    after = assess(sample, CREATED)
    assert {e.evidence_id for e in after.expired} == {policy.id}
    assert {e.item_id for e in after.expired} == set(policy.item_ids)
    for old, new in zip(before.layers, after.layers, strict=True):
        assert new.shares.documented < old.shares.documented, new.standard_id
    assert any("expired" in w.en for w in after.warnings)


def test_a_snapshot_is_kept_once_a_day_and_only_when_figures_change(
    sample: ProjectSession,
) -> None:
    first = assess(sample, CREATED)
    days = [s.day for s in first.snapshots]
    assert days[-1] == CREATED and len(days) == len(set(days)) >= 2
    assert not take_snapshot(sample, first).records  # nothing changed since creation
    policy = next(e for e in sample.store.evidence_list() if e.name.endswith("policy.pdf"))
    set_evidence_meta(sample, EvidenceMeta(evidence_id=policy.id))  # nature cleared
    changed = assess(sample, CREATED)
    assert take_snapshot(sample, changed).records == {"snapshots"}
    kept = assess(sample, CREATED).snapshots
    assert [s.day for s in kept] == days
    assert kept[-1].figures == changed.figures


def test_a_damaged_stored_setting_is_a_clear_error(sample: ProjectSession) -> None:
    sample.store.records.put_setting(AUDIT_TIME_KEY, {"full_time": "many"})
    with pytest.raises(CorruptProjectError) as err:
        assess(sample, CREATED)
    assert "audit_time" in err.value.text("en") and err.value.text("zh")
