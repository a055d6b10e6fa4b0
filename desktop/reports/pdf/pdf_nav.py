"""Finding one's way in a long PDF report: running headers, link targets, links, long tables.

- :class:`RunningHeader` prints the current section's name at the top of
  every page after the cover (continuation pages included); the name links
  back to the table of contents.
- :class:`Anchor` is a zero-size flowable that makes the spot where it is
  drawn a named destination; :func:`link` makes a table cell that jumps to
  one. Destination names come from :func:`row_key`, :func:`register_key` and
  :func:`file_key`, so a link and its target always agree.
- :func:`chunked` cuts a long table into tables of :data:`CHUNK_ROWS` rows,
  each with the header row first and repeated on every page; :func:`chunks`
  does it as the rows come, and :class:`Later` stands in the story for tables
  made only when the layout reaches them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from desktop.domain.model import Lang
from desktop.reports.model import ReportData
from desktop.reports.pdf import pdf_parts as parts
from desktop.reports.pdf.pdf_typeset import KeptLinesParagraph

CHUNK_ROWS = 300
"""Body rows per table of a long table (register, action plan, checklists, file index).

reportlab lays out one table in time growing faster than its row count (it
measures every remaining row again each time the table is split at a page
end), so a 20,000-row register as one table took 57 s. Measured on the 2-core
build machine (heavily shared, so processor seconds, one run each) with
bench/reports.py's project (the sample's three standards, 2,000 actions and
5,000 or 20,000 evidence files), the whole full report:

====================  ===========  ===========  ===========  ===========
rows per table        100          300          1,000        one table
====================  ===========  ===========  ===========  ===========
5,000 evidence        51.8 s       54.4 s       63.4 s       101.1 s
(7,223 table rows)    7.17 ms/row  7.52 ms/row  8.78 ms/row  13.99 ms/row
20,000 evidence       –            160.1 s      188.4 s      –
(22,223 table rows)                7.21 ms/row  8.48 ms/row
====================  ===========  ===========  ===========  ===========

At 300 rows the time per row stays flat from 5,000 to 20,000 evidence files
and is about half that of one table per section at 5,000; 1,000 rows is
already slower, and 100 gains little for a header printed three times as
often.
"""

LINK_COLOUR = colors.HexColor("#1F4E8C")
"""Dark blue of link text: visibly a link on screen, near black in a grayscale print."""


def row_key(section: int, row: int) -> str:
    """Destination of checklist row ``row`` (0-based) of the report's standard ``section``."""
    return f"row-{section}-{row}"


def register_key(section: int, clause: str) -> str:
    """Destination of a clause's entry in the evidence register (standard index, clause)."""
    return f"reg-{section}-{re.sub(r'[^0-9A-Za-z.]', '_', clause)}"


def item_rows(data: ReportData) -> dict[str, tuple[int, int]]:
    """(standard index, row index) of every checklist item in the report, by item id."""
    return {row.item_id: (n, r) for n, section in enumerate(data.standards)
            for r, row in enumerate(section.rows)}


def file_key(evidence_id: int) -> str:
    """Destination of an evidence file's first listing in the register."""
    return f"file-{evidence_id}"


class Anchor(Flowable):  # type: ignore[misc]
    """A zero-size flowable making the spot where it is drawn the destination ``key``."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self._key = key

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Take no space."""
        return (0.0, 0.0)

    def draw(self) -> None:
        """Define the destination at the current position (the top of the cell it sits in)."""
        self.canv.bookmarkHorizontal(self._key, 0, 0)


def link(value: str, key: str, look: parts.Look, lang: Lang) -> Paragraph:
    """Return a paragraph printing ``value`` literally as a link to destination ``key``."""
    colour = LINK_COLOUR.hexval()[2:]
    markup = escape(value).replace("\n", "<br/>")
    return KeptLinesParagraph(f'<a href="#{escape(key)}" color="#{colour}">{markup}</a>',
                              look.pick(value))


def chunked(cells: list[list[Any]], make: Callable[[list[list[Any]], int], Table],
            *, size: int | None = None) -> list[Table]:
    """Cut ``cells`` (header row first) into tables of at most ``size`` body rows.

    Args:
        cells: the header row, then the body rows.
        make: builds one table from (rows with the header first, index of the
            chunk's first body row in ``cells``); it can apply row styles,
            shifting row numbers by that index less one.
        size: body rows per table; :data:`CHUNK_ROWS` by default.

    Returns:
        One table per chunk; a single table when the body fits in one.
    """
    return list(chunks(cells, make, size=size))


