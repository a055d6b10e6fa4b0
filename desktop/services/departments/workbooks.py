"""Department workbooks: send each department only its part, and take it back.

:func:`export_department_workbooks` writes one workbook per department
(:mod:`desktop.reports.departments.department_xlsx`) in the round-trip layout
with only that department's items, actions and findings, stamped with the
department, the project's id, a unique export id and each item's fields at
export. A returned workbook goes through the ordinary import
(:func:`desktop.services.roundtrip.preview_roundtrip`), which merges it
field by field (:mod:`desktop.services.departments.merge`).

A department's part:

- items: the checklist items of the department (:func:`item_departments`)
  and the items under clauses the department is responsible for in the
  matrix; an item can be in two workbooks (its owner's and the responsible
  department's);
- findings: those against a clause the department is responsible for;
- actions: those whose owner names the department (its name or its head),
  raised for one of its items, or for one of its findings.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import replace
from pathlib import Path

from desktop.domain.departments import Department, Role, owner_department
from desktop.domain.model import ItemState, Lang
from desktop.domain.records import ActionSource
from desktop.errors import ValidationError
from desktop.reports.model import ReportData
from desktop.services.departments.matrix import (
    department,
    item_departments,
    list_departments,
    matrix_standards,
    responsibility_matrix,
)
from desktop.services.departments.merge import base_of
from desktop.services.reporting.data import report_data
from desktop.services.session import ProjectSession
from desktop.store.outputs import check_outputs

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def department_item_ids(session: ProjectSession, department_id: str) -> tuple[str, ...]:
    """The checklist items in the department's workbook, in standard and document order.

    Raises:
        ValidationError: no such department.
    """
    department(session, department_id)
    owned = item_departments(session)
    matrix = responsibility_matrix(session)
    found: list[str] = []
    for std in matrix_standards(session):
        for item in std.checklist():
            role = matrix.get((std.id, item.clause), {}).get(department_id)
            if owned.get(item.id) == department_id or role is Role.RESPONSIBLE:
                found.append(item.id)
    return tuple(found)


def _part(session: ProjectSession, data: ReportData, dept: Department,
          depts: list[Department]) -> ReportData:
    """``data`` cut down to the department's items, findings and actions."""
    items = set(department_item_ids(session, dept.id))
    matrix = responsibility_matrix(session)
    standards = tuple(replace(s, rows=rows) for s in data.standards
                      if (rows := tuple(r for r in s.rows if r.item_id in items)))

    def responsible(clause_id: str) -> bool:
        std, _, clause = clause_id.partition(":")
        return matrix.get((std, clause), {}).get(dept.id) is Role.RESPONSIBLE

    findings = tuple(f for f in data.findings if f.clause_id and responsible(f.clause_id))
    finding_ids = {str(f.id) for f in findings}
    audit_ids = {f.audit_id for f in findings}
    assessment = data.assessment
    if assessment is not None:
        def ours(action: object) -> bool:
            owner = getattr(action, "owner", "")
            source, ref = getattr(action, "source", None), getattr(action, "source_ref", "")
            return (owner_department(owner, depts) == dept.id
                    or (source is ActionSource.GAP and ref in items)
                    or (source is ActionSource.FINDING and ref in finding_ids))
        assessment = replace(assessment,
                             actions=tuple(a for a in assessment.actions if ours(a)),
                             overdue_actions=tuple(a for a in assessment.overdue_actions
                                                   if ours(a)))
    return replace(data, standards=standards, assessment=assessment, findings=findings,
                   audits=tuple(a for a in data.audits if a.id in audit_ids),
                   programmes=(), reviews=(), integrated=(), matrix=None)


def workbook_name(position: int, dept: Department) -> str:
    """The file name of a department's workbook, e.g. ``"02-品质部.xlsx"``."""
    name = _UNSAFE.sub("_", dept.name).strip(" .") or dept.id
    return f"{position:02d}-{name}.xlsx"


def export_department_workbooks(session: ProjectSession, outdir: Path, lang: Lang,
                                department_ids: list[str] | None = None) -> list[Path]:
    """Write one workbook per department into folder ``outdir``.

    Args:
        outdir: an existing folder; files named by :func:`workbook_name` are
            replaced.
        lang: "en" or "zh", the language of the workbooks.
        department_ids: only these departments (default: every one).

    Returns:
        The written files, in department order.

    Raises:
        ValidationError: the project has no departments, an unknown
            department, unknown language, or ``outdir`` is not a folder.
        OutputPathError: a file would be the project or one of its side files.
        ExportError: a file cannot be written.
    """
    from desktop.reports.departments.department_xlsx import (  # slow import: on first use
        DepartmentBook,
        render_department_xlsx,
    )
    depts = list_departments(session)
    if not depts:
        raise ValidationError("The project has no departments yet; add them first.",
                              "项目中还没有部门，请先添加部门。")
    if not outdir.is_dir():
        raise ValidationError(f"The folder {outdir} does not exist.",
                              f"文件夹 {outdir} 不存在。")
    wanted = [department(session, d).id for d in department_ids] if department_ids else None
    chosen = [(n, d) for n, d in enumerate(depts, start=1) if wanted is None or d.id in wanted]
    targets = [(outdir / workbook_name(n, d), d) for n, d in chosen]
    check_outputs((("xlsx", path) for path, _d in targets), project=session.path)
    data = report_data(session, lang)
    states = session.store.item_states()
    project_id = session.store.backups.project_id()
    written: list[Path] = []
    for path, dept in targets:
        part = _part(session, data, dept, depts)
        base = {row.item_id: base_of(states.get(row.item_id, ItemState(row.item_id)))
                for section in part.standards for row in section.rows}
        render_department_xlsx(DepartmentBook(
            department=dept, data=part, project=session.path.name, project_id=project_id,
            export_id=uuid.uuid4().hex, base=base), path)
        written.append(path)
    return written
