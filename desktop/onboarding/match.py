"""Propose checklist items for one document, from its name, folder and first text.

The rules come from the knowledge base (``resources/standards/maps/onboarding.toml``,
loaded by :func:`desktop.catalog.onboarding.load_match_rules`); this module only
weighs them. Signals, each with a reason a person can check:

- a clause number in a document number or at the start of the name
  (``QP-7.5-01`` → 7.5; ``9.3 管理评审`` → 9.3), for the standards its prefix names;
- an item's phrase or title in the name (strong), the folder names (weaker) or the
  first pages (weaker still), after synonyms are folded (文件管理 → 文件控制);
- words pointing to one standard (环境, 安全, quality …) raise that standard's items
  and lower the others';
- the document's nature: a procedure fits a "… procedure" item, a record a record item.

Chinese needs no word segmenter here: the phrases come from a closed vocabulary
(the knowledge base), so a phrase matches when it occurs in the normalized text.
Short Latin words (``sop``, ``8d``, ``ppe``) must stand alone as a word.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from desktop.catalog.onboarding import MatchRules, normalize
from desktop.domain.model import Basis, Catalog, CatalogItem, ItemKind, Text
from desktop.onboarding.model import Nature, Proposal

MAX_PROPOSALS = 3
MIN_CONFIDENCE = 0.2
"""Proposals below this confidence are not shown."""

_W_NUMBER_EXACT, _W_NUMBER_NEAR = 0.45, 0.3
_W_NAME, _W_TITLE, _W_FOLDER, _W_BODY = 0.4, 0.32, 0.12, 0.2
_TITLE_CHARS = 60
_RECORDS = frozenset({Nature.RECORD_FORM, Nature.REPORT, Nature.CERTIFICATE})
_W_FAMILY_FIT, _W_FAMILY_MISS = 0.1, -0.2
_Hit = Callable[[int, float, Text], None]
_TOKENS = re.compile(r"[a-z0-9]+")
_SUFFIX = re.compile(r"[A-Za-z0-9]{1,5}")
_FULL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})(?!\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_VERSIONS = (
    re.compile(r"(?<![a-z])v\s?(\d+(?:\.\d+){0,2})(?![\d])", re.IGNORECASE),
    re.compile(r"(?<![A-Za-z])([A-Z]/\d{1,2})(?!\d)"),
    re.compile(r"版本号?\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9./]{0,7})"),
    re.compile(r"第\s*([A-Z0-9]{1,3})\s*版"),
)


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What the matcher found in one file: nature, dates, version and proposals."""

    nature: Nature
    dates: tuple[dt.date, ...]
    version: str | None
    proposals: tuple[Proposal, ...]


@dataclass
class _Target:
    item: CatalogItem
    code: str
    rank: int
    score: float = 0.0
    reasons: list[Text] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Texts:
    name: str       # canon of the file name (stem)
    folder: str     # canon of the folder names
    title: str      # canon of the first line of text (a heading, a sheet name)
    body: str       # canon of the first text
    raw: tuple[str, str, str, str]  # the same four, normalized without synonyms
    tokens: frozenset[str]        # Latin words of name and folders
    body_tokens: frozenset[str]   # Latin words of the text


