"""Load the knowledge that spans standards: the integrated map, pitfalls, edition transitions.

Files (formats in ``resources/standards/README.md``)::

    resources/standards/maps/integrated.toml        shared Harmonized Structure requirements
    resources/standards/maps/pitfalls.toml          common audit problems
    resources/standards/maps/transitions/*.toml     clause maps between editions

A missing ``maps`` folder gives an empty map (used by tests with a single
standard file). Every target, clause and pitfall reference is checked.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.catalog.fields import catalog_error, text_field
from desktop.catalog.toml_cache import read_toml
from desktop.domain.model import (
    ChangeKind,
    ItemKind,
    Pitfall,
    SharedRequirement,
    Standard,
    Text,
    Transition,
    TransitionEntry,
)

Maps = tuple[tuple[SharedRequirement, ...], dict[str, Text], dict[str, Pitfall],
             tuple[Transition, ...]]


def _read(path: Path) -> dict[str, Any]:
    try:
        return read_toml(path)
    except OSError as exc:
        raise catalog_error(path.name, f"cannot read the file: {exc.strerror or exc}",
                            f"无法读取文件：{exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise catalog_error(path.name, f"not valid TOML: {exc}", f"不是有效的 TOML：{exc}") from exc


def load_maps(folder: Path, standards: Sequence[Standard]) -> Maps:
    """Load and cross-check the map files in ``folder`` against ``standards``.

    Raises:
        CatalogError: a file is malformed or refers to an unknown item,
            clause, standard or pitfall.
    """
    pitfalls: dict[str, Pitfall] = {}
    shared: tuple[SharedRequirement, ...] = ()
    headings: dict[str, Text] = {}
    transitions: list[Transition] = []
    if (folder / "pitfalls.toml").is_file():
        pitfalls = _pitfalls(folder / "pitfalls.toml")
    items = {item.id: item for std in standards for item in std.items}
    for std in standards:
        for item in std.items:
            for pid in item.pitfalls:
                if pid not in pitfalls:
                    raise catalog_error(f"{std.id} [{item.id}]", f"unknown pitfall {pid!r}",
                                        f"未知的常见问题 {pid!r}")
    if (folder / "integrated.toml").is_file():
        shared = _shared(folder / "integrated.toml", items)
        headings = _headings(folder / "integrated.toml")
    by_id = {std.id: std for std in standards}
    for path in sorted((folder / "transitions").glob("*.toml")):
        transitions.append(_transition(path, by_id))
    return shared, headings, pitfalls, tuple(transitions)


def _headings(path: Path) -> dict[str, Text]:
    raw = _read(path)
    result: dict[str, Text] = {}
    for n, entry in enumerate(raw.get("clauses", []), start=1):
        where = f"{path.name}, clause heading {n}"
        clause = entry.get("clause")
        if not isinstance(clause, str) or not clause or clause in result:
            raise catalog_error(where, f"missing or duplicate clause {clause!r}",
                                f"条款 {clause!r} 缺失或重复")
        result[clause] = text_field(entry, "title", where)
    return result


def _pitfalls(path: Path) -> dict[str, Pitfall]:
    raw = _read(path)
    result: dict[str, Pitfall] = {}
    for n, entry in enumerate(raw.get("pitfalls", []), start=1):
        where = f"{path.name}, pitfall {n}"
        pid = entry.get("id")
        if not isinstance(pid, str) or not pid or pid in result:
            raise catalog_error(where, f"missing or duplicate id {pid!r}", f"id {pid!r} 缺失或重复")
        source = entry.get("source", "")
        if not isinstance(source, str) or not source:
            raise catalog_error(where, "source is missing", "缺少 source")
        result[pid] = Pitfall(id=pid, title=text_field(entry, "title", where),
                              warning=text_field(entry, "warning", where), source=source)
    return result


def _shared(path: Path, items: dict[str, Any]) -> tuple[SharedRequirement, ...]:
    raw = _read(path)
    result: list[SharedRequirement] = []
    seen: set[str] = set()
    claimed: dict[str, str] = {}
    declared: dict[str, list[str]] = {}
    descendants: dict[str, list[str]] = {}
    for item in items.values():
        if item.shared:
            declared.setdefault(item.shared, []).append(item.id)
        if item.origin and not item.shared:
            descendants.setdefault(item.origin, []).append(item.id)
    for n, entry in enumerate(raw.get("shared", []), start=1):
        where = f"{path.name}, shared requirement {n}"
        sid, clause = entry.get("id"), entry.get("clause")
        if not isinstance(sid, str) or not sid or sid in seen:
            raise catalog_error(where, f"missing or duplicate id {sid!r}", f"id {sid!r} 缺失或重复")
        if not isinstance(clause, str) or not clause:
            raise catalog_error(where, "clause is missing", "缺少 clause")
        seen.add(sid)
        targets = entry.get("targets")
        if isinstance(targets, list):
            targets = targets + [t for t in declared.pop(sid, []) if t not in targets]
            targets += [d for t in list(targets) for d in _lineage(t, descendants)
                        if d not in targets]
        if not isinstance(targets, list) or len(targets) < 2:
            raise catalog_error(f"{where} [{sid}]", "targets must list at least two items",
                                "targets 至少应列出两个检查项")
        for target in targets:
            item = items.get(target)
            if item is None or item.kind is ItemKind.CLAUSE:
                raise catalog_error(f"{where} [{sid}]",
                                    f"target {target!r} is not a checklist item of any standard",
                                    f"目标 {target!r} 不是任何标准的检查项")
            if target in claimed:
                raise catalog_error(f"{where} [{sid}]",
                                    f"target {target!r} is already mapped by {claimed[target]}",
                                    f"目标 {target!r} 已被 {claimed[target]} 映射")
            claimed[target] = sid
        result.append(SharedRequirement(
            id=sid, clause=clause, title=text_field(entry, "title", f"{where} [{sid}]"),
            description=text_field(entry, "description", f"{where} [{sid}]"),
            targets=tuple(targets),
        ))
    for sid, ids in declared.items():
        raise catalog_error(f"{ids[0]}", f"joins unknown integrated item {sid!r}",
                            f"加入了未知的整合检查项 {sid!r}")
    return tuple(result)


def _lineage(item_id: str, descendants: dict[str, list[str]]) -> list[str]:
    """Entries carried over from ``item_id`` into later editions, transitively."""
    found: list[str] = []
    todo = list(descendants.get(item_id, []))
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(descendants.get(current, []))
    return found


def _transition(path: Path, standards: dict[str, Standard]) -> Transition:
    raw = _read(path)
    where = path.name
    from_id, to_id = raw.get("from"), raw.get("to")
    if from_id not in standards or to_id not in standards:
        raise catalog_error(where, f"unknown editions {from_id!r} → {to_id!r}",
                            f"未知的版本 {from_id!r} → {to_id!r}")
    old = {i.clause for i in standards[from_id].items if i.kind is ItemKind.CLAUSE}
    new = {i.clause for i in standards[to_id].items if i.kind is ItemKind.CLAUSE}
    entries = []
    for n, entry in enumerate(raw.get("changes", []), start=1):
        here = f"{where}, change {n}"
        try:
            change = ChangeKind(str(entry.get("change")))
        except ValueError:
            raise catalog_error(here, f"unknown change {entry.get('change')!r}",
                                f"未知的变更类型 {entry.get('change')!r}") from None
        before, after = entry.get("from_clause", ""), entry.get("to_clause", "")
        if change is not ChangeKind.NEW and before not in old:
            raise catalog_error(here, f"{from_id} has no clause {before!r}",
                                f"{from_id} 中没有条款 {before!r}")
        if change is not ChangeKind.REMOVED and after not in new:
            raise catalog_error(here, f"{to_id} has no clause {after!r}",
                                f"{to_id} 中没有条款 {after!r}")
        entries.append(TransitionEntry(change=change, from_clause=before, to_clause=after,
                                       note=text_field(entry, "note", here)))
    return Transition(from_id=str(from_id), to_id=str(to_id),
                      period=text_field(raw, "period", where), entries=tuple(entries))
