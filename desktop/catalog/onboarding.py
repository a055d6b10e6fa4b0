"""Load the folder-import matching rules: ``resources/standards/maps/onboarding.toml``.

The rules say how a document found in a company's existing folder points to
checklist items (docs/folder-import.md): document-number patterns carrying a
clause number, words pointing to a standard, words giving a document's nature,
synonym groups, and per-item phrases in both languages. Loading is strict like
the rest of the knowledge base: a bad pattern, an unknown standard code, nature
or item id raises :class:`~desktop.errors.CatalogError` naming file and entry.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.catalog.fields import catalog_error
from desktop.domain.model import Catalog
from desktop.paths import resource

FORMAT_VERSION = 1
NATURES = ("manual", "procedure", "instruction", "plan", "report", "certificate",
           "record_form")
"""Document natures a rule may name (``other`` is what no rule matched)."""
EVIDENCE_NATURES = ("document", "record")

_DROP = re.compile(r"[\s\W_]+", re.UNICODE)


def normalize(text: str) -> str:
    """Lower-case ``text`` (NFKC, so full-width letters and digits fold) and drop
    spaces, punctuation and underscores: ``"Document Control_程序"`` →
    ``"documentcontrol程序"``. Synonyms are not applied (see :meth:`MatchRules.canon`).
    """
    return _DROP.sub("", unicodedata.normalize("NFKC", text).lower())


@dataclass(frozen=True, slots=True)
class NumberPattern:
    """A document-number pattern: ``regex`` has a named group ``clause``; ``codes``
    are the standard codes (e.g. ``"ISO 9001"``) its prefix points to, empty = any."""

    regex: re.Pattern[str]
    codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NatureRule:
    """Words (normalized) that make a file of ``nature``; ``evidence`` is
    ``"document"`` or ``"record"`` (what it becomes when attached)."""

    nature: str
    evidence: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ItemPhrases:
    """Phrases (normalized, synonyms applied) pointing to the items ``suffixes`` of
    standard ``code``: a suffix is an item id without its standard, e.g. ``"9.3.3:R"``."""

    code: str
    suffix: str
    phrases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MatchRules:
    """The validated matching rules.

    Attributes:
        numbers: document-number patterns, in file order.
        families: standard code → words pointing to it (normalized).
        natures: nature rules, first match wins.
        synonyms: (word, canonical word) pairs, longest word first; a group's first
            word is paired with itself.
        items: per-item phrases.
    """

    numbers: tuple[NumberPattern, ...]
    families: Mapping[str, tuple[str, ...]]
    natures: tuple[NatureRule, ...]
    synonyms: tuple[tuple[str, str], ...]
    items: tuple[ItemPhrases, ...]

    def canon(self, text: str) -> str:
        """``text`` normalized with every synonym replaced by its group's first word.

        One pass, longest word first, so a longer word of another group (or the first
        word of a group) is never split by a shorter synonym inside it.
        """
        out = normalize(text)
        if not self.synonyms:
            return out
        table = dict(self.synonyms)
        return _synonym_regex(self.synonyms).sub(lambda m: table[m.group(0)], out)

    def synonym_of_phrase(self, phrase: str, text: str) -> str | None:
        """The words of normalized ``text`` that read as ``phrase`` once synonyms are
        folded (e.g. ``"文件管理程序"`` for the phrase ``"文件控制程序"``), or None."""
        for word, target in self.synonyms:
            if word != target and target in phrase and word in text:
                candidate = phrase.replace(target, word)
                if candidate in text:
                    return candidate
                return word
        return None


@functools.cache
def _synonym_regex(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word, _canonical in pairs))


def rules_path() -> Path:
    """The bundled rules file."""
    return resource("standards") / "maps" / "onboarding.toml"


def load_match_rules(catalog: Catalog, path: Path | None = None) -> MatchRules:
    """Load and validate the matching rules against ``catalog``.

    Args:
        catalog: the loaded knowledge base; item ids and standard codes are checked
            against it.
        path: the rules file (default: :func:`rules_path`).

    Raises:
        CatalogError: unreadable file, bad TOML, wrong format, a regular expression
            that does not compile or lacks the ``clause`` group, an unknown standard
            code, nature or item id, or an empty word list.
    """
    path = path or rules_path()
    where = path.name
    try:
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
    except OSError as exc:
        raise catalog_error(where, f"cannot read the file: {exc.strerror or exc}",
                            f"无法读取文件：{exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise catalog_error(where, f"not valid TOML: {exc}", f"不是有效的 TOML：{exc}") from exc
    if raw.get("format") != FORMAT_VERSION:
        raise catalog_error(where, f"format must be {FORMAT_VERSION}",
                            f"format 应为 {FORMAT_VERSION}")
    codes = {std.code for std in catalog.standards}
    synonyms = _synonyms(_tables(raw, "synonyms", where), where)
    draft = MatchRules((), {}, (), synonyms, ())
    return MatchRules(
        numbers=tuple(_number(entry, f"{where} [numbers #{n}]", codes)
                      for n, entry in enumerate(_tables(raw, "numbers", where), 1)),
        families=_families(_tables(raw, "families", where), where, codes),
        natures=tuple(_nature(entry, f"{where} [natures #{n}]")
                      for n, entry in enumerate(_tables(raw, "natures", where), 1)),
        synonyms=synonyms,
        items=tuple(phrase for n, entry in enumerate(_tables(raw, "items", where), 1)
                    for phrase in _items(entry, f"{where} [items #{n}]", catalog, draft)),
    )


def _tables(raw: Mapping[str, Any], key: str, where: str) -> list[Mapping[str, Any]]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise catalog_error(where, f"{key} must be a list of tables ([[{key}]])",
                            f"{key} 应为表的列表（[[{key}]]）")
    return value


def _words(entry: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key)
    if (not isinstance(value, list) or not value
            or not all(isinstance(v, str) and normalize(v) for v in value)):
        raise catalog_error(where, f"{key} must be a non-empty list of words",
                            f"{key} 应为非空的词语列表")
    return tuple(dict.fromkeys(normalize(v) for v in value))


def _codes(value: Any, where: str, codes: Iterable[str]) -> tuple[str, ...]:
    known = set(codes)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise catalog_error(where, "standards must be a list of standard codes",
                            "standards 应为标准代号列表")
    for code in value:
        if code not in known:
            raise catalog_error(where, f"unknown standard code {code!r}",
                                f"未知的标准代号 {code!r}")
    return tuple(value)


def _number(entry: Mapping[str, Any], where: str, codes: Iterable[str]) -> NumberPattern:
    pattern = entry.get("pattern")
    if not isinstance(pattern, str):
        raise catalog_error(where, "pattern must be a string", "pattern 应为字符串")
    try:
        regex = re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise catalog_error(where, f"pattern is not a valid regular expression: {exc}",
                            f"pattern 不是有效的正则表达式：{exc}") from exc
    if "clause" not in regex.groupindex:
        raise catalog_error(where, "pattern needs a named group (?P<clause>…)",
                            "pattern 须含命名分组 (?P<clause>…)")
    return NumberPattern(regex, _codes(entry.get("standards", []), where, codes))


def _families(entries: Sequence[Mapping[str, Any]], where: str,
              codes: Iterable[str]) -> dict[str, tuple[str, ...]]:
    families: dict[str, tuple[str, ...]] = {}
    for n, entry in enumerate(entries, 1):
        at = f"{where} [families #{n}]"
        (code,) = _codes([entry.get("standard")], at, codes)
        families[code] = families.get(code, ()) + _words(entry, "words", at)
    return families


def _nature(entry: Mapping[str, Any], where: str) -> NatureRule:
    nature, evidence = entry.get("nature"), entry.get("evidence")
    if nature not in NATURES:
        raise catalog_error(where, f"nature must be one of {', '.join(NATURES)}",
                            f"nature 应为 {'、'.join(NATURES)} 之一")
    if evidence not in EVIDENCE_NATURES:
        raise catalog_error(where, "evidence must be document or record",
                            "evidence 应为 document 或 record")
    return NatureRule(str(nature), str(evidence), _words(entry, "words", where))


def _synonyms(entries: Sequence[Mapping[str, Any]], where: str) -> tuple[tuple[str, str], ...]:
    pairs: dict[str, str] = {}
    for n, entry in enumerate(entries, 1):
        at = f"{where} [synonyms #{n}]"
        words = _words(entry, "words", at)
        for word in words:
            if word in pairs and pairs[word] != words[0]:
                raise catalog_error(at, f"{word!r} is in two synonym groups",
                                    f"{word!r} 出现在两个同义词组中")
            pairs[word] = words[0]
    return tuple(sorted(pairs.items(), key=lambda pair: (-len(pair[0]), pair[0])))


def _items(entry: Mapping[str, Any], where: str, catalog: Catalog,
           draft: MatchRules) -> list[ItemPhrases]:
    ids = entry.get("items")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        raise catalog_error(where, "items must be a non-empty list of item ids",
                            "items 应为非空的条目 id 列表")
    phrases = tuple(dict.fromkeys(draft.canon(p) for p in _words(entry, "phrases", where)))
    for phrase in phrases:
        if len(phrase) < 2:
            raise catalog_error(where, f"the phrase {phrase!r} is shorter than two characters",
                                f"短语 {phrase!r} 不足两个字符")
    result = []
    for item_id in ids:
        if not catalog.has_item(item_id) or not catalog.item(item_id).kind.is_checklist:
            raise catalog_error(where, f"unknown checklist item {item_id!r}",
                                f"未知的检查项 {item_id!r}")
        item = catalog.item(item_id)
        code = catalog.standard(item.standard_id).code
        result.append(ItemPhrases(code, item_id.split(":", 1)[1], phrases))
    return result
