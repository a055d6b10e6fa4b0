"""Certification gates (desktop.domain.gates) on the real catalog."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.domain.coverage import coverage_matrix
from desktop.domain.gates import (
    GATE_IDS,
    GateInputs,
    GateResult,
    evaluate_gates,
    independence_warnings,
)
from desktop.domain.model import Catalog, ItemState, ItemStatus, Standard, Text
from desktop.domain.records import (
    Auditor,
    Certificate,
    CertificateEvent,
    CertificateEventKind,
    Finding,
    FindingGrade,
    InternalAudit,
    ManagementReview,
    SystemInfo,
)
from desktop.domain.reviews import REQUIRED_INPUTS

TODAY = dt.date(2026, 6, 15)
ITEMS_8_5 = (
    "iso9001-2015:8.5.1:M", "iso9001-2015:8.5.1:C1", "iso9001-2015:8.5.1:C2",
    "iso9001-2015:8.5.1:C3", "iso9001-2015:8.5.2:R", "iso9001-2015:8.5.3:R",
    "iso9001-2015:8.5.4:E", "iso9001-2015:8.5.5:E", "iso9001-2015:8.5.6:R",
)


def _inputs(standards: tuple[Standard, ...], **changes: object) -> GateInputs:
    base = GateInputs(standards=standards, states={}, sites=("A", "B"), system=SystemInfo(),
                      audits=(), findings=(), reviews=(), today=TODAY)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _gate(inputs: GateInputs, gate_id: str) -> GateResult:
    return next(g for g in evaluate_gates(inputs) if g.id == gate_id)


@pytest.fixture
def qms(catalog: Catalog) -> tuple[Standard, ...]:
    return (catalog.standard("iso9001-2015"),)


def test_all_seven_gates_always_come_in_a_fixed_order(qms: tuple[Standard, ...]) -> None:
    gates = evaluate_gates(_inputs(qms))
    assert tuple(g.id for g in gates) == GATE_IDS == (
        "operating_period", "internal_audit", "management_review", "climate_decision",
        "mandatory_documented", "no_open_major", "reapplication_bar")
    assert [g.passed for g in gates] == [False, False, False, False, False, True, True]
    data = gates[0].to_dict()
    assert data["id"] == "operating_period" and data["passed"] is False
    assert set(data["reason"]) == {"en", "zh"} and data["item_ids"] == []


def test_operating_period_of_two_months_fails_and_says_when_it_will_pass(
        qms: tuple[Standard, ...]) -> None:
    system = SystemInfo(operating_since=dt.date(2026, 4, 10))
    gate = _gate(_inputs(qms, system=system), "operating_period")
    assert not gate.passed
    assert "2 full months" in gate.reason.en and "2026-07-10" in gate.reason.en
    assert "2026-07-10" in gate.reason.zh
    assert _gate(_inputs(qms, system=system, today=dt.date(2026, 7, 9)),
                 "operating_period").passed is False
    assert _gate(_inputs(qms, system=system, today=dt.date(2026, 7, 10)),
                 "operating_period").passed is True


def test_energy_management_needs_six_months(qms: tuple[Standard, ...]) -> None:
    energy = dataclasses.replace(qms[0], id="iso50001-2018", code="ISO 50001", items=())
    system = SystemInfo(operating_since=dt.date(2026, 1, 10))
    assert _gate(_inputs(qms, system=system), "operating_period").passed
    gate = _gate(_inputs((*qms, energy), system=system), "operating_period")
    assert not gate.passed and "2026-07-10" in gate.reason.en


def test_no_go_live_date_fails_the_operating_period(qms: tuple[Standard, ...]) -> None:
    gate = _gate(_inputs(qms), "operating_period")
    assert not gate.passed and "No go-live date" in gate.reason.en


def test_internal_audit_missing_8_5_at_site_b_fails_then_passes_once_covered(
        qms: tuple[Standard, ...]) -> None:
    rows = coverage_matrix(qms, ("A", "B"), ()).rows
    first = InternalAudit(
        id=1, title="2026 first internal audit", held_from=dt.date(2026, 5, 10),
        coverage=tuple((row, site) for row in rows for site in ("A", "B")
                       if (row, site) != ("iso9001-2015:8.5", "B")))
    gate = _gate(_inputs(qms, audits=(first,)), "internal_audit")
    assert not gate.passed
    assert "ISO 9001:2015 8.5 at site B" in gate.reason.en
    assert "1 clause/site pair(s)" in gate.reason.en
    assert "ISO 9001:2015 8.5（场所：B）" in gate.reason.zh
    assert gate.item_ids == ITEMS_8_5

    follow_up = InternalAudit(id=2, title="supplementary audit", held_from=dt.date(2026, 6, 1),
                              coverage=(("iso9001-2015:8.5", "B"),))
    assert _gate(_inputs(qms, audits=(first, follow_up)), "internal_audit").passed

    planned = dataclasses.replace(follow_up, held_from=None, planned_on=dt.date(2026, 6, 20))
    future = dataclasses.replace(follow_up, held_from=dt.date(2026, 6, 20))
    assert not _gate(_inputs(qms, audits=(first, planned)), "internal_audit").passed
    assert not _gate(_inputs(qms, audits=(first, future)), "internal_audit").passed


def test_no_internal_audit_held_points_at_the_internal_audit_items(
        qms: tuple[Standard, ...]) -> None:
    states = {"iso9001-2015:9.2.2:P1": ItemState("iso9001-2015:9.2.2:P1",
                                                  ItemStatus.NOT_APPLICABLE, justification="x")}
    gate = _gate(_inputs(qms, states=states), "internal_audit")
    assert not gate.passed
    assert "28 clauses at 2 site(s) (56 clause/site pairs)" in gate.reason.en
    assert gate.item_ids == ("iso9001-2015:9.2.1:E", "iso9001-2015:9.2.2:R",
                             "iso9001-2015:9.2.2:C1")


def _full_review(standards: tuple[Standard, ...], held_on: dt.date = dt.date(2026, 5, 20),
                 leave_out: frozenset[str] = frozenset()) -> ManagementReview:
    ids = {i.id for s in standards for i in REQUIRED_INPUTS[s.family]}
    return ManagementReview(id=1, held_on=held_on, chair="总经理",
                            standard_ids=tuple(s.id for s in standards),
                            inputs=frozenset(ids - leave_out))


def test_management_review_missing_a_14001_input_fails_for_14001_only(catalog: Catalog) -> None:
    standards = (catalog.standard("iso9001-2015"), catalog.standard("iso14001-2015"))
    review = _full_review(standards, leave_out=frozenset({"iso14001:9.3.b.3"}))
    gate = _gate(_inputs(standards, reviews=(review,)), "management_review")
    assert not gate.passed
    assert gate.reason.en.startswith("ISO 14001:2015: the review of 2026-05-20 lacks 1 input(s)")
    assert "9.3 b) 3)" in gate.reason.en and "ISO 9001:2015" not in gate.reason.en
    assert "重要环境因素" in gate.reason.zh
    assert gate.item_ids == ("iso14001-2015:9.3:R", "iso14001-2015:9.3:P1")

    complete = _full_review(standards)
    assert _gate(_inputs(standards, reviews=(review, complete)), "management_review").passed


def test_a_review_must_be_held_by_today_and_cover_each_standard(catalog: Catalog) -> None:
    standards = (catalog.standard("iso9001-2015"), catalog.standard("iso14001-2015"))
    later = _full_review(standards, held_on=TODAY + dt.timedelta(days=1))
    gate = _gate(_inputs(standards, reviews=(later,)), "management_review")
    assert not gate.passed and gate.reason.en == "No management review has been held yet."
    qms_only = _full_review(standards[:1])
    gate = _gate(_inputs(standards, reviews=(qms_only,)), "management_review")
    assert not gate.passed
    assert gate.reason.en == "ISO 14001:2015: no held review covers it."


def test_review_inputs_may_be_spread_over_the_reviews_of_the_last_12_months(
        qms: tuple[Standard, ...]) -> None:
    needed = {i.id for i in REQUIRED_INPUTS["iso9001"]}
    first_half = frozenset(i for i in needed if i < "iso9001:9.3.2.c.4")
    march = ManagementReview(id=1, held_on=dt.date(2026, 3, 1), standard_ids=(qms[0].id,),
                             inputs=first_half)
    june = ManagementReview(id=2, held_on=TODAY, standard_ids=(qms[0].id,),
                            inputs=frozenset(needed - first_half))
    assert not _gate(_inputs(qms, reviews=(march,)), "management_review").passed
    # held exactly today: counts, and together the two cover every input
    gate = _gate(_inputs(qms, reviews=(march, june)), "management_review")
    assert gate.passed
    assert "review of 2026-03-01: 9.3.2 a), 9.3.2 b)" in gate.reason.en
    assert "review of 2026-06-15: 9.3.2 c) 4)" in gate.reason.en
    assert "2026-03-01 的评审" in gate.reason.zh
    # a review held tomorrow does not count yet
    tomorrow = dataclasses.replace(june, held_on=TODAY + dt.timedelta(days=1))
    gate = _gate(_inputs(qms, reviews=(march, tomorrow)), "management_review")
    assert not gate.passed
    assert "the review of 2026-03-01 lacks" in gate.reason.en


def test_a_complete_review_held_exactly_today_passes(qms: tuple[Standard, ...]) -> None:
    gate = _gate(_inputs(qms, reviews=(_full_review(qms, held_on=TODAY),)), "management_review")
    assert gate.passed and "review of 2026-06-15" in gate.reason.en


@pytest.mark.parametrize(
    ("held_on", "counts"),
    [(dt.date(2025, 6, 15), True),     # exactly 12 months before today
     (dt.date(2025, 6, 14), False)],   # one day earlier
)
def test_the_review_window_is_12_months_up_to_today(
        qms: tuple[Standard, ...], held_on: dt.date, counts: bool) -> None:
    old = _full_review(qms, held_on=held_on)
    gate = _gate(_inputs(qms, reviews=(old,)), "management_review")
    assert gate.passed is counts
    if not counts:
        assert "no review held since 2025-06-15 covers it" in gate.reason.en
        assert "the last one was on 2025-06-14" in gate.reason.en


def test_a_review_or_audit_before_the_go_live_date_does_not_count(
        qms: tuple[Standard, ...]) -> None:
    system = SystemInfo(operating_since=dt.date(2026, 3, 1))
    early = _full_review(qms, held_on=dt.date(2026, 2, 27))
    gate = _gate(_inputs(qms, reviews=(early,), system=system), "management_review")
    assert not gate.passed
    assert "1 management review(s) held before the go-live date 2026-03-01" in gate.reason.en
    on_the_day = _full_review(qms, held_on=dt.date(2026, 3, 1))
    assert _gate(_inputs(qms, reviews=(on_the_day,), system=system), "management_review").passed
    audit = InternalAudit(id=1, title="early", held_from=dt.date(2026, 2, 20))
    gate = _gate(_inputs(qms, audits=(audit,), system=system), "internal_audit")
    assert "No internal audit has been held yet" in gate.reason.en
    assert "before the go-live date" in gate.reason.en


def test_application_condition_gates_cite_the_2025_rules(qms: tuple[Standard, ...]) -> None:
    gates = {g.id: g for g in evaluate_gates(_inputs(qms))}
    for gate_id in ("operating_period", "internal_audit", "management_review",
                    "reapplication_bar"):
        source = gates[gate_id].source
        assert "CNCA-QMS-01:2025" in source.en and "CNCA-QMS-01:2025" in source.zh, gate_id
    assert "5.1.2" in gates["operating_period"].source.zh


def test_a_suspension_in_the_last_year_bars_a_new_application(
        qms: tuple[Standard, ...]) -> None:
    cert = Certificate(id=1, standard_id=qms[0].id, number="26Q1", issued_on=dt.date(2024, 1, 5),
                       events=(CertificateEvent(CertificateEventKind.SUSPENDED,
                                                dt.date(2025, 6, 16)),
                               CertificateEvent(CertificateEventKind.WITHDRAWN,
                                                dt.date(2025, 9, 16))))
    gate = _gate(_inputs(qms, certificates=(cert,)), "reapplication_bar")
    assert not gate.passed
    assert gate.reason.en.startswith(
        "ISO 9001:2015 certificate 26Q1 suspended on 2025-06-16: a new application is "
        "possible from 2026-06-16; ISO 9001:2015 certificate 26Q1 withdrawn on 2025-09-16")
    assert "own reasons" in gate.reason.en and "被暂停" in gate.reason.zh
    # a year after the withdrawal the bar is lifted
    later = _gate(_inputs(qms, certificates=(cert,), today=dt.date(2026, 9, 16)),
                  "reapplication_bar")
    assert later.passed
    cancelled = dataclasses.replace(cert, events=(
        CertificateEvent(CertificateEventKind.CANCELLED, TODAY),))
    gate = _gate(_inputs(qms, certificates=(cancelled,)), "reapplication_bar")
    assert not gate.passed and "cancelled on 2026-06-15" in gate.reason.en


def test_climate_decision_dated_exactly_today_passes(qms: tuple[Standard, ...]) -> None:
    today = SystemInfo(climate_relevant=True, climate_decided_on=TODAY)
    assert _gate(_inputs(qms, system=today), "climate_decision").passed
    tomorrow = SystemInfo(climate_relevant=True,
                          climate_decided_on=TODAY + dt.timedelta(days=1))
    assert not _gate(_inputs(qms, system=tomorrow), "climate_decision").passed


def test_climate_decision_needs_a_recorded_dated_decision(qms: tuple[Standard, ...]) -> None:
    gate = _gate(_inputs(qms), "climate_decision")
    assert not gate.passed
    assert gate.item_ids == ("iso9001-2015:4.1:E2", "iso9001-2015:4.2:E2")
    undated = SystemInfo(climate_relevant=True)
    assert not _gate(_inputs(qms, system=undated), "climate_decision").passed
    decided = SystemInfo(climate_relevant=False, climate_decided_on=dt.date(2026, 3, 2),
                         climate_rationale="Office work only")
    gate = _gate(_inputs(qms, system=decided), "climate_decision")
    assert gate.passed
    assert gate.reason.en == "Decided on 2026-03-02: climate change is not a relevant issue."


def test_mandatory_documented_information_lists_what_is_not_ready(
        qms: tuple[Standard, ...]) -> None:
    mandatory = [i.id for i in qms[0].checklist() if i.kind.is_mandatory_documented]
    assert len(mandatory) == 27
    states = {i: ItemState(i, ItemStatus.READY) for i in mandatory}
    states["iso9001-2015:8.3.2:R"] = ItemState("iso9001-2015:8.3.2:R", ItemStatus.IN_PROGRESS)
    gate = _gate(_inputs(qms, states=states), "mandatory_documented")
    assert not gate.passed
    assert gate.item_ids == ("iso9001-2015:8.3.2:R",)
    assert "1 of 27" in gate.reason.en

    states["iso9001-2015:8.3.2:R"] = ItemState("iso9001-2015:8.3.2:R", ItemStatus.NOT_APPLICABLE,
                                               justification="no design and development")
    gate = _gate(_inputs(qms, states=states), "mandatory_documented")
    assert gate.passed and "All 26" in gate.reason.en


def test_an_open_major_nonconformity_fails_until_closed(qms: tuple[Standard, ...]) -> None:
    major = Finding(id=4, audit_id=1, grade=FindingGrade.MAJOR, clause_id="iso9001-2015:8.5",
                    site="B", statement="No traceability for batch 2605")
    minor = Finding(id=5, audit_id=1, grade=FindingGrade.MINOR, statement="Late record")
    gate = _gate(_inputs(qms, findings=(major, minor)), "no_open_major")
    assert not gate.passed
    assert gate.reason.en.startswith(
        "1 major nonconformity is still open: #4 (ISO 9001:2015 8.5, site B). Correct it")
    assert gate.item_ids == ITEMS_8_5

    closed = dataclasses.replace(major, closed_on=dt.date(2026, 6, 1))
    gate = _gate(_inputs(qms, findings=(closed, minor)), "no_open_major")
    assert gate.passed and "open minor nonconformities: 1" in gate.reason.en


def test_an_auditor_auditing_their_own_department_is_warned_about() -> None:
    audit = InternalAudit(
        id=1, title="2026 内审", auditees=("生产部", "品质部 "),
        auditors=(Auditor("张伟", "品质部"), Auditor("李娜", "行政部"), Auditor("王芳")))
    warnings = independence_warnings([audit, InternalAudit(id=2, title="other")])
    assert len(warnings) == 1
    assert isinstance(warnings[0], Text)
    assert "张伟 (品质部)" in warnings[0].en and "9.2.2 c" in warnings[0].en
    assert "张伟（品质部）审核本部门" in warnings[0].zh
