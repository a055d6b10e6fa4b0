"""The bundled knowledge base covers the three standards completely, in both languages."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from desktop.catalog import load_catalog
from desktop.domain.model import Catalog, ItemKind

from .reference import CLAUSES, MANDATORY, NATIONAL

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def test_the_three_standards_load_in_display_order(catalog: Catalog) -> None:
    assert [s.id for s in catalog.standards] == list(CLAUSES)
    for std in catalog.standards:
        assert std.national == NATIONAL[std.id]
        assert "Amd 1:2024" in std.amendments


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
        amended = {i.clause for i in std.items if i.amendment == "Amd 1:2024"}
        assert {"4.1", "4.2"} <= amended, std.id


def test_every_text_is_bilingual_and_chinese_is_chinese(catalog: Catalog) -> None:
    for std in catalog.standards:
        for item in std.items:
            for text in (item.title, item.description):
                assert text.en.strip() and text.zh.strip(), item.id
                assert CJK.search(text.zh), f"{item.id}: zh text has no Chinese: {text.zh!r}"


def test_no_two_checklist_items_share_a_description(catalog: Catalog) -> None:
    seen: dict[str, str] = {}
    for std in catalog.standards:
        for item in std.items:
            for text in (item.description.en, item.description.zh):
                key = " ".join(text.lower().split())
                assert key not in seen, f"{item.id} repeats the description of {seen.get(key)}"
                seen[key] = item.id
