"""Building blocks of the PDF report: paragraph styles, cells, tables, bar chart, page footer.

Everything here uses only the report font (:mod:`desktop.reports.pdf.fonts`), so
no standard-14 font such as Helvetica ends up in the PDF. Text passed to
:func:`text` is user text: it is escaped for reportlab's paragraph markup and
printed literally.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib import textsplit as rl_textsplit
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.platypus import paragraph as rl_paragraph

from desktop.domain.model import Lang
from desktop.reports.labels import label
from desktop.reports.model import ChecklistRow
from desktop.reports.pdf.pdf_typeset import (
    CANNOT_START,
    NO_BREAK,
    HeavyParagraph,
    TypesetParagraph,
)

MAX_CELL_CHARS = 1500
"""User text longer than this (characters) is cut in the PDF and ends with a note
that the Excel export has all of it."""

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5F5F5F")
RULE = colors.HexColor("#9A9A9A")
_HEAD_FILL = colors.HexColor("#D9D9D9")
GROUP_FILL = colors.HexColor("#E4E4E4")
"""Shade of a group heading row spanning a table (the integrated view's clauses)."""
_ZEBRA = colors.HexColor("#F4F4F4")
_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
_PAGE_TOTAL_FORM = "auditreadyPageTotal"


@dataclass(frozen=True, slots=True)
class Look:
    """One paragraph style in two line-breaking modes, chosen by the text it prints.

    Text with Chinese characters, or with a name kept together
    (:func:`~desktop.reports.pdf.pdf_typeset.keep_together`), is broken by
    :mod:`desktop.reports.pdf.pdf_typeset` (kinsoku both ways, names whole);
    other text breaks at spaces as reportlab does. In both, a word wider than
    its column (a path, a URL) is split rather than drawn past the cell edge.
    ``heavy`` looks (titles, headings, table heads) are drawn with a thin
    outline, a synthesized bold.
    """

    latin: ParagraphStyle
    cjk: ParagraphStyle
    heavy: bool = False
    _blank: dict[bool, Any] = field(default_factory=dict, compare=False, repr=False)
    """The parsed fragment of a one-letter text, by "is the CJK style": plain
    text (no markup) is given to a paragraph as a copy of it holding the text,
    without running reportlab's markup parser (about a sixth of a report's
    layout time). Lives as long as this look (one export)."""

    def pick(self, text: str) -> ParagraphStyle:
        """Return the style for ``text``."""
        return self.cjk if _CJK.search(text) or NO_BREAK in text else self.latin

    def paragraph(self, markup: str, text: str) -> Paragraph:
        """Return a paragraph of ``markup`` in the style for its plain ``text``."""
        kind = HeavyParagraph if self.heavy else TypesetParagraph
        style = self.pick(text)
        if markup == text:  # nothing to parse: the same fragment reportlab's parser makes
            clean = rl_paragraph.cleanBlockQuotedText(text)
            if clean:
                cjk = style is self.cjk
                blank = self._blank.get(cjk)
                if blank is None:
                    blank = self._blank[cjk] = Paragraph("x", style).frags[0]
                frag = blank.clone(text=clean, link=[], us_lines=[])
                return kind(clean, style, frags=[frag])
        return kind(markup, style)


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph looks of one report (sizes in points); all use ``font``."""

    font: str
    product: Look
    title: Look
    company: Look
    heading: Look
    section: Look
    subheading: Look
    body: Look
    small: Look
    cell: Look
    cell_note: Look
    cell_head: Look
    cell_number: Look


def make_styles(font: str) -> Styles:
    """Return the report's paragraph looks, all in the registered font named ``font``."""

    def look(name: str, size: float, heavy: bool = False, **extra: Any) -> Look:
        base = ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=round(size * 1.3, 1),
            textColor=extra.pop("textColor", INK),
            splitLongWords=1,
            **extra,
        )
        cjk = ParagraphStyle(f"{name}-cjk", parent=base, wordWrap="CJK")
        return Look(latin=base, cjk=cjk, heavy=heavy)

    return Styles(
        font=font,
        product=look("product", 12, textColor=MUTED, spaceAfter=4),
        title=look("title", 24, heavy=True, spaceAfter=14),
        company=look("company", 17, heavy=True, spaceAfter=18),
        heading=look("heading", 15, heavy=True, spaceAfter=4, keepWithNext=1),
        section=look("section", 11.5, heavy=True, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        subheading=look("subheading", 9.5, textColor=MUTED, spaceAfter=8, keepWithNext=1),
        body=look("body", 9.5),
        small=look("small", 8.5, textColor=MUTED),
        cell=look("cell", 8),
        cell_note=look("cell_note", 7, textColor=MUTED, spaceBefore=2),
        cell_head=look("cell_head", 8, heavy=True),
        cell_number=look("cell_number", 8, alignment=2),
    )


def text(value: str, look: Look, lang: Lang, *, limit: int = MAX_CELL_CHARS) -> Paragraph:
    """Return a paragraph printing ``value`` literally: markup escaped, line breaks kept.

    Text longer than ``limit`` characters is cut and followed by a note (in
    ``lang``) that the Excel export holds the full text, so that a table row
    always fits on a page.
    """
    if len(value) > limit:
        value = value[:limit].rstrip() + label("cut_note", lang)
    return look.paragraph(escape(value).replace("\n", "<br/>"), value)


def status(row: ChecklistRow, look: Look) -> Paragraph:
    """Return the status cell: symbol and word, the symbol a little larger so it stays legible."""
    markup = f'<font size="9.5">{escape(row.status_symbol)}</font> {escape(row.status_word)}'
    return look.paragraph(markup, row.status_word)


def forbid_line_start_punctuation() -> None:
    """Make reportlab's CJK wrapping keep Chinese closing punctuation off the start of a line.

    The report's own paragraphs break lines by :mod:`desktop.reports.pdf.pdf_typeset`;
    this covers paragraphs reportlab makes itself (the table of contents).
    reportlab's own list covers 、。） and ASCII marks but not ，；：！？ or
    closing quotes, so a line could begin with a comma. The marks are added
    to the list in both places reportlab reads it (single-style paragraphs
    and mixed-style ones); calling again changes nothing.
    """
    for module in (rl_textsplit, rl_paragraph):
        current = getattr(module, "ALL_CANNOT_START", None)
        if isinstance(current, str):
            missing = "".join(ch for ch in CANNOT_START if ch not in current)
            if missing:
                module.ALL_CANNOT_START = current + missing


def table_style(font: str, commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """Return a table style with ``commands`` whose cell font is the report font.

    Cells hold paragraphs with their own style, but a table still selects its
    cell font before drawing each cell; left at the default that is Helvetica.
    """
    return TableStyle(
        [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8), *commands]
    )


def grid(
    cells: list[list[Any]],
    width: float,
    shares: Sequence[float],
    font: str,
    *,
    split_rows: bool,
) -> Table:
    """Return a ruled table whose shaded first row repeats at the top of every page.

    Args:
        cells: rows of cells (paragraphs or lists of paragraphs), header first.
        width: total width in points.
        shares: each column's share of ``width``; they should add up to 1.
        font: the report font name.
        split_rows: let a row taller than the space left on a page break
            across pages; otherwise a row always moves to the next page whole.
    """
    return Table(
        cells,
        colWidths=[width * share for share in shares],
        repeatRows=1,
        splitInRow=1 if split_rows else 0,
        style=table_style(
            font,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), _HEAD_FILL),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, _ZEBRA]),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ],
        ),
    )


