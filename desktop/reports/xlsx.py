"""The readiness report as an Excel workbook (openpyxl), in the report's language.

Two sheets: the checklist (one row per checklist item of every standard) and
the evidence register. Each has a bold shaded header row that stays in view
(frozen panes), an autofilter over the data, set column widths and wrapped
text in the long columns. Due and added dates are real date cells.

User text is always stored as text: a note such as ``=SUM(A1:A2)`` or an
owner ``+86 138…`` never becomes a formula or a number when the file is
opened or edited (cell type string plus Excel's quote prefix).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from unicodedata import east_asian_width

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop.reports.labels import label
from desktop.reports.model import ReportData
from desktop.reports.output import write_atomically

EXCEL_CELL_LIMIT = 32_767
"""Most characters an Excel cell holds; longer text is cut and ends with "…"."""

_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t")
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="FF404040"))
_TOP = Alignment(vertical="top")
_WRAP = Alignment(vertical="top", wrap_text=True)
_DATE_FORMAT = "yyyy-mm-dd"
_LINE_HEIGHT = 15.0  # points per line of the default 11 pt font
_MAX_ROW_HEIGHT = 409.0  # Excel's limit, points


@dataclass(frozen=True, slots=True)
class _Column:
    """A sheet column: label key of its header, width in characters, wrapped or not."""

    key: str
    width: float
    wrap: bool = False


_CHECKLIST_COLUMNS = (
    _Column("col_standard", 16),
    _Column("col_clause", 10),
    _Column("col_item", 44, wrap=True),
    _Column("col_kind", 20),
    _Column("col_status", 16),
    _Column("col_owner", 16, wrap=True),
    _Column("col_due", 12),
    _Column("col_notes", 60, wrap=True),
    _Column("col_evidence", 40, wrap=True),
    _Column("col_item_id", 28),
)
_EVIDENCE_COLUMNS = (
    _Column("col_file_name", 44, wrap=True),
    _Column("col_size_bytes", 14),
    _Column("col_media_type", 28, wrap=True),
    _Column("col_added", 12),
    _Column("col_sha", 16),
    _Column("col_serves", 30, wrap=True),
    _Column("col_sha_full", 68),
)


def render_xlsx(data: ReportData, path: Path) -> None:
    """Write ``data`` as an Excel workbook (.xlsx) to ``path``, replacing it atomically.

    Sheets, titled in ``data.lang``: "Checklist" / "检查表" with columns
    standard, clause, item, kind, status, owner, due date (date cell), notes,
    evidence names, item id; and "Evidence register" / "证据清单" with file
    name, size in bytes, file type, added date (date cell), first 12 hex
    digits of the SHA-256, items served and the full SHA-256.

    Raises:
        ExportError: the file cannot be written (folder missing, access denied,
            file open in Excel, disk full); the message names the file in
            English and Chinese. ``path`` is then unchanged and no temporary
            file is left.
    """
    write_atomically(path, lambda handle: _write(data, handle))


def _write(data: ReportData, handle: BinaryIO) -> None:
    lang = data.lang
    wb = Workbook()
    wb.properties.title = f"{label('report_title', lang)} – {data.company.name}"
    wb.properties.subject = label("report_subject", lang)
    wb.properties.creator = "AuditReady"
    wb.properties.language = "zh-CN" if lang == "zh" else "en"

    checklist: list[list[Any]] = []
    for section in data.standards:
        for row in section.rows:
            checklist.append(
                [
                    section.label,
                    row.clause,
                    row.title,
                    row.kind_text,
                    row.status_text,
                    row.owner,
                    row.due_date,
                    row.remarks,
                    "\n".join(row.evidence_names),
                    row.item_id,
                ]
            )
    evidence: list[list[Any]] = [
        [
            ev.name,
            ev.size,
            ev.media_type,
            ev.added_on,
            ev.sha256_short,
            "\n".join(ev.serves),
            ev.sha256,
        ]
        for ev in data.evidence
    ]

    sheet = wb.active
    sheet.title = label("sheet_checklist", lang)
    _fill(sheet, data, _CHECKLIST_COLUMNS, checklist)
    _fill(wb.create_sheet(label("sheet_evidence", lang)), data, _EVIDENCE_COLUMNS, evidence)
    wb.active = 0
    wb.save(handle)


def _fill(sheet: Any, data: ReportData, columns: Sequence[_Column], rows: list[list[Any]]) -> None:
    """Write the header and ``rows`` to ``sheet`` and format it."""
    for col, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=col)
        _put(cell, label(column.key, data.lang))
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.border = _HEADER_BORDER
        cell.alignment = _WRAP
        sheet.column_dimensions[get_column_letter(col)].width = column.width
    sheet.row_dimensions[1].height = _row_height(
        [label(column.key, data.lang) for column in columns], columns, wrap_all=True
    )
    for r, values in enumerate(rows, start=2):
        for col, (column, value) in enumerate(zip(columns, values, strict=True), start=1):
            cell = sheet.cell(row=r, column=col)
            _put(cell, value)
            cell.alignment = _WRAP if column.wrap else _TOP
        sheet.row_dimensions[r].height = _row_height(values, columns)
    last = get_column_letter(len(columns))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _row_height(
    values: Sequence[Any], columns: Sequence[_Column], *, wrap_all: bool = False
) -> float:
    """Estimate the height in points a row needs to show its wrapped text in full.

    Spreadsheet programs do not all size rows to wrapped text when they open
    a file (LibreOffice keeps one line), so rows get an explicit height. A
    column width unit is about one Latin digit; a Chinese character takes two.
    """
    lines = 1
    for column, value in zip(columns, values, strict=True):
        if not isinstance(value, str) or not (column.wrap or wrap_all):
            continue
        usable = max(column.width - 1.5, 1.0)
        count = 0
        for line in value[:EXCEL_CELL_LIMIT].split("\n"):
            units = sum(2 if east_asian_width(ch) in "WF" else 1 for ch in line)
            count += max(1, math.ceil(units / usable))
        lines = max(lines, count)
    return min(_LINE_HEIGHT * lines + 3, _MAX_ROW_HEIGHT)


def _put(cell: Any, value: object) -> None:
    """Store ``value`` in ``cell``: dates as date cells, numbers as numbers, text always as text."""
    if value is None or value == "":
        return
    if isinstance(value, dt.date):
        cell.value = value
        cell.number_format = _DATE_FORMAT
        return
    if isinstance(value, int | float):
        cell.value = value
        return
    text = str(value)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "…"
    cell.value = text
    # openpyxl turns any string starting with "=" into a formula; force text, and
    # set the quote prefix so Excel keeps it text if the user edits the cell.
    cell.data_type = "s"
    if text.startswith(_FORMULA_TRIGGERS):
        cell.quotePrefix = True
