"""Domain types shared by every layer: bilingual text, the catalog, item state, evidence.

All types are frozen dataclasses or enums with no behaviour beyond simple
derived values, so they can cross threads and be handed to report renderers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = ("en", "zh")


@dataclass(frozen=True, slots=True)
class Text:
    """A piece of user-facing text in English and Simplified Chinese."""

    en: str
    zh: str

    def get(self, lang: str) -> str:
        """Return the text in ``lang`` ("zh..." gives Chinese, anything else English)."""
        return self.zh if lang.startswith("zh") else self.en


class ItemKind(StrEnum):
    """What a catalog entry is.

    ``clause`` entries form the tree and carry no state. The other three are
    checklist items a user sets a status on:

    - ``maintain``: documented information the organization must maintain
      (a controlled document), e.g. ISO 9001:2015 5.2.2 quality policy.
    - ``retain``: documented information the organization must retain
      (a record), e.g. ISO 9001:2015 9.3.3 results of management reviews.
    - ``evidence``: no documented information is required, but auditors
      expect to see evidence (interview notes, minutes, registers).
    """

    CLAUSE = "clause"
    MAINTAIN = "maintain"
    RETAIN = "retain"
    EVIDENCE = "evidence"

    @property
    def is_checklist(self) -> bool:
        """True for entries that carry a status (everything but ``clause``)."""
        return self is not ItemKind.CLAUSE

    @property
    def is_mandatory_documented(self) -> bool:
        """True for mandatory documented information (maintain or retain)."""
        return self in (ItemKind.MAINTAIN, ItemKind.RETAIN)


@dataclass(frozen=True, slots=True)
class CatalogItem:
    """One entry of a standard's knowledge base.

    Attributes:
        id: globally unique, e.g. ``"iso9001-2015:7.5.3"`` (clause) or
            ``"iso9001-2015:5.2.2:M"`` (checklist item).
        standard_id: id of the owning :class:`Standard`.
        clause: clause number as printed in the standard, e.g. ``"7.5.3"``.
        kind: see :class:`ItemKind`.
        parent: id of the parent entry, ``None`` for a top-level clause.
        title, description: bilingual, written in our own words.
        amendment: e.g. ``"Amd 1:2024"`` when the entry comes from an amendment.
        order: position among siblings in the source file (0-based).
    """

    id: str
    standard_id: str
    clause: str
    kind: ItemKind
    parent: str | None
    title: Text
    description: Text
    amendment: str | None = None
    order: int = 0


@dataclass(frozen=True, slots=True)
class Standard:
    """One edition of a management-system standard with its checklist.

    Attributes:
        id: e.g. ``"iso9001-2015"``.
        code: e.g. ``"ISO 9001"``.
        edition: e.g. ``"2015"``.
        amendments: amendments included, e.g. ``("Amd 1:2024",)``.
        national: Chinese identical adoption, e.g. ``"GB/T 19001-2016"``.
        system: ``"QMS"``, ``"EMS"`` or ``"OHSMS"`` (IAF MD 5 table family).
        title: bilingual title of the standard.
        items: every entry in document order (parents before children).
    """

    id: str
    code: str
    edition: str
    amendments: tuple[str, ...]
    national: str
    system: str
    title: Text
    items: tuple[CatalogItem, ...]

    @property
    def label(self) -> str:
        """E.g. ``"ISO 9001:2015"``."""
        return f"{self.code}:{self.edition}"

    def checklist(self) -> tuple[CatalogItem, ...]:
        """Return the entries that carry a status (maintain, retain, evidence)."""
        return tuple(i for i in self.items if i.kind.is_checklist)


@dataclass(frozen=True)
class Catalog:
    """All standards known to this version of AuditReady.

    Attributes:
        standards: in display order (ISO 9001, ISO 14001, ISO 45001).
    """

    standards: tuple[Standard, ...]
    _by_id: dict[str, CatalogItem] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for std in self.standards:
            for item in std.items:
                self._by_id[item.id] = item

    def standard(self, standard_id: str) -> Standard:
        """Return the standard with this id.

        Raises:
            KeyError: no such standard.
        """
        for std in self.standards:
            if std.id == standard_id:
                return std
        raise KeyError(standard_id)

    def item(self, item_id: str) -> CatalogItem:
        """Return the entry with this id.

        Raises:
            KeyError: no such entry.
        """
        return self._by_id[item_id]

    def has_item(self, item_id: str) -> bool:
        """True if an entry with this id exists."""
        return item_id in self._by_id


class ItemStatus(StrEnum):
    """Progress of one checklist item. Stored in the project file by value."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    READY = "ready"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> Text:
        """Bilingual label as shown in reports and the UI."""
        return _STATUS_LABELS[self]

    @property
    def symbol(self) -> str:
        """A symbol that reads without colour (grayscale prints): ○ ◐ ● –."""
        return _STATUS_SYMBOLS[self]


_STATUS_LABELS = {
    ItemStatus.NOT_STARTED: Text("Not started", "未开始"),
    ItemStatus.IN_PROGRESS: Text("In progress", "进行中"),
    ItemStatus.READY: Text("Ready", "就绪"),
    ItemStatus.NOT_APPLICABLE: Text("Not applicable", "不适用"),
}
_STATUS_SYMBOLS = {
    ItemStatus.NOT_STARTED: "○",
    ItemStatus.IN_PROGRESS: "◐",
    ItemStatus.READY: "●",
    ItemStatus.NOT_APPLICABLE: "–",
}


@dataclass(frozen=True, slots=True)
class ItemState:
    """What the user recorded for one checklist item in one project.

    Attributes:
        item_id: a :class:`CatalogItem` id.
        status: see :class:`ItemStatus`.
        justification: required (non-blank) when status is not applicable
            (ISO 9001:2015 4.3: non-applicability must be justified).
        owner: person responsible, free text.
        due_date: target date, or ``None``.
        notes: free text.
        updated_at: when the state last changed (UTC).
    """

    item_id: str
    status: ItemStatus = ItemStatus.NOT_STARTED
    justification: str = ""
    owner: str = ""
    due_date: dt.date | None = None
    notes: str = ""
    updated_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A file stored inside the project, deduplicated by content.

    Attributes:
        id: row id in the project file.
        sha256: hex digest of the content; equal content is stored once.
        name: the original file name, e.g. ``"质量手册 V3.pdf"``.
        size: bytes.
        media_type: e.g. ``"application/pdf"``.
        added_at: when it was attached (UTC).
        item_ids: checklist items it serves (any standard), sorted.
    """

    id: int
    sha256: str
    name: str
    size: int
    media_type: str
    added_at: dt.datetime
    item_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CompanyProfile:
    """The organization being prepared for certification.

    Attributes:
        name: legal name.
        address: registered or main address.
        sites: names/addresses of every site in the scope (IAF MD 1 multi-site).
        headcount: number of personnel (effective number per IAF MD 5 comes later).
        scope: the scope statement as it should appear on the certificate.
    """

    name: str
    address: str = ""
    sites: tuple[str, ...] = ()
    headcount: int = 0
    scope: str = ""
