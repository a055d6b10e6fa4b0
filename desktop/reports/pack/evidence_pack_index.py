"""The index PDF at the top of an evidence pack (reportlab platypus), in the pack's language.

Layout: an overview page (organization, date, standards, how the folders are
arranged, that shared files are copied into each folder, the self-assessment
disclaimer); one table per standard listing every checklist item with its
status (symbol and word, readable in grayscale), and for each evidence file
its name, version, approval and effective dates, size, full SHA-256 (small
monospace), its path inside the zip and, when it no longer counts, "⊗ Expired".
Only items with evidence are listed; a "requested but missing" section then
lists the mandatory documented information with no file, and a last one the
evidence not linked to any item. Every section and standard has a PDF bookmark; pages
carry "Page X of Y"; table headers repeat on each page.

All user text is escaped for reportlab markup and prints literally. The only
font is the embedded report font (:mod:`desktop.reports.pdf.fonts`).
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.doctemplate import LayoutError

from desktop.domain.model import ItemStatus, Lang
from desktop.domain.records import EvidenceMeta
from desktop.reports.labels import EMPTY, PRODUCT_NAME, format_date, format_datetime, format_size
from desktop.reports.model import ReportData
from desktop.reports.pack.labels_pack import pack_label
from desktop.reports.pdf import pdf_meta as meta
from desktop.reports.pdf import pdf_parts as parts
from desktop.reports.pdf.fonts import register_mono_font, register_report_font

if TYPE_CHECKING:
    from desktop.reports.pack.evidence_pack_plan import EvidencePackPlan, PackedFile, PackedStandard

_ITEM_SHARES = (0.09, 0.27, 0.13, 0.51)
_UNLINKED_SHARES = (0.35, 0.65)
_MISSING_SHARES = (0.2, 0.55, 0.25)


def render_pack_index(
    data: ReportData, plan: EvidencePackPlan, *, pagesize: tuple[float, float] = A4
) -> bytes:
    """Return the index PDF of an evidence pack as bytes.

    Args:
        data: the report data in the pack's language (company, date, statuses,
            evidence metadata).
        plan: where each file sits in the zip, from
            :func:`desktop.reports.pack.evidence_pack.plan_evidence_pack`.
        pagesize: (width, height) in points; A4 portrait by default.

    Raises:
        ExportError: the report font is missing (a damaged installation).
    """
    font = register_report_font()
    parts.forbid_line_start_punctuation()
    try:
        return _build(data, plan, font, pagesize, split_rows=False)
    except LayoutError:
        # An item with very many files is taller than a page: let rows break.
        return _build(data, plan, font, pagesize, split_rows=True)


def _build(
    data: ReportData,
    plan: EvidencePackPlan,
    font: str,
    pagesize: tuple[float, float],
    *,
    split_rows: bool,
) -> bytes:
    lang = data.lang
    handle = io.BytesIO()
    doc = BaseDocTemplate(
        handle,
        pagesize=pagesize,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=16 * mm,
        bottomMargin=20 * mm,
        title=f"{pack_label('pack_title', lang)} – {data.company.name}",
        author=meta.author(data),
        subject=pack_label("pack_subject", lang),
        creator=f"AuditReady {data.app_version}",
        keywords=", ".join(section.label for section in data.standards),
        lang="zh-CN" if lang == "zh" else "en",
        initialFontName=font,
        displayDocTitle=1,
    )
    stamp_parts = (pack_label("pack_title", lang), data.company.name.strip(),
                   format_date(data.generated_at.date()))
    footer = parts.PageFooter(lang, " · ".join(p for p in stamp_parts if p), font,
                              doc.leftMargin, doc.width)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer.draw)])
    story = _Story(data, plan, parts.make_styles(font), doc.width, split_rows=split_rows)
    story.mono = ParagraphStyle("sha", fontName=register_mono_font(), fontSize=6,
                                leading=7.5, textColor=parts.MUTED, splitLongWords=1)
    doc.build(story.flowables(), canvasmaker=footer.canvasmaker)
    return handle.getvalue()


class _Bookmark(Flowable):  # type: ignore[misc]
    """An invisible mark that adds a PDF outline entry pointing at where it is drawn."""

    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self._key = key
        self._title = title

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self._key)
        self.canv.addOutlineEntry(self._title, self._key, level=0, closed=False)
        self.canv.showOutline()


class _Story:
    """Turns the report data and the pack plan into flowables, section by section."""

    def __init__(
        self,
        data: ReportData,
        plan: EvidencePackPlan,
        styles: parts.Styles,
        width: float,
        *,
        split_rows: bool,
    ) -> None:
        self._data = data
        self._plan = plan
        self._lang: Lang = data.lang
        self._meta: Mapping[int, EvidenceMeta] = data.evidence_meta
        self._s = styles
        self._width = width
        self._split_rows = split_rows
        self.mono = ParagraphStyle("sha", fontSize=6, leading=7.5)

    def flowables(self) -> list[Any]:
        """Overview, one section per standard, what is missing, then unlinked evidence."""
        story = self._overview()
        for number, packed in enumerate(self._plan.standards, start=1):
            story += [PageBreak(), *self._standard(number, packed)]
        story += [PageBreak(), *self._missing(), PageBreak(), *self._unlinked()]
        return story

    def _p(self, value: str, look: parts.Look) -> Any:
        return parts.text(value, look, self._lang)

    def _overview(self) -> list[Any]:
        s, lang, data, plan = self._s, self._lang, self._data, self._plan
        title = pack_label("pack_title", lang)
        rows = [
            (pack_label("pack_company", lang), data.company.name or EMPTY),
            (pack_label("pack_generated", lang), format_datetime(data.generated_at)),
            (
                pack_label("pack_standards", lang),
                "\n".join(f"{sec.designation}  {sec.title}" for sec in data.standards) or EMPTY,
            ),
        ]
        facts = Table(
            [[self._p(key, s.cell_head), self._p(value, s.cell)] for key, value in rows],
            colWidths=[self._width * 0.22, self._width * 0.78],
            splitInRow=1,
            style=parts.table_style(s.font, [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.9, parts.INK),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, parts.RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]),
        )
        counts = pack_label("pack_counts", lang).format(
            files=plan.file_count, entries=len(plan.entries), size=format_size(plan.total_bytes)
        )
        return [
            _Bookmark("overview", title),
            self._p(PRODUCT_NAME, s.product),
            self._p(title, s.title),
            self._p(data.company.name, s.company),
            facts,
            Spacer(1, 6 * mm),
            self._p(counts, s.body),
            Spacer(1, 3 * mm),
            self._p(pack_label("pack_layout", lang), s.body),
            Spacer(1, 3 * mm),
            self._p(pack_label("pack_copies", lang), s.body),
            Spacer(1, 3 * mm),
            self._p(pack_label("pack_verify", lang), s.body),
            Spacer(1, 6 * mm),
            self._p(pack_label("pack_disclaimer", lang), s.small),
        ]

    def _standard(self, number: int, packed: PackedStandard) -> list[Any]:
        s, lang = self._s, self._lang
        section = packed.section
        heading = f"{section.label}  {section.title}"
        story: list[Any] = [
            _Bookmark(f"standard-{number}", section.label),
            self._p(heading, s.heading),
            self._p(section.designation, s.subheading),
            self._p(pack_label("pack_standard_folder", lang).format(folder=packed.folder),
                    s.small),
            Spacer(1, 3 * mm),
        ]
        if not packed.items:
            return [*story, self._p(pack_label("pack_no_items", lang), s.body)]
        shown = [item for item in packed.items if item.files]
        story.append(self._p(pack_label("pack_items_shown", lang).format(
            shown=len(shown), total=len(packed.items)), s.small))
        story.append(Spacer(1, 2 * mm))
        if not shown:
            return story
        header = [
            self._p(pack_label(key, lang), s.cell_head)
            for key in ("pack_col_clause", "pack_col_item", "pack_col_status", "pack_col_files")
        ]
        cells = [header]
        for item in shown:
            row = item.row
            files: list[Any] = []
            for packed_file in item.files:
                if files:
                    files.append(Spacer(1, 1.5 * mm))
                files += self._file(packed_file)
            cells.append(
                [
                    self._p(row.clause, s.cell),
                    [self._p(row.title, s.cell), self._p(row.kind_text, s.cell_note)],
                    parts.status(row, s.cell),
                    files or self._p(EMPTY, s.cell),
                ]
            )
        return [*story, parts.grid(cells, self._width, _ITEM_SHARES, s.font,
                                   split_rows=self._split_rows)]

    def _file(self, packed: PackedFile) -> list[Any]:
        """Name, details, path in the zip and the expiry mark of one file, as paragraphs."""
        s, lang = self._s, self._lang
        evidence = packed.evidence
        details = []
        meta = self._meta.get(evidence.evidence_id)
        if meta is not None:
            if meta.version.strip():
                details.append(pack_label("pack_version", lang).format(value=meta.version))
            if meta.approved_on is not None:
                details.append(pack_label("pack_approved", lang).format(
                    value=format_date(meta.approved_on)))
            if meta.effective_from is not None:
                details.append(pack_label("pack_effective", lang).format(
                    value=format_date(meta.effective_from)))
        details.append(format_size(evidence.size))
        lines = [
            self._p(evidence.name, s.cell),
            self._p(" · ".join(details), s.cell_note),
            Paragraph(f"SHA-256 {evidence.sha256}", self.mono),
            self._p(f"→ {packed.path}", s.cell_note),
        ]
        if packed.expired is not None:
            key = "pack_superseded" if packed.expired.superseded else "pack_expired"
            lines.append(self._p(
                pack_label(key, lang).format(date=format_date(packed.expired.expired_on)),
                s.cell))
        return lines

    def _missing(self) -> list[Any]:
        """Mandatory documented information with no evidence file (not applicable left out)."""
        s, lang = self._s, self._lang
        heading = pack_label("pack_missing_heading", lang)
        story: list[Any] = [_Bookmark("missing", heading), self._p(heading, s.heading),
                            self._p(pack_label("pack_missing_note", lang), s.subheading)]
        header = [self._p(pack_label(key, lang), s.cell_head)
                  for key in ("pack_col_clause", "pack_col_item", "pack_col_status")]
        cells = [header]
        for packed in self._plan.standards:
            for item in packed.items:
                row = item.row
                if (item.files or not row.kind.is_mandatory_documented
                        or row.status is ItemStatus.NOT_APPLICABLE):
                    continue
                cells.append([
                    self._p(f"{packed.section.label} {row.clause}", s.cell),
                    [self._p(row.title, s.cell), self._p(row.kind_text, s.cell_note)],
                    parts.status(row, s.cell),
                ])
        if len(cells) == 1:
            return [*story, self._p(pack_label("pack_missing_empty", lang), s.body)]
        return [*story, parts.grid(cells, self._width, _MISSING_SHARES, s.font,
                                   split_rows=self._split_rows)]

    def _unlinked(self) -> list[Any]:
        s, lang = self._s, self._lang
        heading = pack_label("pack_unlinked_heading", lang)
        story: list[Any] = [_Bookmark("unlinked", heading), self._p(heading, s.heading)]
        if not self._plan.unlinked:
            return [*story, self._p(pack_label("pack_unlinked_empty", lang), s.body)]
        header = [self._p(pack_label("pack_col_file", lang), s.cell_head),
                  self._p(pack_label("pack_col_details", lang), s.cell_head)]
        cells = [header]
        for packed in self._plan.unlinked:
            name, *rest = self._file(packed)
            cells.append([name, rest])
        return [
            *story,
            self._p(pack_label("pack_unlinked_note", lang), s.subheading),
            parts.grid(cells, self._width, _UNLINKED_SHARES, s.font, split_rows=self._split_rows),
        ]
