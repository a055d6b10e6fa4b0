"""Department workbooks: each department gets its part; edited at the same time, they merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.domain.departments import Department, Role
from desktop.domain.model import Catalog, CompanyProfile, ItemStatus
from desktop.services.departments import matrix as svc
from desktop.services.departments.workbooks import (
    department_item_ids,
    export_department_workbooks,
)
from desktop.services.items import set_item_status, update_item_details
from desktop.services.roundtrip import ChangedField, apply_roundtrip, preview_roundtrip
from desktop.services.session import ProjectSession, new_project

CALIBRATION = "iso9001-2015:7.1.5.1:R"  # quality only
SUPPLIERS = "iso9001-2015:8.4.1:R"  # purchasing only
AUDIT = "iso9001-2015:9.2.2:R"  # owned by purchasing, clause led by quality: both
SHEET = "ISO 9001 2015"


@pytest.fixture
def two(project: ProjectSession) -> tuple[Department, Department]:
    quality, _ = svc.add_department(project, "品质部", "王敏")
    buying, _ = svc.add_department(project, "采购部", "赵磊")
    svc.set_item_department(project, CALIBRATION, quality.id)
    svc.set_item_department(project, SUPPLIERS, buying.id)
    svc.set_item_department(project, AUDIT, buying.id, owner="赵磊")
    svc.set_role(project, "iso9001-2015", "9.2.2", quality.id, Role.RESPONSIBLE)
    update_item_details(project, AUDIT, notes="内审方案已批准")
    return quality, buying


def _edit(path: Path, edits: dict[str, dict[str, str]]) -> None:
    """Change cells of the checklist sheet: {item id: {column letter: value}}."""
    book = load_workbook(path)
    sheet = book[SHEET]
    for row in sheet.iter_rows(min_row=2):
        for column, value in edits.get(str(row[0].value), {}).items():
            sheet[f"{column}{row[0].row}"] = value
    book.save(path)


def _ids(path: Path) -> list[str]:
    book = load_workbook(path, read_only=True)
    ids = [str(r[0]) for r in book[SHEET].iter_rows(min_row=2, values_only=True) if r[0]]
    book.close()
    return ids


def _export(project: ProjectSession, tmp_path: Path) -> tuple[Path, Path]:
    out = tmp_path / "out"
    out.mkdir()
    quality_book, buying_book = export_department_workbooks(project, out, "en")
    return quality_book, buying_book


def test_each_workbook_holds_only_the_departments_items(
        project: ProjectSession, two: tuple[Department, Department], tmp_path: Path) -> None:
    quality, buying = two
    assert department_item_ids(project, quality.id)[:1] == (CALIBRATION,)
    quality_book, buying_book = _export(project, tmp_path)
    assert quality_book.name == "01-品质部.xlsx" and buying_book.name == "02-采购部.xlsx"
    assert set(_ids(quality_book)) >= {CALIBRATION, AUDIT}
    assert SUPPLIERS not in _ids(quality_book)
    assert set(_ids(buying_book)) == {SUPPLIERS, AUDIT}
    meta = dict(load_workbook(buying_book)["_auditready"].iter_rows(values_only=True))
    assert meta["department"] == buying.id and meta["department_name"] == "采购部"


def test_two_workbooks_edited_at_once_merge_with_one_conflict(
        project: ProjectSession, two: tuple[Department, Department], tmp_path: Path) -> None:
    quality_book, buying_book = _export(project, tmp_path)
    _edit(quality_book, {CALIBRATION: {"H": "三坐标已送检"},
                         AUDIT: {"E": "Ready", "F": "王敏"}})
    _edit(buying_book, {SUPPLIERS: {"E": "In progress"},
                        AUDIT: {"E": "In progress", "H": "供方审核已排入内审"}})

    first = preview_roundtrip(project, quality_book)
    assert first.sender == "品质部" and not first.conflicts and not first.blocked
    apply_roundtrip(project, first, frozenset())

    second = preview_roundtrip(project, buying_book)
    assert not second.blocked
    by_item = {c.item_id: c for c in second.items}
    assert set(by_item) == {SUPPLIERS, AUDIT}  # the untouched owner of AUDIT is no change
    assert second.conflicts == {AUDIT}
    (status,) = [f for f in by_item[AUDIT].fields if f.conflict]
    assert status.field is ChangedField.STATUS
    assert (status.old, status.old_by) == (ItemStatus.READY, "品质部")
    assert (status.new, second.sender) == (ItemStatus.IN_PROGRESS, "采购部")
    notes = next(f for f in by_item[AUDIT].fields if f.field is ChangedField.NOTES)
    assert not notes.conflict

    changes = apply_roundtrip(project, second, frozenset())  # the project keeps 品质部's status
    assert changes.items == {SUPPLIERS, AUDIT}
    states = project.store.item_states()
    assert states[CALIBRATION].notes == "三坐标已送检"
    assert states[SUPPLIERS].status is ItemStatus.IN_PROGRESS
    assert states[AUDIT].status is ItemStatus.READY
    assert states[AUDIT].owner == "王敏"
    assert states[AUDIT].notes == "供方审核已排入内审"


def test_the_conflict_can_go_to_the_later_workbook(
        project: ProjectSession, two: tuple[Department, Department], tmp_path: Path) -> None:
    quality_book, buying_book = _export(project, tmp_path)
    _edit(quality_book, {AUDIT: {"E": "Ready"}})
    _edit(buying_book, {AUDIT: {"E": "In progress"}})
    apply_roundtrip(project, preview_roundtrip(project, quality_book), frozenset())
    second = preview_roundtrip(project, buying_book)
    apply_roundtrip(project, second, second.conflicts)
    assert project.store.item_state(AUDIT).status is ItemStatus.IN_PROGRESS


def test_a_value_changed_by_hand_is_a_conflict_sent_by_the_project(
        project: ProjectSession, two: tuple[Department, Department], tmp_path: Path) -> None:
    _, buying_book = _export(project, tmp_path)
    set_item_status(project, SUPPLIERS, ItemStatus.READY)
    _edit(buying_book, {SUPPLIERS: {"E": "In progress"}})
    (change,) = preview_roundtrip(project, buying_book).items
    assert change.conflict and change.fields[0].old_by == ""


def test_the_same_workbook_twice_is_refused(
        project: ProjectSession, two: tuple[Department, Department], tmp_path: Path) -> None:
    quality_book, _ = _export(project, tmp_path)
    _edit(quality_book, {CALIBRATION: {"H": "已送检"}})
    apply_roundtrip(project, preview_roundtrip(project, quality_book), frozenset())
    again = preview_roundtrip(project, quality_book)
    assert again.blocked
    assert "already imported" in again.errors[0].en and "品质部" in again.errors[0].zh


def test_a_workbook_from_another_project_is_refused(
        project: ProjectSession, two: tuple[Department, Department], tmp_path: Path,
        catalog: Catalog) -> None:
    quality_book, _ = _export(project, tmp_path)
    other = new_project(tmp_path / "other.auditready", CompanyProfile("另一家公司"),
                        ["iso9001-2015"], catalog)
    try:
        preview = preview_roundtrip(other, quality_book)
        assert preview.blocked
        assert "another project" in preview.errors[0].en
        assert "acme.auditready" in preview.errors[0].en
    finally:
        other.close()


def test_exporting_needs_departments_and_a_folder(project: ProjectSession,
                                                  tmp_path: Path) -> None:
    from desktop.errors import ValidationError
    with pytest.raises(ValidationError):
        export_department_workbooks(project, tmp_path, "zh")
    svc.add_department(project, "品质部")
    with pytest.raises(ValidationError):
        export_department_workbooks(project, tmp_path / "missing", "zh")
