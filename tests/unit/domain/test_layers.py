"""Readiness layers follow docs/reference.md "How readiness is computed" (desktop.domain.layers)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.layers import (
    ExpiredEvidence,
    add_months,
    integrated_layers,
    item_layers,
    standard_layers,
)
from desktop.domain.model import (
    Catalog,
    CatalogItem,
    Evidence,
    Freshness,
    FreshnessRule,
    ItemKind,
    ItemState,
    ItemStatus,
    Standard,
    Text,
)
from desktop.domain.records import EvidenceMeta, EvidenceNature, LayerShares

TODAY = dt.date(2026, 6, 15)
LIVE = dt.date(2025, 12, 1)
DOC, REC = EvidenceNature.DOCUMENT, EvidenceNature.RECORD


def _fresh(rule: FreshnessRule, months: int | None) -> Freshness:
    return Freshness(rule, months, Text("rule", "规则"))


def _item(item_id: str, clause: str, kind: ItemKind, fresh: Freshness | None = None,
          std: str = "t") -> CatalogItem:
    return CatalogItem(id=item_id, standard_id=std, clause=clause, kind=kind,
                       parent=f"{std}:{clause}", title=Text(item_id, item_id),
                       description=Text("", ""), freshness=fresh)


def _evidence(evidence_id: int, *item_ids: str) -> Evidence:
    return Evidence(id=evidence_id, sha256=f"{evidence_id:064x}", name=f"{evidence_id}.pdf",
                    size=1, media_type="application/pdf",
                    added_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), item_ids=item_ids)


def _ready(*item_ids: str) -> dict[str, ItemState]:
    return {i: ItemState(i, ItemStatus.READY) for i in item_ids}


# The brief's standard of three items:
# - a mandatory maintained document (policy), approved -> documented
# - a retained record covering the last 5 months -> implemented and sustained
# - an evidence item whose calibration record is older than its 12-month interval
POLICY = _item("t:5.2:M", "5.2", ItemKind.MAINTAIN, _fresh(FreshnessRule.LATEST, None))
RESULTS = _item("t:9.1.1:R", "9.1.1", ItemKind.RETAIN, _fresh(FreshnessRule.WITHIN, 12))
CALIBRATION = _item("t:7.1.5:E", "7.1.5", ItemKind.EVIDENCE, _fresh(FreshnessRule.INTERVAL, 12))
STANDARD = Standard(id="t", code="ISO T", edition="2015", amendments=(), national="",
                    system="QMS", title=Text("T", "T"), items=(POLICY, RESULTS, CALIBRATION))

EVIDENCE = {
    POLICY.id: [_evidence(1, POLICY.id)],
    RESULTS.id: [_evidence(2, RESULTS.id)],
    CALIBRATION.id: [_evidence(3, CALIBRATION.id)],
}
META = {
    1: EvidenceMeta(1, DOC, version="A/1", approved_on=dt.date(2025, 11, 20),
                    effective_from=dt.date(2025, 12, 1)),
    2: EvidenceMeta(2, REC, effective_from=dt.date(2026, 1, 15), effective_to=dt.date(2026, 6, 8)),
    3: EvidenceMeta(3, REC, effective_from=dt.date(2025, 1, 10)),
}


def test_three_items_give_exact_weighted_shares_and_report_the_expired_calibration() -> None:
    layers = standard_layers(STANDARD, _ready(POLICY.id, RESULTS.id, CALIBRATION.id),
                             EVIDENCE, META, TODAY, LIVE)

    policy, results, calibration = layers.items
    assert (policy.documented, policy.implemented, policy.sustained) == (True, None, None)
    assert (results.documented, results.implemented, results.sustained) == (None, True, True)
    assert (calibration.documented, calibration.implemented, calibration.sustained) == (
        None, False, False)
    # documented: only the policy (weight 2) applies and is met: 2/2.
    # implemented and sustained: records (2, met) + calibration (1, not met): 2/3.
    # overall: all three are "ready": 5/5.
    assert layers.shares == LayerShares(documented=1.0, implemented=2 / 3, sustained=2 / 3,
                                        overall=1.0)
    # Calibrated 2025-01-10 under "every 12 months": counted through 2026-01-10.
    assert layers.expired == (ExpiredEvidence(CALIBRATION.id, 3, dt.date(2026, 1, 11)),)


def test_ready_without_stated_nature_counts_overall_but_for_no_layer() -> None:
    no_meta = standard_layers(STANDARD, _ready(POLICY.id, RESULTS.id, CALIBRATION.id),
                              EVIDENCE, {}, TODAY, LIVE)
    assert no_meta.shares == LayerShares(0.0, 0.0, 0.0, 1.0)
    unstated = {1: EvidenceMeta(1, None, approved_on=dt.date(2025, 11, 20))}
    assert item_layers(POLICY, ItemState(POLICY.id, ItemStatus.READY), EVIDENCE[POLICY.id],
                       unstated, TODAY, LIVE).documented is False


def test_a_not_ready_item_meets_no_layer_even_with_good_evidence() -> None:
    states = _ready(POLICY.id, CALIBRATION.id)
    states[RESULTS.id] = ItemState(RESULTS.id, ItemStatus.IN_PROGRESS)
    layers = standard_layers(STANDARD, states, EVIDENCE, META, TODAY, LIVE)
    # implemented: results (2) not met, calibration (1) expired: 0/3; overall 3/5.
    assert layers.shares == LayerShares(documented=1.0, implemented=0.0, sustained=0.0,
                                        overall=3 / 5)


def test_not_applicable_items_leave_every_denominator() -> None:
    states = _ready(POLICY.id, RESULTS.id)
    states[CALIBRATION.id] = ItemState(CALIBRATION.id, ItemStatus.NOT_APPLICABLE,
                                       justification="no measuring equipment")
    layers = standard_layers(STANDARD, states, EVIDENCE, META, TODAY, LIVE)
    assert layers.shares == LayerShares(1.0, 1.0, 1.0, 1.0)
    assert layers.item(CALIBRATION.id).applicable is False
    assert layers.expired == ()


def test_nothing_applicable_gives_zero_not_a_division_error() -> None:
    states = {i.id: ItemState(i.id, ItemStatus.NOT_APPLICABLE, justification="x")
              for i in STANDARD.items}
    assert standard_layers(STANDARD, states, {}, {}, TODAY, LIVE).shares == LayerShares(
        0.0, 0.0, 0.0, 0.0)


def test_documents_count_only_once_approved_on_or_before_today() -> None:
    state = ItemState(POLICY.id, ItemStatus.READY)
    draft = {1: EvidenceMeta(1, DOC, version="B/0")}
    future = {1: EvidenceMeta(1, DOC, approved_on=TODAY + dt.timedelta(days=1))}
    today = {1: EvidenceMeta(1, DOC, approved_on=TODAY)}
    ev = EVIDENCE[POLICY.id]
    assert item_layers(POLICY, state, ev, draft, TODAY, LIVE).documented is False
    assert item_layers(POLICY, state, ev, future, TODAY, LIVE).documented is False
    assert item_layers(POLICY, state, ev, today, TODAY, LIVE).documented is True


def test_latest_rule_keeps_only_the_newest_approved_version() -> None:
    state = ItemState(POLICY.id, ItemStatus.READY)
    evidence = [_evidence(1, POLICY.id), _evidence(4, POLICY.id)]
    meta = {
        1: EvidenceMeta(1, DOC, version="A/1", approved_on=dt.date(2025, 11, 20)),
        4: EvidenceMeta(4, DOC, version="A/2", approved_on=dt.date(2026, 5, 1)),
    }
    layers = item_layers(POLICY, state, evidence, meta, TODAY, LIVE)
    assert layers.documented is True
    assert layers.expired == (ExpiredEvidence(POLICY.id, 1, dt.date(2026, 5, 1), superseded=True),)

    # The newest version is past its review date: the older one does not stand in for it.
    meta[4] = EvidenceMeta(4, DOC, approved_on=dt.date(2026, 5, 1), review_by=dt.date(2026, 6, 1))
    layers = item_layers(POLICY, state, evidence, meta, TODAY, LIVE)
    assert layers.documented is False
    assert {(e.evidence_id, e.expired_on, e.superseded) for e in layers.expired} == {
        (1, dt.date(2026, 5, 1), True), (4, dt.date(2026, 6, 2), False)}


def test_review_by_overrides_the_freshness_rule_and_counts_through_that_day() -> None:
    state = ItemState(RESULTS.id, ItemStatus.READY)
    ev = EVIDENCE[RESULTS.id]
    on_day = {2: EvidenceMeta(2, REC, effective_from=dt.date(2026, 1, 15), review_by=TODAY)}
    day_before = {2: EvidenceMeta(2, REC, effective_from=dt.date(2026, 1, 15),
                                  review_by=TODAY - dt.timedelta(days=1))}
    assert item_layers(RESULTS, state, ev, on_day, TODAY, LIVE).implemented is True
    expired = item_layers(RESULTS, state, ev, day_before, TODAY, LIVE)
    assert expired.implemented is False
    assert expired.expired == (ExpiredEvidence(RESULTS.id, 2, TODAY),)


def test_within_rule_counts_a_record_through_the_same_day_n_months_later() -> None:
    state = ItemState(RESULTS.id, ItemStatus.READY)
    ev = EVIDENCE[RESULTS.id]
    meta = {2: EvidenceMeta(2, REC, effective_from=dt.date(2025, 1, 1),
                            effective_to=dt.date(2025, 6, 15))}
    assert item_layers(RESULTS, state, ev, meta, TODAY, LIVE).implemented is True
    tomorrow = TODAY + dt.timedelta(days=1)
    later = item_layers(RESULTS, state, ev, meta, tomorrow, LIVE)
    assert later.implemented is False
    assert later.expired == (ExpiredEvidence(RESULTS.id, 2, tomorrow),)


def test_records_without_a_start_date_do_not_count() -> None:
    meta = {2: EvidenceMeta(2, REC)}
    layers = item_layers(RESULTS, ItemState(RESULTS.id, ItemStatus.READY), EVIDENCE[RESULTS.id],
                         meta, TODAY, LIVE)
    assert (layers.implemented, layers.sustained) == (False, False)


@pytest.mark.parametrize(("first_record", "live", "sustained"), [
    (dt.date(2026, 3, 15), dt.date(2026, 3, 15), True),   # exactly 3 months of both
    (dt.date(2026, 3, 16), LIVE, False),                  # records 1 day short of 3 months
    (dt.date(2026, 1, 15), dt.date(2026, 4, 15), False),  # system live only 2 months
    (dt.date(2026, 1, 15), None, False),                  # go-live date not recorded
])
def test_sustained_needs_three_months_of_records_and_of_operation(
        first_record: dt.date, live: dt.date | None, sustained: bool) -> None:
    meta = {2: EvidenceMeta(2, REC, effective_from=first_record, effective_to=dt.date(2026, 6, 1))}
    layers = item_layers(RESULTS, ItemState(RESULTS.id, ItemStatus.READY), EVIDENCE[RESULTS.id],
                         meta, TODAY, live)
    assert layers.implemented is True
    assert layers.sustained is sustained


def test_documented_applies_to_evidence_items_only_when_a_document_is_linked() -> None:
    state = ItemState(CALIBRATION.id, ItemStatus.READY)
    ev = [_evidence(5, CALIBRATION.id)]
    record = {5: EvidenceMeta(5, REC, effective_from=dt.date(2026, 2, 1))}
    document = {5: EvidenceMeta(5, DOC, approved_on=dt.date(2026, 2, 1))}
    assert item_layers(CALIBRATION, state, ev, record, TODAY, LIVE).documented is None
    both = item_layers(CALIBRATION, state, ev, document, TODAY, LIVE)
    # A procedure alone shows the item is written down, not that it runs.
    assert (both.documented, both.implemented) == (True, False)


def test_clause_shares_and_integrated_shares_weigh_every_item() -> None:
    other = Standard(
        id="u", code="ISO U", edition="2018", amendments=(), national="", system="EMS",
        title=Text("U", "U"),
        items=(_item("u:9.1.1:E", "9.1.1", ItemKind.EVIDENCE, std="u"),))
    states = _ready(POLICY.id, RESULTS.id, CALIBRATION.id)
    first = standard_layers(STANDARD, states, EVIDENCE, META, TODAY, LIVE)
    second = standard_layers(other, {}, {}, {}, TODAY, LIVE)
    assert first.clause_shares("9") == LayerShares(0.0, 1.0, 1.0, 1.0)
    assert first.clause_shares("7.1") == LayerShares(0.0, 0.0, 0.0, 1.0)
    assert first.clause_shares("9.1.1") == first.clause_shares("9.1")
    # implemented: 2 (met) of 2 + 1 + 1; overall: 5 (ready) of 5 + 1.
    assert integrated_layers([first, second]) == LayerShares(
        documented=1.0, implemented=2 / 4, sustained=2 / 4, overall=5 / 6)


@pytest.mark.parametrize(("day", "months", "expected"), [
    (dt.date(2026, 5, 31), -3, dt.date(2026, 2, 28)),
    (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
    (dt.date(2025, 11, 30), 3, dt.date(2026, 2, 28)),
    (dt.date(2026, 1, 15), -13, dt.date(2024, 12, 15)),
])
def test_add_months_keeps_the_day_or_falls_back_to_the_month_end(
        day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_real_catalog_ready_without_evidence_is_ready_but_not_documented(
        catalog: Catalog) -> None:
    std = catalog.standard("iso9001-2015")
    states = _ready(*(i.id for i in std.checklist()))
    layers = standard_layers(std, states, {}, {}, TODAY, LIVE)
    assert layers.shares == LayerShares(0.0, 0.0, 0.0, 1.0)
    # every maintain item is in the documented layer; none is met without a document
    assert sum(1 for i in layers.items if i.documented is not None) == sum(
        1 for i in std.checklist() if i.kind is ItemKind.MAINTAIN)
