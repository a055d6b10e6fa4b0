"""The honest readiness assessment of an open project, computed in one place.

:func:`assess` gathers everything the "how ready are we" views need from the
project file and the rules: the three readiness layers per standard and for
the integrated system, the certification gates and the internal audit
coverage matrix, auditor independence warnings, the certificate states and
deadlines, the audit-time estimate, the action plan with its overdue actions,
expired evidence, and the readiness history. The GUI, the CLI
(``auditready-cli readiness --format json``) and the reports all read the same
:class:`Assessment`, so they can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from desktop.catalog.rules import load_cycle_rules
from desktop.domain.assessment import INTEGRATED, Assessment
from desktop.domain.audit_time import (
    FAMILY_SYSTEM,
    AuditTimeEstimate,
    AuditTimeInputs,
    estimate_audit_time,
    inputs_from_project,
)
from desktop.domain.certificates import (
    CycleRules,
    certificate_status,
    opening_warnings,
)
from desktop.domain.coverage import coverage_matrix
from desktop.domain.gates import GateInputs, evaluate_gates, independence_warnings
from desktop.domain.history import snapshot_needed
from desktop.domain.layers import (
    integrated_layers,
    standard_layers,
)
from desktop.domain.model import Text
from desktop.domain.records import EvidenceMeta, ReadinessSnapshot
from desktop.errors import CorruptProjectError
from desktop.services.changes import Changes
from desktop.services.records import record_snapshot
from desktop.services.session import ProjectSession

__all__ = ["AUDIT_TIME_KEY", "CYCLE_RULES_KEY", "INTEGRATED", "Assessment", "assess",
           "audit_time_inputs", "cycle_rules", "take_snapshot"]

AUDIT_TIME_KEY = "audit_time"
"""Project setting holding the audit-time inputs (``AuditTimeInputs.to_json()``)."""

CYCLE_RULES_KEY = "cycle_rules"
"""Project setting holding a project's own certificate cycle rules (``CycleRules.to_json()``)."""

_T = TypeVar("_T")



def cycle_rules(session: ProjectSession) -> CycleRules:
    """The certificate cycle rules in force: the project's own, else the bundled defaults.

    Raises:
        CatalogError: the bundled rule file is damaged (an installation problem).
        CorruptProjectError: the project's stored rules are malformed.
    """
    stored = session.store.records.setting(CYCLE_RULES_KEY)
    if stored is None:
        return load_cycle_rules()
    return _from_setting(CycleRules.from_json, stored, CYCLE_RULES_KEY)


def audit_time_inputs(session: ProjectSession) -> AuditTimeInputs:
    """The audit-time inputs: the stored ones, else defaults from the company profile.

    Defaults (:func:`~desktop.domain.audit_time.inputs_from_project`): everyone
    full time, medium complexity, no integration, the profile's number of sites.

    Raises:
        CorruptProjectError: the stored inputs are malformed.
    """
    stored = session.store.records.setting(AUDIT_TIME_KEY)
    if stored is not None:
        return _from_setting(AuditTimeInputs.from_json, stored, AUDIT_TIME_KEY)
    profile = session.store.profile()
    families = [s.family for s in session.standards() if s.family in FAMILY_SYSTEM]
    return inputs_from_project(profile.headcount, max(1, len(profile.sites)), families)


def _from_setting(parse: Callable[[Any], _T], stored: Any, key: str) -> _T:
    try:
        return parse(stored)
    except (ValueError, TypeError, KeyError) as exc:
        raise CorruptProjectError(
            f"The project's stored setting {key!r} is damaged: {exc}",
            f"项目中保存的设置 {key!r} 已损坏：{exc}",
        ) from exc


def _evidence_by_item(links: Mapping[str, Sequence[int]],
                      meta: Mapping[int, EvidenceMeta]) -> dict[str, list[EvidenceMeta]]:
    """The linked evidence that has metadata, by item, as its metadata (which names
    its evidence, :class:`~desktop.domain.layers.LinkedEvidence`): the layer rules
    pass over the rest (:func:`~desktop.domain.layers.item_layers`), so it is left
    out here."""
    return {item_id: list(filter(None, map(meta.get, ids))) for item_id, ids in links.items()}


