"""What the knowledge base presents as a requirement is what the standard requires.

Evidence items demonstrate a clause; only maintain/retain items are required.
Freshness rules say whose rule they are. Untitled sub-clauses are marked as
ours. Interpretation is marked as such and dated statements cite a source.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.catalog import parse_standard
from desktop.domain.model import (
    Basis,
    Catalog,
    FreshnessBasis,
    FreshnessRule,
    ItemKind,
    Text,
)
from desktop.errors import CatalogError
from desktop.paths import resource

UNTITLED_9001 = {"4.4.1", "4.4.2", "6.1.1", "6.1.2", "6.2.1", "6.2.2", "7.5.3.1", "7.5.3.2",
                 "8.2.3.1", "8.2.3.2", "8.7.1", "8.7.2", "9.2.1", "9.2.2", "10.2.1", "10.2.2"}


def _texts(catalog: Catalog) -> list[tuple[str, Text]]:
    """Every user-facing text of the catalog with the place it comes from."""
    found: list[tuple[str, Text]] = []
    for std in catalog.standards:
        found.append((std.id, std.title))
        if std.status_note is not None:
            found.append((f"{std.id} status", std.status_note))
        for item in std.items:
            texts = [item.title, item.description, item.guidance, *item.questions,
                     *item.typical_evidence,
                     item.freshness.text if item.freshness else None]
            found += [(item.id, t) for t in texts if t is not None]
    for transition in catalog.transitions:
        found.append((f"{transition.from_id}->{transition.to_id}", transition.period))
        found += [(f"{transition.to_id} {c.to_clause}", c.note) for c in transition.entries]
    return found


def test_no_evidence_item_is_presented_as_required(catalog: Catalog) -> None:
    for std in catalog.standards:
        for item in std.checklist():
            if item.kind.is_mandatory_documented:
                assert item.basis is Basis.REQUIRED, item.id
            else:
                assert item.basis is not Basis.REQUIRED, item.id


@pytest.mark.parametrize("item_id", [
    "iso9001-2015:7.5.3.2:E", "iso9001-2015:4.4.1:E", "iso14001-2015:4.4:E",
    "iso14001-2015:9.2.1:E", "iso45001-2018:4.4:E", "iso9001-2015:6.1.1:E"])
def test_named_evidence_items_demonstrate_their_clause(catalog: Catalog, item_id: str) -> None:
    item = catalog.item(item_id)
    assert item.basis is Basis.DEMONSTRATES
    said = item.basis.describe(item.clause)
    assert f"clause {item.clause} is met" in said.en and item.clause in said.zh
    assert "no specific document is required" in said.en
    for line in (item.title, *item.typical_evidence):
        if re.search(r"manual|procedure", line.en, re.I):
            assert "example" in line.en, (item_id, line.en)
            assert re.search("示例|例如", line.zh), (item_id, line.zh)


def test_manuals_and_procedures_appear_only_as_examples(catalog: Catalog) -> None:
    for std in catalog.standards:
        for item in std.checklist():
            if item.basis not in (Basis.REQUIRED, Basis.DEMONSTRATES):
                continue  # recommended / cb_requested items are about such documents
            for line in item.typical_evidence:
                if re.search(r"manual|procedure", line.en, re.I):
                    assert "example" in line.en, (item.id, line.en)


def test_a_standard_file_cannot_call_an_evidence_item_required() -> None:
    raw = {
        "format": 1, "id": "x-1", "code": "X", "edition": "1", "system": "QMS",
        "title": {"en": "X", "zh": "X"},
        "items": [
            {"clause": "4", "kind": "clause", "title": {"en": "A", "zh": "甲"},
             "description": {"en": "A", "zh": "甲"}},
            {"clause": "4", "kind": "evidence", "basis": "required",
             "title": {"en": "B", "zh": "乙"}, "description": {"en": "B", "zh": "乙"}},
        ],
    }
    with pytest.raises(CatalogError, match="demonstrates a requirement"):
        parse_standard(raw, source="x.toml")
    del raw["items"][1]["basis"]  # type: ignore[attr-defined]
    std = parse_standard(raw, source="x.toml")
    assert std.items[1].basis is Basis.DEMONSTRATES


def _one_item_file(freshness: dict[str, object]) -> dict[str, object]:
    return {
        "format": 1, "id": "x-1", "code": "X", "edition": "1", "system": "QMS",
        "title": {"en": "X", "zh": "X"},
        "items": [
            {"clause": "4", "kind": "clause", "title": {"en": "A", "zh": "甲"},
             "description": {"en": "A", "zh": "甲"}},
            {"clause": "4", "kind": "retain", "title": {"en": "B", "zh": "乙"},
             "description": {"en": "B", "zh": "乙"}, "freshness": freshness},
        ],
    }


def test_a_freshness_rule_must_say_whose_rule_it_is() -> None:
    base = {"rule": "interval", "months": 12, "en": "Yearly", "zh": "每年"}
    with pytest.raises(CatalogError, match="freshness basis"):
        parse_standard(_one_item_file(base), source="x.toml")
    with pytest.raises(CatalogError, match="citation"):
        parse_standard(_one_item_file({**base, "basis": "regulation"}), source="x.toml")
    with pytest.raises(CatalogError, match="citation"):
        parse_standard(_one_item_file({**base, "basis": "organization",
                                       "citation": {"en": "a", "zh": "b"}}), source="x.toml")
    std = parse_standard(_one_item_file({**base, "basis": "regulation",
                                         "citation": {"en": "Law, art. 1", "zh": "某法第一条"}}),
                         source="x.toml")
    fresh = std.items[1].freshness
    assert fresh is not None and fresh.basis is FreshnessBasis.REGULATION
    assert fresh.citation == Text("Law, art. 1", "某法第一条")


def test_every_bundled_freshness_rule_states_its_basis_in_the_file() -> None:
    for path in sorted(Path(resource("standards")).glob("*.toml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("freshness = "):
                assert re.search(r'basis = "(organization|regulation|cb_practice)"', line), (
                    path.name, line[:80])


@pytest.mark.parametrize("item_id", [
    "iso9001-2015:7.1.5.1:R", "iso9001-2015:7.1.5.2:R", "iso9001-2015:8.4.1:R"])
def test_intervals_the_standard_leaves_open_are_the_organizations(
        catalog: Catalog, item_id: str) -> None:
    fresh = catalog.item(item_id).freshness
    assert fresh is not None and fresh.basis is FreshnessBasis.ORGANIZATION
    assert "at least every 12 months" not in fresh.text.en
    assert "default" in fresh.text.en and "默认" in fresh.text.zh
    assert "external" not in fresh.text.en.lower().replace("externally", "")
    if item_id.endswith("7.1.5.1:R"):
        assert "In-house calibration is acceptable" in fresh.text.en
        assert "JJF 1139" in fresh.text.en


def test_workplace_hazard_monitoring_follows_the_regulation(catalog: Catalog) -> None:
    for item_id in ("iso45001-2018:9.1.1:R", "iso45001-2018:9.1.1:C1"):
        fresh = catalog.item(item_id).freshness
        assert fresh is not None and fresh.basis is FreshnessBasis.REGULATION
        assert fresh.citation is not None and "第二十条" in fresh.citation.zh
        assert "art. 20" in fresh.citation.en
        assert fresh.months == 36  # every 3 years unless the hazards are serious
        assert "serious" in fresh.text.en and "严重" in fresh.text.zh


def test_every_regulation_rule_cites_its_source(catalog: Catalog) -> None:
    regulation = [i for s in catalog.standards for i in s.checklist()
                  if i.freshness and i.freshness.basis is FreshnessBasis.REGULATION]
    assert len({i.id for i in regulation if i.origin is None}) >= 5
    for item in regulation:
        assert item.freshness is not None and item.freshness.citation is not None
        assert item.freshness.rule is not FreshnessRule.LATEST


def test_untitled_sub_clauses_are_marked_as_ours(catalog: Catalog) -> None:
    std = catalog.standard("iso9001-2015")
    ours = {i.clause for i in std.items if not i.title_official}
    assert ours == UNTITLED_9001
    assert all(i.kind is ItemKind.CLAUSE for i in std.items if not i.title_official)
    clause = catalog.item("iso9001-2015:4.4.1")
    assert clause.shown_title.en == f"[{clause.title.en}]"
    assert clause.shown_title.zh == f"［{clause.title.zh}］"
    assert catalog.item("iso9001-2015:4.4").shown_title == catalog.item("iso9001-2015:4.4").title
    # The 2026 draft carries the marks over; its 6.1.1-6.1.3 are titled in the FDIS.
    draft = catalog.standard("iso9001-2026")
    assert {i.clause for i in draft.items if not i.title_official} == UNTITLED_9001 - {
        "6.1.1", "6.1.2"}
    for other in catalog.standards:
        if other.family != "iso9001":
            assert all(i.title_official for i in other.items), other.id


def test_iso45001_continual_improvement_asks_for_evidence_not_a_programme(
        catalog: Catalog) -> None:
    item = catalog.item("iso45001-2018:10.3:M")
    assert item.kind is ItemKind.MAINTAIN
    assert "programme" not in item.title.en.lower() and "方案" not in item.title.zh
    assert "evidence of continual improvement" in item.title.en
    assert "does not ask for an improvement programme" in item.description.en


def test_iso45001_maintain_and_retain_items_name_what_the_standard_names(
        catalog: Catalog) -> None:
    method = catalog.item("iso45001-2018:6.1.2.2:R")
    assert method.kind is ItemKind.RETAIN and "methodology and criteria" in method.title.en
    results = catalog.item("iso45001-2018:6.1.2.2:E")
    assert results.basis is Basis.DEMONSTRATES and "results" in results.title.en.lower()
    plans = catalog.item("iso45001-2018:8.2:R")
    assert plans.kind is ItemKind.RETAIN and "processes and plans" in plans.title.en
    assert plans.freshness is None
    drills = catalog.item("iso45001-2018:8.2:E")
    assert drills.basis is Basis.DEMONSTRATES and "drill" in drills.title.en.lower()
    assert drills.freshness is not None and drills.freshness.basis is FreshnessBasis.ORGANIZATION


def test_iso14001_2026_risk_guidance_is_marked_as_interpretation(catalog: Catalog) -> None:
    item = catalog.item("iso14001-2026:6.1.4:E")
    assert "Interpretation" in item.description.en and "理解" in item.description.zh
    assert item.guidance is not None
    assert item.guidance.en.startswith("Interpretation") and "理解" in item.guidance.zh
    assert "no rating method is required" in item.guidance.en
    [transition] = [t for t in catalog.transitions if t.to_id == "iso14001-2026"]
    note = next(c.note for c in transition.entries if c.to_clause == "6.1.4"
                and c.change.value == "new")
    assert "Interpretation" in note.en and "理解" in note.zh


_DATED = re.compile(r"20\d\d-\d\d|(January|April|September) 20\d\d|20\d\d 年 \d+ 月|FDIS")


def test_dated_statements_about_editions_cite_their_source(catalog: Catalog) -> None:
    dated = 0
    for where, text in _texts(catalog):
        if _DATED.search(text.en):
            dated += 1
            assert "source:" in text.en, (where, text.en)
        if _DATED.search(text.zh):
            assert "来源" in text.zh, (where, text.zh)
    assert dated >= 3  # 14001:2026 status and transition, 9001:2026 status


def test_standards_data_uses_one_apostrophe() -> None:
    for path in sorted(Path(resource("standards")).rglob("*.toml")):
        text = path.read_text(encoding="utf-8")
        assert "’" not in text and "‘" not in text, path.name


def test_organization_intervals_are_called_defaults(catalog: Catalog) -> None:
    for std in catalog.standards:
        for item in std.checklist():
            rule = item.freshness
            if (rule is not None and rule.basis is FreshnessBasis.ORGANIZATION
                    and rule.rule is not FreshnessRule.LATEST):
                assert "default" in rule.text.en and "默认" in rule.text.zh, item.id
