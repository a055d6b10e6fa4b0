"""Records of a running management system: evidence metadata, internal audits,
management reviews, actions, certificates and readiness snapshots.

These are the facts a certification body checks at stage 1 (ISO/IEC 17021-1
9.3.1.2): that the system has been operating, that internal audits and a
management review were planned and performed, and that findings were acted on.
Every type is immutable (frozen dataclasses; evidence metadata a named tuple),
so values cross threads and reach report renderers unchanged. Rules over them
live in :mod:`desktop.domain.layers`, :mod:`desktop.domain.gates`,
:mod:`desktop.domain.certificates` and :mod:`desktop.domain.audit_time`.

Identifiers: every record has an integer ``id`` given by the project file
(``0`` for a record not stored yet). Clause references are catalog clause node
ids such as ``"iso9001-2015:8.5"``; item references are checklist item ids.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from desktop.domain.model import Text


class EvidenceNature(StrEnum):
    """Whether an evidence file is a document or a record (ISO 9001:2015 7.5).

    - ``document``: documented information to *maintain* (a procedure, a
      policy): it has a version and an approval date.
    - ``record``: documented information to *retain* (minutes, a register
      extract, a calibration certificate): it covers a period of operation.
    """

    DOCUMENT = "document"
    RECORD = "record"

    @property
    def label(self) -> Text:
        """User-facing name."""
        return _NATURE_LABELS[self]


_NATURE_LABELS = {
    EvidenceNature.DOCUMENT: Text("Document", "文件"),
    EvidenceNature.RECORD: Text("Record", "记录"),
}


class EvidenceMeta(NamedTuple):
    """What the user said about one evidence file, beyond the file itself.

    A named tuple rather than a frozen dataclass like the other records: a
    large project builds tens of thousands of them on every opening, and a
    tuple is made several times faster (see :mod:`desktop.store.meta_rows`).
    Change one with ``meta._replace(field=value)``.

    Attributes:
        evidence_id: the :class:`~desktop.domain.model.Evidence` it describes.
        nature: document or record; ``None`` while not stated.
        version: document version as printed on it, e.g. ``"A/2"``; may be empty.
        approved_on: date the document was approved (documents).
        effective_from: first day the record covers or the document takes
            effect; distinct from the upload date.
        effective_to: last day a record covers (``None``: a single day,
            ``effective_from``).
        review_by: date by which it must be reviewed or after which it expires;
            ``None`` means "use the item's freshness rule" (computed, per item).
    """

    evidence_id: int
    nature: EvidenceNature | None = None
    version: str = ""
    approved_on: dt.date | None = None
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None
    review_by: dt.date | None = None

    @property
    def id(self) -> int:
        """The evidence id, under the name the layer rules read
        (:class:`~desktop.domain.layers.LinkedEvidence`)."""
        return self.evidence_id


@dataclass(frozen=True, slots=True)
class SystemInfo:
    """Project-wide facts about the management system (one per project).

    Attributes:
        operating_since: the go-live date from which the system has run as
            documented; the operating-period gate counts months from it.
        climate_relevant: the decision recorded under ISO 9001/14001/45001
            Amd 1:2024 (4.1): whether climate change is a relevant issue;
            ``None`` while no decision is recorded.
        climate_decided_on: when that decision was made.
        climate_rationale: why, in the user's words.
    """

    operating_since: dt.date | None = None
    climate_relevant: bool | None = None
    climate_decided_on: dt.date | None = None
    climate_rationale: str = ""


@dataclass(frozen=True, slots=True)
class AuditProgramme:
    """An internal audit programme (ISO 9001:2015 9.2.2 a): audits planned for a period.

    Attributes:
        id: row id.
        title: e.g. "2026 internal audit programme".
        period_from / period_to: the period it plans (inclusive dates).
        approved_by: who approved it; may be empty.
        notes: free text (criteria, method, frequency rationale).
    """

    id: int
    title: str
    period_from: dt.date
    period_to: dt.date
    approved_by: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Auditor:
    """An internal auditor on one audit.

    Attributes:
        name: person's name.
        department: the department the auditor belongs to; an auditor whose
            department is among the auditees audits their own work
            (ISO 9001:2015 9.2.2 c): objectivity and impartiality).
    """

    name: str
    department: str = ""


@dataclass(frozen=True, slots=True)
class InternalAudit:
    """One internal audit, planned or held.

    Attributes:
        id: row id.
        programme_id: the :class:`AuditProgramme` it belongs to, or ``None``.
        title: e.g. "2026 first internal audit (integrated)".
        planned_on: planned start date, or ``None``.
        held_from / held_to: actual first and last day; ``None`` while not held.
        auditors: the audit team, lead auditor first.
        auditees: departments audited, e.g. ("生产部", "品质部").
        coverage: (clause node id, site) pairs the audit covered, e.g.
            ``("iso9001-2015:8.5", "一厂")``; a company with no named sites
            uses the site ``""``.
        notes: free text.
    """

    id: int
    title: str
    programme_id: int | None = None
    planned_on: dt.date | None = None
    held_from: dt.date | None = None
    held_to: dt.date | None = None
    auditors: tuple[Auditor, ...] = ()
    auditees: tuple[str, ...] = ()
    coverage: tuple[tuple[str, str], ...] = ()
    notes: str = ""

    @property
    def held(self) -> bool:
        """True once the audit has taken place (``held_from`` is set)."""
        return self.held_from is not None


class FindingGrade(StrEnum):
    """Grade of an audit finding (ISO/IEC 17021-1 3.12/3.13 for nonconformities)."""

    MAJOR = "major"
    MINOR = "minor"
    OBSERVATION = "observation"
    IMPROVEMENT = "improvement"

    @property
    def label(self) -> Text:
        """User-facing name."""
        return _GRADE_LABELS[self]

    @property
    def is_nonconformity(self) -> bool:
        """True for major and minor nonconformities (they need corrective action)."""
        return self in (FindingGrade.MAJOR, FindingGrade.MINOR)


_GRADE_LABELS = {
    FindingGrade.MAJOR: Text("Major nonconformity", "严重不符合"),
    FindingGrade.MINOR: Text("Minor nonconformity", "一般不符合"),
    FindingGrade.OBSERVATION: Text("Observation", "观察项"),
    FindingGrade.IMPROVEMENT: Text("Opportunity for improvement", "改进机会"),
}


@dataclass(frozen=True, slots=True)
class Finding:
    """A finding raised by an internal audit.

    Attributes:
        id: row id.
        audit_id: the :class:`InternalAudit` that raised it.
        grade: see :class:`FindingGrade`.
        statement: what was found, with the objective evidence.
        clause_id: clause node id it is raised against, e.g. ``"iso14001-2015:6.1.3"``;
            may be empty.
        site: where it was found; may be empty.
        closed_on: when the finding was closed (corrective action done and
            verified); ``None`` while open.
    """

    id: int
    audit_id: int
    grade: FindingGrade
    statement: str
    clause_id: str = ""
    site: str = ""
    closed_on: dt.date | None = None

    @property
    def is_open(self) -> bool:
        """True while the finding is not closed."""
        return self.closed_on is None


@dataclass(frozen=True, slots=True)
class ManagementReview:
    """A management review meeting (ISO 9001:2015 9.3, ISO 14001:2015 9.3, ISO 45001:2018 9.3).

    Attributes:
        id: row id.
        held_on: meeting date.
        chair: top manager who chaired it.
        attendees: names or roles present.
        standard_ids: standards the review covered (an integrated review covers several).
        inputs: ids of the required inputs that were considered, as defined in
            :mod:`desktop.domain.reviews` (e.g. ``"iso9001:9.3.2.c.1"``).
        outputs: decisions and actions, in the user's words (9.3.3).
    """

    id: int
    held_on: dt.date
    chair: str = ""
    attendees: tuple[str, ...] = ()
    standard_ids: tuple[str, ...] = ()
    inputs: frozenset[str] = frozenset()
    outputs: str = ""


class ActionSource(StrEnum):
    """Where an action in the action plan comes from."""

    GAP = "gap"          # a checklist item that is not ready (source_ref: item id)
    GATE = "gate"        # a failing certification gate (source_ref: gate id)
    FINDING = "finding"  # an audit finding (source_ref: finding id as text)
    OTHER = "other"      # anything else the user adds

    @property
    def label(self) -> Text:
        """User-facing name."""
        return _SOURCE_LABELS[self]


_SOURCE_LABELS = {
    ActionSource.GAP: Text("Checklist gap", "检查项差距"),
    ActionSource.GATE: Text("Certification gate", "认证前提条件"),
    ActionSource.FINDING: Text("Audit finding", "审核发现"),
    ActionSource.OTHER: Text("Other", "其他"),
}


class ActionStatus(StrEnum):
    """Progress of an action."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> Text:
        """User-facing name."""
        return _ACTION_STATUS_LABELS[self]

    @property
    def is_closed(self) -> bool:
        """True for done and cancelled actions."""
        return self in (ActionStatus.DONE, ActionStatus.CANCELLED)


