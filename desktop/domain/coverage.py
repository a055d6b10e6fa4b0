"""Internal audit coverage: which clauses were audited at which sites.

Chinese certification bodies accept an application only when the internal
audit has covered all sites and all clauses of each standard applied for
(certification practice; ISO 9001:2015 9.2.2 a, ISO 14001:2015 9.2.2,
ISO 45001:2018 9.2.2: the programme covers the whole system).

Rules (also in docs/reference.md, "How readiness is computed"):

- Rows are the second-level clause nodes (numbers with exactly one dot, such
  as ``8.5``) under clauses 4 to 10 of each standard, in catalog order. Clauses
  of custom checklists that are not numbered 4-10 are not rows.
- Columns are the company's sites; a company with no named sites has the one
  site ``""``.
- A cell is covered when a held internal audit lists, for that exact site,
  the row's clause node or one of its ancestors (``iso9001-2015:8`` covers
  every 8.x). Covering a descendant alone does not cover the row: auditing
  8.5.1 says nothing about 8.5.2-8.5.6. An audit entry for site ``""`` covers
  only the column ``""``.
- Planned audits (no ``held_from``) cover nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TypeVar

from desktop.domain.model import CatalogItem, ItemKind, Standard
from desktop.domain.records import InternalAudit

T = TypeVar("T")

FIRST_CLAUSE = 4
"""First clause with requirements in the Harmonized Structure (ISO/IEC Directives Annex SL)."""

LAST_CLAUSE = 10
"""Last clause with requirements in the Harmonized Structure."""


@dataclass(frozen=True)
class CoverageMatrix:
    """Clauses by sites, with the held audits covering each cell.

    Attributes:
        rows: clause node ids, e.g. ``"iso9001-2015:8.5"``, standards in the
            order given, clauses in catalog order.
        sites: column names (``("",)`` when the company names no site).
        cells: (row, site) -> ids of held audits covering it, ascending;
            an empty tuple when not covered. Every (row, site) pair is present.
    """

    rows: tuple[str, ...]
    sites: tuple[str, ...]
    cells: Mapping[tuple[str, str], tuple[int, ...]]

    def missing(self) -> tuple[tuple[str, str], ...]:
        """The (row, site) pairs no held audit covers, row by row, sites in column order."""
        return tuple((row, site) for row in self.rows for site in self.sites
                     if not self.cells.get((row, site)))

    def is_complete(self) -> bool:
        """True when every (row, site) pair is covered (also when there are no rows)."""
        return not self.missing()


def _is_row(item: CatalogItem) -> bool:
    if item.kind is not ItemKind.CLAUSE or item.clause.count(".") != 1:
        return False
    top = item.clause.split(".", 1)[0]
    return top.isdigit() and FIRST_CLAUSE <= int(top) <= LAST_CLAUSE


def inherited(parents: Mapping[str, str | None],
              own: Mapping[str, frozenset[T]]) -> dict[str, frozenset[T]]:
    """For each id of ``parents``: ``own[id]`` united with the same for its parent, and so on
    to the top.

    Each id is resolved once, so the whole is linear in the number of ids even for
    chains thousands deep (a custom checklist may nest that far). A parent missing
    from ``parents`` still counts (with no parent of its own); a cycle stops the walk.

    Args:
        parents: id -> parent id (None at the top).
        own: what each id holds itself; ids without an entry hold nothing.
    """
    result: dict[str, frozenset[T]] = {}
    empty: frozenset[T] = frozenset()
    for start in parents:
        path: list[str] = []
        on_path: set[str] = set()
        current: str | None = start
        while current is not None and current not in result and current not in on_path:
            path.append(current)
            on_path.add(current)
            current = parents.get(current)
        held = result.get(current, empty) if current is not None else empty
        for node in reversed(path):
            if node in own:
                held = held | own[node]
            result[node] = held
    return result


def items_under(standard: Standard, node_ids: Iterable[str]) -> tuple[str, ...]:
    """Checklist item ids of ``standard`` at or below any of ``node_ids``, in catalog order."""
    mark = frozenset((True,))
    under = inherited({item.id: item.parent for item in standard.items},
                      {node: mark for node in node_ids})
    return tuple(item.id for item in standard.checklist() if under.get(item.id))


def coverage_matrix(
    standards: Sequence[Standard], sites: Sequence[str], audits: Sequence[InternalAudit]
) -> CoverageMatrix:
    """Build the coverage matrix (rules in the module docstring).

    Args:
        standards: the project's standards, in display order.
        sites: the company's sites (duplicates count once); empty for a
            company with no named sites.
        audits: internal audits, planned or held; only held ones count.
    """
    columns = tuple(dict.fromkeys(sites)) or ("",)
    covered: dict[tuple[str, str], set[int]] = {}
    for audit in audits:
        if not audit.held:
            continue
        for node, site in audit.coverage:
            covered.setdefault((node, site), set()).add(audit.id)
    rows: list[str] = []
    cells: dict[tuple[str, str], tuple[int, ...]] = {}
    for standard in standards:
        parents = {item.id: item.parent for item in standard.items}
        by_site = {site: inherited(parents, {node: frozenset(ids) for (node, where), ids
                                             in covered.items() if where == site})
                   for site in columns}
        for item in standard.items:
            if not _is_row(item):
                continue
            rows.append(item.id)
            for site in columns:
                cells[(item.id, site)] = tuple(sorted(by_site[site].get(item.id, ())))
    return CoverageMatrix(rows=tuple(rows), sites=columns, cells=MappingProxyType(cells))
