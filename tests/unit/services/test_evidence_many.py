"""Attaching many files at once (a dropped folder): all or nothing, junk left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.errors import CancelledError, EvidenceError
from desktop.services.evidence import attach_evidence_files, collect_evidence_files
from desktop.services.session import ProjectSession

MR_9001 = "iso9001-2015:9.3.3:R"
MR_14001 = "iso14001-2015:9.3:R"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "管理评审 2026"
    (folder / "附件").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "minutes.docx").write_bytes(b"minutes")
    (folder / "~$minutes.docx").write_bytes(b"lock")
    (folder / ".DS_Store").write_bytes(b"mac")
    (folder / "附件" / "Thumbs.db").write_bytes(b"thumbs")
    (folder / "附件" / "签到表.pdf").write_bytes(b"%PDF sign-in")
    (folder / "附件" / "draft.tmp").write_bytes(b"tmp")
    (folder / ".git" / "config").write_bytes(b"git")
    return folder


def test_folder_gives_every_file_inside_without_hidden_or_temporary_files(
        tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    loose = tmp_path / "policy.pdf"
    loose.write_bytes(b"%PDF policy")
    found = collect_evidence_files([loose, folder, loose])
    assert found.files == (loose, folder / "minutes.docx", folder / "附件" / "签到表.pdf")
    assert {p.name for p in found.skipped} == {
        "~$minutes.docx", ".DS_Store", "Thumbs.db", "draft.tmp"}


def test_many_files_attach_in_one_step_with_progress(
        project: ProjectSession, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    files = collect_evidence_files([folder]).files
    seen: list[tuple[int, int]] = []
    changes = attach_evidence_files(project, [MR_9001, MR_14001], files,
                                    progress=lambda d, t: seen.append((d, t)))
    stored = {e.name: set(e.item_ids) for e in project.store.evidence_list()}
    assert stored == {"minutes.docx": {MR_9001, MR_14001}, "签到表.pdf": {MR_9001, MR_14001}}
    assert changes.items == {MR_9001, MR_14001} and changes.evidence_id is not None
    total = 2 * sum(f.stat().st_size for f in files)
    assert seen[-1] == (total, total)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_one_unreadable_file_attaches_none(project: ProjectSession, tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    good.write_bytes(b"%PDF good")
    with pytest.raises(EvidenceError, match=r"gone\.pdf"):
        attach_evidence_files(project, [MR_9001], [good, tmp_path / "gone.pdf"])
    assert project.store.evidence_list() == []


def test_cancel_during_the_second_file_keeps_the_first_out_too(
        project: ProjectSession, tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    first.write_bytes(b"a" * 10)
    second.write_bytes(b"b" * 10)
    done: list[int] = [0]

    def progress(current: int, _total: int) -> None:
        done[0] = current

    def cancelled() -> bool:  # the first file (2 × 10 bytes read) is through
        return done[0] >= 20

    with pytest.raises(CancelledError):
        attach_evidence_files(project, [MR_9001], [first, second], progress=progress,
                              cancelled=cancelled)
    assert done[0] >= 20
    assert project.store.evidence_list() == []


def test_a_drop_of_too_many_files_is_refused(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop.services.evidence.MAX_COLLECTED_FILES", 2)
    for name in ("a.pdf", "b.pdf", "c.pdf"):
        (tmp_path / name).write_bytes(b"x")
    with pytest.raises(EvidenceError, match="smaller folder") as info:
        collect_evidence_files([tmp_path])
    assert "较小的文件夹" in info.value.zh
