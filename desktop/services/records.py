"""User actions on the records of a running management system.

One function per user action: evidence metadata, system facts, internal audit
programmes, internal audits, findings, management reviews, the action plan,
certificates, project settings and readiness snapshots. Each function checks
its input first and raises :class:`~desktop.errors.ValidationError` (English
and Chinese) naming the problem, then writes in one transaction and returns
:class:`~desktop.services.changes.Changes` whose ``records`` names the kinds of
record changed and whose ``record_id`` is the saved or deleted row.

Saving a record with ``id`` 0 creates it; any other id updates that record, or
re-creates it under the same id when it was deleted (what undoing a delete
needs). Functions that default a date take ``today`` (default: the local date).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from desktop.domain.audit_time import AuditTimeInputs
from desktop.domain.certificates import CycleRules
from desktop.domain.records import EvidenceMeta, ReadinessSnapshot, SystemInfo
from desktop.errors import ValidationError
from desktop.services.audits.programme import (
    _changed,
    _not_before,
    _required,
    delete_action,
    delete_audit,
    delete_finding,
    delete_programme,
    delete_review,
    save_action,
    save_audit,
    save_finding,
    save_programme,
    save_review,
)
from desktop.services.certification import delete_certificate, save_certificate
from desktop.services.changes import Changes
from desktop.services.session import ProjectSession

__all__ = [
    "delete_action", "delete_audit", "delete_certificate", "delete_finding",
    "delete_programme", "delete_review", "record_snapshot", "save_action", "save_audit",
    "save_certificate", "save_finding", "save_programme", "save_review", "save_setting",
    "set_evidence_meta", "set_system_info",
]


_SETTING_FORMATS: dict[str, Callable[[Any], object]] = {
    "audit_time": AuditTimeInputs.from_json,
    "cycle_rules": CycleRules.from_json,
}
"""Settings whose value must parse: key -> the reader that refuses a bad value."""


# --- evidence metadata and system facts -------------------------------------------


def set_evidence_meta(session: ProjectSession, meta: EvidenceMeta) -> Changes:
    """Record what an evidence file is and the period it covers (ISO 9001:2015 7.5.3).

    Args:
        meta: the full metadata of ``meta.evidence_id`` (replaces what was stored).
            ``approved_on`` may lie in the future (a document approved ahead).

    Returns:
        Changes with records ``{"evidence_meta"}``, the items the evidence
        serves and ``record_id`` = the evidence id; empty when nothing changed.

    Raises:
        ValidationError: unknown evidence; ``effective_to`` without
            ``effective_from`` or before it; ``review_by`` before ``effective_from``.
    """
    try:
        evidence = session.store.evidence(meta.evidence_id)
    except KeyError:
        raise ValidationError(f"Evidence #{meta.evidence_id} no longer exists in this project.",
                              f"本项目中已不存在证据 #{meta.evidence_id}。") from None
    meta = meta._replace(version=meta.version.strip())
    if meta.effective_to is not None and meta.effective_from is None:
        raise ValidationError("Enter the first day the evidence covers, not only the last.",
                              "请填写证据覆盖期间的开始日期，而不只是结束日期。")
    _not_before(meta.effective_to, meta.effective_from,
                "The period covered ends before it starts.", "覆盖期间的结束日期早于开始日期。")
    _not_before(meta.review_by, meta.effective_from,
                "The review date is before the date the evidence takes effect.",
                "评审日期早于证据生效日期。")
    records = session.store.records
    with session.store.atomic():
        stored = records.evidence_meta([meta.evidence_id])
        if stored.get(meta.evidence_id, EvidenceMeta(meta.evidence_id)) == meta:
            return Changes()
        records.put_evidence_meta(meta)
    return _changed("evidence_meta", record_id=meta.evidence_id, items=evidence.item_ids)


def set_system_info(session: ProjectSession, info: SystemInfo) -> Changes:
    """Record the go-live date and the climate-change decision (Amd 1:2024 to 4.1).

    Returns:
        Changes with records ``{"system"}``; empty when nothing changed.

    Raises:
        ValidationError: a climate decision (relevant or not) without its date.
    """
    info = replace(info, climate_rationale=info.climate_rationale.strip())
    if info.climate_relevant is not None and info.climate_decided_on is None:
        raise ValidationError(
            "Enter the date on which climate change was judged relevant or not.",
            "请填写判定气候变化是否为相关议题的日期。")
    records = session.store.records
    with session.store.atomic():
        if records.system_info() == info:
            return Changes()
        records.put_system_info(info)
    return _changed("system")


# --- settings and snapshots -------------------------------------------------------------


def save_setting(session: ProjectSession, key: str, value: Any) -> Changes:
    """Store a project setting, e.g. ``"audit_time"`` or ``"cycle_rules"``.

    Args:
        key: the setting's name (not blank).
        value: JSON data (dicts, lists, text, finite numbers, booleans); None
            removes the setting. ``"audit_time"`` must be read by
            :meth:`~desktop.domain.audit_time.AuditTimeInputs.from_json` and
            ``"cycle_rules"`` by :meth:`~desktop.domain.certificates.CycleRules.from_json`.

    Returns:
        Changes with records ``{"settings"}``.

    Raises:
        ValidationError: blank key, a value that is not JSON data, or a value
            those readers refuse.
    """
    key = _required(key, "A setting needs a name.", "设置项必须有名称。")
    try:
        json.dumps(value, allow_nan=False)
        if value is not None and key in _SETTING_FORMATS:
            _SETTING_FORMATS[key](value)
    except (TypeError, ValueError) as exc:
        raise ValidationError(f"The setting {key!r} cannot be stored: {exc}.",
                              f"无法保存设置 {key!r}：{getattr(exc, 'zh', exc)}。") from exc
    session.store.records.put_setting(key, value)
    return _changed("settings")


def record_snapshot(session: ProjectSession, snapshot: ReadinessSnapshot) -> Changes:
    """Keep the day's readiness figures for the trend chart.

    At most one snapshot is kept per day (a later one replaces the same day's),
    and nothing is stored when the figures equal those of the latest stored
    snapshot (whatever its day).

    Returns:
        Changes with records ``{"snapshots"}`` when stored, else an empty Changes.

    Raises:
        ValidationError: a share outside 0.0-1.0 or not a number.
    """
    for standard_id, shares in snapshot.figures:
        for value in (shares.documented, shares.implemented, shares.sustained, shares.overall):
            if not (math.isfinite(value) and 0.0 <= value <= 1.0):
                raise ValidationError(
                    f"Readiness of {standard_id!r} must be a share between 0 and 1, not {value}.",
                    f"{standard_id!r} 的就绪度必须是 0 到 1 之间的比例，而不是 {value}。")
    records = session.store.records
    with session.store.atomic():
        stored = records.snapshots()
        if stored and dict(stored[-1].figures) == dict(snapshot.figures):
            return Changes()
        records.put_snapshot(snapshot)
    return _changed("snapshots")
