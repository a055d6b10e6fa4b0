"""Row output of the workbook's write-only sheets, without a cell object per cell.

openpyxl's write-only sheet turns every appended value into a cell object,
looks up its style, and writes it as a nest of XML elements through Python
context managers: most of the time of a large workbook. The sheet writer
(:class:`~desktop.reports.xlsx.xlsx_layout.SheetWriter`) already knows each
cell's type, style id and text, so :func:`stream_rows` lets it hand a whole
row over as a :class:`Row` that becomes one XML element tree, written at
once: the row is written as XML text (:func:`row_xml`) and parsed by the
XML library in one call, far quicker than building it element by element
from Python. The XML is what openpyxl writes for the same cells (``<c r s t>``
with an inline string, a number or nothing); anything else appended to the
sheet still goes through openpyxl unchanged.

Works with openpyxl 3.1's write-only worksheet (``_values_to_row`` and the
worksheet writer's ``write_row``) with or without lxml.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.utils.datetime import to_excel
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.xml.functions import fromstring

__all__ = ["NUMBER", "TEXT", "Row", "excel_day", "number_text", "row_xml", "stream_rows",
           "text_value"]

TEXT = "inlineStr"
"""Cell type of a text cell (openpyxl writes text inline, not as shared strings)."""

NUMBER = "n"
"""Cell type of a number, a date (a day number) and an empty styled cell."""

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
"""Element text in XML; a carriage return is kept as a reference (a parser would
turn a raw one into a line feed)."""


class Row(list):  # type: ignore[type-arg]  # (column letter, style id, type, text) tuples
    """The cells of one row, each ``(column letter, style id, cell type, text or None)``.

    Style id and text are strings as written in the XML: the style's index in
    the workbook's cell formats, the inline text (type :data:`TEXT`), the
    number (type :data:`NUMBER`, see :func:`number_text`) or None for an
    empty styled cell. ``height`` is the row's height in points (None: the
    spreadsheet's default).
    """

    __slots__ = ("height",)

    def __init__(self, cells: Sequence[tuple[str, str, str, str | None]] = (),
                 height: float | None = None) -> None:
        super().__init__(cells)
        self.height = height


def text_value(text: str) -> str:
    """``text`` checked for what an XLSX cell cannot hold.

    Raises:
        IllegalCharacterError: ``text`` holds a C0 control character other
            than tab and line breaks (as openpyxl raises for a cell value).
    """
    if ILLEGAL_CHARACTERS_RE.search(text):
        raise IllegalCharacterError(f"{text} cannot be used in worksheets.")
    return text


def number_text(value: float) -> str:
    """A number as openpyxl writes it: up to 16 significant digits (``"%.16g"``), "" for NaN/inf."""
    if not math.isfinite(value):
        return ""
    return f"{value:.16g}"


@lru_cache(maxsize=4096)
def excel_day(day: dt.date) -> str:
    """The spreadsheet's serial number of ``day`` or of a naive datetime, as text."""
    return number_text(to_excel(day))


def row_xml(row: Row, index: int) -> str:
    """The ``<row>`` element of ``row`` as row number ``index`` (1-based), as XML text.

    The same elements and attributes as openpyxl writes for the same cells:
    ``<c r s t>`` holding ``<is><t>`` inline text (``xml:space="preserve"`` when
    it begins or ends with a blank), ``<v>`` a number, or nothing.
    """
    number = str(index)
    if row.height is None:
        parts = [f'<row r="{number}">']
    else:
        parts = [f'<row r="{number}" ht="{number_text(row.height)}" customHeight="1">']
    add = parts.append
    for column, style, kind, value in row:
        if value is None:
            add(f'<c r="{column}{number}" s="{style}" t="{kind}"/>')
        elif kind == TEXT:
            space = ' xml:space="preserve"' if value != value.strip() else ""
            text = value.translate(_ESCAPES) if (
                "&" in value or "<" in value or ">" in value or "\r" in value) else value
            add(f'<c r="{column}{number}" s="{style}" t="inlineStr"><is><t{space}>'
                f"{text}</t></is></c>")
        else:
            add(f'<c r="{column}{number}" s="{style}" t="{kind}"><v>{value}</v></c>')
    add("</row>")
    return "".join(parts)


def stream_rows(sheet: Any) -> None:
    """Let write-only ``sheet`` take :class:`Row` values; call after its columns and panes are set.

    Starts the sheet's XML (sheet properties, views, columns are written now,
    as openpyxl does on the first appended row). A :class:`Row` passed to
    ``sheet.append`` is written as given; any other row (values or cells) is
    written by openpyxl, except that cells among its values are taken as
    they are (openpyxl would first try each as a plain value).
    """
    sheet._get_writer()
    writer = sheet._writer
    write_plain_row = writer.write_row

    def values_to_row(values: Sequence[Any], row: int) -> Any:
        if type(values) is Row:
            return values
        return _cells(sheet, values, row)

    def write_row(xf: Any, row: Any, index: int) -> None:
        if type(row) is not Row:
            write_plain_row(xf, row, index)
            return
        xf.write(fromstring(row_xml(row, index)))

    sheet._values_to_row = values_to_row
    writer.write_row = write_row


def _cells(sheet: Any, values: Sequence[Any], row: int) -> Iterator[Any]:
    """openpyxl's cells of a plain appended row; ready cells pass through as they are."""
    for column, value in enumerate(values, start=1):
        if value is None:
            continue
        cell = value if isinstance(value, Cell) else WriteOnlyCell(sheet, value)
        cell.row = row
        cell.column = column
        yield cell
