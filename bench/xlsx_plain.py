"""The plain openpyxl baseline of ``bench/reports.py``: the same workbook, written plainly.

A fair baseline is what a careful openpyxl user would write to produce the
same workbook: the same sheets in the same order, the same cells with the
same formatting, the same sheet features, in the plainest efficient way.
:func:`workbook_spec` reads everything that ``render_xlsx`` wrote back from its
file (once per size, outside the timing); :func:`plain_xlsx` (timed) writes it
with a write-only ``Workbook``, using openpyxl's public API only:

* every sheet, titled as ours, hidden where ours is hidden;
* column widths and hidden columns; frozen header row;
* every row and every cell: the value (text cells that begin with ``=`` stay
  text), and its formatting through one ``NamedStyle`` per distinct cell
  format (font, fill, border, alignment, number format, protection, built
  once per workbook), plus the quote prefix where ours sets it; empty cells
  that carry a border or an unlocked protection are written too;
* the row heights that ours sets (for wrapped text);
* merged cells, the autofilter, the data validations (drop-downs and date
  checks, with their messages), the conditional formats (same ranges,
  formulas, fonts and fills) and the summary's two charts (the chart
  objects read back from ours);
* print setup: paper, orientation, fit to width or fixed scale, margins,
  print titles (rows and columns), header and footer texts with their font
  size; sheet protection without a password with the same permissions.

It gets every decision ready made (which style a cell has, how high a row
is, which ranges get which rule), so it measures openpyxl writing the
workbook, and nothing of how the report decides its layout: the ratio shows
what our own code adds on top of openpyxl.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import NamedStyle
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins

_VALIDATION_FIELDS = ("type", "operator", "formula1", "allow_blank", "errorStyle",
                      "showErrorMessage", "showInputMessage", "error", "errorTitle", "prompt")
_HEADER_FOOTER_PARTS = ("left", "center", "right")


@dataclass
class SheetSpec:
    """Everything one sheet holds, as plain values (see the module docstring).

    ``rows``: per row, its custom height (points, or None) and its cells as
    (value, style name or None, quote prefix) in column order from A.
    """

    title: str
    state: str
    columns: list[tuple[str, float | None, bool]] = field(default_factory=list)
    freeze: str | None = None
    rows: list[tuple[float | None, list[tuple[Any, str | None, bool]]]] = field(
        default_factory=list)
    merged: list[str] = field(default_factory=list)
    autofilter: str | None = None
    validations: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    formats: list[tuple[str, str, Any, Any, bool | None]] = field(default_factory=list)
    charts: list[Any] = field(default_factory=list)
    page: dict[str, Any] = field(default_factory=dict)
    header_footer: list[tuple[str, str, str, str | None, float | None]] = field(
        default_factory=list)
    protection: dict[str, bool] | None = None


@dataclass
class WorkbookSpec:
    """The sheets and the cell formats (name → font, fill, border, alignment,
    number format, protection) of one workbook."""

    sheets: list[SheetSpec]
    styles: dict[str, tuple[Any, Any, Any, Any, str, Any]]


def workbook_spec(path: Path) -> WorkbookSpec:
    """Read the workbook at ``path`` (as written by ``render_xlsx``) into a spec."""
    book = load_workbook(path)
    names: dict[tuple[int, ...], str] = {}
    styles: dict[str, tuple[Any, Any, Any, Any, str, Any]] = {}
    sheets = []
    for ws in book.worksheets:
        spec = SheetSpec(ws.title, ws.sheet_state, freeze=ws.freeze_panes,
                         autofilter=ws.auto_filter.ref)
        for letter, dims in sorted(ws.column_dimensions.items()):
            if dims.customWidth or dims.hidden:
                spec.columns.append((letter, dims.width, bool(dims.hidden)))
        for row in ws.iter_rows():
            cells = []
            for cell in row:
                key = tuple(cell._style) if cell.has_style else ()
                name = None
                if key and any(key[:6]):  # font, fill, border, alignment, protection, format
                    name = names.get(key[:6])
                    if name is None:
                        name = names[key[:6]] = f"cell{len(names)}"
                        styles[name] = (copy(cell.font), copy(cell.fill), copy(cell.border),
                                        copy(cell.alignment), cell.number_format,
                                        copy(cell.protection))
                cells.append((cell.value, name, bool(cell.quotePrefix)))
            while cells and cells[-1] == (None, None, False):
                cells.pop()
            spec.rows.append((ws.row_dimensions[row[0].row].height if row else None, cells))
        spec.merged = [str(r) for r in ws.merged_cells.ranges]
        for dv in ws.data_validations.dataValidation:
            spec.validations.append((str(dv.sqref),
                                     {f: getattr(dv, f) for f in _VALIDATION_FIELDS}))
        for cf in ws.conditional_formatting:
            for rule in cf.rules:
                dxf = rule.dxf
                spec.formats.append((str(cf.sqref), rule.formula[0],
                                     copy(dxf.font) if dxf and dxf.font else None,
                                     copy(dxf.fill) if dxf and dxf.fill else None,
                                     rule.stopIfTrue))
        spec.charts = list(ws._charts)
        setup, margins = ws.page_setup, ws.page_margins
        spec.page = {
            "paperSize": setup.paperSize, "orientation": setup.orientation,
            "fitToWidth": setup.fitToWidth, "fitToHeight": setup.fitToHeight,
            "scale": setup.scale, "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage,
            "margins": (margins.left, margins.right, margins.top, margins.bottom,
                        margins.header, margins.footer),
            "title_rows": ws.print_title_rows, "title_cols": ws.print_title_cols,
        }
        for which in ("oddHeader", "oddFooter"):
            for part in _HEADER_FOOTER_PARTS:
                item = getattr(getattr(ws, which), part)
                if item.text:
                    spec.header_footer.append((which, part, item.text, item.font, item.size))
        if ws.protection.sheet:
            spec.protection = {"autoFilter": ws.protection.autoFilter,
                               "formatColumns": ws.protection.formatColumns,
                               "formatRows": ws.protection.formatRows}
        sheets.append(spec)
    book.close()
    return WorkbookSpec(sheets, styles)


def plain_xlsx(spec: WorkbookSpec, path: Path) -> None:
    """Write ``spec`` with a write-only openpyxl workbook (see the module docstring)."""
    book = Workbook(write_only=True)
    for name, (font, fill, border, alignment, number_format, protection) in spec.styles.items():
        book.add_named_style(NamedStyle(name=name, font=font, fill=fill, border=border,
                                        alignment=alignment, number_format=number_format,
                                        protection=protection))
    for sheet in spec.sheets:
        _write_sheet(book, sheet)
    book.save(path)


def _write_sheet(book: Any, spec: SheetSpec) -> None:
    ws = book.create_sheet(spec.title)
    ws.sheet_state = spec.state
    for letter, width, hidden in spec.columns:
        dims = ws.column_dimensions[letter]
        if width is not None:
            dims.width = width
        dims.hidden = hidden
    if spec.freeze:
        ws.freeze_panes = spec.freeze
    _page(ws, spec)
    if spec.protection is not None:
        ws.protection.sheet = True
        for key, value in spec.protection.items():
            setattr(ws.protection, key, value)
    for number, (height, values) in enumerate(spec.rows, start=1):
        if height is not None:
            ws.row_dimensions[number].height = height
        ws.append(_cells(ws, values))
    for ref in spec.merged:
        ws.merged_cells.add(ref)
    if spec.autofilter:
        ws.auto_filter.ref = spec.autofilter
    for cells, options in spec.validations:
        dv = DataValidation(**options)
        dv.add(cells)
        ws.data_validations.append(dv)
    for cells, formula, font, fill, stop in spec.formats:
        ws.conditional_formatting.add(cells, FormulaRule(formula=[formula], font=font,
                                                         fill=fill, stopIfTrue=stop))
    for chart in spec.charts:
        ws.add_chart(chart)


def _cells(ws: Any, values: Sequence[tuple[Any, str | None, bool]]) -> list[Any]:
    cells = []
    for value, style, quoted in values:
        if style is None and not quoted:
            cells.append(value)
            continue
        cell = WriteOnlyCell(ws, value)
        if style is not None:
            cell.style = style
        if quoted:
            cell.quotePrefix = True
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # text, not a formula
        cells.append(cell)
    return cells


def _page(ws: Any, spec: SheetSpec) -> None:
    page = spec.page
    setup = ws.page_setup
    setup.paperSize = page["paperSize"]
    setup.orientation = page["orientation"]
    if page["fitToPage"]:
        setup.fitToWidth = page["fitToWidth"]
        setup.fitToHeight = page["fitToHeight"]
    elif page["scale"] is not None:
        setup.scale = page["scale"]
    ws.sheet_properties.pageSetUpPr.fitToPage = page["fitToPage"]
    left, right, top, bottom, header, footer = page["margins"]
    ws.page_margins = PageMargins(left=left, right=right, top=top, bottom=bottom,
                                  header=header, footer=footer)
    if page["title_rows"]:
        ws.print_title_rows = page["title_rows"].replace("$", "")
    if page["title_cols"]:
        ws.print_title_cols = page["title_cols"].replace("$", "")
    for which, part, text, font, size in spec.header_footer:
        item = getattr(getattr(ws, which), part)
        item.text = text
        if font:
            item.font = font
        if size:
            item.size = size


def workbook_values(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every sheet's title and cell values of the workbook at ``path`` (no formatting)."""
    book = load_workbook(path, read_only=True)
    try:
        return [(sheet.title, [tuple(row) for row in sheet.iter_rows(values_only=True)])
                for sheet in book.worksheets]
    finally:
        book.close()


def values_xlsx(sheets: list[tuple[str, list[tuple[Any, ...]]]], path: Path) -> None:
    """Write the values alone with a write-only workbook: the floor, not a fair baseline."""
    book = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
