"""Record services: what each refuses (in both languages), what it stores, what it reports."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.domain.model import CompanyProfile
from desktop.domain.records import (
    Action,
    ActionSource,
    ActionStatus,
    Auditor,
    AuditProgramme,
    Certificate,
    CertificateEvent,
    CertificateEventKind,
    EvidenceMeta,
    EvidenceNature,
    Finding,
    FindingGrade,
    InternalAudit,
    LayerShares,
    ManagementReview,
    ReadinessSnapshot,
    SystemInfo,
)
from desktop.errors import ValidationError
from desktop.services import records as svc
from desktop.services.changes import Changes
from desktop.services.evidence import attach_evidence
from desktop.services.session import ProjectSession

D = dt.date
TODAY = D(2026, 6, 15)
POLICY = "iso9001-2015:5.2.2:M"


def _refused(call: object, en: str, zh: str) -> None:
    """``call()`` raises a ValidationError whose messages contain ``en`` and ``zh``."""
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    assert en in caught.value.en, caught.value.en
    assert zh in caught.value.zh, caught.value.zh


def _audit(**changes: object) -> InternalAudit:
    base = InternalAudit(0, "2026 第一次内部审核", held_from=D(2026, 6, 8), held_to=D(2026, 6, 10),
                         auditors=(Auditor("李娜", "品质部"),),
                         coverage=(("iso9001-2015:8.5", "Site A"),))
    return replace(base, **changes)  # type: ignore[arg-type]


def _new_audit(project: ProjectSession) -> int:
    record_id = svc.save_audit(project, _audit()).record_id
    assert record_id is not None
    return record_id


# --- evidence metadata and system facts ----------------------------------------------


def test_evidence_metadata_is_stored_and_reports_the_items_it_serves(
    project: ProjectSession, tmp_path: Path
) -> None:
    source = tmp_path / "质量方针.pdf"
    source.write_bytes(b"policy")
    evidence_id = attach_evidence(project, [POLICY], source).evidence_id
    assert evidence_id is not None
    meta = EvidenceMeta(evidence_id, EvidenceNature.DOCUMENT, " A/2 ", D(2027, 1, 1),
                        D(2026, 1, 10), None, D(2027, 1, 10))  # approved ahead: allowed
    changes = svc.set_evidence_meta(project, meta)
    assert changes == Changes(items=frozenset({POLICY}), records=frozenset({"evidence_meta"}),
                              record_id=evidence_id)
    assert changes.readiness
    assert project.store.records.evidence_meta()[evidence_id].version == "A/2"
    assert svc.set_evidence_meta(project, meta._replace(version="A/2")) == Changes()


def test_evidence_metadata_dates_must_make_sense(project: ProjectSession, tmp_path: Path) -> None:
    source = tmp_path / "记录.pdf"
    source.write_bytes(b"record")
    evidence_id = attach_evidence(project, [POLICY], source).evidence_id
    assert evidence_id is not None
    meta = EvidenceMeta(evidence_id, EvidenceNature.RECORD)
    _refused(lambda: svc.set_evidence_meta(project, EvidenceMeta(99)),
             "Evidence #99 no longer exists", "已不存在证据 #99")
    _refused(lambda: svc.set_evidence_meta(project, meta._replace(effective_to=D(2026, 3, 1))),
             "first day", "开始日期")
    _refused(lambda: svc.set_evidence_meta(project, meta._replace(
        effective_from=D(2026, 3, 2), effective_to=D(2026, 3, 1))),
             "ends before it starts", "结束日期早于开始日期")
    _refused(lambda: svc.set_evidence_meta(project, meta._replace(
        effective_from=D(2026, 3, 2), review_by=D(2026, 3, 1))),
             "review date is before", "评审日期早于")
    assert project.store.records.evidence_meta() == {}


def test_a_climate_decision_needs_its_date(project: ProjectSession) -> None:
    _refused(lambda: svc.set_system_info(project, SystemInfo(climate_relevant=False)),
             "climate change", "气候变化")
    info = SystemInfo(D(2026, 1, 1), True, D(2026, 2, 1), " 洪水风险 ")
    assert svc.set_system_info(project, info).records == {"system"}
    assert project.store.records.system_info() == replace(info, climate_rationale="洪水风险")
    assert svc.set_system_info(project, replace(info, climate_rationale="洪水风险")) == Changes()


# --- programmes and audits -------------------------------------------------------------


def test_programme_rules_and_delete(project: ProjectSession) -> None:
    programme = AuditProgramme(0, "2026 年度审核方案", D(2026, 1, 1), D(2026, 12, 31))
    _refused(lambda: svc.save_programme(project, replace(programme, title="  ")),
             "title", "名称")
    _refused(lambda: svc.save_programme(project, replace(programme, period_to=D(2025, 12, 31))),
             "ends before it starts", "结束日期早于开始日期")
    changes = svc.save_programme(project, programme)
    assert changes.records == {"programmes"} and changes.record_id == 1
    audit_id = svc.save_audit(project, _audit(programme_id=1)).record_id
    assert svc.delete_programme(project, 1).records == {"programmes", "audits"}
    assert [(a.id, a.programme_id) for a in project.store.records.audits()] == [(audit_id, None)]
    _refused(lambda: svc.delete_programme(project, 1),
             "Audit programme #1 no longer exists", "已不存在审核方案 #1")
    _refused(lambda: svc.save_audit(project, _audit(programme_id=1)),
             "Audit programme #1 no longer exists", "已不存在审核方案 #1")


def test_audit_dates_and_auditors(project: ProjectSession) -> None:
    _refused(lambda: svc.save_audit(project, _audit(held_from=D(2026, 6, 10),
                                                    held_to=D(2026, 6, 9))),
             "last day is before its first day", "最后一天早于第一天")
    _refused(lambda: svc.save_audit(project, _audit(held_from=None)),
             "first day of the audit", "审核的第一天")
    _refused(lambda: svc.save_audit(project, _audit(auditors=(Auditor(" ", "品质部"),))),
             "auditor needs a name", "审核员都必须填写姓名")
    _refused(lambda: svc.save_audit(project, _audit(title="")), "title", "名称")
    assert project.store.records.audits() == []


def test_audit_coverage_must_be_clauses_and_sites_of_the_project(project: ProjectSession) -> None:
    for clause_id in (POLICY, "iso9001-2026:9.2", "iso9001-2015:99"):
        _refused(lambda c=clause_id: svc.save_audit(project, _audit(coverage=((c, "Site A"),))),
                 "is not a clause of this project's standards", "不是本项目所含标准的条款")
    _refused(lambda: svc.save_audit(project, _audit(coverage=(("iso9001-2015:9.2", "Site C"),))),
             "'Site C' is not one of the company's sites (Site A, Site B)",
             "'Site C' 不是本公司的场所（Site A、Site B）")
    _refused(lambda: svc.save_audit(project, _audit(coverage=(("iso9001-2015:9.2", ""),))),
             "Choose the site", "请选择场所")
    coverage = (("iso9001-2015:9.2", "Site A"), (" iso9001-2015:9.2", "Site A "),
                ("iso45001-2018:9.2", "Site B"))
    audit = _audit(coverage=coverage, auditees=(" 生产部", "", "生产部", "品质部"))
    changes = svc.save_audit(project, audit)
    assert changes.records == {"audits"}
    stored = project.store.records.audits()
    assert [a.coverage for a in stored] == [(("iso9001-2015:9.2", "Site A"),
                                              ("iso45001-2018:9.2", "Site B"))]
    assert [a.auditees for a in stored] == [("生产部", "品质部")]


def test_a_company_without_sites_covers_site_blank(project: ProjectSession) -> None:
    project.store.set_profile(CompanyProfile("单一场所公司"))
    _refused(lambda: svc.save_audit(project, _audit(coverage=(("iso9001-2015:9.2", "一厂"),))),
             "names no sites", "没有填写任何场所")
    svc.save_audit(project, _audit(coverage=(("iso9001-2015:9.2", ""),)))
    assert [a.coverage for a in project.store.records.audits()] == [(("iso9001-2015:9.2", ""),)]


def test_deleting_an_audit_reports_its_findings_too(project: ProjectSession) -> None:
    audit_id = _new_audit(project)
    svc.save_finding(project, Finding(0, audit_id, FindingGrade.OBSERVATION, "标识不清"))
    changes = svc.delete_audit(project, audit_id)
    assert changes.records == {"audits", "findings"} and changes.record_id == audit_id
    assert project.store.records.findings() == []


# --- findings and their corrective actions ----------------------------------------------


def test_finding_needs_an_audit_a_statement_and_known_clause_and_site(
    project: ProjectSession,
) -> None:
    audit_id = _new_audit(project)
    finding = Finding(0, audit_id, FindingGrade.MINOR, "卡尺超期未校准", "iso9001-2015:7.1.5",
                      "Site B")
    _refused(lambda: svc.save_finding(project, replace(finding, audit_id=42)),
             "Internal audit #42 no longer exists", "已不存在内部审核 #42")
    _refused(lambda: svc.save_finding(project, replace(finding, statement=" ")),
             "objective evidence", "客观证据")
    _refused(lambda: svc.save_finding(project, replace(finding, clause_id=POLICY)),
             "not a clause", "不是本项目所含标准的条款")
    _refused(lambda: svc.save_finding(project, replace(finding, site="Site Z")),
             "not one of the company's sites", "不是本公司的场所")
    _refused(lambda: svc.save_finding(project, replace(finding, grade=FindingGrade.OBSERVATION,
                                                       closed_on=D(2026, 6, 7))),
             "before the audit", "早于提出它的审核开始日期")
    changes = svc.save_finding(project, finding)
    assert changes.records == {"findings"} and changes.record_id == 1


def test_a_nonconformity_closes_only_after_a_done_corrective_action(
    project: ProjectSession,
) -> None:
    audit_id = _new_audit(project)
    minor = Finding(0, audit_id, FindingGrade.MINOR, "培训记录缺签字")
    _refused(lambda: svc.save_finding(project, replace(minor, closed_on=D(2026, 6, 20))),
             "minor nonconformity can be closed only after a corrective action",
             "一般不符合只有在其关联的纠正措施完成后才能关闭")
    finding_id = svc.save_finding(project, minor).record_id
    assert finding_id is not None
    closed = replace(minor, id=finding_id, closed_on=D(2026, 6, 20))
    fix = Action(0, "补签培训记录", ActionSource.FINDING, str(finding_id))
    action_id = svc.save_action(project, fix, today=TODAY).record_id
    _refused(lambda: svc.save_finding(project, closed), "corrective action", "纠正措施")
    # An action for another finding does not count.
    other = svc.save_finding(project, replace(minor, statement="另一项")).record_id
    svc.save_action(project, Action(0, "别的", ActionSource.FINDING, str(other),
                                    status=ActionStatus.DONE), today=TODAY)
    _refused(lambda: svc.save_finding(project, closed), "corrective action", "纠正措施")

    svc.save_action(project, replace(fix, id=action_id or 0, status=ActionStatus.DONE),
                    today=TODAY)
    assert svc.save_finding(project, closed).record_id == finding_id
    assert not project.store.records.findings()[0].is_open


def test_observations_close_without_an_action(project: ProjectSession) -> None:
    audit_id = _new_audit(project)
    note = Finding(0, audit_id, FindingGrade.IMPROVEMENT, "可引入目视化看板",
                   closed_on=D(2026, 6, 10))
    assert svc.save_finding(project, note).record_id == 1


def test_the_last_done_action_of_a_closed_finding_cannot_be_undone(
    project: ProjectSession,
) -> None:
    audit_id = _new_audit(project)
    finding_id = svc.save_finding(project, Finding(0, audit_id, FindingGrade.MAJOR,
                                                   "未进行管理评审")).record_id
    done = Action(0, "召开管理评审", ActionSource.FINDING, str(finding_id),
                  status=ActionStatus.DONE)
    action_id = svc.save_action(project, done, today=TODAY).record_id
    assert action_id is not None
    stored = project.store.records.findings()[0]
    svc.save_finding(project, replace(stored, closed_on=D(2026, 6, 30)))

    _refused(lambda: svc.save_action(project, replace(done, id=action_id,
                                                      status=ActionStatus.IN_PROGRESS)),
             f"Finding #{finding_id} is closed", f"审核发现 #{finding_id} 已关闭")
    _refused(lambda: svc.delete_action(project, action_id), "Reopen the finding first",
             "请先重新打开该审核发现")
    assert project.store.records.actions()[0].status is ActionStatus.DONE

    svc.save_finding(project, replace(stored, closed_on=None))
    assert svc.delete_action(project, action_id).records == {"actions"}


# --- actions -------------------------------------------------------------------------------


def test_action_dates_default_to_today(project: ProjectSession) -> None:
    _refused(lambda: svc.save_action(project, Action(0, " ")), "Enter what the action",
             "请填写该行动的内容")
    changes = svc.save_action(project, Action(0, " 补充内审员培训 ", due_on=D(2026, 7, 1)),
                              today=TODAY)
    assert changes.records == {"actions"} and changes.record_id == 1
    [action] = project.store.records.actions()
    assert (action.title, action.created_on, action.closed_on) == ("补充内审员培训", TODAY, None)

    svc.save_action(project, replace(action, status=ActionStatus.DONE), today=D(2026, 6, 20))
    assert project.store.records.actions()[0].closed_on == D(2026, 6, 20)
    svc.save_action(project, replace(action, status=ActionStatus.OPEN), today=D(2026, 6, 21))
    reopened = project.store.records.actions()[0]
    assert (reopened.created_on, reopened.closed_on) == (TODAY, None)
    _refused(lambda: svc.save_action(project, replace(action, status=ActionStatus.CANCELLED,
                                                      closed_on=D(2026, 6, 1))),
             "closed before it was raised", "关闭日期不能早于提出日期")


def test_a_corrective_action_must_name_an_existing_finding(project: ProjectSession) -> None:
    _refused(lambda: svc.save_action(project, Action(0, "纠正", ActionSource.FINDING, "7")),
             "Finding #7 does not exist", "审核发现 #7 不存在")
    assert project.store.records.actions() == []


# --- reviews and certificates -----------------------------------------------------------


def test_review_standards_must_be_the_projects(project: ProjectSession) -> None:
    review = ManagementReview(0, D(2026, 7, 1), "王强", ("王强", " ", "李娜"),
                              ("iso9001-2015", "iso14001-2015"),
                              frozenset({"iso9001:9.3.2.a", " iso14001:9.3.b ", ""}))
    _refused(lambda: svc.save_review(project, replace(review, standard_ids=())),
             "Choose the standards", "请选择本次管理评审覆盖的标准")
    _refused(lambda: svc.save_review(project, replace(review, standard_ids=("iso9001-2026",))),
             "'iso9001-2026' is not one of this project's standards", "不是本项目所含的标准")
    changes = svc.save_review(project, review)
    assert changes.records == {"reviews"}
    [stored] = project.store.records.reviews()
    assert stored.attendees == ("王强", "李娜")
    assert stored.inputs == {"iso9001:9.3.2.a", "iso14001:9.3.b"}
    assert svc.delete_review(project, stored.id).records == {"reviews"}


def test_certificate_rules(project: ProjectSession) -> None:
    cert = Certificate(0, "iso14001-2015", body="方圆标志认证集团",
                       body_approval=" CNCA-R-2002-004 ",
                       stage1_on=D(2026, 3, 2), stage2_on=D(2026, 4, 16),
                       issued_on=D(2026, 5, 20), expires_on=D(2029, 5, 19))
    _refused(lambda: svc.save_certificate(project, replace(cert, standard_id="iso14001-2026")),
             "not one of this project's standards", "不是本项目所含的标准")
    _refused(lambda: svc.save_certificate(project, replace(cert, body_approval="CNCA-02-004")),
             "not a CNCA approval number", "不是认监委批准号")
    _refused(lambda: svc.save_certificate(project, replace(cert, expires_on=D(2026, 5, 20))),
             "expiry date must be after the issue date", "必须晚于颁发日期")
    _refused(lambda: svc.save_certificate(project, replace(cert, stage2_on=D(2026, 3, 1))),
             "stage 2 audit cannot end before the stage 1", "第二阶段审核的日期不能早于第一阶段")
    _refused(lambda: svc.save_certificate(project, replace(cert, issued_on=D(2026, 4, 15))),
             "cannot be issued before the stage 2", "颁发日期不能早于第二阶段审核")

    events = (CertificateEvent(CertificateEventKind.SUSPENDED, D(2028, 6, 1)),
              CertificateEvent(CertificateEventKind.SURVEILLANCE, D(2027, 5, 10)),
              CertificateEvent(CertificateEventKind.RESTORED, D(2028, 7, 1)))
    changes = svc.save_certificate(project, replace(cert, events=events))
    assert changes.records == {"certificates"} and changes.record_id == 1
    [stored] = project.store.records.certificates()
    assert stored.body_approval == "CNCA-R-2002-004"
    assert [e.on for e in stored.events] == [D(2027, 5, 10), D(2028, 6, 1), D(2028, 7, 1)]
    assert svc.delete_certificate(project, 1).records == {"certificates"}
    _refused(lambda: svc.delete_certificate(project, 1), "Certificate #1 no longer exists",
             "已不存在证书 #1")


# --- settings and snapshots --------------------------------------------------------------


def test_settings_must_be_json_and_known_settings_must_parse(project: ProjectSession) -> None:
    _refused(lambda: svc.save_setting(project, " ", 1), "needs a name", "必须有名称")
    _refused(lambda: svc.save_setting(project, "chart", {"scale": math.nan}),
             "'chart' cannot be stored", "无法保存设置 'chart'")
    _refused(lambda: svc.save_setting(project, "chart", {1, 2}), "cannot be stored", "无法保存")
    _refused(lambda: svc.save_setting(project, "audit_time", {"sites": 2}),
             "'audit_time' cannot be stored", "无法保存设置 'audit_time'")
    _refused(lambda: svc.save_setting(project, "cycle_rules", {"suspension_months": 6}),
             "'cycle_rules' cannot be stored", "无法保存设置 'cycle_rules'")
    assert project.store.records.setting("audit_time") is None
    value = {"full_time": 55, "sites": 2, "systems": [{"system": "qms", "complexity": "medium"}]}
    assert svc.save_setting(project, "audit_time", value).records == {"settings"}
    assert project.store.records.setting("audit_time") == value


def _snapshot(day: dt.date, overall: float) -> ReadinessSnapshot:
    return ReadinessSnapshot(day, (("iso9001-2015", LayerShares(0.5, 0.25, 0.0, overall)),
                                   ("integrated", LayerShares(0.5, 0.25, 0.0, overall))))


def test_snapshots_keep_one_per_day_and_skip_unchanged_figures(project: ProjectSession) -> None:
    records = project.store.records
    assert svc.record_snapshot(project, _snapshot(D(2026, 6, 1), 0.25)).records == {"snapshots"}
    # Same figures the next day: nothing stored.
    assert svc.record_snapshot(project, _snapshot(D(2026, 6, 2), 0.25)) == Changes()
    assert [s.day for s in records.snapshots()] == [D(2026, 6, 1)]
    # New figures the same day replace that day's.
    assert svc.record_snapshot(project, _snapshot(D(2026, 6, 1), 0.5)).records == {"snapshots"}
    assert records.snapshots() == [_snapshot(D(2026, 6, 1), 0.5)]
    # New figures another day add a point to the trend.
    svc.record_snapshot(project, _snapshot(D(2026, 6, 3), 0.75))
    assert records.snapshots() == [_snapshot(D(2026, 6, 1), 0.5), _snapshot(D(2026, 6, 3), 0.75)]


def test_a_share_outside_zero_to_one_is_refused(project: ProjectSession) -> None:
    _refused(lambda: svc.record_snapshot(project, _snapshot(D(2026, 6, 1), 1.5)),
             "between 0 and 1", "0 到 1 之间")
    assert project.store.records.snapshots() == []
