"""Rows the sheet writer streams straight to XML read back exactly as written."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import LXML, Workbook, load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from desktop.domain.model import Text
from desktop.reports.xlsx.xlsx_layout import Column, SheetWriter


def _written(tmp_path: Path, rows: list[list[object]], *, wrap: bool = False) -> list[tuple]:
    book = Workbook(write_only=True)
    width = max(len(r) for r in rows)
    writer = SheetWriter(book, "S", [Column(Text(f"h{n}", f"h{n}"), 12, wrap=wrap)
                                     for n in range(width)], "en")
    for row in rows:
        writer.row(row)
    writer.finish()
    book.save(tmp_path / "s.xlsx")
    sheet = load_workbook(tmp_path / "s.xlsx")["S"]
    return [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=2)]


def test_text_keeps_every_character(tmp_path):
    texts = [" padded ", "two\nlines", 'a & b <c> "d" \'e\'', "#N/A", "质量手册 第 2 版",
             "tab\tinside", "\U0001f600 emoji", "x" * 5000, "]]>"]
    if LXML:  # without lxml, openpyxl's own cells lose it too (a raw CR reads back as LF)
        texts.append("carriage\rreturn")
    assert _written(tmp_path, [texts], wrap=True) == [tuple(texts)]
    with zipfile.ZipFile(tmp_path / "s.xlsx") as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert '<t xml:space="preserve"> padded </t>' in xml  # Excel keeps the blanks


def test_numbers_and_dates_keep_their_value(tmp_path):
    row: list[object] = [1 / 3, 2**40, -0.0001, 1e-12, 0, dt.date(1900, 1, 15),
                         dt.date(2026, 2, 28), dt.datetime(2026, 12, 7, 23, 59, 30)]
    (read,) = _written(tmp_path, [row])
    assert read[:5] == (1 / 3, 2**40, -0.0001, 1e-12, 0)
    assert read[5:] == (dt.datetime(1900, 1, 15), dt.datetime(2026, 2, 28),
                        dt.datetime(2026, 12, 7, 23, 59, 30))


def test_rows_of_different_lengths_and_blank_rows_keep_their_places(tmp_path):
    book = Workbook(write_only=True)
    writer = SheetWriter(book, "S", [Column(Text("a", "a"), 10), Column(Text("b", "b"), 10)],
                         "en")
    writer.row(["one"])
    writer.blank()
    writer.row([None, "two"])
    writer.header(["again", "header"])
    writer.finish()
    book.save(tmp_path / "s.xlsx")
    rows = list(load_workbook(tmp_path / "s.xlsx")["S"].iter_rows(values_only=True))
    assert rows == [("a", "b"), ("one", None), (None, None), (None, "two"), ("again", "header")]


def test_text_a_cell_cannot_hold_is_refused_as_openpyxl_refuses_it(tmp_path):
    book = Workbook(write_only=True)
    writer = SheetWriter(book, "S", [Column(Text("a", "a"), 10)], "en")
    with pytest.raises(IllegalCharacterError):
        writer.row(["bell \x07"])
    writer.row(["fine"])  # nothing of the refused row was written
    writer.finish()
    book.save(tmp_path / "s.xlsx")
    rows = list(load_workbook(tmp_path / "s.xlsx")["S"].iter_rows(values_only=True))
    assert rows == [("a",), ("fine",)]
