"""The responsibility matrix (职能分配表) as a PDF, in the form certification bodies expect.

Landscape pages; each table (one standard, or the integrated view) starts on a
new page with the title, the organization, the date and the legend
(● responsible 主责, ○ involved 相关). The table has clause rows (number and
requirement, indented by level, top-level clauses shaded) by department
columns, its header repeating on every page. Every page ends with the
编制 / 审核 / 批准 (prepared / reviewed / approved) line to sign and a footer
with "page X of Y". Fonts: the report font (embedded subset).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.reports.matrix.matrix_model import MatrixReport, MatrixTable, mlabel
from desktop.reports.output import write_atomically
from desktop.reports.pdf import pdf_parts as parts
from desktop.reports.pdf.fonts import register_report_font

MARGIN = 12 * mm
CLAUSE_WIDTH = 15 * mm
_TOP_FILL = colors.HexColor("#E4E4E4")
_MUTED = colors.HexColor("#5F5F5F")


def render_matrix_pdf(report: MatrixReport, path: Path,
                      pagesize: tuple[float, float] = A4) -> None:
    """Write ``report`` as a landscape PDF to ``path``, replacing it atomically.

    Args:
        report: the matrix, in its language.
        path: the target file.
        pagesize: (width, height) in points of the paper, portrait or not; the
            pages are printed landscape.

    Raises:
        ExportError: the file cannot be written, or the report font is missing.
    """
    write_atomically(path, lambda handle: _build(report, handle, pagesize))


def _build(report: MatrixReport, handle: BinaryIO, pagesize: tuple[float, float]) -> None:
    font = register_report_font()
    parts.forbid_line_start_punctuation()
    styles = parts.make_styles(font)
    page = landscape(pagesize)
    width = page[0] - 2 * MARGIN
    title = mlabel("title", report.lang)
    footer = parts.PageFooter(report.lang, f"{report.company} · {title}", font, MARGIN, width)
    doc = SimpleDocTemplate(handle, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN + 14 * mm, title=title,
                            author="AuditReady", subject=report.company,
                            initialFontName=font)
    signatures = _Signatures(report, font, width)

    def on_page(canvas: Any, document: Any) -> None:
        footer.draw(canvas, document)
        signatures.draw(canvas, document)

    story: list[Any] = []
    for n, table in enumerate(report.tables):
        if n:
            story.append(PageBreak())
        story.extend(_table_story(report, table, styles, width))
    if not report.tables:
        story.extend(_heading(report, None, styles, width))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page,
              canvasmaker=footer.canvasmaker)


def _p(value: str, look: parts.Look, report: MatrixReport) -> Paragraph:
    return parts.text(value, look, report.lang)


def _heading(report: MatrixReport, table: MatrixTable | None, styles: parts.Styles,
             width: float) -> list[Any]:
    lang = report.lang
    centred = parts.Look(
        latin=ParagraphStyle("mx-title", parent=styles.title.latin, alignment=1, spaceAfter=4),
        cjk=ParagraphStyle("mx-title-cjk", parent=styles.title.cjk, alignment=1, spaceAfter=4))
    sub = parts.Look(
        latin=ParagraphStyle("mx-sub", parent=styles.section.latin, alignment=1, spaceBefore=0),
        cjk=ParagraphStyle("mx-sub-cjk", parent=styles.section.cjk, alignment=1,
                           spaceBefore=0))
    right = parts.Look(
        latin=ParagraphStyle("mx-right", parent=styles.body.latin, alignment=2),
        cjk=ParagraphStyle("mx-right-cjk", parent=styles.body.cjk, alignment=2))
    out: list[Any] = [_p(mlabel("title", lang), centred, report)]
    if table is not None:
        out.append(_p(table.title, sub, report))
    facts = Table([[
        _p(mlabel("company", lang).format(name=report.company), styles.body, report),
        _p(mlabel("legend", lang), styles.body, report),
        _p(mlabel("date", lang).format(date=report.on.isoformat()), right, report),
    ]], colWidths=[width * 0.5, width * 0.25, width * 0.25])
    facts.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.font),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    out += [Spacer(0, 2 * mm), facts, Spacer(0, 2 * mm)]
    if not report.departments:
        out.append(_p(mlabel("no_departments", lang), styles.body, report))
    return out


def _table_story(report: MatrixReport, table: MatrixTable, styles: parts.Styles,
                 width: float) -> list[Any]:
    lang = report.lang
    out = _heading(report, table, styles, width)
    count = len(report.departments)
    if not count:
        return out
    title_width = max(45 * mm, min(85 * mm, width - CLAUSE_WIDTH - count * 16 * mm))
    dept_width = (width - CLAUSE_WIDTH - title_width) / count
    centre = parts.Look(
        latin=ParagraphStyle("mx-head", parent=styles.cell_head.latin, alignment=1),
        cjk=ParagraphStyle("mx-head-cjk", parent=styles.cell_head.cjk, alignment=1))
    mark = ParagraphStyle("mx-mark", fontName=styles.font, fontSize=10, leading=11,
                          alignment=1)
    levels = [parts.Look(
        latin=ParagraphStyle(f"mx-l{n}", parent=styles.cell.latin, leftIndent=5 * n),
        cjk=ParagraphStyle(f"mx-l{n}-cjk", parent=styles.cell.cjk, leftIndent=5 * n))
        for n in range(5)]
    note = ParagraphStyle("mx-note", parent=styles.cell.cjk, textColor=_MUTED, alignment=1,
                          fontSize=7, leading=8)
    cells: list[list[Any]] = [[
        _p(mlabel("clause", lang), styles.cell_head, report),
        _p(mlabel("requirement", lang), styles.cell_head, report),
        *(_p(name, centre, report) for name in report.departments)]]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.font),
        ("GRID", (0, 0), (-1, -1), 0.4, parts.RULE),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for n, row in enumerate(table.rows, start=1):
        level = levels[min(row.level, len(levels) - 1)]
        if row.excluded:
            marks: list[Any] = [Paragraph(mlabel("excluded", lang), note)]
            marks += [""] * (count - 1)
            commands.append(("SPAN", (2, n), (-1, n)))
        else:
            marks = [Paragraph(role.symbol, mark) if role is not None else ""
                     for role in row.cells]
        cells.append([_p(row.clause, styles.cell, report), _p(row.title, level, report),
                      *marks])
        if row.level == 0:
            commands.append(("BACKGROUND", (0, n), (-1, n), _TOP_FILL))
    grid = Table(cells, colWidths=[CLAUSE_WIDTH, title_width] + [dept_width] * count,
                 repeatRows=1)
    grid.setStyle(TableStyle(commands))
    out.append(grid)
    return out


class _Signatures:
    """Draws the 编制 / 审核 / 批准 / 日期 line, with room to sign, at the foot of every page."""

    def __init__(self, report: MatrixReport, font: str, width: float) -> None:
        blank = "_" * 18
        lang = report.lang
        self._texts = [f"{mlabel(key, lang)} {blank}" for key in ("prepared", "reviewed",
                                                                   "approved")]
        self._texts.append(mlabel("date", lang).format(date=blank))
        self._font = font
        self._width = width

    def draw(self, canvas: Any, doc: Any) -> None:
        """``onPage`` callback: draw the line just above the footer."""
        y = doc.bottomMargin - 4 * mm
        canvas.saveState()
        canvas.setFont(self._font, 9)
        for n, value in enumerate(self._texts):
            canvas.drawString(MARGIN + n * self._width / 4, y, value)
        canvas.restoreState()