def expired_warning(count: int) -> Text:
    """The opening warning about ``count`` expired evidence links (users may turn it off)."""
    return Text(
        f"{count} evidence link(s) have expired and no longer count towards readiness.",
        f"有 {count} 项证据已过期，不再计入就绪度。")


def assess(session: ProjectSession, today: dt.date | None = None) -> Assessment:
    """Compute the whole assessment of ``session`` for ``today`` (default: the local date).

    Reads the project once (states, evidence and its metadata, records,
    settings); every figure comes from the domain rules named in each field of
    :class:`Assessment`. Takes about as long as reading the project (tens of
    milliseconds for the sample).

    Raises:
        CorruptProjectError: a stored record or setting is malformed.
        CatalogError: the bundled certificate rule file is damaged.
    """
    today = today or dt.date.today()
    store, records = session.store, session.store.records
    standards = session.standards()
    states = store.item_states()
    meta = records.evidence_meta()
    evidence_by_item = _evidence_by_item(store.evidence_ids_by_item(), meta)
    system = records.system_info()
    profile = store.profile()
    audits, findings, reviews = records.audits(), records.findings(), records.reviews()

    layers = tuple(
        standard_layers(std, states, evidence_by_item, meta, today, system.operating_since)
        for std in standards)
    certificates = records.certificates()
    gates = evaluate_gates(GateInputs(
        standards=standards, states=states, sites=profile.sites, system=system,
        audits=tuple(audits), findings=tuple(findings), reviews=tuple(reviews), today=today,
        certificates=tuple(certificates)))

    rules = cycle_rules(session)
    statuses = tuple(certificate_status(c, rules, today) for c in certificates)

    inputs = audit_time_inputs(session)
    estimate: AuditTimeEstimate | None = None
    estimate_error: Text | None = None
    try:
        estimate = estimate_audit_time(inputs)
    except ValueError as exc:
        estimate_error = Text(f"No estimate: {exc}", f"无法估算：{exc}")

    actions = tuple(records.actions())
    overdue = tuple(a for a in actions if a.is_overdue(today))
    expired = tuple(e for lay in layers for e in lay.expired)
    warnings = list(opening_warnings(certificates, rules, today))
    if overdue:
        warnings.append(Text(
            f"{len(overdue)} action(s) in the action plan are overdue.",
            f"行动计划中有 {len(overdue)} 项行动已逾期。"))
    if expired:
        warnings.append(expired_warning(len(expired)))

    return Assessment(
        today=today,
        readiness=tuple(session.readiness()),
        layers=layers,
        integrated=integrated_layers(layers),
        gates=gates,
        coverage=coverage_matrix(standards, profile.sites, audits),
        independence=independence_warnings(audits),
        certificates=statuses,
        audit_time=estimate,
        audit_time_inputs=inputs,
        audit_time_error=estimate_error,
        actions=actions,
        overdue_actions=overdue,
        expired=expired,
        snapshots=tuple(records.snapshots()),
        rules=rules,
        warnings=tuple(warnings),
    )


def take_snapshot(session: ProjectSession, assessment: Assessment) -> Changes:
    """Keep today's readiness for the trend chart when it differs from the last snapshot.

    At most one snapshot per day is kept (a later one the same day replaces
    it); unchanged figures store nothing (:func:`desktop.domain.history.snapshot_needed`).

    Returns:
        ``Changes(records={"snapshots"})`` when one was stored, else empty ``Changes``.
    """
    previous = assessment.snapshots[-1] if assessment.snapshots else None
    figures = assessment.figures
    if not snapshot_needed(previous, figures, assessment.today):
        return Changes()
    return record_snapshot(session, ReadinessSnapshot(day=assessment.today, figures=figures))
