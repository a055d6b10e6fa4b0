"""render_xlsx on the hand-made sample: sheets, round-trip layout, typed cells, safety, failures."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.domain.model import ItemState, ItemStatus
from desktop.domain.shares import SHARE_NUMBER_FORMATS
from desktop.errors import CancelledError, ExportError
from desktop.reports.model import ReportData, build_report_data
from desktop.reports.xlsx.xlsx import EXCEL_CELL_LIMIT, formula_like, render_xlsx

QMS_SHEET = "ISO 9001 2015"
EMS_SHEET = "ISO 14001 2015"
EN_HEADER = [
    "ID", "Clause", "Requirement", "Type", "Status", "Owner", "Due date", "Notes",
    "Justification if not applicable", "Evidence (read-only)", "Stamp",
]
ZH_HEADER = [
    "ID", "条款", "要求", "类型", "状态", "负责人", "完成期限", "备注", "不适用理由",
    "证据（只读）", "Stamp",
]


@pytest.fixture
def en_xlsx(report_sample, tmp_path) -> Path:
    path = tmp_path / "report.xlsx"
    render_xlsx(report_sample.report("en"), path, project="acme.auditready")
    return path


def _rows(sheet) -> dict[str, tuple]:
    """Data rows of a checklist sheet by item id (column A)."""
    return {row[0].value: row for row in sheet.iter_rows(min_row=2)}


def _one_item(report_sample, lang: str = "en", **state: object) -> ReportData:
    """The ISO 9001 sample with one recorded state on item 4.3:M."""
    return build_report_data(
        standards=[report_sample.qms()],
        profile=report_sample.profile(),
        states={"iso9001-2015:4.3:M": ItemState("iso9001-2015:4.3:M", **state)},  # type: ignore
        evidence=[],
        lang=lang,  # type: ignore[arg-type]
        generated_at=report_sample.generated_at,
        app_version="0.1.0",
    )


def test_sheets_in_order_with_lists_and_export_facts_hidden(en_xlsx):
    wb = load_workbook(en_xlsx)

    assert wb.sheetnames == [
        "Summary", QMS_SHEET, EMS_SHEET, "Integrated", "Evidence register",
        "Action plan", "Audits", "Certificate calendar", "Lists", "_auditready",
    ]
    hidden = [ws.title for ws in wb.worksheets if ws.sheet_state != "visible"]
    assert hidden == ["Lists", "_auditready"]


def test_chinese_workbook_titles_headers_and_words(report_sample, tmp_path):
    path = tmp_path / "报告.xlsx"
    render_xlsx(report_sample.report("zh"), path)

    wb = load_workbook(path)
    assert wb.sheetnames[:3] == ["摘要", QMS_SHEET, EMS_SHEET]
    assert wb.sheetnames[3:9] == ["三体系整合", "证据清单", "行动计划", "内部审核和管理评审",
                                  "证书日历", "Lists"]
    assert [c.value for c in wb[QMS_SHEET][1]] == ZH_HEADER
    row = _rows(wb[QMS_SHEET])["iso9001-2015:5.2.2:M"]
    assert row[2].value == "经批准并沟通的质量方针"
    assert row[3].value == "文件（保持）\n§ 标准要求"
    assert row[4].value == "◐ 进行中"
    assert row[7].value == report_sample.long_zh_note
    statuses = [c.value for c in wb["Lists"]["A"][1:5]]
    assert statuses == ["○ 未开始", "◐ 进行中", "● 就绪", "– 不适用"]


def test_checklist_columns_follow_the_round_trip_layout(report_sample, en_xlsx):
    sheet = load_workbook(en_xlsx)[QMS_SHEET]
    rows = _rows(sheet)

    assert [c.value for c in sheet[1]] == EN_HEADER
    assert sheet.max_row == 9  # header + 8 ISO 9001 checklist items
    policy = [c.value for c in rows["iso9001-2015:5.2.2:M"]]
    assert policy == [
        "iso9001-2015:5.2.2:M", "5.2.2 Communicating the quality policy",
        "Quality policy, approved and communicated",
        "Document (maintain)\n§ Required by the standard", "◐ In progress", "李明（管理者代表）",
        dt.datetime(2025, 4, 30),
        report_sample.long_zh_note, None, "质量手册 V3.pdf", None,
    ]
    na = [c.value for c in rows["iso9001-2015:8.3:E"]]
    assert na[4] == "– Not applicable"
    assert na[7] is None  # notes stay apart from the justification
    assert na[8] == report_sample.na_justification
    assert sheet.column_dimensions["A"].hidden
    assert sheet.column_dimensions["K"].hidden
    assert not any(sheet.column_dimensions[c].hidden for c in "BCDEFGHIJ")
    assert not sheet.merged_cells.ranges


def test_stamp_is_the_state_time_in_utc(report_sample, tmp_path):
    updated = dt.datetime(2025, 3, 1, 2, 3, 4, 567, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    data = _one_item(report_sample, status=ItemStatus.READY)
    data = replace(data, states={"iso9001-2015:4.3:M": ItemState(
        "iso9001-2015:4.3:M", ItemStatus.READY, updated_at=updated)})
    path = tmp_path / "stamp.xlsx"

    render_xlsx(data, path)

    rows = _rows(load_workbook(path)[QMS_SHEET])
    assert rows["iso9001-2015:4.3:M"][10].value == "2025-02-28T18:03:04.000567+00:00"
    assert rows["iso9001-2015:4.3:M"][10].data_type == "s"
    assert rows["iso9001-2015:5.2.2:M"][10].value is None  # never recorded


def test_export_facts_sheet(en_xlsx):
    sheet = load_workbook(en_xlsx)["_auditready"]

    assert [(r[0].value, r[1].value) for r in sheet.iter_rows()] == [
        ("format", 1),
        ("project", "acme.auditready"),
        ("exported_at", "2025-03-14T09:30:00+08:00"),
        ("lang", "en"),
        ("standards", "iso9001-2015,iso14001-2015"),
        ("sheets", f"{QMS_SHEET},{EMS_SHEET}"),
    ]


def test_drop_downs_for_status_owner_due_date(en_xlsx):
    wb = load_workbook(en_xlsx)
    found = {str(dv.sqref): dv for dv in wb[QMS_SHEET].data_validations.dataValidation}

    assert set(found) == {"E2:E9", "F2:F9", "G2:G9"}
    assert (found["E2:E9"].type, found["E2:E9"].formula1) == ("list", "Lists!$A$2:$A$5")
    assert found["E2:E9"].errorStyle == "stop"
    assert (found["F2:F9"].type, found["F2:F9"].formula1) == ("list", "Lists!$B$2:$B$6")
    assert found["F2:F9"].errorStyle == "information"  # new owners may be typed
    assert found["G2:G9"].type == "date"
    lists = wb["Lists"]
    assert [c.value for c in lists["A"][1:5]] == [
        "○ Not started", "◐ In progress", "● Ready", "– Not applicable"]
    # every owner of the project once, sorted without case
    assert [c.value for c in lists["B"][1:6]] == [
        "+86 138", "@环境组", "Zhang Wei", "李明（管理者代表）", "王质量"]
    assert lists["B2"].data_type == "s"
    assert [c.value for c in lists["C"][1:5]] == ["Open", "In progress", "Done", "Cancelled"]
    plan = wb["Action plan"].data_validations.dataValidation
    actions = {str(dv.sqref): dv.formula1 for dv in plan}
    assert actions == {"G2": "Lists!$C$2:$C$5", "E2": "Lists!$B$2:$B$6"}


def test_every_sheet_has_a_frozen_bold_header_and_its_filter(en_xlsx):
    wb = load_workbook(en_xlsx)

    for title in (QMS_SHEET, "Evidence register", "Action plan", "Audits",
                  "Certificate calendar", "Summary", "Integrated"):
        sheet = wb[title]
        assert sheet.freeze_panes == "A2", title
        assert sheet["A1"].font.bold, title
        assert sheet["B1"].fill.fgColor.rgb == "FFD9D9D9", title
    assert wb[QMS_SHEET].auto_filter.ref == "A1:K9"
    assert wb["Evidence register"].auto_filter.ref == "A1:L4"  # header + 3 files


def test_dates_are_date_cells(en_xlsx):
    wb = load_workbook(en_xlsx)
    due = _rows(wb[QMS_SHEET])["iso9001-2015:5.2.2:M"][6]
    register = wb["Evidence register"]

    assert due.is_date
    assert due.value == dt.datetime(2025, 4, 30)
    assert due.number_format == "yyyy-mm-dd"
    assert register["A4"].value == "质量手册 V3.pdf"  # sorts last
    assert register["H4"].is_date
    assert register["H4"].value == dt.datetime(2025, 3, 14)  # added 20:00 UTC = 14th in UTC+8
    assert register["I4"].value == 2_345_678
    assert register["J4"].value == "aaaaaaaaaaaa"


def test_long_text_wraps_and_its_row_grows(report_sample, en_xlsx):
    sheet = load_workbook(en_xlsx)[QMS_SHEET]
    row = _rows(sheet)["iso9001-2015:5.2.2:M"]

    assert row[7].alignment.wrap_text
    # 106 Chinese characters = 212 width units; notes are 29 wide, 27.5 usable per line:
    # ceil(212 / 27.5) = 8 lines of 15 pt, plus 3 pt
    assert sheet.row_dimensions[row[7].row].height == 123


@pytest.mark.parametrize(
    "note", ["=1+1", "+SUM(A1)", "-2", "@cmd", "\t=1", "  =HYPERLINK(\"x\")", "\n=1"])
def test_formula_like_notes_stay_literal_text(report_sample, tmp_path, note):
    path = tmp_path / "f.xlsx"
    render_xlsx(_one_item(report_sample, notes=note, owner=note), path)

    row = _rows(load_workbook(path)[QMS_SHEET])["iso9001-2015:4.3:M"]
    for cell in (row[5], row[7]):  # owner, notes
        assert cell.value == note
        assert cell.data_type == "s"
        assert cell.quotePrefix


def test_sample_formula_markup_and_names_stay_literal(report_sample, en_xlsx):
    wb = load_workbook(en_xlsx)
    qms = _rows(wb[QMS_SHEET])

    assert qms["iso9001-2015:7.2:R"][7].value == report_sample.formula_note
    assert qms["iso9001-2015:7.2:R"][7].data_type == "s"
    assert qms["iso9001-2015:4.3:M"][7].value == report_sample.markup_note
    assert _rows(wb[EMS_SHEET])["iso14001-2015:5.2:M"][5].value == "@环境组"
    evil = wb["Evidence register"]["A2"]
    assert (evil.value, evil.data_type) == ("=HYPERLINK(evil).docx", "s")


def test_formula_like_rule():
    assert formula_like("=A1")
    assert formula_like(" \n@x")
    assert formula_like("\tx")
    assert formula_like("-")
    assert not formula_like("")
    assert not formula_like("a=1")
    assert not formula_like("1-2")
    assert not formula_like("   ")


def test_text_longer_than_an_excel_cell_is_cut(report_sample, tmp_path):
    path = tmp_path / "long.xlsx"

    render_xlsx(_one_item(report_sample, "zh", notes="备" * (EXCEL_CELL_LIMIT + 10)), path)

    value = _rows(load_workbook(path)[QMS_SHEET])["iso9001-2015:4.3:M"][7].value
    assert len(value) == EXCEL_CELL_LIMIT
    assert value.endswith("…")


def test_sheets_without_records_have_only_their_header(en_xlsx):
    wb = load_workbook(en_xlsx)  # the hand-made report carries no assessment or audits

    for title in ("Action plan", "Audits", "Certificate calendar"):
        assert wb[title].max_row == 1, title
    summary = wb["Summary"]
    assert summary["A2"].value == "GB/T 19001-2016 / ISO 9001:2015/Amd 1:2024"
    assert summary["B2"].value == pytest.approx(2 / 7)  # 2 of 7 applicable items ready
    assert summary["B2"].number_format == SHARE_NUMBER_FORMATS[0]  # shown as 29%
    assert (summary["G2"].value, summary["H2"].value) == (7, 2)
    assert summary["C2"].value is None  # no layers without an assessment


def test_cancel_leaves_the_target_untouched(report_sample, tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"old")

    with pytest.raises(CancelledError):
        render_xlsx(report_sample.report("en"), path, cancelled=lambda: True)

    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_progress_ends_complete(report_sample, tmp_path):
    calls: list[tuple[int, int]] = []

    render_xlsx(report_sample.report("en"), tmp_path / "r.xlsx",
                progress=lambda done, total: calls.append((done, total)))

    assert calls[0] == (0, 13)  # 10 checklist rows + 3 evidence rows
    assert calls[-1] == (13, 13)
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)


def test_missing_folder_raises_export_error_in_both_languages(report_sample, tmp_path):
    path = tmp_path / "gone" / "report.xlsx"

    with pytest.raises(ExportError) as caught:
        render_xlsx(report_sample.report("en"), path)

    assert str(path) in caught.value.en
    assert str(path) in caught.value.zh
    assert list(tmp_path.iterdir()) == []


def test_failed_replace_leaves_no_temp_file(report_sample, tmp_path, monkeypatch):
    path = tmp_path / "report.xlsx"

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError):
        render_xlsx(report_sample.report("en"), path)

    assert list(tmp_path.iterdir()) == []


def test_sheet_writer_types_every_kind_of_value(tmp_path):
    """Dates, numbers, blanks and text of any type; only text is checked for formulas."""
    from enum import StrEnum

    from openpyxl import Workbook

    from desktop.domain.model import Text
    from desktop.reports.xlsx.xlsx_layout import Column, SheetWriter

    class Word(StrEnum):
        EVIL = "=2*3"

    class Named:
        def __str__(self) -> str:
            return "+cmd|' /C calc'!A0"

    book = Workbook(write_only=True)
    writer = SheetWriter(book, "Kinds", [Column(Text(str(n), str(n)), 12) for n in range(9)], "en")
    writer.row([dt.date(2026, 12, 6), dt.datetime(2026, 12, 6, 8, 30, tzinfo=dt.UTC), 7, 0.5,
                True, None, "", Word.EVIL, Named()])
    writer.finish()
    path = tmp_path / "kinds.xlsx"
    book.save(path)

    cells = next(load_workbook(path)["Kinds"].iter_rows(min_row=2))
    assert cells[0].value == dt.datetime(2026, 12, 6) and cells[0].is_date
    assert cells[1].value == dt.datetime(2026, 12, 6, 8, 30)
    assert [c.value for c in cells[2:5]] == [7, 0.5, True]
    assert cells[5].value is None and cells[6].value is None
    for cell, text in ((cells[7], "=2*3"), (cells[8], "+cmd|' /C calc'!A0")):
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
