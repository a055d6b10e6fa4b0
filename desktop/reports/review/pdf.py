"""The management review input report (管理评审输入) as a PDF the chair signs.

Layout: a title block (company, meeting date, chair, attendees, standards);
one section per input topic with the required inputs it answers, whether the
review record marks them considered, the facts gathered from the project and
the note written for the meeting (or, when none was written, what it should
say and ruled space to write by hand); the decisions recorded so far; and a
signature block for the chair. Every page has a "Page X of Y" footer. All text
uses the embedded report font, user text is printed literally.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
)

from desktop.domain.model import Lang, Text
from desktop.reports.labels import format_date
from desktop.reports.output import write_atomically
from desktop.reports.pdf import pdf_parts as parts
from desktop.reports.pdf.fonts import register_report_font
from desktop.reports.review.model import InputSection, ReviewPackData

_LABELS = {
    "title": Text("Management review input report", "管理评审输入报告"),
    "held_on": Text("Meeting date", "评审日期"),
    "chair": Text("Chair", "主持人"),
    "attendees": Text("Attendees", "参加人员"),
    "standards": Text("Standards covered", "评审覆盖的标准"),
    "intro": Text(
        "Prepared from the project records for the management review. Each section names "
        "the review inputs the standards require that it answers; the chair confirms "
        "with the signature below that they were considered.",
        "本报告根据项目记录为管理评审准备。各部分注明其对应的标准要求的评审输入；"
        "主持人在文末签字，确认已逐项评审。"),
    "required_by": Text("Required inputs answered here", "本部分对应的评审输入"),
    "considered": Text("Marked as considered in the review record", "评审记录已勾选为已评审"),
    "not_considered": Text("Not yet marked as considered in the review record",
                           "评审记录尚未勾选为已评审"),
    "facts": Text("From the project", "项目记录"),
    "note": Text("Input for the meeting", "评审输入说明"),
    "to_write": Text("To be completed:", "待填写："),
    "decisions": Text("Outputs: decisions and actions", "评审输出：决定和措施"),
    "no_decisions": Text("No decision recorded yet; write the decisions below during the "
                         "meeting and record them in AuditReady afterwards.",
                         "尚未记录评审决定；请在会上填写于下方，会后录入本软件。"),
    "kind": Text("Kind", "类别"),
    "decision": Text("Decision", "决定"),
    "owner": Text("Owner", "负责人"),
    "due": Text("Due", "完成期限"),
    "status": Text("Status", "状态"),
    "sign": Text("Approval", "批准"),
    "sign_chair": Text("Chair (top management): {name}", "主持人（最高管理者）：{name}"),
    "sign_here": Text("Signature: ______________________", "签字：______________________"),
    "sign_date": Text("Date: ______________", "日期：______________"),
    "footer": Text("AuditReady · management review input", "AuditReady · 管理评审输入"),
}


def _l(key: str, lang: Lang) -> str:
    return _LABELS[key].get(lang)


def render_review_pack(data: ReviewPackData, path: Path) -> None:
    """Write the input report of ``data`` to ``path`` (A4 portrait), replacing it atomically.

    Raises:
        ExportError: the file cannot be written (folder missing, access denied,
            disk full) or the report font is missing; ``path`` is then unchanged.
    """
    font = register_report_font()
    parts.forbid_line_start_punctuation()

    def write(handle: BinaryIO) -> None:
        _build(data, font, handle)

    write_atomically(path, write)


def _build(data: ReviewPackData, font: str, handle: BinaryIO) -> None:
    lang = data.lang
    doc = BaseDocTemplate(
        handle, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
        bottomMargin=20 * mm, title=f"{_l('title', lang)} – {data.company}",
        author="AuditReady", creator=f"AuditReady {data.app_version}",
        lang="zh-CN" if lang == "zh" else "en", initialFontName=font, displayDocTitle=1)
    stamp = " · ".join(p for p in (data.company.strip(), format_date(data.held_on)) if p)
    footer = parts.PageFooter(lang, f"{_l('footer', lang)} · {stamp}", font,
                              doc.leftMargin, doc.width)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer.draw)])
    styles = parts.make_styles(font)
    doc.build(_story(data, styles, doc.width), canvasmaker=footer.canvasmaker)


def _story(data: ReviewPackData, styles: parts.Styles, width: float) -> list[Any]:
    lang = data.lang

    def p(value: str, look: parts.Look | None = None) -> Any:
        return parts.text(value, look or styles.body, lang)

    story: list[Any] = [p(data.company, styles.product), p(_l("title", lang), styles.title)]
    head = [
        [p(_l("held_on", lang), styles.cell_head), p(format_date(data.held_on), styles.cell)],
        [p(_l("chair", lang), styles.cell_head), p(data.chair or "—", styles.cell)],
        [p(_l("attendees", lang), styles.cell_head),
         p(("、" if lang == "zh" else ", ").join(data.attendees) or "—", styles.cell)],
        [p(_l("standards", lang), styles.cell_head), p("\n".join(data.standards), styles.cell)],
    ]
    story += [_plain_table(head, width, (0.25, 0.75), styles.font), Spacer(1, 6),
              p(_l("intro", lang), styles.small)]
    for n, section in enumerate(data.sections, start=1):
        story += _section(n, section, styles, width, lang)
    outputs: list[Any] = [p(_l("decisions", lang), styles.heading)]
    rows: list[list[Any]] = [[p(_l(k, lang), styles.cell_head) for k in
                              ("kind", "decision", "owner", "due", "status")]]
    for d in data.decisions:
        rows.append([p(v, styles.cell) for v in (d.kind, d.text, d.owner, d.due, d.status)])
    if not data.decisions:
        outputs.append(p(_l("no_decisions", lang), styles.small))
        rows.extend([p(" ", styles.cell)] * 5 for _ in range(4))
    outputs.append(parts.grid(rows, width, (0.17, 0.43, 0.14, 0.12, 0.14), styles.font,
                              split_rows=True))
    sign = [[p(_l("sign_chair", lang).format(name=data.chair or "________"), styles.body), ""],
            [p(_l("sign_here", lang), styles.body), p(_l("sign_date", lang), styles.body)]]
    outputs += [Spacer(1, 18), p(_l("sign", lang), styles.section), Spacer(1, 14),
                _plain_table(sign, width, (0.65, 0.35), styles.font)]
    # The outputs and the signature stay on one page when they fit on one.
    story.append(KeepTogether(outputs))
    return story


def _section(n: int, section: InputSection, styles: parts.Styles, width: float,
             lang: Lang) -> list[Any]:
    def p(value: str, look: parts.Look | None = None) -> Any:
        return parts.text(value, look or styles.body, lang)

    mark = "✔ " + _l("considered", lang) if section.considered else \
        "○ " + _l("not_considered", lang)
    flow: list[Any] = [p(f"{n}. {section.title}", styles.section),
                       p(_l("required_by", lang) + ":", styles.small)]
    flow += [p("• " + line, styles.small) for line in section.required_by]
    flow.append(p(mark, styles.small))
    if section.facts:
        rows = [[p(_l("facts", lang), styles.cell_head), p("", styles.cell_head)]]
        rows += [[p(a, styles.cell), p(b, styles.cell)] for a, b in section.facts]
        flow += [Spacer(1, 3), parts.grid(rows, width, (0.45, 0.55), styles.font,
                                          split_rows=True)]
    flow.append(Spacer(1, 3))
    if section.note:
        flow += [p(_l("note", lang) + ":", styles.small), p(section.note)]
    else:
        lines = [[p(_l("to_write", lang) + " " + section.prompt, styles.cell_note)],
                 [p(" ", styles.cell)], [p(" ", styles.cell)]]
        flow.append(_ruled(lines, width, styles.font))
    return [KeepTogether(flow[:4]), *flow[4:]]


def _plain_table(rows: list[list[Any]], width: float, shares: tuple[float, ...],
                 font: str) -> Table:
    return Table(rows, colWidths=[width * s for s in shares], style=parts.table_style(font, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, parts.RULE), ("TOPPADDING", (0, 0), (-1, -1), 5)]))


def _ruled(rows: list[list[Any]], width: float, font: str) -> Table:
    """Space to write by hand: lines under each row."""
    return Table(rows, colWidths=[width], rowHeights=[None, 16, 16],
                 style=parts.table_style(font, [("LINEBELOW", (0, 1), (-1, -1), 0.3, parts.RULE),
                                                ("BOX", (0, 0), (-1, -1), 0.3, parts.RULE)]))
