"""``auditready-cli review-pack``: the management review input report from the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.catalog import load_catalog
from desktop.cli import EXIT_OK, EXIT_USER, main
from desktop.domain.records import ManagementReview
from desktop.services.records import save_review
from desktop.services.session import open_project


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "s.auditready"
    assert main(["sample", str(path)]) == EXIT_OK
    session = open_project(path, load_catalog())
    try:
        changes = save_review(session, ManagementReview(
            0, dt.date(2026, 12, 1), chair="总经理 周文华",
            standard_ids=tuple(s.id for s in session.standards())))
    finally:
        session.close()
    assert changes.record_id is not None
    return path, changes.record_id


def test_review_pack_writes_the_chinese_input_report(project: tuple[Path, int],
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path, rid = project
    out = tmp_path / "管理评审输入.pdf"
    code = main(["review-pack", str(path), "--review", str(rid), "--out", str(out),
                 "--lang", "zh"])
    assert code == EXIT_OK
    assert capsys.readouterr().out.strip() == str(out)
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "")
    assert "管理评审输入报告" in text and "主持人（最高管理者）：总经理周文华" in text


def test_unknown_review_is_a_user_error(project: tuple[Path, int], tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path, rid = project
    out = tmp_path / "r.pdf"
    code = main(["review-pack", str(path), "--review", str(rid + 50), "--out", str(out),
                 "--lang", "en"])
    assert code == EXIT_USER
    assert f"#{rid + 50}" in capsys.readouterr().err
    assert not out.exists()
