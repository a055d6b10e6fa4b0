"""Domain types shared by every layer: bilingual text, the catalog, item state, evidence.

All types are frozen dataclasses or enums with no behaviour beyond simple
derived values, so they can cross threads and be handed to report renderers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
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


class Basis(StrEnum):
    """Why a checklist item is on the list.

    - ``required``: the standard requires this documented information: only
      maintain/retain items, created by the standard's "shall maintain / shall
      retain documented information" (ISO 9001:2015 7.5.1 a).
    - ``demonstrates``: an evidence item. The clause it sits under is a
      requirement; the item names what usually shows that the requirement is
      met, but no particular document or record is required by the standard.
    - ``recommended``: good practice that auditors like to see but the
      standard does not require (e.g. a quality manual, ISO 9001:2015 does
      not require one).
    - ``cb_requested``: commonly requested by Chinese certification bodies in
      their audit-preparation lists; never a requirement of the standard.
    """

    REQUIRED = "required"
    DEMONSTRATES = "demonstrates"
    RECOMMENDED = "recommended"
    CB_REQUESTED = "cb_requested"

    @property
    def label(self) -> Text:
        """Bilingual label, e.g. "Required by the standard" / "标准要求"."""
        return _BASIS_LABELS[self]

    def describe(self, clause: str) -> Text:
        """The basis of an item under ``clause`` as a user reads it.

        E.g. for ``demonstrates`` and ``"7.5.3.2"``: "Shows that clause 7.5.3.2 is
        met; no specific document is required" / "证实满足第 7.5.3.2 条的要求；
        标准未规定须具备特定文件". The other bases give their :attr:`label`.
        """
        if self is Basis.DEMONSTRATES:
            return Text(
                f"Shows that clause {clause} is met; no specific document is required",
                f"证实满足第 {clause} 条的要求；标准未规定须具备特定文件")
        return self.label


class FreshnessBasis(StrEnum):
    """Whose rule a freshness rule is.

    - ``organization``: the standard says "at planned/specified intervals"
      and leaves the interval to the organization; ours is a default the user
      can change per project.
    - ``regulation``: a Chinese regulation sets it; :attr:`Freshness.citation`
      names the regulation and article.
    - ``cb_practice``: what certification bodies usually expect (e.g. records
      of the last 12 months, one internal audit per 12-month cycle); not a
      requirement of the standard.
    """

    ORGANIZATION = "organization"
    REGULATION = "regulation"
    CB_PRACTICE = "cb_practice"

    @property
    def label(self) -> Text:
        """Bilingual label, e.g. "Your organization's interval" / "组织自定的周期"."""
        return _FRESHNESS_BASIS_LABELS[self]


class FreshnessRule(StrEnum):
    """How evidence for an item goes stale.

    - ``within``: records must fall within the last ``months`` months
      (e.g. contract reviews of the last 12 months).
    - ``interval``: the activity must be repeated at least every ``months``
      months, so each record counts for ``months`` after its effective date
      (e.g. annual external calibration, yearly emergency drills).
    - ``latest``: only the current approved version counts (e.g. the legal
      register); superseded versions do not.
    """

    WITHIN = "within"
    INTERVAL = "interval"
    LATEST = "latest"


@dataclass(frozen=True, slots=True)
class Freshness:
    """A freshness rule of a checklist item.

    Attributes:
        rule: see :class:`FreshnessRule`.
        months: the period for ``within`` and ``interval`` (1-120); ``None`` for ``latest``.
        text: the rule as the user reads it, e.g. "Calibrate at the intervals you set".
        basis: whose rule it is, see :class:`FreshnessBasis`.
        citation: the regulation and article for a ``regulation`` basis, e.g.
            "工作场所职业卫生管理规定 第二十条"; ``None`` otherwise.
    """

    rule: FreshnessRule
    months: int | None
    text: Text
    basis: FreshnessBasis = FreshnessBasis.ORGANIZATION
    citation: Text | None = None


@dataclass(frozen=True, slots=True)
class Pitfall:
    """A common audit problem, shown as a warning on the items it concerns.

    Attributes:
        id: e.g. ``"consultant-internal-audit"``.
        title: short name.
        warning: what goes wrong and what to do instead, in our own words.
        source: where the problem is documented (e.g. a trade-magazine article).
    """

    id: str
    title: Text
    warning: Text
    source: str


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
        guidance: what an auditor looks for (checklist items).
        questions: 2-5 questions an internal auditor would ask.
        typical_evidence: names of documents and records that usually satisfy it.
        basis: see :class:`Basis`.
        freshness: how its evidence goes stale, if it does.
        pitfalls: ids of :class:`Pitfall` warnings that concern it.
        custom: True for items a user added to a project (not bundled).
        shared: id of the integrated-map entry this item declares it joins, if any.
        origin: for an entry carried over into a newer edition, the id of the
            entry it came from (e.g. ``"iso14001-2015:6.1.4:E"``).
        title_official: False for a clause the standard leaves untitled (e.g.
            ISO 9001:2015 4.4.1), whose title is our own label; shown in
            square brackets (:attr:`shown_title`).
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
    guidance: Text | None = None
    questions: tuple[Text, ...] = ()
    typical_evidence: tuple[Text, ...] = ()
    basis: Basis = Basis.REQUIRED
    freshness: Freshness | None = None
    pitfalls: tuple[str, ...] = ()
    custom: bool = False
    shared: str | None = None
    origin: str | None = None
    title_official: bool = True

    @property
    def shown_title(self) -> Text:
        """The title as shown to users: our own labels of untitled clauses in [brackets]."""
        if self.title_official:
            return self.title
        return Text(f"[{self.title.en}]", f"［{self.title.zh}］")


UNOFFICIAL_TITLE_NOTE = Text(
    "Titles in [brackets] are AuditReady's own labels: the standard gives "
    "these sub-clauses no title.",
    "方括号［］中的标题由本软件拟定：标准未给这些条款设标题。")
"""The legend explaining bracketed titles, for the clause tree, the PDF and the workbook."""


@dataclass(frozen=True, slots=True)
class Standard:
    """One edition of a management-system standard with its checklist.

    Attributes:
        id: e.g. ``"iso9001-2015"``.
        code: e.g. ``"ISO 9001"``.
        edition: e.g. ``"2015"``.
        amendments: amendments included, e.g. ``("Amd 1:2024",)``.
        national: Chinese identical adoption, e.g. ``"GB/T 19001-2016"``;
            empty when none exists yet (a new edition).
        system: ``"QMS"``, ``"EMS"``, ``"OHSMS"`` (IAF MD 5 table family) or
            ``"CUSTOM"`` for a checklist a user imported.
        title: bilingual title of the standard.
        items: every entry in document order (parents before children).
        status: ``"published"`` or ``"draft"`` (e.g. an FDIS not yet published).
        status_note: what is known about its publication, when not plainly published.
    """

    id: str
    code: str
    edition: str
    amendments: tuple[str, ...]
    national: str
    system: str
    title: Text
    items: tuple[CatalogItem, ...]
    status: str = "published"
    status_note: Text | None = None

    @property
    def label(self) -> str:
        """E.g. ``"ISO 9001:2015"``."""
        return f"{self.code}:{self.edition}" if self.edition else self.code

    @property
    def family(self) -> str:
        """The standard regardless of edition, e.g. ``"iso9001"`` for ISO 9001:2015 and :2026."""
        return self.code.lower().replace(" ", "").replace("/", "")

    @property
    def designation(self) -> str:
        """E.g. ``"GB/T 19001-2016/ISO 9001:2015"`` as Chinese certificates cite it."""
        return f"{self.national}/{self.label}" if self.national else self.label

    def checklist(self) -> tuple[CatalogItem, ...]:
        """Return the entries that carry a status (maintain, retain, evidence)."""
        return tuple(i for i in self.items if i.kind.is_checklist)


@dataclass(frozen=True, slots=True)
class SharedRequirement:
    """One requirement of the Harmonized Structure shared by several standards.

    In the integrated (三体系) view it is a single checklist item standing for
    the matching item of every selected standard: a status set on it is set
    on each target, evidence attached to it is linked to each target, and
    readiness stays computed per standard from the targets.

    Attributes:
        id: e.g. ``"ims:9.3:R"``.
        clause: the Harmonized Structure clause, e.g. ``"9.3"``.
        title, description: bilingual, in our own words.
        targets: catalog item ids it stands for, across standards and editions.
    """

    id: str
    clause: str
    title: Text
    description: Text
    targets: tuple[str, ...]


class ChangeKind(StrEnum):
    """How a clause changed from one edition to the next."""

    NEW = "new"
    CHANGED = "changed"
    MOVED = "moved"
    RETITLED = "retitled"
    REMOVED = "removed"

    @property
    def label(self) -> Text:
        """Bilingual label, e.g. "New" / "新增"."""
        return _CHANGE_LABELS[self]


@dataclass(frozen=True, slots=True)
class TransitionEntry:
    """One clause-level change between two editions of a standard.

    Attributes:
        change: see :class:`ChangeKind`.
        from_clause: clause in the old edition ("" for a new clause).
        to_clause: clause in the new edition ("" for a removed clause).
        note: what a company certified to the old edition must do, bilingual.
    """

    change: ChangeKind
    from_clause: str
    to_clause: str
    note: Text


@dataclass(frozen=True, slots=True)
class Transition:
    """The clause-by-clause map from one edition to the next.

    Attributes:
        from_id, to_id: standard ids, e.g. ``"iso14001-2015"`` → ``"iso14001-2026"``.
        period: bilingual description of the transition period.
        entries: the changes, in the new edition's clause order.
    """

    from_id: str
    to_id: str
    period: Text
    entries: tuple[TransitionEntry, ...]


@dataclass(frozen=True)
class Catalog:
    """All standards known to this version of AuditReady.

    Attributes:
        standards: in display order (ISO 9001, ISO 14001, ISO 45001), each
            family's editions oldest first.
        shared: the integrated management system map (Harmonized Structure).
        shared_clauses: headings of the integrated tree by clause ("4" … "10").
        pitfalls: common audit problems by id.
        transitions: edition-to-edition clause maps.
    """

    standards: tuple[Standard, ...]
    shared: tuple[SharedRequirement, ...] = ()
    shared_clauses: dict[str, Text] = field(default_factory=dict)
    pitfalls: dict[str, Pitfall] = field(default_factory=dict)
    transitions: tuple[Transition, ...] = ()
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

    def editions(self, family: str) -> tuple[Standard, ...]:
        """All editions of a family (e.g. ``"iso14001"``), oldest first."""
        return tuple(s for s in self.standards if s.family == family)

    def shared_for(self, standard_ids: Iterable[str]) -> tuple[SharedRequirement, ...]:
        """Shared requirements with a target in at least two of ``standard_ids``."""
        chosen = set(standard_ids)
        result = []
        for req in self.shared:
            owners = {self._by_id[t].standard_id for t in req.targets if t in self._by_id}
            if len(owners & chosen) >= 2:
                result.append(req)
        return tuple(result)

    def transition(self, from_id: str, to_id: str) -> Transition:
        """The clause map between two editions.

        Raises:
            KeyError: no map between them.
        """
        for tr in self.transitions:
            if (tr.from_id, tr.to_id) == (from_id, to_id):
                return tr
        raise KeyError((from_id, to_id))


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
_BASIS_LABELS = {
    Basis.REQUIRED: Text("Required by the standard", "标准要求"),
    Basis.DEMONSTRATES: Text("Evidence of a requirement", "证实要求的证据"),
    Basis.RECOMMENDED: Text("Recommended practice", "推荐做法"),
    Basis.CB_REQUESTED: Text("Commonly requested by certification bodies", "认证机构常要求提供"),
}
_FRESHNESS_BASIS_LABELS = {
    FreshnessBasis.ORGANIZATION: Text("Interval set by your organization (default, changeable)",
                                      "组织自定的周期（默认值，可修改）"),
    FreshnessBasis.REGULATION: Text("Set by regulation", "法规规定"),
    FreshnessBasis.CB_PRACTICE: Text("Certification body practice, not a requirement",
                                     "认证机构惯例，并非标准要求"),
}
_CHANGE_LABELS = {
    ChangeKind.NEW: Text("New", "新增"),
    ChangeKind.CHANGED: Text("Changed", "变更"),
    ChangeKind.MOVED: Text("Moved", "移位"),
    ChangeKind.RETITLED: Text("Retitled", "标题变更"),
    ChangeKind.REMOVED: Text("Removed", "删除"),
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
        preparer: who prepares the readiness reports (a person's name,
            e.g. "李敏"); printed on the cover, in the sign-off block and as
            the PDF author.
        preparer_title: the preparer's job title, e.g. "质量经理" / "Quality manager".
        approver: who approves the reports, usually top management (e.g. "周文华").
        approver_title: the approver's job title, e.g. "总经理" / "General manager".
    """

    name: str
    address: str = ""
    sites: tuple[str, ...] = ()
    headcount: int = 0
    scope: str = ""
    preparer: str = ""
    preparer_title: str = ""
    approver: str = ""
    approver_title: str = ""
