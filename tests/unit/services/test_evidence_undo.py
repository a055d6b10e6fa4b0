"""Removing evidence so undo can bring it back: same id, items, details and bytes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.domain.records import EvidenceMeta, EvidenceNature
from desktop.errors import ValidationError
from desktop.services.evidence import attach_evidence, restore_evidence, take_evidence
from desktop.services.records import set_evidence_meta
from desktop.services.session import ProjectSession, open_project

MR_9001 = "iso9001-2015:9.3.3:R"
MR_14001 = "iso14001-2015:9.3:R"


def _blobs(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM blobs").fetchone()[0])


def test_taken_evidence_is_restored_with_its_details_and_bytes(
        project: ProjectSession, tmp_path: Path) -> None:
    minutes = tmp_path / "管理评审报告.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes " * 100)
    evidence_id = attach_evidence(project, [MR_9001, MR_14001], minutes).evidence_id
    assert evidence_id is not None
    meta = EvidenceMeta(evidence_id, EvidenceNature.RECORD, "2026")
    set_evidence_meta(project, meta)
    before = project.store.evidence(evidence_id)

    removed = take_evidence(project, evidence_id)
    assert removed.changes.items == {MR_9001, MR_14001}
    assert project.store.evidence_list() == []
    assert _blobs(project.path) == 1  # kept while the project is open

    changes = restore_evidence(project, removed)
    assert changes.items == {MR_9001, MR_14001}
    assert project.store.evidence(evidence_id) == before
    assert project.store.records.evidence_meta()[evidence_id] == meta
    assert b"".join(project.store.read_evidence(evidence_id)) == minutes.read_bytes()


def test_closing_the_project_drops_the_bytes_and_makes_the_removal_final(
        project: ProjectSession, tmp_path: Path, catalog) -> None:
    photo = tmp_path / "drill.png"
    photo.write_bytes(b"\x89PNG fake")
    evidence_id = attach_evidence(project, [MR_9001], photo).evidence_id
    assert evidence_id is not None
    removed = take_evidence(project, evidence_id)
    path = project.path
    project.close()
    assert _blobs(path) == 0

    again = open_project(path, catalog)
    try:
        with pytest.raises(ValidationError, match="can no longer be put back"):
            restore_evidence(again, removed)
    finally:
        again.close()
