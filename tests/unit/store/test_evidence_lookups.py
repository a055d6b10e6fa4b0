"""The cheap evidence reads that opening and item switching use agree with the full list."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.domain.records import EvidenceMeta, EvidenceNature
from desktop.store import ProjectStore
from desktop.store import evidence as evidence_rows

MakeFile = Callable[[str, bytes], Path]


def _attach(store: ProjectStore, make_file: MakeFile) -> list[int]:
    ids = []
    for n, items in enumerate((["a"], ["a", "b"], ["c"], [])):
        evidence, _new = store.add_evidence(make_file(f"file-{n}.txt", f"content {n}".encode()))
        for item_id in items:
            store.link_evidence(evidence.id, item_id)
        ids.append(evidence.id)
    return ids


def test_counts_and_ids_per_item_match_the_evidence_list(store: ProjectStore,
                                                         make_file: MakeFile) -> None:
    ids = _attach(store, make_file)
    listed = store.evidence_list()
    assert store.evidence_counts() == dict(Counter(i for e in listed for i in e.item_ids))
    assert store.evidence_ids_by_item() == {"a": (ids[0], ids[1]), "b": (ids[1],),
                                            "c": (ids[2],)}
    store.unlink_evidence(ids[0], "a")
    assert store.evidence_counts() == {"a": 1, "b": 1, "c": 1}


def test_links_are_read_again_after_every_kind_of_write(store: ProjectStore,
                                                       make_file: MakeFile) -> None:
    ids = _attach(store, make_file)
    first = store.evidence_ids_by_item()
    first["a"] = ()  # the caller's copy: the store's answer does not change
    assert store.evidence_ids_by_item()["a"] == (ids[0], ids[1])
    store.remove_evidence(ids[1])  # the links go by ON DELETE CASCADE
    assert store.evidence_ids_by_item() == {"a": (ids[0],), "c": (ids[2],)}
    try:
        with store.atomic():
            store.link_evidence(ids[3], "d")
            assert store.evidence_ids_by_item()["d"] == (ids[3],)
            raise LookupError("undo the link")
    except LookupError:
        pass
    assert store.evidence_ids_by_item() == {"a": (ids[0],), "c": (ids[2],)}
    assert store.evidence_counts() == {"a": 1, "c": 1}


def test_details_of_some_evidence_only(store: ProjectStore, make_file: MakeFile) -> None:
    ids = _attach(store, make_file)
    day = dt.date(2026, 3, 1)
    for evidence_id in ids[:3]:
        store.records.put_evidence_meta(EvidenceMeta(
            evidence_id=evidence_id, nature=EvidenceNature.RECORD, effective_from=day))
    everything = store.records.evidence_meta()
    assert set(everything) == set(ids[:3])
    assert store.records.evidence_meta([ids[1], ids[3]]) == {ids[1]: everything[ids[1]]}
    assert store.records.evidence_meta([]) == {}
    many = [*range(-1200, 0), ids[2]]  # more ids than one IN list takes
    assert store.records.evidence_meta(many) == {ids[2]: everything[ids[2]]}


def _links(rows: list[tuple[object, str]]) -> Database:
    db = Database(sqlite3.connect(":memory:"))
    db.execute("CREATE TABLE evidence_links (evidence_id INTEGER NOT NULL, item_id TEXT NOT NULL,"
               " PRIMARY KEY (evidence_id, item_id)) WITHOUT ROWID")
    db.execute("CREATE INDEX evidence_links_by_item ON evidence_links (item_id)")
    db.conn.executemany("INSERT INTO evidence_links VALUES (?, ?)", rows)
    return db


def test_links_of_many_files_come_sorted_per_item() -> None:
    rows: list[tuple[object, str]] = [(n, f"item-{n % 7}") for n in range(500, 0, -1)]
    found = evidence_rows.ids_by_item(_links(rows))
    assert found == {f"item-{k}": tuple(n for n in range(1, 501) if n % 7 == k)
                     for k in range(7)}
    assert evidence_rows.ids_by_item(_links([])) == {}


def test_a_link_whose_evidence_id_is_not_a_number_is_refused() -> None:
    # A project file from elsewhere: the column's type does not stop text or decimals.
    for bad in ("abc", 2.5):
        with pytest.raises(ValueError):
            evidence_rows.ids_by_item(_links([(1, "a"), (bad, "a"), (3, "b")]))