class Matcher:
    """Proposes items of ``standard_ids`` for files (one matcher per scan).

    Args:
        catalog: the knowledge base (with the project's custom content, if any).
        standard_ids: the project's standards; only their checklist items are proposed.
        rules: the matching rules of the knowledge base.
    """

    def __init__(self, catalog: Catalog, standard_ids: Sequence[str], rules: MatchRules) -> None:
        self.rules = rules
        self._targets: list[_Target] = []
        by_key: dict[tuple[str, str], list[int]] = {}
        for std_id in standard_ids:
            std = catalog.standard(std_id)
            for item in std.checklist():
                by_key.setdefault((std.code, item.id.split(":", 1)[1]), []).append(
                    len(self._targets))
                self._targets.append(_Target(item, std.code, len(self._targets)))
        self._phrases: dict[str, list[tuple[int, int]]] = {}  # phrase -> (target, order)
        for order, entry in enumerate(rules.items):
            for index in by_key.get((entry.code, entry.suffix), []):
                for phrase in entry.phrases:
                    self._phrases.setdefault(phrase, []).append((index, order))
        for index, target in enumerate(self._targets):
            for title in (target.item.title.zh, target.item.title.en):
                phrase = rules.canon(title)
                if len(phrase) >= 4:
                    self._phrases.setdefault(phrase, []).append((index, len(rules.items)))

    def facts(self, rel_path: str, text: str) -> FileFacts:
        """Nature, dates, version and up to three proposals for one file.

        Args:
            rel_path: the file's path below the scanned folder, ``/``-separated.
            text: its first text (may be empty when read by name only).
        """
        parts = rel_path.split("/")
        base, _dot, suffix = parts[-1].rpartition(".")
        stem = base if base and _SUFFIX.fullmatch(suffix) else parts[-1]
        folders = " ".join(parts[:-1])
        title = text.strip().split("\n", 1)[0][:_TITLE_CHARS]
        texts = _Texts(self.rules.canon(stem), self.rules.canon(folders), self.rules.canon(title),
                       self.rules.canon(text),
                       (normalize(stem), normalize(folders), normalize(title), normalize(text)),
                       frozenset(_TOKENS.findall(f"{stem} {folders}".lower())),
                       frozenset(_TOKENS.findall(text.lower())))
        nature = self._nature(texts, text)
        head = text[:3000]
        return FileFacts(nature, _dates(stem, head), _version(stem, head),
                         self._propose(texts, stem, nature))

    # --- nature ----------------------------------------------------------------

    def _nature(self, texts: _Texts, text: str) -> Nature:
        for where, tokens in ((texts.name, texts.tokens), (texts.folder, texts.tokens),
                              (self.rules.canon(text[:200]), texts.body_tokens)):
            for rule in self.rules.natures:
                if any(self._has(word, where, tokens) for word in rule.words):
                    return Nature(rule.nature)
        return Nature.OTHER

    @staticmethod
    def _has(word: str, text: str, tokens: frozenset[str]) -> bool:
        if word.isascii() and len(word) <= 4:
            return word in tokens
        return word in text

    # --- proposals -------------------------------------------------------------

    def _propose(self, texts: _Texts, stem: str, nature: Nature) -> tuple[Proposal, ...]:
        scores: dict[int, _Target] = {}

        def hit(index: int, weight: float, reason: Text) -> None:
            target = scores.get(index)
            if target is None:
                base = self._targets[index]
                target = scores[index] = _Target(base.item, base.code, base.rank)
            target.score += weight
            target.reasons.append(reason)

        numbers = self._numbers(stem)
        for index, base in enumerate(self._targets):
            for found, clause, codes in numbers:
                if codes and base.code not in codes:
                    continue
                item_clause = base.item.clause
                if clause == item_clause:
                    hit(index, _W_NUMBER_EXACT, Text(
                        f"the number “{found}” in the name points to clause {clause}",
                        f"文件名中的编号“{found}”指向第 {clause} 条"))
                    break
                if item_clause.startswith(clause + ".") or clause.startswith(item_clause + "."):
                    hit(index, _W_NUMBER_NEAR, Text(
                        f"the number “{found}” in the name points to clause {clause}",
                        f"文件名中的编号“{found}”指向第 {clause} 条"))
                    break
        self._phrase_hits(texts, hit)
        if not scores:
            return ()
        families = self._families(texts, numbers)
        for target in scores.values():
            self._adjust(target, families, nature)
        ranked = sorted(scores.values(), key=lambda t: (-t.score, t.rank))
        out = []
        for target in ranked[:MAX_PROPOSALS]:
            confidence = max(0.0, min(1.0, target.score))
            if confidence < MIN_CONFIDENCE:
                break
            out.append(Proposal(target.item.id, target.item.standard_id, target.item.clause,
                                round(confidence, 2), _joined(target.reasons)))
        return tuple(out)

    def _numbers(self, stem: str) -> list[tuple[str, str, tuple[str, ...]]]:
        found: list[tuple[str, str, tuple[str, ...]]] = []
        for pattern in self.rules.numbers:
            for match in pattern.regex.finditer(stem):
                clause = match.group("clause")
                if not any(f[1] == clause for f in found):
                    found.append((match.group(0).strip(" _(（【["), clause, pattern.codes))
        return found

    def _phrase_hits(self, texts: _Texts, hit: _Hit) -> None:
        best: dict[int, tuple[float, int]] = {}  # index -> (weight, order) of the best phrase
        reasons: dict[int, Text] = {}
        places = [(place, text, raw, tokens, weight, _pairs(text)) for place, text, raw, tokens,
                  weight in (("name", texts.name, texts.raw[0], texts.tokens, _W_NAME),
                             ("title", texts.title, texts.raw[2], texts.body_tokens, _W_TITLE),
                             ("folder", texts.folder, texts.raw[1], texts.tokens, _W_FOLDER),
                             ("body", texts.body, texts.raw[3], texts.body_tokens, _W_BODY))
                  if text]
        for phrase, targets in self._phrases.items():
            for place, text, raw, tokens, weight, pairs in places:
                if phrase[:2] not in pairs or not self._has(phrase, text, tokens):
                    continue
                strength = weight * (0.75 + 0.25 * min(len(phrase), 8) / 8)
                for index, order in targets:
                    key = (strength, -order)
                    current = best.get(index)
                    if current is None or key > (current[0], -current[1]):
                        best[index] = (strength, order)
                        reasons[index] = self._phrase_reason(phrase, place, raw)
                break
        for index, (strength, order) in best.items():
            hit(index, strength - 0.00005 * order, reasons[index])

    def _phrase_reason(self, phrase: str, place: str, raw: str) -> Text:
        shown = phrase
        synonym = None if phrase in raw else self.rules.synonym_of_phrase(phrase, raw)
        where = {"name": ("the name", "文件名"), "folder": ("the folder name", "文件夹名"),
                 "title": ("the title inside", "文件内的标题"),
                 "body": ("the first pages", "文件开头")}[place]
        if synonym is not None:
            return Text(f"{where[0]} contains “{synonym}” (read as “{shown}”)",
                        f"{where[1]}含“{synonym}”（视同“{shown}”）")
        return Text(f"{where[0]} contains “{shown}”", f"{where[1]}含“{shown}”")

    def _families(self, texts: _Texts,
                  numbers: Iterable[tuple[str, str, tuple[str, ...]]]) -> dict[str, str]:
        found: dict[str, str] = {}
        for _found, _clause, codes in numbers:
            if len(codes) == 1:
                found.setdefault(codes[0], _found)
        for code, words in self.rules.families.items():
            for word in words:
                if self._has(word, texts.name + texts.folder, texts.tokens):
                    found.setdefault(code, word)
                    break
        return found

    def _adjust(self, target: _Target, families: dict[str, str], nature: Nature) -> None:
        if families:
            if target.code in families:
                target.score += _W_FAMILY_FIT
            else:
                target.score += _W_FAMILY_MISS
        item = target.item
        documented = nature in (Nature.PROCEDURE, Nature.MANUAL, Nature.INSTRUCTION)
        is_procedure = item.basis is Basis.RECOMMENDED or "程序" in item.title.zh
        if documented and (is_procedure or item.kind is ItemKind.MAINTAIN):
            target.score += 0.12
            target.reasons.append(Text(f"it is a {nature.label.en.lower()}",
                                       f"它是{nature.label.zh}"))
        elif documented:
            target.score -= 0.08
        elif nature in _RECORDS and is_procedure:
            target.score -= 0.12
        elif nature in _RECORDS and item.kind is ItemKind.RETAIN:
            target.score += 0.03


def _pairs(text: str) -> frozenset[str]:
    """Every two-character slice of ``text`` (a cheap filter before a substring search)."""
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))


def _joined(reasons: Sequence[Text]) -> Text:
    en = "; ".join(r.en for r in reasons)
    zh = "；".join(r.zh for r in reasons)
    return Text(en[:1].upper() + en[1:] + ".", zh + "。")


def _dates(stem: str, head: str) -> tuple[dt.date, ...]:
    found: set[dt.date] = set()
    for source in (stem, head):
        for year, month, day in _FULL_DATE.findall(source):
            try:
                found.add(dt.date(int(year), int(month), int(day)))
            except ValueError:
                continue
    if not found:
        for year in _YEAR.findall(_FULL_DATE.sub(" ", stem)):
            if 1990 <= int(year) <= 2100:
                found.add(dt.date(int(year), 1, 1))
    return tuple(sorted(found))[:6]


def _version(stem: str, head: str) -> str | None:
    for source in (stem, head[:1500]):
        for pattern in _VERSIONS:
            match = pattern.search(source)
            if match:
                return match.group(1) if pattern is not _VERSIONS[0] else "V" + match.group(1)
    return None
