"""Derived editions: a new edition written as its differences from the previous one.

A file with ``base = "<standard id>"`` builds a full edition from the base:

- ``[[renumber]]`` ``from``/``to``: a clause of the base moves (with its
  sub-clauses and items) to a new number; all moves apply at once, so two
  clauses may swap numbers.
- ``[[remove]]`` ``clause`` (with everything below it) or ``id`` (one entry,
  written without the standard prefix, e.g. ``"10.1:E"``), in base numbering.
- ``merge_amendments``: amendments folded into the new edition's text; their
  items stop being marked as amendment items.
- ``[[items]]``: entries in the new numbering, in the usual format; an entry
  whose id equals a carried-over entry replaces it (keeping its origin unless
  it names one), any other is added. ``origin = "<base id>"`` on a new entry
  says which base entry it continues (e.g. a record that moved clause).

Carried-over entries keep their content and record their ``origin`` (the base
item id), so the integrated map and the edition transition can follow them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from desktop.catalog.fields import catalog_error
from desktop.catalog.parsing import check_tree, parse_header, parse_items
from desktop.domain.model import CatalogItem, ItemKind, Standard


def clause_key(clause: str) -> tuple[int, ...]:
    """Sort key of a clause number, e.g. ``"7.1.5.2"`` → ``(7, 1, 5, 2)``."""
    return tuple(int(part) for part in re.findall(r"\d+", clause))


def _moves(raw: Mapping[str, Any], base: Standard, where: str) -> dict[str, str]:
    known = {i.clause for i in base.items if i.kind is ItemKind.CLAUSE}
    moves: dict[str, str] = {}
    for n, entry in enumerate(raw.get("renumber", []), start=1):
        old, new = entry.get("from"), entry.get("to")
        if old not in known or not isinstance(new, str) or not new:
            raise catalog_error(f"{where}, renumber {n}",
                                f"{base.id} has no clause {old!r} or the new number is missing",
                                f"{base.id} 中没有条款 {old!r}，或缺少新编号")
        moves[str(old)] = new
    return moves


def _renumber(clause: str, moves: Mapping[str, str]) -> str:
    best = ""
    for old in moves:
        if (clause == old or clause.startswith(old + ".")) and len(old) > len(best):
            best = old
    return moves[best] + clause[len(best):] if best else clause


def _removed(raw: Mapping[str, Any], base: Standard, where: str) -> set[str]:
    """Base item ids to drop."""
    gone: set[str] = set()
    for n, entry in enumerate(raw.get("remove", []), start=1):
        clause, short = entry.get("clause"), entry.get("id")
        if clause:
            hit = {i.id for i in base.items
                   if i.clause == clause or i.clause.startswith(f"{clause}.")}
        else:
            hit = {i.id for i in base.items if i.id == f"{base.id}:{short}"}
        if not hit:
            raise catalog_error(f"{where}, remove {n}", f"nothing in {base.id} matches {entry!r}",
                                f"{base.id} 中没有与 {entry!r} 匹配的条目")
        gone |= hit
    return gone


def derive_standard(raw: Mapping[str, Any], base: Standard, *, source: str) -> Standard:
    """Build the edition described by ``raw`` from ``base``.

    Raises:
        CatalogError: a rename, removal or entry does not fit the base, or the
            result breaks the tree rules; names the file and entry.
    """
    header = parse_header(raw, source)
    moves = _moves(raw, base, source)
    gone = _removed(raw, base, source)
    merged = set(raw.get("merge_amendments", []))
    carried: list[CatalogItem] = []
    for item in base.items:
        if item.id in gone:
            continue
        clause = _renumber(item.clause, moves)
        if item.kind is ItemKind.CLAUSE:
            new_id = f"{header.id}:{clause}"
            parent_clause = clause.rpartition(".")[0]
            parent = f"{header.id}:{parent_clause}" if parent_clause else None
        else:
            new_id = f"{header.id}:{clause}:{item.id.rsplit(':', 1)[-1]}"
            parent = f"{header.id}:{clause}"
        carried.append(replace(
            item, id=new_id, standard_id=header.id, clause=clause, parent=parent,
            amendment=None if item.amendment in merged else item.amendment,
            origin=item.id,
        ))
    raw_items = raw.get("items", [])
    if not isinstance(raw_items, list):
        raise catalog_error(source, "[[items]] must be a list of tables", "[[items]] 应为表的列表")
    own = parse_items(raw_items, header.id, source)
    base_ids = {i.id for i in base.items}
    for item in own:
        if item.origin is not None and item.origin not in base_ids:
            raise catalog_error(f"{source} [{item.id}]",
                                f"origin {item.origin!r} is not an entry of {base.id}",
                                f"origin {item.origin!r} 不是 {base.id} 的条目")
    own_ids = {i.id: i for i in own}
    merged_items: list[CatalogItem] = []
    for item in carried:
        override = own_ids.pop(item.id, None)
        if override is None:
            merged_items.append(item)
        else:
            merged_items.append(replace(override, origin=override.origin or item.origin))
    merged_items += own_ids.values()
    seen: set[str] = set()
    for item in merged_items:
        if item.id in seen:
            raise catalog_error(f"{source} [{item.id}]", "two entries end up with this id",
                                "两个条目得到了相同的 id")
        seen.add(item.id)
    position = {item.id: n for n, item in enumerate(merged_items)}
    merged_items.sort(key=lambda i: (clause_key(i.clause), i.kind is not ItemKind.CLAUSE,
                                     position[i.id]))
    siblings: dict[str | None, int] = {}
    ordered = []
    for item in merged_items:
        order = siblings.get(item.parent, 0)
        siblings[item.parent] = order + 1
        ordered.append(replace(item, order=order))
    check_tree(ordered, source)
    return replace(header, items=tuple(ordered))
