"""The internal-audit kit as one workbook: the programme, the plan and a sheet per checklist.

Sheets: the annual programme (when the audit belongs to one), the audit plan,
then one checklist sheet per audited department, named after it. Checklist
sheets have the columns No. / Clause / Requirement / Audit question /
Evidence seen / Result; the last two are left empty for the auditor, with
wrapping and a frozen header row so they print and fill in well.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from desktop.domain.model import Lang
from desktop.reports.audit_kit.labels import kit_label
from desktop.reports.audit_kit.model import AuditKitData
from desktop.reports.output import write_atomically

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_THIN = Side(style="thin", color="9A9A9A")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
_WRAP = Alignment(wrap_text=True, vertical="top")

CHECKLIST_COLUMNS = ("no", "clause", "title", "question", "evidence", "result")
"""Label keys of a checklist sheet's columns, in order."""

PLAN_COLUMNS = ("day", "time", "department", "sites", "auditors", "clauses", "independence")
"""Label keys of the plan sheet's table columns, in order."""


def sheet_title(text: str, taken: set[str]) -> str:
    """A valid, unused sheet name for ``text`` (at most 31 characters, no []:*?/\\)."""
    base = _BAD_SHEET_CHARS.sub("_", text).strip("'") or "_"
    base = base[:31]
    name, n = base, 2
    while name.casefold() in taken:
        suffix = f" ({n})"
        name = base[:31 - len(suffix)] + suffix
        n += 1
    taken.add(name.casefold())
    return name


def _table(ws: Any, row: int, head: tuple[str, ...], rows: list[tuple[Any, ...]],
           widths: tuple[int, ...], lang: Lang) -> int:
    for col, key in enumerate(head, start=1):
        cell = ws.cell(row=row, column=col, value=kit_label(key, lang))
        cell.font, cell.fill, cell.border, cell.alignment = Font(bold=True), _HEAD_FILL, \
            _BORDER, _WRAP
    for r, values in enumerate(rows, start=row + 1):
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=col, value=value)
            cell.border, cell.alignment = _BORDER, _WRAP
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = width
    ws.freeze_panes = ws.cell(row=row + 1, column=1)
    return row + len(rows) + 1


def _facts(ws: Any, facts: list[tuple[str, str]]) -> int:
    for r, (what, value) in enumerate(facts, start=2):
        ws.cell(row=r, column=1, value=what).font = Font(bold=True)
        ws.cell(row=r, column=2, value=value)
    return len(facts) + 3


def render_kit_xlsx(data: AuditKitData, path: Path) -> None:
    """Write the kit of ``data`` as a workbook to ``path``, replacing it atomically.

    Raises:
        ExportError: the file cannot be written (folder missing, access denied, disk full).
    """
    lang = data.lang
    wb = Workbook()
    taken: set[str] = set()
    first = wb.active
    assert first is not None
    wb.remove(first)
    programme = data.programme
    if programme is not None:
        ws = wb.create_sheet(sheet_title(kit_label("programme", lang), taken))
        ws.cell(row=1, column=1, value=f"{data.company} · {kit_label('programme', lang)}"
                ).font = Font(bold=True, size=14)
        row = _facts(ws, [(kit_label("programme", lang), programme.title),
                          (kit_label("period", lang), programme.period),
                          (kit_label("approved_by", lang), programme.approved_by)])
        row = _table(ws, row, ("department", "head", "sites", "clauses", "audits", "state"),
                     [(r.department, r.head, r.sites, r.clauses, r.audits, r.state)
                      for r in programme.rows], (16, 12, 28, 60, 36, 12), lang)
        ws.cell(row=row + 1, column=1, value=kit_label("gaps", lang)).font = Font(bold=True)
        for n, gap in enumerate(programme.gaps or (kit_label("no_gaps", lang),),
                                start=row + 2):
            ws.cell(row=n, column=1, value=gap)
    plan = data.plan
    ws = wb.create_sheet(sheet_title(kit_label("plan", lang), taken))
    ws.cell(row=1, column=1, value=f"{data.company} · {kit_label('plan', lang)}"
            ).font = Font(bold=True, size=14)
    row = _facts(ws, [(kit_label("audit", lang), plan.title),
                      (kit_label("dates", lang), plan.dates),
                      (kit_label("team", lang), plan.team)])
    for warning in plan.warnings:
        ws.cell(row=row, column=1, value=warning).font = Font(bold=True, color="9C0006")
        row += 1
    _table(ws, row + 1, PLAN_COLUMNS,
           [(s.day, s.time, s.department, s.sites, s.auditors, s.clauses, s.flag)
            for s in plan.slots], (12, 13, 14, 28, 14, 60, 30), lang)
    for checklist in data.checklists:
        ws = wb.create_sheet(sheet_title(
            f"{kit_label('checklist', lang)}-{checklist.department}", taken))
        ws.cell(row=1, column=1, value=f"{kit_label('checklist', lang)} · "
                f"{checklist.department}").font = Font(bold=True, size=14)
        row = _facts(ws, [(kit_label("audit", lang), plan.title),
                          (kit_label("head", lang), checklist.head),
                          (kit_label("sites", lang), checklist.sites),
                          (kit_label("when", lang), checklist.when),
                          (kit_label("auditors", lang), checklist.auditors)])
        _table(ws, row, CHECKLIST_COLUMNS,
               [(line.number, line.clause, line.title, line.question, "", "")
                for line in checklist.lines], (6, 18, 26, 60, 40, 16), lang)

    def write(handle: BinaryIO) -> None:
        wb.save(handle)

    write_atomically(path, write)
