"""Checking a whole project file: structure, foreign keys, evidence content and links.

:func:`check_database` runs on any connection to a project (the open
project's, or a read-only one from :func:`verify_file`) and returns every
problem found, each with a message in English and Chinese:

1. ``PRAGMA integrity_check``: the file's pages, indexes and constraints.
2. ``PRAGMA foreign_key_check``: rows that refer to rows that are gone.
3. Evidence rows whose stored content is missing or of another size.
4. Every stored evidence content re-hashed chunk by chunk against its SHA-256.

Nothing is written. Progress counts bytes of evidence content hashed.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import UserError
from desktop.store import failures
from desktop.store.blobs import Ticker
from desktop.store.opening import ProjectLock, check_signature

MAX_STRUCTURE_PROBLEMS = 100
"""At most this many lines of ``integrity_check`` are reported (the first ones)."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a project file.

    Attributes:
        kind: ``"structure"``, ``"foreign_key"``, ``"evidence"``, ``"content"``
            or ``"link"``.
        en, zh: what is wrong, naming the file, row or item concerned.
    """

    kind: str
    en: str
    zh: str

    def text(self, lang: str) -> str:
        """The problem in ``lang`` ("zh..." for Chinese, else English)."""
        return self.zh if lang.startswith("zh") else self.en


@dataclass(frozen=True, slots=True)
class Findings:
    """What :func:`check_database` found.

    Attributes:
        problems: every problem, in check order.
        linked_items: distinct checklist item ids evidence is linked to (for
            the caller to check against the catalog).
        custom_items: ids of the project's custom entries.
        blobs_checked: stored contents re-hashed; bytes_checked: their bytes.
    """

    problems: tuple[Problem, ...]
    linked_items: frozenset[str] = field(default_factory=frozenset)
    custom_items: frozenset[str] = field(default_factory=frozenset)
    blobs_checked: int = 0
    bytes_checked: int = 0


def _names(conn: sqlite3.Connection, sha256: str) -> str:
    rows = conn.execute("SELECT name FROM evidence WHERE sha256 = ? ORDER BY id",
                        [sha256]).fetchall()
    return "、".join(f"“{row[0]}”" for row in rows) or f"({sha256[:12]}…)"


def _structure(conn: sqlite3.Connection) -> list[Problem]:
    lines = [str(row[0]) for row in
             conn.execute(f"PRAGMA integrity_check({MAX_STRUCTURE_PROBLEMS})").fetchall()]
    if lines == ["ok"]:
        return []
    return [Problem("structure", f"The file's structure is damaged: {line}",
                    f"文件结构已损坏：{line}") for line in lines]


def _foreign_keys(conn: sqlite3.Connection) -> list[Problem]:
    problems = []
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
        if table == "evidence_links":
            en = (f"A link to a checklist item refers to evidence that no longer exists "
                  f"(table {table}, row {rowid}).")
            zh = f"某检查项的证据链接指向已不存在的证据（表 {table}，第 {rowid} 行）。"
        else:
            en = f"Row {rowid} of table {table} refers to a missing row of table {parent}."
            zh = f"表 {table} 第 {rowid} 行引用了表 {parent} 中不存在的行。"
        problems.append(Problem("foreign_key", en, zh))
    return problems


def _evidence_rows(conn: sqlite3.Connection) -> list[Problem]:
    problems = []
    rows = conn.execute("""
        SELECT e.name, e.size, b.size FROM evidence e LEFT JOIN blobs b ON b.sha256 = e.sha256
        WHERE b.sha256 IS NULL OR b.size != e.size ORDER BY e.id""").fetchall()
    for name, size, stored in rows:
        if stored is None:
            problems.append(Problem(
                "evidence", f'The content of evidence file "{name}" is missing from the project.',
                f"项目中缺少证据文件“{name}”的内容。"))
        else:
            problems.append(Problem(
                "evidence", f'Evidence file "{name}" should hold {size} bytes but its stored '
                f"content holds {stored}.",
                f"证据文件“{name}”应为 {size} 字节，但存储的内容为 {stored} 字节。"))
    return problems


def _content(conn: sqlite3.Connection, ticker: Ticker) -> tuple[list[Problem], int]:
    problems = []
    blobs = conn.execute("SELECT sha256, size, chunk_count FROM blobs ORDER BY sha256").fetchall()
    for sha256, size, chunk_count in blobs:
        digest = hashlib.sha256()
        seen = 0
        missing = 0
        seqs = conn.execute("SELECT seq FROM blob_chunks WHERE sha256 = ? ORDER BY seq",
                            [sha256]).fetchall()
        present = {row[0] for row in seqs}
        for seq in range(chunk_count):
            ticker.check()
            if seq not in present:
                missing += 1
                continue
            row = conn.execute("SELECT data FROM blob_chunks WHERE sha256 = ? AND seq = ?",
                               [sha256, seq]).fetchone()
            data = bytes(row[0])
            seen += len(data)
            digest.update(data)
            ticker.advance(len(data))
        extra = len(present - set(range(chunk_count)))
        names = _names(conn, sha256)
        if missing or extra:
            problems.append(Problem(
                "content", f"The stored copy of {names} is incomplete ({missing} of "
                f"{chunk_count} parts missing, {extra} unexpected).",
                f"{names}的存储副本不完整（{chunk_count} 个部分中缺少 {missing} 个，"
                f"多出 {extra} 个）。"))
        elif seen != size or digest.hexdigest() != sha256:
            problems.append(Problem(
                "content", f"The stored copy of {names} no longer matches its SHA-256 "
                "fingerprint: its content has been changed or damaged.",
                f"{names}的存储副本与其 SHA-256 指纹不符：内容已被改动或损坏。"))
    return problems, len(blobs)


def check_database(
    conn: sqlite3.Connection,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Findings:
    """Check the project open on ``conn`` (see the module docstring); nothing is written.

    Args:
        progress: called with (bytes hashed, bytes of evidence content in all).
        cancelled: polled between chunks; returning True cancels.

    Returns:
        the findings; ``problems`` is empty when the project is sound.

    Raises:
        CancelledError: cancelled.
    """
    try:
        problems = _structure(conn)
    except sqlite3.DatabaseError as exc:
        return Findings((Problem("structure", f"The file is too damaged to check: {exc}.",
                                 f"文件损坏严重，无法检查：{exc}。"),))
    try:
        problems += _foreign_keys(conn)
        problems += _evidence_rows(conn)
        total = conn.execute("SELECT coalesce(sum(length(data)), 0) FROM blob_chunks"
                             ).fetchone()[0]
        ticker = Ticker(int(total), progress, cancelled)
        ticker.report()
        content, blob_count = _content(conn, ticker)
        problems += content
        linked = frozenset(row[0] for row in
                           conn.execute("SELECT DISTINCT item_id FROM evidence_links"))
        custom = frozenset(row[0] for row in conn.execute("SELECT id FROM custom_items"))
    except sqlite3.DatabaseError as exc:
        problems.append(Problem("structure", f"Part of the file cannot be read: {exc}.",
                                f"文件的一部分无法读取：{exc}。"))
        return Findings(tuple(problems))
    ticker.finish()
    return Findings(tuple(problems), linked, custom, blob_count, ticker.done)


def verify_file(
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Findings:
    """Check project file ``path`` read-only, holding its lock so nothing changes meanwhile.

    Raises:
        NotAProjectError: not an AuditReady project.
        ProjectFileError: missing or unreadable.
        ProjectLockedError: open in AuditReady or another program.
        CorruptProjectError: not even readable as a database.
        CancelledError: cancelled.
    """
    path = Path(path).absolute()
    check_signature(path)
    lock = ProjectLock(path)
    lock.acquire()
    try:
        try:
            conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            conn.execute("PRAGMA trusted_schema = OFF")
        except sqlite3.Error as exc:
            raise failures.cannot_read(path, exc) from exc
        try:
            conn.execute("PRAGMA schema_version").fetchone()
            return check_database(conn, progress=progress, cancelled=cancelled)
        except sqlite3.Error as exc:
            if failures.sqlite_code(exc) == failures.SQLITE_READONLY_ROLLBACK:
                raise UserError(
                    f'The project "{path}" holds a change that was interrupted. Open it in '
                    "AuditReady once (this completes the recovery), then verify it again.",
                    f"项目“{path}”中有一次被中断的修改。请先在审核就绪助手中打开它一次"
                    "（以完成恢复），然后再校验。") from exc
            error = failures.sqlite_user_error(exc, path)
            raise (error or failures.corrupt(path)) from exc
        finally:
            conn.close()
    finally:
        lock.release()
