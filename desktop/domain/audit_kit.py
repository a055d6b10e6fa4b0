"""The internal-audit kit: the annual programme, one audit's plan and the department checklists.

Built from the responsibility matrix (:mod:`desktop.domain.departments`) and
the audit records (:mod:`desktop.domain.records`):

- :func:`annual_programme` (年度内审计划): each department with the clauses it
  is responsible for and the audits of the programme's period that visit it,
  and the clause-by-site coverage with what is held and what is only planned
  (ISO 9001:2015 9.2.2 a; Chinese certification bodies expect all clauses at
  all sites within the year).
- :func:`audit_plan` (审核实施计划): for one audit, a time slot per audited
  department with its auditors and clauses; an auditor who belongs to an
  audited department is flagged and not given that department
  (ISO 9001:2015 9.2.2 c: objectivity and impartiality).
- :func:`department_checklist` (内审检查表): for each clause the department
  is responsible for, the knowledge base's auditor questions, with room for
  the evidence seen and the result. A clause whose items carry no question
  gets one general question, so no clause is left without a line.

Pure: no storage, no Qt. Times are local wall-clock times of the audit day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop.domain.coverage import CoverageMatrix, coverage_matrix
from desktop.domain.departments import Department, Matrix, Role
from desktop.domain.model import ItemKind, Standard, Text
from desktop.domain.records import AuditProgramme, InternalAudit

MAX_QUESTIONS_PER_ITEM = 2
"""Questions taken from each checklist item (the first ones, the knowledge base's order)."""

MAX_QUESTIONS_PER_CLAUSE = 6
"""Questions per clause at most, so a department's checklist stays a few pages."""

DAY_START = dt.time(8, 30)
LUNCH = (dt.time(12, 0), dt.time(13, 0))
DAY_END = dt.time(17, 30)
MINUTES_PER_CLAUSE = 5
"""Audit time given to each responsible clause; a slot lasts from :data:`MIN_SLOT` to
:data:`MAX_SLOT` minutes (a morning or an afternoon, so it never spans lunch)."""
MIN_SLOT = 30
MAX_SLOT = 210
SLOT_STEP = 15
"""Slots are rounded up to whole quarter hours."""


def clause_key(standard_id: str, clause: str) -> str:
    """The catalog clause node id, e.g. ``("iso9001-2015", "8.5")`` → ``"iso9001-2015:8.5"``."""
    return f"{standard_id}:{clause}"


def _clause_order(clause: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in clause.split("."))


def responsible_clauses(department_id: str, matrix: Matrix,
                        standards: Sequence[Standard]) -> tuple[tuple[str, str], ...]:
    """(standard id, clause) pairs the department is responsible for, standards in the
    order given, clauses in clause order."""
    wanted = {s.id: n for n, s in enumerate(standards)}
    pairs = [key for key, cell in matrix.items()
             if key[0] in wanted and cell.get(department_id) is Role.RESPONSIBLE]
    return tuple(sorted(pairs, key=lambda k: (wanted[k[0]], _clause_order(k[1]))))


# --- checklists -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChecklistLine:
    """One question of a department's audit checklist.

    Attributes:
        standard_id, clause: the clause asked about, e.g. ("iso9001-2015", "8.5").
        clause_title: its title.
        question: what the auditor asks.
        item_id: the checklist item the question comes from; ``None`` for the
            general question of a clause whose items carry none.
    """

    standard_id: str
    clause: str
    clause_title: Text
    question: Text
    item_id: str | None

    @property
    def clause_id(self) -> str:
        """The catalog clause node id, e.g. ``"iso9001-2015:8.5"``."""
        return clause_key(self.standard_id, self.clause)


@dataclass(frozen=True, slots=True)
class DepartmentChecklist:
    """The checklist of one department: its lines, clause by clause."""

    department: Department
    lines: tuple[ChecklistLine, ...]

    def clauses(self) -> tuple[tuple[str, str], ...]:
        """The (standard id, clause) pairs it asks about, in order, each once."""
        return tuple(dict.fromkeys((line.standard_id, line.clause) for line in self.lines))


def general_question(clause: str, title: Text) -> Text:
    """The question asked of a clause whose checklist items carry none."""
    return Text(f"How does the department meet {clause} \"{title.en}\"? "
                "Ask for the documents and the latest records, and check one case in practice.",
                f"本部门如何满足 {clause}“{title.zh}”的要求？请出示文件和最近的记录，"
                "并现场抽查一例。")


def clause_lines(standard: Standard, clause: str, *,
                 descend: bool = True) -> tuple[ChecklistLine, ...]:
    """The checklist lines of one clause: the questions of its own checklist items.

    At most :data:`MAX_QUESTIONS_PER_ITEM` per item and
    :data:`MAX_QUESTIONS_PER_CLAUSE` in all. A clause without items of its own
    (e.g. 7.1.5, whose items sit under 7.1.5.1 and 7.1.5.2) takes, when
    ``descend``, the first question of each item of its sub-clauses; one
    general question is asked when there is still none.

    Raises:
        KeyError: the standard has no such clause.
    """
    node = next((i for i in standard.items
                 if i.kind is ItemKind.CLAUSE and i.clause == clause), None)
    if node is None:
        raise KeyError(f"{standard.id} has no clause {clause}")
    title = node.shown_title
    lines = [ChecklistLine(standard.id, clause, title, q, item.id)
             for item in standard.checklist() if item.clause == clause
             for q in item.questions[:MAX_QUESTIONS_PER_ITEM]]
    if not lines and descend:
        lines = [ChecklistLine(standard.id, clause, title, item.questions[0], item.id)
                 for item in standard.checklist()
                 if item.clause.startswith(clause + ".") and item.questions]
    if not lines:
        lines = [ChecklistLine(standard.id, clause, title, general_question(clause, title),
                               None)]
    return tuple(lines[:MAX_QUESTIONS_PER_CLAUSE])


def department_checklist(department: Department, matrix: Matrix,
                         standards: Sequence[Standard]) -> DepartmentChecklist:
    """The audit checklist of ``department``: every clause it is responsible for, with
    at least one question each (see :func:`clause_lines`; a clause borrows its
    sub-clauses' questions only when the department is not responsible for one of
    them itself).

    Args:
        matrix: the responsibility matrix; clauses a standard does not have are skipped.
        standards: the standards audited, in the order the checklist follows.
    """
    by_id = {s.id: s for s in standards}
    pairs = responsible_clauses(department.id, matrix, standards)
    lines: list[ChecklistLine] = []
    for standard_id, clause in pairs:
        descend = not any(s == standard_id and c.startswith(clause + ".") for s, c in pairs)
        try:
            lines.extend(clause_lines(by_id[standard_id], clause, descend=descend))
        except KeyError:
            continue
    return DepartmentChecklist(department, tuple(lines))


# --- one audit's plan -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanSlot:
    """One department's turn in an audit.

    Attributes:
        day, start, end: when (local time).
        department: who is audited.
        sites: where (the department's sites).
        auditors: who audits it: team members from other departments.
        clauses: (standard id, clause) pairs the department is responsible for.
        independent: False when no team member from another department was
            available, so the department's own auditors had to be given.
    """

    day: dt.date
    start: dt.time
    end: dt.time
    department: Department
    sites: tuple[str, ...]
    auditors: tuple[str, ...]
    clauses: tuple[tuple[str, str], ...]
    independent: bool = True


@dataclass(frozen=True, slots=True)
class IndependenceIssue:
    """An auditor of the team who belongs to an audited department (9.2.2 c)."""

    auditor: str
    department: str


@dataclass(frozen=True, slots=True)
class AuditPlan:
    """The plan of one internal audit.

    Attributes:
        audit: the audit.
        slots: in time order.
        issues: auditors belonging to an audited department.
        unknown_auditees: auditees that name no department of the project.
    """

    audit: InternalAudit
    slots: tuple[PlanSlot, ...]
    issues: tuple[IndependenceIssue, ...]
    unknown_auditees: tuple[str, ...]


def _minutes(clauses: int) -> int:
    minutes = min(MAX_SLOT, max(MIN_SLOT, clauses * MINUTES_PER_CLAUSE))
    return -(-minutes // SLOT_STEP) * SLOT_STEP


def _next_workday(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _place(day: dt.date, start: dt.datetime, minutes: int) -> tuple[dt.datetime, dt.datetime]:
    """The first free span of ``minutes`` from ``start``, skipping lunch and evenings."""
    length = dt.timedelta(minutes=minutes)
    while True:
        lunch_from = dt.datetime.combine(start.date(), LUNCH[0])
        lunch_to = dt.datetime.combine(start.date(), LUNCH[1])
        if start < lunch_to and start + length > lunch_from:
            start = lunch_to
        end_of_day = dt.datetime.combine(start.date(), DAY_END)
        if start + length <= end_of_day:
            return start, start + length
        start = dt.datetime.combine(_next_workday(start.date()), DAY_START)


def audit_plan(audit: InternalAudit, departments: Sequence[Department], matrix: Matrix,
               standards: Sequence[Standard], day: dt.date) -> AuditPlan:
    """Plan ``audit``: one slot per audited department, in the order of ``audit.auditees``.

    A slot lasts :data:`MINUTES_PER_CLAUSE` per responsible clause (from
    :data:`MIN_SLOT` to :data:`MAX_SLOT`, rounded up to :data:`SLOT_STEP` minutes), from
    :data:`DAY_START`, around lunch, continuing on the next working day after
    :data:`DAY_END`. Auditors are given round robin among the team members who
    do not belong to the department (matched by department name); a team
    member of an audited department is reported in ``issues``.

    Args:
        departments: the project's departments; auditees are matched by name.
        standards: the standards audited.
        day: the first audit day.
    """
    by_name = {d.name: d for d in departments}
    audited = [by_name[n] for n in audit.auditees if n in by_name]
    unknown = tuple(n for n in audit.auditees if n not in by_name)
    names = {d.name for d in audited}
    issues = tuple(IndependenceIssue(a.name, a.department) for a in audit.auditors
                   if a.department and a.department in names)
    slots: list[PlanSlot] = []
    cursor = dt.datetime.combine(day, DAY_START)
    turn = 0
    for dept in audited:
        clauses = responsible_clauses(dept.id, matrix, standards)
        start, end = _place(day, cursor, _minutes(len(clauses)))
        cursor = end
        free = [a.name for a in audit.auditors if a.department != dept.name]
        pick: tuple[str, ...]
        if free:
            pick = (free[turn % len(free)],)
            turn += 1
        else:
            pick = tuple(a.name for a in audit.auditors)
        slots.append(PlanSlot(start.date(), start.time(), end.time(), dept, dept.sites, pick,
                              clauses, independent=bool(free)))
    return AuditPlan(audit, tuple(slots), issues, unknown)


# --- the annual programme ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProgrammeRow:
    """One department in the annual programme.

    Attributes:
        department: the department.
        clauses: (standard id, clause) pairs it is responsible for.
        audits: audits of the period that list it among their auditees, by date.
        held: True when one of them has been held.
    """

    department: Department
    clauses: tuple[tuple[str, str], ...]
    audits: tuple[InternalAudit, ...]

    @property
    def held(self) -> bool:
        """True when an audit of the period visiting the department was held."""
        return any(a.held for a in self.audits)

    @property
    def planned(self) -> bool:
        """True when some audit of the period visits the department (held or not)."""
        return bool(self.audits)


@dataclass(frozen=True, slots=True)
class AnnualProgramme:
    """The internal-audit programme of one period.

    Attributes:
        programme: the programme record.
        rows: one per department, in the departments' order.
        held: clause-by-site coverage by the held audits of the period.
        planned: the same counting every audit of the period as if held.
    """

    programme: AuditProgramme
    rows: tuple[ProgrammeRow, ...]
    held: CoverageMatrix
    planned: CoverageMatrix

    def unplanned_departments(self) -> tuple[Department, ...]:
        """Departments no audit of the period visits."""
        return tuple(r.department for r in self.rows if not r.planned)


def _in_period(audit: InternalAudit, programme: AuditProgramme) -> bool:
    day = audit.held_from or audit.planned_on
    if audit.programme_id == programme.id:
        return True
    return day is not None and programme.period_from <= day <= programme.period_to


def annual_programme(programme: AuditProgramme, audits: Sequence[InternalAudit],
                     departments: Sequence[Department], matrix: Matrix,
                     standards: Sequence[Standard], sites: Sequence[str]) -> AnnualProgramme:
    """The programme's departments and coverage (see :class:`AnnualProgramme`).

    An audit belongs to the programme when it names it, or when it is planned
    or held within the programme's period.
    """
    mine = sorted((a for a in audits if _in_period(a, programme)),
                  key=lambda a: (a.held_from or a.planned_on or programme.period_to, a.id))
    rows = tuple(ProgrammeRow(d, responsible_clauses(d.id, matrix, standards),
                              tuple(a for a in mine if d.name in a.auditees))
                 for d in departments)
    as_held = [a if a.held else replace(a, held_from=a.planned_on or programme.period_from)
               for a in mine]
    return AnnualProgramme(programme, rows, coverage_matrix(standards, sites, mine),
                           coverage_matrix(standards, sites, as_held))


def plan_day(audit: InternalAudit, today: dt.date) -> dt.date:
    """The first audit day: held, else planned, else ``today``."""
    return audit.held_from or audit.planned_on or today
