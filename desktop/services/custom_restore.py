"""Removing a custom checklist entry so that undo can put it back as it was.

:func:`take_custom_item` removes the entry like
:func:`desktop.services.custom.remove_custom_item` and returns what it
removed: the entry, its recorded state and the evidence files it used.
:func:`restore_custom_item` puts all of that back under the same id.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.custom import CustomItem
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
