"""The integrated (三体系) view: shared requirements stand for one item per standard.

Rules (docs/reference.md, "The knowledge base", Integrated view):

- A shared requirement of the integrated map is shown when at least two of
  the project's standards have one of its targets; it stands for those
  targets only.
- Its status is the targets' common status, or ``None`` ("mixed") when they
  differ. Setting a status on it sets every target; evidence attached to it
  is linked to every target. Readiness is always computed per standard from
  the targets themselves, so it stays exact.
- Every other checklist item of the project's standards appears under its
  top-level clause, labelled with its standard.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.domain.model import (
    Catalog,
    CatalogItem,
    ItemState,
    ItemStatus,
    SharedRequirement,
    Standard,
    Text,
)


@dataclass(frozen=True, slots=True)
class IntegratedItem:
    """One shared requirement as it applies to a project.

    Attributes:
        shared: the map entry.
        targets: its targets among the project's standards, in standard order.
    """

    shared: SharedRequirement
    targets: tuple[CatalogItem, ...]

    @property
    def id(self) -> str:
        """The shared requirement id, e.g. ``"ims:9.3:R"``."""
        return self.shared.id

    def status(self, states: Mapping[str, ItemState]) -> ItemStatus | None:
        """The common status of the targets, or ``None`` when they differ."""
        found = {
            (states[t.id].status if t.id in states else ItemStatus.NOT_STARTED)
            for t in self.targets
        }
        return found.pop() if len(found) == 1 else None


@dataclass(frozen=True, slots=True)
class IntegratedGroup:
    """One top-level clause (4 … 10) of the integrated tree.

    Attributes:
        clause: ``"4"`` … ``"10"``.
        title: bilingual heading.
        shared: integrated items under this clause.
        specific: for each standard, its items under this clause that no
            shared requirement covers.
    """

    clause: str
    title: Text
    shared: tuple[IntegratedItem, ...]
    specific: tuple[tuple[Standard, tuple[CatalogItem, ...]], ...]


def _top(clause: str) -> str:
    return clause.split(".", 1)[0]


def integrated_items(catalog: Catalog, standards: Sequence[Standard]) -> tuple[IntegratedItem, ...]:
    """The shared requirements that apply to ``standards`` (at least two targets' standards)."""
    chosen = {s.id for s in standards}
    rank = {s.id: n for n, s in enumerate(standards)}
    result = []
    for req in catalog.shared_for(chosen):
        targets = [catalog.item(t) for t in req.targets if catalog.has_item(t)]
        targets = [t for t in targets if t.standard_id in chosen]
        targets.sort(key=lambda t: rank[t.standard_id])
        result.append(IntegratedItem(shared=req, targets=tuple(targets)))
    return tuple(result)


def _clause_order(clause: str) -> tuple[int, int, str]:
    """Numbered clauses first in numeric order, then any other label (custom chapters)."""
    return (0, int(clause), "") if clause.isdigit() else (1, 0, clause)


def integrated_view(catalog: Catalog, standards: Sequence[Standard]) -> tuple[IntegratedGroup, ...]:
    """Build the integrated tree for a project's ``standards``.

    Returns:
        Groups for clauses 4 to 10 (those with any content), in order.
    """
    shared = integrated_items(catalog, standards)
    covered = {t.id for item in shared for t in item.targets}
    clauses = sorted(
        {_top(i.shared.clause) for i in shared}
        | {_top(i.clause) for s in standards for i in s.checklist()},
        key=_clause_order,
    )
    groups = []
    for clause in clauses:
        title = catalog.shared_clauses.get(clause)
        if title is None:
            first = next((i for s in standards for i in s.items if i.clause == clause), None)
            title = first.title if first else Text(clause, clause)
        groups.append(IntegratedGroup(
            clause=clause,
            title=title,
            shared=tuple(i for i in shared if _top(i.shared.clause) == clause),
            specific=tuple(
                (std, items)
                for std in standards
                if (items := tuple(i for i in std.checklist()
                                   if _top(i.clause) == clause and i.id not in covered))
            ),
        ))
    return tuple(groups)
