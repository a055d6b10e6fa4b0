"""The bundled knowledge base covers the three standards completely, in both languages."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from desktop.catalog import load_catalog
from desktop.domain.model import Basis, Catalog, ChangeKind, FreshnessRule, ItemKind

from .reference import CLAUSES, MANDATORY, NATIONAL

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def test_the_three_standards_load_in_display_order(catalog: Catalog) -> None:
    assert [s.code for s in catalog.standards if s.edition in ("2015", "2018")] == [
        "ISO 9001", "ISO 14001", "ISO 45001"]
    codes = [s.code for s in catalog.standards]
    assert codes == sorted(codes, key=["ISO 9001", "ISO 14001", "ISO 45001"].index)
    for sid, national in NATIONAL.items():
        std = catalog.standard(sid)
        assert std.national == national
        assert "Amd 1:2024" in std.amendments
        assert std.status == "published"


def test_clause_counts_per_standard_and_edition(catalog: Catalog) -> None:
    counts = {s.id: sum(1 for i in s.items if i.kind is ItemKind.CLAUSE)
              for s in catalog.standards}
    assert counts == {
        "iso9001-2015": 91, "iso9001-2026": 92,
        "iso14001-2015": 45, "iso14001-2026": 49,
        "iso45001-2018": 56,
    }
    # One item per row of the mandatory documented information tables ("M + R" gives two).
    mandatory = {s.id: sum(1 for i in s.checklist() if i.kind.is_mandatory_documented)
                 for s in catalog.standards}
    assert mandatory == {
        "iso9001-2015": 27, "iso9001-2026": 27,
        "iso14001-2015": 15, "iso14001-2026": 15,
        "iso45001-2018": 23,
    }


@pytest.mark.parametrize("standard_id", list(CLAUSES))
def test_every_clause_is_present(catalog: Catalog, standard_id: str) -> None:
    std = catalog.standard(standard_id)
    clauses = [i.clause for i in std.items if i.kind is ItemKind.CLAUSE]
    assert sorted(clauses) == sorted(CLAUSES[standard_id])


@pytest.mark.parametrize("standard_id", list(MANDATORY))
def test_every_mandatory_documented_information_row_is_an_item(
    catalog: Catalog, standard_id: str
) -> None:
    std = catalog.standard(standard_id)
    found = Counter((i.clause, i.kind.value) for i in std.items if i.kind.is_mandatory_documented)
    expected = Counter((clause, kind) for clause, kinds in MANDATORY[standard_id] for kind in kinds)
    assert found == expected


@pytest.mark.parametrize("standard_id", list(CLAUSES))
def test_every_leaf_clause_has_a_checklist_item(catalog: Catalog, standard_id: str) -> None:
    std = catalog.standard(standard_id)
    parents = {i.parent for i in std.items}
    for item in std.items:
        if item.kind is ItemKind.CLAUSE and item.id in parents:
            continue
        if item.kind is ItemKind.CLAUSE:
            pytest.fail(f"{item.id} has no checklist item")


def test_climate_amendment_items_exist_under_4_1_and_4_2(catalog: Catalog) -> None:
    for std in catalog.standards:
        if "Amd 1:2024" in std.amendments:
            amended = {i.clause for i in std.items if i.amendment == "Amd 1:2024"}
            assert {"4.1", "4.2"} <= amended, std.id
        else:  # a later edition has the climate text in its own 4.1/4.2
            assert {"4.1", "4.2"} <= {i.clause for i in std.checklist()
                                      if i.id.endswith(":E2")}, std.id
            assert not any(i.amendment for i in std.items), std.id


def test_every_text_is_bilingual_and_chinese_is_chinese(catalog: Catalog) -> None:
    for std in catalog.standards:
        for item in std.items:
            for text in (item.title, item.description):
                assert text.en.strip() and text.zh.strip(), item.id
                assert CJK.search(text.zh), f"{item.id}: zh text has no Chinese: {text.zh!r}"


def test_no_two_items_share_a_description(catalog: Catalog) -> None:
    """Copy-paste guard; an entry carried over unchanged into a later edition is the same item."""
    seen: dict[str, str] = {}
    for std in catalog.standards:
        for item in std.items:
            if item.origin and item.description == catalog.item(item.origin).description:
                continue
            for text in (item.description.en, item.description.zh):
                key = " ".join(text.lower().split())
                assert key not in seen, f"{item.id} repeats the description of {seen.get(key)}"
                seen[key] = item.id


def test_every_checklist_item_carries_its_knowledge_in_both_languages(catalog: Catalog) -> None:
    for std in catalog.standards:
        for item in std.checklist():
            assert item.guidance is not None, item.id
            assert 2 <= len(item.questions) <= 5, item.id
            assert 1 <= len(item.typical_evidence) <= 8, item.id
            for text in (item.guidance, *item.questions, *item.typical_evidence):
                assert text.en.strip() and CJK.search(text.zh), item.id


@pytest.mark.parametrize("standard_id", list(CLAUSES))
def test_certification_body_lists_are_items_never_labelled_as_required(
    catalog: Catalog, standard_id: str
) -> None:
    std = catalog.standard(standard_id)
    requested = [i for i in std.checklist() if i.basis is Basis.CB_REQUESTED]
    assert len(requested) >= 8
    assert all(i.kind is ItemKind.EVIDENCE for i in requested)
    assert any(i.basis is Basis.RECOMMENDED for i in std.checklist())


def test_freshness_rules_where_evidence_goes_stale(catalog: Catalog) -> None:
    rules = {i.id: i.freshness for s in catalog.standards for i in s.checklist() if i.freshness}
    calibration = rules["iso9001-2015:7.1.5.1:R"]
    assert calibration is not None
    assert (calibration.rule, calibration.months) == (FreshnessRule.INTERVAL, 12)
    drills = rules["iso14001-2015:8.2:M"] or rules.get("iso45001-2018:8.2:R")
    assert drills is not None
    for freshness in rules.values():
        assert CJK.search(freshness.text.zh)
        assert (freshness.months is None) == (freshness.rule is FreshnessRule.LATEST)


def test_every_seed_pitfall_warns_on_some_item(catalog: Catalog) -> None:
    used = {p for s in catalog.standards for i in s.checklist() for p in i.pitfalls}
    assert set(catalog.pitfalls) <= used
    assert "consultant-internal-audit" in catalog.item("iso9001-2015:9.2.2:R").pitfalls


def test_integrated_map_reaches_every_standard(catalog: Catalog) -> None:
    review = next(r for r in catalog.shared if r.id == "ims:9.3:R")
    owners = {catalog.item(t).standard_id for t in review.targets}
    assert owners == {s.id for s in catalog.standards}
    for req in catalog.shared:
        assert len({catalog.item(t).standard_id for t in req.targets}) >= 2, req.id
        assert CJK.search(req.title.zh) and CJK.search(req.description.zh)
    assert set(catalog.shared_clauses) == {"4", "5", "6", "7", "8", "9", "10"}


def test_iso_14001_2026_transition_lists_the_new_clauses(catalog: Catalog) -> None:
    new = catalog.standard("iso14001-2026")
    assert new.status == "published" and new.status_note is not None
    transition = catalog.transition("iso14001-2015", "iso14001-2026")
    added = {e.to_clause for e in transition.entries if e.change is ChangeKind.NEW}
    assert {"6.1.4", "6.3"} <= added
    moved = {(e.from_clause, e.to_clause) for e in transition.entries
             if e.change is ChangeKind.MOVED}
    assert ("6.1.4", "6.1.5") in moved
    draft = catalog.standard("iso9001-2026")
    assert draft.status == "draft" and draft.status_note is not None


@pytest.mark.parametrize(("new_id", "base_id", "moves"), [
    ("iso9001-2026", "iso9001-2015", {}),
    ("iso14001-2026", "iso14001-2015", {"9.3": "9.3.3"}),
])
def test_new_editions_keep_every_mandatory_documented_information_item(
    catalog: Catalog, new_id: str, base_id: str, moves: dict[str, str]
) -> None:
    std = catalog.standard(new_id)
    found = Counter((i.clause, i.kind.value) for i in std.items if i.kind.is_mandatory_documented)
    expected = Counter((moves.get(clause, clause), kind)
                       for clause, kinds in MANDATORY[base_id] for kind in kinds)
    assert expected - found == Counter(), f"{new_id} lost mandatory items"
