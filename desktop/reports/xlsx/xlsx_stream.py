"""Row output of the workbook's write-only sheets, without a cell object per cell.

openpyxl's write-only sheet turns every appended value into a cell object,
looks up its style, and writes it as a nest of XML elements through Python
context managers: most of the time of a large workbook. The sheet writer
(:class:`~desktop.reports.xlsx.xlsx_layout.SheetWriter`) already knows each
cell's type, style id and text, so :func:`stream_rows` lets it hand a whole
row over as a :class:`Row` that becomes one XML element tree, written at
once. The XML is what openpyxl writes for the same cells (``<c r s t>`` with
an inline string, a number or nothing); anything else appended to the sheet
still goes through openpyxl unchanged.

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
from openpyxl.xml.functions import XML_NS, Element, SubElement

__all__ = ["NUMBER", "TEXT", "Row", "excel_day", "number_text", "stream_rows", "text_value"]

TEXT = "inlineStr"
"""Cell type of a text cell (openpyxl writes text inline, not as shared strings)."""

NUMBER = "n"
"""Cell type of a number, a date (a day number) and an empty styled cell."""

_SPACE = f"{{{XML_NS}}}space"


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
        number = str(index)
        attributes = {"r": number}
        if row.height is not None:
            attributes["ht"] = number_text(row.height)
            attributes["customHeight"] = "1"
        element = Element("row", attributes)
        for column, style, kind, text in row:
            cell = SubElement(element, "c", {"r": column + number, "s": style, "t": kind})
            if kind == TEXT:
                inline = SubElement(SubElement(cell, "is"), "t")
                if text != text.strip():
                    inline.set(_SPACE, "preserve")
                inline.text = text
            elif text is not None:
                SubElement(cell, "v").text = text
        xf.write(element)

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
