"""The parsed knowledge base is cached by content, and the cache never changes what loads."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop import paths
from desktop.catalog import load_catalog, toml_cache

STANDARD = """
format = 1
id = "demo-2015"
code = "DEMO"
edition = "2015"
system = "QMS"
title = { en = "Demo", zh = "演示" }

[[items]]
clause = "4"
kind = "clause"
title = { en = "Context", zh = "环境" }
description = { en = "About context.", zh = "关于环境。" }
"""


def _entries() -> list[Path]:
    folder = toml_cache.cache_folder()
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def test_bundled_catalog_loads_the_same_from_the_cache() -> None:
    first = load_catalog()
    assert _entries(), "the first load fills the cache"
    assert load_catalog() == first


def test_an_edited_file_is_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "demo.toml"
    path.write_text(STANDARD, encoding="utf-8")
    assert toml_cache.read_toml(path)["title"]["en"] == "Demo"
    path.write_text(STANDARD.replace('en = "Demo"', 'en = "Renamed"'), encoding="utf-8")
    assert toml_cache.read_toml(path)["title"]["en"] == "Renamed"


def test_a_damaged_entry_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "demo.toml"
    path.write_text(STANDARD, encoding="utf-8")
    expected = toml_cache.read_toml(path)
    for entry in _entries():
        entry.write_bytes(b"{not json")
    assert toml_cache.read_toml(path) == expected
    for entry in _entries():
        entry.write_text("[1, 2]", encoding="utf-8")  # JSON, but not a table
    assert toml_cache.read_toml(path) == expected


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0,
                    reason="needs a folder the user cannot write to (POSIX, not root)")
def test_an_unwritable_cache_folder_still_loads(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    monkeypatch.setattr(paths, "user_cache_dir", lambda: locked / "cache")
    try:
        assert load_catalog().standards
        assert not (locked / "cache").exists()
    finally:
        locked.chmod(0o700)


def test_a_cache_path_that_is_a_file_still_loads(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(paths, "user_cache_dir", lambda: blocker)
    assert load_catalog().standards


def test_dates_are_parsed_but_not_cached(tmp_path: Path) -> None:
    path = tmp_path / "dated.toml"
    path.write_text("day = 2026-11-22\n", encoding="utf-8")
    assert str(toml_cache.read_toml(path)["day"]) == "2026-11-22"
    assert toml_cache.read_toml(path)["day"].year == 2026
    assert _entries() == []
