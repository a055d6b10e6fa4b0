"""The internal-audit kit of one audit, and results recorded against its checklist lines.

:func:`audit_kit_data` gathers, in one language, the annual programme the
audit belongs to, the audit plan (with auditor independence checked) and one
checklist per audited department (the clauses it is responsible for in the
responsibility matrix, with the knowledge base's auditor questions); see
:mod:`desktop.domain.audit_kit`. :func:`export_audit_kit` writes them as PDF
files and one workbook into a folder. :func:`record_checklist_result`
records what the auditor found on a checklist line: the (clause, site) pair
joins the audit's coverage and a finding, when one is raised, keeps the
clause, the site and the department.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from desktop import __version__
from desktop.domain.audit_kit import (
    AuditPlan,
    ChecklistLine,
    annual_programme,
    audit_plan,
    department_checklist,
    plan_day,
)
from desktop.domain.departments import Department
from desktop.domain.model import Lang, Standard
from desktop.domain.records import Finding, FindingGrade, InternalAudit
from desktop.errors import ExportError, ValidationError
from desktop.reports.audit_kit.labels import kit_label
from desktop.reports.audit_kit.model import (
    AuditKitData,
    KitChecklist,
    KitLine,
    KitPlan,
    KitProgramme,
    KitProgrammeRow,
    KitSlot,
)
from desktop.reports.labels import format_date
from desktop.services.audits.programme import _changed, save_audit, save_finding
from desktop.services.changes import Changes
from desktop.services.departments.matrix import list_departments, responsibility_matrix
from desktop.services.session import ProjectSession
from desktop.store.audit_kit import finding_departments

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def _audit(session: ProjectSession, audit_id: int) -> InternalAudit:
    for audit in session.store.records.audits():
        if audit.id == audit_id:
            return audit
    raise ValidationError(f"Internal audit #{audit_id} does not exist in this project.",
                          f"本项目中不存在内部审核 #{audit_id}。")


def audited_standards(session: ProjectSession, audit: InternalAudit) -> tuple[Standard, ...]:
    """The standards an audit covers: those named in its coverage, else all the project's."""
    named = {clause_id.split(":", 1)[0] for clause_id, _site in audit.coverage}
    standards = session.standards()
    return tuple(s for s in standards if s.id in named) or standards


def plan_for(session: ProjectSession, audit_id: int, *,
             today: dt.date | None = None) -> AuditPlan:
    """The plan of audit ``audit_id`` (see :func:`desktop.domain.audit_kit.audit_plan`).

    Raises:
        ValidationError: no such audit.
    """
    audit = _audit(session, audit_id)
    return audit_plan(audit, list_departments(session), responsibility_matrix(session),
                      audited_standards(session, audit),
                      plan_day(audit, today or dt.date.today()))


def _clause_label(standards: dict[str, Standard], standard_id: str, clause: str) -> str:
    std = standards.get(standard_id)
    return f"{std.label if std else standard_id} {clause}"


def _clauses_text(standards: dict[str, Standard], pairs: tuple[tuple[str, str], ...],
                  lang: Lang) -> str:
    """Clauses grouped by standard: "ISO 9001:2015 7.1.3, 8.5; ISO 14001:2015 8.1"."""
    grouped: dict[str, list[str]] = {}
    for standard_id, clause in pairs:
        std = standards.get(standard_id)
        grouped.setdefault(std.label if std else standard_id, []).append(clause)
    sep, group_sep = ("、", "；") if lang == "zh" else (", ", "; ")
    return group_sep.join(f"{label} {sep.join(c)}" for label, c in grouped.items())


def _join(values: tuple[str, ...] | list[str], lang: Lang) -> str:
    return ("、" if lang == "zh" else ", ").join(values)


def _programme(session: ProjectSession, audit: InternalAudit, departments: list[Department],
               lang: Lang) -> KitProgramme | None:
    records = session.store.records
    programmes = records.programmes()
    chosen = next((p for p in programmes if p.id == audit.programme_id), None)
    day = audit.held_from or audit.planned_on
    if chosen is None and day is not None:
        chosen = next((p for p in programmes if p.period_from <= day <= p.period_to), None)
    if chosen is None:
        return None
    standards = session.standards()
    by_id = {s.id: s for s in standards}
    sites = session.store.profile().sites
    found = annual_programme(chosen, records.audits(), departments,
                             responsibility_matrix(session), standards, sites)
    rows = []
    for row in found.rows:
        state = "held" if row.held else "planned" if row.planned else "missing"
        rows.append(KitProgrammeRow(
            department=row.department.name, head=row.department.head,
            sites=_join(row.department.sites, lang),
            clauses=_clauses_text(by_id, row.clauses, lang),
            audits=_join([f"{a.title} ({format_date(a.held_from or a.planned_on)})"
                          for a in row.audits], lang),
            state=kit_label(state, lang)))
    coverage = []
    for clause_id in found.held.rows:
        marks = tuple("●" if found.held.cells[(clause_id, s)] else
                      "○" if found.planned.cells[(clause_id, s)] else "—"
                      for s in found.held.sites)
        std_id, _sep, clause = clause_id.partition(":")
        coverage.append((_clause_label(by_id, std_id, clause), marks))
    gaps = [f"{kit_label('department', lang)}: {d.name}"
            for d in found.unplanned_departments()]
    gaps += [f"{_clause_label(by_id, *c.split(':', 1))} @ {site or '—'}"
             for c, site in found.planned.missing()]
    return KitProgramme(
        title=chosen.title, period=f"{format_date(chosen.period_from)} – "
        f"{format_date(chosen.period_to)}", approved_by=chosen.approved_by, rows=tuple(rows),
        sites=found.held.sites, coverage=tuple(coverage), gaps=tuple(gaps))


