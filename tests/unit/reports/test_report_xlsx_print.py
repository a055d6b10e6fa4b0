"""The workbook prints and protects itself: paper, header and footer, scale, borders,
conditional formats, locked ids and stamps (read back with openpyxl, not write-only)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import MergedCell
from reportlab.lib.pagesizes import A4, LETTER

from desktop.domain.model import Text
from desktop.reports.xlsx.xlsx import render_xlsx
from desktop.reports.xlsx.xlsx_layout import Column, SheetWriter
from desktop.reports.xlsx.xlsx_print import (
    BODY_TEXT_PT,
    MIN_FIT_TEXT_PT,
    POINTS_PER_UNIT,
    WIDE_SCALE,
    choose_layout,
    printable_width,
)
from desktop.services.reporting.data import report_data
from desktop.services.reporting.export import export_reports

CHECKLISTS = ("ISO 9001 2015", "ISO 14001 2015", "ISO 45001 2018")
EDITABLE = "EFGHI"  # status, owner, due date, notes, justification


@pytest.fixture
def en_book(sample, tmp_path: Path):
    path = tmp_path / "sample.xlsx"
    render_xlsx(report_data(sample, "en"), path, project=sample.path.name)
    return load_workbook(path)


def visible(wb):
    return [ws for ws in wb.worksheets if ws.sheet_state == "visible"]


@pytest.mark.parametrize(("lang", "pagesize", "code", "footer", "exported"), [
    ("en", A4, 9, "Page &P of &N", "Exported "),
    ("zh", LETTER, 1, "第 &P 页，共 &N 页", "导出日期 "),
])
def test_every_sheet_prints_on_the_paper_with_company_sheet_page_and_date(
        report_sample, tmp_path, lang, pagesize, code, footer, exported):
    path = tmp_path / "r.xlsx"
    render_xlsx(report_sample.report(lang), path, pagesize=pagesize)
    wb = load_workbook(path)

    assert len(visible(wb)) == 8
    for sheet in visible(wb):
        assert sheet.page_setup.paperSize == code, sheet.title
        assert sheet.oddHeader.left.text == report_sample.company, sheet.title
        assert sheet.oddHeader.center.text == "&A", sheet.title  # the sheet's own name
        assert sheet.oddFooter.center.text == footer, sheet.title
        assert sheet.oddFooter.right.text == f"{exported}2025-03-14", sheet.title
        # row 1 repeats on every page, but on the summary it heads only its first table
        assert sheet.print_title_rows == (None if sheet.title in ("Summary", "摘要")
                                          else "$1:$1"), sheet.title


def test_an_ampersand_in_the_company_prints_as_itself(report_sample, tmp_path):
    data = report_sample.report("en")
    data = replace(data, company=replace(data.company, name="Smith & Sons"))
    path = tmp_path / "r.xlsx"
    render_xlsx(data, path)
    assert load_workbook(path)["Summary"].oddHeader.left.text == "Smith && Sons"


def test_the_export_carries_the_chosen_paper_to_the_workbook(sample, tmp_path):
    path = tmp_path / "letter.xlsx"
    export_reports(sample, lang="en", xlsx=path, pagesize="Letter")
    assert {ws.page_setup.paperSize for ws in load_workbook(path).worksheets
            if ws.sheet_state == "visible"} == {1}


def test_checklists_fit_the_width_readably_and_the_register_runs_across_pages(en_book):
    for title in CHECKLISTS:
        setup = en_book[title].page_setup
        assert setup.orientation == "landscape"
        assert en_book[title].sheet_properties.pageSetUpPr.fitToPage
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    register = en_book["Evidence register"]
    assert not register.sheet_properties.pageSetUpPr.fitToPage
    assert register.page_setup.scale == WIDE_SCALE
    assert register.print_title_cols == "$A:$A"  # the file name on every page across
    # what was decided is what the widths give on A4 landscape
    for sheet in visible(en_book):
        widths = [d.width for d in sheet.column_dimensions.values() if not d.hidden]
        fitted = sum(widths) * POINTS_PER_UNIT <= printable_width(A4, landscape=True) * (
            BODY_TEXT_PT / MIN_FIT_TEXT_PT)
        assert bool(sheet.sheet_properties.pageSetUpPr.fitToPage) == fitted, sheet.title


def test_layout_rule_portrait_fit_and_the_readable_limit():
    portrait = printable_width(A4, landscape=False) / POINTS_PER_UNIT
    assert choose_layout([portrait], A4).landscape is False
    assert choose_layout([portrait + 1], A4).landscape is True
    # the widest sheet still fitted: its text prints at MIN_FIT_TEXT_PT
    limit = printable_width(A4, landscape=True) / POINTS_PER_UNIT * BODY_TEXT_PT / MIN_FIT_TEXT_PT
    assert choose_layout([limit - 0.5], A4).fit is True
    assert choose_layout([limit - 0.5], A4).scale * BODY_TEXT_PT / 100 >= 8
    wide = choose_layout([limit + 0.5], A4)
    assert (wide.fit, wide.scale) == (False, WIDE_SCALE)
    # Letter is narrower than A4: the same width may fit A4 and not Letter
    a4_only = printable_width(LETTER, landscape=True) / POINTS_PER_UNIT * 1.4
    assert choose_layout([a4_only], A4).fit and not choose_layout([a4_only], LETTER).fit


def test_sheets_are_protected_without_password_ids_and_stamps_locked(en_book):
    for sheet in en_book.worksheets:  # the hidden Lists and _auditready too
        assert sheet.protection.sheet, sheet.title
        assert sheet.protection.password is None, sheet.title
    for title in CHECKLISTS:
        sheet = en_book[title]
        assert sheet.max_row > 20
        for row in sheet.iter_rows(min_row=2):
            cells = {c.column_letter: c for c in row}
            assert cells["A"].value and cells["A"].protection.locked, (title, row[0].row)
            assert cells["K"].protection.locked
            assert cells["C"].protection.locked  # the requirement is not the client's
            for letter in EDITABLE:  # empty cells too: a client fills those in
                assert not cells[letter].protection.locked, (title, row[0].row, letter)
        assert all(c.protection.locked for c in sheet[1])  # the header
    plan = en_book["Action plan"]
    assert plan.max_row >= 2
    assert plan["A2"].protection.locked  # the action's number
    assert not any(plan[f"{c}2"].protection.locked for c in "EFGIJ")


def test_data_rows_have_thin_borders_and_every_cell_sits_at_the_top(en_book):
    for sheet in visible(en_book):
        for row in sheet.iter_rows(min_row=1, max_row=min(sheet.max_row, 40)):
            for cell in row:
                if cell.has_style and not isinstance(cell, MergedCell):  # merged: top-left's
                    assert cell.alignment.vertical == "top", (sheet.title, cell.coordinate)
    for title in (*CHECKLISTS, "Evidence register", "Action plan"):
        sheet = en_book[title]
        last = sheet.max_column
        for row in sheet.iter_rows(min_row=2, max_col=last):
            assert all(c.border.left.style == "thin" and c.border.bottom.style == "thin"
                       for c in row), (title, row[0].row)
    notes = en_book[CHECKLISTS[0]]["H2"]
    assert notes.alignment.wrap_text  # long notes wrap downwards from the top


def test_summary_has_no_filter_and_its_charts_print_within_the_table_width(en_book):
    summary = en_book["Summary"]
    assert summary.auto_filter.ref is None
    last_text_row = max(c.row for c in summary["A"] if c.value is not None)
    for chart in summary._charts:
        assert chart.anchor._from.col < 9  # within A:I
        assert chart.anchor._from.row >= last_text_row  # below the tables


def _rules(sheet) -> dict[str, list]:
    return {str(cf.sqref): cf.rules for cf in sheet.conditional_formatting}


def test_status_and_overdue_conditional_formats(en_book):
    for title in CHECKLISTS:
        sheet = en_book[title]
        last = sheet.max_row
        rules = _rules(sheet)
        status = rules[f"E2:E{last}"]
        assert [r.formula[0] for r in status] == [
            'LEFT($E2,1)="○"', 'LEFT($E2,1)="◐"', 'LEFT($E2,1)="●"', 'LEFT($E2,1)="–"']
        fills = [r.dxf.fill.fgColor.rgb if r.dxf.fill else None for r in status]
        assert fills == [None, "FFFFD966", "FF93C47D", None]  # light, darker, and no fill
        assert status[0].dxf.font.b  # not started: bold, reads without colour
        [overdue] = rules[f"G2:G{last}"]
        assert overdue.formula == [
            'AND(ISNUMBER($G2),$G2<TODAY(),LEFT($E2,1)<>"●",LEFT($E2,1)<>"–")']
        assert overdue.dxf.font.b
    plan = _rules(en_book["Action plan"])
    last = en_book["Action plan"].max_row
    assert plan[f"F2:F{last}"][0].formula == [
        'AND(ISNUMBER($F2),$F2<TODAY(),$G2<>"Done",$G2<>"Cancelled")']
    integrated = _rules(en_book["Integrated"])
    assert {ref.split(":")[0] for ref in integrated} == {"F2", "G2", "H2"}  # one per standard
    gates = _rules(en_book["Summary"])
    assert [r.formula[0] for rules in gates.values() for r in rules] == ['LEFT($B8,1)="✘"']


def test_plain_values_appended_to_a_writer_sheet_are_still_written(tmp_path):
    wb = Workbook(write_only=True)
    writer = SheetWriter(wb, "S", [Column(Text("A", "A"), 10), Column(Text("B", "B"), 10)], "en")
    writer.row(["styled", 2])
    writer.sheet.append(["plain", None, 3])  # a caller may still append raw values
    wb.save(tmp_path / "s.xlsx")
    rows = list(load_workbook(tmp_path / "s.xlsx")["S"].iter_rows(values_only=True))
    assert rows == [("A", "B", None), ("styled", 2, None), ("plain", None, 3)]
