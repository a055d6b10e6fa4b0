"""One figure everywhere: the sample's ISO 9001 items-ready share in all five outputs.

The window, the CLI text, the full PDF, the one-page summary PDF and the
workbook must print the same whole percentage (desktop.domain.shares).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.cli import main
from desktop.domain.shares import SHARE_NUMBER_FORMATS, format_share
from desktop.ui.shell.main_window import MainWindow

PERCENT = re.compile(r"(<1%|>99%|\d+%)")


def _window(window: MainWindow) -> str:
    label = window.readiness.findChild(type(window.readiness._empty),
                                       "readiness_iso9001-2015_share")
    found = PERCENT.search(label.text())
    assert found, label.text()
    return found.group(1)


def _cli(capsys: pytest.CaptureFixture[str], path: Path) -> str:
    assert main(["readiness", str(path)]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("ISO 9001:2015"))
    found = re.search(r"items ready (\S+%)", line)
    assert found, line
    return found.group(1)


def _pdf(path: Path) -> str:
    """The first percentage after the first table cell reading exactly "ISO 9001:2015"."""
    for page in PdfReader(path).pages:
        lines = [x.strip() for x in page.extract_text().splitlines()]
        if "ISO 9001:2015" not in lines:
            continue
        start = lines.index("ISO 9001:2015")
        for line in lines[start + 1:start + 8]:
            if PERCENT.fullmatch(line):
                return line
    raise AssertionError(f"no ISO 9001 share in {path.name}")


def _as_excel_shows(value: float, number_format: str) -> str:
    """What a spreadsheet program displays for a share cell in one of our two formats."""
    assert number_format in SHARE_NUMBER_FORMATS
    if value in (0, 1):
        return f"{int(value) * 100}%"
    if number_format == SHARE_NUMBER_FORMATS[0] and value < 0.005:
        return "<1%"
    if number_format == SHARE_NUMBER_FORMATS[1] and value >= 0.995:
        return ">99%"
    whole = (Decimal(repr(value)) * 100).quantize(Decimal(1), ROUND_HALF_UP)
    return f"{whole}%"


def _workbook(path: Path) -> str:
    sheet = load_workbook(path)["Summary"]
    assert sheet["B1"].value == "Items ready"
    row = next(r for r in range(2, 8) if "ISO 9001:2015" in str(sheet.cell(r, 1).value))
    cell = sheet.cell(row, 2)
    return _as_excel_shows(cell.value, cell.number_format)


def test_the_iso_9001_share_is_the_same_in_all_five_outputs(
    window: MainWindow, sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    full, summary, book = tmp_path / "full.pdf", tmp_path / "summary.pdf", tmp_path / "r.xlsx"
    shown = _window(window)
    figures = window.readiness.figures("iso9001-2015")
    assert figures is not None
    window.actions.close_project()   # the CLI opens the project file itself
    assert main(["report", str(sample_path), "--pdf", str(full), "--summary-pdf", str(summary),
                 "--xlsx", str(book), "--lang", "en"]) == 0
    capsys.readouterr()
    outputs = {"window": shown, "cli": _cli(capsys, sample_path), "full pdf": _pdf(full),
               "summary pdf": _pdf(summary), "workbook": _workbook(book)}
    expected = format_share(figures.ready / figures.applicable)
    assert outputs == dict.fromkeys(outputs, expected)
