"""The readiness report as plain data, computed once and handed to any renderer.

:func:`build_report_data` takes what a service has already loaded (the
standards, the company profile, the item states and the evidence list) and
returns a frozen :class:`ReportData` in one report language. Renderers only
lay it out; they make no queries and compute no figures.

User text is cleaned on the way in: line breaks become ``\\n`` and control
characters that neither PDF nor XLSX can hold are dropped. Nothing is escaped
here; each renderer escapes for its own format.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from desktop.domain.assessment import Assessment
from desktop.domain.integrated import IntegratedGroup
from desktop.domain.model import (
    CatalogItem,
    CompanyProfile,
    Evidence,
    ItemKind,
    ItemState,
    ItemStatus,
    Lang,
    Standard,
)
from desktop.domain.names import clean_name
from desktop.domain.readiness import StandardReadiness, standard_readiness
from desktop.domain.records import (
    AuditProgramme,
    EvidenceMeta,
    Finding,
    InternalAudit,
    ManagementReview,
)
from desktop.reports.labels import basis_label, kind_label, label
from desktop.reports.matrix.matrix_model import MatrixReport

SHORT_SHA_LENGTH = 12
"""Hex digits of the SHA-256 shown in the evidence register."""

_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class ChecklistRow:
    """One checklist item as printed, in the report language.

    Attributes:
        item_id: catalog id, e.g. ``"iso9001-2015:5.2.2:M"``.
        standard_code: e.g. ``"ISO 9001"``.
        clause: clause number, e.g. ``"5.2.2"``.
        clause_title: title of the clause the item sits under ("" if none).
        title: the item's title.
        kind: maintain, retain or evidence.
        kind_text: e.g. ``"Document (maintain)"`` / ``"文件（保持）"``.
        status: the recorded status (not started when nothing is recorded).
        status_symbol: a symbol that reads without colour, e.g. ``"●"``.
        status_word: e.g. ``"Ready"`` / ``"就绪"``.
        status_text: symbol and word, e.g. ``"● Ready"`` / ``"● 就绪"``.
        owner: person responsible ("" if none).
        due_date: target date or ``None``.
        notes: the user's notes.
        justification: why the item is not applicable ("" otherwise).
        remarks: what the notes column prints: the justification (labelled)
            followed by the notes, joined by a line break.
        evidence_names: names of the evidence files linked to the item, sorted.
        basis_text: why the item is on the list, e.g. "◇ Shows clause 8.3 is met"
            (:func:`desktop.reports.labels.basis_label`).
        clause_title_official: False when the standard gives the enclosing
            clause no title; ``clause_title`` is then our label in [brackets].
    """

    item_id: str
    standard_code: str
    clause: str
    clause_title: str
    title: str
    kind: ItemKind
    kind_text: str
    status: ItemStatus
    status_symbol: str
    status_word: str
    status_text: str
    owner: str
    due_date: dt.date | None
    notes: str
    justification: str
    remarks: str
    evidence_names: tuple[str, ...]
    basis_text: str = ""
    clause_title_official: bool = True


@dataclass(frozen=True, slots=True)
class StandardSection:
    """One standard of the report: its names, its readiness and its checklist.

    Attributes:
        standard_id: e.g. ``"iso9001-2015"``.
        code: e.g. ``"ISO 9001"``.
        label: e.g. ``"ISO 9001:2015"``.
        designation: national and international numbers with amendments,
            e.g. ``"GB/T 19001-2016 / ISO 9001:2015"``.
        title: the standard's title in the report language.
        readiness: counts from :func:`desktop.domain.readiness.standard_readiness`.
        rows: every checklist item in document order.
    """

    standard_id: str
    code: str
    label: str
    designation: str
    title: str
    readiness: StandardReadiness
    rows: tuple[ChecklistRow, ...]


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """One evidence file in the register.

    Attributes:
        evidence_id: row id in the project file.
        name: original file name.
        size: bytes.
        media_type: e.g. ``"application/pdf"``.
        added_on: the day it was attached, in the report's time zone
            (see :func:`build_report_data`).
        sha256: full hex digest.
        sha256_short: the first :data:`SHORT_SHA_LENGTH` hex digits.
        serves: items it serves as ``"<standard code> <clause>"``, e.g.
            ``"ISO 9001 5.2.2"``, in the order of the report's standards, without
            repeats; ids of items outside the report's standards appear as is.
        item_ids: ids of the items it serves, in the same order, without repeats.
    """

    evidence_id: int
    name: str
    size: int
    media_type: str
    added_on: dt.date
    sha256: str
    sha256_short: str
    serves: tuple[str, ...]
    item_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportData:
    """Everything a readiness report prints, in one language; no queries, no Qt.

    Attributes:
        lang: report language, independent of the UI language.
        generated_at: when the report was made, as it should be printed.
        app_version: AuditReady version, e.g. ``"0.1.0"``.
        company: the organization (user text already cleaned).
        standards: one section per standard, in the order given.
        evidence: the evidence register, sorted by file name.
        assessment: gates, layers, certificates, actions, audit time and
            history of the project on the report day (``None``: not given).
        evidence_meta: what the user said about each evidence file (nature,
            version, approval and effective dates, review date), by evidence id.
        integrated: the 三体系 integrated view of the standards (shared
            requirements and what is specific to each standard).
        states: the recorded item states by item id (for the integrated view).
        programmes: internal audit programmes (ISO 9001:2015 9.2.2 a), as stored.
        audits: internal audits, planned and held, as stored.
        findings: findings of those audits, as stored.
        reviews: management reviews (ISO 9001:2015 9.3), as stored.
        prepared_by: who prepared the report (cover and sign-off); "" leaves a blank line.
        matrix: the responsibility matrix (职能分配表), ``None`` when the
            project has no departments.
    """

    lang: Lang
    generated_at: dt.datetime
    app_version: str
    company: CompanyProfile
    standards: tuple[StandardSection, ...]
    evidence: tuple[EvidenceRow, ...]
    assessment: Assessment | None = None
    evidence_meta: Mapping[int, EvidenceMeta] = field(default_factory=dict)
    integrated: tuple[IntegratedGroup, ...] = ()
    states: Mapping[str, ItemState] = field(default_factory=dict)
    programmes: tuple[AuditProgramme, ...] = ()
    audits: tuple[InternalAudit, ...] = ()
    findings: tuple[Finding, ...] = ()
    reviews: tuple[ManagementReview, ...] = ()
    prepared_by: str = ""
    matrix: MatrixReport | None = None


def clean_text(text: str) -> str:
    """Return ``text`` with line breaks as ``\\n`` and unprintable characters removed.

    ``\\r\\n`` and ``\\r`` become ``\\n``; tabs and line breaks are kept. C0
    controls, DEL, lone surrogates and the non-characters U+FFFE/U+FFFF are
    dropped: XLSX rejects them and they have no glyph in a PDF.
    """
    return _UNPRINTABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def build_report_data(
    *,
    standards: Sequence[Standard],
    profile: CompanyProfile,
    states: Mapping[str, ItemState],
    evidence: Sequence[Evidence],
    lang: Lang,
    generated_at: dt.datetime,
    app_version: str,
) -> ReportData:
    """Compute the readiness report from loaded project data; pure, no I/O.

    Args:
        standards: the standards to report on, in the order to print them.
        profile: the organization.
        states: recorded item states keyed by item id; items without a state
            count as not started. States of other items are ignored.
        evidence: every evidence file of the project; each file's
            ``item_ids`` link it to checklist items of any standard.
        lang: report language, ``"en"`` or ``"zh"``.
        generated_at: the moment to print as "generated". If it carries a
            time zone, evidence dates (stored in UTC) are converted to it;
            a naive value leaves them as UTC dates.
        app_version: AuditReady version to print.

    Returns:
        The report data; readiness per standard comes from
        :func:`desktop.domain.readiness.standard_readiness`.
    """
    names_by_item: dict[str, list[str]] = defaultdict(list)
    for ev in evidence:
        for item_id in dict.fromkeys(ev.item_ids):
            names_by_item[item_id].append(clean_text(clean_name(ev.name)))

    sections = tuple(_section(std, states, names_by_item, lang) for std in standards)
    checklist_items = [(std.code, item) for std in standards for item in std.checklist()]
    where = {
        item.id: (n, f"{code} {item.clause}") for n, (code, item) in enumerate(checklist_items)
    }
    register = tuple(
        sorted(
            (_evidence_row(ev, where, generated_at) for ev in evidence),
            key=lambda row: (row.name.casefold(), row.evidence_id),
        )
    )
    company = replace(
        profile,
        name=clean_text(profile.name),
        address=clean_text(profile.address),
        sites=tuple(clean_text(site) for site in profile.sites),
        scope=clean_text(profile.scope),
        preparer=clean_text(profile.preparer),
        preparer_title=clean_text(profile.preparer_title),
        approver=clean_text(profile.approver),
        approver_title=clean_text(profile.approver_title),
    )
    return ReportData(
        lang=lang,
        generated_at=generated_at,
        app_version=app_version,
        company=company,
        standards=sections,
        evidence=register,
    )


def _section(
    std: Standard,
    states: Mapping[str, ItemState],
    names_by_item: Mapping[str, list[str]],
    lang: Lang,
) -> StandardSection:
    by_id = {item.id: item for item in std.items}
    rows = []
    for item in std.checklist():
        state = states.get(item.id) or ItemState(item_id=item.id)
        clause_entry = _enclosing_clause(item, by_id)
        notes = clean_text(state.notes)
        # Only a "not applicable" item has a justification (ISO 9001:2015 4.3); one
        # left over on an applicable item (older project files) is not printed.
        na = state.status is ItemStatus.NOT_APPLICABLE
        justification = clean_text(state.justification) if na else ""
        remarks = [notes] if notes.strip() else []
        if justification.strip():
            remarks.insert(0, label("justification_line", lang).format(text=justification))
        rows.append(
            ChecklistRow(
                item_id=item.id,
                standard_code=std.code,
                clause=item.clause,
                clause_title=(clean_text(clause_entry.shown_title.get(lang))
                              if clause_entry else ""),
                title=clean_text(item.title.get(lang)),
                kind=item.kind,
                kind_text=kind_label(item.kind, lang),
                status=state.status,
                status_symbol=state.status.symbol,
                status_word=state.status.label.get(lang),
                status_text=f"{state.status.symbol} {state.status.label.get(lang)}",
                owner=clean_text(state.owner),
                due_date=state.due_date,
                notes=notes,
                justification=justification,
                remarks="\n".join(remarks),
                evidence_names=tuple(sorted(names_by_item.get(item.id, ()), key=str.casefold)),
                basis_text=basis_label(item.basis, item.clause, lang),
                clause_title_official=clause_entry.title_official if clause_entry else True,
            )
        )
    national = f"{std.national} / " if std.national else ""
    amendments = "".join(f"/{amd}" for amd in std.amendments)
    return StandardSection(
        standard_id=std.id,
        code=std.code,
        label=std.label,
        designation=f"{national}{std.label}{amendments}",
        title=clean_text(std.title.get(lang)),
        readiness=standard_readiness(std, states),
        rows=tuple(rows),
    )


def _enclosing_clause(item: CatalogItem, by_id: Mapping[str, CatalogItem]) -> CatalogItem | None:
    """Return the nearest ancestor of kind clause, or ``None`` (guards against parent loops)."""
    seen = {item.id}
    parent_id = item.parent
    while parent_id is not None and parent_id not in seen:
        parent = by_id.get(parent_id)
        if parent is None:
            return None
        if parent.kind is ItemKind.CLAUSE:
            return parent
        seen.add(parent_id)
        parent_id = parent.parent
    return None


def _evidence_row(
    ev: Evidence, where: Mapping[str, tuple[int, str]], generated_at: dt.datetime
) -> EvidenceRow:
    """Make the register row; ``where`` maps item id to (print position, "<code> <clause>")."""
    added = ev.added_at
    if generated_at.tzinfo is not None:
        if added.tzinfo is None:
            added = added.replace(tzinfo=dt.UTC)
        added = added.astimezone(generated_at.tzinfo)
    unknown = len(where)
    ordered = sorted(
        ev.item_ids, key=lambda item_id: (where.get(item_id, (unknown, ""))[0], item_id)
    )
    serves = dict.fromkeys(where[i][1] if i in where else i for i in ordered)
    return EvidenceRow(
        evidence_id=ev.id,
        name=clean_text(clean_name(ev.name)),
        size=ev.size,
        media_type=clean_text(ev.media_type),
        added_on=added.date(),
        sha256=ev.sha256,
        sha256_short=ev.sha256[:SHORT_SHA_LENGTH],
        serves=tuple(serves),
        item_ids=tuple(dict.fromkeys(ordered)),
    )
