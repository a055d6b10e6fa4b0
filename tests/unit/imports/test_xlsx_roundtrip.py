"""Reading back a filled-in checklist workbook: cells, sheets and every problem with its place."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook

from desktop.domain.model import ItemStatus
from desktop.errors import ChecklistImportError
from desktop.imports.xlsx_roundtrip import (
    INTEGRATED_SHEET,
    META_SHEET,
    CellTooLongError,
    RoundTripProblem,
    parse_status,
    read_roundtrip,
)
from tests.hostile_workbooks import roundtrip_book, roundtrip_rows

HEADER = ["ID", "Clause", "Requirement", "Kind", "Status", "Owner", "Due date", "Notes",
          "N/A justification", "Evidence", "Stamp"]
Q = "iso9001-2015"
E = "iso14001-2015"
STAMP = "2026-11-20T08:15:00+00:00"


def row(item: str, status: Any = "○ Not started", owner: Any = None, due: Any = None,
        notes: Any = None, just: Any = None, stamp: Any = STAMP) -> list[Any]:
    """One data row in the exported column order (B, C, D and J filled with dummies)."""
    return [item, "4.1", "Requirement", "Evidence", status, owner, due, notes, just,
            "file.pdf", stamp]


def book(path: Path, sheets: dict[str, Sequence[Sequence[Any]]], *,
         standards: Sequence[str] = (Q, E), names: Sequence[str] | None = None,
         meta: bool = True, header: Sequence[str] = HEADER) -> Path:
    """A workbook in the round-trip layout: ``sheets`` maps name -> data rows."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        ws.append(list(header))
        for values in rows:
            ws.append(list(values))
        for (cell,) in ws.iter_rows(min_row=2, min_col=8, max_col=8):
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # user text, as the exporter stores it: never a formula
                cell.quotePrefix = True
    wb.create_sheet(INTEGRATED_SHEET).append(["Shared", "anything"])
    if meta:
        ms = wb.create_sheet(META_SHEET)
        names = list(names if names is not None else ["ISO 9001 2015", "ISO 14001 2015"])
        for key, value in (("format", 1), ("project", "acme.auditready"),
                           ("exported_at", "2026-11-21T09:00:00+00:00"), ("lang", "en"),
                           ("standards", ",".join(standards)), ("sheets", ",".join(names))):
            ms.append([key, value])
        ms.sheet_state = "hidden"
    wb.save(path)
    return path


def places(problems: Sequence[RoundTripProblem]) -> list[tuple[str, int, str, bool]]:
    return [(p.sheet, p.row, p.column, p.blocking) for p in problems]


@pytest.mark.parametrize(("text", "expected"), [
    ("● Ready", ItemStatus.READY),
    ("ready", ItemStatus.READY),
    ("  READY ", ItemStatus.READY),
    ("就绪", ItemStatus.READY),
    ("● 就绪", ItemStatus.READY),
    ("●", ItemStatus.READY),
    ("◐", ItemStatus.IN_PROGRESS),
    ("进行中", ItemStatus.IN_PROGRESS),
    ("○ not  started", ItemStatus.NOT_STARTED),
    ("–", ItemStatus.NOT_APPLICABLE),
    ("– 不适用", ItemStatus.NOT_APPLICABLE),
    ("N/A", ItemStatus.NOT_APPLICABLE),
    ("● Not started", None),  # symbol and word disagree
    ("Done", None),
    ("", None),
])
def test_status_words_of_both_languages_and_bare_symbols(text: str,
                                                          expected: ItemStatus | None) -> None:
    assert parse_status(text) is expected


def test_workbooks_are_parsed_through_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True


