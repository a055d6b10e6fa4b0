"""The printed table of contents of the full PDF report, laid out in one pass.

reportlab's ``TableOfContents`` learns its entries while the document is laid
out, so ``multiBuild`` lays the whole report out at least twice (the first
time with an empty contents page). The report's headings are all made before
layout, so :class:`Contents` takes its entries from the story instead
(:func:`contents_entries`): the contents page has its final length from the
first pass. The page numbers are the only thing not known until the headings
are placed; each entry's dot leader and number are a PDF form XObject (PDF 1.7
section 8.10) that the page refers to by name and that :meth:`Contents.finish`
defines once the document is laid out, right before the file is written, the
same way the footer's page total is drawn. One layout pass therefore suffices.
"""

from __future__ import annotations

from ast import literal_eval
from collections.abc import Iterator, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.tableofcontents import TableOfContents

from desktop.reports.pdf.pdf_kit import outline_marks

TOC_LEVELS = 2
"""Outline levels the printed table of contents lists (sections and standards)."""

CONTENTS_KEY = "contents"
"""Outline key of the contents page's own heading (not listed in it)."""

_DOT = " . "
"""The dot leader's repeated text, as reportlab's table of contents draws it."""

Entry = tuple[int, str, str]
"""(outline level, title as paragraph markup, outline key) of one contents line."""


def contents_entries(story: Sequence[Any]) -> list[Entry]:
    """The contents lines of ``story``: its outline marks of levels below :data:`TOC_LEVELS`.

    Looks at the story's flowables and inside keep-together groups, in story
    order, which is the order the document template places their marks.
    """
    return [(level, escape(title), key) for title, level, key in _marks(story)
            if level < TOC_LEVELS and key != CONTENTS_KEY]


def _marks(story: Sequence[Any]) -> Iterator[tuple[str, int, str]]:
    for flowable in story:
        yield from outline_marks(flowable)
        inner = getattr(flowable, "_content", None)
        if isinstance(inner, list | tuple):
            yield from _marks(inner)


class Contents(TableOfContents):  # type: ignore[misc]
    """A table of contents whose entries are given up front; page numbers are filled in last.

    Args:
        entries: the contents lines (:func:`contents_entries`).
        **kwargs: reportlab ``TableOfContents`` options (level styles,
            ``dotsMinLevel``, table style).

    The document template calls :meth:`placed` for every heading it places,
    and the canvas calls :meth:`finish` before writing the file.
    """

    def __init__(self, entries: Sequence[Entry], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._entries = [(level, text, 0, key) for level, text, key in entries]
        self._lastEntries = list(self._entries)
        self._forms = {key: f"tocnum{n}" for n, (_, _, key) in enumerate(entries)}
        self._slots: dict[str, tuple[float, int, Any]] = {}
        self._pages: dict[str, int] = {}

    def beforeBuild(self) -> None:
        """Keep the entries given (reportlab's multi-pass hook; not used by one pass)."""

    def notify(self, kind: str, stuff: Any) -> None:
        """Ignore reportlab's entry notifications: the entries are given up front."""

    def placed(self, key: str, page: int) -> None:
        """Note that the heading with outline ``key`` landed on ``page`` (1-based)."""
        if key in self._forms:
            self._pages.setdefault(key, page)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Lay the entries out as reportlab does, with this class drawing each line's end."""
        size = super().wrap(availWidth, availHeight)

        def entry_end(canvas: Any, kind: str, label: str) -> None:
            _page, level, key = label.split(",", 2)
            self._draw_end(canvas, int(level), literal_eval(key), availWidth)

        self.canv.setNamedCB("drawTOCEntryEnd", entry_end)
        return size  # type: ignore[no-any-return]

    def _draw_end(self, canvas: Any, level: int, key: str, width: float) -> None:
        """Place the form of ``key``'s leader and number at the end of its title; link it."""
        style = self.getLevelStyle(level)
        x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
        self._slots[key] = (width - x, level, style)
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(self._forms[key])
        canvas.restoreState()
        canvas.linkRect("", key, (x, y, width, y + style.leading), relative=1)

    def finish(self, canvas: Any) -> None:
        """Define every entry's form: the dot leader, then its page number flush right.

        Drawn as reportlab's table of contents draws them (the number shrunk
        in steps of 10% if it does not fit); an entry whose heading was never
        placed gets an empty form.
        """
        for key, name in self._forms.items():
            free, level, style = self._slots.get(key, (0.0, 0, None))
            canvas.beginForm(name, lowerx=-1, lowery=-style.fontSize if style else -1,
                             upperx=free + 1, uppery=style.leading if style else 1)
            page = self._pages.get(key)
            if style is not None and page is not None:
                dots = 0 <= self.dotsMinLevel <= level
                _leader(canvas, style, str(page), free, dots=dots)
            canvas.endForm()


def _leader(canvas: Any, style: Any, number: str, free: float, *, dots: bool) -> None:
    """Draw dots and ``number`` in ``free`` points from the form's origin, number flush right."""
    font, size = style.fontName, style.fontSize
    number_width = stringWidth(number, font, size)
    while number_width > free and size >= 1.0:
        size *= 0.9
        number_width = stringWidth(number, font, size)
    dot_width = stringWidth(_DOT, font, size)
    count = max(int((free - number_width) / dot_width), 0) if dots and dot_width else 0
    text = canvas.beginText(free - count * dot_width - number_width, 0)
    text.setFont(font, size)
    text.setFillColor(style.textColor)
    text.textLine(count * _DOT + number)
    canvas.drawText(text)
