"""Chinese report texts use full-width punctuation next to Chinese characters."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Mapping

import pytest

from desktop.domain.model import Text
from desktop.reports.labels import LABELS
from desktop.reports.labels_verdict import VERDICT_LABELS
from desktop.reports.pack.labels_pack import PACK_LABELS
from desktop.reports.pdf.pdf import render_pdf
from desktop.reports.xlsx.labels_xlsx import XLSX_LABELS
from tests.tools import require_program

_CJK = "[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]"
_HALF = "[,:;()]"
HALF_WIDTH_NEXT_TO_CJK = re.compile(f"{_CJK} ?{_HALF}|{_HALF} ?{_CJK}")
"""A half-width comma, colon, semicolon or parenthesis beside a Chinese character
(a space between them included): "状态说明:", "(见附件)", "负责人, 期限"."""

TABLES: Mapping[str, Mapping[str, Text]] = {
    "labels": LABELS,
    "verdict": VERDICT_LABELS,
    "workbook": XLSX_LABELS,
    "pack": PACK_LABELS,
}


def half_width_marks(text: str) -> list[str]:
    """The offending spots of ``text``, e.g. ``["明:"]``."""
    return [match.group(0) for match in HALF_WIDTH_NEXT_TO_CJK.finditer(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("状态说明:", ["明:"]),
        ("负责人, 期限", ["人,"]),
        ("(见附件)", ["(见", "件)"]),
        ("安全; 环境", ["全;"]),
        ("状态说明：", []),
        ("ISO 9001:2015 质量管理体系", []),
        ("42% (17/60)", []),
    ],
)
def test_the_check_finds_half_width_marks_beside_chinese(text, found):
    assert half_width_marks(text) == found


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_chinese_report_label_uses_full_width_punctuation(table):
    offending = {
        key: half_width_marks(text.zh)
        for key, text in TABLES[table].items()
        if half_width_marks(text.zh)
    }
    assert offending == {}


def test_the_status_legend_of_the_chinese_checklist_has_a_full_width_colon(
    report_sample, tmp_path
):
    path = tmp_path / "zh.pdf"
    render_pdf(report_sample.report("zh"), path)
    pdftotext = require_program("pdftotext", "poppler-utils")
    text = subprocess.run(
        [pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout

    assert "状态说明：" in text
    assert "状态说明:" not in text