def test_cells_are_typed_dates_in_three_forms_and_numbers_as_text(tmp_path: Path) -> None:
    path = book(tmp_path / "w.xlsx", {
        "ISO 9001 2015": [
            row(f"{Q}:4.1:E", "● Ready", owner="王质量", due=dt.datetime(2026, 12, 1),
                notes="=SUM(A1:A2)"),
            row(f"{Q}:4.2:E", "进行中", owner=13800138000, due="2026-03-31", stamp=""),
            row(f"{Q}:4.3:M", "–", due=46112, just="No design work", notes="<b>& x</b>"),
        ],
        "ISO 14001 2015": [row(f"{E}:4.1:E", "◐", stamp=None)],
    })
    result = read_roundtrip(path)
    assert result.problems == ()
    assert result.meta.standards == (Q, E)
    assert result.meta.sheets == ("ISO 9001 2015", "ISO 14001 2015")
    first, second, third, fourth = result.rows
    assert (first.sheet, first.row, first.standard_id) == ("ISO 9001 2015", 2, Q)
    assert first.status is ItemStatus.READY and first.owner == "王质量"
    assert first.due_date == dt.date(2026, 12, 1)
    assert first.notes == "=SUM(A1:A2)"
    assert first.stamp == dt.datetime(2026, 11, 20, 8, 15, tzinfo=dt.UTC)
    assert second.status is ItemStatus.IN_PROGRESS and second.owner == "13800138000"
    assert second.due_date == dt.date(2026, 3, 31) and second.stamp is None
    # Excel serial 46112: 45658 is 2025-01-01, + 365 + 31 + 28 + 30 days
    assert third.due_date == dt.date(2026, 3, 31)
    assert third.status is ItemStatus.NOT_APPLICABLE and third.justification == "No design work"
    assert third.notes == "<b>& x</b>"
    assert (fourth.sheet, fourth.standard_id, fourth.stamp) == ("ISO 14001 2015", E, None)


def test_every_cell_problem_is_reported_with_sheet_row_and_column(tmp_path: Path) -> None:
    path = book(tmp_path / "w.xlsx", {
        "ISO 9001 2015": [
            row(f"{Q}:4.1:E", "Done"),                              # 2: status unknown
            row(f"{Q}:4.2:E", "● Ready", due="next week"),           # 3: not a date
            row(f"{Q}:4.3:M", "● Ready", owner=dt.datetime(2026, 1, 2)),  # 4: date as owner
            row(f"{Q}:4.4:E", '=IF(TRUE,"Ready","")'),          # 5: formula
            row(f"{Q}:5.1:E", "● Ready", notes=True),                # 6: TRUE/FALSE
            row(None, "● Ready", owner="Li"),                        # 7: no id
            row(f"{Q}:4.1:E", "● Ready"),                            # 8: duplicate id
            row(f"{Q}:5.2:M", None),                                 # 9: empty status
            row(f"{Q}:5.3:E", "● Ready", owner="A"),                 # 10-11: merged F
            row(f"{Q}:6.1:E", "● Ready", owner=None),
            [None] * 11,                                             # 12: empty: skipped
        ],
        "ISO 14001 2015": [row(f"{E}:4.1:E", "◐")],
    })
    wb = openpyxl.load_workbook(path)
    wb["ISO 9001 2015"].merge_cells("F10:F11")
    wb.save(path)
    result = read_roundtrip(path)
    sheet = "ISO 9001 2015"
    assert places(result.problems) == [
        (sheet, 2, "E", True), (sheet, 3, "G", True), (sheet, 4, "F", True),
        (sheet, 5, "E", True), (sheet, 6, "H", True), (sheet, 7, "A", True),
        (sheet, 8, "A", True), (sheet, 9, "E", True), (sheet, 10, "F", True),
        (sheet, 11, "F", True),
    ]
    texts = [p.text("en") for p in result.problems]
    assert texts[0] == ('Sheet "ISO 9001 2015", row 2, column E: unknown status "Done"; use '
                        "one of ○ Not started / ◐ In progress / ● Ready / – Not applicable")
    assert "formula" in texts[3] and 'first on sheet "ISO 9001 2015", row 2' in texts[6]
    assert result.problems[0].text("zh").startswith(
        "工作表“ISO 9001 2015”第 2 行 E 列：无法识别的状态")
    assert "F10:F11" in texts[8]
    valid = {r.item_id: r.valid for r in result.rows}
    assert valid[f"{E}:4.1:E"] and not valid[f"{Q}:4.2:E"] and not valid[f"{Q}:5.3:E"]


def test_renamed_extra_and_missing_sheets_give_notes(tmp_path: Path) -> None:
    path = book(tmp_path / "w.xlsx", {
        "质量 QMS": [row(f"{Q}:4.1:E", "● Ready")],            # renamed from "ISO 9001 2015"
        "My notes": [["anything"]],
    })
    result = read_roundtrip(path)
    assert [(r.sheet, r.standard_id) for r in result.rows] == [("质量 QMS", Q)]
    assert places(result.problems) == [("质量 QMS", 0, "", False), ("", 0, "", False),
                                       ("My notes", 0, "", False)]
    assert 'renamed from "ISO 9001 2015"' in result.problems[0].en
    assert '"ISO 14001 2015" is missing' in result.problems[1].en
    assert result.problems[2].zh == "该工作表不是导出的检查表，已忽略"


