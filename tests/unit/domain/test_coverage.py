"""Internal audit coverage of clauses by sites (desktop.domain.coverage)."""

from __future__ import annotations

import datetime as dt

from desktop.domain.coverage import coverage_matrix, items_under
from desktop.domain.model import Catalog
from desktop.domain.records import InternalAudit

HELD = dt.date(2026, 5, 10)
ROWS_9001 = (
    "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3",
    "7.1", "7.2", "7.3", "7.4", "7.5", "8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7",
    "9.1", "9.2", "9.3", "10.1", "10.2", "10.3",
)


def _audit(audit_id: int, coverage: list[tuple[str, str]], held: bool = True) -> InternalAudit:
    return InternalAudit(id=audit_id, title=f"audit {audit_id}",
                         held_from=HELD if held else None, held_to=HELD if held else None,
                         coverage=tuple(coverage))


def test_rows_are_the_second_level_clauses_4_to_10_in_catalog_order(catalog: Catalog) -> None:
    std = catalog.standard("iso9001-2015")
    matrix = coverage_matrix([std], ["A", "B"], [])
    assert matrix.rows == tuple(f"iso9001-2015:{c}" for c in ROWS_9001)
    assert matrix.sites == ("A", "B")
    assert len(matrix.missing()) == 28 * 2
    assert not matrix.is_complete()


def test_rows_of_several_standards_follow_each_other(catalog: Catalog) -> None:
    standards = [catalog.standard("iso14001-2015"), catalog.standard("iso45001-2018")]
    matrix = coverage_matrix(standards, [], [])
    # ISO 14001:2015 has 22 such clauses (no 6.3), ISO 45001:2018 23 (adds 5.4).
    assert len(matrix.rows) == 22 + 23
    assert matrix.rows[0] == "iso14001-2015:4.1" and matrix.rows[22] == "iso45001-2018:4.1"
    assert "iso45001-2018:5.4" in matrix.rows
    assert matrix.sites == ("",)


def test_an_ancestor_clause_covers_its_rows_a_descendant_does_not(catalog: Catalog) -> None:
    std = catalog.standard("iso9001-2015")
    audit = _audit(7, [("iso9001-2015:8", "A"), ("iso9001-2015:8.5.1", "B")])
    matrix = coverage_matrix([std], ["A", "B"], [audit])
    assert matrix.cells[("iso9001-2015:8.5", "A")] == (7,)
    assert matrix.cells[("iso9001-2015:8.7", "A")] == (7,)
    assert matrix.cells[("iso9001-2015:9.1", "A")] == ()
    assert matrix.cells[("iso9001-2015:8.5", "B")] == ()


def test_only_held_audits_at_the_same_site_count(catalog: Catalog) -> None:
    std = catalog.standard("iso9001-2015")
    everything_at_a = [(f"iso9001-2015:{c}", "A") for c in ROWS_9001]
    planned = _audit(3, [(f"iso9001-2015:{c}", "B") for c in ROWS_9001], held=False)
    matrix = coverage_matrix([std], ["A", "B"], [_audit(1, everything_at_a), planned])
    assert matrix.missing() == tuple((f"iso9001-2015:{c}", "B") for c in ROWS_9001)

    top_level_b = _audit(2, [(f"iso9001-2015:{n}", "B") for n in range(4, 11)])
    again_a = _audit(5, [("iso9001-2015:4", "A")])
    matrix = coverage_matrix([std], ["A", "B"], [again_a, _audit(1, everything_at_a), top_level_b])
    assert matrix.is_complete()
    assert matrix.cells[("iso9001-2015:4.1", "A")] == (1, 5)


def test_a_company_without_named_sites_is_covered_by_entries_without_a_site(
        catalog: Catalog) -> None:
    std = catalog.standard("iso14001-2015")
    audit = _audit(1, [(f"iso14001-2015:{n}", "") for n in range(4, 11)])
    assert coverage_matrix([std], [], [audit]).is_complete()
    assert not coverage_matrix([std], ["A"], [audit]).is_complete()


def test_items_under_a_clause_node(catalog: Catalog) -> None:
    std = catalog.standard("iso9001-2015")
    assert items_under(std, ["iso9001-2015:9.2"]) == (
        "iso9001-2015:9.2.1:E", "iso9001-2015:9.2.2:R", "iso9001-2015:9.2.2:C1",
        "iso9001-2015:9.2.2:P1")
    assert items_under(std, ["iso9001-2015:8.5.2"]) == ("iso9001-2015:8.5.2:R",)
