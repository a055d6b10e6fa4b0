"""Table models of the management system's records: audit programmes, internal
audits, findings and management reviews.

Every model is handed its rows (domain values from
:mod:`desktop.domain.records`) by the panel that owns it, with whatever it
needs to show them (clause labels, counts); no model reads the project.
``RecordIdRole`` gives a row's record id. Status-like cells carry a symbol
and a word, never a colour alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop.domain.records import (
    Action,
    ActionStatus,
    AuditProgramme,
    Finding,
    FindingGrade,
    InternalAudit,
    ManagementReview,
)
from desktop.ui.models.tables import RecordIdRole, RecordTable, date_range, first_line
from desktop.ui.shell.formatting import iso_date
from desktop.ui.shell.i18n import arg

__all__ = ["GRADE_SYMBOLS", "AuditColumn", "AuditRow", "AuditsModel", "FindingColumn",
           "FindingsModel", "ProgrammeColumn", "ProgrammesModel", "RecordIdRole",
           "ReviewColumn", "ReviewRow", "ReviewsModel", "date_range", "first_line"]

#: Symbols of finding grades, so a grade reads without colour.
GRADE_SYMBOLS = {
    FindingGrade.MAJOR: "✘",
    FindingGrade.MINOR: "!",
    FindingGrade.OBSERVATION: "◔",
    FindingGrade.IMPROVEMENT: "↗",
}


_ACTION_SYMBOLS = {
    ActionStatus.OPEN: "○",
    ActionStatus.IN_PROGRESS: "◐",
    ActionStatus.DONE: "●",
    ActionStatus.CANCELLED: "–",
}


# -- audit programmes -----------------------------------------------------------------


class ProgrammeColumn(IntEnum):
    """The columns of :class:`ProgrammesModel`."""

    TITLE = 0
    PERIOD = 1
    APPROVED_BY = 2
    NOTES = 3


class ProgrammesModel(RecordTable):
    """Internal audit programmes (ISO 9001:2015 9.2.2 a): title, period, approver, notes."""

    columns = len(ProgrammeColumn)

    def set_programmes(self, programmes: Sequence[AuditProgramme], lang: str) -> None:
        """Show ``programmes`` (replaces every row)."""
        self._reset(programmes, lang)

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Programme"), self.tr("Period"), self.tr("Approved by"),
                self.tr("Notes"))

    def _cell(self, entry: Any, column: int, tooltip: bool) -> str | None:
        p: AuditProgramme = entry
        if column == ProgrammeColumn.TITLE:
            return p.title
        if column == ProgrammeColumn.PERIOD:
            return date_range(p.period_from, p.period_to)
        if column == ProgrammeColumn.APPROVED_BY:
            return p.approved_by
        if column == ProgrammeColumn.NOTES:
            return p.notes if tooltip else first_line(p.notes)
        return None


# -- internal audits --------------------------------------------------------------------


class AuditColumn(IntEnum):
    """The columns of :class:`AuditsModel`."""

    TITLE = 0
    PLANNED = 1
    HELD = 2
    LEAD = 3
    AUDITEES = 4
    SITES = 5
    CLAUSES = 6
    FINDINGS = 7


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One internal audit with the number of its findings (open ones among them)."""

    audit: InternalAudit
    findings: int = 0
    open_findings: int = 0

    @property
    def id(self) -> int:
        """The audit's id."""
        return self.audit.id


