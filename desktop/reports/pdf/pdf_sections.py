"""Front and back of the PDF report: cover, executive summary, sign-off, one-page summary.

Each builder takes a :class:`~desktop.reports.pdf.pdf_kit.Kit` and returns a list
of flowables. Status is always printed as a symbol and a word (gates: "✔
Passed" / "✘ Failed"), so the report reads in a grayscale print.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Spacer, Table

from desktop.domain.records import LayerShares
from desktop.reports.labels import EMPTY, PRODUCT_NAME, format_date, format_datetime, format_percent
from desktop.reports.pdf import pdf_digest as digest
from desktop.reports.pdf import pdf_parts as parts
from desktop.reports.pdf.pdf_charts import readiness_trend
from desktop.reports.pdf.pdf_kit import Kit, Mark
from desktop.reports.pdf.pdf_typeset import keep_together
from desktop.reports.pdf.pdf_verdict import gap_list, verdict_box

OVERDUE_ON_SUMMARY = 3
"""Overdue actions listed by name on the one-page summary."""

OVERDUE_IN_REPORT = 10
"""Overdue actions listed in the full report's executive summary, the most overdue first;
the action plan lists every one of them."""


def _boxed(kit: Kit, flowables: list[Any]) -> Table:
    """Return ``flowables`` inside a ruled box over the full width."""
    return Table(
        [[flowables]],
        colWidths=[kit.width],
        style=parts.table_style(
            kit.styles.font,
            [
                ("BOX", (0, 0), (-1, -1), 0.8, parts.INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ],
        ),
    )


def disclaimer(kit: Kit) -> Table:
    """Return the boxed statement that this is a self-assessment, not a certificate."""
    space = "" if kit.lang == "zh" else " "
    return _boxed(kit, [kit.p(f"{kit.label('disclaimer')}{space}{kit.label('no_marks')}")])


def person(kit: Kit, name: str, title: str) -> str:
    """Return a person as printed, the name never broken across lines.

    "总经理 周文华" in a Chinese report or with a Chinese title (title first,
    as on Chinese documents), "Zhou Wenhua, General manager" otherwise; the
    name alone without a title, and "" without a name.
    """
    if not name.strip():
        return ""
    title = title.strip()
    kept = keep_together(name)
    if not title:
        return kept
    chinese = kit.lang == "zh" or any(ord(ch) >= 0x2E80 for ch in title)
    return f"{title} {kept}" if chinese else f"{kept}, {title}"


def cover(kit: Kit) -> list[Any]:
    """Return the cover page: company, scope, sites, standards with GB/T numbers, date,
    preparer and approver (from the profile; a blank line to write on when not set)."""
    data, s = kit.data, kit.styles
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
        ("cover_date", format_datetime(data.generated_at)),
        ("cover_prepared_by",
         person(kit, company.preparer, company.preparer_title) or "\n"),
        ("cover_approved_by",
         person(kit, company.approver, company.approver_title) or "\n"),
    ]
    table = Table(
        [[kit.p(kit.label(key), s.small), kit.p(value)] for key, value in facts],
        colWidths=[kit.width * 0.22, kit.width * 0.78],
        splitInRow=1 if kit.split_rows else 0,
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
    title = kit.p(kit.label("report_title"), s.title)
    content = [
        kit.p(PRODUCT_NAME, s.product),
        title,
        kit.p(company.name or EMPTY, s.company),
        verdict_box(kit),
        Spacer(1, 5 * mm),
        table,
        Spacer(1, 3 * mm),
        kit.p(kit.label("prepared_with", version=data.app_version), s.small),
    ]
    # One page whatever the verdict holds: shrunk to the frame's height if needed.
    # Drawn inside the frame below, the title cannot carry the bookmark itself.
    return [Mark(((kit.label("contents_cover"), 0, "cover"),)),
            KeepInFrame(0, 0, content, mode="shrink")]


def _layer_rows(kit: Kit) -> list[tuple[str, float, LayerShares]]:
    """(name, items ready, shares) per standard with an assessment, then the integrated system.

    The integrated system's items ready is the ready items of all standards
    over their applicable items, as the workbook computes it.
    """
    assessment = kit.data.assessment
    if assessment is None:
        return []
    by_id = digest.layers_by_standard(kit.data)
    rows = [
        (x.label, x.readiness.share, by_id[x.standard_id].shares)
        for x in kit.data.standards
        if x.standard_id in by_id
    ]
    if len(rows) > 1:
        applicable = sum(x.readiness.applicable for x in kit.data.standards)
        ready = sum(x.readiness.ready for x in kit.data.standards)
        share = ready / applicable if applicable else 0.0
        rows.append((kit.label("integrated_system"), share, assessment.integrated))
    return rows


def _layers_table(kit: Kit, rows: list[tuple[str, float, LayerShares]]) -> Table:
    cells = [kit.head("col_standard", "col_items_ready", *(key for key in _LAYER_COLUMNS))]
    for name, items, shares in rows:
        values = (items, shares.overall, shares.documented, shares.implemented, shares.sustained)
        cells.append([kit.cell(name), *(kit.number(format_percent(v)) for v in values)])
    return kit.grid(cells, (0.25, 0.15, 0.15, 0.15, 0.15, 0.15))


_LAYER_COLUMNS = ("layer_overall", "layer_documented", "layer_implemented", "layer_sustained")


def _readiness_table(kit: Kit) -> Table:
    cells = [
        kit.head(
            "col_standard",
            "col_total",
            "col_applicable",
            "col_ready",
            "col_ready_share",
            "col_mandatory_share",
        )
    ]
    for section in kit.data.standards:
        r = section.readiness
        mandatory = (
            f"{format_percent(r.mandatory_share)} ({r.mandatory_ready}/{r.mandatory_applicable})"
        )
        cells.append(
            [
                [kit.cell(section.label), kit.note(section.designation)],
                kit.number(str(r.total)),
                kit.number(str(r.applicable)),
                kit.number(str(r.ready)),
                kit.number(format_percent(r.share)),
                kit.number(mandatory),
            ]
        )
    return kit.grid(cells, (0.30, 0.13, 0.12, 0.12, 0.12, 0.21))


def _gates_table(kit: Kit, *, reasons: bool = True) -> Table | None:
    assessment = kit.data.assessment
    if assessment is None or not assessment.gates:
        return None
    lang = kit.lang
    cells = [
        kit.head("col_gate", "col_result", "col_reason")
        if reasons
        else kit.head("col_gate", "col_result")
    ]
    for gate in assessment.gates:
        result = kit.cell(kit.label("gate_passed" if gate.passed else "gate_failed"))
        row = [kit.cell(gate.title.get(lang)), result]
        if reasons:
            row.append(kit.note(gate.reason.get(lang)))
        cells.append(row)
    return kit.grid(cells, (0.30, 0.14, 0.56) if reasons else (0.75, 0.25))


def _certificates(kit: Kit) -> list[Any]:
    assessment = kit.data.assessment
    if assessment is None:
        return []
    story: list[Any] = [kit.section(kit.label("certs_heading"))]
    if not assessment.certificates:
        return [*story, kit.p(kit.label("certs_none"))]
    names = digest.standard_names(kit.data)
    cells = [kit.head("col_standard", "col_cert_state", "col_next", "col_days_left")]
    for cert in assessment.certificates:
        nxt = cert.next_due
        cells.append(
            [
                kit.cell(names.get(cert.standard_id, cert.standard_id)),
                [kit.cell(cert.state.label.get(kit.lang)), kit.note(cert.reason.get(kit.lang))],
                kit.cell(
                    f"{nxt.label.get(kit.lang)}\n{format_date(nxt.due)}"
                    if nxt
                    else kit.label("next_none")
                ),
                kit.cell(_days(kit, cert.days_to_next)),
            ]
        )
    return [*story, kit.grid(cells, (0.18, 0.44, 0.22, 0.16))]


def _days(kit: Kit, days: int | None) -> str:
    if days is None:
        return EMPTY
    if days < 0:
        return kit.label("days_overdue", days=-days)
    return kit.label("days_left", days=days)


def _overdue(kit: Kit, limit: int) -> list[Any]:
    assessment = kit.data.assessment
    if assessment is None:
        return []
    story: list[Any] = [kit.section(kit.label("overdue_heading"))]
    overdue = assessment.overdue_actions
    open_count = sum(1 for a in assessment.actions if not a.status.is_closed)
    if not overdue:
        return [*story, kit.p(kit.label("overdue_none"))]
    story.append(kit.p(kit.label("overdue_count", overdue=len(overdue), open=open_count)))
    most_overdue = sorted(overdue, key=lambda a: (a.due_on or assessment.today, a.id))
    shown = most_overdue[:limit]
    cells = [kit.head("col_action", "col_owner", "col_due", "col_status")]
    for action in shown:
        cells.append(
            [
                kit.cell(action.title),
                kit.cell(action.owner or EMPTY),
                kit.cell(format_date(action.due_on)),
                kit.cell(kit.label("overdue_tag")),
            ]
        )
    story += [Spacer(1, 2 * mm), kit.grid(cells, (0.52, 0.18, 0.14, 0.16))]
    if len(overdue) > len(shown):
        more = kit.label("overdue_more", count=len(shown), total=len(overdue))
        story += [Spacer(1, 1.5 * mm), kit.p(more, kit.styles.small)]
    return story


def executive_summary(kit: Kit) -> list[Any]:
    """Return the executive summary: readiness, layers and trend, gates, gaps, actions, dates.

    The gap list is followed by every mandatory item not ready with no open
    action; no chart repeats a table beside it.
    """
    s = kit.styles
    story: list[Any] = [kit.heading(kit.label("exec_heading"), "exec")]
    if not kit.data.standards:
        return [*story, kit.p(kit.label("no_standards"))]
    story += [
        kit.section(kit.label("summary_heading")),
        kit.p(kit.label("summary_note"), s.subheading),
        _readiness_table(kit),
    ]
    rows = _layer_rows(kit)
    if not rows:
        return [*story, Spacer(1, 4 * mm), kit.p(kit.label("no_assessment")), *gap_list(kit)]
    # No chart repeats a table: the trend shows what no table here does.
    story += [
        kit.section(kit.label("layers_heading")),
        kit.p(kit.label("layers_note"), s.subheading),
        _layers_table(kit, rows),
        *readiness_trend(kit),
    ]
    gates = _gates_table(kit)
    if gates is not None:
        assessment = kit.data.assessment
        assert assessment is not None
        passed = sum(1 for g in assessment.gates if g.passed)
        story += [
            kit.section(kit.label("gates_heading")),
            kit.p(
                kit.label("gates_count", passed=passed, total=len(assessment.gates)), s.subheading
            ),
            gates,
        ]
    return [*story, *gap_list(kit), *_overdue(kit, OVERDUE_IN_REPORT), *_certificates(kit)]


def sign_off(kit: Kit) -> list[Any]:
    """Return the sign-off block and the report's disclaimer (its one place in the full report).

    Prepared, reviewed and approved by, each with room to sign; the preparer's
    and the approver's names and titles come from the profile, the reviewer
    (and any name not set) is written by hand.
    """
    company = kit.data.company
    names = {
        "signoff_prepared": (company.preparer, company.preparer_title),
        "signoff_approved": (company.approver, company.approver_title),
    }
    cells = [kit.head("col_role", "col_name", "col_signature", "col_date")]
    for key in ("signoff_prepared", "signoff_reviewed", "signoff_approved"):
        name, title = names.get(key, ("", ""))
        who: Any = ""
        if name.strip():
            who = [kit.cell(keep_together(name))]
            if title.strip():
                who.append(kit.note(title))
        # The spacer leaves room to sign (and to write a name) by hand.
        cells.append([kit.cell(kit.label(key)), who, Spacer(1, 14 * mm), ""])
    table = kit.grid(cells, (0.22, 0.26, 0.32, 0.20))
    return [
        kit.heading(kit.label("signoff_heading"), "signoff"),
        kit.p(kit.label("signoff_note"), kit.styles.subheading),
        table,
        Spacer(1, 4 * mm),
        kit.p(kit.label("prepared_with", version=kit.data.app_version), kit.styles.small),
        Spacer(1, 8 * mm),
        disclaimer(kit),
    ]


def one_page(kit: Kit, height: float) -> list[Any]:
    """Return the one-page summary, shrunk if needed to fit ``height`` points.

    Company, date, the verdict box (target audit, ready or not, each failed
    gate with its reason, next things to do), readiness per standard in three
    layers with the readiness trend, overdue actions (count and the first three), the next
    certificate deadline and the disclaimer.
    """
    data, s = kit.data, kit.styles
    title = kit.label("summary_title")
    story: list[Any] = [
        kit.p(PRODUCT_NAME, s.product),
        kit.p(title, s.heading),
        kit.p(f"{data.company.name or EMPTY} · {format_datetime(data.generated_at)}", s.subheading),
        verdict_box(kit),
        Spacer(1, 3 * mm),
    ]
    rows = _layer_rows(kit)
    if rows:
        story += [
            _layers_table(kit, rows),
            kit.p(kit.label("layers_note"), s.small),
            *readiness_trend(kit, height=80),
        ]
    elif data.standards:
        story += [_readiness_table(kit), kit.p(kit.label("summary_note"), s.small)]
    else:
        story.append(kit.p(kit.label("no_standards")))
    story += _overdue(kit, OVERDUE_ON_SUMMARY)
    cert = digest.next_certificate(data)
    if data.assessment is not None:
        story.append(kit.section(kit.label("next_deadline")))
        if cert is None or cert.next_due is None:
            story.append(kit.p(kit.label("next_none")))
        else:
            name = digest.standard_names(data).get(cert.standard_id, cert.standard_id)
            days = _days(kit, cert.days_to_next)
            days = f"（{days}）" if kit.lang == "zh" else f" ({days})"
            line = (
                f"{name} · {cert.next_due.label.get(kit.lang)} · "
                f"{format_date(cert.next_due.due)}{days}"
            )
            story.append(kit.p(line))
    story += [Spacer(1, 4 * mm), disclaimer(kit)]
    # Drawn inside the frame below, the heading cannot carry the bookmark itself.
    return [Mark(((title, 0, "summary"),)), KeepInFrame(kit.width, height, story, mode="shrink")]
