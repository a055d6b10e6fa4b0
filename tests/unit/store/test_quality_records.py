"""System records in the project file: round trips, cascades, v2 migration, damage, rollback."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

import pytest

from desktop.domain.model import CompanyProfile, ItemState, ItemStatus
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
from desktop.errors import CorruptProjectError, StorageFullError
from desktop.store import ProjectStore
from desktop.store import schema as schema_module
from desktop.store.schema import SCHEMA, Schema, m001_initial, m002_custom_content

MakeFile = Callable[[str, bytes], Path]
D = dt.date

PROGRAMME = AuditProgramme(0, "2026 年度内部审核方案", D(2026, 1, 1), D(2026, 12, 31),
                           approved_by="总经理 王强", notes="每年覆盖全部条款和场所")
AUDITORS = (Auditor("李娜", "品质部"), Auditor("Zhang Wei", "HR"))
COVERAGE = (("iso9001-2015:8.5", "总部 Headquarters"),
            ("iso9001-2015:8.5", "二厂 Plant 2, Wujiang"),
            ("iso14001-2015:6.1.3", "总部 Headquarters"))
CERT = Certificate(0, "iso9001-2015", body="中国质量认证中心", body_approval="CNCA-R-2002-001",
                   number="00126Q30001R0M", scope="精密零部件的设计和制造",
                   stage1_on=D(2026, 3, 2), stage2_on=D(2026, 4, 16), issued_on=D(2026, 5, 20),
                   expires_on=D(2029, 5, 19),
                   events=(CertificateEvent(CertificateEventKind.SURVEILLANCE, D(2027, 5, 10),
                                            "第一次监督审核"),
                           CertificateEvent(CertificateEventKind.SUSPENDED, D(2028, 6, 1))))
SHARES = LayerShares(documented=0.75, implemented=0.5, sustained=0.25, overall=0.625)


def _audit(programme_id: int | None = None, **changes: object) -> InternalAudit:
    fields: dict[str, object] = {
        "id": 0, "title": "2026 第一次内部审核（整合）", "programme_id": programme_id,
        "planned_on": D(2026, 6, 1), "held_from": D(2026, 6, 8), "held_to": D(2026, 6, 10),
        "auditors": AUDITORS, "auditees": ("生产部", "品质部"), "coverage": COVERAGE,
        "notes": "抽样"}
    fields.update(changes)
    return InternalAudit(**fields)  # type: ignore[arg-type]


def _count(store: ProjectStore, table: str) -> int:
    return int(store._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _edit(store: ProjectStore, sql: str) -> None:
    """Write a row behind the repository's back, even one that breaks a CHECK."""
    store._db.execute("PRAGMA ignore_check_constraints = ON").fetchall()
    store._db.execute(sql)
    store._db.execute("PRAGMA ignore_check_constraints = OFF").fetchall()


def test_a_new_project_has_no_records(store: ProjectStore) -> None:
    records = store.records
    assert records.evidence_meta() == {}
    assert records.system_info() == SystemInfo()
    assert (records.programmes(), records.audits(), records.findings(), records.reviews(),
            records.actions(), records.certificates(), records.snapshots()) == ([],) * 7
    assert records.setting("audit_time") is None


