"""The decision page one of a report states, and the gap list in the order work should go.

Pure functions over :class:`~desktop.reports.model.ReportData`, no layout:

- :func:`verdict`: the target audit (the next certificate deadline on record),
  ready or not (every certification gate passed), each failed gate with its
  reason and the clauses to work on, the five next things to do (open actions
  by due date, then the most pressing gaps) and how many mandatory documented
  information items are not ready with no open action answering them.
- :func:`priority_gaps`: every applicable item not ready, what blocks
  certification first (items of failed gates, then mandatory documented
  information, then the rest), each group by due date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from desktop.domain.model import ItemStatus
from desktop.domain.records import Action, ActionSource
from desktop.reports.model import ChecklistRow, ReportData, StandardSection
from desktop.reports.pdf.pdf_digest import next_certificate, ordered_actions, report_day

NEXT_STEPS = 5
"""Things to do listed in the verdict box."""

GATE_ITEMS_SHOWN = 6
"""Clauses named under each failed gate (the gap list names all of them)."""


class Tier(IntEnum):
    """Why a gap comes where it does in :func:`priority_gaps` (lower first)."""

    GATE = 0
    MANDATORY = 1
    OTHER = 2


@dataclass(frozen=True, slots=True)
class Gap:
    """One applicable checklist item that is not ready.

    Attributes:
        tier: its group in the priority order.
        section: its standard.
        row: the item as printed (owner, due date, status).
        days_left: ``row.due_date - report day`` in days (negative: overdue);
            ``None`` without a due date.
    """

    tier: Tier
    section: StandardSection
    row: ChecklistRow
    days_left: int | None


@dataclass(frozen=True, slots=True)
class FailedGate:
    """A certification gate that fails: its title, why, and the clauses concerned."""

    title: str
    reason: str
    clauses: tuple[str, ...]
    more: int


@dataclass(frozen=True, slots=True)
class NextStep:
    """One thing to do next: what, who, by when (``days_left`` < 0 when overdue)."""

    what: str
    owner: str
    due: dt.date | None
    days_left: int | None


@dataclass(frozen=True, slots=True)
class Verdict:
    """What page one of the report decides.

    Attributes:
        assessed: False when the report carries no assessment (no gates checked).
        ready: every gate passed (False when not assessed or no gate exists).
        audit: name of the target audit, e.g. ``"Stage 1 audit"`` ("" if none).
        standard: the standard the audit date belongs to, e.g. ``"ISO 9001:2015"``.
        audit_date: last day of the target audit, ``None`` when no date is recorded.
        days_to_audit: ``audit_date - report day`` in days.
        gates_total: gates checked.
        failed: the failed gates, in the gates' fixed order.
        steps: up to :data:`NEXT_STEPS` things to do.
        unplanned: mandatory documented information not ready and not the
            subject of an open action raised from that item.
    """

    assessed: bool
    ready: bool
    audit: str
    standard: str
    audit_date: dt.date | None
    days_to_audit: int | None
    gates_total: int
    failed: tuple[FailedGate, ...]
    steps: tuple[NextStep, ...]
    unplanned: int


def _days(due: dt.date | None, today: dt.date) -> int | None:
    return None if due is None else (due - today).days


def priority_gaps(data: ReportData) -> tuple[Gap, ...]:
    """Every applicable item not ready, most blocking first (see :class:`Tier`).

    Within a tier: overdue and dated items by due date, undated ones after,
    then in report order (standard, then checklist order).
    """
    today = report_day(data)
    gate_items: set[str] = set()
    if data.assessment is not None:
        for gate in data.assessment.gates:
            if not gate.passed:
                gate_items.update(gate.item_ids)
    ranked = []
    position = 0
    for section in data.standards:
        for row in section.rows:
            position += 1
            if row.status in (ItemStatus.READY, ItemStatus.NOT_APPLICABLE):
                continue
            if row.item_id in gate_items:
                tier = Tier.GATE
            elif row.kind.is_mandatory_documented:
                tier = Tier.MANDATORY
            else:
                tier = Tier.OTHER
            key = (tier, row.due_date is None, row.due_date or dt.date.max, position)
            ranked.append((key, Gap(tier, section, row, _days(row.due_date, today))))
    ranked.sort(key=lambda entry: entry[0])
    return tuple(gap for _, gap in ranked)


def _answered(data: ReportData) -> set[str]:
    """Items an open action was raised from (a gap action's item id)."""
    actions = data.assessment.actions if data.assessment is not None else ()
    return {a.source_ref for a in actions
            if not a.status.is_closed and a.source is ActionSource.GAP}


def _unplanned(gaps: tuple[Gap, ...], answered: set[str]) -> tuple[Gap, ...]:
    return tuple(gap for gap in gaps if gap.row.kind.is_mandatory_documented
                 and gap.row.item_id not in answered)


def unplanned_gaps(data: ReportData) -> tuple[Gap, ...]:
    """Mandatory documented information not ready with no open action raised from it.

    In the order of :func:`priority_gaps`; the verdict's ``unplanned`` is
    how many there are.
    """
    return _unplanned(priority_gaps(data), _answered(data))


def verdict(data: ReportData) -> Verdict:
    """Return the decision of page one for ``data`` (see :class:`Verdict`)."""
    today = report_day(data)
    assessment = data.assessment
    names = {section.standard_id: section.label for section in data.standards}
    where = {row.item_id: f"{section.label} {row.clause}"
             for section in data.standards for row in section.rows}
    lang = data.lang

    cert = next_certificate(data)
    audit = standard = ""
    audit_date = None
    if cert is not None and cert.next_due is not None:
        audit = cert.next_due.label.get(lang)
        standard = names.get(cert.standard_id, cert.standard_id)
        audit_date = cert.next_due.due

    failed = []
    gates_total = 0
    open_actions: tuple[Action, ...] = ()
    if assessment is not None:
        gates_total = len(assessment.gates)
        for gate in assessment.gates:
            if gate.passed:
                continue
            clauses = tuple(dict.fromkeys(where.get(i, i) for i in gate.item_ids))
            failed.append(FailedGate(gate.title.get(lang), gate.reason.get(lang),
                                     clauses[:GATE_ITEMS_SHOWN],
                                     max(0, len(clauses) - GATE_ITEMS_SHOWN)))
        open_actions = tuple(a for a in ordered_actions(assessment.actions)
                             if not a.status.is_closed)

    steps = [NextStep(a.title, a.owner, a.due_on, _days(a.due_on, today))
             for a in open_actions[:NEXT_STEPS]]
    gaps = priority_gaps(data)
    answered = {a.source_ref for a in open_actions if a.source is ActionSource.GAP}
    for gap in gaps:
        if len(steps) >= NEXT_STEPS:
            break
        if gap.row.item_id in answered:
            continue
        row = gap.row
        steps.append(NextStep(f"{gap.section.label} {row.clause} {row.title}", row.owner,
                              row.due_date, gap.days_left))
    unplanned = len(_unplanned(gaps, answered))
    return Verdict(
        assessed=assessment is not None,
        ready=assessment is not None and gates_total > 0 and not failed,
        audit=audit,
        standard=standard,
        audit_date=audit_date,
        days_to_audit=_days(audit_date, today),
        gates_total=gates_total,
        failed=tuple(failed),
        steps=tuple(steps),
        unplanned=unplanned,
    )
