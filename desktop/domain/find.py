"""Find and filter over the checklist: which entries match what the user typed and chose.

Qt-free so the rules can be tested alone and run fast on every keystroke.
Every clause, checklist item and shared (三体系) requirement of a project
becomes one :class:`FindEntry` holding its searchable text in both languages
and the few facts the filters need. :func:`matching_ids` gives the ids of the
entries that pass the :class:`FindFilters`; the tree shows those and their
ancestors.

Rules:

- The text is split at white space; every word must occur (case-insensitive)
  somewhere in the entry's clause number, title, description, guidance,
  notes, owner or evidence file names, in English or Chinese.
- Clause headings carry no state: they match on text only, and never when a
  state filter (status, owner, due, mandatory, evidence) is on.
- A shared requirement matches a state filter when any of its targets does
  (e.g. it is "overdue" when one standard's item is overdue).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.model import CatalogItem, ItemState, ItemStatus

DUE_SOON_DAYS = 14
"""A due date this many days ahead (or fewer) counts as "due soon"."""

_OPEN = (ItemStatus.NOT_STARTED, ItemStatus.IN_PROGRESS)


class DueFilter(StrEnum):
    """The due-date filter.

    - ``any``: no filter.
    - ``due``: an open item (not started or in progress) due within
      :data:`DUE_SOON_DAYS` days, or already overdue.
    - ``overdue``: an open item whose due date has passed.
    """

    ANY = "any"
    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class FindFilters:
    """What the user typed and chose above the tree.

    Attributes:
        text: free text; white-space separated words, all must match.
        status: only items with this status (``None``: any status).
        owner: only items whose owner contains this text, case-insensitive
            (``None``: any owner; ``""``: only items without an owner).
        due: see :class:`DueFilter`.
        mandatory_only: only mandatory documented information (maintain/retain).
        no_evidence: only items without any evidence file.
        expired_evidence: only items with evidence that expired or was superseded.
    """

    text: str = ""
    status: ItemStatus | None = None
    owner: str | None = None
    due: DueFilter = DueFilter.ANY
    mandatory_only: bool = False
    no_evidence: bool = False
    expired_evidence: bool = False

    @property
    def has_state_filter(self) -> bool:
        """True when any filter other than the text is on."""
        return (self.status is not None or self.owner is not None
                or self.due is not DueFilter.ANY or self.mandatory_only
                or self.no_evidence or self.expired_evidence)

    @property
    def active(self) -> bool:
        """True when anything at all is asked for (text or a filter)."""
        return bool(self.text.strip()) or self.has_state_filter


@dataclass(frozen=True, slots=True)
class FindEntry:
    """One row the user can find: a clause, a checklist item or a shared requirement.

    Attributes:
        id: catalog item id or shared requirement id (e.g. ``"ims:9.3:R"``).
        haystack: every searchable text of the entry, case-folded, joined by newlines.
        is_clause: True for clause headings (no state).
        statuses: the status of each target (one for a plain item).
        owners: the non-blank owners of the targets.
        due_dates: the due dates of open targets (not started or in progress).
        mandatory: True when a target is mandatory documented information.
        evidence_count: number of distinct evidence files linked to the targets.
        expired: True when a target has expired or superseded evidence.
    """

    id: str
    haystack: str
    is_clause: bool = False
    statuses: frozenset[ItemStatus] = frozenset()
    owners: tuple[str, ...] = ()
    due_dates: tuple[dt.date, ...] = ()
    mandatory: bool = False
    evidence_count: int = 0
    expired: bool = False


def _texts(item: CatalogItem) -> list[str]:
    texts = [item.clause, item.title.en, item.title.zh, item.description.en,
             item.description.zh]
    if item.guidance is not None:
        texts += [item.guidance.en, item.guidance.zh]
    return texts


def build_entry(entry_id: str, items: Sequence[CatalogItem],
                states: Mapping[str, ItemState],
                evidence_names: Mapping[str, Mapping[int, str]],
                expired_items: Iterable[str] = (),
                extra_texts: Iterable[str] = ()) -> FindEntry:
    """The :class:`FindEntry` of a clause, an item or a shared requirement.

    Args:
        entry_id: the row's id.
        items: the catalog entries the row stands for (one, or a shared
            requirement's targets); a single clause makes a clause entry.
        states: recorded states by item id (missing: not started).
        evidence_names: by item id, the linked evidence files (id -> file name).
        expired_items: ids of items with expired or superseded evidence.
        extra_texts: more searchable text (e.g. a shared requirement's own title).
    """
    texts = list(extra_texts)
    for item in items:
        texts += _texts(item)
    if len(items) == 1 and items[0].kind.is_checklist is False:
        return FindEntry(entry_id, "\n".join(texts).casefold(), is_clause=True)
    expired = set(expired_items)
    found = [states.get(i.id) or ItemState(i.id) for i in items]
    files: dict[int, str] = {}
    for item in items:
        files.update(evidence_names.get(item.id, {}))
    texts += [s.notes for s in found] + [s.owner for s in found] + list(files.values())
    return FindEntry(
        id=entry_id,
        haystack="\n".join(t for t in texts if t).casefold(),
        statuses=frozenset(s.status for s in found),
        owners=tuple(dict.fromkeys(s.owner.strip() for s in found if s.owner.strip())),
        due_dates=tuple(s.due_date for s in found
                        if s.due_date is not None and s.status in _OPEN),
        mandatory=any(i.kind.is_mandatory_documented for i in items),
        evidence_count=len(files),
        expired=any(i.id in expired for i in items),
    )


def matches(entry: FindEntry, filters: FindFilters, today: dt.date) -> bool:
    """True when ``entry`` passes every part of ``filters`` (rules in the module docstring).

    ``today`` decides what is overdue (before today) and due soon.
    """
    words = filters.text.casefold().split()
    if any(word not in entry.haystack for word in words):
        return False
    if not filters.has_state_filter:
        return True
    if entry.is_clause:
        return False
    if filters.status is not None and filters.status not in entry.statuses:
        return False
    if filters.owner is not None:
        wanted = filters.owner.strip().casefold()
        if not wanted:
            if entry.owners:
                return False
        elif not any(wanted in owner.casefold() for owner in entry.owners):
            return False
    if filters.due is DueFilter.OVERDUE and not any(d < today for d in entry.due_dates):
        return False
    if filters.due is DueFilter.DUE:
        soon = today + dt.timedelta(days=DUE_SOON_DAYS)
        if not any(d <= soon for d in entry.due_dates):
            return False
    if filters.mandatory_only and not entry.mandatory:
        return False
    if filters.no_evidence and entry.evidence_count:
        return False
    return not (filters.expired_evidence and not entry.expired)


def matching_ids(entries: Iterable[FindEntry], filters: FindFilters,
                 today: dt.date) -> set[str]:
    """Ids of the ``entries`` that pass ``filters`` (all of them when nothing is asked)."""
    return {e.id for e in entries if matches(e, filters, today)}
