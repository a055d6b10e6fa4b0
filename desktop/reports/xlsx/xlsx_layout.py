"""Streaming sheet writer for the Excel workbook: typed cells, safe text, print setup.

Sheets are written with openpyxl's write-only mode (rows streamed to the
file, so 10,000 rows cost little memory and time); each row goes to the
sheet's XML in one piece, with the style ids built once per workbook
(:mod:`desktop.reports.xlsx.xlsx_stream`). A :class:`SheetWriter`
gives every sheet the same finish: a bold shaded header row that stays in view
(frozen panes) and repeats on every printed page, an autofilter, thin borders
on the data rows, every cell aligned to the top of its row, set column widths
and, where a column holds long text, wrapped cells with a row height that
shows all of it (LibreOffice does not size rows to wrapped text on its own).
Paper, orientation, scale, header and footer and the sheet protection come
from :mod:`desktop.reports.xlsx.xlsx_print`.

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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter

from desktop.domain.model import Lang, Text
from desktop.domain.shares import SHARE_NUMBER_FORMATS
from desktop.reports.xlsx.xlsx_print import PageStyle, print_setup, protect
from desktop.reports.xlsx.xlsx_stream import (
    NUMBER,
    TEXT,
    Row,
    excel_day,
    number_text,
    stream_rows,
    text_value,
)

__all__ = ["DATE_FORMAT", "EXCEL_CELL_LIMIT", "PERCENT_FORMATS", "Column", "PageStyle",
           "SheetWriter", "formula_like", "print_setup"]

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
_HEADER_FONT = Font(name="Calibri", size=11, bold=True)  # the cells' font, in bold
_HEADER_FILL = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
_THIN = Side(style="thin", color="FF999999")
_HEADER_BORDER = Border(left=_THIN, right=_THIN, top=_THIN,
                        bottom=Side(style="thin", color="FF404040"))
_DATA_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(vertical="top", wrap_text=True)
_TOP = Alignment(vertical="top")
_UNLOCKED = Protection(locked=False)
_DATETIME_FORMAT = "yyyy-mm-dd h:mm:ss"
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
        editable: its data cells stay unlocked when the sheet is protected
            (what a client fills in).
    """

    header: Text
    width: float
    wrap: bool = False
    percent: bool = False
    hidden: bool = False
    editable: bool = False


# Cell kinds of a data row, each with its own style per column.
_TEXT, _WRAPPED, _QUOTED, _QUOTED_WRAPPED, _DATE, _DATETIME, _NUMBER, _EMPTY = range(8)
_PERCENT = (8, 9)  # shares below 0.5, from 0.5
_PLAIN = Column(Text("", ""), 10)  # a value beyond the declared columns


