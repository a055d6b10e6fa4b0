"""Migrations m007 and m008: review outputs and the department of findings in the project file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.departments import Department
from desktop.domain.model import CompanyProfile
from desktop.domain.records import Finding, FindingGrade, InternalAudit, ManagementReview
from desktop.domain.review_pack import DecisionKind, ReviewDecision, ReviewOutputs, Topic
from desktop.errors import CorruptProjectError
from desktop.store import schema as schema_module
from desktop.store.audit_kit import finding_departments
from desktop.store.project import ProjectStore
from desktop.store.review_outputs import review_output_store
from desktop.store.schema import SCHEMA, Schema


def test_older_project_keeps_its_reviews_and_gains_outputs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.auditready"
    older = Schema(steps=SCHEMA.steps[:SCHEMA.names.index("m007_review_outputs")])
    monkeypatch.setattr(schema_module, "SCHEMA", older)
    with ProjectStore.create(path, CompanyProfile("老项目"), ["iso9001-2015"]) as old:
        rid = old.records.save_review(ManagementReview(0, dt.date(2026, 5, 1), chair="周"))
    monkeypatch.setattr(schema_module, "SCHEMA", SCHEMA)
    with ProjectStore.open(path) as store:
        assert store.schema_version() == SCHEMA.version
        outputs = review_output_store(store)
        assert outputs.outputs(rid) == ReviewOutputs(rid)
        saved = ReviewOutputs(rid, ((Topic.AUDITS, "两次内审"),),
                              (ReviewDecision(DecisionKind.CHANGE, "修订程序"),))
        outputs.put(saved)
        assert outputs.outputs(rid) == saved
        store.records.delete_review(rid)
        assert outputs.outputs(rid) == ReviewOutputs(rid)  # gone with the review


def test_damaged_decision_row_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "p.auditready"
    with ProjectStore.create(path, CompanyProfile("P"), ["iso9001-2015"]) as store:
        rid = store.records.save_review(ManagementReview(0, dt.date(2026, 5, 1)))
        review_output_store(store).put(ReviewOutputs(rid, (), (
            ReviewDecision(DecisionKind.OTHER, "x"),)))
    conn = sqlite3.connect(path)
    conn.execute("UPDATE review_decisions SET text = X'41'")
    conn.commit()
    conn.close()
    with ProjectStore.open(path) as store, pytest.raises(CorruptProjectError):
        review_output_store(store).outputs(rid)


def test_finding_departments_follow_their_finding(tmp_path: Path) -> None:
    path = tmp_path / "f.auditready"
    with ProjectStore.create(path, CompanyProfile("F"), ["iso9001-2015"]) as store:
        store.departments.insert(Department("dept-1", "品质部", "", ()))
        audit_id = store.records.save_audit(InternalAudit(0, "内审"))
        finding_id = store.records.save_finding(Finding(0, audit_id, FindingGrade.MINOR, "x"))
        rows = finding_departments(store)
        rows.put(finding_id, "dept-1")
        assert rows.all() == {finding_id: "dept-1"}
        store.records.delete_finding(finding_id)
        assert rows.all() == {}