def test_every_record_type_survives_closing_and_reopening(
    store: ProjectStore, project_path: Path, make_file: MakeFile
) -> None:
    records = store.records
    evidence, _ = store.add_evidence(make_file("质量手册.pdf", b"manual A/2"))
    meta = EvidenceMeta(evidence.id, EvidenceNature.DOCUMENT, "A/2", D(2026, 1, 5),
                        D(2026, 1, 10), None, D(2027, 1, 10))
    records.put_evidence_meta(meta)
    system = SystemInfo(D(2026, 1, 1), False, D(2026, 2, 3), "沿海台风风险已在 6.1 中评估")
    records.put_system_info(system)
    programme_id = records.save_programme(PROGRAMME)
    audit_id = records.save_audit(_audit(programme_id))
    finding = Finding(0, audit_id, FindingGrade.MINOR, "2 把卡尺超过校准有效期",
                      "iso9001-2015:8.5", "二厂 Plant 2, Wujiang")
    finding_id = records.save_finding(finding)
    review = ManagementReview(0, D(2026, 7, 1), "王强", ("王强", "李娜"),
                              ("iso9001-2015", "iso14001-2015"),
                              frozenset({"iso9001:9.3.2.b", "iso9001:9.3.2.a"}), "增加校准预算")
    review_id = records.save_review(review)
    action = Action(0, "重新校准卡尺", ActionSource.FINDING, str(finding_id), "李娜",
                    D(2026, 6, 30), ActionStatus.DONE, "台账未设提醒", "抽查 10 把均在有效期",
                    D(2026, 7, 15), D(2026, 6, 10), D(2026, 6, 20))
    action_id = records.save_action(action)
    cert_id = records.save_certificate(CERT)
    snapshot = ReadinessSnapshot(D(2026, 6, 1), (("iso9001-2015", SHARES),
                                                 ("integrated", LayerShares(1.0, 0.0, 0.0, 0.5))))
    records.put_snapshot(snapshot)
    records.put_setting("audit_time", {"full_time": 137, "systems": [{"system": "qms"}]})
    store.close()

    with ProjectStore.open(project_path) as reopened:
        again = reopened.records
        assert again.evidence_meta() == {evidence.id: meta}
        assert again.system_info() == system
        assert again.programmes() == [AuditProgramme(programme_id, *_tail(PROGRAMME))]
        assert again.audits() == [_audit(programme_id, id=audit_id)]
        assert again.findings() == [Finding(finding_id, *_tail(finding))]
        assert again.reviews() == [ManagementReview(review_id, *_tail(review))]
        assert again.actions() == [Action(action_id, *_tail(action))]
        assert again.certificates() == [Certificate(cert_id, *_tail(CERT))]
        assert again.snapshots() == [snapshot]
        assert again.setting("audit_time") == {"full_time": 137,
                                               "systems": [{"system": "qms"}]}


def _tail(record: object) -> list[object]:
    """Every field of a record after its id, in order."""
    return [getattr(record, f.name) for f in fields(record)[1:]]  # type: ignore[arg-type]


def test_saving_again_updates_and_replaces_coverage_and_events(store: ProjectStore) -> None:
    records = store.records
    audit_id = records.save_audit(_audit())
    cert_id = records.save_certificate(CERT)
    changed = _audit(id=audit_id, title="改期", coverage=(("iso9001-2015:9.2", ""),),
                     auditors=())
    assert records.save_audit(changed) == audit_id
    assert records.save_certificate(Certificate(cert_id, "iso9001-2015")) == cert_id
    assert records.audits() == [changed]
    assert records.certificates() == [Certificate(cert_id, "iso9001-2015")]
    assert _count(store, "audit_coverage") == 1
    assert _count(store, "certificate_events") == 0


def test_ids_are_never_reused_but_a_deleted_record_can_come_back_under_its_id(
    store: ProjectStore,
) -> None:
    records = store.records
    audit_id = records.save_audit(_audit())
    first = records.save_finding(Finding(0, audit_id, FindingGrade.MAJOR, "无内审记录"))
    second = records.save_finding(Finding(0, audit_id, FindingGrade.OBSERVATION, "标识不清"))
    records.delete_finding(second)
    third = records.save_finding(Finding(0, audit_id, FindingGrade.MINOR, "培训记录缺签字"))
    assert (first, second, third) == (1, 2, 3)
    # Undoing the delete: the finding gets its old number back.
    restored = Finding(second, audit_id, FindingGrade.OBSERVATION, "标识不清")
    assert records.save_finding(restored) == second
    assert [f.id for f in records.findings()] == [1, 2, 3]


