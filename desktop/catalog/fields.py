"""Parsing the per-item knowledge fields shared by standard files and imports.

Fields (all optional for the loader; the bundled content is held to more by
its tests): ``guidance`` {en, zh}; ``questions`` and ``typical_evidence``,
lists of {en, zh}; ``basis`` ("required", "demonstrates", "recommended",
"cb_requested"); ``freshness`` {rule, months, basis, citation, en, zh};
``pitfalls``, a list of pitfall ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain.model import Basis, Freshness, FreshnessBasis, FreshnessRule, Text
from desktop.errors import CatalogError

MAX_FRESHNESS_MONTHS = 120


def catalog_error(where: str, en: str, zh: str) -> CatalogError:
    """A :class:`CatalogError` that names the place (file and entry) in both languages."""
    return CatalogError(f"Knowledge base error in {where}: {en}.", f"知识库错误（{where}）：{zh}。")


def text_field(raw: Mapping[str, Any], key: str, where: str) -> Text:
    """Read ``raw[key]`` as ``{en, zh}``, both non-empty.

    Raises:
        CatalogError: missing, not a table, or a language empty.
    """
    value = raw.get(key)
    return text_value(value, key, where)


def text_value(value: Any, key: str, where: str) -> Text:
    """Validate one ``{en, zh}`` value named ``key`` (for messages)."""
    if not isinstance(value, dict):
        raise catalog_error(where, f"{key!r} must be a table with en and zh",
                            f"{key!r} 应为包含 en 和 zh 的表")
    en, zh = value.get("en"), value.get("zh")
    if not isinstance(en, str) or not en.strip():
        raise catalog_error(where, f"{key}.en is missing or empty", f"{key}.en 缺失或为空")
    if not isinstance(zh, str) or not zh.strip():
        raise catalog_error(where, f"{key}.zh is missing or empty", f"{key}.zh 缺失或为空")
    return Text(en=en.strip(), zh=zh.strip())


@dataclass(frozen=True, slots=True)
class ItemExtras:
    """The knowledge fields of one entry, validated."""

    guidance: Text | None
    questions: tuple[Text, ...]
    typical_evidence: tuple[Text, ...]
    basis: Basis | None
    freshness: Freshness | None
    pitfalls: tuple[str, ...]
    shared: str | None
    origin: str | None


def _text_list(raw: Mapping[str, Any], key: str, where: str) -> tuple[Text, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise catalog_error(where, f"{key!r} must be a list of {{en, zh}} tables",
                            f"{key!r} 应为 {{en, zh}} 表的列表")
    return tuple(text_value(v, f"{key}[{n}]", where) for n, v in enumerate(value, start=1))


def parse_freshness(value: Any, where: str) -> Freshness:
    """Validate a freshness table ``{rule, months, basis, citation, en, zh}``.

    ``months`` is required (1-120) for ``within`` and ``interval`` and must be
    absent for ``latest``. ``basis`` (``organization``, ``regulation``,
    ``cb_practice``) is required; ``citation`` {en, zh} is required for
    ``regulation`` and not allowed otherwise.

    Raises:
        CatalogError: unknown rule or basis, a bad period, a missing citation.
    """
    if not isinstance(value, dict):
        raise catalog_error(where, "freshness must be a table", "freshness 应为表")
    try:
        rule = FreshnessRule(str(value.get("rule")))
    except ValueError:
        known = ", ".join(r.value for r in FreshnessRule)
        raise catalog_error(where, f"unknown freshness rule {value.get('rule')!r} (known: {known})",
                            f"未知的时效规则 {value.get('rule')!r}（可用：{known}）") from None
    months = value.get("months")
    if rule is FreshnessRule.LATEST:
        if months is not None:
            raise catalog_error(where, "a 'latest' freshness rule takes no months",
                                "“latest”时效规则不应设置 months")
    elif (not isinstance(months, int) or isinstance(months, bool)
          or not 1 <= months <= MAX_FRESHNESS_MONTHS):
        raise catalog_error(where, f"freshness months must be a whole number from 1 to "
                            f"{MAX_FRESHNESS_MONTHS}, found {months!r}",
                            f"时效月数应为 1 到 {MAX_FRESHNESS_MONTHS} 的整数，实际为 {months!r}")
    basis_raw = value.get("basis")
    try:
        basis = FreshnessBasis(str(basis_raw))
    except ValueError:
        known = ", ".join(b.value for b in FreshnessBasis)
        raise catalog_error(where, f"freshness basis {basis_raw!r} is missing or unknown "
                            f"(known: {known})",
                            f"时效规则的依据 {basis_raw!r} 缺失或未知（可用：{known}）") from None
    citation = None
    if basis is FreshnessBasis.REGULATION:
        citation = text_value(value.get("citation"), "freshness.citation", where)
    elif "citation" in value:
        raise catalog_error(where, "only a 'regulation' freshness rule takes a citation",
                            "只有依据为“regulation”的时效规则才填写 citation")
    return Freshness(rule=rule, months=months, text=text_value(value, "freshness", where),
                     basis=basis, citation=citation)


def parse_item_extras(entry: Mapping[str, Any], where: str) -> ItemExtras:
    """Read and validate the knowledge fields of one ``[[items]]`` entry.

    Raises:
        CatalogError: a field is malformed; names ``where`` and the field.
    """
    guidance = text_field(entry, "guidance", where) if "guidance" in entry else None
    basis_raw = entry.get("basis")
    try:
        basis = None if basis_raw is None else Basis(str(basis_raw))
    except ValueError:
        known = ", ".join(b.value for b in Basis)
        raise catalog_error(where, f"unknown basis {basis_raw!r} (known: {known})",
                            f"未知的依据 {basis_raw!r}（可用：{known}）") from None
    freshness = parse_freshness(entry["freshness"], where) if "freshness" in entry else None
    pitfalls = entry.get("pitfalls", [])
    if not isinstance(pitfalls, list) or not all(isinstance(p, str) for p in pitfalls):
        raise catalog_error(where, "pitfalls must be a list of pitfall ids",
                            "pitfalls 应为常见问题 id 的列表")
    shared = entry.get("shared")
    if shared is not None and (not isinstance(shared, str) or not shared):
        raise catalog_error(where, "shared must be an integrated-map id",
                            "shared 应为整合映射的 id")
    origin = entry.get("origin")
    if origin is not None and (not isinstance(origin, str) or not origin):
        raise catalog_error(where, "origin must be the id of an entry of the base edition",
                            "origin 应为基础版本中条目的 id")
    return ItemExtras(
        guidance=guidance,
        questions=_text_list(entry, "questions", where),
        typical_evidence=_text_list(entry, "typical_evidence", where),
        basis=basis,
        freshness=freshness,
        pitfalls=tuple(pitfalls),
        shared=shared,
        origin=origin,
    )
