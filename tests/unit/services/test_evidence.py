"""Attaching evidence: stored once, serves many items, never half-written."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.errors import EvidenceError, ValidationError
from desktop.services.evidence import (
    attach_evidence,
    export_evidence,
    link_evidence,
    remove_evidence,
    unlink_evidence,
)
from desktop.services.session import ProjectSession

MR_9001 = "iso9001-2015:9.3.3:R"
MR_14001 = "iso14001-2015:9.3:R"


def test_one_file_serves_items_of_two_standards(project: ProjectSession, tmp_path: Path) -> None:
    minutes = tmp_path / "管理评审报告 2026.pdf"
    minutes.write_bytes(b"%PDF-1.4 management review minutes")
    changes = attach_evidence(project, [MR_9001, MR_14001], minutes)
    assert changes.stored_new_content and changes.items == {MR_9001, MR_14001}
    [evidence] = project.store.evidence_list()
    assert evidence.name == "管理评审报告 2026.pdf"
    assert set(evidence.item_ids) == {MR_9001, MR_14001}
    again = attach_evidence(project, [MR_9001], minutes)
    assert not again.stored_new_content
    assert len(project.store.evidence_list()) == 1


def test_link_unlink_remove(project: ProjectSession, tmp_path: Path) -> None:
    photo = tmp_path / "drill.png"
    photo.write_bytes(b"\x89PNG fake")
    evidence_id = attach_evidence(project, [MR_9001], photo).evidence_id
    assert evidence_id is not None
    link_evidence(project, evidence_id, MR_14001)
    assert [e.id for e in project.store.evidence_for_item(MR_14001)] == [evidence_id]
    unlink_evidence(project, evidence_id, MR_14001)
    assert project.store.evidence_for_item(MR_14001) == []
    out = export_evidence(project, evidence_id, tmp_path / "out.png")
    assert out.read_bytes() == b"\x89PNG fake"
    changes = remove_evidence(project, evidence_id)
    assert changes.items == {MR_9001}
    assert project.store.evidence_list() == []
    with pytest.raises(ValidationError, match="no longer exists"):
        remove_evidence(project, evidence_id)


def test_missing_file_is_a_clear_error_and_writes_nothing(
    project: ProjectSession, tmp_path: Path
) -> None:
    with pytest.raises(EvidenceError) as info:
        attach_evidence(project, [MR_9001], tmp_path / "gone.pdf")
    assert "gone.pdf" in info.value.en and "gone.pdf" in info.value.zh
    assert project.store.evidence_list() == []


def test_failure_midway_rolls_back_the_whole_action(
    project: ProjectSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "register.xlsx"
    source.write_bytes(b"PK register")
    real_link = project.store.link_evidence
    calls: list[str] = []

    def link_then_fail(evidence_id: int, item_id: str) -> None:
        calls.append(item_id)
        real_link(evidence_id, item_id)
        if len(calls) == 2:
            raise EvidenceError("disk went away", "磁盘不可用")

    monkeypatch.setattr(project.store, "link_evidence", link_then_fail)
    with pytest.raises(EvidenceError):
        attach_evidence(project, [MR_9001, MR_14001], source)
    assert calls == [MR_9001, MR_14001]
    assert project.store.evidence_list() == []
    assert project.store.evidence_for_item(MR_9001) == []
