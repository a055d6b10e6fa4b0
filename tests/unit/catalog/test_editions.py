"""Derived editions, the integrated map and transitions load and cross-check."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.catalog import load_catalog
from desktop.domain.model import ChangeKind
from desktop.errors import CatalogError


def entry(clause: str, kind: str, name: str, key: str = "") -> str:
    key_line = f'key = "{key}"\n' if key else ""
    return (f'[[items]]\nclause = "{clause}"\nkind = "{kind}"\n{key_line}'
            f'title = {{ en = "{name}", zh = "{name}中" }}\n'
            f'description = {{ en = "{name} text", zh = "{name}说明" }}\n')


def header(sid: str, edition: str, extra: str = "") -> str:
    return (f'format = 1\nid = "{sid}"\ncode = "ISO X"\nedition = "{edition}"\n'
            f'system = "EMS"\ntitle = {{ en = "X", zh = "X" }}\n{extra}\n')


BASE_HEADER = header("isox-2015", "2015", 'national = "GB/T X-2016"\namendments = ["Amd 1:2024"]')
BASE = BASE_HEADER + "".join([
    entry("6", "clause", "Planning"),
    entry("6.1", "clause", "Risks"), entry("6.1", "evidence", "Risk register"),
    entry("6.2", "clause", "Planning action"), entry("6.2", "evidence", "Action plan"),
    entry("10", "clause", "Improvement"),
    entry("10.1", "clause", "General"), entry("10.1", "evidence", "General log"),
    entry("10.2", "clause", "Continual"), entry("10.2", "evidence", "Trend"),
])

DERIVED = header("isox-2026", "2026", 'base = "isox-2015"\nstatus = "published"') + """
[[renumber]]
from = "6.2"
to = "6.3"
[[renumber]]
from = "10.2"
to = "10.1"
[[remove]]
clause = "10.1"
""" + entry("6.2", "clause", "New risks clause") + entry("6.2", "evidence", "New risk evidence") + (
    entry("6.1", "evidence", "Risk register, new wording"))


def write_set(tmp_path: Path, derived: str = DERIVED, transition: str = "") -> Path:
    (tmp_path / "maps" / "transitions").mkdir(parents=True)
    (tmp_path / "isox-2015.toml").write_text(BASE, encoding="utf-8")
    (tmp_path / "isox-2026.toml").write_text(derived, encoding="utf-8")
    (tmp_path / "maps" / "integrated.toml").write_text(
        'format = 1\n[[shared]]\nid = "ims:6"\nclause = "6.1"\n'
        'title = { en = "Risks", zh = "风险" }\ndescription = { en = "d", zh = "说明" }\n'
        'targets = ["isox-2015:6.1:E", "isox-2015:6.2:E"]\n', encoding="utf-8")
    (tmp_path / "maps" / "transitions" / "x.toml").write_text(transition or (
        'format = 1\nfrom = "isox-2015"\nto = "isox-2026"\n'
        'period = { en = "3 years", zh = "3 年" }\n'
        '[[changes]]\nchange = "new"\nto_clause = "6.2"\nnote = { en = "n", zh = "新" }\n'
        '[[changes]]\nchange = "moved"\nfrom_clause = "6.2"\nto_clause = "6.3"\n'
        'note = { en = "m", zh = "移" }\n'), encoding="utf-8")
    return tmp_path


def test_derived_edition_renumbers_removes_and_adds(tmp_path: Path) -> None:
    catalog = load_catalog(write_set(tmp_path))
    new = catalog.standard("isox-2026")
    ids = [i.id for i in new.items]
    assert ids == [
        "isox-2026:6", "isox-2026:6.1", "isox-2026:6.1:E", "isox-2026:6.2", "isox-2026:6.2:E",
        "isox-2026:6.3", "isox-2026:6.3:E", "isox-2026:10", "isox-2026:10.1", "isox-2026:10.1:E",
    ]
    moved = catalog.item("isox-2026:6.3:E")
    assert moved.origin == "isox-2015:6.2:E" and moved.title.en == "Action plan"
    assert catalog.item("isox-2026:10.1:E").title.en == "Trend"  # 10.2 took 10.1's place
    assert catalog.item("isox-2026:6.2:E").origin is None
    replaced = catalog.item("isox-2026:6.1:E")
    assert replaced.title.en == "Risk register, new wording"
    assert replaced.origin == "isox-2015:6.1:E"
    assert [s.id for s in catalog.editions("isox")] == ["isox-2015", "isox-2026"]


def test_integrated_map_follows_items_into_new_editions(tmp_path: Path) -> None:
    catalog = load_catalog(write_set(tmp_path))
    [shared] = catalog.shared
    assert set(shared.targets) == {"isox-2015:6.1:E", "isox-2015:6.2:E",
                                   "isox-2026:6.1:E", "isox-2026:6.3:E"}


def test_transition_map_loads(tmp_path: Path) -> None:
    catalog = load_catalog(write_set(tmp_path))
    tr = catalog.transition("isox-2015", "isox-2026")
    assert [(e.change, e.from_clause, e.to_clause) for e in tr.entries] == [
        (ChangeKind.NEW, "", "6.2"), (ChangeKind.MOVED, "6.2", "6.3")]


def test_transition_to_a_missing_clause_is_refused(tmp_path: Path) -> None:
    bad = ('format = 1\nfrom = "isox-2015"\nto = "isox-2026"\nperiod = { en = "p", zh = "期" }\n'
           '[[changes]]\nchange = "new"\nto_clause = "7.7"\nnote = { en = "n", zh = "新" }\n')
    with pytest.raises(CatalogError, match=r"isox-2026 has no clause '7\.7'"):
        load_catalog(write_set(tmp_path, transition=bad))


def test_renumbering_an_unknown_clause_is_refused(tmp_path: Path) -> None:
    bad = DERIVED.replace('from = "6.2"', 'from = "6.9"')
    with pytest.raises(CatalogError, match=r"has no clause '6\.9'"):
        load_catalog(write_set(tmp_path, derived=bad))


def test_missing_base_is_refused(tmp_path: Path) -> None:
    bad = DERIVED.replace('base = "isox-2015"', 'base = "isox-2009"')
    with pytest.raises(CatalogError, match="base edition 'isox-2009' not found"):
        load_catalog(write_set(tmp_path, derived=bad))
