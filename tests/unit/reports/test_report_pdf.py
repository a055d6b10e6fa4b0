"""render_pdf: what a reader sees in the PDF, fonts embedded, metadata, failures."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape

from desktop.domain.model import CompanyProfile, ItemState, ItemStatus
from desktop.errors import ExportError
from desktop.reports.model import build_report_data
from desktop.reports.pdf import pdf_parts
from desktop.reports.pdf.fonts import register_report_font
from desktop.reports.pdf.pdf import render_pdf
from desktop.reports.pdf.pdf_tables import MAX_CELL_NAMES
from tests.tools import require_program


def _text(path: Path) -> str:
    """All text of the PDF with whitespace removed (table cells wrap text onto new lines)."""
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    return _flat(text)


def _flat(value: str) -> str:
    return re.sub(r"\s+", "", value)


@pytest.fixture
def zh_pdf(report_sample, tmp_path) -> Path:
    path = tmp_path / "报告 zh.pdf"
    render_pdf(report_sample.report("zh"), path)
    return path


@pytest.fixture
def en_pdf(report_sample, tmp_path) -> Path:
    path = tmp_path / "report en.pdf"
    render_pdf(report_sample.report("en"), path)
    return path


def test_chinese_report_shows_company_standards_and_chinese_titles(report_sample, zh_pdf):
    text = _text(zh_pdf)

    assert _flat(report_sample.company) in text
    assert _flat("AuditReady 审核就绪助手") in text
    assert _flat("审核准备就绪报告") in text
    assert _flat("ISO 9001") in text
    assert _flat("GB/T 19001-2016 / ISO 9001:2015") in text
    assert _flat("经批准并沟通的质量方针") in text  # an item title
    assert _flat("确定管理体系的范围") in text  # a clause title
    assert _flat("● 就绪") in text
    assert _flat("文件（保持）") in text
    assert _flat("自我评估，不是认证证书") in text  # the disclaimer
    assert _flat("就绪情况汇总") in text
    assert _flat("证据清单") in text
    assert _flat("2025-03-14 09:30") in text  # generated at


def test_english_report_shows_english_labels_and_user_text(report_sample, en_pdf):
    text = _text(en_pdf)

    assert _flat(report_sample.company) in text
    assert _flat("Audit readiness report") in text
    assert _flat("ISO 9001:2015 checklist") in text
    assert _flat("Quality policy, approved and communicated") in text
    assert _flat("Document (maintain)") in text
    assert _flat("not a certificate") in text
    assert _flat("Evidence register") in text
    assert _flat("质量手册 V3.pdf") in text
    assert _flat("aaaaaaaaaaaa") in text  # short SHA-256
    assert _flat("GB/T 24001-2016 / ISO 14001:2015") in text


@pytest.mark.parametrize("fixture", ["zh_pdf", "en_pdf"])
def test_markup_in_user_text_prints_literally(report_sample, request, fixture):
    path = request.getfixturevalue(fixture)
    raw = "".join(page.extract_text() for page in PdfReader(path).pages)

    assert "<b>bold</b>" in raw
    assert "& <font>" in raw
    assert _flat(report_sample.markup_note) in _text(path)
    assert _flat(report_sample.formula_note) in _text(path)


def test_every_page_has_a_page_x_of_y_footer(zh_pdf, en_pdf):
    zh_pages = PdfReader(zh_pdf).pages
    en_pages = PdfReader(en_pdf).pages

    assert len(zh_pages) == len(en_pages) >= 5
    for number, page in enumerate(zh_pages, start=1):
        assert f"第 {number} 页，共" in page.extract_text()
    for number, page in enumerate(en_pages, start=1):
        assert f"Page {number} of" in page.extract_text()


def test_footer_reads_as_one_line_with_the_total(zh_pdf, en_pdf):
    pdftotext = require_program("pdftotext", "poppler-utils")
    total = len(PdfReader(en_pdf).pages)
    zh = subprocess.run([pdftotext, zh_pdf, "-"], capture_output=True, text=True, check=True)
    en = subprocess.run([pdftotext, en_pdf, "-"], capture_output=True, text=True, check=True)

    assert f"第 1 页，共 {total} 页" in zh.stdout
    assert f"Page {total} of {total}" in en.stdout


def test_document_metadata(report_sample, zh_pdf, en_pdf):
    zh = PdfReader(zh_pdf).metadata
    en = PdfReader(en_pdf).metadata

    assert zh.author == en.author == report_sample.company  # no preparer in the profile
    assert zh.title == f"审核准备就绪报告 – {report_sample.company}"
    assert en.title == f"Audit readiness report – {report_sample.company}"
    assert "认证审核准备情况" in zh.subject
    assert "certification audit" in en.subject


def test_every_font_is_embedded_and_none_is_helvetica(zh_pdf, en_pdf):
    # Skips only when pdffonts is missing and CI is not set; fails on CI.
    pdffonts = require_program("pdffonts", "poppler-utils")
    for path in (zh_pdf, en_pdf):
        result = subprocess.run([pdffonts, path], capture_output=True, text=True, check=True)
        rows = result.stdout.splitlines()[2:]  # skip the two header lines
        assert rows, "the PDF lists no fonts"
        for row in rows:
            # Columns: name type encoding emb sub uni object-id generation;
            # the type may contain a space ("Type 1"), so count from the end.
            emb = row.split()[-5]
            assert emb == "yes", row
            assert "helvetica" not in row.lower(), row
            assert "WenQuanYi" in row, row


def test_long_words_wrap_inside_their_cell():
    font = register_report_font()
    styles = pdf_parts.make_styles(font)
    width = 60.0
    for value in (
        "calibration_records_2024_Q4_all_sites_final_version_3.xlsx",
        "计量器具校准证书汇总表_2024年第四季度_全部生产场所_最终版本.xlsx",
        "https://intranet.example.com/quality/records/metrology/calibration/2024",
    ):
        paragraph = pdf_parts.text(value, styles.cell, "en")
        paragraph.wrap(width, 10_000)
        assert max(paragraph.getActualLineWidths0()) <= width + 0.01, value


def _line_texts(paragraph: object) -> list[str]:
    """The text of each laid-out line of a wrapped reportlab paragraph."""
    texts = []
    for line in paragraph.blPara.lines:  # type: ignore[attr-defined]
        words = line[1] if isinstance(line, tuple) else line.words
        texts.append("".join(getattr(word, "text", word) for word in words))
    return texts


def test_chinese_comma_never_starts_a_line():
    font = register_report_font()
    pdf_parts.forbid_line_start_punctuation()
    styles = pdf_parts.make_styles(font)
    value = "质量方针已由总经理批准并在全体员工大会上宣贯，各部门负责人签字确认；方针内容包括承诺。"
    for width in range(40, 200, 3):
        paragraph = pdf_parts.text(value, styles.cell, "zh")
        paragraph.wrap(float(width), 10_000)
        lines = _line_texts(paragraph)
        assert len(lines) > 1
        for line in lines:
            assert line[:1] not in "，；。、", (width, lines)


def test_very_long_notes_and_many_evidence_files_still_render(report_sample, tmp_path):
    qms = report_sample.qms()
    item = "iso9001-2015:9.2.2:R"
    states = {
        item: ItemState(item, ItemStatus.IN_PROGRESS, notes="内部审核记录" * 5_000),
        "iso9001-2015:7.2:R": ItemState("iso9001-2015:7.2:R", notes="x" * 20_000),
    }
    added = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    evidence = [
        dataclasses.replace(
            report_sample.evidence()[0], id=n, name=f"记录 {n:03}.pdf", item_ids=(item,)
        )
        for n in range(120)
    ]
    data = build_report_data(
        standards=[qms],
        profile=dataclasses.replace(report_sample.profile(), name="长" * 2_000),
        states=states,
        evidence=[dataclasses.replace(ev, added_at=added) for ev in evidence],
        lang="zh",
        generated_at=report_sample.generated_at,
        app_version="0.1.0",
    )
    path = tmp_path / "long.pdf"

    render_pdf(data, path)

    text = _text(path)
    assert _flat("完整内容见 Excel 导出") in text
    assert _flat(f"另有 {120 - MAX_CELL_NAMES} 个（见证据清单）") in text


def test_empty_project_renders(tmp_path):
    data = build_report_data(
        standards=[],
        profile=CompanyProfile(name=""),
        states={},
        evidence=[],
        lang="en",
        generated_at=dt.datetime(2025, 1, 1),
        app_version="0.1.0",
    )
    path = tmp_path / "empty.pdf"

    render_pdf(data, path)

    text = _text(path)
    assert _flat("No standards are selected") in text
    assert _flat("No evidence files are attached.") in text


def test_missing_folder_raises_export_error_in_both_languages(report_sample, tmp_path):
    folder = tmp_path / "no such folder"
    path = folder / "report.pdf"

    with pytest.raises(ExportError) as caught:
        render_pdf(report_sample.report("zh"), path)

    assert str(path) in caught.value.en
    assert "does not exist" in caught.value.en
    assert str(path) in caught.value.zh
    assert "不存在" in caught.value.zh
    assert not folder.exists()
    assert list(tmp_path.iterdir()) == []


def test_failed_replace_keeps_the_old_file_and_leaves_no_temp_file(
    report_sample, tmp_path, monkeypatch
):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old report")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError) as caught:
        render_pdf(report_sample.report("en"), path)

    assert "open in another program" in caught.value.en
    assert "正被其他程序打开" in caught.value.zh
    assert path.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_rendering_replaces_an_existing_file(report_sample, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old report")

    render_pdf(report_sample.report("en"), path)

    assert path.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_page_size_can_be_chosen(report_sample, tmp_path):
    path = tmp_path / "landscape.pdf"

    render_pdf(report_sample.report("en"), path, pagesize=landscape(A4))

    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
