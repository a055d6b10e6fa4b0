"""How the workbook's sheets print: paper, orientation, scale, header and footer, protection.

Every sheet prints on the paper of the export (A4 or Letter), with the
company and the sheet's name in the header and "page x of y" and the export
date in the footer, in the report's language, and row 1 repeated on every
page.

Scale: the cells use an 11 pt font. A sheet is fitted to the paper's width
only when the fitted text stays at least :data:`MIN_FIT_TEXT_PT` (8.25 pt);
the scale is estimated from the column widths (:data:`POINTS_PER_UNIT`) and
the printable width. A sheet too wide for that prints at
:data:`WIDE_SCALE` per cent over several pages wide, with its first columns
(the ones that say which row it is) repeated on each page. A sheet whose
columns fit a portrait page at full size prints portrait, any other
landscape.

Protection: sheets are protected without a password (Review > Unprotect
Sheet lifts it, no password asked), so a client cannot overwrite an id or a
stamp by accident; the cells a client fills in are unlocked by the sheet
writer. Filtering, resizing columns and rows stay allowed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.worksheet.page import PageMargins
from reportlab.lib.pagesizes import A4, LETTER

from desktop.domain.model import Lang

BODY_TEXT_PT = 11.0
"""Size of the cells' font (openpyxl's default style, Calibri 11), points."""

MIN_FIT_TEXT_PT = 8.25
"""Smallest text size a sheet is shrunk to when fitted to the paper width, points.
A quarter point above 8 pt covers the renderer rounding its scale down to whole per cent."""

WIDE_SCALE = 80
"""Print scale (per cent) of a sheet that cannot be fitted: 8.8 pt text, pages run across."""

POINTS_PER_UNIT = 5.6
"""Printed width of one column width unit, points. Excel draws a unit as 7 pixels of
96 dpi (5.25 pt) with Calibri; LibreOffice, with the metric-compatible Carlito, about
5.58 pt. The larger figure keeps the estimate on the safe side."""

HEADER_FOOTER_PT = 9.5
"""Printed size of the header and footer text, points. Spreadsheets shrink the header
and footer with the sheet (LibreOffice always, Excel by default), so the size set is
this divided by the sheet's estimated scale."""

_MARGIN_SIDE = 0.4  # inches, left and right
_MARGIN_TOP = 0.75  # inches, top and bottom (header and footer sit inside them)
_MARGIN_HEADER = 0.3  # inches from the paper's edge to the header and the footer
_PAPER_CODES = {A4: 9, LETTER: 1}  # OOXML paperSize: 9 = A4, 1 = Letter


@dataclass(frozen=True, slots=True)
class PageStyle:
    """What every printed page of a workbook shows.

    Attributes:
        pagesize: the paper, (width, height) in points, portrait (reportlab's
            ``A4`` or ``LETTER``; another size prints on the nearer of the two).
        company: the organization's name, in the header ("" leaves it out).
        exported: the export date, in the footer (None leaves it out).
    """

    pagesize: tuple[float, float] = A4
    company: str = ""
    exported: dt.date | None = None


@dataclass(frozen=True, slots=True)
class PrintLayout:
    """The orientation and scale chosen for one sheet (see :func:`choose_layout`).

    Attributes:
        landscape: print landscape (else portrait).
        fit: shrink to one page wide (the renderer computes the scale).
        scale: the estimated print scale in per cent (the fixed scale when not ``fit``).
    """

    landscape: bool
    fit: bool
    scale: int


def paper_code(pagesize: tuple[float, float]) -> int:
    """The OOXML ``paperSize`` of ``pagesize`` (points): 9 for A4, 1 for Letter.

    Another size gets the code of the paper whose width is nearer.
    """
    width = min(pagesize)
    nearest = min(_PAPER_CODES, key=lambda size: abs(size[0] - width))
    return _PAPER_CODES[nearest]


def printable_width(pagesize: tuple[float, float], *, landscape: bool) -> float:
    """Width between the side margins, points, of ``pagesize`` turned as asked."""
    width = max(pagesize) if landscape else min(pagesize)
    return width - 2 * 72 * _MARGIN_SIDE


