"""Load and validate the knowledge base in ``resources/standards/*.toml``.

The file format is documented in ``resources/standards/README.md``. Loading is
strict: any problem raises :class:`desktop.errors.CatalogError` naming the file
and the entry, because a silently broken checklist would give a wrong
readiness figure.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.catalog import catalog_cache
from desktop.catalog.editions import derive_standard
from desktop.catalog.maps import load_maps
from desktop.catalog.parsing import parse_standard
from desktop.catalog.toml_cache import read_toml
from desktop.domain.model import Catalog, Standard
from desktop.errors import CatalogError
from desktop.paths import resource

#: Display order of the standards, by code.
ORDER = ("ISO 9001", "ISO 14001", "ISO 45001")


def standards_dir() -> Path:
    """Return the folder holding the bundled standard files."""
    return resource("standards")


def load_catalog(folder: Path | None = None) -> Catalog:
    """Load every ``*.toml`` standard file in ``folder`` (default: the bundled one).

    The bundled knowledge base is rebuilt from the user cache folder when the
    same files were loaded before (:mod:`desktop.catalog.catalog_cache`); the
    result is the same either way.

    Returns:
        A :class:`Catalog` with standards ordered ISO 9001, 14001, 45001, then
        any others by id.

    Raises:
        CatalogError: a file cannot be read or parsed, or breaks a rule of
            ``resources/standards/README.md``; the message names file and entry.
    """
    if folder is not None:
        return _load(folder)
    folder = standards_dir()
    try:
        key = catalog_cache.cache_key(folder)
    except OSError:  # a file cannot be read: loading says which
        return _load(folder)
    cached = catalog_cache.load_cached(key)
    if cached is not None:
        return cached
    catalog = _load(folder)
    catalog_cache.store(key, catalog)
    return catalog


def _load(folder: Path) -> Catalog:
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise CatalogError(
            f"No standard files (*.toml) found in {folder}.",
            f"在 {folder} 中没有找到标准文件（*.toml）。",
        )
    raws = [(f.name, _read_toml(f)) for f in files]
    standards = [parse_standard(raw, source=name) for name, raw in raws if "base" not in raw]
    pending = [(name, raw) for name, raw in raws if "base" in raw]
    while pending:  # derived editions, each after its base
        ready = [(n, r) for n, r in pending if any(s.id == r["base"] for s in standards)]
        if not ready:
            name, raw = pending[0]
            raise CatalogError(
                f"Knowledge base error in {name}: base edition {raw['base']!r} not found.",
                f"知识库错误（{name}）：找不到基础版本 {raw['base']!r}。")
        for name, raw in ready:
            base = next(s for s in standards if s.id == raw["base"])
            standards.append(derive_standard(raw, base, source=name))
            pending.remove((name, raw))
    _check_unique_ids(standards)

    def sort_key(std: Standard) -> tuple[int, str]:
        rank = ORDER.index(std.code) if std.code in ORDER else len(ORDER)
        return rank, std.id

    ordered = tuple(sorted(standards, key=sort_key))
    shared, headings, pitfalls, transitions = load_maps(folder / "maps", ordered)
    return Catalog(ordered, shared=shared, shared_clauses=headings, pitfalls=pitfalls,
                   transitions=transitions)


def load_standard_file(path: Path) -> Standard:
    """Parse and validate one self-contained standard file (not a derived edition).

    Raises:
        CatalogError: unreadable, not TOML, or invalid; names the file and entry.
    """
    return parse_standard(_read_toml(path), source=path.name)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = read_toml(path)
    except OSError as exc:
        raise CatalogError(
            f"Cannot read standard file {path.name}: {exc.strerror or exc}.",
            f"无法读取标准文件 {path.name}：{exc.strerror or exc}。",
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(
            f"Standard file {path.name} is not valid TOML: {exc}.",
            f"标准文件 {path.name} 不是有效的 TOML：{exc}。",
        ) from exc
    return raw


def _check_unique_ids(standards: Iterable[Standard]) -> None:
    seen: dict[str, str] = {}
    for std in standards:
        if std.id in seen:
            raise CatalogError(f"Standard id {std.id!r} is used by two files.",
                               f"标准 id {std.id!r} 被两个文件使用。")
        seen[std.id] = std.id
    owners: dict[str, str] = {}
    for std in standards:
        for item in std.items:
            if item.id in owners and owners[item.id] != std.id:
                raise CatalogError(
                    f"Item id {item.id!r} appears in both {owners[item.id]} and {std.id}.",
                    f"条目 id {item.id!r} 同时出现在 {owners[item.id]} 和 {std.id} 中。")
            owners[item.id] = std.id