def audit_kit_data(session: ProjectSession, audit_id: int, lang: Lang, *,
                   today: dt.date | None = None) -> AuditKitData:
    """Gather the kit of audit ``audit_id`` in ``lang`` ("en" or "zh").

    Args:
        today: the audit day used when the audit has neither held nor planned
            dates (default: the local date).

    Raises:
        ValidationError: no such audit, or an unknown language.
    """
    if lang not in ("en", "zh"):
        raise ValidationError(f"Unknown report language {lang!r}; use en or zh.",
                              f"未知的报告语言 {lang!r}，请使用 en 或 zh。")
    audit = _audit(session, audit_id)
    departments = list_departments(session)
    matrix = responsibility_matrix(session)
    standards = audited_standards(session, audit)
    by_id = {s.id: s for s in standards}
    plan = audit_plan(audit, departments, matrix, standards,
                      plan_day(audit, today or dt.date.today()))
    slots, checklists = [], []
    for slot in plan.slots:
        flag = _independence(plan, slot.department.name, slot.independent, lang)
        when = f"{format_date(slot.day)} {slot.start:%H:%M}–{slot.end:%H:%M}"
        slots.append(KitSlot(
            day=format_date(slot.day), time=f"{slot.start:%H:%M}–{slot.end:%H:%M}",
            department=slot.department.name, sites=_join(slot.sites, lang),
            auditors=_join(slot.auditors, lang),
            clauses=_clauses_text(by_id, slot.clauses, lang),
            flag=flag))
        checklist = department_checklist(slot.department, matrix, standards)
        checklists.append(KitChecklist(
            department=slot.department.name, head=slot.department.head,
            sites=_join(slot.sites, lang), auditors=_join(slot.auditors, lang), when=when,
            lines=tuple(KitLine(n, _clause_label(by_id, line.standard_id, line.clause),
                                line.clause_title.get(lang), line.question.get(lang))
                        for n, line in enumerate(checklist.lines, start=1))))
    warnings = [(f"{i.auditor} ({i.department}) belongs to an audited department and does "
                 f"not audit {i.department}." if lang == "en" else
                 f"{i.auditor}（{i.department}）属于受审核部门，不得审核{i.department}。")
                for i in plan.issues]
    warnings += [(f"{name} is not a department of the project; add it under Departments."
                  if lang == "en" else f"“{name}”不是本项目的部门，请先在部门中添加。")
                 for name in plan.unknown_auditees]
    days = sorted({s.day for s in plan.slots})
    dates = (f"{format_date(days[0])} – {format_date(days[-1])}" if len(days) > 1 else
             format_date(days[0]) if days else format_date(plan_day(audit, today or
                                                                    dt.date.today())))
    team = _join([f"{a.name} ({a.department})" if a.department else a.name
                  for a in audit.auditors], lang)
    return AuditKitData(
        lang=lang, company=session.store.profile().name,
        plan=KitPlan(audit.title, dates, team, tuple(slots), tuple(warnings)),
        checklists=tuple(checklists), programme=_programme(session, audit, departments, lang),
        generated_at=dt.datetime.now().astimezone(), app_version=__version__)


def _independence(plan: AuditPlan, department: str, independent: bool, lang: Lang) -> str:
    """The plan's independence column for one department's slot."""
    own = [i.auditor for i in plan.issues if i.department == department]
    if not independent:
        return ("▲ No auditor from another department: add one to the team" if lang == "en"
                else "▲ 无其他部门的审核员，请为审核组增加人员")
    if own:
        names = _join(own, lang)
        return (f"▲ {names}: own department, not assigned" if lang == "en"
                else f"▲ {names}：本部门人员，未安排审核")
    return "✓ independent" if lang == "en" else "✓ 独立"


def _safe(name: str) -> str:
    return _UNSAFE.sub("_", name).strip(" .") or "_"


