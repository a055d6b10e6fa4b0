"""The sample company's system records: audits, findings, actions, certificates, history.

Jiangsu Chenxi (fictional) has held an ISO 9001 certificate for almost a year
and now prepares to extend it to ISO 14001 and ISO 45001 in one integrated
audit. Its records show what a consultant meets in practice:

- the system has run for five months; the climate change decision is recorded;
- the first integrated internal audit was held a month ago at both sites but
  did not audit ISO 9001 8.5 (production and service provision) at the
  warehouse, so the internal audit gate fails; an auditor from the quality
  department audited her own department (an independence warning);
- a minor nonconformity on calibration has a corrective action that is overdue;
- no management review has been held yet (a second failing gate);
- the ISO 9001 certificate's first surveillance audit falls due 60 days after
  the day the sample is created; ISO 14001 and ISO 45001 are planned with
  stage 1 in six weeks;
- readiness history of the last eight weeks, for the trend chart.

Every date is relative to the ``today`` the sample is created on.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from desktop.domain.audit_time import Adjustment, AuditTimeInputs, Complexity, System
from desktop.domain.model import ItemKind, Standard
from desktop.domain.records import (
    Action,
    ActionSource,
    ActionStatus,
    Auditor,
    AuditProgramme,
    Certificate,
    EvidenceMeta,
    EvidenceNature,
    Finding,
    FindingGrade,
    InternalAudit,
    LayerShares,
    ReadinessSnapshot,
    SystemInfo,
)
from desktop.services.assessment import AUDIT_TIME_KEY, assess
from desktop.services.records import (
    record_snapshot,
    save_action,
    save_audit,
    save_certificate,
    save_finding,
    save_programme,
    save_setting,
    set_evidence_meta,
    set_system_info,
)
from desktop.services.session import ProjectSession

CERTIFICATION_BODY = "苏信认证有限公司"
"""A fictional certification body; its approval number below has the CNCA format only."""

BODY_APPROVAL = "CNCA-R-2004-126"

MISSED_CLAUSE = "8.5"
"""The ISO 9001 clause the first internal audit did not cover at the warehouse."""

SURVEILLANCE_IN_DAYS = 60
"""Days from the sample's creation to the ISO 9001 first surveillance deadline."""

# evidence name -> (nature, version, months before creation it was approved / took place)
_EVIDENCE_META: dict[str, tuple[EvidenceNature, str, int]] = {
    "管理方针-QEHS-policy.pdf": (EvidenceNature.DOCUMENT, "A/0", 5),
    "环境因素识别评价表.xlsx": (EvidenceNature.DOCUMENT, "A/1", 2),
    "消防疏散演练照片.png": (EvidenceNature.RECORD, "", 6),
}

_HISTORY_WEEKS = (8, 6, 4, 2)
_HISTORY_FACTORS = (0.55, 0.68, 0.8, 0.9)


def _level_two_clauses(standard: Standard) -> list[str]:
    """Clause node ids like ``"iso9001-2015:8.5"`` of clauses 4 to 10."""
    return [i.id for i in standard.items
            if i.kind is ItemKind.CLAUSE and i.clause.count(".") == 1
            and i.clause.split(".")[0].isdigit() and 4 <= int(i.clause.split(".")[0]) <= 10]


def add_sample_records(session: ProjectSession, today: dt.date) -> None:
    """Add the records described in the module docstring to a freshly created sample.

    Args:
        session: the sample project, with its items, sites and evidence in place.
        today: the day the sample is created; every date is relative to it.

    Raises:
        UserError: the project cannot be written.
    """
    standards = session.standards()
    sites = session.store.profile().sites
    _evidence_metadata(session, today)
    set_system_info(session, SystemInfo(
        operating_since=today - relativedelta(months=5),
        climate_relevant=True,
        climate_decided_on=today - relativedelta(months=4),
        climate_rationale=(
            "夏季高温影响喷涂车间作业和员工热应激；主要客户开始要求提供产品碳排放数据。"
            "已纳入内外部因素分析和相关方要求。"),
    ))
    programme = save_programme(session, AuditProgramme(
        id=0, title=f"{today.year} 年度内部审核方案（三体系）",
        period_from=dt.date(today.year, 1, 1), period_to=dt.date(today.year, 12, 31),
        approved_by="总经理 周文华",
        notes="每年至少一次覆盖全部条款、全部场所的内部审核；过程重要性高的生产和安环过程每半年审核一次。",
    )).record_id
    coverage = [(clause, site) for std in standards for clause in _level_two_clauses(std)
                for site in sites
                if not (std.family == "iso9001" and clause.endswith(":" + MISSED_CLAUSE)
                        and site == sites[-1])]
    audit_id = save_audit(session, InternalAudit(
        id=0, title="第一次内部审核（三体系整合）", programme_id=programme,
        planned_on=today - dt.timedelta(days=32),
        held_from=today - dt.timedelta(days=30), held_to=today - dt.timedelta(days=28),
        auditors=(Auditor("孙建国", "管理层"), Auditor("王敏", "品质部"),
                  Auditor("刘洋", "技术部")),
        auditees=("生产部", "品质部", "采购部", "仓储部", "安环部", "行政人事部"),
        coverage=tuple(coverage),
        notes="二厂仓库当天因盘点停工，8.5 生产和服务提供未能现场审核，需补充审核。",
    )).record_id
    assert audit_id is not None
    calibration = save_finding(session, Finding(
        id=0, audit_id=audit_id, grade=FindingGrade.MINOR, clause_id="iso9001-2015:7.1.5",
        site=sites[0],
        statement=("一厂车间搬迁后，三坐标测量机和 12 把卡尺未重新校准即投入使用，"
                   "校准标识仍为搬迁前日期。"),
    )).record_id
    save_finding(session, Finding(
        id=0, audit_id=audit_id, grade=FindingGrade.OBSERVATION,
        clause_id="iso14001-2015:6.1.3", site=sites[0],
        statement="法律法规清单尚未收录 2026 年新发布的地方 VOCs 排放标准。",
    ))
    save_finding(session, Finding(
        id=0, audit_id=audit_id, grade=FindingGrade.IMPROVEMENT,
        clause_id="iso45001-2018:5.4", site=sites[-1],
        statement="仓库叉车司机对参与危险源辨识的方式了解不多，可在班前会上增加沟通。",
    ))
    _actions(session, today, calibration)
    _certificates(session, standards, today)
    _audit_time(session)
    _history(session, today)


