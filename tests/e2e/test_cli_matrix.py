"""``report --matrix-pdf``: the 职能分配表 of the sample project, as PDF and workbook sheet."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.cli import main
from tests.tools import require_program


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "s.auditready"
    assert run(capsys, "sample", str(path))[0] == 0
    return path


def _text(pdf: Path) -> tuple[int, str]:
    reader = PdfReader(pdf)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_matrix_pdf_in_chinese_has_the_form_a_certification_body_expects(
        sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "职能分配表.pdf"
    code, out, err = run(capsys, "report", str(sample_path), "--matrix-pdf", str(pdf),
                         "--lang", "zh")
    assert code == 0, err
    assert out.strip() == str(pdf)
    reader = PdfReader(pdf)
    box = reader.pages[0].mediabox
    assert box.width > box.height  # landscape
    pages, text = _text(pdf)
    for needle in ("职能分配表", "江苏晨曦精密机械有限公司", "● 主责", "○ 相关", "编制", "审核",
                   "批准", "总经理办公室", "品质部", "安环部", "GB/T 19001-2016", "9.2"):
        assert needle in text, needle
    assert text.count("编制") == pages  # the signature line ends every page
    assert text.count("●") > 50 and text.count("○") > 50
    pdffonts = require_program("pdffonts", "poppler-utils")
    rows = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), rows  # all embedded


def test_matrix_pdf_of_one_standard_in_english_marks_exclusions(
        sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "matrix.pdf"
    code, _, err = run(capsys, "report", str(sample_path), "--matrix-pdf", str(pdf),
                       "--matrix-view", "iso9001-2015", "--lang", "en")
    assert code == 0, err
    _, text = _text(pdf)
    assert "Responsibility matrix" in text and "ISO 9001:2015" in text
    assert "ISO 14001" not in text
    # the sample excludes design and development (8.3)
    assert "not applicable" in text


def test_unknown_view_and_shared_output_are_user_errors(
        sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "m.pdf"
    code, _, err = run(capsys, "report", str(sample_path), "--matrix-pdf", str(pdf),
                       "--matrix-view", "iso27001", "--lang", "en")
    assert code == 2 and "iso27001" in err and not pdf.exists()
    code, _, err = run(capsys, "report", str(sample_path), "--matrix-pdf", str(pdf),
                       "--pdf", str(pdf), "--lang", "en")
    assert code == 2 and "--matrix-pdf" in err


def test_the_workbook_gets_the_matrix_sheet(
        sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    xlsx = tmp_path / "r.xlsx"
    code, _, err = run(capsys, "report", str(sample_path), "--xlsx", str(xlsx), "--lang", "zh")
    assert code == 0, err
    sheet = load_workbook(xlsx)["职能分配表"]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(r for r in rows if r[0] == "条款")
    assert header[1] == "标准要求" and "品质部" in header and "仓储部" in header
    by_clause = {r[0]: r for r in rows if r[0] and str(r[0])[0].isdigit()}
    sales = header.index("销售部")
    assert by_clause["8.2.1"][sales] == "●"
    assert set(by_clause["9.2"][2:]) <= {"●", "○", None}
    assert any(str(r[0]).startswith("编制") for r in rows if r[0])