def test_the_integrated_sheet_is_skipped_without_a_note_in_either_language(
        tmp_path: Path) -> None:
    # book() also adds the sheet under its former two-language name, "三体系 Integrated".
    path = book(tmp_path / "w.xlsx", {"ISO 9001 2015": [row(f"{Q}:4.1:E", "● Ready")],
                                      "ISO 14001 2015": [], "Integrated": [["Shared"]],
                                      "三体系整合": [["共有要求"]]})
    result = read_roundtrip(path)
    assert [(r.sheet, r.standard_id) for r in result.rows] == [("ISO 9001 2015", Q)]
    assert not result.problems


def test_inserted_columns_are_refused_for_the_sheet(tmp_path: Path) -> None:
    header = ["ID", "Extra", *HEADER[1:]]
    path = book(tmp_path / "w.xlsx", {"ISO 9001 2015": [row(f"{Q}:4.1:E")],
                                      "ISO 14001 2015": []}, header=header)
    result = read_roundtrip(path)
    assert places(result.problems)[:1] == [("ISO 9001 2015", 1, "", True)]
    assert result.rows == ()


def test_a_workbook_without_the_hidden_sheet_is_not_ours(tmp_path: Path) -> None:
    path = book(tmp_path / "w.xlsx", {"ISO 9001 2015": [row(f"{Q}:4.1:E")]}, meta=False)
    with pytest.raises(ChecklistImportError) as caught:
        read_roundtrip(path)
    assert "not a workbook exported by AuditReady" in caught.value.text("en")
    assert "不是由 AuditReady 导出的工作簿" in caught.value.text("zh")


def test_files_that_are_not_xlsx_are_refused_in_both_languages(tmp_path: Path) -> None:
    text = tmp_path / "notes.xlsx"
    text.write_text("ID,Status\n", encoding="utf-8")
    with pytest.raises(ChecklistImportError) as caught:
        read_roundtrip(text)
    assert "not an Excel workbook (.xlsx) or it is damaged" in caught.value.en
    assert "不是 Excel 工作簿" in caught.value.zh
    with pytest.raises(ChecklistImportError, match="does not exist"):
        read_roundtrip(tmp_path / "missing.xlsx")


def test_an_entity_expansion_attack_is_refused(tmp_path: Path) -> None:
    good = book(tmp_path / "good.xlsx", {"ISO 9001 2015": [row(f"{Q}:4.1:E")],
                                         "ISO 14001 2015": []})
    bomb = tmp_path / "bomb.xlsx"
    entities = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/workbook.xml":
                text = data.decode("utf-8")
                start = text.index("?>") + 2 if "?>" in text else 0
                data = (text[:start] + entities + text[start:]).encode("utf-8")
            target.writestr(info, data)
    with pytest.raises(ChecklistImportError) as caught:
        read_roundtrip(bomb)
    assert "it contains unsafe XML" in caught.value.en
    assert "不安全的 XML" in caught.value.zh


def test_a_cell_longer_than_excel_allows_refuses_the_workbook(tmp_path: Path) -> None:
    rows = roundtrip_rows()  # written as raw XML: openpyxl itself cuts text at 32,767
    rows[2][2] = "要" * 32_768  # column C, read-only, is refused too
    path = tmp_path / "long.xlsx"
    path.write_bytes(roundtrip_book("p.auditready", rows))
    with pytest.raises(CellTooLongError) as caught:
        read_roundtrip(path)
    error = caught.value
    assert isinstance(error, ChecklistImportError)  # shown like every other refused workbook
    assert (error.sheet, error.row, error.column, error.length) == (
        "ISO 9001 2015", 3, "C", 32_768)
    assert error.text("en").endswith("Shorten that text and import the workbook again.")
    assert "第 3 行 C 列有 32,768 个字符" in error.text("zh")


def test_a_cell_of_exactly_excels_limit_is_read(tmp_path: Path) -> None:
    path = book(tmp_path / "full.xlsx", {
        "ISO 9001 2015": [row(f"{Q}:4.1:E", notes="文" * 32_767)],
        "ISO 14001 2015": [row(f"{E}:4.1:E")],
    })
    result = read_roundtrip(path)
    assert result.problems == ()
    assert result.rows[0].notes == "文" * 32_767