def _evidence_metadata(session: ProjectSession, today: dt.date) -> None:
    for ev in session.store.evidence_list():
        spec = _EVIDENCE_META.get(ev.name)
        if spec is None:
            continue
        nature, version, months = spec
        when = today - relativedelta(months=months)
        set_evidence_meta(session, EvidenceMeta(
            evidence_id=ev.id, nature=nature, version=version,
            approved_on=when if nature is EvidenceNature.DOCUMENT else None,
            effective_from=when,
        ))


def _actions(session: ProjectSession, today: dt.date, finding_id: int | None) -> None:
    save_action(session, Action(
        id=0, title="对搬迁后的计量器具全部重新校准，并把“计量器具复校”加入搬迁检查表",
        source=ActionSource.FINDING, source_ref=str(finding_id), owner="品质部 王敏",
        due_on=today - dt.timedelta(days=7), status=ActionStatus.IN_PROGRESS,
        root_cause="车间搬迁方案只考虑了设备安装和调试，没有把计量器具复校列为搬迁后的必做项。",
        created_on=today - dt.timedelta(days=27),
    ), today=today)
    save_action(session, Action(
        id=0, title="补充审核二厂仓库的 ISO 9001 8.5（标识、防护、交付）",
        source=ActionSource.GATE, source_ref="internal_audit", owner="管理者代表 孙建国",
        due_on=today + dt.timedelta(days=14), status=ActionStatus.OPEN,
        created_on=today - dt.timedelta(days=25),
    ), today=today)
    save_action(session, Action(
        id=0, title="召开首次三体系管理评审，逐项评审各标准要求的输入",
        source=ActionSource.GATE, source_ref="management_review", owner="总经理 周文华",
        due_on=today + dt.timedelta(days=21), status=ActionStatus.OPEN,
        created_on=today - dt.timedelta(days=25),
    ), today=today)


def _certificates(session: ProjectSession, standards: tuple[Standard, ...],
                  today: dt.date) -> None:
    issued = today + dt.timedelta(days=SURVEILLANCE_IN_DAYS) - relativedelta(months=12)
    scope = session.store.profile().scope
    for std in standards:
        if std.family == "iso9001":
            save_certificate(session, Certificate(
                id=0, standard_id=std.id, body=CERTIFICATION_BODY, body_approval=BODY_APPROVAL,
                number="26Q10318R0S", scope=scope,
                stage1_on=issued - dt.timedelta(days=70), stage2_on=issued - dt.timedelta(days=35),
                issued_on=issued, expires_on=issued + relativedelta(years=3) - dt.timedelta(days=1),
            ))
        elif std.family in ("iso14001", "iso45001"):
            save_certificate(session, Certificate(
                id=0, standard_id=std.id, body=CERTIFICATION_BODY, body_approval=BODY_APPROVAL,
                scope=scope, stage1_on=today + dt.timedelta(days=42),
                stage2_on=today + dt.timedelta(days=84),
            ))


def _audit_time(session: ProjectSession) -> None:
    families = {s.family for s in session.standards()}
    systems = tuple((system, complexity) for family, system, complexity in (
        ("iso9001", System.QMS, Complexity.MEDIUM),
        ("iso14001", System.EMS, Complexity.MEDIUM),
        ("iso45001", System.OHSMS, Complexity.HIGH),
    ) if family in families)
    inputs = AuditTimeInputs(
        full_time=74, part_time=12, part_time_hours=20.0, systems=systems,
        adjustments=(Adjustment("二厂仅为仓库，活动简单",
                                -5.0),),
        integration_percent=80.0, sites=max(1, len(session.store.profile().sites)),
    )
    save_setting(session, AUDIT_TIME_KEY, inputs.to_json())


def _scaled(shares: LayerShares, factor: float) -> LayerShares:
    return LayerShares(documented=shares.documented * factor,
                       implemented=shares.implemented * factor,
                       sustained=shares.sustained * factor * factor,
                       overall=shares.overall * factor)


def _history(session: ProjectSession, today: dt.date) -> None:
    now = assess(session, today)
    for weeks, factor in zip(_HISTORY_WEEKS, _HISTORY_FACTORS, strict=True):
        figures = tuple((key, _scaled(shares, factor)) for key, shares in now.figures)
        record_snapshot(session, ReadinessSnapshot(
            day=today - dt.timedelta(weeks=weeks), figures=figures))
    record_snapshot(session, ReadinessSnapshot(day=today, figures=now.figures))
