"""The action plan of the PDF report and its appendix of closed actions.

Open actions are grouped by owner (the default) or by standard
(:attr:`~desktop.reports.pdf.pdf_kit.Kit.actions_by`); within a group overdue
actions come first, then the rest by due date (undated last). An action
raised from a checklist gap links to that item's checklist row. Closed
actions (done or cancelled) go to an appendix at the end of the report: their
count and a compact table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from desktop.domain.records import Action, ActionSource, ActionStatus
from desktop.reports.labels import EMPTY, format_date
from desktop.reports.model import ReportData
from desktop.reports.pdf import pdf_digest as digest
from desktop.reports.pdf.pdf_kit import Kit
from desktop.reports.pdf.pdf_nav import item_rows, link, row_key

ACTIONS_BY = ("owner", "standard")
"""How the action plan can group open actions; the first is the default."""

CLOSED_KEY = "closed-actions"
"""Destination of the appendix of closed actions."""

ACTION_SYMBOLS = {
    ActionStatus.OPEN: "○",
    ActionStatus.IN_PROGRESS: "◐",
    ActionStatus.DONE: "●",
    ActionStatus.CANCELLED: "✕",
}
"""Symbol printed before each action status word."""


def action_standard(action: Action, data: ReportData) -> str | None:
    """The report standard an action belongs to, as its id, or ``None`` when not one.

    A gap's item and a finding's clause name their standard; a gate's
    action belongs to a standard when every item of the gate does.
    """
    known = {section.standard_id for section in data.standards}
    ref = action.source_ref
    ids: set[str] = set()
    if action.source is ActionSource.GAP and ref:
        ids = {ref.partition(":")[0]}
    elif action.source is ActionSource.FINDING:
        ids = {f.clause_id.partition(":")[0] for f in data.findings
               if str(f.id) == ref and f.clause_id}
    elif action.source is ActionSource.GATE and data.assessment is not None:
        ids = {i.partition(":")[0] for g in data.assessment.gates if g.id == ref
               for i in g.item_ids}
    return ids.pop() if len(ids) == 1 and ids <= known else None


def open_groups(
    actions: Sequence[Action], data: ReportData, by: str, today: dt.date
) -> list[tuple[str, list[Action]]]:
    """Open actions in groups, in print order.

    Args:
        actions: every action of the plan (closed ones are left out).
        data: the report (standards, findings, gates; the language of names).
        by: ``"owner"`` (groups by owner name, sorted, nameless last) or
            ``"standard"`` (the report's standards in order, then actions not
            tied to one standard).
        today: the report day, for overdue.

    Returns:
        (group key, actions) pairs; the key is the owner name or the standard
        id ("" for the nameless / untied group). Within a group: overdue
        first, then by due date, undated last, then by id.

    Raises:
        ValueError: ``by`` is not one of :data:`ACTIONS_BY`.
    """
    if by not in ACTIONS_BY:
        raise ValueError(f"unknown action grouping {by!r}")
    groups: dict[str, list[Action]] = {}
    for action in actions:
        if action.status.is_closed:
            continue
        key = action.owner.strip() if by == "owner" else (action_standard(action, data) or "")
        groups.setdefault(key, []).append(action)
    for members in groups.values():
        members.sort(key=lambda a: (not a.is_overdue(today), a.due_on is None,
                                    a.due_on or dt.date.max, a.id))
    if by == "owner":
        order = sorted(groups, key=lambda k: (k == "", k.casefold()))
    else:
        ranks = {s.standard_id: n for n, s in enumerate(data.standards)}
        order = sorted(groups, key=lambda k: ranks.get(k, len(ranks)))
    return [(key, groups[key]) for key in order]


def source_row(action: Action, data: ReportData,
               rows: Mapping[str, tuple[int, int]]) -> tuple[int, int] | None:
    """The checklist row an action points at, as (standard index, row index), if any.

    A gap's item; the first row of a finding's clause (or of its sub-clauses);
    the first item of a gate found in the report.
    """
    ref = action.source_ref
    if action.source is ActionSource.GAP:
        return rows.get(ref)
    if action.source is ActionSource.GATE and data.assessment is not None:
        for gate in data.assessment.gates:
            if gate.id == ref:
                return next((rows[i] for i in gate.item_ids if i in rows), None)
    if action.source is ActionSource.FINDING:
        clause_id = next((f.clause_id for f in data.findings if str(f.id) == ref), "")
        standard_id, _, clause = clause_id.partition(":")
        for n, section in enumerate(data.standards):
            if section.standard_id == standard_id and clause:
                for r, row in enumerate(section.rows):
                    if row.clause == clause or row.clause.startswith(f"{clause}."):
                        return (n, r)
    return None


def _what(kit: Kit, action: Action, rows: Mapping[str, tuple[int, int]]) -> list[Any]:
    """The action, then where it comes from (a link to the checklist row it concerns)."""
    source = action.source.label.get(kit.lang)
    origin = digest.action_source(action, kit.data)
    text = f"{source} · {origin}" if origin else source
    where = source_row(action, kit.data, rows)
    cells: list[Any] = [kit.cell(action.title)]
    cells.append(link(text, row_key(*where), kit.styles.cell_note, kit.lang) if where
                 else kit.note(text))
    if action.root_cause:
        cells.append(kit.note(action.root_cause))
    return cells


def _status(kit: Kit, action: Action, today: dt.date) -> list[Any]:
    cells = [kit.cell(f"{ACTION_SYMBOLS[action.status]} {action.status.label.get(kit.lang)}")]
    if action.is_overdue(today):
        cells.append(kit.cell(kit.label("overdue_tag")))
    return cells


def action_plan(kit: Kit) -> list[Any]:
    """Return the action plan: open actions grouped, overdue first, closed ones counted."""
    assessment = kit.data.assessment
    story: list[Any] = [kit.heading(kit.label("actions_heading"), "actions")]
    actions = assessment.actions if assessment else ()
    if not actions:
        return [*story, kit.p(kit.label("actions_empty"))]
    assert assessment is not None
    today = assessment.today
    groups = open_groups(actions, kit.data, kit.actions_by, today)
    open_count = sum(len(members) for _, members in groups)
    closed = len(actions) - open_count
    key = "actions_open_count" if closed else "actions_open_only"
    story.append(kit.p(kit.label(key, open=open_count, overdue=len(assessment.overdue_actions),
                                 closed=closed), kit.styles.subheading))
    if closed:
        story.append(link(kit.label("closed_link"), CLOSED_KEY, kit.styles.small, kit.lang))
    if not groups:
        return [*story, kit.p(kit.label("actions_none_open"))]
    story.append(kit.p(kit.label(f"actions_by_{kit.actions_by}"), kit.styles.small))
    names = digest.standard_names(kit.data)
    rows = item_rows(kit.data)
    cells: list[list[Any]] = [kit.head("col_action", "col_owner", "col_due", "col_status")]
    group_rows = []
    for key, members in groups:
        if kit.actions_by == "owner":
            name = key or kit.label("owner_none")
        else:
            name = names.get(key, "") or kit.label("standard_none")
        group_rows.append(len(cells))
        cells.append([kit.cell(kit.label("group_count", name=name, count=len(members))),
                      "", "", ""])
        for action in members:
            cells.append([_what(kit, action, rows), kit.cell(action.owner or EMPTY),
                          kit.cell(format_date(action.due_on)), _status(kit, action, today)])
    return [*story, *kit.long_grid(cells, (0.54, 0.16, 0.13, 0.17), group_rows)]


def closed_count(data: ReportData) -> int:
    """How many actions are done or cancelled (the appendix is printed when there are any)."""
    actions = data.assessment.actions if data.assessment is not None else ()
    return sum(1 for a in actions if a.status.is_closed)


def closed_actions(kit: Kit) -> list[Any]:
    """Return the appendix of closed actions: their count and a compact table by closing date."""
    title = kit.label("closed_heading")
    story: list[Any] = [kit.heading(title, CLOSED_KEY)]
    assessment = kit.data.assessment
    closed = [a for a in (assessment.actions if assessment else ()) if a.status.is_closed]
    if not closed:
        return [*story, kit.p(kit.label("closed_none"))]
    closed.sort(key=lambda a: (a.closed_on is None, a.closed_on or dt.date.min, a.id))
    story.append(kit.p(kit.label("closed_count", count=len(closed)), kit.styles.subheading))
    cells: list[list[Any]] = [kit.head("col_action", "col_owner", "col_status", "col_closed_on")]
    for action in closed:
        status = f"{ACTION_SYMBOLS[action.status]} {action.status.label.get(kit.lang)}"
        cells.append([kit.note(action.title), kit.note(action.owner or EMPTY), kit.note(status),
                      kit.note(format_date(action.closed_on))])
    return [*story, *kit.long_grid(cells, (0.56, 0.16, 0.14, 0.14))]
