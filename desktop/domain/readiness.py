"""Readiness figures per standard, from the catalog and the recorded item states.

How each figure is computed (also in docs/reference.md, "How readiness is computed"):

- ``applicable``: checklist items (maintain, retain, evidence) of the standard
  whose status is not "not applicable".
- ``ready``: applicable items whose status is "ready".
- ``share``: ``ready / applicable`` (0.0 when nothing is applicable).
- ``mandatory_applicable`` / ``mandatory_ready`` / ``mandatory_share``: the
  same restricted to mandatory documented information (kind maintain or
  retain, the "shall maintain/retain documented information" requirements of
  ISO 9001:2015, ISO 14001:2015 and ISO 45001:2018).

An item with no recorded state counts as "not started".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.domain.model import ItemState, ItemStatus, Standard


@dataclass(frozen=True, slots=True)
class StandardReadiness:
    """Readiness of one standard in one project.

    Attributes:
        standard_id: e.g. ``"iso9001-2015"``.
        total: all checklist items of the standard.
        applicable: items not marked "not applicable".
        ready: applicable items marked "ready".
        in_progress: applicable items marked "in progress".
        mandatory_applicable: applicable maintain/retain items.
        mandatory_ready: of those, marked "ready".
    """

    standard_id: str
    total: int
    applicable: int
    ready: int
    in_progress: int
    mandatory_applicable: int
    mandatory_ready: int

    @property
    def share(self) -> float:
        """Ready share of applicable items, 0.0-1.0."""
        return self.ready / self.applicable if self.applicable else 0.0

    @property
    def mandatory_share(self) -> float:
        """Ready share of applicable mandatory documented information, 0.0-1.0."""
        if not self.mandatory_applicable:
            return 0.0
        return self.mandatory_ready / self.mandatory_applicable


def standard_readiness(
    standard: Standard, states: Mapping[str, ItemState]
) -> StandardReadiness:
    """Compute the readiness of ``standard`` given ``states`` keyed by item id.

    Args:
        standard: the catalog standard.
        states: recorded states; items missing from it count as not started.

    Returns:
        The counts; shares are derived properties.
    """
    total = applicable = ready = in_progress = m_applicable = m_ready = 0
    for item in standard.checklist():
        total += 1
        state = states.get(item.id)
        status = state.status if state else ItemStatus.NOT_STARTED
        if status is ItemStatus.NOT_APPLICABLE:
            continue
        applicable += 1
        mandatory = item.kind.is_mandatory_documented
        if mandatory:
            m_applicable += 1
        if status is ItemStatus.READY:
            ready += 1
            if mandatory:
                m_ready += 1
        elif status is ItemStatus.IN_PROGRESS:
            in_progress += 1
    return StandardReadiness(
        standard_id=standard.id,
        total=total,
        applicable=applicable,
        ready=ready,
        in_progress=in_progress,
        mandatory_applicable=m_applicable,
        mandatory_ready=m_ready,
    )
