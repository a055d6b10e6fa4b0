"""Render :class:`FolderLacks` as a one-sheet Excel workbook."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Font

from desktop.domain.model import Lang
from desktop.reports.onboarding.model import FolderLacks
from desktop.reports.output import write_atomically


def render_lacks_xlsx(lacks: FolderLacks, path: Path, *, lang: Lang = "zh") -> None:
    """Write what the folder lacks to ``path`` (.xlsx), replacing it atomically.

    One sheet: a title row, a summary row, then one row per lacking item with the
    columns standard, clause, item id, document, why listed, has evidence.

    Raises:
        ExportError: the file cannot be written.
    """
    write_atomically(path, lambda handle: _write(lacks, handle, lang))


def _write(lacks: FolderLacks, handle: BinaryIO, lang: Lang) -> None:
    zh = lang == "zh"
    book = Workbook()
    sheet = book.active
    sheet.title = "缺少的文件" if zh else "Lacks"
    sheet.append(["文件夹缺少的文件" if zh else "What the folder lacks"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([f"{lacks.project} · {lacks.folder} · {lacks.scanned_on.isoformat()} · "
                  + (f"扫描 {lacks.files} 个文件，查找 {lacks.considered} 项" if zh else
                     f"{lacks.files} files scanned, {lacks.considered} items looked for")])
    head = (["标准", "条款", "条目 id", "文件", "列入原因", "已有证据"] if zh else
            ["Standard", "Clause", "Item id", "Document", "Why listed", "Has evidence"])
    sheet.append(head)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for item in lacks.items:
        sheet.append([item.standard, item.clause, item.item_id, item.title.get(lang),
                      item.why_listed.get(lang),
                      ("是" if zh else "yes") if item.has_evidence else ""])
    for column, width in zip("ABCDEF", (16, 10, 28, 60, 30, 12), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A4"
    book.save(handle)
