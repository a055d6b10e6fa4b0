"""The table sections of the PDF report: checklists, integrated view, action plan,
internal audits and management reviews and audit-time estimate (the action
plan is in :mod:`~desktop.reports.pdf.pdf_actions`, the evidence register in
:mod:`~desktop.reports.pdf.pdf_register`).

Every table repeats its header row on each page and prints every cell as a
wrapped paragraph; statuses are a symbol and a word.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop.domain.model import ItemStatus
from desktop.reports.labels import EMPTY, format_date
from desktop.reports.pdf import pdf_digest as digest
from desktop.reports.pdf import pdf_parts as parts
from desktop.reports.pdf.pdf_kit import ClauseMark, Kit, OutlineMark
from desktop.reports.pdf.pdf_nav import Anchor, item_rows, link, register_key, row_key
from desktop.reports.pdf.pdf_register import clause_groups

MAX_CELL_NAMES = 3
"""Evidence file names listed in one checklist row before "… and N more"; the
evidence index lists every file with the items it serves."""

def _legend(kit: Kit) -> str:
    words = (f"{st.symbol} {st.label.get(kit.lang)}" for st in ItemStatus)
    space = "" if kit.lang == "zh" else " "  # nothing after a full-width colon
    return f"{kit.label('status_legend')}{space}" + "   ".join(words)


def checklists(kit: Kit) -> list[list[Any]]:
    """Return one list of flowables per standard: heading (bookmarked) and its checklist table."""
    parent: tuple[OutlineMark, ...] = ((kit.label("checklists_heading"), 0, "checklists"),)
    chapters = []
    # Clause entries the evidence register will hold: the only link targets for evidence cells.
    listed = {register_key(n, clause) for n, clause, *_ in clause_groups(kit.data) if n >= 0}
    for n, section in enumerate(kit.data.standards):
        title = kit.label("checklist_heading", standard=section.label)
        story: list[Any] = [
            kit.heading(title, f"std-{n}", level=1, extra=parent if n == 0 else ()),
            kit.p(f"{section.designation} · {section.title}", kit.styles.subheading),
        ]
        if not section.rows:
            chapters.append([*story, kit.p(kit.label("checklist_empty"))])
            continue
        story.append(kit.p(_legend(kit), kit.styles.small))
        story.append(kit.p(kit.label("basis_legend"), kit.styles.small))
        story.append(Spacer(1, 2 * mm))
        cells = [
            kit.head(
                "col_clause",
                "col_item",
                "col_kind",
                "col_status",
                "col_owner",
                "col_due",
                "col_evidence",
            )
        ]
        marked: set[tuple[str, str]] = set()
        for r, row in enumerate(section.rows):
            clause: list[Any] = [Anchor(row_key(n, r))]
            group = (row.clause, row.clause_title)
            if group not in marked:
                marked.add(group)
                name = " ".join(part for part in group if part) or row.title
                clause.append(ClauseMark(f"std-{n}-c{len(marked)}", name, 2))
            clause.append(kit.cell(row.clause))
            if row.clause_title:
                clause.append(kit.note(row.clause_title))
            item = [kit.cell(row.title)]
            if row.remarks:
                item.append(kit.note(row.remarks))
            names = list(row.evidence_names[:MAX_CELL_NAMES])
            if len(row.evidence_names) > MAX_CELL_NAMES:
                names.append(
                    kit.label("more_names", count=len(row.evidence_names) - MAX_CELL_NAMES)
                )
            cells.append(
                [
                    clause,
                    item,
                    kit.cell(f"{row.kind_text}\n{row.basis_text}"),  # one paragraph: rows split
                    parts.status(row, kit.styles.cell),
                    kit.cell(row.owner or EMPTY),
                    kit.cell(format_date(row.due_date)),
                    # The files link to the clause's entry in the evidence register.
                    link("\n".join(names), register_key(n, row.clause), kit.styles.cell_note,
                         kit.lang) if register_key(n, row.clause) in listed and names
                    else kit.note("\n".join(names) or EMPTY),
                ]
            )
        story += kit.long_grid(cells, (0.13, 0.26, 0.10, 0.12, 0.10, 0.10, 0.19))
        chapters.append(story)
    return chapters


def integrated(kit: Kit) -> list[Any]:
    """Return the 三体系 table: each shared requirement with its status in every standard."""
    data, lang = kit.data, kit.lang
    story: list[Any] = [kit.heading(kit.label("integrated_heading"), "integrated")]
    sections = data.standards
    if len(sections) < 2 or not any(group.shared for group in data.integrated):
        return [*story, kit.p(kit.label("integrated_empty"))]
    story.append(kit.p(kit.label("integrated_note"), kit.styles.subheading))
    story.append(kit.p(_legend(kit), kit.styles.small))
    story.append(Spacer(1, 2 * mm))
    share = 0.56 / len(sections)
    cells: list[list[Any]] = [
        [*kit.head("col_clause", "col_requirement"), *(kit.cell(x.label) for x in sections)]
    ]
    group_rows: list[int] = []
    rows = item_rows(data)
    for group in data.integrated:
        group_rows.append(len(cells))
        cells.append(
            [kit.cell(f"{group.clause}  {group.title.get(lang)}"), *([""] * (len(sections) + 1))]
        )
        for entry in group.shared:
            by_standard = {t.standard_id: t for t in entry.targets}
            row: list[Any] = [kit.cell(entry.shared.clause), kit.cell(entry.shared.title.get(lang))]
            for section in sections:
                target = by_standard.get(section.standard_id)
                if target is None:
                    row.append(kit.note(kit.label("not_covered")))
                    continue
                state = data.states.get(target.id)
                status = state.status if state else ItemStatus.NOT_STARTED
                word = f"{status.symbol} {status.label.get(lang)}"
                where = rows.get(target.id)  # the status links to the item's checklist row
                row.append(link(word, row_key(*where), kit.styles.cell, lang) if where
                           else kit.cell(word))
            cells.append(row)
        specific = {std.id: items for std, items in group.specific}
        row = [kit.cell(""), kit.note(kit.label("integrated_specific_row"))]
        for section in sections:
            items = specific.get(section.standard_id, ())
            ready = sum(
                1
                for item in items
                if item.id in data.states and data.states[item.id].status is ItemStatus.READY
            )
            row.append(
                kit.note(kit.label("ready_of", ready=ready, count=len(items)) if items else EMPTY)
            )
        cells.append(row)
    return [*story, *kit.long_grid(cells, (0.09, 0.35, *([share] * len(sections))), group_rows)]


def audits_and_reviews(kit: Kit) -> list[Any]:
    """Return programmes, internal audits, findings by grade and management reviews."""
    data, lang = kit.data, kit.lang
    story: list[Any] = [
        kit.heading(kit.label("audits_heading"), "audits"),
        kit.section(kit.label("programmes_sub")),
    ]
    if data.programmes:
        cells = [kit.head("col_programme", "col_period", "col_approved_by")]
        for prog in data.programmes:
            period = f"{format_date(prog.period_from)} – {format_date(prog.period_to)}"
            cells.append(
                [kit.cell(prog.title), kit.cell(period), kit.cell(prog.approved_by or EMPTY)]
            )
        story.append(kit.grid(cells, (0.50, 0.30, 0.20)))
    else:
        story.append(kit.p(kit.label("programmes_empty")))
    story.append(kit.section(kit.label("audits_sub")))
    if data.audits:
        held = sum(1 for a in data.audits if a.held)
        story.append(
            kit.p(
                kit.label("audits_count", held=held, planned=len(data.audits) - held),
                kit.styles.subheading,
            )
        )
        counts = digest.findings_per_audit(data.findings)
        cells = [
            kit.head(
                "col_audit",
                "col_audit_state",
                "col_dates",
                "col_team",
                "col_auditees",
                "col_findings",
            )
        ]
        for audit in data.audits:
            if audit.held:
                dates = format_date(audit.held_from)
                if audit.held_to and audit.held_to != audit.held_from:
                    dates += f" – {format_date(audit.held_to)}"
            else:
                dates = format_date(audit.planned_on)
            cells.append(
                [
                    kit.cell(audit.title),
                    kit.cell(kit.label("audit_held" if audit.held else "audit_planned")),
                    kit.cell(dates),
                    kit.cell("\n".join(a.name for a in audit.auditors) or EMPTY),
                    kit.cell(
                        "、".join(audit.auditees) if lang == "zh" else ", ".join(audit.auditees)
                    ),
                    kit.number(str(counts.get(audit.id, 0))),
                ]
            )
        story.append(kit.grid(cells, (0.26, 0.13, 0.17, 0.14, 0.20, 0.10)))
    else:
        story.append(kit.p(kit.label("audits_empty")))
    story.append(kit.section(kit.label("findings_sub")))
    cells = [kit.head("col_grade", "col_count", "col_open")]
    for grade in digest.findings_by_grade(data.findings):
        cells.append(
            [
                kit.cell(grade.grade.label.get(lang)),
                kit.number(str(grade.raised)),
                kit.number(str(grade.open)),
            ]
        )
    story.append(kit.grid(cells, (0.50, 0.25, 0.25)))
    story.append(kit.section(kit.label("reviews_sub")))
    if not data.reviews:
        return [*story, kit.p(kit.label("reviews_empty"))]
    names = digest.standard_names(data)
    cells = [kit.head("col_review_date", "col_chair", "col_covers", "col_missing")]
    for review in data.reviews:
        missing = digest.missing_review_inputs(review, data)
        cells.append(
            [
                kit.cell(format_date(review.held_on)),
                kit.cell(review.chair or EMPTY),
                kit.cell("\n".join(names.get(i, i) for i in review.standard_ids) or EMPTY),
                kit.cell(
                    kit.label("inputs_missing", count=missing)
                    if missing
                    else kit.label("inputs_complete")
                ),
            ]
        )
    return [*story, kit.grid(cells, (0.18, 0.24, 0.30, 0.28))]


def audit_time(kit: Kit) -> list[Any]:
    """Return the audit-time estimate: its figures, every step of the calculation, disclaimer."""
    lang = kit.lang
    story: list[Any] = [kit.heading(kit.label("audit_time_heading"), "audit-time")]
    assessment = kit.data.assessment
    estimate = assessment.audit_time if assessment else None
    if estimate is None:
        reason = assessment.audit_time_error if assessment else None
        return [*story, kit.p(reason.get(lang) if reason else kit.label("audit_time_none"))]

    def days(value: float) -> str:
        return kit.label("at_days", days=f"{value:.1f}")

    facts = [
        (kit.label("at_personnel"), str(estimate.effective_personnel)),
        *((system.label.get(lang), days(value)) for system, value in estimate.per_system),
        (kit.label("at_initial"), days(estimate.initial_days)),
        (kit.label("at_surveillance"), days(estimate.surveillance_days)),
        (kit.label("at_recert"), days(estimate.recertification_days)),
        (kit.label("at_sites"), str(estimate.sampled_sites)),
    ]
    figures = kit.grid(
        [kit.head("at_figure", "col_days"), *([kit.cell(k), kit.number(v)] for k, v in facts)],
        (0.65, 0.35),
    )
    cells = [kit.head("col_step", "col_detail", "col_days")]
    for step in estimate.steps:
        cells.append(
            [
                kit.cell(step.title.get(lang)),
                kit.note(step.detail.get(lang)),
                kit.number(EMPTY if step.days is None else f"{step.days:.1f}"),
            ]
        )
    return [
        *story,
        figures,
        Spacer(1, 5 * mm),
        kit.grid(cells, (0.28, 0.60, 0.12)),
        Spacer(1, 4 * mm),
        kit.p(estimate.disclaimer.get(lang), kit.styles.small),
    ]