def export_audit_kit(session: ProjectSession, audit_id: int, folder: Path, lang: Lang, *,
                     today: dt.date | None = None) -> tuple[Path, ...]:
    """Write the kit of audit ``audit_id`` into ``folder`` (created when missing).

    Files (names in ``lang``): the annual programme PDF when the audit belongs
    to a programme, the audit plan PDF, one checklist PDF per audited
    department, and one workbook with all of them; existing files of the same
    names are replaced.

    Returns:
        The files written, in that order.

    Raises:
        ValidationError: no such audit, or an unknown language.
        ExportError: the folder cannot be made or a file cannot be written.
    """
    # reportlab and openpyxl load on first use, not when the window opens.
    from desktop.reports.audit_kit.pdf import (
        render_checklist_pdf,
        render_plan_pdf,
        render_programme_pdf,
    )
    from desktop.reports.audit_kit.xlsx import render_kit_xlsx
    data = audit_kit_data(session, audit_id, lang, today=today)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"Cannot create the folder {folder}: {exc.strerror or exc}.",
                          f"无法创建文件夹 {folder}：{exc.strerror or exc}。") from exc
    zh = lang == "zh"
    written: list[Path] = []
    if data.programme is not None:
        path = folder / ("年度内审计划.pdf" if zh else "audit-programme.pdf")
        render_programme_pdf(data, data.programme, path)
        written.append(path)
    path = folder / ("审核实施计划.pdf" if zh else "audit-plan.pdf")
    render_plan_pdf(data, path)
    written.append(path)
    for checklist in data.checklists:
        path = folder / (f"内审检查表-{_safe(checklist.department)}.pdf" if zh else
                         f"checklist-{_safe(checklist.department)}.pdf")
        render_checklist_pdf(data, checklist, path)
        written.append(path)
    path = folder / ("内审资料.xlsx" if zh else "audit-kit.xlsx")
    render_kit_xlsx(data, path)
    written.append(path)
    return tuple(written)


def record_checklist_result(session: ProjectSession, audit_id: int, clause_id: str,
                            department_id: str, site: str, grade: FindingGrade | None = None,
                            statement: str = "") -> Changes:
    """Record the result of a checklist line of audit ``audit_id``.

    The pair (``clause_id``, ``site``) joins the audit's coverage (the audit
    itself must then be held for the coverage to count). With a ``grade``, a
    finding is raised with the statement, the clause, the site and the
    department; without one the line conformed and only coverage changes.

    Args:
        clause_id: the clause node id, e.g. ``"iso9001-2015:8.5"``.
        department_id: the audited department (``Department.id``).
        site: one of the company's sites (``""`` when it names none).

    Returns:
        Changes with records ``{"audits"}`` (and ``"findings"`` with a
        finding, whose id is then ``record_id``).

    Raises:
        ValidationError: unknown audit, department, clause or site; a finding
            without a statement.
    """
    audit = _audit(session, audit_id)
    if department_id not in {d.id for d in list_departments(session)}:
        raise ValidationError(f"Department {department_id!r} does not exist in this project.",
                              f"本项目中不存在部门 {department_id!r}。")
    with session.store.atomic():
        if (clause_id, site) not in audit.coverage:
            save_audit(session, replace(audit, coverage=(*audit.coverage, (clause_id, site))))
        if grade is None:
            return _changed("audits", record_id=audit_id)
        changes = save_finding(session, Finding(0, audit_id, FindingGrade(grade), statement,
                                                clause_id=clause_id, site=site))
        assert changes.record_id is not None
        finding_departments(session.store).put(changes.record_id, department_id)
    return _changed("audits", "findings", record_id=changes.record_id)


def undo_checklist_result(session: ProjectSession, audit: InternalAudit,
                          finding_id: int | None) -> Changes:
    """Take back :func:`record_checklist_result`: restore ``audit`` as it was (its
    coverage) and delete the finding it raised, if any (and if still there).

    Returns:
        Changes with records ``{"audits", "findings"}``.

    Raises:
        ValidationError: the audit no longer exists.
    """
    _audit(session, audit.id)
    with session.store.atomic():
        if finding_id is not None and any(f.id == finding_id
                                          for f in session.store.records.findings()):
            session.store.records.delete_finding(finding_id)
        save_audit(session, audit)
    return _changed("audits", "findings", record_id=audit.id)


def checklist_lines(session: ProjectSession, audit_id: int,
                    department_id: str) -> tuple[ChecklistLine, ...]:
    """The checklist lines of one department for audit ``audit_id`` (its audited standards).

    Raises:
        ValidationError: no such audit or department.
    """
    audit = _audit(session, audit_id)
    dept = next((d for d in list_departments(session) if d.id == department_id), None)
    if dept is None:
        raise ValidationError(f"Department {department_id!r} does not exist in this project.",
                              f"本项目中不存在部门 {department_id!r}。")
    return department_checklist(dept, responsibility_matrix(session),
                                audited_standards(session, audit)).lines


def finding_department_ids(session: ProjectSession) -> dict[int, str]:
    """Finding id → department id, for the findings raised against a department."""
    return finding_departments(session.store).all()
