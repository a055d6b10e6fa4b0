"""Editions of a standard: which one a project prepares for, and what changes between them.

A project holds one edition per standard family (e.g. ISO 14001:2015 *or*
ISO 14001:2026). Moving to a newer edition carries the work over: every item
of the new edition that continues an item of the old one (its ``origin``)
receives the old item's status, owner, due date, notes and evidence links;
items that are new in the edition start as not started.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.domain.model import CatalogItem, Standard, Transition, TransitionEntry
from desktop.errors import ValidationError
from desktop.services.backups import BackupReason, backup_before
from desktop.services.changes import Changes
from desktop.services.session import ProjectSession


@dataclass(frozen=True, slots=True)
class TransitionGap:
    """One change a company certified to the old edition must act on.

    Attributes:
        entry: the clause-level change and its note.
        items: checklist items of the new edition at that clause (empty for a removal).
    """

    entry: TransitionEntry
    items: tuple[CatalogItem, ...]


def transition_gaps(session: ProjectSession, from_id: str, to_id: str) -> tuple[TransitionGap, ...]:
    """The changes from ``from_id`` to ``to_id``, each with the new edition's items.

    Raises:
        ValidationError: no transition map between the two editions.
    """
    try:
        transition: Transition = session.catalog.transition(from_id, to_id)
    except KeyError:
        raise ValidationError(f"No transition map from {from_id} to {to_id}.",
                              f"没有从 {from_id} 到 {to_id} 的换版对照。") from None
    new = session.catalog.standard(to_id)
    return tuple(
        TransitionGap(
            entry=entry,
            items=tuple(i for i in new.checklist() if entry.to_clause
                        and i.clause == entry.to_clause),
        )
        for entry in transition.entries
    )


def newer_editions(session: ProjectSession) -> tuple[tuple[Standard, Standard], ...]:
    """(project's edition, newer edition with a transition map) pairs, in catalog order."""
    pairs = []
    for std in session.standards():
        for other in session.catalog.editions(std.family):
            try:
                session.catalog.transition(std.id, other.id)
            except KeyError:
                continue
            pairs.append((std, other))
    return tuple(pairs)


def change_edition(session: ProjectSession, new_id: str) -> Changes:
    """Replace the project's edition of ``new_id``'s standard by ``new_id``, carrying work over.

    Raises:
        ValidationError: unknown edition, or the project does not include
            that standard at all, or it already uses that edition.
    """
    try:
        new = session.catalog.standard(new_id)
    except KeyError:
        raise ValidationError(f"Unknown edition {new_id!r}.", f"未知的版本 {new_id!r}。") from None
    current = [s for s in session.standards() if s.family == new.family]
    if not current:
        raise ValidationError(
            f"This project does not include {new.code}; add the standard instead.",
            f"本项目不包含 {new.code}，请直接添加该标准。")
    old = current[0]
    if old.id == new.id:
        raise ValidationError(f"The project already uses {new.label}.",
                              f"本项目已采用 {new.label}。")
    store = session.store
    ids = [new.id if sid == old.id else sid for sid in store.standard_ids()]
    old_ids = {i.id for i in old.checklist()}
    touched: set[str] = set()
    backup_before(session, BackupReason.EDITION)
    with store.atomic():
        store.set_standard_ids(ids)
        states = store.item_states()
        evidence = store.evidence_list()
        for item in new.checklist():
            if item.origin not in old_ids or item.id in states:
                continue
            previous = states.get(item.origin)
            if previous is not None:
                store.put_item_state(replace(previous, item_id=item.id))
                touched.add(item.id)
            for ev in evidence:
                if item.origin in ev.item_ids:
                    store.link_evidence(ev.id, item.id)
                    touched.add(item.id)
    return Changes(items=frozenset(touched), standards=True, evidence=True)
