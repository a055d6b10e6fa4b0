"""The searchable entries of an open project, for find and filter above the clause tree.

:func:`find_entries` reads the project once (states, evidence, evidence
metadata) and builds one :class:`~desktop.domain.find.FindEntry` per clause,
checklist item and shared (三体系) requirement; the rules that match them are
in :mod:`desktop.domain.find`.
"""

from __future__ import annotations

import datetime as dt

from desktop.domain.find import FindEntry, build_entry
from desktop.domain.layers import standard_layers
from desktop.domain.model import Evidence
from desktop.services.integrated import integrated_view
from desktop.services.session import ProjectSession

__all__ = ["find_entries"]


def find_entries(session: ProjectSession, today: dt.date | None = None) -> dict[str, FindEntry]:
    """Every findable entry of ``session`` by id: clauses, items and shared requirements.

    ``today`` (default: the local date) decides which evidence has expired
    (:func:`desktop.domain.layers.standard_layers`). Takes a few tens of
    milliseconds for the three-standard sample.

    Raises:
        CorruptProjectError: stored evidence metadata is malformed.
    """
    today = today or dt.date.today()
    store, records = session.store, session.store.records
    standards = session.standards()
    states = store.item_states()
    by_item: dict[str, list[Evidence]] = {}
    names: dict[str, dict[int, str]] = {}
    for ev in store.evidence_list():
        for item_id in ev.item_ids:
            by_item.setdefault(item_id, []).append(ev)
            names.setdefault(item_id, {})[ev.id] = ev.name
    meta = records.evidence_meta()
    since = records.system_info().operating_since
    expired = {e.item_id for std in standards
               for e in standard_layers(std, states, by_item, meta, today, since).expired}
    entries = {item.id: build_entry(item.id, (item,), states, names, expired)
               for std in standards for item in std.items}
    for group in integrated_view(session):  # no shared requirement with one standard
        for shared in group.shared:
            req = shared.shared
            entries[shared.id] = build_entry(
                shared.id, shared.targets, states, names, expired,
                (req.clause, req.title.en, req.title.zh, req.description.en, req.description.zh))
    return entries
