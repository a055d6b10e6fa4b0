"""render_xlsx: sheets, headers, typed cells, formula safety, failures."""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.domain.model import ItemState
from desktop.errors import ExportError
from desktop.reports.model import build_report_data
from desktop.reports.xlsx import EXCEL_CELL_LIMIT, render_xlsx
from tests.tools import require_program

EN_CHECKLIST_HEADERS = [
    "Standard",
    "Clause",
    "Item",
    "Type",
    "Status",
    "Owner",
    "Due",
    "Notes",
    "Evidence",
    "Item ID",
]


@pytest.fixture
def en_xlsx(report_sample, tmp_path) -> Path:
    path = tmp_path / "report.xlsx"
    render_xlsx(report_sample.report("en"), path)
    return path


def _rows_by_item(sheet) -> dict[str, tuple]:
    header = [cell.value for cell in sheet[1]]
    id_col = header.index("Item ID") if "Item ID" in header else header.index("检查项编号")
    return {row[id_col].value: row for row in sheet.iter_rows(min_row=2)}


def test_sheets_headers_frozen_panes_and_filter(en_xlsx):
    wb = load_workbook(en_xlsx)

    assert wb.sheetnames == ["Checklist", "Evidence register"]
    checklist, register = wb["Checklist"], wb["Evidence register"]
    assert [cell.value for cell in checklist[1]] == EN_CHECKLIST_HEADERS
    assert checklist["A1"].font.bold
    assert checklist["A1"].fill.fgColor.rgb == "FFD9D9D9"
    assert checklist.freeze_panes == "A2"
    assert checklist.auto_filter.ref == "A1:J11"  # header + 8 + 2 checklist items
    assert register.freeze_panes == "A2"
    assert register.auto_filter.ref == "A1:G4"  # header + 3 evidence files
    assert [cell.value for cell in register[1]][:6] == [
        "File name",
        "Size (bytes)",
        "File type",
        "Added",
        "SHA-256 (first 12)",
        "Items served",
    ]
    assert checklist.column_dimensions["H"].width >= 40  # notes
    assert checklist["H2"].alignment.wrap_text


def test_chinese_workbook_has_chinese_titles_and_headers(report_sample, tmp_path):
    path = tmp_path / "报告.xlsx"
    render_xlsx(report_sample.report("zh"), path)

    wb = load_workbook(path)
    assert wb.sheetnames == ["检查表", "证据清单"]
    header = [cell.value for cell in wb["检查表"][1]]
    assert header[:5] == ["标准", "条款", "检查项", "类型", "状态"]
    rows = _rows_by_item(wb["检查表"])
    assert rows["iso9001-2015:5.2.2:M"][2].value == "经批准并沟通的质量方针"
    assert rows["iso9001-2015:5.2.2:M"][3].value == "文件（保持）"
    assert rows["iso9001-2015:5.2.2:M"][4].value == "◐ 进行中"
    assert rows["iso9001-2015:5.2.2:M"][7].value == report_sample.long_zh_note


def test_due_and_added_dates_are_date_cells(en_xlsx):
    wb = load_workbook(en_xlsx)
    due = _rows_by_item(wb["Checklist"])["iso9001-2015:5.2.2:M"][6]
    added = wb["Evidence register"]["D4"]  # 质量手册 V3.pdf sorts last

    assert due.is_date
    assert due.value.date() == dt.date(2025, 4, 30)
    assert due.number_format == "yyyy-mm-dd"
    assert added.is_date
    assert added.value.date() == dt.date(2025, 3, 14)
    assert wb["Evidence register"]["A4"].value == "质量手册 V3.pdf"
    assert wb["Evidence register"]["B4"].value == 2_345_678


def test_formula_like_user_text_stays_text(report_sample, en_xlsx):
    wb = load_workbook(en_xlsx)
    row = _rows_by_item(wb["Checklist"])["iso9001-2015:7.2:R"]
    notes, owner = row[7], row[5]

    assert notes.value == report_sample.formula_note
    assert notes.data_type == "s"
    assert notes.quotePrefix
    assert owner.value == "+86 138"
    assert owner.data_type == "s"
    evil = wb["Evidence register"]["A2"]
    assert evil.value == "=HYPERLINK(evil).docx"
    assert evil.data_type == "s"
    ems = _rows_by_item(wb["Checklist"])["iso14001-2015:5.2:M"]
    assert ems[5].value == "@环境组"
    assert ems[5].data_type == "s"


def test_markup_and_evidence_names_are_plain_cell_text(report_sample, en_xlsx):
    rows = _rows_by_item(load_workbook(en_xlsx)["Checklist"])

    assert rows["iso9001-2015:4.3:M"][7].value == report_sample.markup_note
    assert rows["iso9001-2015:4.3:M"][8].value == "质量手册 V3.pdf"
    assert rows["iso9001-2015:8.3:E"][7].value == f"Justification: {report_sample.na_justification}"


def test_text_longer_than_an_excel_cell_is_cut(report_sample, tmp_path):
    item = "iso9001-2015:4.3:M"
    data = build_report_data(
        standards=[report_sample.qms()],
        profile=report_sample.profile(),
        states={item: ItemState(item, notes="备" * (EXCEL_CELL_LIMIT + 10))},
        evidence=[],
        lang="zh",
        generated_at=report_sample.generated_at,
        app_version="0.1.0",
    )
    path = tmp_path / "long.xlsx"

    render_xlsx(data, path)

    value = _rows_by_item(load_workbook(path)["检查表"])[item][7].value
    assert len(value) == EXCEL_CELL_LIMIT
    assert value.endswith("…")


def test_missing_folder_raises_export_error_in_both_languages(report_sample, tmp_path):
    path = tmp_path / "gone" / "report.xlsx"

    with pytest.raises(ExportError) as caught:
        render_xlsx(report_sample.report("en"), path)

    assert str(path) in caught.value.en
    assert str(path) in caught.value.zh
    assert caught.value.text("zh") == caught.value.zh
    assert list(tmp_path.iterdir()) == []


def test_failed_replace_leaves_no_temp_file(report_sample, tmp_path, monkeypatch):
    path = tmp_path / "report.xlsx"

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError):
        render_xlsx(report_sample.report("en"), path)

    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_libreoffice_shows_user_text_and_dates_as_entered(report_sample, en_xlsx, tmp_path):
    soffice = require_program("soffice", "libreoffice-calc-nogui")
    out = tmp_path / "csv"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(out),
            str(en_xlsx),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )

    with (out / "report.csv").open(encoding="utf-8", newline="") as handle:
        rows = {row[-1]: row for row in csv.reader(handle)}
    assert rows["iso9001-2015:7.2:R"][7] == report_sample.formula_note  # not evaluated
    assert rows["iso9001-2015:7.2:R"][5] == "+86 138"
    assert rows["iso9001-2015:5.2.2:M"][6] == "2025-04-30"
    assert rows["iso9001-2015:4.3:M"][7] == report_sample.markup_note