def test_deleting_an_audit_takes_its_findings_and_coverage(store: ProjectStore) -> None:
    records = store.records
    kept_id = records.save_audit(_audit(title="保留"))
    gone_id = records.save_audit(_audit(title="删除"))
    records.save_finding(Finding(0, kept_id, FindingGrade.MINOR, "a"))
    records.save_finding(Finding(0, gone_id, FindingGrade.MINOR, "b"))
    records.save_finding(Finding(0, gone_id, FindingGrade.IMPROVEMENT, "c"))
    records.delete_audit(gone_id)
    assert [a.id for a in records.audits()] == [kept_id]
    assert [f.statement for f in records.findings()] == ["a"]
    assert _count(store, "audit_coverage") == len(COVERAGE)


def test_deleting_a_programme_keeps_its_audits(store: ProjectStore) -> None:
    records = store.records
    programme_id = records.save_programme(PROGRAMME)
    audit_id = records.save_audit(_audit(programme_id))
    records.delete_programme(programme_id)
    assert records.programmes() == []
    assert records.audits() == [_audit(None, id=audit_id)]


def test_deleting_a_certificate_takes_its_events(store: ProjectStore) -> None:
    records = store.records
    records.delete_certificate(records.save_certificate(CERT))
    assert records.certificates() == []
    assert _count(store, "certificate_events") == 0


def test_removing_evidence_removes_its_metadata(store: ProjectStore, make_file: MakeFile) -> None:
    kept, _ = store.add_evidence(make_file("kept.pdf", b"kept"))
    gone, _ = store.add_evidence(make_file("gone.pdf", b"gone"))
    for evidence in (kept, gone):
        store.records.put_evidence_meta(EvidenceMeta(evidence.id, EvidenceNature.RECORD))
    store.remove_evidence(gone.id)
    assert store.records.evidence_meta() == {kept.id: EvidenceMeta(kept.id, EvidenceNature.RECORD)}


def test_deleting_a_missing_record_is_a_key_error(store: ProjectStore) -> None:
    with pytest.raises(KeyError):
        store.records.delete_action(7)
    with pytest.raises(KeyError):
        store.records.delete_review(7)


def test_snapshots_keep_one_per_day_oldest_first(store: ProjectStore) -> None:
    records = store.records
    later = ReadinessSnapshot(D(2026, 6, 2), (("integrated", SHARES),))
    morning = ReadinessSnapshot(D(2026, 6, 1), (("integrated", LayerShares(0, 0, 0, 0)),))
    evening = ReadinessSnapshot(D(2026, 6, 1), (("integrated", LayerShares(0.5, 0, 0, 0.25)),))
    for snapshot in (later, morning, evening):
        records.put_snapshot(snapshot)
    assert records.snapshots() == [evening, later]


def test_a_setting_of_none_is_removed(store: ProjectStore) -> None:
    store.records.put_setting("cycle_rules", {"suspension_months": 6})
    store.records.put_setting("cycle_rules", None)
    assert store.records.setting("cycle_rules") is None
    assert _count(store, "settings") == 0


def _v2_project(path: Path, make_file: MakeFile, monkeypatch: pytest.MonkeyPatch) -> int:
    """Create a version 2 project with some data; return its evidence id."""
    monkeypatch.setattr(schema_module, "SCHEMA",
                        Schema(steps=(m001_initial, m002_custom_content)))
    with ProjectStore.create(path, CompanyProfile("老项目", sites=("一厂",)),
                             ["iso9001-2015"]) as old:
        old.put_item_state(ItemState("iso9001-2015:5.2.2:M", status=ItemStatus.READY))
        evidence, _ = old.add_evidence(make_file("policy.pdf", b"policy v1"))
        old.link_evidence(evidence.id, "iso9001-2015:5.2.2:M")
        assert old.schema_version() == 2
    monkeypatch.setattr(schema_module, "SCHEMA", SCHEMA)
    return evidence.id


