"""The loader refuses broken knowledge-base files and says which file and entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.catalog import load_catalog, load_standard_file
from desktop.errors import CatalogError

HEADER = """
format = 1
id = "demo-2015"
code = "DEMO"
edition = "2015"
national = "GB/T 0-2016"
system = "QMS"
title = { en = "Demo", zh = "演示" }
"""

CLAUSE_4 = """
[[items]]
clause = "4"
kind = "clause"
title = { en = "Context", zh = "环境" }
description = { en = "About context.", zh = "关于环境。" }
"""

ITEM_4 = """
[[items]]
clause = "4"
kind = "evidence"
title = { en = "Context notes", zh = "环境记录" }
description = { en = "Notes on context.", zh = "环境的记录。" }
"""


def write(tmp_path: Path, body: str, name: str = "demo.toml") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_valid_file_derives_ids_and_parents(tmp_path: Path) -> None:
    std = load_standard_file(write(tmp_path, CLAUSE_4 + ITEM_4))
    clause, item = std.items
    assert clause.id == "demo-2015:4" and clause.parent is None
    assert item.id == "demo-2015:4:E" and item.parent == "demo-2015:4"
    assert std.label == "DEMO:2015"


def test_duplicate_id_names_file_and_entry(tmp_path: Path) -> None:
    path = write(tmp_path, CLAUSE_4 + ITEM_4 + ITEM_4)
    with pytest.raises(CatalogError) as info:
        load_standard_file(path)
    assert "demo.toml" in info.value.en and "item 3" in info.value.en
    assert "demo-2015:4:E" in info.value.en and "重复" in info.value.zh


def test_missing_parent_is_refused(tmp_path: Path) -> None:
    orphan = CLAUSE_4.replace('clause = "4"', 'clause = "4.1"') + ITEM_4.replace('"4"', '"4.1"')
    with pytest.raises(CatalogError, match=r"demo-2015:4\.1.*parent 'demo-2015:4'"):
        load_standard_file(write(tmp_path, orphan))


def test_missing_chinese_text_is_refused(tmp_path: Path) -> None:
    body = CLAUSE_4 + ITEM_4.replace('zh = "环境的记录。"', 'zh = " "')
    with pytest.raises(CatalogError, match=r"description\.zh is missing"):
        load_standard_file(write(tmp_path, body))


def test_unknown_kind_is_refused(tmp_path: Path) -> None:
    body = CLAUSE_4 + ITEM_4.replace('kind = "evidence"', 'kind = "record"')
    with pytest.raises(CatalogError, match="unknown kind 'record'"):
        load_standard_file(write(tmp_path, body))


def test_leaf_clause_without_checklist_item_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="at least one checklist item"):
        load_standard_file(write(tmp_path, CLAUSE_4))


def test_invalid_toml_is_reported_with_file_name(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("format = = 1", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"broken\.toml is not valid TOML"):
        load_standard_file(path)


def test_ids_must_be_unique_across_files(tmp_path: Path) -> None:
    write(tmp_path, CLAUSE_4 + ITEM_4, "a.toml")
    write(tmp_path, CLAUSE_4 + ITEM_4, "b.toml")
    with pytest.raises(CatalogError, match="used by two files"):
        load_catalog(tmp_path)


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="No standard files"):
        load_catalog(tmp_path)
