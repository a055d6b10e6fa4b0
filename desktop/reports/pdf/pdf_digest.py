"""Figures the PDF report prints that are picked or counted from :class:`ReportData`.

Pure functions, no layout: which gaps to show first, findings per grade,
missing management review inputs, the action plan's order and the next
certificate deadline. The layout modules only print what these return.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.domain.certificates import CertificateStatus
from desktop.domain.layers import StandardLayers
from desktop.domain.model import ItemStatus
from desktop.domain.records import Action, ActionSource, Finding, FindingGrade, ManagementReview
from desktop.domain.reviews import missing_inputs
from desktop.reports.model import ChecklistRow, ReportData, StandardSection

TOP_GAPS = 10
"""Mandatory documented information items listed in the executive summary."""


@dataclass(frozen=True, slots=True)
class GradeCount:
    """Findings of one grade: how many were raised and how many are still open."""

    grade: FindingGrade
    raised: int
    open: int


def report_day(data: ReportData) -> dt.date:
    """The day the report speaks for: the assessment's day, else the generation date."""
    return data.assessment.today if data.assessment is not None else data.generated_at.date()


def mandatory_gaps(data: ReportData) -> tuple[tuple[StandardSection, ChecklistRow], ...]:
    """Applicable mandatory documented information not marked ready, most pressing first.

    Mandatory documented information is every item to maintain or retain
    (ISO 9001:2015 7.5.1 a); an item marked not applicable is no gap. Items
    not started come before items in progress; within each, the standards
    take turns (first gap of each standard, then the second, ...), so a short
    list shows every standard.
    """
    ranked = []
    for s_index, section in enumerate(data.standards):
        positions = {False: 0, True: 0}  # per "started", the gap's turn within its standard
        for row in section.rows:
            if row.kind.is_mandatory_documented and row.status not in (
                ItemStatus.READY,
                ItemStatus.NOT_APPLICABLE,
            ):
                started = row.status is not ItemStatus.NOT_STARTED
                ranked.append(((started, positions[started], s_index), (section, row)))
                positions[started] += 1
    ranked.sort(key=lambda entry: entry[0])
    return tuple(pair for _, pair in ranked)


def clause_name(node_id: str, data: ReportData) -> str:
    """Print a clause node id as ``"ISO 9001:2015 8.5"`` (as is when its standard is unknown)."""
    standard_id, _, clause = node_id.partition(":")
    name = standard_names(data).get(standard_id)
    return f"{name} {clause}" if name and clause else node_id


def action_source(action: Action, data: ReportData) -> str:
    """What an action comes from, for people: the item, the gate or the finding it answers.

    Returns the item's standard, clause and title for a checklist gap, the
    gate's title for a gate, the finding's grade and clause for a finding, and
    ``action.source_ref`` as stored when it cannot be resolved.
    """
    ref = action.source_ref
    if not ref:
        return ""
    if action.source is ActionSource.GAP:
        for section in data.standards:
            for row in section.rows:
                if row.item_id == ref:
                    return f"{section.label} {row.clause} {row.title}"
    elif action.source is ActionSource.GATE and data.assessment is not None:
        for gate in data.assessment.gates:
            if gate.id == ref:
                return gate.title.get(data.lang)
    elif action.source is ActionSource.FINDING:
        for finding in data.findings:
            if str(finding.id) == ref:
                grade = finding.grade.label.get(data.lang)
                return (
                    f"{grade} · {clause_name(finding.clause_id, data)}"
                    if finding.clause_id
                    else grade
                )
    return ref


def layers_by_standard(data: ReportData) -> dict[str, StandardLayers]:
    """The assessment's layers keyed by standard id (empty without an assessment)."""
    if data.assessment is None:
        return {}
    return {layers.standard_id: layers for layers in data.assessment.layers}


def standard_names(data: ReportData) -> dict[str, str]:
    """Printed name of each report standard by id, e.g. ``{"iso9001-2015": "ISO 9001:2015"}``."""
    return {section.standard_id: section.label for section in data.standards}


def findings_by_grade(findings: Iterable[Finding]) -> tuple[GradeCount, ...]:
    """Raised and open findings per grade, major nonconformities first, every grade listed."""
    found = list(findings)
    return tuple(
        GradeCount(
            grade=grade,
            raised=sum(1 for f in found if f.grade is grade),
            open=sum(1 for f in found if f.grade is grade and f.is_open),
        )
        for grade in FindingGrade
    )


def findings_per_audit(findings: Iterable[Finding]) -> dict[int, int]:
    """Number of findings raised by each audit id."""
    counts: dict[int, int] = {}
    for finding in findings:
        counts[finding.audit_id] = counts.get(finding.audit_id, 0) + 1
    return counts


def missing_review_inputs(review: ManagementReview, data: ReportData) -> int:
    """Required inputs (ISO 9001/14001/45001 9.3) the review did not record, over its standards.

    The family of a standard the report does not hold is taken from its id
    (``"iso45001-2018"`` -> ``"iso45001"``); unknown families require nothing.
    """
    families = {section.standard_id: section.code for section in data.standards}
    seen: set[str] = set()
    missing = 0
    for standard_id in review.standard_ids:
        code = families.get(standard_id)
        family = (
            code.lower().replace(" ", "").replace("/", "") if code else standard_id.split("-")[0]
        )
        if family not in seen:
            seen.add(family)
            missing += len(missing_inputs(review, family))
    return missing


def ordered_actions(actions: Sequence[Action]) -> tuple[Action, ...]:
    """The action plan in working order: open actions by due date (undated last), then closed."""
    return tuple(
        sorted(
            actions,
            key=lambda a: (
                a.status.is_closed,
                a.due_on is None,
                a.due_on or dt.date.max,
                a.id,
            ),
        )
    )


def next_certificate(data: ReportData) -> CertificateStatus | None:
    """The certificate whose next deadline comes first, or ``None`` when none is pending."""
    if data.assessment is None:
        return None
    pending = [c for c in data.assessment.certificates if c.next_due is not None]
    if not pending:
        return None
    return min(pending, key=lambda c: c.next_due.due if c.next_due else dt.date.max)
