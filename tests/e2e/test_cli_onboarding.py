"""``auditready-cli import-folder`` on the realistic test folder."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.model import Catalog, ItemStatus
from desktop.services.session import open_project
from tests.onboarding_corpus import build_corpus


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test folder, built once (the commands only read it)."""
    folder = tmp_path_factory.mktemp("corpus") / "体系文件"
    build_corpus(folder)
    return folder


@pytest.fixture
def setup(tmp_path: Path, capsys: pytest.CaptureFixture[str], corpus_folder: Path,
          monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setenv("AUDITREADY_LANG", "en")
    project = tmp_path / "s.auditready"
    assert run(capsys, "sample", str(project))[0] == 0
    return project, corpus_folder


def test_json_lists_proposals_best_first_and_writes_nothing(
        setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    project, folder = setup
    before = digest(project)
    code, out, err = run(capsys, "import-folder", str(project), str(folder), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert {"files", "skipped"} <= set(data)
    files = {f["path"]: f for f in data["files"]}
    review = files["06 管理评审/QR-9.3-01 2026年管理评审报告.docx"]
    assert {"path", "sha256", "nature", "dates", "proposals"} <= set(review)
    assert len(review["sha256"]) == 64 and review["dates"] == ["2026-01-15"]
    best = review["proposals"][0]
    assert set(best) == {"item_id", "clause", "confidence", "reason"}
    assert best["clause"].startswith("9.3") and set(best["reason"]) == {"en", "zh"}
    confidences = [p["confidence"] for p in review["proposals"]]
    assert confidences == sorted(confidences, reverse=True)
    assert all(0 <= c <= 1 for f in data["files"] for c in
               (p["confidence"] for p in f["proposals"]))
    skipped = {s["path"]: s["why"] for s in data["skipped"]}
    assert "07 EHS/加密-环境监测方案.pdf" in skipped
    assert digest(project) == before


def test_apply_attaches_above_the_threshold_in_one_go(
        setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str],
        catalog: Catalog) -> None:
    project, folder = setup
    session = open_project(project, catalog)
    evidence_before = len(session.store.evidence_list())
    ready_before = {k for k, v in session.store.item_states().items()
                    if v.status is ItemStatus.READY}
    session.close()
    code, out, err = run(capsys, "import-folder", str(project), str(folder), "--apply",
                         "--min-confidence", "0.6", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    applied = data["applied"]
    assert applied and all(item_ids for item_ids in (a["item_ids"] for a in applied))
    by_path = {f["path"]: f for f in data["files"]}
    for entry in applied:
        allowed = {p["item_id"] for p in by_path[entry["path"]]["proposals"]
                   if p["confidence"] >= 0.6}
        assert set(entry["item_ids"]) <= allowed
    session = open_project(project, catalog)
    try:
        assert len(session.store.evidence_list()) == evidence_before + len(applied)
        ready_after = {k for k, v in session.store.item_states().items()
                       if v.status is ItemStatus.READY}
        assert ready_after == ready_before
    finally:
        session.close()


def test_text_output_and_lacks_exports(setup: tuple[Path, Path], tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    project, folder = setup
    code, out, err = run(capsys, "import-folder", str(project), str(folder), "--lang", "zh",
                         "--lacks-pdf", str(tmp_path / "缺少.pdf"),
                         "--lacks-xlsx", str(tmp_path / "缺少.xlsx"))
    assert code == 0, err
    assert "QP-7.5-01 文件控制程序.docx" in out and "文件夹缺少" in out
    assert (tmp_path / "缺少.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "缺少.xlsx").stat().st_size > 0


def test_a_missing_folder_is_a_user_error(setup: tuple[Path, Path], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    project, _folder = setup
    code, out, err = run(capsys, "import-folder", str(project), str(tmp_path / "nowhere"))
    assert code == 2 and "not a folder" in err and not out
    code, _out, _err = run(capsys, "import-folder", str(project), str(tmp_path),
                           "--min-confidence", "7")
    assert code == 3
