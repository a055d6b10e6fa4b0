"""The loaded knowledge base is kept in the user cache folder; the cache never changes
what loads, whether its entry is fresh, stale, damaged or cannot be written."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import paths
from desktop.catalog import catalog_cache, load_catalog, loader
from desktop.domain.model import Catalog
from desktop.errors import CatalogError


def _entries() -> list[Path]:
    folder = catalog_cache.cache_folder()
    return sorted(folder.glob("catalog-*.entry")) if folder.is_dir() else []


def _parse_only(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Count the loads that parse the files (instead of reading the cache)."""
    parsed: list[Path] = []
    real = loader._load

    def counting(folder: Path) -> Catalog:
        parsed.append(folder)
        return real(folder)

    monkeypatch.setattr(loader, "_load", counting)
    return parsed


@pytest.fixture
def standards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled knowledge base that the tests may edit, loaded as the bundled one."""
    folder = tmp_path / "standards"
    shutil.copytree(loader.standards_dir(), folder)
    monkeypatch.setattr(loader, "standards_dir", lambda: folder)
    return folder


def test_the_second_load_comes_from_the_cache_and_is_equal(
        monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = _parse_only(monkeypatch)
    first = load_catalog()
    assert len(parsed) == 1 and len(_entries()) == 1
    again = load_catalog()
    assert len(parsed) == 1, "read from the cache"
    assert again == first
    assert again.item("iso9001-2015:7.5.3") == first.item("iso9001-2015:7.5.3")
    assert again.pitfalls == first.pitfalls and again.shared_clauses == first.shared_clauses


def test_every_field_survives_the_round_trip(catalog: Catalog) -> None:
    rebuilt = catalog_cache.decode(json.loads(json.dumps(catalog_cache.encode(catalog))))
    assert rebuilt == catalog
    assert rebuilt.standards == catalog.standards  # items, texts, enums, freshness
    assert rebuilt.transitions == catalog.transitions and rebuilt.shared == catalog.shared
    assert any(i.freshness is not None and i.freshness.citation is not None
               for s in catalog.standards for i in s.items), "the data exercises citations"


def test_an_edited_file_is_loaded_again(standards: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = _parse_only(monkeypatch)
    load_catalog()
    path = standards / "iso9001-2015.toml"
    text = path.read_text(encoding="utf-8")
    old = load_catalog().standard("iso9001-2015").title.en
    path.write_text(text.replace(f'en = "{old}"', 'en = "Edited title"', 1), encoding="utf-8")
    edited = load_catalog()
    assert edited.standard("iso9001-2015").title.en == "Edited title"
    assert len(parsed) == 2
    assert len(_entries()) == 1, "the stale entry was replaced"


def test_an_edited_map_file_is_loaded_again(standards: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = _parse_only(monkeypatch)
    load_catalog()
    (standards / "maps" / "pitfalls.toml").write_text("", encoding="utf-8")
    with pytest.raises(CatalogError, match="unknown pitfall"):
        load_catalog()
    assert len(parsed) == 2


@pytest.mark.parametrize("damage", [
    lambda body: body[: len(body) // 2],  # cut short
    lambda body: body.replace(b"ISO 9001", b"ISO 9009", 1),  # a changed byte
    lambda body: b"not even three lines",
    lambda body: b"",
])
def test_a_damaged_entry_is_ignored(damage: Callable[[bytes], bytes],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    expected = load_catalog()
    (entry,) = _entries()
    entry.write_bytes(damage(entry.read_bytes()))
    parsed = _parse_only(monkeypatch)
    assert load_catalog() == expected
    assert len(parsed) == 1
    assert load_catalog() == expected and len(parsed) == 1, "the entry was written again"


def test_an_entry_of_another_shape_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = load_catalog()
    (entry,) = _entries()
    key = entry.name.removeprefix("catalog-").removesuffix(".entry")
    for shape in ('{"standards": "ISO"}', "[1, 2]", '{"standards": [["x"]], "shared": []}'):
        body = shape.encode()
        entry.write_bytes(b"%s\n%s\n%s" % (key.encode(), catalog_cache._digest(body).encode(),
                                          body))
        assert catalog_cache.load_cached(key) is None
    parsed = _parse_only(monkeypatch)
    assert load_catalog() == expected
    assert len(parsed) == 1


def test_an_entry_under_another_key_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    load_catalog()
    (entry,) = _entries()
    head, rest = entry.read_bytes().split(b"\n", 1)
    entry.write_bytes(b"0" * len(head) + b"\n" + rest)
    assert catalog_cache.load_cached(head.decode()) is None


def test_a_cache_path_that_is_a_file_still_loads(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(paths, "user_cache_dir", lambda: blocker)
    assert load_catalog() == load_catalog()
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_broken_file_is_reported_even_after_a_cached_load(standards: Path) -> None:
    load_catalog()
    (standards / "iso9001-2015.toml").write_text("format = = 1", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"iso9001-2015\.toml"):
        load_catalog()
