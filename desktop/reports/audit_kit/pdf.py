"""The internal-audit kit as PDF: the annual programme, the audit plan and one checklist per
department (A4 landscape for the wide tables, the embedded report font, "Page X of Y").

Each document is written atomically (:func:`desktop.reports.output.write_atomically`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, Table

from desktop.domain.model import Lang
from desktop.reports.audit_kit.labels import kit_label
from desktop.reports.audit_kit.model import AuditKitData, KitChecklist, KitProgramme
from desktop.reports.output import write_atomically
from desktop.reports.pdf import pdf_parts as parts
from desktop.reports.pdf.fonts import register_report_font

Story = Callable[[parts.Styles, float], list[Any]]


def _write(path: Path, data: AuditKitData, title: str, story: Story) -> None:
    font = register_report_font()
    parts.forbid_line_start_punctuation()
    lang = data.lang

    def write(handle: BinaryIO) -> None:
        doc = BaseDocTemplate(
            handle, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
            topMargin=15 * mm, bottomMargin=18 * mm, title=f"{title} – {data.company}",
            author="AuditReady", creator=f"AuditReady {data.app_version}",
            lang="zh-CN" if lang == "zh" else "en", initialFontName=font, displayDocTitle=1)
        stamp = f"{kit_label('footer', lang)} · {data.company} · {data.plan.title}"
        footer = parts.PageFooter(lang, stamp, font, doc.leftMargin, doc.width)
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer.draw)])
        styles = parts.make_styles(font)
        doc.build(story(styles, doc.width), canvasmaker=footer.canvasmaker)

    write_atomically(path, write)


def _facts(rows: list[tuple[str, str]], styles: parts.Styles, width: float,
           lang: Lang) -> Table:
    cells = [[parts.text(a, styles.cell_head, lang), parts.text(b, styles.cell, lang)]
             for a, b in rows]
    return Table(cells, colWidths=[width * 0.18, width * 0.82], style=parts.table_style(
        styles.font, [("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("LINEBELOW", (0, 0), (-1, -1), 0.3, parts.RULE)]))


def _head(styles: parts.Styles, lang: Lang, *keys: str) -> list[Any]:
    return [parts.text(kit_label(k, lang), styles.cell_head, lang) for k in keys]


def render_plan_pdf(data: AuditKitData, path: Path) -> None:
    """Write the audit plan (审核实施计划) of ``data`` to ``path``.

    Raises:
        ExportError: the file cannot be written or the report font is missing.
    """
    lang, plan = data.lang, data.plan

    def story(styles: parts.Styles, width: float) -> list[Any]:
        def p(value: str, look: parts.Look) -> Any:
            return parts.text(value, look, lang)

        flow: list[Any] = [p(data.company, styles.product), p(kit_label("plan", lang),
                                                              styles.title)]
        flow += [_facts([(kit_label("audit", lang), plan.title),
                         (kit_label("dates", lang), plan.dates),
                         (kit_label("team", lang), plan.team)], styles, width, lang),
                 Spacer(1, 8)]
        for warning in plan.warnings:
            flow.append(p("※ " + warning, styles.body))
        rows: list[list[Any]] = [_head(styles, lang, "day", "time", "department", "sites",
                                       "auditors", "clauses", "independence")]
        rows += [[p(v, styles.cell) for v in (s.day, s.time, s.department, s.sites, s.auditors,
                                              s.clauses, s.flag)] for s in plan.slots]
        flow += [Spacer(1, 4), parts.grid(rows, width, (0.09, 0.1, 0.1, 0.16, 0.1, 0.3, 0.15),
                                          styles.font, split_rows=True),
                 Spacer(1, 16), p(kit_label("prepared", lang), styles.body)]
        return flow

    _write(path, data, kit_label("plan", lang), story)


def render_checklist_pdf(data: AuditKitData, checklist: KitChecklist, path: Path) -> None:
    """Write the audit checklist (内审检查表) of one department to ``path``.

    Raises:
        ExportError: the file cannot be written or the report font is missing.
    """
    lang = data.lang

    def story(styles: parts.Styles, width: float) -> list[Any]:
        def p(value: str, look: parts.Look) -> Any:
            return parts.text(value, look, lang)

        flow: list[Any] = [p(data.company, styles.product),
                           p(f"{kit_label('checklist', lang)} · {checklist.department}",
                             styles.title)]
        flow += [_facts([(kit_label("audit", lang), data.plan.title),
                         (kit_label("head", lang), checklist.head or "—"),
                         (kit_label("sites", lang), checklist.sites or "—"),
                         (kit_label("when", lang), checklist.when or "—"),
                         (kit_label("auditors", lang), checklist.auditors or "—")],
                        styles, width, lang), Spacer(1, 8)]
        rows: list[list[Any]] = [_head(styles, lang, "no", "clause", "title", "question",
                                       "evidence", "result")]
        for line in checklist.lines:
            rows.append([p(str(line.number), styles.cell_number), p(line.clause, styles.cell),
                         p(line.title, styles.cell), p(line.question, styles.cell),
                         p("", styles.cell), p("", styles.cell)])
        table = parts.grid(rows, width, (0.04, 0.1, 0.14, 0.34, 0.28, 0.1), styles.font,
                           split_rows=True)
        table.setStyle([("ROWBACKGROUNDS", (0, 1), (-1, -1), [None]),
                        ("BOTTOMPADDING", (0, 1), (-1, -1), 14)])
        flow += [table, Spacer(1, 16),
                 p(f"{kit_label('auditor_sign', lang)}      {kit_label('auditee_sign', lang)}",
                   styles.body)]
        return flow

    _write(path, data, f"{kit_label('checklist', lang)} {checklist.department}", story)


def render_programme_pdf(data: AuditKitData, programme: KitProgramme, path: Path) -> None:
    """Write the annual internal audit programme (年度内审计划) to ``path``.

    Raises:
        ExportError: the file cannot be written or the report font is missing.
    """
    lang = data.lang

    def story(styles: parts.Styles, width: float) -> list[Any]:
        def p(value: str, look: parts.Look) -> Any:
            return parts.text(value, look, lang)

        flow: list[Any] = [p(data.company, styles.product),
                           p(kit_label("programme", lang), styles.title)]
        flow += [_facts([(kit_label("programme", lang), programme.title),
                         (kit_label("period", lang), programme.period),
                         (kit_label("approved_by", lang), programme.approved_by or "—")],
                        styles, width, lang), Spacer(1, 8)]
        rows: list[list[Any]] = [_head(styles, lang, "department", "head", "sites", "clauses",
                                       "audits", "state")]
        rows += [[p(v, styles.cell) for v in (r.department, r.head, r.sites, r.clauses,
                                              r.audits, r.state)] for r in programme.rows]
        flow.append(parts.grid(rows, width, (0.11, 0.08, 0.17, 0.34, 0.22, 0.08), styles.font,
                               split_rows=True))
        flow += [p(kit_label("gaps", lang), styles.section)]
        flow += [p("• " + gap, styles.body) for gap in programme.gaps] or [
            p(kit_label("no_gaps", lang), styles.body)]
        flow += [p(kit_label("coverage", lang), styles.section),
                 p(kit_label("legend", lang), styles.small)]
        n = max(1, len(programme.sites))
        share = 0.7 / n
        cov: list[list[Any]] = [[p(kit_label("clause", lang), styles.cell_head)]
                                + [p(s or "—", styles.cell_head) for s in programme.sites]]
        cov += [[p(clause, styles.cell)] + [p(mark, styles.cell) for mark in marks]
                for clause, marks in programme.coverage]
        flow.append(parts.grid(cov, width, (0.3, *([share] * n)), styles.font,
                               split_rows=True))
        flow += [Spacer(1, 16), p(kit_label("prepared", lang), styles.body)]
        return flow

    _write(path, data, kit_label("programme", lang), story)
