"""Find and filter rules: words in both languages, state filters, clauses on text only."""

from __future__ import annotations

import datetime as dt

from desktop.domain.find import DueFilter, FindFilters, build_entry, matches, matching_ids
from desktop.domain.model import CatalogItem, ItemKind, ItemState, ItemStatus, Text

TODAY = dt.date(2026, 11, 22)
CLAUSE = CatalogItem("s:7.1.5", "s", "7.1.5", ItemKind.CLAUSE, "s:7.1",
                     Text("Monitoring and measuring resources", "监视和测量资源"),
                     Text("Resources for valid results", "确保结果有效的资源"))
RECORD = CatalogItem("s:7.1.5.1:R", "s", "7.1.5.1", ItemKind.RETAIN, "s:7.1.5",
                     Text("Calibration records", "校准记录"),
                     Text("Evidence of fitness for purpose", "适合用途的证据"),
                     guidance=Text("Look at the calibration labels", "查看校准标识"))
OTHER = CatalogItem("t:7.1.5.1:E", "t", "7.1.5.1", ItemKind.EVIDENCE, "t:7.1.5",
                    Text("Measuring equipment list", "测量设备清单"),
                    Text("A list of instruments", "仪器清单"))


def entries(states: dict[str, ItemState] | None = None,
            files: dict[str, dict[int, str]] | None = None,
            expired: tuple[str, ...] = ()) -> list:
    states = states or {}
    files = files or {}
    return [build_entry(i.id, (i,), states, files, expired) for i in (CLAUSE, RECORD, OTHER)]


def test_every_word_must_match_in_either_language_and_case() -> None:
    found = entries()
    assert matching_ids(found, FindFilters("7.1.5"), TODAY) == {CLAUSE.id, RECORD.id, OTHER.id}
    assert matching_ids(found, FindFilters("7.1.5.1 CALIBRATION"), TODAY) == {RECORD.id}
    assert matching_ids(found, FindFilters("校准"), TODAY) == {RECORD.id}
    assert matching_ids(found, FindFilters("标识"), TODAY) == {RECORD.id}  # guidance
    assert matching_ids(found, FindFilters("监视"), TODAY) == {CLAUSE.id}
    assert matching_ids(found, FindFilters("nothing like this"), TODAY) == set()


def test_owner_notes_and_evidence_names_are_searchable() -> None:
    states = {RECORD.id: ItemState(RECORD.id, owner="品质部 王敏", notes="Lab in building B")}
    found = entries(states, {OTHER.id: {4: "设备台账 2026.xlsx"}})
    assert matching_ids(found, FindFilters("王敏"), TODAY) == {RECORD.id}
    assert matching_ids(found, FindFilters("building b"), TODAY) == {RECORD.id}
    assert matching_ids(found, FindFilters("台账"), TODAY) == {OTHER.id}


def test_state_filters_never_match_clause_headings() -> None:
    found = entries()
    assert matching_ids(found, FindFilters(status=ItemStatus.NOT_STARTED), TODAY) == {
        RECORD.id, OTHER.id}
    assert matching_ids(found, FindFilters(mandatory_only=True), TODAY) == {RECORD.id}


def test_owner_filter_contains_mine_and_blank_means_unassigned() -> None:
    found = entries({RECORD.id: ItemState(RECORD.id, owner="品质部 王敏")})
    assert matching_ids(found, FindFilters(owner="王敏"), TODAY) == {RECORD.id}
    assert matching_ids(found, FindFilters(owner=""), TODAY) == {OTHER.id}


def test_due_and_overdue_count_only_open_items() -> None:
    states = {
        RECORD.id: ItemState(RECORD.id, ItemStatus.IN_PROGRESS, due_date=TODAY - dt.timedelta(1)),
        OTHER.id: ItemState(OTHER.id, due_date=TODAY + dt.timedelta(10)),
    }
    found = entries(states)
    assert matching_ids(found, FindFilters(due=DueFilter.OVERDUE), TODAY) == {RECORD.id}
    assert matching_ids(found, FindFilters(due=DueFilter.DUE), TODAY) == {RECORD.id, OTHER.id}
    done = {RECORD.id: ItemState(RECORD.id, ItemStatus.READY, due_date=TODAY - dt.timedelta(1))}
    assert matching_ids(entries(done), FindFilters(due=DueFilter.OVERDUE), TODAY) == set()
    far = {OTHER.id: ItemState(OTHER.id, due_date=TODAY + dt.timedelta(40))}
    assert matching_ids(entries(far), FindFilters(due=DueFilter.DUE), TODAY) == set()


def test_evidence_filters() -> None:
    found = entries(files={RECORD.id: {1: "a.pdf"}}, expired=(RECORD.id,))
    assert matching_ids(found, FindFilters(no_evidence=True), TODAY) == {OTHER.id}
    assert matching_ids(found, FindFilters(expired_evidence=True), TODAY) == {RECORD.id}


def test_shared_entry_matches_when_any_target_does() -> None:
    states = {OTHER.id: ItemState(OTHER.id, ItemStatus.NOT_APPLICABLE, "no lab", owner="陈刚")}
    shared = build_entry("ims:7.1.5", (RECORD, OTHER), states, {}, (),
                         ("7.1.5", "Shared resources", "共享资源"))
    assert matches(shared, FindFilters(status=ItemStatus.NOT_APPLICABLE), TODAY)
    assert matches(shared, FindFilters(status=ItemStatus.NOT_STARTED), TODAY)
    assert matches(shared, FindFilters("共享 陈刚"), TODAY)
    assert not matches(shared, FindFilters(status=ItemStatus.READY), TODAY)


def test_no_filter_matches_everything_and_is_inactive() -> None:
    assert not FindFilters("  ").active
    assert FindFilters(no_evidence=True).active
    assert len(matching_ids(entries(), FindFilters(), TODAY)) == 3
