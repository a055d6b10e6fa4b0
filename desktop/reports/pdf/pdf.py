"""The readiness report as PDF (reportlab platypus), in the report's language.

Two variants. The full report: a cover; an executive summary (readiness,
the three layers, the readiness trend, certification gates, top gaps,
mandatory items without an action, overdue actions, certificate dates); one
checklist per standard; the integrated (三体系) table; the action plan; internal
audits and management reviews; the evidence register; the audit-time
estimate; a sign-off block; an appendix of closed actions (when any is closed). The summary: one
page with the essentials. Both carry a disclaimer that the report is a
self-assessment and not a certificate, and no certification mark.

Every page has a "Page X of Y" footer and, after the cover, its section's
name in a running header; every section and standard a bookmark in the PDF
outline, every table its header row repeated on each page; gap lists, the
checklists' evidence cells and the file index link to their targets
(:mod:`desktop.reports.pdf.pdf_nav`). All
text uses the embedded report font (:mod:`desktop.reports.pdf.fonts`); every
table cell is a paragraph, so long English and Chinese text wraps inside its
column. User text is escaped for reportlab's paragraph markup, so a note such
as ``<b>bold</b> & co`` prints literally.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, Literal

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from desktop.errors import CancelledError
from desktop.reports.labels import format_date, label
from desktop.reports.model import ReportData
from desktop.reports.output import write_atomically
from desktop.reports.pdf import pdf_actions as actions
from desktop.reports.pdf import pdf_meta as meta
from desktop.reports.pdf import pdf_parts as parts
from desktop.reports.pdf import pdf_register as register
from desktop.reports.pdf import pdf_sections as sections
from desktop.reports.pdf import pdf_tables as tables
from desktop.reports.pdf.fonts import register_report_font
from desktop.reports.pdf.pdf_contents import CONTENTS_KEY, TOC_LEVELS, Contents, contents_entries
from desktop.reports.pdf.pdf_kit import Kit, outline_marks
from desktop.reports.pdf.pdf_nav import Later, RunningHeader

Variant = Literal["full", "summary"]
"""``"full"``: the whole report; ``"summary"``: one page for management."""

Progress = Callable[[int, int], None]
"""Called with (sections laid out, sections in all) as the layout advances."""


def render_pdf(
    data: ReportData,
    path: Path,
    *,
    pagesize: tuple[float, float] = A4,
    variant: Variant = "full",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    actions_by: str = "owner",
) -> None:
    """Write ``data`` as a PDF report to ``path``, replacing it atomically.

    Args:
        data: the report, already in its language (``data.lang``).
        path: target file; its folder must exist.
        pagesize: (width, height) in points (1/72 inch); A4 portrait by
            default, e.g. ``reportlab.lib.pagesizes.letter`` for 612 x 792.
        variant: ``"full"`` report or one-page ``"summary"``.
        progress: called with (done, total) sections, from the calling
            thread; the last call is (total, total).
        cancelled: polled after every flowable placed on a page; once it
            returns True the export stops.
        actions_by: how the full report's action plan groups open actions,
            ``"owner"`` or ``"standard"`` (:data:`~desktop.reports.pdf.pdf_actions.ACTIONS_BY`).

    Raises:
        CancelledError: ``cancelled()`` returned True; ``path`` is unchanged
            and no temporary file is left.
        ExportError: the file cannot be written (folder missing, access denied,
            file open elsewhere, disk full) or the report font is missing; the
            message names the file in English and Chinese. ``path`` is then
            unchanged and no temporary file is left.
        ValueError: unknown ``variant`` or ``actions_by``.
    """
    if variant not in ("full", "summary"):
        raise ValueError(f"unknown PDF variant {variant!r}")
    if actions_by not in actions.ACTIONS_BY:
        raise ValueError(f"unknown action grouping {actions_by!r}")
    font = register_report_font()
    parts.forbid_line_start_punctuation()
    if cancelled is not None and cancelled():
        raise CancelledError()
    job = _Job(data, font, pagesize, variant, progress, cancelled)
    job.actions_by = actions_by
    write_atomically(path, job.write)


class _Job:
    """One export: lays the report out, a second time with splittable rows if one is too tall."""

    def __init__(
        self,
        data: ReportData,
        font: str,
        pagesize: tuple[float, float],
        variant: Variant,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.data = data
        self.font = font
        self.pagesize = pagesize
        self.variant = variant
        self.progress = progress
        self.cancelled = cancelled

    actions_by = "owner"
    """How the action plan groups open actions (see :func:`render_pdf`)."""

    def write(self, handle: BinaryIO) -> None:
        """Lay out and write the PDF; rows move to the next page whole unless one cannot fit."""
        try:
            self._build(handle, split_rows=False)
        except LayoutError:
            # A table row is taller than a page (very long notes, many evidence
            # files): lay the report out again letting rows break across pages.
            handle.seek(0)
            handle.truncate()
            self._build(handle, split_rows=True)

    def _build(self, handle: BinaryIO, *, split_rows: bool) -> None:
        data, lang = self.data, self.data.lang
        title = label("summary_title" if self.variant == "summary" else "report_title", lang)
        doc = _ReportDoc(
            handle,
            pagesize=self.pagesize,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=18 * mm,
            bottomMargin=20 * mm,
            title=f"{title} – {data.company.name}",
            author=meta.author(data),
            subject=meta.subject(data),
            creator=f"AuditReady {data.app_version}",
            keywords=meta.keywords(data),
            lang="zh-CN" if lang == "zh" else "en",
            initialFontName=self.font,
            displayDocTitle=1,
        )
        stamp_parts = (
            "AuditReady",
            data.company.name.strip(),
            format_date(data.generated_at.date()),
        )
        stamp = " · ".join(part for part in stamp_parts if part)
        footer = parts.PageFooter(lang, stamp, self.font, doc.leftMargin, doc.width)
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        header = RunningHeader(self.font, doc.leftMargin, doc.width,
                               doc.bottomMargin + doc.height)
        doc.header = header if self.variant == "full" else None
        ends = {"onPageEnd": header.draw} if doc.header else {}
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer.draw, **ends)])
        kit = Kit(data, parts.make_styles(self.font), doc.width, split_rows, self.actions_by)
        if self.variant == "summary":
            # The frame's usable height, less its padding (6 pt top and bottom).
            chapters = [sections.one_page(kit, frame._aH - 12)]
        else:
            chapters = _full_report(kit)
            # The contents list every heading made; their page numbers come last.
            doc.contents = _contents(kit, contents_entries([f for c in chapters for f in c]))
            footer.finishing.append(doc.contents.finish)
            chapters.insert(1, [*_contents_heading(kit), doc.contents])
        count = len(chapters)
        story: list[Any] = []
        for n, chapter in enumerate(chapters):
            if n:
                story.append(PageBreak())
            story += [*chapter, _ChapterDone(n + 1, count)]
        del chapters, chapter  # the story alone holds the flowables: placed ones are freed
        doc.watch(self.progress, self.cancelled, count)
        # One pass: the page total and the contents' page numbers are drawn last.
        doc.build(story, canvasmaker=footer.canvasmaker)
        if self.progress is not None:
            self.progress(count + 1, count + 1)


def _full_report(kit: Kit) -> list[list[Any]]:
    """The chapters of the full report but the contents, each starting on a new page."""
    return [
        sections.cover(kit),
        sections.executive_summary(kit),
        *tables.checklists(kit),
        tables.integrated(kit),
        actions.action_plan(kit),
        tables.audits_and_reviews(kit),
        register.evidence_register(kit),
        tables.audit_time(kit),
        sections.sign_off(kit),
        *([actions.closed_actions(kit)] if actions.closed_count(kit.data) else []),
    ]


def _contents_heading(kit: Kit) -> list[Any]:
    """The heading of the table of contents, a bookmark too."""
    title = kit.label("toc_heading")
    heading = kit.p(title, kit.styles.heading)
    heading.outline = ((title, 0, CONTENTS_KEY),)
    return [heading]


def _contents(kit: Kit, entries: list[tuple[int, str, str]]) -> Contents:
    """The printed table of contents: every section and standard with its page, each a link."""
    base = kit.styles.body.cjk
    levels = [
        ParagraphStyle("toc0", parent=base, fontSize=10.5, leading=16, spaceBefore=5),
        ParagraphStyle("toc1", parent=base, fontSize=9.5, leading=14, leftIndent=14),
    ]
    # The cell font must be set, or the table selects Helvetica (not embedded).
    cells = parts.table_style(kit.styles.font, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ])
    return Contents(entries, levelStyles=levels, dotsMinLevel=0, tableStyle=cells)


class _ChapterDone(Flowable):  # type: ignore[misc]
    """An invisible marker after each chapter; placing it reports progress."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Take no space."""
        return (0.0, 0.0)

    def draw(self) -> None:
        """Draw nothing."""