_ACTION_STATUS_LABELS = {
    ActionStatus.OPEN: Text("Open", "未开始"),
    ActionStatus.IN_PROGRESS: Text("In progress", "进行中"),
    ActionStatus.DONE: Text("Done", "已完成"),
    ActionStatus.CANCELLED: Text("Cancelled", "已取消"),
}


@dataclass(frozen=True, slots=True)
class Action:
    """One line of the action plan; for a finding, its corrective action (ISO 9001:2015 10.2).

    Attributes:
        id: row id.
        title: what is to be done.
        source: see :class:`ActionSource`.
        source_ref: item id, gate id or finding id (as text) it comes from; may be empty.
        owner: person responsible.
        due_on: due date, or ``None``.
        status: see :class:`ActionStatus`.
        root_cause: for corrective actions, the cause found (10.2.1 b).
        effectiveness: how effectiveness was checked and the result (10.2.1 d).
        effectiveness_checked_on: when it was checked; ``None`` while not checked.
        created_on: when the action was raised.
        closed_on: when it was done or cancelled.
    """

    id: int
    title: str
    source: ActionSource = ActionSource.OTHER
    source_ref: str = ""
    owner: str = ""
    due_on: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    root_cause: str = ""
    effectiveness: str = ""
    effectiveness_checked_on: dt.date | None = None
    created_on: dt.date | None = None
    closed_on: dt.date | None = None

    def is_overdue(self, today: dt.date) -> bool:
        """True when the action is not closed and its due date is before ``today``."""
        return not self.status.is_closed and self.due_on is not None and self.due_on < today


