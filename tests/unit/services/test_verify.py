"""Verify a project, and refuse evidence whose stored content no longer matches its SHA-256."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.model import Catalog
from desktop.errors import CancelledError, EvidenceError, ProjectLockedError
from desktop.services.evidence import export_evidence
from desktop.services.reporting.evidence_pack import export_evidence_pack
from desktop.services.session import ProjectSession
from desktop.services.verify import verify_path, verify_project

POLICY = "管理方针-QEHS-policy.pdf"


def flip_one_byte(path: Path, sha256: str, offset: int = 10) -> None:
    """Change one byte of a stored blob in place (same length), behind the program's back."""
    with closing(sqlite3.connect(path)) as conn, conn:
        data = bytearray(conn.execute(
            "SELECT data FROM blob_chunks WHERE sha256 = ? AND seq = 0", [sha256]).fetchone()[0])
        data[offset] ^= 0x01
        conn.execute("UPDATE blob_chunks SET data = ? WHERE sha256 = ? AND seq = 0",
                     [bytes(data), sha256])


def policy_sha(session: ProjectSession) -> str:
    return next(ev.sha256 for ev in session.store.evidence_list() if ev.name == POLICY)


def test_the_sample_is_sound(sample: ProjectSession) -> None:
    report = verify_project(sample)
    assert report.ok, report.problems
    assert report.blobs_checked == len({ev.sha256 for ev in sample.store.evidence_list()})
    assert report.bytes_checked == sum(
        {ev.sha256: ev.size for ev in sample.store.evidence_list()}.values())


def test_one_changed_byte_is_found_and_named(sample: ProjectSession) -> None:
    flip_one_byte(sample.path, policy_sha(sample))
    report = verify_project(sample)
    [problem] = report.problems
    assert problem.kind == "content"
    assert POLICY in problem.en and POLICY in problem.zh and "SHA-256" in problem.en


def test_evidence_with_a_changed_byte_is_never_exported(sample: ProjectSession,
                                                        tmp_path: Path) -> None:
    flip_one_byte(sample.path, policy_sha(sample))
    policy_id = next(ev.id for ev in sample.store.evidence_list() if ev.name == POLICY)

    pack = tmp_path / "pack.zip"
    with pytest.raises(EvidenceError) as caught:
        export_evidence_pack(sample, pack, "en")
    assert POLICY in caught.value.en and "SHA-256" in caught.value.en
    assert not pack.exists()

    copy = tmp_path / POLICY
    with pytest.raises(EvidenceError, match="damaged"):
        export_evidence(sample, policy_id, copy)
    assert not copy.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

    with pytest.raises(EvidenceError, match="SHA-256"):
        b"".join(sample.store.read_evidence(policy_id))


def test_missing_chunks_dangling_links_and_unknown_items_are_listed(
    sample: ProjectSession, catalog: Catalog
) -> None:
    sha = policy_sha(sample)
    with closing(sqlite3.connect(sample.path)) as conn, conn:
        conn.execute("DELETE FROM blob_chunks WHERE sha256 = ?", [sha])
        conn.execute("INSERT INTO evidence_links (evidence_id, item_id) VALUES (9999, "
                     "'iso9001-2015:7.1.5.1:R')")
        first = conn.execute("SELECT min(id) FROM evidence").fetchone()[0]
        conn.execute("INSERT INTO evidence_links (evidence_id, item_id) VALUES (?, "
                     "'iso9001-2015:99.9:R')", [first])
    sample.close()

    report = verify_path(sample.path, catalog)
    kinds = [p.kind for p in report.problems]
    assert kinds == ["foreign_key", "content", "link"]
    assert "no longer exists" in report.problems[0].en
    assert POLICY in report.problems[1].en and "missing" in report.problems[1].en
    assert "iso9001-2015:99.9:R" in report.problems[2].en


def test_a_damaged_page_is_reported(sample: ProjectSession, catalog: Catalog) -> None:
    sample.close()
    with closing(sqlite3.connect(sample.path)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'evidence_links'"
                            ).fetchone()[0]
    with sample.path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 16)
    report = verify_path(sample.path, catalog)
    assert not report.ok
    assert report.problems[0].kind == "structure"


def test_verify_can_be_cancelled(sample: ProjectSession) -> None:
    with pytest.raises(CancelledError):
        verify_project(sample, cancelled=lambda: True)


def test_an_open_project_is_not_verified_behind_its_back(sample: ProjectSession,
                                                         catalog: Catalog) -> None:
    with pytest.raises(ProjectLockedError):
        verify_path(sample.path, catalog)


def test_cli_verify_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITREADY_LANG", "en")
    path = tmp_path / "s.auditready"
    assert main(["sample", str(path)]) == 0
    capsys.readouterr()
    assert main(["verify", str(path)]) == 0
    assert "no problems" in capsys.readouterr().out

    with closing(sqlite3.connect(path)) as conn:
        sha = conn.execute("SELECT sha256 FROM evidence WHERE name = ?", [POLICY]).fetchone()[0]
    flip_one_byte(path, sha)
    assert main(["verify", str(path)]) == 2
    out, err = capsys.readouterr()
    assert POLICY in out and "1 problem(s) found" in err

    monkeypatch.setenv("AUDITREADY_LANG", "zh_CN")
    assert main(["verify", str(path), "--format", "json"]) == 2
    assert "存储副本" in capsys.readouterr().out
    assert main(["verify", str(tmp_path / "missing.auditready")]) == 2
