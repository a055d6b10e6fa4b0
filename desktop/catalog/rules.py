"""Load the rule files in ``resources/rules/`` (format: ``resources/rules/README.md``).

Loading is strict, like the knowledge base: a missing key, a value out of
range or an unknown key raises :class:`desktop.errors.CatalogError` naming the
file and the key, because a silently wrong rule gives wrong deadlines.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from desktop.domain.certificates import CycleRules, CycleRulesError
from desktop.errors import CatalogError
from desktop.paths import resource

CYCLE_RULES_FILE = "certificate_cycle.toml"
"""Name of the certificate cycle rule file in ``resources/rules``."""

FORMAT = 1
"""The rule file format this version reads."""

_CYCLE_KEYS = frozenset({"format", "source", *CycleRules().to_json()})


def cycle_rules_path() -> Path:
    """Return the path of the bundled certificate cycle rule file (not checked for existence)."""
    return resource("rules", CYCLE_RULES_FILE)


def load_cycle_rules(path: Path | None = None) -> CycleRules:
    """Read the certificate cycle rules from ``path`` (default: the bundled file).

    Returns:
        The rules, ``source`` included (see :class:`~desktop.domain.certificates.CycleRules`
        for the meaning and range of every value).

    Raises:
        CatalogError: the file is missing, unreadable or not TOML, its
            ``format`` is not 1, a key is missing, unknown or out of range;
            the message names the file and the key in English and Chinese.
    """
    path = path or cycle_rules_path()
    raw = _read(path)
    unknown = sorted(set(raw) - _CYCLE_KEYS)
    if unknown:
        raise _error(path, unknown[0], "unknown key (misspelt?)", "未知的键（拼写错误？）")
    if raw.get("format") != FORMAT:
        raise _error(path, "format", f"must be {FORMAT}, not {raw.get('format')!r}",
                     f"应为 {FORMAT}，而不是 {raw.get('format')!r}")
    try:
        return CycleRules.from_json(raw)
    except CycleRulesError as exc:
        raise _error(path, exc.key, exc.en, exc.zh) from exc


def _error(path: Path, key: str, en: str, zh: str) -> CatalogError:
    return CatalogError(f"Rule file error in {path.name}, key {key!r}: {en}.",
                        f"规则文件错误（{path.name}，键 {key!r}）：{zh}。")


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise CatalogError(f"Cannot read rule file {path.name}: {exc.strerror or exc}.",
                           f"无法读取规则文件 {path.name}：{exc.strerror or exc}。") from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"Rule file {path.name} is not valid TOML: {exc}.",
                           f"规则文件 {path.name} 不是有效的 TOML：{exc}。") from exc
