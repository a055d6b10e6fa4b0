"""``export-departments`` and ``import-workbook``: department heads' workbooks come back merged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main

SHEET = "ISO 9001 2015"
STORAGE = "iso9001-2015:8.5.4:E"  # owned by 生产部, clause led by 仓储部 in the sample


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _edit(path: Path, item_id: str, column: str, value: str) -> None:
    book = load_workbook(path)
    for name in book.sheetnames:
        for row in book[name].iter_rows(min_row=2, max_col=1):
            if row[0].value == item_id:
                book[name][f"{column}{row[0].row}"] = value
    book.save(path)


def _first_item(path: Path, sheet: str, skip: str) -> str:
    book = load_workbook(path, read_only=True)
    found = next(str(r[0]) for r in book[sheet].iter_rows(min_row=2, values_only=True)
                 if r[0] and r[0] != skip)
    book.close()
    return found


def test_department_workbooks_round_trip_through_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "s.auditready"
    assert run(capsys, "sample", str(project))[0] == 0
    out = tmp_path / "departments"
    out.mkdir()
    code, printed, err = run(capsys, "export-departments", str(project), str(out),
                             "--lang", "zh")
    assert code == 0, err
    books = {Path(line).name: Path(line) for line in printed.splitlines()}
    assert "02-品质部.xlsx" in books and "06-仓储部.xlsx" in books and len(books) == 9
    production, storage = books["03-生产部.xlsx"], books["06-仓储部.xlsx"]
    assert load_workbook(storage)["摘要"]["B3"].value == "仓储部"

    own = _first_item(production, SHEET, STORAGE)  # an item only 生产部 has
    _edit(production, own, "H", "首件检验记录已归档")
    _edit(production, STORAGE, "E", "● 就绪")
    _edit(storage, STORAGE, "E", "○ 未开始")

    code, printed, err = run(capsys, "import-workbook", str(project), str(production),
                             "--apply")
    assert code == 0, err
    code, printed, err = run(capsys, "import-workbook", str(project), str(storage),
                             "--format", "json")
    assert code == 0, err
    preview = json.loads(printed)
    assert preview["sender"] == "仓储部"
    (change,) = preview["changes"]
    assert change["item_id"] == STORAGE and change["conflict"]
    (status,) = change["fields"]
    assert status == {"field": "status", "old": "ready", "new": "not_started",
                      "conflict": True, "old_by": "生产部"}

    code, printed, err = run(capsys, "import-workbook", str(project), str(production))
    assert code == 2 and "already imported" in printed  # the same workbook again
    code, printed, _ = run(capsys, "export-departments", str(project), str(out),
                           "--department", "安环部")
    assert code == 0 and Path(printed.strip()).name == "08-安环部.xlsx"
