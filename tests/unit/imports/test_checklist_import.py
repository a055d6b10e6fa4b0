"""Reading checklist workbooks: every problem with its Excel row number, or valid rows."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.model import ItemKind, Text
from desktop.errors import ChecklistImportError, ImportProblem, UserError
from desktop.imports.checklist_import import read_checklist
from tests.workbooks import HEADER, malformed_workbook, valid_workbook, write_workbook

KNOWN = {"iso9001-2015:7.1.5": "7.1.5", "iso9001-2015:7": "7"}


def test_openpyxl_parses_xml_through_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True


def test_a_valid_workbook_gives_its_rows_in_order(tmp_path: Path) -> None:
    rows = read_checklist(valid_workbook(tmp_path / "供应商.xlsx"), KNOWN)

    assert [(r.row, r.key, r.parent, r.clause, r.kind) for r in rows] == [
        (2, "S", "", "S", ItemKind.CLAUSE),
        (3, "S1", "S", "S.1", ItemKind.MAINTAIN),
        (4, "S2", "S", "S.2", ItemKind.RETAIN),
        (5, "3", "S", "S", ItemKind.EVIDENCE),  # a number id is text; clause from its parent
        (6, "G1", "iso9001-2015:7.1.5", "7.1.5", ItemKind.RETAIN),
    ]
    assert rows[1].description == Text("Updated yearly.", "每年更新。")
    assert rows[2].title == Text("", "供方年度评价记录")


def test_every_bad_row_is_reported_with_its_row_number(tmp_path: Path) -> None:
    with pytest.raises(ChecklistImportError) as caught:
        read_checklist(malformed_workbook(tmp_path / "bad.xlsx"), KNOWN)

    problems = caught.value.problems
    assert [(p.row, p.column) for p in problems] == [
        (3, "kind"), (4, "id"), (5, "id"), (6, "parent"), (7, "title_en"), (8, "parent"),
        (9, "description_en"), (10, "title_zh")]
    assert problems[0].text("en") == (
        "Row 3, column kind: unknown kind 'record' (use clause, maintain, retain, evidence)")
    assert problems[0].text("zh").startswith("第 3 行，kind 列：未知的类型 'record'")
    assert "formula" in problems[4].en and "=CONCAT" in problems[4].en
    assert "merged cells D10:D11" in problems[7].en
    message = caught.value.text("en")
    assert "bad.xlsx" in message and "8 problem(s)" in message
    assert "Row 9, column description_en" in message
    assert "第 6 行，parent 列" in caught.value.text("zh")


@pytest.mark.parametrize(("rows", "expected"), [
    ([("A", None, "A", "甲", "", "", "", "clause"), ("B", "A", "B", "", "", "", "", "evidence")],
     ImportProblem(3, "title_zh", "a title is needed in title_zh or title_en",
                   "title_zh 或 title_en 中至少要填写一个标题")),
    ([("A", None, "A", "甲", "", "", "", "clause"), ("B", "A", "B", "乙", "", "", "", "evidence"),
      ("C", "B", "C", "丙", "", "", "", "evidence")],
     ImportProblem(4, "parent", "parent 'B' (row 3) is a checklist item, not a clause",
                   "上级 'B'（第 3 行）是检查项而不是条款")),
    ([("C", "D", "C", "丙", "", "", "", "clause"), ("D", None, "D", "丁", "", "", "", "clause")],
     ImportProblem(2, "parent", "parent 'D' is neither an earlier row nor a clause of the "
                   "project's standards", "上级 'D' 既不是前面的行，也不是本项目标准中的条款")),
    ([("G", "iso9001-2015:7.1.5", "8.1", "量具", "", "", "", "evidence")],
     ImportProblem(2, "clause", "clause '8.1' is outside clause 7 it belongs to; start it "
                   "with 7", "条款号 '8.1' 不在所属的第 7 章内，应以 7 开头")),
    ([("A", None, "A", True, "Alpha", "", "", "clause")],
     ImportProblem(2, "title_zh", "the cell holds TRUE/FALSE, not text",
                   "单元格中是逻辑值 TRUE/FALSE，而不是文字")),
])
def test_single_rules(tmp_path: Path, rows: list[tuple[object, ...]],
                      expected: ImportProblem) -> None:
    with pytest.raises(ChecklistImportError) as caught:
        read_checklist(write_workbook(tmp_path / "one.xlsx", rows), KNOWN)
    assert caught.value.problems == (expected,)


def test_missing_columns_are_named_and_rows_not_read(tmp_path: Path) -> None:
    header = [h for h in HEADER if h not in ("kind", "title_en")]
    path = write_workbook(tmp_path / "cols.xlsx", [("A", None, "A", "甲", "", "")],
                          header=header)
    with pytest.raises(ChecklistImportError) as caught:
        read_checklist(path, KNOWN)
    assert [(p.row, p.column) for p in caught.value.problems] == [(1, "kind"), (1, "title_en")]


def test_numbers_are_text_and_empty_rows_are_skipped(tmp_path: Path) -> None:
    rows = [(1, None, 7.1, "一", "One", "", "", "Clause"), (None,) * 8,
            (2, 1, None, "二", "", 42, "", "EVIDENCE")]
    # No sheet named "Checklist": the first sheet is read.
    got = read_checklist(write_workbook(tmp_path / "n.xlsx", rows, sheet="清单"), {})
    assert [(r.row, r.key, r.parent, r.clause) for r in got] == [(2, "1", "", "7.1"),
                                                                 (4, "2", "1", "7.1")]
    assert got[1].description.zh == "42"


@pytest.mark.parametrize("content", [b"id,parent\nA,\n", b"PK\x03\x04 truncated", b""])
def test_a_file_that_is_not_an_xlsx_gives_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "清单.xlsx"
    path.write_bytes(content)
    with pytest.raises(ChecklistImportError) as caught:
        read_checklist(path, KNOWN)
    assert isinstance(caught.value, UserError)
    assert caught.value.problems == ()
    assert str(path) in caught.value.en and "not an Excel workbook (.xlsx)" in caught.value.en
    assert "不是 Excel 工作簿" in caught.value.zh


def test_a_csv_named_csv_and_a_zip_without_a_workbook_are_refused(tmp_path: Path) -> None:
    csv = tmp_path / "list.csv"
    csv.write_text("id,parent\n", encoding="utf-8")
    other = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("readme.txt", "hello")
    for path in (csv, other):
        with pytest.raises(ChecklistImportError, match="not an Excel workbook"):
            read_checklist(path, KNOWN)
    with pytest.raises(ChecklistImportError, match="does not exist"):
        read_checklist(tmp_path / "missing.xlsx", KNOWN)
