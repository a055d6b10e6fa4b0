"""Three readiness layers: documented, implemented, sustained.

A status of "ready" says the user believes an item is done; the layers say
what the linked evidence shows. Rules (also in docs/reference.md, "How readiness is
computed"):

- **documented** applies to items of kind *maintain*, and to *evidence* items
  with at least one linked document. It is met when the item is "ready" and
  at least one linked evidence is a document (:attr:`EvidenceMeta.nature`)
  with an approval date on or before today that has not expired and is not
  superseded.
- **implemented** applies to *retain* and *evidence* items. It is met when
  the item is "ready" and at least one linked evidence is a record with a
  start date (``effective_from``) on or before today that has not expired.
- **sustained** applies where *implemented* does. It is met when the item is
  implemented, its valid records reach back at least :data:`SUSTAINED_MONTHS`
  months (the earliest ``effective_from`` is on or before today minus 3
  months) and the system went live at least 3 months before today
  (:attr:`SystemInfo.operating_since`). Certification bodies ask for more than
  3 months of operation before they accept an application.
- Evidence with no metadata, or whose nature is not stated, counts for no
  layer until the nature is stated; the classic ``overall`` figure still counts
  the item's status.
- Expiry of one evidence for one item: ``review_by`` when set (it counts up to
  and including that day); else the item's freshness rule: *within n months*
  and *interval n months* both let the evidence count up to and including the
  same calendar day n months after its reference date (the latest of
  ``approved_on``, ``effective_from`` and ``effective_to``); *latest* keeps
  only the newest approved document of the item (older approved documents are
  superseded on the day the newer one was approved). Otherwise it never
  expires. Expired and superseded evidence is reported.
- Weights: mandatory documented information (maintain and retain items)
  weighs :data:`MANDATORY_WEIGHT` = 2, every other item :data:`OTHER_WEIGHT` = 1.
  Items marked "not applicable" are left out. A layer's share is the weight of
  the items meeting it divided by the weight of the items it applies to
  (0.0 when it applies to none). ``overall`` is the weighted share of
  applicable items marked "ready".
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from desktop.domain.model import (
    CatalogItem,
    FreshnessRule,
    ItemKind,
    ItemState,
    ItemStatus,
    Standard,
)
from desktop.domain.records import EvidenceMeta, EvidenceNature, LayerShares

MANDATORY_WEIGHT = 2
"""Weight of mandatory documented information (maintain/retain items,
ISO 9001:2015 7.5.1 a and the clauses that require documented information)."""

OTHER_WEIGHT = 1
"""Weight of every other checklist item."""

SUSTAINED_MONTHS = 3
"""Months of records, and of operation, before an item counts as sustained.

Source: Chinese certification bodies accept an application once the system
has operated for more than 3 months (ISO 50001 / GB/T 23331: 6 months), see
:mod:`desktop.domain.gates` gate ``operating_period``."""

_DAY = dt.timedelta(days=1)


class LinkedEvidence(Protocol):
    """What the layer rules need of an evidence file linked to an item: its id.

    :class:`~desktop.domain.model.Evidence` is one; the assessment passes
    lighter values read from the links alone.
    """

    @property
    def id(self) -> int:
        """The evidence id (``evidence.id``, the key of its metadata)."""


@functools.lru_cache(maxsize=4096)
def add_months(day: dt.date, months: int) -> dt.date:
    """The same calendar day ``months`` months later (earlier when negative).

    A day that does not exist in the target month becomes its last day, e.g.
    2026-05-31 minus 3 months is 2026-02-28. Remembered for the last few
    thousand calls: a large project asks for the same few hundred dates.
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def item_weight(item: CatalogItem) -> int:
    """The weight of ``item`` in layer shares: 2 for maintain/retain items, else 1."""
    return MANDATORY_WEIGHT if item.kind.is_mandatory_documented else OTHER_WEIGHT


@dataclass(frozen=True, slots=True)
class ExpiredEvidence:
    """Evidence linked to an item that no longer counts for it.

    Attributes:
        item_id: the checklist item.
        evidence_id: the evidence row.
        expired_on: the first day it stopped counting (for a superseded
            document, the approval date of the version that replaced it).
        superseded: True when a newer approved version replaced it under a
            *latest* freshness rule, False when it expired.
    """

    item_id: str
    evidence_id: int
    expired_on: dt.date
    superseded: bool = False