def choose_layout(widths: Sequence[float], pagesize: tuple[float, float]) -> PrintLayout:
    """Orientation and scale for visible columns of ``widths`` (Excel units) on ``pagesize``.

    Portrait when the columns fit a portrait page at full size; otherwise
    landscape, fitted to one page wide when the text stays at least
    :data:`MIN_FIT_TEXT_PT`, else at :data:`WIDE_SCALE` per cent over several
    pages wide.
    """
    needed = sum(widths) * POINTS_PER_UNIT
    if needed <= printable_width(pagesize, landscape=False):
        return PrintLayout(landscape=False, fit=True, scale=100)
    scale = printable_width(pagesize, landscape=True) / needed if needed else 1.0
    if scale >= 1.0:
        return PrintLayout(landscape=True, fit=True, scale=100)
    if BODY_TEXT_PT * scale >= MIN_FIT_TEXT_PT:
        return PrintLayout(landscape=True, fit=True, scale=math.floor(scale * 100))
    return PrintLayout(landscape=True, fit=False, scale=WIDE_SCALE)


def print_setup(sheet: Any, *, widths: Sequence[float] = (), page: PageStyle | None = None,
                lang: Lang = "en", title_columns: int = 0,
                repeat_header: bool = True) -> PrintLayout:
    """Set how ``sheet`` prints; call before its first row (write-only sheets).

    Args:
        sheet: a worksheet (write-only or not).
        widths: the widths of its visible columns, Excel units (for the scale).
        page: paper, company and export date (default: A4, no company, no date).
        lang: language of the footer.
        title_columns: how many leading columns repeat on every page when the
            sheet prints over several pages wide (0: none).
        repeat_header: row 1 repeats at the top of every page.

    Returns:
        The layout chosen by :func:`choose_layout`.
    """
    page = page or PageStyle()
    layout = choose_layout(widths, page.pagesize)
    setup = sheet.page_setup
    setup.paperSize = paper_code(page.pagesize)
    setup.orientation = "landscape" if layout.landscape else "portrait"
    if repeat_header:
        sheet.print_title_rows = "1:1"
    sheet.page_margins = PageMargins(left=_MARGIN_SIDE, right=_MARGIN_SIDE, top=_MARGIN_TOP,
                                     bottom=_MARGIN_TOP, header=_MARGIN_HEADER,
                                     footer=_MARGIN_HEADER)
    if layout.fit:
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        setup.scale = layout.scale
        sheet.sheet_properties.pageSetUpPr.fitToPage = False
        if title_columns:
            last = chr(ord("A") + title_columns - 1)
            sheet.print_title_cols = f"A:{last}"
    header_footer(sheet, page, lang, size=math.ceil(HEADER_FOOTER_PT * 100 / layout.scale))
    return layout


def header_footer(sheet: Any, page: PageStyle, lang: Lang, *, size: int = 10) -> None:
    """Header: company (left), sheet name (centre); footer: page x of y, export date.

    Texts are escaped (a ``&`` in a company name prints as itself); ``size``
    is the font size in points before the sheet's print scale applies.
    """
    hf = sheet.HeaderFooter
    hf.scaleWithDoc = True
    hf.alignWithMargins = True
    parts = (
        (sheet.oddHeader.left, _escape(page.company)),
        (sheet.oddHeader.center, "&A"),  # the sheet's name, also after a rename
        (sheet.oddFooter.center, "第 &P 页，共 &N 页" if lang == "zh" else "Page &P of &N"),
        (sheet.oddFooter.right, "" if page.exported is None else
         (f"导出日期 {page.exported.isoformat()}" if lang == "zh"
          else f"Exported {page.exported.isoformat()}")),
    )
    for part, text in parts:
        if text:
            part.text = text
            part.size = size


def protect(sheet: Any) -> None:
    """Protect ``sheet`` without a password; filters, column widths and row heights stay free."""
    protection = sheet.protection
    protection.sheet = True
    protection.autoFilter = False  # False = allowed
    protection.formatColumns = False
    protection.formatRows = False


def _escape(text: str) -> str:
    """``text`` for a header or footer: ``&`` doubled, line breaks as spaces, 80 characters."""
    return " ".join(text.split())[:80].replace("&", "&&")
