"""Results recorded against checklist lines become findings with clause, site and department,
and the audit's coverage grows; the kit of the sample audit carries the independence warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.domain.records import FindingGrade
from desktop.errors import ValidationError
from desktop.services.audits.kit import (
    audit_kit_data,
    export_audit_kit,
    finding_department_ids,
    record_checklist_result,
)
from desktop.services.departments.matrix import list_departments
from desktop.services.session import ProjectSession


def _ids(sample: ProjectSession) -> tuple[int, dict[str, str], tuple[str, ...]]:
    (audit,) = sample.store.records.audits()
    depts = {d.name: d.id for d in list_departments(sample)}
    return audit.id, depts, sample.store.profile().sites


def test_finding_on_a_checklist_line_keeps_department_and_grows_coverage(
        sample: ProjectSession) -> None:
    audit_id, depts, sites = _ids(sample)
    pair = ("iso9001-2015:8.5", sites[1])
    assert pair not in sample.store.records.audits()[0].coverage
    changes = record_checklist_result(sample, audit_id, pair[0], depts["仓储部"], pair[1],
                                      FindingGrade.MINOR, "成品堆放超高，无防护标识")
    finding = next(f for f in sample.store.records.findings() if f.id == changes.record_id)
    assert (finding.clause_id, finding.site, finding.grade) == (
        pair[0], pair[1], FindingGrade.MINOR)
    assert finding_department_ids(sample)[finding.id] == depts["仓储部"]
    assert pair in sample.store.records.audits()[0].coverage


def test_conforming_line_only_adds_coverage(sample: ProjectSession) -> None:
    audit_id, depts, sites = _ids(sample)
    before = len(sample.store.records.findings())
    record_checklist_result(sample, audit_id, "iso9001-2015:8.5", depts["仓储部"], sites[1])
    record_checklist_result(sample, audit_id, "iso9001-2015:8.5", depts["仓储部"], sites[1])
    assert len(sample.store.records.findings()) == before
    coverage = sample.store.records.audits()[0].coverage
    assert coverage.count(("iso9001-2015:8.5", sites[1])) == 1


def test_bad_department_site_or_statement_is_refused(sample: ProjectSession) -> None:
    audit_id, depts, sites = _ids(sample)
    with pytest.raises(ValidationError):
        record_checklist_result(sample, audit_id, "iso9001-2015:8.5", "dept-999", sites[0])
    with pytest.raises(ValidationError):
        record_checklist_result(sample, audit_id, "iso9001-2015:8.5", depts["仓储部"], "火星")
    with pytest.raises(ValidationError):
        record_checklist_result(sample, audit_id, "iso9001-2015:8.5", depts["仓储部"], sites[0],
                                FindingGrade.MINOR, " ")
    with pytest.raises(ValidationError):
        audit_kit_data(sample, audit_id + 40, "zh")


def test_sample_kit_flags_the_quality_auditor(sample: ProjectSession) -> None:
    audit_id, _depts, _sites = _ids(sample)
    data = audit_kit_data(sample, audit_id, "en")
    assert any("王敏" in w and "品质部" in w for w in data.plan.warnings)
    quality = next(s for s in data.plan.slots if s.department == "品质部")
    assert "王敏" not in quality.auditors and "王敏" in quality.flag
    assert data.programme is not None
    assert any("8.5" in gap for gap in data.programme.gaps)  # the warehouse was missed


def test_english_kit_files(sample: ProjectSession, tmp_path: Path) -> None:
    audit_id, _depts, _sites = _ids(sample)
    files = export_audit_kit(sample, audit_id, tmp_path / "kit", "en")
    names = [f.name for f in files]
    assert names[:2] == ["audit-programme.pdf", "audit-plan.pdf"]
    assert names[-1] == "audit-kit.xlsx" and "checklist-品质部.pdf" in names
    text = "".join(p.extract_text() for p in PdfReader(files[1]).pages)
    assert "Internal audit plan" in text
    book = load_workbook(files[-1], read_only=True)
    assert book.sheetnames[:2] == ["Annual internal audit programme", "Internal audit plan"]
    book.close()
