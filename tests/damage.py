"""Damage to a project file that only the full integrity check sees."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def index_out_of_step(path: Path) -> None:
    """Make the evidence index on ``added_at`` disagree with its table.

    One evidence date is changed, then the index's old root page is put back:
    every page stays sound (``quick_check`` passes), but the index no longer
    holds the row as it is, so lookups through it return wrong rows. The
    project needs a few evidence files, all indexed in that one page.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master "
                            "WHERE name = 'evidence_by_added_at'").fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    offset = (root - 1) * page_size
    with path.open("rb") as handle:
        handle.seek(offset)
        old_page = handle.read(page_size)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("UPDATE evidence SET added_at = '2001-01-01T00:00:00.000000+00:00' "
                     "WHERE id = (SELECT max(id) FROM evidence)")
    finally:
        conn.close()
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(old_page)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute('PRAGMA quick_check("evidence")').fetchall() == [("ok",)]
        assert conn.execute('PRAGMA integrity_check("evidence")').fetchall() != [("ok",)]
    finally:
        conn.close()