class AuditsModel(RecordTable):
    """Internal audits: title, planned date, dates held, lead auditor, auditees, sites,
    number of clauses covered and number of findings."""

    columns = len(AuditColumn)

    def set_audits(self, rows: Sequence[AuditRow], lang: str) -> None:
        """Show ``rows`` (replaces every row)."""
        self._reset(rows, lang)

    @staticmethod
    def _record(entry: Any) -> Any:
        return entry.audit

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Audit"), self.tr("Planned"), self.tr("Held"), self.tr("Lead auditor"),
                self.tr("Auditees"), self.tr("Sites"), self.tr("Clauses"),
                self.tr("Findings"))

    def _cell(self, entry: Any, column: int, tooltip: bool) -> str | None:
        row: AuditRow = entry
        audit = row.audit
        sites = list(dict.fromkeys(site for _clause, site in audit.coverage))  # profile order
        clauses = {clause for clause, _site in audit.coverage}
        if column == AuditColumn.TITLE:
            return audit.title
        if column == AuditColumn.PLANNED:
            return iso_date(audit.planned_on)
        if column == AuditColumn.HELD:
            return (date_range(audit.held_from, audit.held_to) if audit.held
                    else self.tr("○ Not held yet"))
        if column == AuditColumn.LEAD:
            if tooltip:
                return "\n".join(f"{a.name} ({a.department})" if a.department else a.name
                                 for a in audit.auditors)
            return audit.auditors[0].name if audit.auditors else ""
        if column == AuditColumn.AUDITEES:
            return ("\n" if tooltip else ", ").join(audit.auditees)
        if column == AuditColumn.SITES:
            named = [s for s in sites if s]
            return ("\n" if tooltip else "; ").join(named) if named else (
                self.tr("Single site") if audit.coverage else "")
        if column == AuditColumn.CLAUSES:
            return None if tooltip else str(len(clauses))
        if column == AuditColumn.FINDINGS:
            if tooltip:
                return arg(self.tr("%1 finding(s), %2 open"), row.findings, row.open_findings)
            return str(row.findings)
        return None

    def _extra(self, entry: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (AuditColumn.CLAUSES,
                                                                     AuditColumn.FINDINGS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# -- findings ----------------------------------------------------------------------------


class FindingColumn(IntEnum):
    """The columns of :class:`FindingsModel`."""

    GRADE = 0
    CLAUSE = 1
    SITE = 2
    STATEMENT = 3
    STATUS = 4
    ACTION = 5


class FindingsModel(RecordTable):
    """Findings of one audit: grade (symbol and word), clause, site, statement,
    open/closed, and the state of its corrective action.

    Args (of :meth:`set_findings`):
        clause_label: turns a clause node id into what the user reads,
            e.g. ``"iso9001-2015:8.5"`` → ``"ISO 9001:2015 8.5"``.
        actions: the corrective action of each finding, by finding id.
        today: actions due before it are shown overdue.
    """

    columns = len(FindingColumn)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._clause_label: Callable[[str], str] = str
        self._actions: Mapping[int, Action] = {}
        self._today = dt.date.today()

    def set_findings(self, findings: Sequence[Finding], lang: str,
                     clause_label: Callable[[str], str] = str,
                     actions: Mapping[int, Action] | None = None,
                     today: dt.date | None = None) -> None:
        """Show ``findings`` (replaces every row)."""
        self._clause_label = clause_label
        self._actions = dict(actions or {})
        self._today = today or dt.date.today()
        self._reset(findings, lang)

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Grade"), self.tr("Clause"), self.tr("Site"), self.tr("Statement"),
                self.tr("Status"), self.tr("Corrective action"))

    def _cell(self, entry: Any, column: int, tooltip: bool) -> str | None:
        f: Finding = entry
        if column == FindingColumn.GRADE:
            return f"{GRADE_SYMBOLS[f.grade]} {f.grade.label.get(self._lang)}"
        if column == FindingColumn.CLAUSE:
            return self._clause_label(f.clause_id) if f.clause_id else ""
        if column == FindingColumn.SITE:
            return f.site
        if column == FindingColumn.STATEMENT:
            return f.statement if tooltip else first_line(f.statement)
        if column == FindingColumn.STATUS:
            if f.is_open:
                return self.tr("○ Open")
            return arg(self.tr("● Closed %1"), iso_date(f.closed_on))
        if column == FindingColumn.ACTION:
            action = self._actions.get(f.id)
            if action is None:
                return (self.tr("⚠ None yet") if f.grade.is_nonconformity and f.is_open
                        else "")
            if tooltip:
                return action.title
            if action.is_overdue(self._today):
                return arg(self.tr("⚠ Overdue since %1"), iso_date(action.due_on))
            return f"{_ACTION_SYMBOLS[action.status]} {action.status.label.get(self._lang)}"
        return None

    def _extra(self, entry: Any, column: int, role: int) -> Any:
        f: Finding = entry
        if (role == Qt.ItemDataRole.FontRole and column == FindingColumn.GRADE
                and f.grade is FindingGrade.MAJOR):
            font = QFont()
            font.setBold(True)
            return font
        return None


# -- management reviews ----------------------------------------------------------------


class ReviewColumn(IntEnum):
    """The columns of :class:`ReviewsModel`."""

    DATE = 0
    CHAIR = 1
    STANDARDS = 2
    INPUTS = 3
    OUTPUTS = 4


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """One management review with its standards' labels and its required-input count.

    Attributes:
        review: the record.
        standards: labels of the standards it covered, e.g. ("ISO 9001:2015",).
        considered: required inputs it considered (of the covered standards).
        required: required inputs of the covered standards (desktop.domain.reviews).
    """

    review: ManagementReview
    standards: tuple[str, ...]
    considered: int
    required: int

    @property
    def id(self) -> int:
        """The review's id."""
        return self.review.id


class ReviewsModel(RecordTable):
    """Management reviews: date, chair, standards covered, inputs considered x/y, outputs."""

    columns = len(ReviewColumn)

    def set_reviews(self, rows: Sequence[ReviewRow], lang: str) -> None:
        """Show ``rows`` (replaces every row)."""
        self._reset(rows, lang)

    @staticmethod
    def _record(entry: Any) -> Any:
        return entry.review

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Held on"), self.tr("Chair"), self.tr("Standards"),
                self.tr("Inputs considered"), self.tr("Outputs"))

    def _cell(self, entry: Any, column: int, tooltip: bool) -> str | None:
        row: ReviewRow = entry
        review = row.review
        if column == ReviewColumn.DATE:
            return iso_date(review.held_on)
        if column == ReviewColumn.CHAIR:
            return review.chair
        if column == ReviewColumn.STANDARDS:
            return ("\n" if tooltip else ", ").join(row.standards)
        if column == ReviewColumn.INPUTS:
            complete = row.considered >= row.required
            if tooltip:
                return (self.tr("Every required input was considered.") if complete else
                        self.tr("%n required input(s) not considered.", "",
                                row.required - row.considered))
            mark = "✔" if complete else "⚠"
            return f"{mark} {row.considered}/{row.required}"
        if column == ReviewColumn.OUTPUTS:
            return review.outputs if tooltip else first_line(review.outputs)
        return None
