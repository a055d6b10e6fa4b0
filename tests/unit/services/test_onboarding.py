"""Folder import against a project: files already held, attaching in one transaction,
evidence details, and what the folder lacks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.domain.model import ItemStatus
from desktop.domain.records import EvidenceNature
from desktop.errors import CancelledError, EvidenceError, ValidationError
from desktop.reports.onboarding.lacks_pdf import render_lacks_pdf
from desktop.reports.onboarding.lacks_xlsx import render_lacks_xlsx
from desktop.reports.pdf.fonts import register_report_font
from desktop.services.evidence import attach_evidence
from desktop.services.onboarding import apply, folder_lacks, scan
from desktop.services.session import ProjectSession
from tests.onboarding_corpus import write_document

PROCEDURE = "02 程序文件/QP-7.5-01 文件控制程序.docx"
REVIEW = "06 管理评审/QR-9.3-01 2026年管理评审报告.docx"
SUPPLIERS = "04 记录表格/QR-8.4-01 合格供方名录.xlsx"
DOCS = {
    PROCEDURE: ("文件控制程序", "文件编号：QP-7.5-01 版本：B/0 批准日期：2025-03-01"),
    REVIEW: ("2026年管理评审报告", "评审日期：2026-01-15", "下次评审：2026-12-20"),
    SUPPLIERS: ("合格供方名录", "供方 产品 评价日期", "宁波五金 原材料 2026-01-10"),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "体系文件"
    font = register_report_font()
    for rel, lines in DOCS.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        write_document(root / rel, lines, font)
    return root


def counts(session: ProjectSession) -> tuple[int, int, int]:
    evidence = session.store.evidence_list()
    return (len(evidence), sum(len(e.item_ids) for e in evidence),
            len(session.store.records.evidence_meta()))


def test_scan_marks_files_the_project_already_holds(project: ProjectSession,
                                                    folder: Path) -> None:
    attach_evidence(project, ["iso9001-2015:8.4.1:R"], folder / SUPPLIERS)
    found = scan(project, folder)
    marked = {f.path for f in found.result.files if found.is_in_project(f)}
    assert marked == {SUPPLIERS}
    assert SUPPLIERS not in {f.path for f, _ids in found.accepted_above(0.0)}


def test_apply_attaches_all_in_one_step_with_details_and_no_status(
        project: ProjectSession, folder: Path) -> None:
    found = scan(project, folder)
    accepted = found.accepted_above(0.5)
    assert {f.path for f, _ids in accepted} == set(DOCS)
    before = project.store.item_states()
    changes = apply(project, accepted, folder)
    evidence = {e.name: e for e in project.store.evidence_list()}
    assert len(evidence) == 3
    linked = {i for _f, ids in accepted for i in ids}
    assert changes.items == frozenset(linked)
    assert "iso9001-2015:7.5.3.2:P1" in evidence["QP-7.5-01 文件控制程序.docx"].item_ids
    meta = project.store.records.evidence_meta()
    procedure = meta[evidence["QP-7.5-01 文件控制程序.docx"].id]
    assert procedure.nature is EvidenceNature.DOCUMENT
    assert procedure.version == "B/0"
    assert procedure.approved_on == dt.date(2025, 3, 1)
    review = meta[evidence["QR-9.3-01 2026年管理评审报告.docx"].id]
    assert review.nature is EvidenceNature.RECORD
    assert (review.effective_from, review.effective_to) == (dt.date(2026, 1, 15),
                                                            dt.date(2026, 12, 20))
    after = project.store.item_states()
    assert all(s.status is not ItemStatus.READY for s in after.values())
    assert {k: v.status for k, v in after.items()} == {k: v.status for k, v in before.items()}


def test_a_file_changed_after_the_scan_leaves_the_project_unchanged(
        project: ProjectSession, folder: Path) -> None:
    found = scan(project, folder)
    accepted = sorted(found.accepted_above(0.5), key=lambda pair: pair[0].path)
    last = folder / accepted[-1][0].path
    last.write_bytes(last.read_bytes() + b"edited")  # the first files are stored before it
    before = counts(project)
    with pytest.raises(EvidenceError) as caught:
        apply(project, accepted, folder)
    assert "changed" in caught.value.en and "修改" in caught.value.zh
    assert counts(project) == before


def test_cancel_while_attaching_leaves_the_project_unchanged(project: ProjectSession,
                                                             folder: Path) -> None:
    found = scan(project, folder)
    accepted = found.accepted_above(0.5)
    steps: list[tuple[int, int]] = []
    before = counts(project)
    with pytest.raises(CancelledError):
        apply(project, accepted, folder, progress=lambda d, t: steps.append((d, t)),
              cancelled=lambda: len(steps) >= 1)
    assert counts(project) == before


def test_nothing_accepted_or_an_unknown_item_is_refused(project: ProjectSession,
                                                        folder: Path) -> None:
    found = scan(project, folder)
    file = found.result.files[0]
    with pytest.raises(ValidationError):
        apply(project, [(file, [])], folder)
    with pytest.raises(ValidationError):
        apply(project, [(file, ["iso9001-2015:99:R"])], folder)
    assert counts(project) == (0, 0, 0)


def test_what_the_folder_lacks(project: ProjectSession, folder: Path, tmp_path: Path) -> None:
    found = scan(project, folder)
    lacks = folder_lacks(project, found, today=dt.date(2026, 2, 1))
    lacking = {i.item_id for i in lacks.items}
    assert "iso9001-2015:9.3.3:R" not in lacking  # the review report matched
    assert "iso9001-2015:8.5.2:R" in lacking      # no traceability record in the folder
    assert "iso14001-2015:6.1.2:M" in lacking     # nor an aspect register
    assert "iso9001-2015:4.1:C1" in lacking       # commonly requested by certification bodies
    assert lacks.files == 3 and lacks.considered > len(lacks.items)
    render_lacks_pdf(lacks, tmp_path / "lacks.pdf", lang="zh")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "lacks.pdf").pages)
    assert "文件夹缺少的文件" in text and "可追溯性记录" in text
    render_lacks_xlsx(lacks, tmp_path / "lacks.xlsx", lang="en")
    rows = list(load_workbook(tmp_path / "lacks.xlsx").active.iter_rows(values_only=True))
    ids = {row[2] for row in rows[3:]}
    assert ids == lacking


def test_items_set_not_applicable_are_not_lacking(project: ProjectSession,
                                                  folder: Path) -> None:
    from desktop.services.items import set_item_status

    set_item_status(project, "iso9001-2015:8.5.2:R", ItemStatus.NOT_APPLICABLE,
                    justification="No traceability requirement from customers or law.")
    lacks = folder_lacks(project, scan(project, folder))
    assert "iso9001-2015:8.5.2:R" not in {i.item_id for i in lacks.items}


def test_an_import_is_undone_and_redone_as_one_step(project: ProjectSession,
                                                    folder: Path) -> None:
    from desktop.services.onboarding import apply_import, redo_import, undo_import

    held = attach_evidence(project, ["iso9001-2015:8.4.1:C1"], folder / SUPPLIERS)
    assert held.evidence_id is not None
    found = scan(project, folder)
    supplier = next(f for f in found.result.files if f.path == SUPPLIERS)
    accepted = [*found.accepted_above(0.5), (supplier, ["iso9001-2015:8.4.1:R"])]
    before = counts(project)
    step = apply_import(project, accepted, folder)
    assert len(step.created) == 2
    assert step.linked == ((held.evidence_id, "iso9001-2015:8.4.1:R"),)
    after = counts(project)
    undone = undo_import(project, step)
    assert counts(project) == before
    assert redo_import(project, undone) == step.changes
    assert counts(project) == after
    assert "iso9001-2015:8.4.1:R" in project.store.evidence(held.evidence_id).item_ids


def test_a_missing_file_is_refused_before_anything_is_written(project: ProjectSession,
                                                               folder: Path) -> None:
    found = scan(project, folder)
    accepted = found.accepted_above(0.5)
    (folder / REVIEW).unlink()
    with pytest.raises(EvidenceError) as caught:
        apply(project, accepted, folder)
    assert "no longer exists" in caught.value.en
    assert counts(project) == (0, 0, 0)
