"""Line breaking and heading weight of the PDF reports, read back from rendered PDFs."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from desktop.reports.pdf import pdf_parts as parts
from desktop.reports.pdf.fonts import register_report_font
from desktop.reports.pdf.pdf_typeset import (
    CANNOT_END,
    CANNOT_START,
    break_positions,
    keep_together,
)
from tests.tools import require_program

OPENING = "（《「『“‘(["
CLOSING = "）》」』”’、。，：；！？"

KINSOKU_TEXT = (
    "请按《质量手册》和「文件控制程序」的规定，由“管理者代表”组织评审（每年一次）；"
    "评审结论：“有效”。记录见『管理评审报告』、【附件 3】和（附表），完成后报总经理批准！"
)


def _render_cells(path: Path, texts: list[str], width: float, look: str = "cell") -> None:
    """One narrow table column, ``width`` points wide, one row per text (Chinese report)."""
    styles = parts.make_styles(register_report_font())
    cells = [[parts.text(text, getattr(styles, look), "zh")] for text in texts]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=40, topMargin=40)
    doc.build([Table(cells, colWidths=[width])])


def _layout_lines(path: Path) -> list[str]:
    pdftotext = require_program("pdftotext", "poppler-utils")
    result = subprocess.run(
        [pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return [line.strip() for line in result.stdout.splitlines() if line.strip()]


def test_the_rules_list_every_bracket_quote_and_mark():
    assert set(CLOSING) <= set(CANNOT_START)
    assert set(OPENING) <= set(CANNOT_END)


def test_no_break_before_closing_or_after_opening_marks():
    chars = list("见《质量手册》，完成。")
    allowed = break_positions(chars, [False] * len(chars))

    assert not allowed[chars.index("《") + 1]  # not after 《
    assert not allowed[chars.index("》")]  # not before 》
    assert not allowed[chars.index("，")]
    assert allowed[chars.index("完")]  # after ， a line may break


def test_names_and_latin_words_stay_whole():
    text = "负责人 周文华 ISO 9001"
    allowed = break_positions(list(text), [False] * len(text))

    name = text.index("周")
    assert not allowed[name + 1] and not allowed[name + 2]  # 周|文|华
    assert allowed[name]  # after the space
    assert not any(allowed[text.index("9") + 1 : text.index("1") + 1])  # inside 9001


def test_keep_together_joins_every_character():
    marked = keep_together("Zhou Wenhua")
    chars = [ch for ch in marked if ch != "\u2060"]
    glued = [False] * len(chars)
    i = 0
    for ch in marked:
        if ch == "\u2060":
            glued[i - 1] = True
        else:
            i += 1

    assert "".join(chars) == "Zhou\u00a0Wenhua"
    assert not any(break_positions(chars, glued))


def test_a_name_in_a_narrow_cell_stays_on_one_line(tmp_path):
    path = tmp_path / "names.pdf"
    _render_cells(path, ["总经理 周文华", "管理者代表 孙建国", "品质部 王敏"], width=44)

    lines = _layout_lines(path)

    assert "周文华" in lines
    assert "孙建国" in lines
    assert "王敏" in lines
    assert not any(line in ("周文", "周", "文华", "华") for line in lines)


def test_a_kept_together_name_is_printed_without_its_markers(tmp_path):
    path = tmp_path / "kept.pdf"
    _render_cells(path, [keep_together("Zhou Wenhua"), "签字 " + keep_together("欧阳娜娜")], 120)

    text = "".join(page.extract_text() for page in PdfReader(path).pages)

    assert "\u2060" not in text
    assert "Zhou" in text and "Wenhua" in text
    assert "欧阳娜娜" in text


@pytest.mark.parametrize("width", [46, 60, 75, 90, 104, 118])
def test_kinsoku_both_ways_at_many_widths(tmp_path, width):
    path = tmp_path / f"kinsoku-{width}.pdf"
    _render_cells(path, [KINSOKU_TEXT], width)

    lines = _layout_lines(path)

    assert len(lines) > 2  # the text really wraps
    assert "".join(lines).replace(" ", "") == KINSOKU_TEXT.replace(" ", "")
    for line in lines:
        assert line[0] not in CLOSING, line
        assert line[-1] not in OPENING, line


def _content(path: Path) -> bytes:
    return b"".join(page.get_contents().get_data() for page in PdfReader(path).pages)


def test_headings_are_drawn_heavier_than_body_text(tmp_path):
    heading, body = tmp_path / "heading.pdf", tmp_path / "body.pdf"
    _render_cells(heading, ["管理层摘要", "Executive summary"], 300, look="heading")
    _render_cells(body, ["管理层摘要", "Executive summary"], 300, look="body")

    assert b"2 Tr" in _content(heading)
    assert b"2 Tr" not in _content(body)
