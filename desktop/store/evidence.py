"""Evidence rows and their links to checklist items, as :class:`Evidence` values.

An evidence row names one stored blob (see :mod:`desktop.store.blobs`); the
pair (sha256, name) is unique, so attaching the same file twice finds the
first row, while the same content under another name gets its own row that
shares the blob. Links tie evidence to checklist items of any standard.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from desktop.domain.model import Evidence
from desktop.store import blobs
from desktop.store.records import datetime_to_text, now_utc, text_to_datetime

_COLUMNS = "id, sha256, name, size, media_type, added_at"


def _links(db: Database, evidence_ids: Iterable[int] | None) -> dict[int, list[str]]:
    """Return item ids per evidence id (all evidence when ``evidence_ids`` is None)."""
    if evidence_ids is None:
        rows = db.execute("SELECT evidence_id, item_id FROM evidence_links").fetchall()
    else:
        ids = sorted(set(evidence_ids))
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = db.execute(
            f"SELECT evidence_id, item_id FROM evidence_links WHERE evidence_id IN ({marks})",
            ids,
        ).fetchall()
    links: dict[int, list[str]] = {}
    for evidence_id, item_id in rows:
        links.setdefault(evidence_id, []).append(item_id)
    return links


def _build(rows: Sequence[Sequence[Any]], links: dict[int, list[str]]) -> list[Evidence]:
    return [
        Evidence(
            id=row[0],
            sha256=row[1],
            name=row[2],
            size=row[3],
            media_type=row[4],
            added_at=text_to_datetime(row[5]),
            item_ids=tuple(sorted(links.get(row[0], ()))),
        )
        for row in rows
    ]


def store_new(db: Database, source: Path, before: blobs.SourceStamp, sha256: str, name: str,
              media_type: str, ticker: blobs.Ticker) -> tuple[Evidence, bool]:
    """Add evidence ``name`` for file ``source`` whose SHA-256 is ``sha256``, inside the
    caller's transaction: (the existing row, False) when that content is already
    attached under that name; else its content is copied unless stored
    (:func:`blobs.copy_source`) and (the new row, True) returned.

    Raises:
        EvidenceError: the file changed, vanished or became unreadable.
        CancelledError: cancelled.
        sqlite3.Error: from SQLite; the caller translates it.
    """
    existing = find_named(db, sha256, name)
    if existing is not None:
        return existing, False
    if not blobs.blob_exists(db, sha256):
        blobs.copy_source(db, source, sha256, before, ticker)
    ticker.check()
    new_id = insert(db, sha256=sha256, name=name, size=before.size, media_type=media_type,
                    added_at=now_utc())
    created = find(db, new_id)
    if created is None:
        raise RuntimeError(f"evidence {new_id} vanished right after it was stored")
    return created, True


def find(db: Database, evidence_id: int) -> Evidence | None:
    """Return evidence ``evidence_id`` with its item ids, or None if there is none."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM evidence WHERE id = ?", [evidence_id]).fetchall()
    return _build(rows, _links(db, [evidence_id]))[0] if rows else None


def find_named(db: Database, sha256: str, name: str) -> Evidence | None:
    """Return the evidence with this content and name, or None."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM evidence WHERE sha256 = ? AND name = ?", [sha256, name]
    ).fetchall()
    return _build(rows, _links(db, [rows[0][0]]))[0] if rows else None


def insert(
    db: Database, *, sha256: str, name: str, size: int, media_type: str, added_at: dt.datetime
) -> int:
    """Insert an evidence row for stored blob ``sha256`` and return its new id.

    Args:
        size: bytes. added_at: stored as ISO-8601 UTC text.

    Raises:
        sqlite3.IntegrityError: the blob is not stored, or (sha256, name) exists.
    """
    cursor = db.execute(
        "INSERT INTO evidence (sha256, name, size, media_type, added_at) VALUES (?, ?, ?, ?, ?)",
        [sha256, name, size, media_type, datetime_to_text(added_at)],
    )
    new_id = cursor.lastrowid
    if new_id is None:
        raise RuntimeError("SQLite returned no row id for the new evidence")
    return new_id


def list_all(db: Database) -> list[Evidence]:
    """Return every evidence with its item ids, ordered by added_at then id."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM evidence ORDER BY added_at, id").fetchall()
    return _build(rows, _links(db, None))


