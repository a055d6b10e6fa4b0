"""Removing custom content so that undo can put it back as it was.

:func:`take_custom_item` removes the entry like
:func:`desktop.services.custom.remove_custom_item` and returns what it
removed: the entry, its recorded state and the evidence files it used.
:func:`restore_custom_item` puts all of that back under the same id.

:func:`take_custom_content` does the same for whole custom checklists and
groups of entries (what a template or a checklist import added, or a custom
checklist the user removes); :func:`restore_custom_content` puts them back.
Evidence files always stay in the register; only their links go and come back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain.custom import CustomChecklist, CustomItem
from desktop.domain.model import ItemState
from desktop.errors import ValidationError
from desktop.services.changes import Changes
from desktop.services.custom import remove_custom_item
from desktop.services.session import ProjectSession


@dataclass(frozen=True, slots=True)
class RemovedEntry:
    """A custom entry taken out of the project.

    Attributes:
        row: the entry as stored.
        state: its status, owner, due date and notes; None when none was recorded.
        evidence_ids: the evidence files it used (they stay in the register).
    """

    row: CustomItem
    state: ItemState | None
    evidence_ids: tuple[int, ...]

    @property
    def changes(self) -> Changes:
        """What removing (or restoring) it changes."""
        return Changes(items=frozenset({self.row.id}), custom=True,
                       evidence=bool(self.evidence_ids))


def take_custom_item(session: ProjectSession, item_id: str) -> RemovedEntry:
    """Remove a custom entry (see ``remove_custom_item``) and return what went.

    Raises:
        ValidationError: not a custom entry, or entries stand under it.
    """
    store = session.store
    _checklists, rows = store.custom_content()
    row = next((r for r in rows if r.id == item_id), None)
    state = store.item_states().get(item_id)
    evidence_ids = tuple(e.id for e in store.evidence_for_item(item_id))
    remove_custom_item(session, item_id)  # refuses what is not a removable custom entry
    assert row is not None  # remove_custom_item refused any other id
    return RemovedEntry(row, state, evidence_ids)


def restore_custom_item(session: ProjectSession, removed: RemovedEntry) -> Changes:
    """Put a removed custom entry back with its state and the evidence links still possible.

    Raises:
        ValidationError: its checklist or its parent clause is gone, or the id is in use.
    """
    row = removed.row
    store = session.store
    checklists, rows = store.custom_content()
    parent_ok = row.parent is None or session.catalog.has_item(row.parent)
    known_checklist = (any(c.id == row.checklist_id for c in checklists)
                       or any(s.id == row.checklist_id for s in session.catalog.standards))
    if not parent_ok or not known_checklist or any(r.id == row.id for r in rows):
        raise ValidationError(
            f"The entry {row.clause} can no longer be put back where it was.",
            f"条目 {row.clause} 已无法恢复到原来的位置。")
    existing = {e.id for e in store.evidence_list()}
    with store.atomic():
        store.put_custom_item(row)
        if removed.state is not None:
            store.put_item_state(removed.state)
        for evidence_id in removed.evidence_ids:
            if evidence_id in existing:
                store.link_evidence(evidence_id, row.id)
    session.reload_custom()
    return removed.changes


@dataclass(frozen=True, slots=True)
class RemovedContent:
    """Custom checklists and entries taken out of the project.

    Attributes:
        checklists: the custom checklists removed whole.
        rows: every entry removed (of those checklists, and the single entries
            named, with the custom entries under them), parents first.
        states: the recorded states of those entries.
        links: (evidence id, item id) links of those entries to evidence files.
    """

    checklists: tuple[CustomChecklist, ...]
    rows: tuple[CustomItem, ...]
    states: tuple[ItemState, ...]
    links: tuple[tuple[int, str], ...]

    @property
    def changes(self) -> Changes:
        """What removing (or restoring) them changes."""
        return Changes(items=frozenset(r.id for r in self.rows if r.kind.is_checklist),
                       custom=True, evidence=bool(self.links))


def _parents_first(rows: Sequence[CustomItem]) -> list[CustomItem]:
    """``rows`` ordered so that every entry comes after its parent (if among them)."""
    pending = list(rows)
    ordered: list[CustomItem] = []
    while pending:
        waiting = {r.id for r in pending}
        ready = [r for r in pending if r.parent not in waiting]
        if not ready:  # a cycle cannot be stored; keep the rest as they are
            ready = pending
        ordered.extend(ready)
        pending = [r for r in pending if r not in ready]
    return ordered


def take_custom_content(session: ProjectSession, checklist_ids: Sequence[str] = (),
                        item_ids: Sequence[str] = ()) -> RemovedContent:
    """Remove custom checklists and entries in one transaction and return what went.

    Args:
        checklist_ids: custom checklists to remove whole, with all their entries.
        item_ids: further custom entries (e.g. entries a template added under
            a clause of a bundled standard); the custom entries under them go too.

    Raises:
        ValidationError: an id is not a custom checklist or entry of this
            project; nothing is changed.
    """
    store = session.store
    checklists, rows = store.custom_content()
    taken_lists = [c for c in checklists if c.id in set(checklist_ids)]
    unknown = (set(checklist_ids) - {c.id for c in taken_lists}) | (
        set(item_ids) - {r.id for r in rows})
    if unknown:
        name = sorted(unknown)[0]
        raise ValidationError(f"{name!r} is not custom content of this project.",
                              f"{name!r} 不是本项目的自定义内容。")
    chosen = {r.id for r in rows if r.checklist_id in set(checklist_ids)} | set(item_ids)
    grown = True
    while grown:  # the custom entries under the chosen ones
        more = {r.id for r in rows if r.parent in chosen} - chosen
        chosen |= more
        grown = bool(more)
    taken_rows = _parents_first([r for r in rows if r.id in chosen])
    states = store.item_states()
    kept_states = tuple(states[r.id] for r in taken_rows if r.id in states)
    links = tuple((e.id, item_id) for e in store.evidence_list() for item_id in e.item_ids
                  if item_id in chosen)
    with store.atomic():
        for row in reversed(taken_rows):
            store.remove_custom_item(row.id)
        for checklist in taken_lists:
            store.remove_custom_checklist(checklist.id)
    session.reload_custom()
    return RemovedContent(tuple(taken_lists), tuple(taken_rows), kept_states, links)


def restore_custom_content(session: ProjectSession, removed: RemovedContent) -> Changes:
    """Put back what :func:`take_custom_content` removed: same ids, states and links.

    Links to evidence files that have left the register since are left out.

    Raises:
        ValidationError: an id or a place in a checklist is in use again, or
            a parent clause has gone (e.g. another edition); nothing is changed.
    """
    store = session.store
    checklists, rows = store.custom_content()
    ids = {r.id for r in removed.rows}
    used_ids = {r.id for r in rows} | {c.id for c in checklists}
    used_places = {(r.checklist_id, r.position) for r in rows}
    lost = [r for r in removed.rows
            if r.id in used_ids or (r.checklist_id, r.position) in used_places
            or (r.parent is not None and r.parent not in ids
                and not session.catalog.has_item(r.parent))]
    if lost or any(c.id in used_ids for c in removed.checklists):
        clause = lost[0].clause if lost else removed.checklists[0].code
        raise ValidationError(
            f"The custom content {clause} can no longer be put back where it was.",
            f"自定义内容 {clause} 已无法恢复到原来的位置。")
    existing = {e.id for e in store.evidence_list()}
    with store.atomic():
        for checklist in removed.checklists:
            store.add_custom_checklist(checklist)
        for row in removed.rows:
            store.put_custom_item(row)
        for state in removed.states:
            store.put_item_state(state)
        for evidence_id, item_id in removed.links:
            if evidence_id in existing:
                store.link_evidence(evidence_id, item_id)
    session.reload_custom()
    return removed.changes
