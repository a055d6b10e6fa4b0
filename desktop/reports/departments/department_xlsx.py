"""A department's workbook: the round-trip checklist layout with only the department's part.

Sheets, in order:

1. "Summary" / "摘要": who the workbook is for (department, head, sites),
   the project, when it was exported, and how to fill it in. (It carries the
   summary sheet's name so that the importer skips it like the full report's.)
2. One checklist sheet per standard that has items for the department, in
   the round-trip layout of :mod:`desktop.reports.xlsx.xlsx` (columns A-K);
   this is what the department fills in and what comes back.
3. "Action plan" / "行动计划" and "Audits" / "内部审核和管理评审" with the
   department's actions and findings (read, not imported).
4. Hidden: "Lists" (drop-down sources) and "_auditready": the keys of the
   full workbook (``format``, ``project``, ``exported_at``, ``lang``,
   ``standards``, ``sheets``) plus the department's stamp: ``department``
   (its id), ``department_name``, ``project_id`` (the project's own id),
   ``export_id`` (unique per workbook) and one ``base:<item id>`` row per
   item holding digests of its fields at export (see
   :mod:`desktop.services.departments.workbooks`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font

from desktop.domain.departments import Department
from desktop.reports.model import ReportData
from desktop.reports.output import write_atomically
from desktop.reports.xlsx.labels_xlsx import xlabel
from desktop.reports.xlsx.xlsx_sheets import (
    LISTS_SHEET,
    Lists,
    sheet_title,
    write_actions,
    write_audits,
    write_checklist,
    write_lists,
    write_meta,
)

FORMAT_VERSION = 1
"""``format`` of the hidden sheet: the same round-trip layout as the full workbook."""

META_SHEET = "_auditready"

_TEXTS: dict[str, tuple[str, str]] = {
    "heading": ("Workbook for {name}", "{name} 工作簿"),
    "department": ("Department", "部门"),
    "head": ("Head", "部门负责人"),
    "sites": ("Sites", "场所"),
    "project": ("Organization", "组织"),
    "exported": ("Exported", "导出时间"),
    "items": ("Checklist items", "检查项"),
    "how": ("How to fill it in", "填写说明"),
    "how_text": (
        "Fill in status, owner, due date, notes and, for \"not applicable\", the "
        "justification (columns E to I) on the checklist sheets. Do not change the ID "
        "(column A) or the Stamp (column K), and do not add or remove sheets. Send the "
        "workbook back to the person who sent it; it is imported once.",
        "请在检查表工作表中填写状态、负责人、截止日期、备注，以及“不适用”的理由（E 至 I 列）。"
        "不要修改 ID（A 列）和 Stamp（K 列），也不要增删工作表。"
        "填好后发回给发送人，每个工作簿只导入一次。"),
}


def _t(key: str, lang: str) -> str:
    en, zh = _TEXTS[key]
    return zh if lang == "zh" else en


@dataclass(frozen=True)
class DepartmentBook:
    """One department's workbook, ready to write.

    Attributes:
        department: whom it is for.
        data: the report data holding only the department's part (its items in
            ``standards``, its actions in ``assessment``, its findings).
        project: the project file name recorded in the stamp.
        project_id: the project's own id (refused by another project).
        export_id: unique id of this workbook (refused when imported twice).
        base: item id -> digests of its fields at export (``base:`` rows).
    """

    department: Department
    data: ReportData
    project: str
    project_id: str
    export_id: str
    base: Mapping[str, str]


def render_department_xlsx(book: DepartmentBook, path: Path) -> None:
    """Write ``book`` to ``path`` (.xlsx), replacing it atomically.

    Raises:
        ExportError: the file cannot be written (folder missing, access denied,
            disk full); ``path`` is then unchanged.
    """
    write_atomically(path, lambda handle: _write(book, handle))


def _noop() -> None:
    return None


def _write(book: DepartmentBook, handle: BinaryIO) -> None:
    data = book.data
    lang = data.lang
    wb = Workbook(write_only=True)
    wb.properties.title = f"{book.department.name} – {data.company.name}"
    wb.properties.creator = "AuditReady"
    wb.properties.language = "zh-CN" if lang == "zh" else "en"
    taken = {t.casefold() for t in (LISTS_SHEET, META_SHEET)}
    cover = sheet_title(xlabel("sheet_summary", lang), taken)
    titles = [sheet_title(s.label, taken) for s in data.standards]
    actions = sheet_title(xlabel("sheet_actions", lang), taken)
    audits = sheet_title(xlabel("sheet_audits", lang), taken)
    lists = Lists.of(data)
    _write_cover(wb, cover, book)
    for title, section in zip(titles, data.standards, strict=True):
        write_checklist(wb, title, section, data, lists, _noop)
    write_actions(wb, actions, data, lists, _noop)
    write_audits(wb, audits, data, _noop)
    write_lists(wb, lists, lang)
    rows: list[tuple[str, object]] = [
        ("format", FORMAT_VERSION),
        ("project", book.project),
        ("exported_at", data.generated_at.isoformat()),
        ("lang", lang),
        ("standards", ",".join(s.standard_id for s in data.standards)),
        ("sheets", ",".join(titles)),
        ("department", book.department.id),
        ("department_name", book.department.name),
        ("project_id", book.project_id),
        ("export_id", book.export_id),
    ]
    rows += [(f"base:{item_id}", digest) for item_id, digest in sorted(book.base.items())]
    write_meta(wb, rows)
    wb.save(handle)


def _write_cover(wb: Any, title: str, book: DepartmentBook) -> None:
    data = book.data
    lang = data.lang
    sheet = wb.create_sheet(title)
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["B"].width = 90
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")

    def line(key: str, value: str, *, heading: bool = False) -> list[Any]:
        first = WriteOnlyCell(sheet, key)
        first.font = Font(bold=True, size=14) if heading else bold
        second = WriteOnlyCell(sheet, value)
        second.data_type = "s"  # never a formula
        second.alignment = wrap
        return [first, second]

    dept = book.department
    count = sum(len(s.rows) for s in data.standards)
    sheet.append(line(_t("heading", lang).format(name=dept.name), "", heading=True))
    sheet.append([])
    rows: Sequence[tuple[str, str]] = (
        ("department", dept.name), ("head", dept.head), ("sites", "\n".join(dept.sites)),
        ("project", data.company.name),
        ("exported", data.generated_at.strftime("%Y-%m-%d %H:%M")),
        ("items", str(count)), ("how", _t("how_text", lang)))
    for key, value in rows:
        sheet.append(line(_t(key, lang), value))