@dataclass(frozen=True, slots=True)
class ItemLayers:
    """The three layers of one checklist item.

    Attributes:
        item_id: the checklist item.
        documented / implemented / sustained: True when met, False when not,
            ``None`` when the layer does not apply to the item (or the item is
            not applicable).
        expired: linked evidence that no longer counts for this item.
        clause: the item's clause number, e.g. ``"8.5.1"``.
        weight: 2 for mandatory documented information, else 1.
        applicable: False when the item is marked "not applicable".
        ready: True when the item's status is "ready".
    """

    item_id: str
    documented: bool | None
    implemented: bool | None
    sustained: bool | None
    expired: tuple[ExpiredEvidence, ...] = ()
    clause: str = ""
    weight: int = OTHER_WEIGHT
    applicable: bool = True
    ready: bool = False


def _reference_date(meta: EvidenceMeta) -> dt.date | None:
    latest = None
    for day in (meta.approved_on, meta.effective_from, meta.effective_to):
        if day is not None and (latest is None or day > latest):
            latest = day
    return latest


def expiry_date(item: CatalogItem, meta: EvidenceMeta) -> dt.date | None:
    """The first day ``meta``'s evidence stops counting for ``item``, or ``None`` if never.

    ``review_by`` wins (the evidence counts through that day); otherwise a
    *within* or *interval* freshness rule of n months lets it count through
    the same calendar day n months after its reference date (latest of
    approved_on, effective_from, effective_to). *latest* rules and items
    without a rule never expire by date (see :func:`item_layers` for
    superseded documents). Evidence with no date never expires.
    """
    if meta.review_by is not None:
        return meta.review_by + _DAY
    fresh = item.freshness
    if fresh is None or fresh.rule is FreshnessRule.LATEST or fresh.months is None:
        return None
    reference = _reference_date(meta)
    if reference is None:
        return None
    return add_months(reference, fresh.months) + _DAY


def _superseded(
    item: CatalogItem, docs: Sequence[EvidenceMeta], today: dt.date
) -> dict[int, dt.date]:
    """Evidence id -> approval date of its replacement, under a *latest* rule."""
    if item.freshness is None or item.freshness.rule is not FreshnessRule.LATEST:
        return {}
    ranked = sorted(
        (m.approved_on, m.effective_from or dt.date.min, m.evidence_id)
        for m in docs if m.approved_on is not None and m.approved_on <= today)
    if len(ranked) < 2:
        return {}
    newest_on = ranked[-1][0]
    return {evidence_id: newest_on for _, _, evidence_id in ranked[:-1]}


def item_layers(
    item: CatalogItem,
    state: ItemState | None,
    evidence: Sequence[LinkedEvidence],
    meta: Mapping[int, EvidenceMeta],
    today: dt.date,
    operating_since: dt.date | None,
) -> ItemLayers:
    """Compute the layers of one checklist item (rules in the module docstring).

    Args:
        item: a checklist item (maintain, retain or evidence).
        state: its recorded state; ``None`` counts as "not started".
        evidence: the evidence linked to it (duplicates are ignored).
        meta: evidence metadata by evidence id; evidence without an entry has
            no stated nature and counts for no layer.
        today: the day of the assessment.
        operating_since: the system's go-live date, or ``None`` when not recorded.

    Returns:
        The layers, with the linked evidence that expired on or before ``today``.
    """
    status = state.status if state is not None else ItemStatus.NOT_STARTED
    weight = item_weight(item)
    if status is ItemStatus.NOT_APPLICABLE:
        return ItemLayers(item.id, None, None, None, clause=item.clause, weight=weight,
                          applicable=False)
    ready = status is ItemStatus.READY
    metas: dict[int, EvidenceMeta] = {}
    described = meta.get  # a large project links hundreds of files to one item
    for ev in evidence:
        key = ev.id
        found = described(key)
        if found is not None:
            metas[key] = found
    docs = [m for m in metas.values() if m.nature is EvidenceNature.DOCUMENT]
    superseded = _superseded(item, docs, today)

    fresh = item.freshness
    # Without a dated rule only review_by can end evidence (expiry_date, without the call).
    dated = (fresh is not None and fresh.rule is not FreshnessRule.LATEST
             and fresh.months is not None)
    expired: list[ExpiredEvidence] = []
    valid: list[EvidenceMeta] = []
    for m in metas.values():
        if superseded and m.evidence_id in superseded:
            expired.append(ExpiredEvidence(item.id, m.evidence_id, superseded[m.evidence_id],
                                           superseded=True))
            continue
        if not dated and m.review_by is None:
            valid.append(m)
            continue
        ends = expiry_date(item, m)
        if ends is not None and ends <= today:
            expired.append(ExpiredEvidence(item.id, m.evidence_id, ends))
            continue
        valid.append(m)

    documented: bool | None = None
    if item.kind is ItemKind.MAINTAIN or (item.kind is ItemKind.EVIDENCE and docs):
        documented = ready and any(
            m.nature is EvidenceNature.DOCUMENT
            and m.approved_on is not None and m.approved_on <= today
            for m in valid)

    implemented: bool | None = None
    sustained: bool | None = None
    if item.kind in (ItemKind.RETAIN, ItemKind.EVIDENCE):
        starts = [m.effective_from for m in valid
                  if m.nature is EvidenceNature.RECORD
                  and m.effective_from is not None and m.effective_from <= today]
        implemented = ready and bool(starts)
        threshold = add_months(today, -SUSTAINED_MONTHS)
        sustained = (implemented and min(starts) <= threshold
                     and operating_since is not None and operating_since <= threshold)

    return ItemLayers(
        item_id=item.id,
        documented=documented,
        implemented=implemented,
        sustained=sustained,
        expired=tuple(sorted(expired, key=lambda e: (e.expired_on, e.evidence_id))),
        clause=item.clause,
        weight=weight,
        applicable=True,
        ready=ready,
    )


