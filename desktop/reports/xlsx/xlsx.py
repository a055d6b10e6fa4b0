"""The readiness report as an Excel workbook (openpyxl), in the report's language.

Sheets, in order:

1. "Summary" / "摘要": readiness per standard and integrated in three layers
   with native bar and line charts, the certification gates, the history.
2. One checklist sheet per standard, titled with the standard's label with
   ``:`` replaced by a space (e.g. "ISO 9001 2015"). This is the sheet a
   client fills in and the importer reads back (the round-trip layout below).
3. "Integrated" / "三体系整合": shared requirements with each standard's status, then
   the items specific to each standard (read-only, not imported).
4. "Evidence register" / "证据清单", "Action plan" / "行动计划", "Audits" /
   "内部审核和管理评审" (programmes, audits with their findings, management
   reviews), "Certificate calendar" / "证书日历", and when the project has
   departments "Responsibility matrix" / "职能分配表" (:mod:`desktop.reports.matrix.matrix_xlsx`).
5. Hidden: "Lists" (drop-down sources) and "_auditready" (export facts).

Round-trip layout of a checklist sheet (fixed; the importer relies on it):
row 1 is the header in the report language, data from row 2; columns
A "ID" (item id, hidden), B clause, C requirement, D kind, E status (symbol
and word from the drop-down, e.g. "◐ In progress"), F owner (drop-down of
known owners, other names allowed), G due date (date cell), H notes,
I justification when not applicable, J evidence file names (read-only),
K "Stamp" (the item state's ``updated_at`` as ISO-8601 UTC text, "" when
never recorded; hidden). Every sheet is protected without a password; on a
checklist sheet E to I are unlocked, A (ID) and K (Stamp) locked. The hidden sheet
"_auditready" holds key/value rows: ``format`` (1), ``project`` (project file
name), ``exported_at`` (ISO-8601), ``lang``, ``standards`` (comma-separated
standard ids in sheet order) and ``sheets`` (the checklist sheet titles,
same order).

Every sheet has a bold shaded header row that stays in view and repeats on
printed pages, an autofilter (not the summary), thin borders on its data rows,
every cell aligned to the top, and prints on the export's paper with the
company and the sheet's name in the header and "page x of y" and the export
date in the footer, fitted to the paper width only where the text stays at
least 8 pt (:mod:`desktop.reports.xlsx.xlsx_print`). Status cells and overdue
dates have conditional formats that also read in grayscale
(:mod:`desktop.reports.xlsx.xlsx_formats`). Dates are date cells
(``yyyy-mm-dd``). User text beginning with ``=``, ``+``, ``-`` or ``@`` (also
after blanks), a tab or a carriage return is stored as text with Excel's quote
prefix: never a formula.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4

from desktop.errors import CancelledError
from desktop.reports.labels import label
from desktop.reports.matrix.matrix_model import mlabel
from desktop.reports.matrix.matrix_xlsx import write_matrix_sheet
from desktop.reports.model import ReportData
from desktop.reports.output import write_atomically
from desktop.reports.xlsx.labels_xlsx import xlabel
from desktop.reports.xlsx.xlsx_charts import write_summary
from desktop.reports.xlsx.xlsx_layout import EXCEL_CELL_LIMIT, formula_like
from desktop.reports.xlsx.xlsx_print import PageStyle
from desktop.reports.xlsx.xlsx_sheets import (
    LISTS_SHEET,
    Lists,
    sheet_title,
    write_actions,
    write_audits,
    write_calendar,
    write_checklist,
    write_evidence,
    write_integrated,
    write_lists,
    write_meta,
)

__all__ = ["EXCEL_CELL_LIMIT", "FORMAT_VERSION", "META_SHEET", "formula_like", "render_xlsx"]

FORMAT_VERSION = 1
"""Value of ``format`` in the "_auditready" sheet; raised when the round-trip layout changes."""

META_SHEET = "_auditready"
"""Title of the hidden sheet with the export facts."""

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_CHECK_EVERY = 250  # rows between two progress reports / cancel checks


def render_xlsx(data: ReportData, path: Path, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None, project: str = "",
                pagesize: tuple[float, float] = A4) -> None:
    """Write ``data`` as an Excel workbook (.xlsx) to ``path``, replacing it atomically.

    See the module docstring for the sheets and the round-trip layout.

    Args:
        data: the report, in its language (``data.lang``).
        path: the target file.
        progress: called with (rows written, rows in all) now and then, and
            with (total, total) at the end.
        cancelled: polled every few hundred rows; True stops the export.
        project: the project file name recorded in "_auditready" (may be "").
        pagesize: the paper the sheets print on, (width, height) in points
            (reportlab's ``A4`` or ``LETTER``, as for the PDF reports).

    Raises:
        CancelledError: ``cancelled`` returned True; ``path`` is unchanged and
            no temporary file is left.
        ExportError: the file cannot be written (folder missing, access denied,
            file open in Excel, disk full); the message names the file in
            English and Chinese. ``path`` is then unchanged and no temporary
            file is left.
    """
    page = PageStyle(pagesize=pagesize, company=data.company.name,
                     exported=data.generated_at.date())
    write_atomically(path, lambda handle: _write(data, handle, progress, cancelled, project,
                                                 page))


def _write(data: ReportData, handle: BinaryIO, progress: Progress | None,
           cancelled: Cancelled | None, project: str, page: PageStyle) -> None:
    lang = data.lang
    total = _row_count(data)
    done = 0

    def check() -> None:
        if cancelled is not None and cancelled():
            raise CancelledError()
        if progress is not None:
            progress(done, total)

    def tick() -> None:
        nonlocal done
        done += 1
        if done % _CHECK_EVERY == 0:
            check()

    check()
    wb = Workbook(write_only=True)
    wb.properties.title = f"{label('report_title', lang)} – {data.company.name}"
    wb.properties.subject = label("report_subject", lang)
    wb.properties.creator = "AuditReady"
    wb.properties.language = "zh-CN" if lang == "zh" else "en"

    taken = {t.casefold() for t in (LISTS_SHEET, META_SHEET)}
    names = {key: sheet_title(xlabel(key, lang), taken) for key in
             ("sheet_summary", "sheet_integrated", "sheet_evidence", "sheet_actions",
              "sheet_audits", "sheet_calendar")}
    checklist_titles = [sheet_title(s.label, taken) for s in data.standards]
    lists = Lists.of(data)

    write_summary(wb, names["sheet_summary"], data, page=page)
    for title, section in zip(checklist_titles, data.standards, strict=True):
        write_checklist(wb, title, section, data, lists, tick, page=page)
        check()
    write_integrated(wb, names["sheet_integrated"], data, tick, page=page)
    check()
    write_evidence(wb, names["sheet_evidence"], data, tick, page=page)
    check()
    write_actions(wb, names["sheet_actions"], data, lists, tick, page=page)
    write_audits(wb, names["sheet_audits"], data, tick, page=page)
    write_calendar(wb, names["sheet_calendar"], data, tick, page=page)
    if data.matrix is not None:
        write_matrix_sheet(wb, sheet_title(mlabel("sheet", lang), taken), data.matrix,
                           page=page)
    write_lists(wb, lists, lang)
    write_meta(wb, [
        ("format", FORMAT_VERSION),
        ("project", project),
        ("exported_at", data.generated_at.isoformat()),
        ("lang", lang),
        ("standards", ",".join(s.standard_id for s in data.standards)),
        ("sheets", ",".join(checklist_titles)),
    ])
    check()
    wb.save(handle)
    if progress is not None:
        progress(total, total)


def _row_count(data: ReportData) -> int:
    """Data rows of the sheets that report progress (at least 1)."""
    rows = sum(len(s.rows) for s in data.standards) + len(data.evidence)
    rows += sum(len(g.shared) + sum(len(items) for _s, items in g.specific)
                for g in data.integrated)
    rows += len(data.programmes) + len(data.audits) + len(data.findings) + len(data.reviews)
    if data.assessment is not None:
        rows += len(data.assessment.actions)
        rows += sum(len(c.schedule) for c in data.assessment.certificates)
    return max(rows, 1)
