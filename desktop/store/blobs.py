"""Evidence content inside the project file, stored once per SHA-256 in fixed-size chunks.

A file is attached in two streaming passes, so memory use stays near one chunk
whatever the file size: a hash pass computes its SHA-256 (and finds out whether
the project already holds that content), then, only for new content, a copy
pass writes it to ``blob_chunks`` while hashing again. The copy is accepted
only if the second hash, the size and the modification time all match the first
pass; otherwise the file changed or vanished under us and
:class:`~desktop.errors.EvidenceError` is raised (the caller's transaction then
rolls the partial copy back).

Chunks are :data:`CHUNK_SIZE` bytes (the last may be shorter), far below
SQLite's one-gigabyte limit on a single value.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.errors import CancelledError, EvidenceError, UserError
from desktop.store import failures
from desktop.store.opening import remove_quietly, temp_sibling

CHUNK_SIZE = 1024 * 1024
"""Bytes per stored chunk (1 MiB); read at call time, so tests may change it."""

ProgressFn = Callable[[int, int], None]
"""Called with (bytes_done, bytes_total) as work advances."""

CancelledFn = Callable[[], bool]
"""Polled between chunks; returning True cancels the work."""


class Ticker:
    """Counts bytes for a progress callback and polls a cancel callback.

    Args:
        total: bytes the whole job will process (>= 0).
        progress: receives (bytes_done, bytes_total) after each step, or None.
        cancelled: polled by :meth:`check`, or None.
    """

    def __init__(
        self, total: int, progress: ProgressFn | None, cancelled: CancelledFn | None
    ) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._last: tuple[int, int] | None = None

    def check(self) -> None:
        """Raise CancelledError if the cancel callback says so."""
        if self._cancelled is not None and self._cancelled():
            raise CancelledError()

    def report(self) -> None:
        """Send (bytes_done, bytes_total) to the progress callback unless just sent."""
        current = (self.done, self.total)
        if self._progress is not None and current != self._last:
            self._last = current
            self._progress(*current)

    def advance(self, nbytes: int) -> None:
        """Count ``nbytes`` more as done and report."""
        self.done += nbytes
        self.report()

    def finish(self) -> None:
        """Mark the whole job done and report (bytes_total, bytes_total)."""
        self.done = self.total
        self.report()


@dataclass(frozen=True, slots=True)
class SourceStamp:
    """What identifies one version of a file on disk: size in bytes and mtime in ns."""

    size: int
    mtime_ns: int


def _unreadable(source: Path, exc: OSError) -> EvidenceError:
    if isinstance(exc, FileNotFoundError):
        return EvidenceError(
            f'The evidence file "{source}" cannot be found.',
            f"找不到证据文件“{source}”。",
        )
    reason = exc.strerror or str(exc)
    return EvidenceError(
        f'The evidence file "{source}" cannot be read: {reason}.',
        f"无法读取证据文件“{source}”：{reason}。",
    )


def _changed(source: Path) -> EvidenceError:
    return EvidenceError(
        f'The evidence file "{source}" changed while it was being attached, so nothing was '
        "added. Close any program that is editing it and try again.",
        f"证据文件“{source}”在添加过程中被修改，因此未添加任何内容。请关闭正在编辑它的程序后重试。",
    )


def _vanished(source: Path) -> EvidenceError:
    return EvidenceError(
        f'The evidence file "{source}" was moved or deleted while it was being attached, '
        "so nothing was added.",
        f"证据文件“{source}”在添加过程中被移动或删除，因此未添加任何内容。",
    )


def stamp(source: Path) -> SourceStamp:
    """Return the size and modification time of regular file ``source``.

    Raises:
        EvidenceError: the file is missing, unreadable, or not a regular file.
    """
    try:
        info = source.stat()
    except OSError as exc:
        raise _unreadable(source, exc) from exc
    if not source.is_file():
        raise EvidenceError(
            f'"{source}" is not a file (it may be a folder); only files can be attached.',
            f"“{source}”不是文件（可能是文件夹），只能添加文件。",
        )
    return SourceStamp(size=info.st_size, mtime_ns=info.st_mtime_ns)


def check_unchanged(source: Path, before: SourceStamp) -> None:
    """Check that ``source`` still exists with the size and mtime of ``before``.

    Raises:
        EvidenceError: the file vanished or changed.
    """
    try:
        info = source.stat()
    except FileNotFoundError as exc:
        raise _vanished(source) from exc
    except OSError as exc:
        raise _unreadable(source, exc) from exc
    if SourceStamp(info.st_size, info.st_mtime_ns) != before:
        raise _changed(source)


def _read_source(
    source: Path, size: int, chunk_size: int, ticker: Ticker
) -> Generator[bytes, None, None]:
    """Yield exactly ``size`` bytes of ``source`` in ``chunk_size`` pieces (last shorter).

    Progress is reported after each piece has been consumed.

    Raises:
        EvidenceError: unreadable, shorter or longer than ``size``.
        CancelledError: the ticker's cancel callback said so.
    """
    try:
        handle = source.open("rb")
    except OSError as exc:
        raise _unreadable(source, exc) from exc
    with handle:
        remaining = size
        while remaining > 0:
            ticker.check()
            wanted = min(chunk_size, remaining)
            try:
                block = handle.read(wanted)
            except OSError as exc:
                raise _unreadable(source, exc) from exc
            if len(block) != wanted:
                raise _changed(source)
            remaining -= wanted
            yield block
            ticker.advance(wanted)
        try:
            extra = handle.read(1)
        except OSError as exc:
            raise _unreadable(source, exc) from exc
        if extra:
            raise _changed(source)


def hash_source(source: Path, before: SourceStamp, ticker: Ticker) -> str:
    """First pass: return the SHA-256 (lowercase hex) of ``source``, storing nothing.

    Args:
        before: the file's :func:`stamp` taken before this pass.

    Raises:
        EvidenceError: missing, unreadable, or changed while being read.
        CancelledError: cancelled.
    """
    digest = hashlib.sha256()
    with closing(_read_source(source, before.size, CHUNK_SIZE, ticker)) as pieces:
        for block in pieces:
            digest.update(block)
    check_unchanged(source, before)
    return digest.hexdigest()


def blob_exists(db: Database, sha256: str) -> bool:
    """True if content with this SHA-256 (lowercase hex) is stored in the project."""
    row = db.execute("SELECT 1 FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
    return row is not None


def copy_source(
    db: Database, source: Path, sha256: str, before: SourceStamp, ticker: Ticker
) -> None:
    """Second pass: store ``source`` as blob ``sha256``, verifying it is still the same file.

    Must run inside a transaction, which the caller rolls back on any error.

    Args:
        sha256: the digest from :func:`hash_source`.
        before: the stamp :func:`hash_source` was given.

    Raises:
        EvidenceError: the file changed, vanished or became unreadable.
        CancelledError: cancelled.
        sqlite3.Error: from SQLite (e.g. disk full); the caller translates it.
    """
    chunk_size = CHUNK_SIZE
    chunk_count = -(-before.size // chunk_size)
    db.execute(
        "INSERT INTO blobs (sha256, size, chunk_count) VALUES (?, ?, ?)",
        [sha256, before.size, chunk_count],
    )
    digest = hashlib.sha256()
    with closing(_read_source(source, before.size, chunk_size, ticker)) as pieces:
        for seq, block in enumerate(pieces):
            digest.update(block)
            db.execute(
                "INSERT INTO blob_chunks (sha256, seq, data) VALUES (?, ?, ?)",
                [sha256, seq, block],
            )
    if digest.hexdigest() != sha256:
        raise _changed(source)
    check_unchanged(source, before)


def delete_blob_if_unused(db: Database, sha256: str) -> bool:
    """Delete blob ``sha256`` and its chunks if no evidence row uses it; True if deleted."""
    in_use = db.execute("SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1", [sha256]).fetchone()
    if in_use is not None:
        return False
    db.execute("DELETE FROM blobs WHERE sha256 = ?", [sha256])
    return True


def unused(db: Database) -> list[str]:
    """Return the SHA-256 of every stored content no evidence row uses."""
    rows = db.execute("SELECT sha256 FROM blobs WHERE sha256 NOT IN "
                      "(SELECT sha256 FROM evidence) ORDER BY sha256").fetchall()
    return [str(row[0]) for row in rows]


class DamagedBlobError(Exception):
    """A stored blob is missing chunks or has the wrong size or hash (damaged project)."""


def iter_blob(db: Database, sha256: str) -> Iterator[bytes]:
    """Yield the content of blob ``sha256`` chunk by chunk (one query per chunk).

    The content is hashed as it is read; after the last chunk its SHA-256 must
    be ``sha256``. A consumer must therefore read to the end (as the evidence
    pack and exports do, writing to a temporary file) before trusting what it got.

    Raises:
        KeyError: no such blob.
        DamagedBlobError: a chunk is missing, the total size is wrong, or the
            content no longer matches its SHA-256 (raised after the last chunk).
    """
    row = db.execute("SELECT size, chunk_count FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        raise KeyError(sha256)
    size, chunk_count = row
    seen = 0
    digest = hashlib.sha256()
    for seq in range(chunk_count):
        chunk = db.execute(
            "SELECT data FROM blob_chunks WHERE sha256 = ? AND seq = ?", [sha256, seq]
        ).fetchone()
        if chunk is None:
            raise DamagedBlobError(f"chunk {seq} of {sha256} is missing")
        data = bytes(chunk[0])
        seen += len(data)
        digest.update(data)
        yield data
    if seen != size:
        raise DamagedBlobError(f"{sha256} holds {seen} bytes instead of {size}")
    if digest.hexdigest() != sha256:
        raise DamagedBlobError(f"{sha256} reads back as {digest.hexdigest()}")


def _export_failed(name: str, dest: Path, exc: OSError) -> UserError:
    if failures.is_disk_full(exc):
        return failures.storage_full(dest)
    if isinstance(exc, FileNotFoundError):
        return EvidenceError(
            f'Cannot export "{name}" to "{dest}": the folder "{dest.parent}" does not exist.',
            f"无法将“{name}”导出到“{dest}”：文件夹“{dest.parent}”不存在。",
        )
    reason = exc.strerror or str(exc)
    return EvidenceError(
        f'Cannot export "{name}" to "{dest}": {reason}.',
        f"无法将“{name}”导出到“{dest}”：{reason}。",
    )


def write_verified(
    pieces: Iterable[bytes], sha256: str, dest: Path, *, name: str, ticker: Ticker
) -> None:
    """Write ``pieces`` to ``dest`` via a temporary file, only if their SHA-256 is ``sha256``.

    The temporary file sits in the same folder (so the final ``os.replace`` is
    atomic) and is removed on every failure; ``dest`` is then left as it was.

    Args:
        name: the evidence name, for messages.

    Raises:
        StorageFullError: no space left for the copy.
        EvidenceError: folder missing, not writable, or the stored copy is damaged.
        CancelledError: cancelled.
    """
    tmp = temp_sibling(dest, ".part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(tmp, flags, 0o666)
    except OSError as exc:
        raise _export_failed(name, dest, exc) from exc
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            for piece in pieces:
                ticker.check()
                out.write(piece)
                digest.update(piece)
                ticker.advance(len(piece))
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha256:
            raise DamagedBlobError(f"{sha256} reads back as {digest.hexdigest()}")
        os.replace(tmp, dest)
    except BaseException as exc:
        remove_quietly(tmp)
        if isinstance(exc, OSError):
            raise _export_failed(name, dest, exc) from exc
        raise
