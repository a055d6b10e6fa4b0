"""What the internal-audit kit prints, already in its language.

Gathered by :mod:`desktop.services.audits.kit` from the project; laid out by
:mod:`desktop.reports.audit_kit.pdf` and :mod:`desktop.reports.audit_kit.xlsx`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.model import Lang


@dataclass(frozen=True, slots=True)
class KitLine:
    """One checklist question: number, clause (e.g. "ISO 9001:2015 8.5"), its title, question."""

    number: int
    clause: str
    title: str
    question: str


@dataclass(frozen=True, slots=True)
class KitChecklist:
    """The audit checklist (内审检查表) of one department.

    Attributes:
        department: its name; head and sites as text.
        auditors: who audits it, from the plan (may be empty).
        when: day and time slot from the plan (may be empty).
        lines: the questions, clause by clause.
    """

    department: str
    head: str
    sites: str
    auditors: str
    when: str
    lines: tuple[KitLine, ...]


@dataclass(frozen=True, slots=True)
class KitSlot:
    """One row of the audit plan; ``flag`` explains an independence problem (else empty)."""

    day: str
    time: str
    department: str
    sites: str
    auditors: str
    clauses: str
    flag: str


@dataclass(frozen=True, slots=True)
class KitPlan:
    """The audit plan (审核实施计划) of one audit.

    Attributes:
        title: the audit's title.
        dates: the audit days as text.
        team: the audit team as text (lead first, with departments).
        slots: in time order.
        warnings: independence problems and auditees that name no department.
    """

    title: str
    dates: str
    team: str
    slots: tuple[KitSlot, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KitProgrammeRow:
    """One department of the annual programme: who, which clauses, which audits, state."""

    department: str
    head: str
    sites: str
    clauses: str
    audits: str
    state: str


@dataclass(frozen=True, slots=True)
class KitProgramme:
    """The annual internal-audit programme (年度内审计划).

    Attributes:
        title / period / approved_by: from the programme record.
        rows: one per department.
        sites: coverage column titles.
        coverage: (clause, one mark per site) rows: held, planned only, or missing.
        gaps: what the programme does not yet cover, one line each.
    """

    title: str
    period: str
    approved_by: str
    rows: tuple[KitProgrammeRow, ...]
    sites: tuple[str, ...]
    coverage: tuple[tuple[str, tuple[str, ...]], ...]
    gaps: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AuditKitData:
    """The whole kit of one audit.

    Attributes:
        lang: language of every text.
        company: company name.
        plan: the audit plan.
        checklists: one per audited department, in plan order.
        programme: the annual programme the audit belongs to (None when the
            audit is in no programme and no programme's period holds it).
        generated_at: when gathered (local time).
        app_version: AuditReady version.
    """

    lang: Lang
    company: str
    plan: KitPlan
    checklists: tuple[KitChecklist, ...]
    programme: KitProgramme | None
    generated_at: dt.datetime
    app_version: str
