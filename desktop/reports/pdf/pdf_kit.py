"""What every section of the PDF report needs: the data, the looks, the width, outline marks.

A :class:`Kit` is made once per layout pass and handed to the section
builders of :mod:`desktop.reports.pdf.pdf_sections` and
:mod:`desktop.reports.pdf.pdf_tables`. Headings made with :meth:`Kit.heading`
carry an outline mark that the document template turns into a PDF bookmark
when the heading is placed on a page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table

from desktop.domain.model import Lang
from desktop.reports.labels import label
from desktop.reports.model import ReportData
from desktop.reports.pdf import pdf_parts as parts
from desktop.reports.pdf.pdf_nav import Later, chunks

OutlineMark = tuple[str, int, str]
"""One bookmark: (title, level 0 = section / 1 = standard, unique key)."""


@dataclass(frozen=True, slots=True)
class Kit:
    """The report being laid out and the means to lay it out.

    Attributes:
        data: the report, in its language.
        styles: paragraph looks in the report font.
        width: width of the text column in points.
        split_rows: let table rows taller than a page break across pages.
        actions_by: how the action plan groups open actions, ``"owner"``
            or ``"standard"``.
    """

    data: ReportData
    styles: parts.Styles
    width: float
    split_rows: bool
    actions_by: str = "owner"

    @property
    def lang(self) -> Lang:
        """The report language."""
        return self.data.lang

    def label(self, key: str, **fields: Any) -> str:
        """Return the fixed text ``key`` in the report language, formatted with ``fields``."""
        value = label(key, self.lang)
        return value.format(**fields) if fields else value

    def p(self, value: str, look: parts.Look | None = None) -> Paragraph:
        """Return a paragraph printing ``value`` literally (escaped, wrapped; body look default)."""
        return parts.text(value, look or self.styles.body, self.lang)

    def cell(self, value: str) -> Paragraph:
        """Return a table cell paragraph for ``value`` (8 pt)."""
        return parts.text(value, self.styles.cell, self.lang)

    def note(self, value: str) -> Paragraph:
        """Return a small grey cell paragraph for ``value`` (7 pt)."""
        return parts.text(value, self.styles.cell_note, self.lang)

    def number(self, value: str) -> Paragraph:
        """Return a right-aligned cell paragraph for a figure."""
        return parts.text(value, self.styles.cell_number, self.lang)

    def head(self, *keys: str) -> list[Paragraph]:
        """Return a table header row of the fixed texts ``keys``."""
        return [parts.text(label(key, self.lang), self.styles.cell_head, self.lang) for key in keys]

    def grid(self, cells: list[list[Any]], shares: Sequence[float]) -> Table:
        """Return a ruled table over the column width whose header row repeats on every page."""
        return parts.grid(cells, self.width, shares, self.styles.font, split_rows=self.split_rows)

    def long_grid(
        self, cells: Iterable[list[Any]], shares: Sequence[float], groups: Sequence[int] = ()
    ) -> list[Flowable]:
        """Return :meth:`grid` tables for a table of any length, cut into chunks.

        Args:
            cells: header row, then body rows; may be a generator, read one
                chunk at a time while the report is laid out.
            shares: each column's share of the width.
            groups: indexes in ``cells`` of group heading rows, printed across
                every column on a shaded background. A list that the ``cells``
                generator extends as it yields the group rows does too: a
                chunk's group rows are looked up once its rows are read.

        Returns:
            The first table of :data:`~desktop.reports.pdf.pdf_nav.CHUNK_ROWS`
            body rows, starting with the header row (repeated on every page);
            then, when there are more rows, a :class:`~desktop.reports.pdf.pdf_nav.Later`
            making the other chunks as the layout reaches them.
        """

        def make(rows: list[list[Any]], first: int) -> Table:
            table = self.grid(rows, shares)
            last = first + len(rows) - 1
            shaded = sorted(g - first + 1 for g in set(groups) if first <= g < last)
            if shaded:
                table.setStyle([cmd for r in shaded for cmd in (
                    ("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), parts.GROUP_FILL))])
            return table

        tables = chunks(cells, make)
        return [next(tables), Later(tables)]

    def heading(
        self, title: str, key: str, *, level: int = 0, extra: Sequence[OutlineMark] = ()
    ) -> Paragraph:
        """Return a section heading that also becomes a bookmark of the PDF outline.

        Args:
            title: heading and bookmark text.
            key: a key unique within the document.
            level: 0 for a section, 1 for a standard within a section.
            extra: further bookmarks placed at the same spot, before this one
                (e.g. the parent section of the first standard).
        """
        paragraph = self.p(title, self.styles.heading)
        paragraph.outline = (*extra, (title, level, key))
        return paragraph

    def section(self, title: str) -> Paragraph:
        """Return a sub-section heading (no bookmark)."""
        return self.p(title, self.styles.section)


class Mark(Flowable):  # type: ignore[misc]
    """An invisible, zero-size flowable carrying bookmarks for the spot where it lands."""

    def __init__(self, marks: tuple[OutlineMark, ...]) -> None:
        super().__init__()
        self.outline = marks

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Take no space."""
        return (0.0, 0.0)

    def draw(self) -> None:
        """Draw nothing; the document template adds the bookmarks."""


def outline_marks(flowable: Any) -> tuple[OutlineMark, ...]:
    """Return the bookmarks a flowable carries (none for most flowables)."""
    marks = getattr(flowable, "outline", ())
    return tuple(marks) if isinstance(marks, tuple) else ()


class ClauseMark(Flowable):  # type: ignore[misc]
    """A zero-size flowable inside a table cell that bookmarks a clause where it is drawn.

    The entry goes under the standard's bookmark (one level deeper) and is
    added when the cell is drawn, so it points at the page the clause's first
    row lands on; the key also serves as a link target.
    """

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self._key = key
        self._title = title
        self._level = level

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Take no space."""
        return (0.0, 0.0)

    def draw(self) -> None:
        """Add the bookmark and its outline entry (closed, so the outline stays short)."""
        self.canv.bookmarkHorizontal(self._key, 0, 0)
        self.canv.addOutlineEntry(self._title, self._key, level=self._level, closed=True)
