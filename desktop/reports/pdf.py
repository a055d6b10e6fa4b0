"""The readiness report as PDF (reportlab platypus), in the report's language.

Layout: a cover page; a readiness summary (table and bar chart); one
checklist table per standard, its header row repeated on every page; the
evidence register. Every page has a "Page X of Y" footer. All text uses the
embedded report font (:mod:`desktop.reports.fonts`), and every table cell is a
paragraph, so long English and Chinese text wraps inside its column.

All user text is escaped for reportlab's paragraph markup, so a note such as
``<b>bold</b> & co`` prints literally.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Spacer, Table
from reportlab.platypus.doctemplate import LayoutError

from desktop.reports import pdf_parts as parts
from desktop.reports.fonts import register_report_font
from desktop.reports.labels import (
    EMPTY,
    PRODUCT_NAME,
    format_date,
    format_datetime,
    format_percent,
    format_size,
    label,
)
from desktop.reports.model import ReportData, StandardSection
from desktop.reports.output import write_atomically

MAX_CELL_NAMES = 25
"""Evidence file names listed in one checklist row before "… and N more"."""


def render_pdf(data: ReportData, path: Path, *, pagesize: tuple[float, float] = A4) -> None:
    """Write ``data`` as a PDF report to ``path``, replacing it atomically.

    Args:
        data: the report, already in its language (``data.lang``).
        path: target file; its folder must exist.
        pagesize: (width, height) in points (1/72 inch); A4 portrait by default.

    Raises:
        ExportError: the file cannot be written (folder missing, access denied,
            file open elsewhere, disk full) or the report font is missing; the
            message names the file in English and Chinese. ``path`` is then
            unchanged and no temporary file is left.
    """
    font = register_report_font()
    parts.forbid_line_start_punctuation()
    write_atomically(path, lambda handle: _write(data, handle, font, pagesize))


def _write(data: ReportData, handle: BinaryIO, font: str, pagesize: tuple[float, float]) -> None:
    """Lay out and write the PDF; rows move to the next page whole unless one cannot fit."""
    try:
        _build(data, handle, font, pagesize, split_rows=False)
    except LayoutError:
        # A table row is taller than a page (very long notes, many evidence
        # files): lay the report out again letting rows break across pages.
        handle.seek(0)
        handle.truncate()
        _build(data, handle, font, pagesize, split_rows=True)


def _build(
    data: ReportData,
    handle: BinaryIO,
    font: str,
    pagesize: tuple[float, float],
    *,
    split_rows: bool,
) -> None:
    lang = data.lang
    doc = BaseDocTemplate(
        handle,
        pagesize=pagesize,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=f"{label('report_title', lang)} – {data.company.name}",
        author="AuditReady",
        subject=label("report_subject", lang),
        creator=f"AuditReady {data.app_version}",
        keywords=", ".join(section.label for section in data.standards),
        lang="zh-CN" if lang == "zh" else "en",
        initialFontName=font,
        displayDocTitle=1,
    )
    stamp_parts = ("AuditReady", data.company.name.strip(), format_date(data.generated_at.date()))
    stamp = " · ".join(part for part in stamp_parts if part)
    footer = parts.PageFooter(lang, stamp, font, doc.leftMargin, doc.width)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer.draw)])
    story = _Story(data, parts.make_styles(font), doc.width, split_rows=split_rows)
    doc.build(story.flowables(), canvasmaker=footer.canvasmaker)


class _Story:
    """Turns :class:`ReportData` into the list of flowables, section by section."""

    def __init__(
        self, data: ReportData, styles: parts.Styles, width: float, *, split_rows: bool
    ) -> None:
        self._data = data
        self._lang = data.lang
        self._s = styles
        self._width = width
        self._split_rows = split_rows

    def flowables(self) -> list[Any]:
        """Return the whole report: cover, summary, one checklist per standard, register."""
        story = self._cover() + self._summary()
        for section in self._data.standards:
            story += [PageBreak(), *self._checklist(section)]
        story += [PageBreak(), *self._register()]
        return story

    def _p(self, value: str, look: parts.Look) -> Any:
        return parts.text(value, look, self._lang)

    def _head(self, *keys: str) -> list[Any]:
        return [self._p(label(key, self._lang), self._s.cell_head) for key in keys]

    def _grid(self, cells: list[list[Any]], shares: tuple[float, ...]) -> Table:
        return parts.grid(cells, self._width, shares, self._s.font, split_rows=self._split_rows)

    def _cover(self) -> list[Any]:
        data, lang, s = self._data, self._lang, self._s
        company = data.company
        facts: list[tuple[str, str]] = []
        if company.address.strip():
            facts.append(("cover_address", company.address))
        facts += [
            ("cover_scope", company.scope if company.scope.strip() else EMPTY),
            ("cover_sites", "\n".join(company.sites) or EMPTY),
            ("cover_headcount", str(company.headcount) if company.headcount else EMPTY),
            (
                "cover_standards",
                "\n".join(f"{x.designation}  {x.title}" for x in data.standards) or EMPTY,
            ),
            ("cover_generated", format_datetime(data.generated_at)),
            ("cover_version", f"AuditReady {data.app_version}"),
        ]
        facts_table = Table(
            [[self._p(label(key, lang), s.small), self._p(value, s.body)] for key, value in facts],
            colWidths=[self._width * 0.22, self._width * 0.78],
            splitInRow=1 if self._split_rows else 0,
            style=parts.table_style(
                s.font,
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, parts.RULE),
                ],
            ),
        )
        disclaimer = Table(
            [[self._p(label("disclaimer", lang), s.body)]],
            colWidths=[self._width],
            style=parts.table_style(
                s.font,
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, parts.INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ],
            ),
        )
        return [
            Spacer(1, 30 * mm),
            self._p(PRODUCT_NAME, s.product),
            self._p(label("report_title", lang), s.title),
            self._p(company.name or EMPTY, s.company),
            facts_table,
            Spacer(1, 14 * mm),
            disclaimer,
            PageBreak(),
        ]

    def _summary(self) -> list[Any]:
        data, s = self._data, self._s
        cells = [
            self._head(
                "col_standard",
                "col_total",
                "col_applicable",
                "col_ready",
                "col_ready_share",
                "col_mandatory_share",
            )
        ]
        for section in data.standards:
            r = section.readiness
            share = format_percent(r.mandatory_share)
            mandatory = f"{share} ({r.mandatory_ready}/{r.mandatory_applicable})"
            cells.append(
                [
                    [self._p(section.label, s.cell), self._p(section.designation, s.cell_note)],
                    self._p(str(r.total), s.cell_number),
                    self._p(str(r.applicable), s.cell_number),
                    self._p(str(r.ready), s.cell_number),
                    self._p(format_percent(r.share), s.cell_number),
                    self._p(mandatory, s.cell_number),
                ]
            )
        story: list[Any] = [self._p(label("summary_heading", self._lang), s.heading)]
        if not data.standards:
            return [*story, self._p(label("no_standards", self._lang), s.body)]
        chart = parts.readiness_bars(data.standards, self._width, s.font, self._lang)
        return [
            *story,
            self._p(label("summary_note", self._lang), s.subheading),
            self._grid(cells, (0.30, 0.13, 0.12, 0.12, 0.12, 0.21)),
            Spacer(1, 10 * mm),
            chart,
        ]

    def _checklist(self, section: StandardSection) -> list[Any]:
        lang, s = self._lang, self._s
        heading = label("checklist_heading", lang).format(standard=section.label)
        story: list[Any] = [
            self._p(heading, s.heading),
            self._p(f"{section.designation} · {section.title}", s.subheading),
        ]
        if not section.rows:
            return [*story, self._p(label("checklist_empty", lang), s.body)]
        cells = [
            self._head(
                "col_clause",
                "col_item",
                "col_kind",
                "col_status",
                "col_owner",
                "col_due",
                "col_evidence",
            )
        ]
        for row in section.rows:
            clause = [self._p(row.clause, s.cell)]
            if row.clause_title:
                clause.append(self._p(row.clause_title, s.cell_note))
            item = [self._p(row.title, s.cell)]
            if row.remarks:
                item.append(self._p(row.remarks, s.cell_note))
            names = list(row.evidence_names[:MAX_CELL_NAMES])
            if len(row.evidence_names) > MAX_CELL_NAMES:
                more = len(row.evidence_names) - MAX_CELL_NAMES
                names.append(label("more_names", lang).format(count=more))
            cells.append(
                [
                    clause,
                    item,
                    self._p(row.kind_text, s.cell),
                    parts.status(row, s.cell),
                    self._p(row.owner or EMPTY, s.cell),
                    self._p(format_date(row.due_date), s.cell),
                    self._p("\n".join(names) or EMPTY, s.cell_note),
                ]
            )
        story.append(self._grid(cells, (0.12, 0.30, 0.12, 0.12, 0.10, 0.10, 0.14)))
        return story

    def _register(self) -> list[Any]:
        data, lang, s = self._data, self._lang, self._s
        story: list[Any] = [self._p(label("evidence_heading", lang), s.heading)]
        if not data.evidence:
            return [*story, self._p(label("evidence_empty", lang), s.body)]
        cells = [
            self._head(
                "col_file_name", "col_size", "col_media_type", "col_added", "col_sha", "col_serves"
            )
        ]
        for ev in data.evidence:
            cells.append(
                [
                    self._p(ev.name, s.cell),
                    self._p(format_size(ev.size), s.cell_number),
                    self._p(ev.media_type or EMPTY, s.cell),
                    self._p(format_date(ev.added_on), s.cell),
                    self._p(ev.sha256_short, s.cell),
                    self._p("\n".join(ev.serves) or EMPTY, s.cell),
                ]
            )
        story.append(self._grid(cells, (0.26, 0.09, 0.18, 0.12, 0.14, 0.21)))
        return story