def ids_by_item(db: Database) -> dict[str, tuple[int, ...]]:
    """Return the ids of the evidence linked to each item that has any, ascending.

    Reads only the links (one query, one row per item, from the covering index
    on item_id); no evidence row is read. Each item's ids come as one JSON
    array, parsed in C (a large project links tens of thousands of files);
    anything but integers in it, or an SQLite without JSON functions, takes
    the plain text path, which refuses a malformed id as before.

    Raises:
        ValueError: a stored evidence id is not an integer.
    """
    try:
        rows = db.execute("SELECT item_id, json_group_array(evidence_id) FROM evidence_links "
                          "GROUP BY item_id").fetchall()
    except sqlite3.OperationalError:  # no JSON functions, or a value JSON cannot hold
        rows = []
    found: dict[str, tuple[int, ...]] = {}
    for item_id, ids in rows:
        values = json.loads(ids)
        if type(item_id) is not str or not all(type(v) is int for v in values):
            break
        found[item_id] = tuple(sorted(values))
    else:
        if rows:
            return found
    text = db.execute(
        "SELECT item_id, group_concat(evidence_id) FROM evidence_links GROUP BY item_id")
    return {str(item_id): tuple(sorted(map(int, str(ids).split(","))))
            for item_id, ids in text}


class LinksMemo:
    """:func:`ids_by_item` of one connection, read again only after it has written.

    Opening a project asks for the links twice (the assessment, the checklist
    trees), tens of thousands of rows in a large project. The memo is keyed by
    the connection's ``total_changes``, which every INSERT, UPDATE or DELETE
    moves, and is kept only when read outside a transaction (a rollback does
    not move the count back, so a value read inside one could outlive its
    rows); the project file is locked, so no other connection writes to it.
    """

    def __init__(self) -> None:
        self._key = -1
        self._ids: dict[str, tuple[int, ...]] = {}

    def ids_by_item(self, db: Database) -> dict[str, tuple[int, ...]]:
        """Return :func:`ids_by_item` of ``db`` (a new dict the caller may change)."""
        if db.conn.in_transaction:
            self._key = -1
            return ids_by_item(db)
        key = db.conn.total_changes
        if key != self._key:
            self._ids, self._key = ids_by_item(db), key
        return dict(self._ids)


def list_for_item(db: Database, item_id: str) -> list[Evidence]:
    """Return the evidence linked to ``item_id`` (with all their item ids), by added_at then id."""
    rows = db.execute(
        f"""
        SELECT {_COLUMNS} FROM evidence
        WHERE id IN (SELECT evidence_id FROM evidence_links WHERE item_id = ?)
        ORDER BY added_at, id
        """,
        [item_id],
    ).fetchall()
    return _build(rows, _links(db, (row[0] for row in rows)))


def exists(db: Database, evidence_id: int) -> bool:
    """True if evidence ``evidence_id`` exists."""
    return db.execute("SELECT 1 FROM evidence WHERE id = ?", [evidence_id]).fetchone() is not None


def link(db: Database, evidence_id: int, item_id: str) -> None:
    """Link evidence to a checklist item; linking twice changes nothing.

    Raises:
        sqlite3.IntegrityError: the evidence does not exist.
    """
    db.execute(
        "INSERT OR IGNORE INTO evidence_links (evidence_id, item_id) VALUES (?, ?)",
        [evidence_id, item_id],
    )


def unlink(db: Database, evidence_id: int, item_id: str) -> None:
    """Remove the link between evidence and item, if there is one."""
    db.execute(
        "DELETE FROM evidence_links WHERE evidence_id = ? AND item_id = ?",
        [evidence_id, item_id],
    )


def delete(db: Database, evidence_id: int) -> str | None:
    """Delete evidence ``evidence_id`` and its links; return its sha256, or None if absent."""
    row = db.execute("SELECT sha256 FROM evidence WHERE id = ?", [evidence_id]).fetchone()
    if row is None:
        return None
    db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])
    return str(row[0])


def restore(db: Database, evidence: Evidence) -> None:
    """Insert a removed evidence row again under its own id, with its links.

    Raises:
        sqlite3.IntegrityError: the blob is not stored, or the id or (sha256, name) exists.
    """
    db.execute(
        "INSERT INTO evidence (id, sha256, name, size, media_type, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [evidence.id, evidence.sha256, evidence.name, evidence.size, evidence.media_type,
         datetime_to_text(evidence.added_at)],
    )
    for item_id in evidence.item_ids:
        link(db, evidence.id, item_id)