class PageFooter:
    """Draws every page's footer: "Page X of Y" on the left, a stamp on the right.

    The total is not known while pages are laid out, so each footer draws
    "Page 3 of " and then a form XObject holding "12" (or "12 页"); the canvas
    from :meth:`canvasmaker` defines that form when the document is saved.
    One layout pass therefore suffices.

    Args:
        lang: footer language.
        stamp: text for the right side, shortened with "…" to 60% of the width.
        font: the report font name.
        left, width: the text column's left edge and width, in points.
    """

    def __init__(self, lang: Lang, stamp: str, font: str, left: float, width: float) -> None:
        self._font = font
        self._left = left
        self._width = width
        self._before, self._after = label("page_of", lang).split("{total}", 1)
        self._stamp = fit(stamp, font, 8, width * 0.6)
        self._pages = 0
        self.finishing: list[Callable[[Any], None]] = []
        """Further hooks the canvas runs with itself before writing, after the page total."""

    def draw(self, canvas: Any, doc: Any) -> None:
        """``onPage`` callback of a PageTemplate: draw one page's rule and footer texts."""
        self._pages = max(self._pages, int(doc.page))
        y = doc.bottomMargin - 10 * mm
        before = self._before.format(page=doc.page)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(self._left, y + 10, self._left + self._width, y + 10)
        canvas.setFont(self._font, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(self._left + self._width, y, self._stamp)
        canvas.drawString(self._left, y, before)
        canvas.translate(self._left + stringWidth(before, self._font, 8), y)
        canvas.doForm(_PAGE_TOTAL_FORM)
        canvas.restoreState()

    def canvasmaker(self, *args: Any, **kwargs: Any) -> Any:
        """Make the document's canvas (``canvasmaker`` of ``build``); it adds the page total."""
        return _FinishingCanvas(*args, finish=self._finish, **kwargs)

    def _finish(self, canvas: Any) -> None:
        self._define_total(canvas)
        for hook in self.finishing:
            hook(canvas)

    def _define_total(self, canvas: Any) -> None:
        canvas.beginForm(_PAGE_TOTAL_FORM, lowerx=0, lowery=-4, upperx=200, uppery=12)
        canvas.setFont(self._font, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(0, 0, f"{self._pages}{self._after}")
        canvas.endForm()


class _FinishingCanvas(Canvas):  # type: ignore[misc]
    """A reportlab canvas that runs ``finish(self)`` right before writing the file."""

    def __init__(self, *args: Any, finish: Callable[[Any], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._finish = finish

    def save(self) -> None:
        """Run the finishing hook, then write the PDF."""
        self._finish(self)
        super().save()


def fit(value: str, font: str, size: float, width: float) -> str:
    """Return ``value``, cut and ending in "…" if wider than ``width`` points at ``size``."""
    if stringWidth(value, font, size) <= width:
        return value
    low, high = 0, len(value)
    while low < high:  # longest prefix that fits together with the ellipsis
        mid = (low + high + 1) // 2
        if stringWidth(value[:mid] + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return value[:low].rstrip() + "…"
