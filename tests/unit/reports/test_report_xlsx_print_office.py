"""LibreOffice prints the sample's Chinese workbook: a sensible number of pages, every page
with its header and footer, the checklists one page wide, and no text below 8 pt."""

from __future__ import annotations

import math
import os
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import paths
from desktop.reports.xlsx.xlsx import render_xlsx
from desktop.services.reporting.data import report_data
from tests.tools import require_program

MIN_TEXT_PT = 8.0
CHECKLISTS = ("ISO 9001 2015", "ISO 14001 2015", "ISO 45001 2018")


def require_carlito() -> None:
    """Skip (locally) or fail (CI) unless fontconfig gives Carlito for Calibri.

    The workbook's cells are Calibri 11; LibreOffice measures column widths with
    the font it substitutes. Carlito has Calibri's metrics; without it the columns
    come out about a quarter wider and the fitted sheets print smaller than in Excel.
    """
    fc_match = require_program("fc-match", "fontconfig")
    family = subprocess.run([fc_match, "-f", "%{family}", "Calibri"], capture_output=True,
                            text=True, check=True).stdout
    if "Carlito" not in family:
        message = "Calibri falls back to " + family + ": apt-get install fonts-crosextra-carlito"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def office_pdf(xlsx: Path, tmp_path: Path) -> Path:
    """``xlsx`` converted to PDF by LibreOffice, with the bundled Chinese font available."""
    office = require_program("libreoffice", "libreoffice-calc-nogui")
    require_carlito()
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <dir>{paths.resource('fonts')}</dir>\n"
        f"  <cachedir>{tmp_path / 'fc-cache'}</cachedir>\n</fontconfig>\n", encoding="utf-8")
    out = tmp_path / "lo"
    subprocess.run(
        [office, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), str(xlsx)],
        capture_output=True, check=True, timeout=300,
        env={**os.environ, "FONTCONFIG_FILE": str(conf)})
    return out / xlsx.with_suffix(".pdf").name


def drawn_sizes(pdf: Path) -> list[list[tuple[float, str]]]:
    """Per page, (size in points, text) of every text run drawn.

    The size is the font size operand of ``Tf`` scaled by the text matrix and
    the current transformation matrix (the length of the text space's vertical
    unit on the page): the height an em of the glyphs is drawn at.
    """
    pages = []
    for page in PdfReader(pdf).pages:
        runs: list[tuple[float, str]] = []

        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float,
                  runs: list[tuple[float, str]] = runs) -> None:
            if not text.strip():
                return
            c, d = tm[2], tm[3]
            vertical = math.hypot(c * cm[0] + d * cm[2], c * cm[1] + d * cm[3])
            runs.append((size * vertical, text))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def page_texts(pdf: Path, pdftotext: str, count: int) -> list[str]:
    return [subprocess.run([pdftotext, "-f", str(n), "-l", str(n), str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
            for n in range(1, count + 1)]


@pytest.mark.slow
def test_libreoffice_prints_the_chinese_workbook_readably(sample, tmp_path):
    """The sample's Chinese workbook on A4, converted to PDF by LibreOffice.

    Text size: measured from what the PDF draws (``Tf`` size times the text and
    transformation matrices), not from ``pdftotext -bbox`` word boxes. A box's
    height is the font's ascent minus descent times the size, which differs per
    font (WenQuanYi's is 1.3 em, Carlito's 1.22 em): a 6.5 pt Chinese word has a
    box 8.5 pt tall, so a box-height test could pass on text that is too small.
    So that the test cannot pass by measuring nothing, the measured runs must
    cover every page and at least 95 % of the characters pdftotext extracts.

    Before this layout LibreOffice printed the checklists at 4-5 pt on Letter.
    """
    pdftotext = require_program("pdftotext", "poppler-utils")
    xlsx = tmp_path / "样例.xlsx"
    data = report_data(sample, "zh")
    render_xlsx(data, xlsx, project=sample.path.name)
    pdf = office_pdf(xlsx, tmp_path)

    pages = drawn_sizes(pdf)
    texts = page_texts(pdf, pdftotext, len(pages))
    # 8 visible sheets (summary, three checklists, integrated, register, actions, audits,
    # calendar) each need a page; ~560 data rows at 15 to 40 per page need no more than 60.
    assert 9 <= len(pages) <= 60
    smallest = min((size, text) for runs in pages for size, text in runs)
    assert smallest[0] >= MIN_TEXT_PT, smallest
    measured = sum(len("".join(t.split())) for runs in pages for _size, t in runs)
    extracted = sum(len("".join(t.split())) for t in texts)
    assert all(pages) and measured >= 0.95 * extracted > 10_000
    company = data.company.name
    checklist_pages = 0
    for number, text in enumerate(texts, start=1):
        assert company in text, number  # the header
        assert f"第 {number} 页，共 {len(pages)} 页" in text, number  # the footer
        assert f"导出日期 {data.generated_at.date().isoformat()}" in text, number
        if set(text.splitlines()[:3]) & set(CHECKLISTS):  # header names a checklist sheet
            checklist_pages += 1
            assert "条款" in text and "证据（只读）" in text, number  # first and last column
    assert checklist_pages >= len(CHECKLISTS)
