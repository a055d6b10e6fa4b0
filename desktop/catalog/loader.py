"""Load and validate the knowledge base in ``resources/standards/*.toml``.

The file format is documented in ``resources/standards/README.md``. Loading is
strict: any problem raises :class:`desktop.errors.CatalogError` naming the file
and the entry, because a silently broken checklist would give a wrong
readiness figure.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from desktop.catalog.fields import catalog_error, parse_item_extras, text_field
from desktop.catalog.maps import load_maps
from desktop.domain.model import Basis, Catalog, CatalogItem, ItemKind, Standard, Text
from desktop.errors import CatalogError
from desktop.paths import resource

FORMAT_VERSION = 1
SYSTEMS = ("QMS", "EMS", "OHSMS", "CUSTOM")
STATUSES = ("published", "draft")
DEFAULT_KEYS = {ItemKind.MAINTAIN: "M", ItemKind.RETAIN: "R", ItemKind.EVIDENCE: "E"}
#: Display order of the standards, by code.
ORDER = ("ISO 9001", "ISO 14001", "ISO 45001")


def standards_dir() -> Path:
    """Return the folder holding the bundled standard files."""
    return resource("standards")


def load_catalog(folder: Path | None = None) -> Catalog:
    """Load every ``*.toml`` standard file in ``folder`` (default: the bundled one).

    Returns:
        A :class:`Catalog` with standards ordered ISO 9001, 14001, 45001, then
        any others by id.

    Raises:
        CatalogError: a file cannot be read or parsed, or breaks a rule of
            ``resources/standards/README.md``; the message names file and entry.
    """
    folder = folder or standards_dir()
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise CatalogError(
            f"No standard files (*.toml) found in {folder}.",
            f"在 {folder} 中没有找到标准文件（*.toml）。",
        )
    standards = [load_standard_file(f) for f in files]
    _check_unique_ids(standards)

    def sort_key(std: Standard) -> tuple[int, str]:
        rank = ORDER.index(std.code) if std.code in ORDER else len(ORDER)
        return rank, std.id

    ordered = tuple(sorted(standards, key=sort_key))
    shared, pitfalls, transitions = load_maps(folder / "maps", ordered)
    return Catalog(ordered, shared=shared, pitfalls=pitfalls, transitions=transitions)


def load_standard_file(path: Path) -> Standard:
    """Parse and validate one standard file.

    Raises:
        CatalogError: unreadable, not TOML, or invalid; names the file and entry.
    """
    try:
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
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
    return parse_standard(raw, source=path.name)


def parse_standard(raw: Mapping[str, Any], *, source: str) -> Standard:
    """Build a :class:`Standard` from a parsed TOML mapping.

    Args:
        raw: the parsed file.
        source: file name used in error messages.

    Raises:
        CatalogError: a rule of ``resources/standards/README.md`` is broken.
    """
    where = source
    fmt = raw.get("format")
    if fmt != FORMAT_VERSION:
        raise _err(where, f"format must be {FORMAT_VERSION}, found {fmt!r}",
                   f"format 应为 {FORMAT_VERSION}，实际为 {fmt!r}")
    std_id = _req_str(raw, "id", where)
    code = _req_str(raw, "code", where)
    edition = _req_str(raw, "edition", where)
    national = raw.get("national", "")
    if not isinstance(national, str):
        raise _err(where, "national must be a string", "national 应为字符串")
    status = raw.get("status", "published")
    if status not in STATUSES:
        raise _err(where, f"status must be one of {', '.join(STATUSES)}, found {status!r}",
                   f"status 应为 {'、'.join(STATUSES)} 之一，实际为 {status!r}")
    status_note = text_field(raw, "status_note", where) if "status_note" in raw else None
    system = _req_str(raw, "system", where)
    if system not in SYSTEMS:
        raise _err(where, f"system must be one of {', '.join(SYSTEMS)}, found {system!r}",
                   f"system 应为 {'、'.join(SYSTEMS)} 之一，实际为 {system!r}")
    title = _text(raw, "title", where)
    amendments = raw.get("amendments", [])
    if not isinstance(amendments, list) or not all(isinstance(a, str) for a in amendments):
        raise _err(where, "amendments must be a list of strings", "amendments 应为字符串列表")
    raw_items = raw.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise _err(where, "the file has no [[items]]", "文件中没有 [[items]] 条目")

    items = _parse_items(raw_items, std_id, source)
    _check_tree(items, source)
    return Standard(
        id=std_id, code=code, edition=edition, amendments=tuple(amendments),
        national=national, system=system, title=title, items=tuple(items),
        status=status, status_note=status_note,
    )


def _parse_items(raw_items: list[Any], std_id: str, source: str) -> list[CatalogItem]:
    items: list[CatalogItem] = []
    seen: dict[str, int] = {}
    order_in_parent: dict[str | None, int] = {}
    for index, entry in enumerate(raw_items, start=1):
        where = f"{source}, item {index}"
        if not isinstance(entry, dict):
            raise _err(where, "each [[items]] entry must be a table", "每个 [[items]] 条目应为表")
        clause = _req_str(entry, "clause", where)
        where = f"{source}, item {index} (clause {clause})"
        kind_raw = entry.get("kind")
        try:
            kind = ItemKind(str(kind_raw))
        except ValueError:
            known = ", ".join(k.value for k in ItemKind)
            raise _err(where, f"unknown kind {kind_raw!r} (known: {known})",
                       f"未知的 kind {kind_raw!r}（可用：{known}）") from None
        if kind is ItemKind.CLAUSE:
            item_id = entry.get("id") or f"{std_id}:{clause}"
            parent_clause = clause.rpartition(".")[0]
            default_parent = f"{std_id}:{parent_clause}" if parent_clause else None
        else:
            key = entry.get("key") or DEFAULT_KEYS[kind]
            item_id = entry.get("id") or f"{std_id}:{clause}:{key}"
            default_parent = f"{std_id}:{clause}"
        parent = entry.get("parent", default_parent)
        if not isinstance(item_id, str) or (parent is not None and not isinstance(parent, str)):
            raise _err(where, "id and parent must be strings", "id 和 parent 应为字符串")
        if item_id in seen:
            raise _err(where, f"duplicate id {item_id!r} (first at item {seen[item_id]})",
                       f"id {item_id!r} 重复（首次出现在第 {seen[item_id]} 条）")
        seen[item_id] = index
        amendment = entry.get("amendment")
        if amendment is not None and not isinstance(amendment, str):
            raise _err(where, "amendment must be a string", "amendment 应为字符串")
        order = order_in_parent.get(parent, 0)
        order_in_parent[parent] = order + 1
        extras = parse_item_extras(entry, f"{where} [{item_id}]")
        if kind.is_mandatory_documented and extras.basis is not Basis.REQUIRED:
            raise _err(f"{where} [{item_id}]",
                       "maintain/retain items are required by the standard (basis required)",
                       "保持/保留类条目属于标准要求（basis 应为 required）")
        items.append(CatalogItem(
            id=item_id, standard_id=std_id, clause=clause, kind=kind, parent=parent,
            title=_text(entry, "title", f"{where} [{item_id}]"),
            description=_text(entry, "description", f"{where} [{item_id}]"),
            amendment=amendment, order=order, guidance=extras.guidance,
            questions=extras.questions, typical_evidence=extras.typical_evidence,
            basis=extras.basis, freshness=extras.freshness, pitfalls=extras.pitfalls,
            shared=extras.shared,
        ))
    return items


def _check_tree(items: list[CatalogItem], source: str) -> None:
    """Parents exist, are clauses and come earlier; leaf clauses have checklist items."""
    earlier: dict[str, CatalogItem] = {}
    children: dict[str, list[CatalogItem]] = {}
    for item in items:
        if item.parent is not None:
            parent = earlier.get(item.parent)
            if parent is None:
                raise _err(f"{source} [{item.id}]",
                           f"parent {item.parent!r} does not exist or comes later in the file",
                           f"上级条目 {item.parent!r} 不存在或位于其后")
            if parent.kind is not ItemKind.CLAUSE:
                raise _err(f"{source} [{item.id}]", f"parent {item.parent!r} is not a clause",
                           f"上级条目 {item.parent!r} 不是条款")
            children.setdefault(parent.id, []).append(item)
        earlier[item.id] = item
    for item in items:
        if item.kind is ItemKind.CLAUSE and not children.get(item.id):
            raise _err(f"{source} [{item.id}]",
                       "a clause without sub-clauses needs at least one checklist item",
                       "没有子条款的条款至少需要一个检查项")


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


def _req_str(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _err(where, f"{key!r} is missing or empty", f"缺少 {key!r} 或为空")
    return value


def _text(raw: Mapping[str, Any], key: str, where: str) -> Text:
    return text_field(raw, key, where)


def _err(where: str, en: str, zh: str) -> CatalogError:
    return catalog_error(where, en, zh)
