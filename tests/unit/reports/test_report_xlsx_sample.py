"""render_xlsx on the bundled sample project: summary charts, records sheets, LibreOffice."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.chart import BarChart, LineChart

from desktop.domain.shares import SHARE_NUMBER_FORMATS, format_share
from desktop.reports.xlsx.xlsx import render_xlsx
from desktop.services.reporting.data import report_data
from tests.clock import SAMPLE_NOW
from tests.tools import require_program


@pytest.fixture
def sample_xlsx(sample, tmp_path) -> Path:
    path = tmp_path / "sample.xlsx"
    render_xlsx(report_data(sample, "en", now=SAMPLE_NOW), path, project=sample.path.name)
    return path


def test_summary_has_layer_table_gates_history_and_native_charts(sample_xlsx):
    sheet = load_workbook(sample_xlsx)["Summary"]

    assert [sheet.cell(r, 1).value for r in range(2, 6)] == [
        "GB/T 19001-2016 / ISO 9001:2015/Amd 1:2024",
        "GB/T 24001-2016 / ISO 14001:2015/Amd 1:2024",
        "GB/T 45001-2020 / ISO 45001:2018/Amd 1:2024",
        "Integrated system",
    ]
    assert [sheet.cell(1, c).value for c in range(2, 4)] == ["Items ready", "Weighted readiness"]
    assert all(sheet.cell(r, c).number_format in SHARE_NUMBER_FORMATS
               for r in range(2, 6) for c in range(2, 7))
    assert sheet.auto_filter.ref is None  # short tables of different shapes: no filter
    assert sheet["A7"].value == "Certification gate"
    results = [sheet.cell(r, 2).value for r in range(8, 15)]
    assert set(results) <= {"✔ Passed", "✘ Failed"}
    assert "C8:H8" in {str(r) for r in sheet.merged_cells.ranges}  # the reason spans C:H
    assert sheet["A16"].value == "Day"
    assert [sheet.cell(r, 1).value for r in range(17, 22)] == [
        dt.datetime(2026, 9, 27), dt.datetime(2026, 10, 11), dt.datetime(2026, 10, 25),
        dt.datetime(2026, 11, 8), dt.datetime(2026, 11, 22)]
    bar, line = sheet._charts
    assert isinstance(bar, BarChart)
    assert len(bar.series) == 5  # items ready, weighted readiness and three layers
    assert bar.series[0].val.numRef.f == "'Summary'!$B$2:$B$5"
    assert bar.series[0].cat.numRef.f == "'Summary'!$A$2:$A$5"
    assert isinstance(line, LineChart)
    assert len(line.series) == 4  # three standards and integrated
    assert line.series[3].val.numRef.f == "'Summary'!$E$17:$E$21"
    legend = [c.value for c in sheet["A"] if isinstance(c.value, str)
              and c.value.startswith("Items ready:")]
    assert len(legend) == 1 and "Weighted readiness:" in legend[0]


def test_certificate_calendar_lists_every_deadline_by_date(sample_xlsx):
    rows = list(load_workbook(sample_xlsx)["Certificate calendar"].iter_rows(
        min_row=2, values_only=True))

    assert len(rows) == 8  # ISO 9001: 4 deadlines; ISO 14001 and 45001: stage 1 and 2
    assert rows[0][:3] == (dt.datetime(2027, 1, 3), "ISO 14001:2015", "Stage 1 audit")
    assert rows[2][:3] == (dt.datetime(2027, 1, 21), "ISO 9001:2015", "First surveillance audit")
    assert rows[-1][:3] == (dt.datetime(2029, 1, 20), "ISO 9001:2015", "Recertification audit")
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert {r[4] for r in rows} == {"○ Pending"}


def test_audits_sheet_lists_programme_audit_then_its_findings(sample_xlsx):
    rows = list(load_workbook(sample_xlsx)["Audits"].iter_rows(min_row=2, values_only=True))

    assert [r[0] for r in rows] == [
        "Audit programme", "Internal audit", "Finding", "Finding", "Finding"]
    assert rows[0][2:4] == (dt.datetime(2026, 1, 1), dt.datetime(2026, 12, 31))
    assert rows[1][8] == "● Held"
    assert [r[6] for r in rows[2:]] == [
        "Minor nonconformity", "Observation", "Opportunity for improvement"]
    assert rows[2][7].startswith("ISO 9001 7.1.5 @ ")
    assert {r[8] for r in rows[2:]} == {"○ Open"}


def test_action_plan_and_integrated_sheet(sample, sample_xlsx):
    wb = load_workbook(sample_xlsx)
    data = report_data(sample, "en", now=SAMPLE_NOW)
    actions = list(wb["Action plan"].iter_rows(min_row=2, values_only=True))
    integrated = wb["Integrated"]

    assert len(actions) == len(data.assessment.actions) == 3
    assert all(a[6] in {"Open", "In progress", "Done", "Cancelled"} for a in actions)
    assert [c.value for c in integrated[1]][5:] == [
        "ISO 9001:2015", "ISO 14001:2015", "ISO 45001:2018"]
    shared = sum(len(g.shared) for g in data.integrated)
    specific = sum(len(items) for g in data.integrated for _s, items in g.specific)
    assert integrated.max_row == 1 + shared + specific
    first = [c.value for c in integrated[2]]
    assert first[4] == "Shared requirement"
    assert all(v.split(" ", 1)[0] in "○◐●–" for v in first[5:])


def test_chinese_sample_workbook(sample, tmp_path):
    path = tmp_path / "样例.xlsx"
    render_xlsx(report_data(sample, "zh", now=SAMPLE_NOW), path)
    wb = load_workbook(path)

    assert wb["摘要"]["A5"].value == "整合体系"
    assert wb["摘要"]["A7"].value == "认证前提条件"
    audits = wb["内部审核和管理评审"].iter_rows(min_row=2, max_row=3, values_only=True)
    assert [r[0] for r in audits] == ["内部审核方案", "内部审核"]
    assert wb["证书日历"]["C2"].value == "第一阶段审核"
    meta = {r[0]: r[1] for r in wb["_auditready"].iter_rows(values_only=True)}
    assert meta["lang"] == "zh"
    assert meta["sheets"] == "ISO 9001 2015,ISO 14001 2015,ISO 45001 2018"
    assert meta["standards"] == "iso9001-2015,iso14001-2015,iso45001-2018"


@pytest.mark.slow
def test_libreoffice_opens_the_workbook_and_keeps_user_text_literal(report_sample, tmp_path):
    office = require_program("libreoffice", "libreoffice-calc-nogui")
    pdftotext = require_program("pdftotext", "poppler-utils")
    xlsx = tmp_path / "r.xlsx"
    render_xlsx(report_sample.report("en"), xlsx)

    subprocess.run(
        [office, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"), str(xlsx)],
        capture_output=True, check=True, timeout=300,
    )
    text = subprocess.run([pdftotext, "-layout", str(tmp_path / "lo" / "r.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout

    assert report_sample.formula_note in text  # "=SUM(A1:A2)" shown, not evaluated to 0
    assert "+86 138" in text
    assert "@环境组" in text
    assert "=HYPERLINK(evil).docx" in text
    assert "2025-04-30" in text
    assert "<b>bold</b> & <font>" in text


def test_libreoffice_shows_the_shares_as_every_output_prints_them(sample, sample_xlsx,
                                                                  tmp_path):
    office = require_program("libreoffice", "libreoffice-calc-nogui")
    subprocess.run(
        [office, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
         "--outdir", str(tmp_path / "lo"), str(sample_xlsx)],
        capture_output=True, check=True, timeout=300,
    )   # the last option: cells as shown; the first sheet (Summary) is written
    lines = (tmp_path / "lo" / "sample.csv").read_text(encoding="utf-8").splitlines()
    shown = {line.split(",")[0].strip('"'): line.split(",")[1] for line in lines[1:5]}
    for figures in sample.readiness():
        name = next(k for k in shown if figures.standard_id.split("-")[0][3:] in k)
        assert shown[name] == format_share(figures.share), name
