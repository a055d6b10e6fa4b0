"""The data of the responsibility matrix report (职能分配表): no queries, no Qt.

Made by :func:`desktop.services.departments.matrix_report.matrix_report`, printed by
:mod:`desktop.reports.matrix.matrix_pdf` and
:mod:`desktop.reports.matrix.matrix_xlsx`. Fixed texts in both languages are
in :data:`LABELS`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.departments import Role
from desktop.domain.model import Lang


@dataclass(frozen=True)
class MatrixRow:
    """One clause row.

    Attributes:
        clause: the clause number, e.g. ``"7.1.5"``.
        title: the clause title in the report language.
        level: 0 for a top-level clause (``"7"``), 1 for ``"7.1"``, and so on.
        cells: one role (or None) per department, in the order of
            :attr:`MatrixReport.departments`.
        excluded: the clause is not applicable to the organization (every
            checklist item under it is marked not applicable); printed as such.
    """

    clause: str
    title: str
    level: int
    cells: tuple[Role | None, ...]
    excluded: bool = False


@dataclass(frozen=True)
class MatrixTable:
    """The matrix of one standard, or of the integrated view.

    Attributes:
        key: the standard id, or ``"integrated"``.
        title: e.g. ``"ISO 9001:2015 / GB/T 19001-2016"`` or "三体系整合".
        rows: clause rows in document order.
    """

    key: str
    title: str
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True)
class MatrixReport:
    """Everything the 职能分配表 prints, in one language.

    Attributes:
        lang: report language.
        company: the organization's name.
        on: the date printed on it (the day it is made).
        departments: department names, the column order.
        heads: the head of each department ("" when not recorded), same order.
        tables: one table per standard chosen, or the integrated view.
    """

    lang: Lang
    company: str
    on: dt.date
    departments: tuple[str, ...]
    heads: tuple[str, ...]
    tables: tuple[MatrixTable, ...]


LABELS: dict[str, tuple[str, str]] = {
    # key: (English, Chinese)
    "title": ("Responsibility matrix", "职能分配表"),
    "company": ("Organization: {name}", "组织名称：{name}"),
    "date": ("Date: {date}", "日期：{date}"),
    "clause": ("Clause", "条款"),
    "requirement": ("Requirement", "标准要求"),
    "legend": ("● responsible   ○ involved", "● 主责   ○ 相关"),
    "excluded": ("not applicable", "不适用"),
    "prepared": ("Prepared by:", "编制："),
    "reviewed": ("Reviewed by:", "审核："),
    "approved": ("Approved by:", "批准："),
    "integrated": ("Integrated management system", "整合管理体系（三体系）"),
    "page_of": ("Page {page} of {total}", "第 {page} 页，共 {total} 页"),
    "sheet": ("Responsibility matrix", "职能分配表"),
    "no_departments": ("No departments recorded yet.", "尚未登记部门。"),
}


def mlabel(key: str, lang: Lang) -> str:
    """The fixed text ``key`` of the matrix report in ``lang``."""
    en, zh = LABELS[key]
    return zh if lang == "zh" else en


SHEET_NAMES = frozenset(name.casefold() for name in LABELS["sheet"])
"""The matrix sheet's title in both languages, folded: an importer of the workbook skips it."""
