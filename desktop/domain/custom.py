"""Custom content of one project: the consultant's own checklists and items.

A project may hold custom checklists (``"custom:<slug>"``, shown as extra
standards with system ``"CUSTOM"``) and custom entries. A custom entry belongs
to the standard it is shown in (``checklist_id``): one of the project's custom
checklists, or a bundled standard when it extends that standard under one of
its clauses (e.g. an extra record under ISO 9001:2015 7.1.5). Either way it
counts in that standard's readiness like any other checklist item.

:func:`catalog_with_custom` builds a new :class:`Catalog` with the custom
content merged in; the bundled catalog is never modified.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from desktop.domain.model import Basis, Catalog, CatalogItem, ItemKind, Standard, Text

CUSTOM_PREFIX = "custom:"
"""Every custom checklist id and every custom entry id starts with this."""

CUSTOM_SYSTEM = "CUSTOM"
"""``Standard.system`` of a custom checklist."""


@dataclass(frozen=True, slots=True)
class CustomChecklist:
    """A checklist a consultant created, imported or applied from a template.

    Attributes:
        id: ``"custom:<slug>"``, e.g. ``"custom:supplier-audit"``.
        code: short name shown on its tab, e.g. ``"供应商审核"``.
        title: bilingual title; one language may be empty.
        created: when it was created (UTC).
    """

    id: str
    code: str
    title: Text
    created: dt.datetime


@dataclass(frozen=True, slots=True)
class CustomItem:
    """One custom entry (a clause heading or a checklist item).

    Attributes:
        id: globally unique, starts with ``"custom:"``, e.g.
            ``"custom:supplier-audit:2.1"``.
        checklist_id: the standard it is shown in: a custom checklist id, or a
            bundled standard id (e.g. ``"iso9001-2015"``) when it extends it.
        clause: clause number as shown, e.g. ``"7.1.5"`` or ``"S-2"``.
        kind: see :class:`ItemKind`.
        parent: id of its parent clause (a custom clause of the same standard or
            a clause of the bundled standard), or None at the top of a custom
            checklist.
        title, description: bilingual; one language may be empty (the other is shown).
        position: order within ``checklist_id``; parents come before children.
    """

    id: str
    checklist_id: str
    clause: str
    kind: ItemKind
    parent: str | None
    title: Text
    description: Text
    position: int


def filled(text: Text) -> Text:
    """``text`` with an empty language filled from the other one."""
    return Text(en=text.en or text.zh, zh=text.zh or text.en)


def is_custom_id(value: str) -> bool:
    """True for ids of custom checklists and custom entries."""
    return value.startswith(CUSTOM_PREFIX)


def custom_standard(checklist: CustomChecklist, items: Sequence[CatalogItem] = ()) -> Standard:
    """The :class:`Standard` a custom checklist is shown as (system CUSTOM, no edition)."""
    return Standard(
        id=checklist.id, code=checklist.code, edition="", amendments=(), national="",
        system=CUSTOM_SYSTEM, title=filled(checklist.title), items=tuple(items),
    )


def catalog_with_custom(
    catalog: Catalog, checklists: Iterable[CustomChecklist], items: Iterable[CustomItem]
) -> Catalog:
    """Return a new catalog: ``catalog`` plus the project's custom content.

    Custom checklists become standards after the bundled ones (in the order
    given); custom entries of a bundled standard are appended to its items.
    Entries become :class:`CatalogItem` with ``custom=True`` and basis
    ``recommended`` (they are the consultant's, not the standard's). Entries of
    an unknown standard are left out. ``catalog`` itself is not changed.
    """
    by_standard: dict[str, list[CustomItem]] = {}
    for item in sorted(items, key=lambda i: (i.checklist_id, i.position)):
        by_standard.setdefault(item.checklist_id, []).append(item)
    standards: list[Standard] = []
    for std in catalog.standards:
        extra = by_standard.get(std.id)
        standards.append(replace(std, items=_appended(std.items, extra)) if extra else std)
    bundled = {s.id for s in catalog.standards}
    for checklist in checklists:
        if checklist.id in bundled:
            continue
        own = by_standard.get(checklist.id, [])
        standards.append(custom_standard(checklist, _appended((), own)))
    return Catalog(
        standards=tuple(standards),
        shared=catalog.shared,
        shared_clauses=dict(catalog.shared_clauses),
        pitfalls=dict(catalog.pitfalls),
        transitions=catalog.transitions,
    )


def _appended(existing: tuple[CatalogItem, ...],
              extra: Sequence[CustomItem] | None) -> tuple[CatalogItem, ...]:
    siblings: dict[str | None, int] = {}
    for item in existing:
        siblings[item.parent] = siblings.get(item.parent, 0) + 1
    added = []
    for entry in extra or ():
        order = siblings.get(entry.parent, 0)
        siblings[entry.parent] = order + 1
        added.append(CatalogItem(
            id=entry.id, standard_id=entry.checklist_id, clause=entry.clause, kind=entry.kind,
            parent=entry.parent, title=filled(entry.title), description=filled(entry.description),
            order=order, basis=Basis.RECOMMENDED, custom=True,
        ))
    return (*existing, *added)
