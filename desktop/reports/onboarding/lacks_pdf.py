"""Render :class:`FolderLacks` as a short PDF list (A4, the report font for Chinese)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from desktop.domain.model import Lang
from desktop.reports.onboarding.model import FolderLacks
from desktop.reports.output import write_atomically
from desktop.reports.pdf.fonts import register_report_font


def render_lacks_pdf(lacks: FolderLacks, path: Path, *, lang: Lang = "zh") -> None:
    """Write what the folder lacks to ``path`` (PDF), replacing it atomically.

    Raises:
        ExportError: the file cannot be written (folder missing, access denied,
            disk full) or the report font is missing.
    """
    font = register_report_font()
    write_atomically(path, lambda handle: _write(lacks, handle, lang, font))


def _style(name: str, font: str, size: float, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.35,
                          wordWrap="CJK", **extra)


def _write(lacks: FolderLacks, handle: BinaryIO, lang: Lang, font: str) -> None:
    zh = lang == "zh"
    title = _style("title", font, 16, spaceAfter=6)
    body = _style("body", font, 9.5, spaceAfter=4)
    cell = _style("cell", font, 8.5)
    flow: list[Any] = [
        Paragraph(escape("文件夹缺少的文件" if zh else "What the folder lacks"), title),
        Paragraph(escape(
            f"{lacks.project} · 文件夹“{lacks.folder}” · {lacks.scanned_on.isoformat()} · "
            f"扫描 {lacks.files} 个文件" if zh else
            f"{lacks.project} · folder “{lacks.folder}” · {lacks.scanned_on.isoformat()} · "
            f"{lacks.files} files scanned"), body),
        Paragraph(escape(
            f"在 {lacks.considered} 项强制性文件化信息和认证机构常要求的文件中，"
            f"有 {len(lacks.items)} 项没有任何文件与之匹配。“已有证据”表示项目中已附有其他文件。"
            if zh else
            f"Of {lacks.considered} items of mandatory documented information and documents "
            f"certification bodies commonly request, {len(lacks.items)} matched no file. "
            "“Has evidence” means the project already holds another file for it."), body),
        Spacer(1, 3 * mm),
    ]
    head = (["标准", "条款", "文件", "列入原因", "已有证据"] if zh
            else ["Standard", "Clause", "Document", "Why listed", "Has evidence"])
    rows: list[list[Any]] = [[Paragraph(escape(h), cell) for h in head]]
    for item in lacks.items:
        rows.append([Paragraph(escape(v), cell) for v in (
            item.standard, item.clause, item.title.get(lang), item.why_listed.get(lang),
            ("是" if zh else "yes") if item.has_evidence else "")])
    if not lacks.items:
        flow.append(Paragraph(escape("没有缺少的文件。" if zh else "Nothing is missing."), body))
    else:
        table = LongTable(rows, colWidths=[30 * mm, 16 * mm, 76 * mm, 38 * mm, 18 * mm],
                          repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0b0b0")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        flow.append(table)
    doc = SimpleDocTemplate(handle, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title="文件夹缺少的文件" if zh else "What the folder lacks",
                            author="AuditReady")
    doc.build(flow)
