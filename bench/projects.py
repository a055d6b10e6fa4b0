"""Large projects for the benchmarks, built once and kept under /tmp/auditready-bench.

A project holds the sample's three standards and records, then ``evidence``
evidence rows spread round robin over the checklist items (one link each, a
third also linked to a second item), half of them with details (version and
dates), and optionally ``big_mib`` MiB of evidence bytes in 20 MiB files.

Rows and bytes are written with plain SQL in the project's own format (blobs
in 1 MiB chunks under their real SHA-256), which takes seconds instead of the
minutes attaching 20,000 files through the application would; the benchmarks
then open and use the file only through the application. The big files are
cheap to make: one random MiB repeated, each file made distinct by its first
bytes. A built project is reused while its name (sizes and :data:`FORMAT`)
matches; delete the folder to rebuild.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path

from desktop.catalog import load_catalog
from desktop.services.sample.build import create_sample

CACHE = Path(os.environ.get("AUDITREADY_BENCH_DIR", "/tmp/auditready-bench"))
FORMAT = 1
"""Bump when the way projects are built changes, so cached ones are rebuilt."""
TODAY = dt.date(2026, 11, 22)
MIB = 1024 * 1024
BIG_FILE_MIB = 20


def size_label(evidence: int, big_mib: int = 0) -> str:
    """E.g. ``20k`` or ``20k+2GB``."""
    label = f"{evidence // 1000}k" if evidence % 1000 == 0 else str(evidence)
    if big_mib:
        label += f"+{big_mib // 1024}GB" if big_mib % 1024 == 0 else f"+{big_mib}MB"
    return label


def parse_size(text: str) -> int:
    """``"20k"`` -> 20000, ``"300"`` -> 300."""
    text = text.strip().lower()
    return int(text[:-1]) * 1000 if text.endswith("k") else int(text)


def project(evidence: int, big_mib: int = 0, *, folder: Path = CACHE) -> Path:
    """Return the path of the cached project of this size, building it first if needed."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"evidence-{size_label(evidence, big_mib)}-f{FORMAT}.auditready"
    if not path.exists():
        tmp = path.with_name("building-" + path.name)
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        build(tmp, evidence, big_mib)
        os.replace(tmp, path)
    return path


def _blob(conn: sqlite3.Connection, chunks: list[bytes]) -> tuple[str, int]:
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    sha = digest.hexdigest()
    size = sum(len(c) for c in chunks)
    conn.execute("INSERT OR IGNORE INTO blobs (sha256, size, chunk_count) VALUES (?, ?, ?)",
                 [sha, size, len(chunks)])
    conn.executemany("INSERT OR IGNORE INTO blob_chunks (sha256, seq, data) VALUES (?, ?, ?)",
                     [(sha, seq, chunk) for seq, chunk in enumerate(chunks)])
    return sha, size


def build(path: Path, evidence: int, big_mib: int) -> None:
    """Create the project at ``path`` (see the module docstring)."""
    session = create_sample(path, load_catalog(), today=TODAY)
    try:
        items = [item.id for std in session.standards() for item in std.checklist()]
    finally:
        session.close()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN")
        start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
        filler = os.urandom(MIB)
        big_files = big_mib // BIG_FILE_MIB
        for n in range(evidence):
            if n < big_files:
                head = f"big evidence file {n}\n".encode()
                chunks = [head + filler[len(head):]] + [filler] * (BIG_FILE_MIB - 1)
                name, media = f"scan-{n:05d}.pdf", "application/pdf"
            else:
                chunks = [f"Evidence record {n} / 证据记录 {n}\n".encode()]
                name, media = f"记录-record-{n:05d}.txt", "text/plain"
            sha, size = _blob(conn, chunks)
            added = (start + dt.timedelta(minutes=n)).isoformat()
            cursor = conn.execute(
                "INSERT INTO evidence (sha256, name, size, media_type, added_at) "
                "VALUES (?, ?, ?, ?, ?)", [sha, name, size, media, added])
            eid = cursor.lastrowid
            linked = {items[n % len(items)]}
            if n % 3 == 0:
                linked.add(items[(n * 7 + 3) % len(items)])
            conn.executemany("INSERT INTO evidence_links (evidence_id, item_id) VALUES (?, ?)",
                             [(eid, item) for item in sorted(linked)])
            if n % 2 == 0:
                day = TODAY - dt.timedelta(days=n % 400)
                conn.execute(
                    "INSERT INTO evidence_meta (evidence_id, nature, version, approved_on, "
                    "effective_from) VALUES (?, ?, ?, ?, ?)",
                    [eid, "document" if n % 4 == 0 else "record", f"A/{n % 7}",
                     day.isoformat(), day.isoformat()])
        conn.execute("COMMIT")
    finally:
        conn.close()


def items_with_evidence(path: Path, count: int) -> list[str]:
    """Up to ``count`` checklist item ids of ``path`` that have evidence, spread evenly."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        ids = [row[0] for row in conn.execute(
            "SELECT DISTINCT item_id FROM evidence_links ORDER BY item_id")]
    finally:
        conn.close()
    step = max(1, len(ids) // count)
    return ids[::step][:count]