def test_a_version_2_project_migrates_on_open_and_keeps_its_data(
    project_path: Path, make_file: MakeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    evidence_id = _v2_project(project_path, make_file, monkeypatch)

    with ProjectStore.open(project_path) as migrated:
        assert migrated.schema_version() == SCHEMA.version
        assert migrated.profile().sites == ("一厂",)
        assert migrated.item_state("iso9001-2015:5.2.2:M").status is ItemStatus.READY
        assert migrated.evidence(evidence_id).item_ids == ("iso9001-2015:5.2.2:M",)
        assert b"".join(migrated.read_evidence(evidence_id)) == b"policy v1"
        assert migrated.records.audits() == [] and migrated.records.evidence_meta() == {}
        meta = EvidenceMeta(evidence_id, EvidenceNature.DOCUMENT, "1.0", D(2025, 12, 1))
        migrated.records.put_evidence_meta(meta)
        migrated.records.save_audit(_audit(coverage=(("iso9001-2015:9.2", "一厂"),)))

    with ProjectStore.open(project_path) as reopened:
        assert reopened.records.evidence_meta() == {evidence_id: meta}
        assert [a.coverage for a in reopened.records.audits()] == [(("iso9001-2015:9.2", "一厂"),)]


@pytest.mark.parametrize(("sql", "read", "where"), [
    ("UPDATE internal_audits SET auditors = '[{\"name\": 1}]'", "audits", "internal_audits, row 1"),
    ("UPDATE internal_audits SET auditees = 'not json'", "audits", "internal_audits, row 1"),
    ("UPDATE internal_audits SET held_from = 'June'", "audits", "internal_audits, row 1"),
    ("UPDATE findings SET grade = 'critical'", "findings", "findings, row 1"),
    ("UPDATE management_reviews SET inputs = '{\"a\": 1}'", "reviews", "management_reviews, row 1"),
    ("UPDATE actions SET status = 'maybe'", "actions", "actions, row 1"),
    ("UPDATE certificate_events SET on_date = 'soon'", "certificates", "certificate_events, row 1"),
    ("UPDATE readiness_snapshots SET figures = '{\"integrated\": {\"overall\": 1}}'",
     "snapshots", "readiness_snapshots, row 2026-06-01"),
    ("UPDATE system_info SET climate_relevant = 2", "system_info", "system_info, row 1"),
    ("UPDATE settings SET value = '{oops'", "settings", "settings, row 'audit_time'"),
])
def test_a_damaged_row_is_a_corrupt_project_error_naming_table_and_row(
    store: ProjectStore, sql: str, read: str, where: str
) -> None:
    records = store.records
    audit_id = records.save_audit(_audit())
    records.save_finding(Finding(0, audit_id, FindingGrade.MINOR, "x"))
    records.save_review(ManagementReview(0, D(2026, 7, 1)))
    records.save_action(Action(0, "y"))
    records.save_certificate(CERT)
    records.put_snapshot(ReadinessSnapshot(D(2026, 6, 1), (("integrated", SHARES),)))
    records.put_system_info(SystemInfo(D(2026, 1, 1)))
    records.put_setting("audit_time", {"full_time": 10})
    _edit(store, sql)
    with pytest.raises(CorruptProjectError) as caught:
        if read == "settings":
            records.setting("audit_time")
        else:
            getattr(records, read)()
    assert where in caught.value.en and where in caught.value.zh
    assert str(store.path) in caught.value.en


def test_a_failing_audit_write_leaves_the_stored_audit_as_it_was(store: ProjectStore) -> None:
    records = store.records
    audit_id = records.save_audit(_audit())
    twice = (("iso9001-2015:9.2", ""), ("iso9001-2015:9.2", ""))
    with pytest.raises(sqlite3.IntegrityError):
        records.save_audit(_audit(id=audit_id, title="新标题", coverage=twice))
    with pytest.raises(sqlite3.IntegrityError):
        records.save_audit(_audit(title="新审核", coverage=twice))
    assert records.audits() == [_audit(id=audit_id)]


def test_a_full_disk_saves_nothing_of_a_certificate(store: ProjectStore) -> None:
    records = store.records
    cert_id = records.save_certificate(CERT)
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages + 2}").fetchall()
    events = tuple(CertificateEvent(CertificateEventKind.SURVEILLANCE, D(2027, 1, 1), "x" * 2000)
                   for _ in range(200))
    with pytest.raises(StorageFullError):
        records.save_certificate(Certificate(cert_id, "iso14001-2015", events=events))
    assert records.certificates() == [Certificate(cert_id, *_tail(CERT))]