def chunks(cells: Iterable[list[Any]], make: Callable[[list[list[Any]], int], Table],
           *, size: int | None = None) -> Iterator[Table]:
    """:func:`chunked` as a generator: rows are taken from ``cells`` one chunk at a time.

    ``cells`` may be a generator (header row first); each table is made when
    asked for, from the next ``size`` rows, so only one chunk's rows exist at
    a time. At least one table is yielded (the header alone for no rows).
    """
    size = size or CHUNK_ROWS
    rows = iter(cells)
    header = next(rows)
    start = 1
    while True:
        body = list(islice(rows, size))
        if body or start == 1:
            yield make([header, *body], start)
        if len(body) < size:
            return
        start += len(body)


class Later(Flowable):  # type: ignore[misc]
    """Stands in a story for flowables made only when the layout reaches this spot.

    The report's document template (:class:`desktop.reports.pdf.pdf._ReportDoc`)
    replaces it, when it is next to be placed, by the next flowable of
    ``flowables`` followed by itself again, until ``flowables`` is exhausted.
    Long tables are made this way one chunk at a time, and a chunk is freed
    once it is drawn, so a 20,000-row register never exists whole.

    Only for documents whose template expands it; anywhere else, drawing it
    raises ``RuntimeError`` rather than losing the content silently.
    """

    def __init__(self, flowables: Iterator[Flowable]) -> None:
        super().__init__()
        self._flowables = flowables

    def take(self) -> list[Flowable]:
        """The next flowable followed by this one, or ``[]`` when none is left."""
        for flowable in self._flowables:
            return [flowable, self]
        return []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Take no space."""
        return (0.0, 0.0)

    def draw(self) -> None:
        """Never drawn: the document template expands it first."""
        raise RuntimeError("a Later flowable must be expanded by the document template")


class RunningHeader:
    """Draws the current section's name at the top of every page but the cover.

    The document template tells it each heading placed (:meth:`seen`); the
    name is drawn when the page ends, so a page names the section its last
    heading opened or, on a continuation page, the section still running.
    Standards within a section are named after it ("Checklists per standard ·
    ISO 9001:2015 checklist"). The name links to the table of contents.

    Args:
        font: the report font.
        left, width: the text column's left edge and width, in points.
        top: the y of the top margin's lower edge (the frame's top), in points.
        skip: outline keys of sections whose pages carry no header (the cover).
        contents: destination of the table of contents.
    """

    def __init__(self, font: str, left: float, width: float, top: float,
                 skip: Sequence[str] = ("cover",), contents: str = "contents") -> None:
        self._font = font
        self._left = left
        self._width = width
        self._top = top
        self._skip = tuple(skip)
        self._contents = contents
        self._section = ("", "")
        self._standard = ""

    def seen(self, title: str, level: int, key: str) -> None:
        """Note a heading placed on the current page (outline level 0 or 1)."""
        if level == 0:
            self._section = (title, key)
            self._standard = ""
        elif level == 1:
            self._standard = title

    @property
    def text(self) -> str:
        """The name the current page prints ("" on pages without a header)."""
        title, key = self._section
        if not title or key in self._skip:
            return ""
        return f"{title} · {self._standard}" if self._standard else title

    def draw(self, canvas: Any, doc: Any) -> None:
        """``onPageEnd`` callback of a PageTemplate: draw the name and a rule under it."""
        value = self.text
        if not value:
            return
        size = 8.0
        value = parts.fit(value, self._font, size, self._width)
        y = self._top + 4 * mm
        canvas.saveState()
        canvas.setFont(self._font, size)
        canvas.setFillColor(parts.MUTED)
        canvas.drawString(self._left, y, value)
        canvas.setStrokeColor(parts.RULE)
        canvas.setLineWidth(0.4)
        canvas.line(self._left, y - 3, self._left + self._width, y - 3)
        if self._section[1] != self._contents:
            end = self._left + stringWidth(value, self._font, size)
            canvas.linkRect("", self._contents, (self._left, y - 2, end, y + size), relative=0)
        canvas.restoreState()
