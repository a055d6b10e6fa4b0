"""Read the department stamp of a returned department workbook.

A department workbook (:mod:`desktop.reports.departments.department_xlsx`)
carries, in its hidden ``_auditready`` sheet, besides the round-trip keys:
``department``, ``department_name``, ``project_id``, ``export_id`` and one
``base:<item id>`` row per item (digests of the item's fields at export).
A workbook without ``department`` is a full project workbook: no stamp.
The file goes through the same checks as every imported workbook
(:mod:`desktop.import_limits`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.errors import ChecklistImportError
from desktop.import_limits import check_workbook, load_checked, translated_errors

META_SHEET = "_auditready"
BASE_PREFIX = "base:"


@dataclass(frozen=True)
class DepartmentStamp:
    """Who a department workbook was made for, and what its items held at export.

    Attributes:
        department_id: e.g. ``"dept-2"``.
        department_name: the department's name at export, e.g. ``"品质部"``.
        project_id: the id of the project it was exported from.
        export_id: unique id of this workbook.
        base: item id -> the digests of its fields at export, in the order of
            :data:`desktop.services.departments.merge.FIELDS` (comma-separated).
    """

    department_id: str
    department_name: str
    project_id: str
    export_id: str
    base: dict[str, str]


def read_department_stamp(path: Path) -> DepartmentStamp | None:
    """The stamp of workbook ``path``, or None when it is not a department workbook.

    Raises:
        ChecklistImportError: the file is not a readable, safe workbook.
    """
    path = Path(path)

    def refuse(en: str, zh: str) -> ChecklistImportError:
        return ChecklistImportError(f"Cannot import the workbook {path}: {en}.",
                                    f"无法导入工作簿 {path}：{zh}。")

    values: dict[str, str] = {}
    base: dict[str, str] = {}
    with check_workbook(path, refuse) as checked, translated_errors(refuse):
        if META_SHEET not in checked.sheets:
            return None
        workbook = load_checked(checked, refuse)
        try:
            sheet = workbook[META_SHEET]
            sheet.reset_dimensions()
            for key, value, *_ in sheet.iter_rows(min_col=1, max_col=2, values_only=True):
                if not isinstance(key, str) or not key.strip():
                    continue
                text = "" if value is None else str(value).strip()
                if key.startswith(BASE_PREFIX):
                    base[key[len(BASE_PREFIX):].strip()] = text
                else:
                    values[key.strip().lower()] = text
        finally:
            workbook.close()
    if not values.get("department"):
        return None
    return DepartmentStamp(department_id=values["department"],
                           department_name=values.get("department_name", ""),
                           project_id=values.get("project_id", ""),
                           export_id=values.get("export_id", ""), base=base)
