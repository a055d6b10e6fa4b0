"""Parsed knowledge-base files kept in the user cache folder, so that start-up skips
most of the TOML parsing.

Parsing the bundled standards with :mod:`tomllib` is most of the time it takes to
load the knowledge base; reading the same values back from JSON is many times
faster. Each file's parsed values are stored under the SHA-256 of its bytes in
``<user cache>/catalog/``, so an edited or updated file is parsed again (its
hash changed) and an old entry is simply never read. The cache is only ever a
shortcut: a folder that cannot be written, or an entry that is damaged, makes
:func:`read_toml` parse the file as if there were no cache. The values are
validated by the catalog parsers whichever way they were read.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import tomllib
from contextlib import suppress
from pathlib import Path
from typing import Any

from desktop import paths

CACHE_FORMAT = 1
"""Part of every entry's name; bump it when the stored form changes."""


def cache_folder() -> Path:
    """The folder holding the cached files: ``<user cache>/catalog``."""
    return paths.user_cache_dir() / "catalog"


def _entry(digest: str) -> Path:
    return cache_folder() / f"{digest}-v{CACHE_FORMAT}.json"


def _load(digest: str) -> dict[str, Any] | None:
    try:
        found = json.loads(_entry(digest).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def _store(digest: str, raw: dict[str, Any]) -> None:
    try:
        text = json.dumps(raw, ensure_ascii=False)  # dates and times are not JSON: no entry
    except (TypeError, ValueError):
        return
    entry = _entry(digest)
    tmp = entry.with_name(f".{entry.name}.{secrets.token_hex(4)}.tmp")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, entry)
    except OSError:
        with suppress(OSError):
            tmp.unlink()


def read_toml(path: Path) -> dict[str, Any]:
    """Return the values of TOML file ``path``, read from the cache when this exact
    content was parsed before (see the module docstring).

    Raises:
        OSError: ``path`` cannot be read.
        UnicodeDecodeError: not UTF-8.
        tomllib.TOMLDecodeError: not valid TOML.
    """
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    cached = _load(digest)
    if cached is not None:
        return cached
    raw = tomllib.loads(data.decode("utf-8"))
    _store(digest, raw)
    return raw
