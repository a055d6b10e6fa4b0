"""The shared import limits: one text limit everywhere, named field and row, clear refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.catalog.templates import read_template
from desktop.domain.model import ItemKind, Text
from desktop.errors import ChecklistImportError, TemplateError, ValidationError
from desktop.import_limits import MAX_TEXT, MAX_ZIP_ENTRIES
from desktop.imports.checklist_import import read_checklist
from desktop.imports.xlsx_roundtrip import CellTooLongError, read_roundtrip
from desktop.services.custom import EntryFields, add_custom_item
from desktop.services.session import ProjectSession
from tests.hostile_cases import template_data
from tests.hostile_workbooks import (
    checklist_book,
    checklist_rows,
    roundtrip_book,
    roundtrip_rows,
)


def test_a_checklist_cell_over_the_limit_names_its_row_and_column(tmp_path: Path) -> None:
    rows = checklist_rows()
    rows[2][5] = "x" * (MAX_TEXT + 1)
    path = tmp_path / "long.xlsx"
    path.write_bytes(checklist_book(rows))
    with pytest.raises(ChecklistImportError) as caught:
        read_checklist(path, {})
    [problem] = caught.value.problems
    assert (problem.row, problem.column) == (3, "title_en")
    assert "Row 3, column title_en: the text is 32,768 characters long; at most 32,767" in (
        caught.value.en)
    assert "第 3 行，title_en 列：文字长 32,768 个字符，最多允许 32,767 个" in caught.value.zh


def test_a_checklist_cell_at_the_limit_is_read(tmp_path: Path) -> None:
    rows = checklist_rows()
    rows[2][5] = "文" * MAX_TEXT
    path = tmp_path / "long.xlsx"
    path.write_bytes(checklist_book(rows))
    assert read_checklist(path, {})[1].title.en == "文" * MAX_TEXT


def test_a_filled_in_cell_over_the_limit_refuses_the_workbook_naming_its_place(
        tmp_path: Path) -> None:
    rows = roundtrip_rows()
    rows[3][7] = "n" * (MAX_TEXT + 1)
    path = tmp_path / "returned.xlsx"
    path.write_bytes(roundtrip_book("p.auditready", rows))
    with pytest.raises(CellTooLongError) as caught:
        read_roundtrip(path)
    assert (caught.value.sheet, caught.value.row, caught.value.column) == (
        "ISO 9001 2015", 4, "H")
    assert 'sheet "ISO 9001 2015", row 4, column H holds 32,768 characters' in caught.value.en
    assert "工作表“ISO 9001 2015”第 4 行 H 列有 32,768 个字符" in caught.value.zh


def test_a_manual_entry_has_the_same_text_limit(project: ProjectSession) -> None:
    fields = EntryFields(clause="7.1.5.x", kind=ItemKind.RETAIN,
                         title=Text("t", "t"), description=Text("d" * MAX_TEXT, ""))
    add_custom_item(project, fields, parent="iso9001-2015:7.1.5")
    too_long = EntryFields(clause="7.1.5.y", kind=ItemKind.RETAIN, title=Text("t", "t"),
                           description=Text("d" * (MAX_TEXT + 1), ""))
    with pytest.raises(ValidationError, match="32767"):
        add_custom_item(project, too_long, parent="iso9001-2015:7.1.5")


def test_a_workbook_with_too_many_parts_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "parts.xlsx"
    path.write_bytes(checklist_book(extra=[(f"x/{i}", b"") for i in range(MAX_ZIP_ENTRIES)]))
    with pytest.raises(ChecklistImportError, match=r"parts\.xlsx: its package holds 10,0\d\d "
                       r"parts \(at most 10,000\)"):
        read_checklist(path, {})


def test_a_template_with_a_bom_is_read(tmp_path: Path) -> None:
    data = template_data([{"key": "S", "parent": None, "under": None, "clause": "S",
                           "kind": "clause", "title": {"en": "S", "zh": "S"},
                           "description": {"en": "", "zh": ""}}])
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode())
    assert [e.key for e in read_template(path).entries] == ["S"]


@pytest.mark.parametrize(("content", "needle"), [
    (b"[" * 17 + b"]" * 17, "nested more than 16 levels"),
    (b"[" * 200_000 + b"]" * 200_000, "nested more than 16 levels"),
    (b'{"format": "\xff"}', "it is not UTF-8 text"),
])
def test_templates_too_deep_or_not_utf8_are_refused(tmp_path: Path, content: bytes,
                                                    needle: str) -> None:
    path = tmp_path / "t.json"
    path.write_bytes(content)
    with pytest.raises(TemplateError, match=needle) as caught:
        read_template(path)
    assert str(path) in caught.value.en and str(path) in caught.value.zh
