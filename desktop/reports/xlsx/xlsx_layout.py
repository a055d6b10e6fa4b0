"""Streaming sheet writer for the Excel workbook: typed cells, safe text, print setup.

Sheets are written with openpyxl's write-only mode (rows streamed to the
file, so 10,000 rows cost little memory and time). A :class:`SheetWriter`
gives every sheet the same finish: a bold shaded header row that stays in view
(frozen panes) and repeats on every printed page, an autofilter, landscape
pages fitted to the paper width, set column widths and, where a column holds
long text, wrapped cells with a row height that shows all of it (LibreOffice
does not size rows to wrapped text on its own).

Safety: user text that a spreadsheet would read as a formula (it begins with
``=``, ``+``, ``-`` or ``@``, also after leading blanks, or begins with a tab
or carriage return) is stored as a text cell with Excel's quote prefix, so it
is shown literally and stays text when the cell is edited.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop.domain.model import Lang, Text
from desktop.domain.shares import SHARE_NUMBER_FORMATS

EXCEL_CELL_LIMIT = 32_767
"""Most characters an Excel cell holds; longer text is cut and ends with "…"."""

DATE_FORMAT = "yyyy-mm-dd"
"""Number format of every date cell."""

PERCENT_FORMATS = SHARE_NUMBER_FORMATS
"""Number formats of shares (0.0-1.0 stored, shown as whole percentages as every output
prints them: :data:`desktop.domain.shares.SHARE_NUMBER_FORMATS`, the first for shares
below 0.5, the second for the others)."""

_FORMULA_STARTS = ("=", "+", "-", "@")
# First characters after which a text may be formula-like (the starts and every blank).
_RISKY_FIRST = frozenset("=+-@") | {c for c in map(chr, range(0x3001)) if c.isspace()}
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="FF404040"))
_WRAP = Alignment(vertical="top", wrap_text=True)
# East Asian wide and full-width characters (Unicode UAX #11 W/F, main blocks).
_WIDE_CHARS = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
    "\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
    "\U00020000-\U0003fffd]"
)
_LINE_HEIGHT = 15.0  # points per line of the default 11 pt font
_MAX_ROW_HEIGHT = 409.0  # Excel's limit, points


def formula_like(text: str) -> bool:
    """True when a spreadsheet would take ``text`` as a formula or a signed number.

    That is: it begins with ``=``, ``+``, ``-`` or ``@`` (also after leading
    spaces or line breaks), or begins with a tab or carriage return (OWASP,
    "CSV injection").
    """
    if not text:
        return False
    if text[0] in _FORMULA_STARTS or text[0] in "\t\r":
        return True
    return text[0].isspace() and text.lstrip()[:1] in _FORMULA_STARTS


@dataclass(frozen=True, slots=True)
class Column:
    """One sheet column.

    Attributes:
        header: header text in both languages.
        width: width in Excel character units (about one Latin digit).
        wrap: long text wraps inside the cell (row height follows).
        percent: values are shares 0.0-1.0 shown as percentages.
        hidden: the column is hidden (still read by the importer).
    """

    header: Text
    width: float
    wrap: bool = False
    percent: bool = False
    hidden: bool = False


class SheetWriter:
    """Writes one sheet of a write-only workbook, row by row.

    Use: create, call :meth:`row` for each data row (after the header row 1),
    optionally :meth:`blank`/:meth:`header` for further tables, then
    :meth:`finish`. Column widths and hidden columns are fixed when the
    writer is created (write-only sheets need them before the first row).
    """

    def __init__(self, workbook: Any, title: str, columns: Sequence[Column], lang: Lang) -> None:
        """Create sheet ``title`` in ``workbook`` and write the header row of ``columns``."""
        self.sheet = workbook.create_sheet(title)
        self.columns = tuple(columns)
        self.lang = lang
        self.rows_written = 0
        for number, column in enumerate(self.columns, start=1):
            dims = self.sheet.column_dimensions[get_column_letter(number)]
            dims.width = column.width
            if column.hidden:
                dims.hidden = True
        # Style templates, built once and shared by the cells that use them
        # (a write-only cell is serialised at once and never restyled), far
        # cheaper than assigning Font/Alignment objects cell by cell.
        self._header_style = self._style(font=_HEADER_FONT, fill=_HEADER_FILL,
                                         border=_HEADER_BORDER, alignment=_WRAP)
        self._quoted_style = self._style(quote=True)
        self._quoted_wrap_style = self._style(quote=True, alignment=_WRAP)
        self._wrap_style = self._style(alignment=_WRAP)
        self._percent_styles = tuple(self._style(number_format=f)
                                     for f in SHARE_NUMBER_FORMATS)
        self._wrap_widths: tuple[float | None, ...] = tuple(
            c.width if c.wrap else None for c in self.columns) + (None,) * 64
        self._percent = tuple(c.percent for c in self.columns) + (False,) * 64
        # A write-only sheet writes its properties and views with the first
        # row, so the frozen header and the page fitting are set now.
        self.sheet.freeze_panes = "A2"
        print_setup(self.sheet)
        self.header([c.header.get(lang) for c in self.columns])

    def _style(self, *, font: Font | None = None, fill: PatternFill | None = None,
               border: Border | None = None, alignment: Alignment | None = None,
               number_format: str | None = None, quote: bool = False) -> Any:
        cell = WriteOnlyCell(self.sheet)
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if border is not None:
            cell.border = border
        if alignment is not None:
            cell.alignment = alignment
        if number_format is not None:
            cell.number_format = number_format
        if quote:
            cell.quotePrefix = True
        return cell._style

    def _styled(self, value: object, style: Any, *, text: bool = False) -> Any:
        cell = WriteOnlyCell(self.sheet, value)
        cell._style = style
        if text:
            cell.data_type = "s"  # never a formula, whatever the text begins with
        return cell

    def header(self, texts: Sequence[str]) -> None:
        """Write a bold shaded header row of ``texts`` (row 1, or a further table's header)."""
        cells = [self._styled(_fit(t), self._header_style, text=True) for t in texts]
        self.rows_written += 1
        self.sheet.row_dimensions[self.rows_written].height = _row_height(
            texts, [c.width for c in self.columns[: len(texts)]], wrap_all=True
        )
        self.sheet.append(cells)

    def blank(self) -> None:
        """Write an empty row (a gap between two tables)."""
        self.rows_written += 1
        self.sheet.append([])

    def row(self, values: Sequence[object], *,
            spans: Mapping[int, float] | None = None) -> None:
        """Write one data row; values line up with the columns.

        Values: ``None`` or ``""`` leaves the cell empty; :class:`datetime.date`
        becomes a date cell (``yyyy-mm-dd``); ``int``/``float`` a number (a
        percentage in percent columns); anything else text, cut to
        :data:`EXCEL_CELL_LIMIT` characters and never a formula.

        Args:
            spans: 0-based value positions whose text wraps across merged
                cells, with the merged width in character units (the caller
                merges the cells).
        """
        self.rows_written += 1
        widths = self._wrap_widths
        percent = self._percent
        cells: list[object] = []
        append = cells.append
        lines = 1
        for index, value in enumerate(values):
            # Plain text first, by exact type: most cells are text, and this
            # loop runs once per cell of the workbook.
            if type(value) is str:
                text = value
            elif value is None:
                append(None)
                continue
            elif isinstance(value, dt.datetime):
                append(value.replace(tzinfo=None))  # Excel has no time zones
                continue
            elif isinstance(value, dt.date | bool):
                append(value)  # dates get the yyyy-mm-dd format from openpyxl
                continue
            elif isinstance(value, int | float):
                append(self._styled(value, self._percent_styles[value >= 0.5])
                       if percent[index] else value)
                continue
            else:
                text = str(value)  # anything else is text, formula-safe as below
            if not text:
                append(None)
                continue
            if len(text) > EXCEL_CELL_LIMIT:
                text = _fit(text)
            width = spans.get(index, widths[index]) if spans else widths[index]
            count = 1 if width is None or len(text) * 2 < width - 1.5 \
                else _lines(text, width)
            risky = text[0] in _RISKY_FIRST and formula_like(text)
            if count > 1:
                lines = max(lines, count)
                style = self._quoted_wrap_style if risky else self._wrap_style
                append(self._styled(text, style, text=True))
            elif risky:
                append(self._styled(text, self._quoted_style, text=True))
            else:
                append(text)
        if lines > 1:
            self.sheet.row_dimensions[self.rows_written].height = min(
                _LINE_HEIGHT * lines + 3, _MAX_ROW_HEIGHT)
        self.sheet.append(cells)

    def finish(self, *, filter_rows: int | None = None) -> None:
        """Set the autofilter over the header and the data rows.

        Args:
            filter_rows: data rows the autofilter covers under the header;
                ``None`` covers every row written, ``0`` sets no filter.
        """
        sheet = self.sheet
        count = self.rows_written - 1 if filter_rows is None else filter_rows
        if count or filter_rows is None:
            last = get_column_letter(len(self.columns))
            sheet.auto_filter.ref = f"A1:{last}{count + 1}"


def print_setup(sheet: Any) -> None:
    """Print ``sheet`` landscape, fitted to the paper width, with row 1 on every page."""
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _fit(text: str) -> str:
    """Cut ``text`` to what one cell holds."""
    if len(text) > EXCEL_CELL_LIMIT:
        return text[: EXCEL_CELL_LIMIT - 1] + "…"
    return text


def _lines(text: str, width: float) -> int:
    """Lines ``text`` takes when wrapped in a column ``width`` units wide.

    A width unit is about one Latin digit; a CJK character (and a full-width
    form) takes two.
    """
    usable = max(width - 1.5, 1.0)
    if len(text) * 2 <= usable and "\n" not in text:
        return 1  # short text: one line whatever its script
    count = 0
    for line in text.split("\n"):
        units = len(line) if line.isascii() else len(line) + len(_WIDE_CHARS.findall(line))
        count += max(1, math.ceil(units / usable))
    return count


def _row_height(texts: Sequence[str], widths: Sequence[float], *, wrap_all: bool) -> float:
    """Height in points a header row needs to show ``texts`` wrapped in ``widths``."""
    lines = max((_lines(t, w) for t, w in zip(texts, widths, strict=False) if wrap_all),
                default=1)
    return min(_LINE_HEIGHT * lines + 3, _MAX_ROW_HEIGHT)
