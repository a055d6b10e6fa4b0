"""Checklist workbooks for import tests, written with openpyxl (valid and malformed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

HEADER = ("id", "parent", "clause", "title_zh", "title_en", "description_zh",
          "description_en", "kind")

VALID_ROWS: tuple[tuple[Any, ...], ...] = (
    ("S", None, "S", "供应商管理", "Supplier management", "", "", "clause"),
    ("S1", "S", "S.1", "合格供方名录", "Approved supplier list", "每年更新。",
     "Updated yearly.", "maintain"),
    ("S2", "S", "S.2", "供方年度评价记录", "", "", "", "retain"),
    (3, "S", None, "", "On-site supplier audit reports", "", "", "evidence"),
    ("G1", "iso9001-2015:7.1.5", "7.1.5", "量具校准台账", "Gauge calibration register",
     "", "", "retain"),
)
"""Rows of a good workbook: a clause, three items under it (one with a numeric id),
and a record under ISO 9001:2015 7.1.5 (Excel rows 2-6)."""


def write_workbook(path: Path, rows: Sequence[Sequence[Any]], *,
                   header: Sequence[str] = HEADER, sheet: str = "Checklist",
                   merge: str | None = None, extra_sheet_first: bool = False) -> Path:
    """Write ``header`` and ``rows`` to sheet ``sheet`` of a new workbook at ``path``."""
    workbook = Workbook()
    first = workbook.active
    if extra_sheet_first:
        first.title = "说明"
        first.append(["This sheet is not the checklist."])
        ws = workbook.create_sheet(sheet)
    else:
        first.title = sheet
        ws = first
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    if merge:
        ws.merge_cells(merge)
    workbook.save(path)
    return path


def valid_workbook(path: Path) -> Path:
    """The good workbook of :data:`VALID_ROWS`."""
    return write_workbook(path, VALID_ROWS, extra_sheet_first=True)


def malformed_workbook(path: Path) -> Path:
    """A workbook with a problem on rows 3, 4, 5, 6, 7, 8, 9 and merged cells at row 10.

    Row 2 is good. 3: unknown kind 'record'. 4: empty id. 5: duplicate id 'S'.
    6: parent that exists nowhere. 7: a formula in title_en. 8: a checklist
    item under nothing. 9: a date in description_en. 10-11: merged title_zh.
    """
    rows = [
        ("S", None, "S", "供应商管理", "Supplier management", "", "", "clause"),
        ("S1", "S", "S", "供方评价", "Supplier evaluation", "", "", "record"),
        (None, "S", "S", "空 id", "Empty id", "", "", "evidence"),
        ("S", None, "S", "重复", "Duplicate", "", "", "clause"),
        ("S3", "X9", "S", "无上级", "No such parent", "", "", "evidence"),
        ("S4", "S", "S", "公式", "=CONCAT(\"a\",\"b\")", "", "", "evidence"),
        ("S5", None, "S", "孤立", "Orphan", "", "", "retain"),
        ("S6", "S", "S", "日期", "Date", "", dt.datetime(2026, 3, 1), "evidence"),
        ("S7", "S", "S", "合并", "Merged", "", "", "evidence"),
        ("S8", "S", "S", None, "Merged too", "", "", "evidence"),
    ]
    return write_workbook(path, rows, merge="D10:D11")
