"""Reports say why each item is on the list and mark clause titles that are ours."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.domain.model import Catalog, CompanyProfile, Lang
from desktop.reports.model import ReportData, build_report_data
from desktop.reports.pdf.pdf import render_pdf
from desktop.reports.xlsx.xlsx import render_xlsx


def _data(catalog: Catalog, lang: Lang) -> ReportData:
    return build_report_data(
        standards=[catalog.standard("iso9001-2015")], profile=CompanyProfile(name="ACME"),
        states={}, evidence=[], lang=lang,
        generated_at=dt.datetime(2026, 11, 22, 9, 0), app_version="0.1.0")


@pytest.mark.parametrize(("lang", "required", "demonstrates", "ours"), [
    ("en", "§ Required by the standard", "◇ Shows clause 7.5.3.2 is met", "[Control"),
    ("zh", "§ 标准要求", "◇ 证实满足第 7.5.3.2 条", "［"),
])
def test_rows_carry_the_basis_and_bracketed_clause_titles(
        catalog: Catalog, lang: Lang, required: str, demonstrates: str, ours: str) -> None:
    rows = {r.item_id: r for r in _data(catalog, lang).standards[0].rows}
    assert rows["iso9001-2015:5.2.2:M"].basis_text == required
    assert rows["iso9001-2015:7.5.3.2:E"].basis_text == demonstrates
    assert rows["iso9001-2015:7.5.3.2:E"].clause_title.startswith(ours[0])
    assert not rows["iso9001-2015:7.5.3.2:E"].clause_title_official
    assert rows["iso9001-2015:5.2.2:M"].clause_title_official
    assert "[" not in rows["iso9001-2015:5.2.2:M"].clause_title
    assert all(r.basis_text != required for r in rows.values() if r.kind.value == "evidence")


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_pdf_prints_basis_and_the_legend(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    render_pdf(_data(catalog, "en"), path)
    text = _flat("".join(page.extract_text() for page in PdfReader(path).pages))
    assert _flat("◇ Shows clause 7.5.3.2 is met") in text
    assert _flat("Clause titles in [brackets] are AuditReady's own labels") in text
    untitled = catalog.item("iso9001-2015:4.4.1").title.en
    assert _flat(f"[{untitled}]") in text


def test_the_workbook_marks_our_titles_and_explains_them(
        catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    render_xlsx(_data(catalog, "zh"), path)
    wb = load_workbook(path)
    sheet = wb[wb.sheetnames[1]]
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    untitled = catalog.item("iso9001-2015:4.4.1").title.zh
    assert rows["iso9001-2015:4.4.1:E"][1].value == f"4.4.1 ［{untitled}］"
    assert rows["iso9001-2015:4.4.1:E"][3].value == "证据\n◇ 证实满足第 4.4.1 条"
    summary = [c.value for row in wb[wb.sheetnames[0]].iter_rows() for c in row if c.value]
    assert any(isinstance(v, str) and "方括号［］中的条款标题由本软件拟定" in v for v in summary)
