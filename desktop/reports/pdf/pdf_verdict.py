"""The verdict box (first thing in the full report and the one-page summary) and the gap list.

The box says which audit is next and when, whether the organization is ready
for it, which certification conditions fail and why, and the five next things
to do with owner and due date. Status is printed in colour, with a symbol and
a word (✔ / ✘ / ?), so it still reads in a grayscale print.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from desktop.reports.labels import EMPTY, format_date
from desktop.reports.pdf import pdf_parts as parts
from desktop.reports.pdf.pdf_kit import Kit
from desktop.reports.pdf.pdf_nav import item_rows, link, row_key
from desktop.reports.verdict import Tier, priority_gaps, unplanned_gaps, verdict

READY_COLOUR = colors.HexColor("#1E6B34")
"""Green of a ready verdict (dark enough to read as black-ish grey in print)."""

NOT_READY_COLOUR = colors.HexColor("#A8231B")
"""Red of a not-ready verdict and of a failed condition."""

UNKNOWN_COLOUR = colors.HexColor("#6B5B00")
"""Dark amber of a verdict that could not be reached (no assessment)."""

GAPS_IN_REPORT = 15
"""Gaps listed in the executive summary; the checklists hold every one."""

_TIER_KEYS = {Tier.GATE: "priority_gate", Tier.MANDATORY: "priority_mandatory",
              Tier.OTHER: "priority_other"}


def _look(base: parts.Look, **extra: Any) -> parts.Look:
    return parts.Look(
        latin=ParagraphStyle(f"{base.latin.name}-v", parent=base.latin, **extra),
        cjk=ParagraphStyle(f"{base.cjk.name}-v", parent=base.cjk, **extra),
    )


def days_text(kit: Kit, days: int | None) -> str:
    """Days left as printed: ``"12 days"``, ``"⊗ 3 days overdue"`` or "—" without a date."""
    if days is None:
        return EMPTY
    if days < 0:
        return kit.label("days_overdue", days=-days)
    return kit.label("days_left", days=days)


def verdict_box(kit: Kit) -> Table:
    """Return the verdict box over the full text width."""
    s, lang = kit.styles, kit.lang
    result = verdict(kit.data)
    if not result.assessed:
        colour, key = UNKNOWN_COLOUR, "verdict_not_assessed"
    elif result.ready:
        colour, key = READY_COLOUR, "verdict_ready"
    else:
        colour, key = NOT_READY_COLOUR, "verdict_not_ready"
    banner = parts.text(kit.label(key), _look(s.heading, textColor=colors.white, spaceAfter=0),
                        lang)
    if result.audit_date is not None:
        target = kit.label("verdict_target", audit=result.audit, standard=result.standard,
                           date=format_date(result.audit_date),
                           days=days_text(kit, result.days_to_audit))
    else:
        target = kit.label("verdict_no_target")
    body: list[Any] = [kit.p(target, _look(s.body, spaceAfter=3))]
    if result.assessed and result.gates_total:
        if result.failed:
            body.append(kit.p(kit.label("verdict_failed", failed=len(result.failed),
                                        total=result.gates_total)))
            mark = _look(s.cell, textColor=colour)
            for gate in result.failed:
                lines = [parts.text(f"✘ {gate.title}", mark, lang),
                         kit.p(gate.reason, s.cell)]
                if gate.clauses:
                    items = "、".join(gate.clauses) if lang == "zh" else ", ".join(gate.clauses)
                    if gate.more:
                        items += f" (+{gate.more})" if lang == "en" else f"（另 {gate.more} 项）"
                    lines.append(kit.p(kit.label("verdict_items", items=items), s.cell_note))
                body.append(Table([[lines]], colWidths=[kit.width - 16],
                                  style=parts.table_style(s.font, [
                                      ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                      ("TOPPADDING", (0, 0), (-1, -1), 2),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                      ("LINEBEFORE", (0, 0), (0, -1), 2, colour),
                                  ])))
        else:
            body.append(kit.p(kit.label("verdict_all_met", total=result.gates_total)))
    body += [Spacer(1, 2 * mm), kit.p(kit.label("verdict_next"), s.section)]
    if result.steps:
        cells = [kit.head("col_what", "col_owner", "col_due_date", "col_days_left")]
        for n, step in enumerate(result.steps, start=1):
            cells.append([
                kit.cell(f"{n}. {step.what}"),
                kit.cell(step.owner or EMPTY),
                kit.cell(format_date(step.due) if step.due else kit.label("due_none")),
                kit.cell(days_text(kit, step.days_left)),
            ])
        body.append(parts.grid(cells, kit.width - 16, (0.56, 0.16, 0.13, 0.15), s.font,
                               split_rows=True))
    else:
        body.append(kit.p(kit.label("verdict_next_none")))
    if result.unplanned:
        body += [Spacer(1, 1.5 * mm), kit.p(kit.label("verdict_unplanned",
                                                      count=result.unplanned), s.cell)]
    return Table(
        [[banner], [body]],
        colWidths=[kit.width],
        style=parts.table_style(s.font, [
            ("BACKGROUND", (0, 0), (-1, 0), colour),
            ("BOX", (0, 0), (-1, -1), 1.2, colour),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, 0), 5),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
            ("TOPPADDING", (0, 1), (-1, 1), 6),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
        ]),
    )


def gap_list(kit: Kit) -> list[Any]:
    """Return the gap list: what blocks certification first, with due date and days left."""
    s = kit.styles
    gaps = priority_gaps(kit.data)
    story: list[Any] = [kit.section(kit.label("priority_heading"))]
    if not gaps:
        return [*story, kit.p(kit.label("gaps_none"))]
    story.append(kit.p(kit.label("priority_order"), s.subheading))
    shown = gaps[:GAPS_IN_REPORT]
    cells = [kit.head("col_priority", "col_clause", "col_item", "col_status", "col_owner",
                      "col_due_date", "col_days_left")]
    rows = item_rows(kit.data)
    for gap in shown:
        row = gap.row
        cells.append([
            kit.cell(kit.label(_TIER_KEYS[gap.tier])),
            kit.cell(f"{gap.section.label} {row.clause}"),
            # The item links to its checklist row.
            link(row.title, row_key(*rows[row.item_id]), s.cell, kit.lang),
            parts.status(row, s.cell),
            kit.cell(row.owner or EMPTY),
            kit.cell(format_date(row.due_date) if row.due_date else EMPTY),
            kit.cell(days_text(kit, gap.days_left)),
        ])
    story.append(kit.grid(cells, (0.10, 0.15, 0.29, 0.12, 0.12, 0.11, 0.11)))
    if len(gaps) > len(shown):
        more = kit.label("gaps_more", count=len(shown), total=len(gaps))
        story += [Spacer(1, 1.5 * mm), kit.p(more, s.small)]
    return [*story, *unplanned_list(kit)]


def unplanned_list(kit: Kit) -> list[Any]:
    """Return how many mandatory items are not ready with no open action, and each of them.

    Every item is listed (the verdict box gives the count only), the most
    blocking first, each linked to its checklist row.
    """
    s = kit.styles
    unplanned = unplanned_gaps(kit.data)
    story: list[Any] = [kit.section(kit.label("unplanned_heading"))]
    if not unplanned:
        return [*story, kit.p(kit.label("unplanned_none"), s.small)]
    story.append(kit.p(kit.label("unplanned_count", count=len(unplanned)), s.subheading))
    rows = item_rows(kit.data)
    cells = [kit.head("col_clause", "col_item", "col_status", "col_owner", "col_due_date")]
    for gap in unplanned:
        row = gap.row
        cells.append([
            kit.cell(f"{gap.section.label} {row.clause}"),
            link(row.title, row_key(*rows[row.item_id]), s.cell, kit.lang),
            parts.status(row, s.cell),
            kit.cell(row.owner or EMPTY),
            kit.cell(format_date(row.due_date) if row.due_date else EMPTY),
        ])
    return [*story, *kit.long_grid(cells, (0.18, 0.40, 0.14, 0.14, 0.14))]
