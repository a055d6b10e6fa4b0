"""Imports from the command line: checklist workbooks, filled-in workbooks and templates."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.domain.model import Catalog, ItemStatus
from desktop.services.session import open_project
from tests.workbooks import malformed_workbook, valid_workbook

CALIBRATION = "iso9001-2015:7.1.5.1:R"  # sample: not started, 品质部 王敏
COMPETENCE = "iso9001-2015:7.2:R"       # sample: in progress, 行政人事部 李娜


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sample_path(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AUDITREADY_LANG", "en")
    path = tmp_path / "s.auditready"
    assert run(capsys, "sample", str(path))[0] == 0
    return path


def exported(sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
             changes: dict[str, dict[str, str]]) -> Path:
    """The sample's workbook exported by ``report --xlsx``, then filled in like a client."""
    path = tmp_path / "returned.xlsx"
    assert run(capsys, "report", str(sample_path), "--xlsx", str(path), "--lang", "en")[0] == 0
    book = load_workbook(path)
    for sheet in book.worksheets:
        for (cell,) in sheet.iter_rows(min_row=2, max_col=1):
            for column, value in changes.get(str(cell.value), {}).items():
                sheet[f"{column}{cell.row}"] = value
    book.save(path)
    return path


def test_import_checklist_adds_a_named_checklist(sample_path: Path, tmp_path: Path,
                                                  catalog: Catalog,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    source = valid_workbook(tmp_path / "suppliers.xlsx")
    code, out, err = run(capsys, "import-checklist", str(sample_path), str(source),
                         "--name", "Supplier audit")
    assert code == 0, err
    assert "Added 5 entries from suppliers.xlsx (checklist custom:supplier-audit)" in out
    session = open_project(sample_path, catalog)
    try:
        std = next(s for s in session.catalog.standards if s.id == "custom:supplier-audit")
        assert std.code == "Supplier audit"
        assert {i.title.en for i in std.items} >= {"Supplier management",
                                                   "Approved supplier list"}
        assert session.catalog.has_item("custom:supplier-audit:G1")  # under ISO 9001 7.1.5
    finally:
        session.close()


def test_import_checklist_with_bad_rows_lists_them_and_writes_nothing(
        sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    source = malformed_workbook(tmp_path / "bad.xlsx")
    before = sha256(sample_path)
    code, _, err = run(capsys, "import-checklist", str(sample_path), str(source))
    assert code == 2
    assert "Row 3, column kind: unknown kind 'record'" in err
    assert "Row 10, column title_zh: merged cells D10:D11" in err
    assert sha256(sample_path) == before
    monkeypatch.setenv("AUDITREADY_LANG", "zh")
    code, _, err = run(capsys, "import-checklist", str(sample_path), str(source))
    assert code == 2 and "第 3 行，kind 列" in err


def test_import_workbook_previews_and_writes_only_with_apply(
        sample_path: Path, tmp_path: Path, catalog: Catalog,
        capsys: pytest.CaptureFixture[str]) -> None:
    source = exported(sample_path, tmp_path, capsys,
                      {CALIBRATION: {"E": "● Ready", "F": "计量室 赵强"}})
    before = sha256(sample_path)
    code, out, err = run(capsys, "import-workbook", str(sample_path), str(source))
    assert code == 0, err
    assert "1 change(s), 0 conflict(s); 0 error(s)" in out
    assert "Status: ○ Not started → ● Ready" in out and "Owner: 品质部 王敏 → 计量室 赵强" in out
    assert "add --apply" in out
    assert sha256(sample_path) == before

    code, out, err = run(capsys, "import-workbook", str(sample_path), str(source), "--apply",
                         "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["applied"] is True and data["errors"] == []
    [change] = data["changes"]
    assert change["item_id"] == CALIBRATION and change["conflict"] is False
    assert {"field": "status", "old": "not_started", "new": "ready"} in change["fields"]
    session = open_project(sample_path, catalog)
    try:
        state = session.store.item_state(CALIBRATION)
        assert state.status is ItemStatus.READY and state.owner == "计量室 赵强"
    finally:
        session.close()


def test_conflicts_keep_the_project_unless_asked(sample_path: Path, tmp_path: Path,
                                                 catalog: Catalog,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    source = exported(sample_path, tmp_path, capsys, {COMPETENCE: {"E": "● Ready"}})
    session = open_project(sample_path, catalog)
    try:  # someone works on the item in the project after the export (a minute later)
        state = session.store.item_state(COMPETENCE)
        assert state.updated_at is not None
        with session.store.atomic():
            session.store.put_item_state(replace(
                state, status=ItemStatus.NOT_STARTED,
                updated_at=state.updated_at + dt.timedelta(minutes=1)))
    finally:
        session.close()
    code, out, err = run(capsys, "import-workbook", str(sample_path), str(source), "--apply")
    assert code == 0, err
    assert "[conflict: project value kept]" in out and "Applied: 0 item(s) written." in out
    code, out, err = run(capsys, "import-workbook", str(sample_path), str(source), "--apply",
                         "--conflicts", "workbook")
    assert code == 0 and "Applied: 1 item(s) written." in out, err
    session = open_project(sample_path, catalog)
    try:
        assert session.store.item_state(COMPETENCE).status is ItemStatus.READY
    finally:
        session.close()


def test_a_workbook_with_errors_exits_2_and_changes_nothing(
        sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    source = exported(sample_path, tmp_path, capsys,
                      {CALIBRATION: {"E": "finished?"}, COMPETENCE: {"E": "● Ready"}})
    before = sha256(sample_path)
    code, out, err = run(capsys, "import-workbook", str(sample_path), str(source), "--apply")
    assert code == 2
    assert 'column E: unknown status "finished?"' in out
    assert "The workbook returned.xlsx has 1 error(s)" in err
    assert sha256(sample_path) == before
    monkeypatch.setenv("AUDITREADY_LANG", "zh")
    code, out, err = run(capsys, "import-workbook", str(sample_path), str(source))
    assert code == 2
    assert "状态：◐ 进行中 → ● 就绪" in out and "E 列：无法识别的状态“finished?”" in out
    assert "工作簿 returned.xlsx 中有 1 处错误" in err


def test_apply_template_adds_its_entries(sample_path: Path, tmp_path: Path, catalog: Catalog,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    template = {"format": "auditready-template", "version": 1,
                "checklist": {"code": "供应商审核", "title": {"en": "Supplier audit",
                                                          "zh": "供应商审核"}},
                "entries": [
                    {"key": "S", "parent": None, "under": None, "clause": "S",
                     "kind": "clause", "title": {"en": "Suppliers", "zh": "供应商"},
                     "description": {"en": "", "zh": ""}},
                    {"key": "S1", "parent": "S", "under": None, "clause": "S.1",
                     "kind": "retain", "title": {"en": "Supplier list", "zh": "合格供方名录"},
                     "description": {"en": "", "zh": ""}}]}
    path = tmp_path / "模板.json"  # as Windows Notepad saves it: UTF-8 with a BOM
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(template, ensure_ascii=False).encode())
    code, out, err = run(capsys, "apply-template", str(sample_path), str(path))
    assert code == 0, err
    assert "Added 2 entries from 模板.json" in out
    session = open_project(sample_path, catalog)
    try:
        std = next(s for s in session.catalog.standards if s.title.en == "Supplier audit")
        assert [i.title.zh for i in std.items] == ["供应商", "合格供方名录"]
    finally:
        session.close()


def test_apply_template_refuses_a_bad_one(sample_path: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "auditready-template", "version": 1,
                                "checklist": None, "entries": [
                                    {"key": "A", "parent": None, "under": None, "clause": "A",
                                     "kind": "clause", "title": {"en": "x" * 40_000, "zh": ""},
                                     "description": {"en": "", "zh": ""}}]}))
    before = sha256(sample_path)
    code, _, err = run(capsys, "apply-template", str(sample_path), str(path))
    assert code == 2
    assert "Entry 1 (A): title.en is 40,000 characters long; at most 32,767" in err
    assert sha256(sample_path) == before