class SheetWriter:
    """Writes one sheet of a write-only workbook, row by row.

    Use: create, call :meth:`row` for each data row (after the header row 1),
    optionally :meth:`blank`/:meth:`header` for further tables, then
    :meth:`finish`. Column widths and hidden columns are fixed when the
    writer is created (write-only sheets need them before the first row).

    Every cell is aligned to the top of its row; data cells have thin
    borders; the sheet prints as :func:`~desktop.reports.xlsx.xlsx_print.print_setup`
    decides from the visible columns' widths, and is protected without a
    password with the cells of ``editable`` columns unlocked.
    """

    def __init__(self, workbook: Any, title: str, columns: Sequence[Column], lang: Lang, *,
                 page: PageStyle | None = None, title_columns: int = 1,
                 protected: bool = True, repeat_header: bool = True) -> None:
        """Create sheet ``title`` in ``workbook`` and write the header row of ``columns``.

        Args:
            page: paper, company and export date of the printed pages (default: A4).
            title_columns: leading columns repeated on every page when the sheet
                prints over several pages wide.
            protected: protect the sheet (no password).
            repeat_header: print row 1 at the top of every page (False where
                row 1 heads only the first of several tables).
        """
        self.sheet = workbook.create_sheet(title)
        self.columns = tuple(columns)
        self.lang = lang
        self.rows_written = 0
        for number, column in enumerate(self.columns, start=1):
            dims = self.sheet.column_dimensions[get_column_letter(number)]
            dims.width = column.width
            if column.hidden:
                dims.hidden = True
        self._layout_columns = self.columns + (_PLAIN,) * 64
        # Style templates, built once per (column, kind, border) and shared by the
        # cells that use them (a write-only cell is serialised at once and never
        # restyled), far cheaper than assigning Font/Alignment objects cell by cell.
        self._styles: dict[tuple[int, int, bool], str] = {}
        self._header_style = self._style(font=_HEADER_FONT, fill=_HEADER_FILL,
                                         border=_HEADER_BORDER, alignment=_WRAP)
        self._wrap_widths: tuple[float | None, ...] = tuple(
            c.width if c.wrap else None for c in self.columns) + (None,) * 64
        self._percent = tuple(c.percent for c in self.columns) + (False,) * 64
        self._letters = tuple(get_column_letter(n) for n in range(1, len(self._wrap_widths) + 1))
        # A write-only sheet writes its properties and views with the first
        # row, so the frozen header and the page setup are set now.
        self.sheet.freeze_panes = "A2"
        self.layout = print_setup(
            self.sheet, widths=[c.width for c in self.columns if not c.hidden], page=page,
            lang=lang, title_columns=title_columns, repeat_header=repeat_header)
        if protected:
            protect(self.sheet)
        stream_rows(self.sheet)
        self.header([c.header.get(lang) for c in self.columns])

    def _style(self, *, font: Font | None = None, fill: PatternFill | None = None,
               border: Border | None = None, alignment: Alignment | None = None,
               number_format: str | None = None, quote: bool = False,
               unlocked: bool = False) -> str:
        """The id of a cell format (built once per workbook, shared by every cell using it)."""
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
        if unlocked:
            cell.protection = _UNLOCKED
        return str(cell.style_id)

    def _kind_style(self, index: int, kind: int, border: bool) -> str:
        """The style of a ``kind`` cell in column ``index`` (built on first use)."""
        key = (index, kind, border)
        style = self._styles.get(key)
        if style is None:
            column = self._layout_columns[index]
            wrapped = kind in (_WRAPPED, _QUOTED_WRAPPED) or (column.wrap and kind == _EMPTY)
            number_format = {_DATE: DATE_FORMAT, _DATETIME: _DATETIME_FORMAT}.get(kind)
            if kind in _PERCENT:
                number_format = SHARE_NUMBER_FORMATS[kind - _PERCENT[0]]
            style = self._styles[key] = self._style(
                border=_DATA_BORDER if border else None,
                alignment=_WRAP if wrapped else _TOP, number_format=number_format,
                quote=kind in (_QUOTED, _QUOTED_WRAPPED), unlocked=column.editable)
        return style

    def header(self, texts: Sequence[str]) -> None:
        """Write a bold shaded header row of ``texts`` (row 1, or a further table's header)."""
        style = self._header_style
        cells = [(letter, style, TEXT, text_value(_fit(t)))
                 for letter, t in zip(self._letters, texts, strict=False)]
        self.rows_written += 1
        self.sheet.append(Row(cells, _row_height(
            texts, [c.width for c in self.columns[: len(texts)]], wrap_all=True)))

    def blank(self) -> None:
        """Write an empty row (a gap between two tables)."""
        self.rows_written += 1
        self.sheet.append([])

    def row(self, values: Sequence[object], *,
            spans: Mapping[int, float] | None = None, border: bool = True) -> None:
        """Write one data row; values line up with the columns.

        Values: ``None`` or ``""`` leaves the cell empty; :class:`datetime.date`
        becomes a date cell (``yyyy-mm-dd``); ``int``/``float`` a number (a
        percentage in percent columns); anything else text, cut to
        :data:`EXCEL_CELL_LIMIT` characters and never a formula. Every cell
        given is written (empty ones too, so borders and unlocked cells reach
        them), top-aligned, with a thin border unless ``border`` is False.

        Args:
            spans: 0-based value positions whose text wraps across merged
                cells, with the merged width in character units (the caller
                merges the cells).
            border: draw thin borders around the cells (False for text blocks).
        """
        self.rows_written += 1
        widths = self._wrap_widths
        percent = self._percent
        styles = self._styles
        letters = self._letters
        cells: list[tuple[str, str, str, str | None]] = []
        append = cells.append
        lines = 1
        for index, value in enumerate(values):
            # Plain text first, by exact type: most cells are text, and this
            # loop runs once per cell of the workbook.
            if type(value) is str:
                text = value
            elif value is None:
                append((letters[index], styles.get((index, _EMPTY, border))
                        or self._kind_style(index, _EMPTY, border), NUMBER, None))
                continue
            elif isinstance(value, dt.datetime):
                append((letters[index], self._kind_style(index, _DATETIME, border), NUMBER,
                        excel_day(value.replace(tzinfo=None))))  # Excel has no time zones
                continue
            elif isinstance(value, dt.date):
                append((letters[index], styles.get((index, _DATE, border))
                        or self._kind_style(index, _DATE, border), NUMBER, excel_day(value)))
                continue
            elif isinstance(value, int | float) and not isinstance(value, bool):
                kind = _PERCENT[value >= 0.5] if percent[index] else _NUMBER
                append((letters[index], self._kind_style(index, kind, border), NUMBER,
                        number_text(value)))
                continue
            elif isinstance(value, bool):
                append((letters[index], self._kind_style(index, _NUMBER, border), "b",
                        "1" if value else "0"))
                continue
            else:
                text = str(value)  # anything else is text, formula-safe as below
            if not text:
                append((letters[index], styles.get((index, _EMPTY, border))
                        or self._kind_style(index, _EMPTY, border), NUMBER, None))
                continue
            if len(text) > EXCEL_CELL_LIMIT:
                text = _fit(text)
            width = spans.get(index, widths[index]) if spans else widths[index]
            count = 1 if width is None or len(text) * 2 < width - 1.5 \
                else _lines(text, width)
            risky = text[0] in _RISKY_FIRST and formula_like(text)
            wrapped = count > 1 or widths[index] is not None
            if count > 1:
                lines = max(lines, count)
            if risky:
                kind = _QUOTED_WRAPPED if wrapped else _QUOTED
            else:
                kind = _WRAPPED if wrapped else _TEXT
            style = styles.get((index, kind, border)) or self._kind_style(index, kind, border)
            append((letters[index], style, TEXT, text_value(text)))
        self.sheet.append(Row(cells, min(_LINE_HEIGHT * lines + 3, _MAX_ROW_HEIGHT)
                              if lines > 1 else None))

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
