"""The responsibility matrix (职能分配表) as a sheet of a write-only openpyxl workbook.

Layout of the sheet (one block per table of the report, one blank row apart):
a title row ("职能分配表" and the table's title), a row with the organization,
the legend and the date, the header row (clause, requirement, one column per
department), then one row per clause with ● (responsible) or ○ (involved)
centred in the department columns, top-level clauses shaded; after the last
block the 编制 / 审核 / 批准 (prepared / reviewed / approved) row. Printed
landscape, fitted to the paper width. Read-only: the importer never reads it.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop.reports.matrix.matrix_model import MatrixReport, mlabel
from desktop.reports.xlsx.xlsx_print import PageStyle, print_setup, protect

_THIN = Side(style="thin", color="FF808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
_TOP_FILL = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")


def write_matrix_sheet(wb: Any, title: str, report: MatrixReport,
                       page: PageStyle | None = None) -> None:
    """Add sheet ``title`` holding ``report`` to the write-only workbook ``wb``.

    The sheet prints like the others (paper, header and footer, a readable
    scale: :func:`desktop.reports.xlsx.xlsx_print.print_setup`) and is
    protected without a password: it is read-only, edited in the program.

    Args:
        wb: an ``openpyxl.Workbook(write_only=True)``.
        title: the sheet title, unique in ``wb`` (at most 31 characters).
        report: the matrix in its language.
        page: paper, company and export date (default: A4, none named).
    """
    sheet = wb.create_sheet(title)
    lang = report.lang
    count = len(report.departments)
    widths = [10.0, 44.0] + [11.0] * count
    for n, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(n + 1)].width = width
    print_setup(sheet, widths=widths, page=page, lang=lang, title_columns=2,
                repeat_header=False)
    protect(sheet)

    def cell(value: object, *, bold: bool = False, fill: PatternFill | None = None,
             box: bool = False, centre: bool = False, size: float | None = None) -> Any:
        made = WriteOnlyCell(sheet, value)
        if isinstance(value, str):
            made.data_type = "s"  # never a formula
        if bold or size:
            made.font = Font(bold=bold, size=size)
        if fill is not None:
            made.fill = fill
        if box:
            made.border = _BOX
        made.alignment = Alignment(horizontal="center" if centre else None,
                                   vertical="top", wrap_text=True)
        return made

    for n, table in enumerate(report.tables):
        if n:
            sheet.append([])
        sheet.append([cell(mlabel("title", lang), bold=True, size=14),
                      cell(table.title, bold=True)])
        sheet.append([cell(mlabel("company", lang).format(name=report.company)), None,
                      cell(mlabel("legend", lang)), *([None] * max(count - 2, 0)),
                      cell(mlabel("date", lang).format(date=report.on.isoformat()))])
        sheet.append([cell(mlabel("clause", lang), bold=True, fill=_HEAD_FILL, box=True),
                      cell(mlabel("requirement", lang), bold=True, fill=_HEAD_FILL, box=True),
                      *(cell(name, bold=True, fill=_HEAD_FILL, box=True, centre=True)
                        for name in report.departments)])
        for row in table.rows:
            fill = _TOP_FILL if row.level == 0 else None
            if row.excluded:
                marks = [cell(mlabel("excluded", lang), fill=fill, box=True, centre=True)]
                marks += [cell(None, fill=fill, box=True) for _ in range(count - 1)]
            else:
                marks = [cell(role.symbol if role is not None else None, fill=fill, box=True,
                              centre=True) for role in row.cells]
            sheet.append([cell(row.clause, fill=fill, box=True),
                          cell("  " * row.level + row.title, fill=fill, box=True), *marks])
    if not report.departments:
        sheet.append([cell(mlabel("no_departments", lang))])
    sheet.append([])
    blank = "_" * 12
    sheet.append([cell(f"{mlabel('prepared', lang)} {blank}"), None,
                  cell(f"{mlabel('reviewed', lang)} {blank}"), None, None,
                  cell(f"{mlabel('approved', lang)} {blank}")])