class CertificateEventKind(StrEnum):
    """Something that happened to a certificate after it was issued."""

    SURVEILLANCE = "surveillance"        # a surveillance audit was held (date: last day)
    RECERT_APPLIED = "recert_applied"    # recertification applied for
    RECERTIFIED = "recertified"          # recertification audit passed (a new certificate follows)
    SUSPENDED = "suspended"              # the body suspended the certificate
    RESTORED = "restored"                # suspension lifted
    WITHDRAWN = "withdrawn"              # withdrawn / revoked by the body (撤销)
    CANCELLED = "cancelled"              # cancelled (注销), e.g. at the holder's request

    @property
    def label(self) -> Text:
        """User-facing name."""
        return _EVENT_LABELS[self]


_EVENT_LABELS = {
    CertificateEventKind.SURVEILLANCE: Text("Surveillance audit held", "已完成监督审核"),
    CertificateEventKind.RECERT_APPLIED: Text("Recertification applied for", "已申请再认证"),
    CertificateEventKind.RECERTIFIED: Text("Recertified", "已通过再认证"),
    CertificateEventKind.SUSPENDED: Text("Suspended", "被暂停"),
    CertificateEventKind.RESTORED: Text("Suspension lifted", "已恢复"),
    CertificateEventKind.WITHDRAWN: Text("Withdrawn", "被撤销"),
    CertificateEventKind.CANCELLED: Text("Cancelled", "被注销"),
}


@dataclass(frozen=True, slots=True)
class CertificateEvent:
    """A dated event in a certificate's life.

    Attributes:
        kind: see :class:`CertificateEventKind`.
        on: the date (for an audit, its last day).
        note: free text.
    """

    kind: CertificateEventKind
    on: dt.date
    note: str = ""


@dataclass(frozen=True, slots=True)
class Certificate:
    """A management system certificate, or the certification being prepared.

    Attributes:
        id: row id.
        standard_id: the catalog standard, e.g. ``"iso14001-2015"``.
        body: certification body name.
        body_approval: its CNCA approval number, format ``CNCA-R-YYYY-NNN``
            (validated by :func:`desktop.domain.certificates.check_approval_number`).
        number: certificate number; empty while not issued.
        scope: certified scope as printed on the certificate.
        stage1_on / stage2_on: last day of the stage 1 and stage 2 audits.
        issued_on / expires_on: certificate dates; ``None`` while not issued.
        events: surveillance audits, suspension and so on, in date order.
    """

    id: int
    standard_id: str
    body: str = ""
    body_approval: str = ""
    number: str = ""
    scope: str = ""
    stage1_on: dt.date | None = None
    stage2_on: dt.date | None = None
    issued_on: dt.date | None = None
    expires_on: dt.date | None = None
    events: tuple[CertificateEvent, ...] = ()


@dataclass(frozen=True, slots=True)
class LayerShares:
    """Weighted shares of the three readiness layers, each 0.0-1.0.

    Attributes:
        documented / implemented / sustained: see :mod:`desktop.domain.layers`.
        overall: the weighted share of ready applicable items (the classic figure).
    """

    documented: float
    implemented: float
    sustained: float
    overall: float


@dataclass(frozen=True, slots=True)
class ReadinessSnapshot:
    """Readiness on one day, kept for the trend chart (at most one per day).

    Attributes:
        day: the local date it was taken.
        figures: per standard id, plus ``"integrated"`` for the whole system.
    """

    day: dt.date
    figures: tuple[tuple[str, LayerShares], ...]