def _share(pairs: Iterable[tuple[bool | None, int]]) -> float:
    met = total = 0
    for value, weight in pairs:
        if value is None:
            continue
        total += weight
        if value:
            met += weight
    return met / total if total else 0.0


def layer_shares(items: Iterable[ItemLayers]) -> LayerShares:
    """Weighted shares of the layers over ``items`` (each 0.0-1.0; 0.0 when none applies).

    Not-applicable items are left out; ``overall`` is the weighted share of
    applicable items marked "ready".
    """
    chosen = [i for i in items if i.applicable]
    return LayerShares(
        documented=_share((i.documented, i.weight) for i in chosen),
        implemented=_share((i.implemented, i.weight) for i in chosen),
        sustained=_share((i.sustained, i.weight) for i in chosen),
        overall=_share((i.ready, i.weight) for i in chosen),
    )


@dataclass(frozen=True, slots=True)
class StandardLayers:
    """The layers of one standard in one project.

    Attributes:
        standard_id: e.g. ``"iso9001-2015"``.
        shares: weighted shares over all its checklist items.
        items: per checklist item, in catalog order.
        expired: every expired or superseded evidence link of its items.
    """

    standard_id: str
    shares: LayerShares
    items: tuple[ItemLayers, ...]
    expired: tuple[ExpiredEvidence, ...]

    def clause_shares(self, clause: str) -> LayerShares:
        """Weighted shares over the items under ``clause`` (e.g. ``"8.5"`` takes 8.5, 8.5.1 …)."""
        return layer_shares(i for i in self.items
                            if i.clause == clause or i.clause.startswith(clause + "."))

    def item(self, item_id: str) -> ItemLayers:
        """The layers of one item.

        Raises:
            KeyError: the item is not a checklist item of this standard.
        """
        for layers in self.items:
            if layers.item_id == item_id:
                return layers
        raise KeyError(item_id)


def standard_layers(
    standard: Standard,
    states: Mapping[str, ItemState],
    evidence_by_item: Mapping[str, Sequence[LinkedEvidence]],
    meta: Mapping[int, EvidenceMeta],
    today: dt.date,
    operating_since: dt.date | None,
) -> StandardLayers:
    """Compute the layers of every checklist item of ``standard`` and their shares.

    Args:
        standard: the catalog standard.
        states: recorded states by item id (missing: not started).
        evidence_by_item: linked evidence by item id (missing: none).
        meta: evidence metadata by evidence id.
        today: the day of the assessment.
        operating_since: the system's go-live date, or ``None``.
    """
    items = tuple(
        item_layers(item, states.get(item.id), evidence_by_item.get(item.id, ()), meta,
                    today, operating_since)
        for item in standard.checklist())
    return StandardLayers(
        standard_id=standard.id,
        shares=layer_shares(items),
        items=items,
        expired=tuple(e for i in items for e in i.expired),
    )


def integrated_layers(layers: Sequence[StandardLayers]) -> LayerShares:
    """Weighted shares over all items of all ``layers`` (the integrated system).

    A shared integrated (三体系) requirement counts once per standard it
    serves, as each of its target items, which keeps the per-standard figures
    exact and makes the whole-system figure their weighted combination.
    """
    return layer_shares(i for lay in layers for i in lay.items)
