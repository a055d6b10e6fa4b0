"""The whole knowledge base, once loaded and checked, kept as plain JSON in the user cache
folder so that the next start builds it without parsing and checking the files again.

Loading the bundled standards means reading the TOML files (or their cached
values, :mod:`desktop.catalog.toml_cache`), then parsing and cross-checking
about 700 entries; rebuilding the finished :class:`Catalog` from one JSON
file is several times faster. The entry is named by a key: the SHA-256 of
AuditReady's version, this module's format, the field names of the catalog
types and the name and bytes of every knowledge-base file
(``*.toml``, ``maps/*.toml``, ``maps/transitions/*.toml``). An edited file,
a new program version or a changed data type gives another key, so a stale
entry is never read; it is deleted when the entry of the new key is written.

The cache is only ever a shortcut. An entry that cannot be read, is not
JSON, has another key inside, or does not have the expected shape is
ignored (the files are loaded as if there were no cache); a folder that
cannot be written only means no entry is kept. Entries hold plain data
(lists, strings, numbers, null) read with :mod:`json`: nothing in them is
ever run, whoever wrote the folder.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import secrets
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any

from desktop import __version__, paths
from desktop.domain.model import (
    Basis,
    Catalog,
    CatalogItem,
    ChangeKind,
    Freshness,
    FreshnessBasis,
    FreshnessRule,
    ItemKind,
    Pitfall,
    SharedRequirement,
    Standard,
    Text,
    Transition,
    TransitionEntry,
)

CACHE_FORMAT = 1
"""Part of every key; bump it when the stored form changes."""

_TYPES = (Text, Freshness, Pitfall, CatalogItem, Standard, SharedRequirement,
          TransitionEntry, Transition, Catalog)


def cache_folder() -> Path:
    """The folder holding the entries: ``<user cache>/catalog``."""
    return paths.user_cache_dir() / "catalog"


def source_files(folder: Path) -> list[Path]:
    """The knowledge-base files of ``folder`` that :func:`desktop.catalog.load_catalog`
    reads, in a fixed order: ``*.toml``, ``maps/*.toml``, ``maps/transitions/*.toml``."""
    return [*sorted(folder.glob("*.toml")), *sorted((folder / "maps").glob("*.toml")),
            *sorted((folder / "maps" / "transitions").glob("*.toml"))]


def cache_key(folder: Path) -> str:
    """The hex SHA-256 naming the entry for the files now in ``folder``.

    Raises:
        OSError: a file cannot be read.
    """
    digest = hashlib.sha256()
    fields = ";".join(f"{t.__name__}:{','.join(f.name for f in dataclasses.fields(t))}"
                      for t in _TYPES)
    digest.update(f"AuditReady {__version__}\0format {CACHE_FORMAT}\0{fields}\0".encode())
    for path in source_files(folder):
        data = path.read_bytes()
        name = path.relative_to(folder).as_posix().encode("utf-8")
        digest.update(b"%d:%s\0%d:" % (len(name), name, len(data)))
        digest.update(data)
    return digest.hexdigest()


def _entry(key: str) -> Path:
    return cache_folder() / f"catalog-{key}.entry"


def load_cached(key: str) -> Catalog | None:
    """The catalog stored under ``key``, or None when there is none or it is
    unreadable, damaged or of another shape (see the module docstring)."""
    try:
        head, digest, body = _entry(key).read_bytes().split(b"\n", 2)
        if head.decode("ascii") != key or digest.decode("ascii") != _digest(body):
            return None
        return decode(json.loads(body))
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def store(key: str, catalog: Catalog) -> None:
    """Keep ``catalog`` under ``key`` (and drop the entries of other keys); nothing
    happens when the folder cannot be written.

    The entry is three lines: the key, the SHA-256 of the rest (so that a damaged
    entry is not read), then the catalog as JSON (:func:`encode`).
    """
    body = json.dumps(encode(catalog), ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")
    entry = _entry(key)
    tmp = entry.with_name(f".{entry.name}.{secrets.token_hex(4)}.tmp")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(b"%s\n%s\n%s" % (key.encode("ascii"), _digest(body).encode("ascii"),
                                          body))
        os.replace(tmp, entry)
    except OSError:
        with suppress(OSError):
            tmp.unlink()
        return
    for old in entry.parent.glob("catalog-*.entry"):  # other versions' or files' entries
        if old != entry:
            with suppress(OSError):
                old.unlink()


def _digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


# -- plain data --------------------------------------------------------------------------
# Each type is a list of its fields in declaration order; texts are [en, zh], enums
# their value. The key names every type's fields, so a changed type never meets an
# entry written for the old one.

def _text(text: Text) -> list[str]:
    return [text.en, text.zh]


def _opt_text(text: Text | None) -> list[str] | None:
    return None if text is None else [text.en, text.zh]


def _texts(texts: Iterable[Text]) -> list[list[str]]:
    return [[t.en, t.zh] for t in texts]


def _item(i: CatalogItem) -> list[Any]:
    fresh = i.freshness
    return [i.id, i.standard_id, i.clause, i.kind.value, i.parent, _text(i.title),
            _text(i.description), i.amendment, i.order, _opt_text(i.guidance),
            _texts(i.questions), _texts(i.typical_evidence), i.basis.value,
            None if fresh is None else [fresh.rule.value, fresh.months, _text(fresh.text),
                                        fresh.basis.value, _opt_text(fresh.citation)],
            list(i.pitfalls), i.custom, i.shared, i.origin, i.title_official]


def encode(catalog: Catalog) -> dict[str, Any]:
    """``catalog`` as plain JSON-ready data (lists, strings, numbers, None, booleans)."""
    return {
        "standards": [[s.id, s.code, s.edition, list(s.amendments), s.national, s.system,
                       _text(s.title), [_item(i) for i in s.items], s.status,
                       _opt_text(s.status_note)] for s in catalog.standards],
        "shared": [[r.id, r.clause, _text(r.title), _text(r.description), list(r.targets)]
                   for r in catalog.shared],
        "shared_clauses": {k: _text(v) for k, v in catalog.shared_clauses.items()},
        "pitfalls": [[p.id, _text(p.title), _text(p.warning), p.source]
                     for p in catalog.pitfalls.values()],
        "transitions": [[t.from_id, t.to_id, _text(t.period),
                         [[e.change.value, e.from_clause, e.to_clause, _text(e.note)]
                          for e in t.entries]] for t in catalog.transitions],
    }


def _str(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("not a string")
    return value


def _opt_str(value: Any) -> str | None:
    return None if value is None else _str(value)


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("not an integer")
    return value


def _bool(value: Any) -> bool:
    if type(value) is not bool:
        raise TypeError("not a boolean")
    return value


def _strs(values: Any) -> tuple[str, ...]:
    return _from_list(values, _str)


def _from_text(value: Any) -> Text:
    en, zh = value
    return Text(_str(en), _str(zh))


def _from_opt_text(value: Any) -> Text | None:
    return None if value is None else _from_text(value)


def _from_freshness(value: Any) -> Freshness | None:
    if value is None:
        return None
    rule, months, text, basis, citation = value
    return Freshness(FreshnessRule(rule), None if months is None else _int(months),
                     _from_text(text), FreshnessBasis(basis), _from_opt_text(citation))


def _from_item(value: Any) -> CatalogItem:
    (item_id, standard_id, clause, kind, parent, title, description, amendment, order,
     guidance, questions, typical, basis, freshness, pitfalls, custom, shared, origin,
     official) = value
    return CatalogItem(
        _str(item_id), _str(standard_id), _str(clause), ItemKind(kind), _opt_str(parent),
        _from_text(title), _from_text(description), _opt_str(amendment), _int(order),
        _from_opt_text(guidance), _from_list(questions, _from_text),
        _from_list(typical, _from_text), Basis(basis), _from_freshness(freshness),
        _strs(pitfalls), _bool(custom), _opt_str(shared), _opt_str(origin), _bool(official))


def _from_standard(value: Any) -> Standard:
    (std_id, code, edition, amendments, national, system, title, items, status,
     note) = value
    return Standard(_str(std_id), _str(code), _str(edition), _strs(amendments),
                    _str(national), _str(system), _from_text(title),
                    _from_list(items, _from_item), _str(status), _from_opt_text(note))


def _from_list(value: Any, build: Callable[[Any], Any]) -> tuple[Any, ...]:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return tuple(map(build, value))


def decode(data: Any) -> Catalog:
    """The :class:`Catalog` that :func:`encode` turned into ``data``.

    Raises:
        TypeError, ValueError, KeyError, IndexError, AttributeError: ``data``
            does not have the shape :func:`encode` gives.
    """
    def shared(value: Any) -> SharedRequirement:
        sid, clause, title, description, targets = value
        return SharedRequirement(_str(sid), _str(clause), _from_text(title),
                                 _from_text(description), _strs(targets))

    def pitfall(value: Any) -> Pitfall:
        pid, title, warning, source = value
        return Pitfall(_str(pid), _from_text(title), _from_text(warning), _str(source))

    def entry(value: Any) -> TransitionEntry:
        change, before, after, note = value
        return TransitionEntry(ChangeKind(change), _str(before), _str(after),
                               _from_text(note))

    def transition(value: Any) -> Transition:
        from_id, to_id, period, entries = value
        return Transition(_str(from_id), _str(to_id), _from_text(period),
                          _from_list(entries, entry))

    pitfalls = _from_list(data["pitfalls"], pitfall)
    return Catalog(
        _from_list(data["standards"], _from_standard),
        shared=_from_list(data["shared"], shared),
        shared_clauses={_str(k): _from_text(v) for k, v in data["shared_clauses"].items()},
        pitfalls={p.id: p for p in pitfalls},
        transitions=_from_list(data["transitions"], transition),
    )