class _ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    """A document that turns heading marks into outline entries and reports progress."""

    def watch(
        self, progress: Progress | None, cancelled: Callable[[], bool] | None, chapters: int
    ) -> None:
        """Set the progress callback and the cancel check used while building.

        Progress is reported as (chapter, chapters + 1) while laying out; the
        caller reports the last step once the file is complete.
        """
        self._progress = progress
        self._cancelled = cancelled
        self._chapters = chapters
        self._outlined: Any = None

    header: RunningHeader | None = None
    """The running header of the full report, told about every section heading placed."""

    contents: Contents | None = None
    """The full report's table of contents, told the page of every heading placed."""

    def handle_flowable(self, flowables: list[Any]) -> None:
        """Place the next flowable; a :class:`Later` first makes the flowable it stands for."""
        first = flowables[0]
        if isinstance(first, Later):
            flowables[0:1] = first.take()
            return
        super().handle_flowable(flowables)

    def afterFlowable(self, flowable: Any) -> None:
        """Add the flowable's bookmarks and contents entries, report progress, stop on cancel."""
        for title, level, key in outline_marks(flowable):
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=False)
            if self._outlined is not self.canv:  # a new canvas on every pass
                self.canv.showOutline()
                self._outlined = self.canv
            if self.header is not None:
                self.header.seen(title, level, key)
            if level < TOC_LEVELS and self.contents is not None:
                self.contents.placed(key, self.page)
        if isinstance(flowable, _ChapterDone) and self._progress is not None:
            self._progress(flowable.done, self._chapters + 1)
        if self._cancelled is not None and self._cancelled():
            raise CancelledError()
