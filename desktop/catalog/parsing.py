"""Parse one standard file into a :class:`Standard` (rules: resources/standards/README.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from desktop.catalog.fields import catalog_error, parse_item_extras, text_field
from desktop.domain.model import Basis, CatalogItem, ItemKind, Standard, Text
from desktop.errors import CatalogError

FORMAT_VERSION = 1
SYSTEMS = ("QMS", "EMS", "OHSMS", "CUSTOM")
STATUSES = ("published", "draft")
DEFAULT_KEYS = {ItemKind.MAINTAIN: "M", ItemKind.RETAIN: "R", ItemKind.EVIDENCE: "E"}


def parse_standard(raw: Mapping[str, Any], *, source: str) -> Standard:
    """Build a :class:`Standard` from a parsed TOML mapping.

    Args:
        raw: the parsed file.
        source: file name used in error messages.

    Raises:
        CatalogError: a rule of ``resources/standards/README.md`` is broken.
    """
    where = source
    if "base" in raw:
        raise _err(where, "a derived edition needs its base edition loaded with it",
                   "派生版本须与其基础版本一起加载")
    header = parse_header(raw, where)
    raw_items = raw.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise _err(where, "the file has no [[items]]", "文件中没有 [[items]] 条目")
    items = parse_items(raw_items, header.id, source)
    check_tree(items, source)
    return replace(header, items=tuple(items))


def parse_header(raw: Mapping[str, Any], where: str) -> Standard:
    """Read the standard-level fields of a file; ``items`` is left empty.

    Raises:
        CatalogError: a field is missing or invalid.
    """
    fmt = raw.get("format")
    if fmt != FORMAT_VERSION:
        raise _err(where, f"format must be {FORMAT_VERSION}, found {fmt!r}",
                   f"format 应为 {FORMAT_VERSION}，实际为 {fmt!r}")
    national = raw.get("national", "")
    if not isinstance(national, str):
        raise _err(where, "national must be a string", "national 应为字符串")
    status = raw.get("status", "published")
    if status not in STATUSES:
        raise _err(where, f"status must be one of {', '.join(STATUSES)}, found {status!r}",
                   f"status 应为 {'、'.join(STATUSES)} 之一，实际为 {status!r}")
    system = _req_str(raw, "system", where)
    if system not in SYSTEMS:
        raise _err(where, f"system must be one of {', '.join(SYSTEMS)}, found {system!r}",
                   f"system 应为 {'、'.join(SYSTEMS)} 之一，实际为 {system!r}")
    amendments = raw.get("amendments", [])
    if not isinstance(amendments, list) or not all(isinstance(a, str) for a in amendments):
        raise _err(where, "amendments must be a list of strings", "amendments 应为字符串列表")
    return Standard(
        id=_req_str(raw, "id", where), code=_req_str(raw, "code", where),
        edition=_req_str(raw, "edition", where), amendments=tuple(amendments),
        national=national, system=system, title=_text(raw, "title", where), items=(),
        status=status,
        status_note=text_field(raw, "status_note", where) if "status_note" in raw else None,
    )


def parse_items(raw_items: list[Any], std_id: str, source: str) -> list[CatalogItem]:
    """Parse ``[[items]]`` entries of standard ``std_id``; ids and parents derived.

    Raises:
        CatalogError: an entry is malformed or an id repeats.
    """
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
        basis = extras.basis or (Basis.REQUIRED if kind.is_mandatory_documented
                                 else Basis.DEMONSTRATES)
        if kind.is_mandatory_documented and basis is not Basis.REQUIRED:
            raise _err(f"{where} [{item_id}]",
                       "maintain/retain items are required by the standard (basis required)",
                       "保持/保留类条目属于标准要求（basis 应为 required）")
        if kind is ItemKind.EVIDENCE and basis is Basis.REQUIRED:
            raise _err(f"{where} [{item_id}]",
                       "an evidence item demonstrates a requirement and is not one itself "
                       "(basis demonstrates, recommended or cb_requested)",
                       "证据类条目用于证实要求的满足，本身并非标准要求（basis 应为 "
                       "demonstrates、recommended 或 cb_requested）")
        official = entry.get("title_official", True)
        if not isinstance(official, bool):
            raise _err(f"{where} [{item_id}]", "title_official must be true or false",
                       "title_official 应为 true 或 false")
        items.append(CatalogItem(
            id=item_id, standard_id=std_id, clause=clause, kind=kind, parent=parent,
            title=_text(entry, "title", f"{where} [{item_id}]"),
            description=_text(entry, "description", f"{where} [{item_id}]"),
            amendment=amendment, order=order, guidance=extras.guidance,
            questions=extras.questions, typical_evidence=extras.typical_evidence,
            basis=basis, freshness=extras.freshness, pitfalls=extras.pitfalls,
            shared=extras.shared, origin=extras.origin, title_official=official,
        ))
    return items


def check_tree(items: list[CatalogItem], source: str) -> None:
    """Check parents exist, are clauses and come earlier; leaf clauses have checklist items.

    Raises:
        CatalogError: naming the first entry that breaks a rule.
    """
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


def _req_str(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _err(where, f"{key!r} is missing or empty", f"缺少 {key!r} 或为空")
    return value


def _text(raw: Mapping[str, Any], key: str, where: str) -> Text:
    return text_field(raw, key, where)


def _err(where: str, en: str, zh: str) -> CatalogError:
    return catalog_error(where, en, zh)
