"""Turning SQLite and operating-system failures into bilingual user errors.

SQLite reports a full disk, a read-only file, a lock held by another program or
a damaged file as :class:`sqlite3.Error` with an error code; the operating
system reports the same kinds of problems as :class:`OSError` with an errno.
The helpers here map the expected ones to the :class:`~desktop.errors.UserError`
family with a message naming the file, and leave everything else (bugs) alone.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from desktop.errors import (
    CorruptProjectError,
    EvidenceError,
    ForeignSchemaError,
    NotAProjectError,
    ProjectExistsError,
    ProjectFileError,
    ProjectLockedError,
    ProjectWriteError,
    StorageFullError,
    UserError,
)
from desktop.store.objects import SchemaObject

# Primary SQLite result codes (https://sqlite.org/rescode.html).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_INTERRUPT = 9
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
SQLITE_READONLY_ROLLBACK = SQLITE_READONLY | (3 << 8)

_FULL_ERRNOS = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG") if hasattr(errno, name)
)


def sqlite_code(exc: sqlite3.Error) -> int | None:
    """Return the extended SQLite result code of ``exc``, or None when it has none.

    Errors raised by the ``sqlite3`` module itself (not by SQLite) carry no code;
    for those a full disk is still recognised by its message.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code
    if "database or disk is full" in str(exc).lower():
        return SQLITE_FULL
    return None


def primary_code(exc: sqlite3.Error) -> int | None:
    """Return the primary SQLite result code (0-255) of ``exc``, or None."""
    code = sqlite_code(exc)
    return None if code is None else code & 0xFF


def storage_full(path: Path) -> StorageFullError:
    """Return the error for "the disk holding ``path`` is full; nothing was saved"."""
    return StorageFullError(
        f'The disk holding "{path}" is full (or the file reached the largest size that '
        "drive allows), so the last change was not saved. Free some space and try again.",
        f"“{path}”所在的磁盘已满（或文件已达到该驱动器允许的最大大小），最后一次更改未保存。"
        "请释放磁盘空间后重试。",
    )


def locked(path: Path) -> ProjectLockedError:
    """Return the error for "``path`` is open in another AuditReady window or program"."""
    return ProjectLockedError(
        f'The project "{path}" is open in another AuditReady window or another program. '
        "Close it there and try again.",
        f"项目“{path}”已在另一个审核就绪助手窗口或其他程序中打开。请先在那里关闭后重试。",
    )


def read_only(path: Path) -> ProjectWriteError:
    """Return the error for "``path`` or its folder is read-only"."""
    return ProjectWriteError(
        f'The project "{path}" cannot be changed because the file or its folder is read-only. '
        "Copy it to a folder you can write to and open the copy.",
        f"项目“{path}”或其所在文件夹为只读，无法修改。请将其复制到可写入的文件夹后打开副本。",
    )


def io_failure(path: Path) -> ProjectWriteError:
    """Return the error for a read/write failure of ``path`` (drive removed, network lost)."""
    return ProjectWriteError(
        f'The project "{path}" could not be read or written (was the drive removed or the '
        "network connection lost?). The last change was not saved.",
        f"无法读写项目“{path}”（驱动器是否已拔出或网络连接已断开？）。最后一次更改未保存。",
    )


def dest_exists(path: Path) -> ProjectExistsError:
    """Return the error for "a new file would replace ``path``, which exists"."""
    return ProjectExistsError(
        f'Cannot write "{path}": a file with that name already exists. '
        "Choose another name or folder.",
        f"无法写入“{path}”：同名文件已存在。请选择其他名称或文件夹。",
    )


def not_a_project(path: Path, why_en: str, why_zh: str) -> NotAProjectError:
    """Return the error for "``path`` is not an AuditReady project (``why``)"."""
    return NotAProjectError(
        f'"{path}" is not an AuditReady project ({why_en}).',
        f"“{path}”不是审核就绪助手项目文件（{why_zh}）。",
    )


def corrupt(path: Path, detail: str = "") -> CorruptProjectError:
    """Return the error for "``path`` is damaged"; ``detail`` is an English hint or ""."""
    suffix = f" ({detail})" if detail else ""
    return CorruptProjectError(
        f'The project "{path}" is damaged or incomplete{suffix} and cannot be opened. '
        "Open a backup copy instead.",
        f"项目“{path}”已损坏或不完整{suffix}，无法打开。请改为打开备份副本。",
    )


def damaged_after_open(path: Path, detail: str = "") -> CorruptProjectError:
    """Return the error for damage found by the check that finishes after the window
    shows ``path`` (:class:`~desktop.store.checks.LaterCheck`); nothing was written."""
    suffix = f" ({detail})" if detail else ""
    return CorruptProjectError(
        f'The project "{path}" is damaged or incomplete{suffix}: the check that runs '
        "after opening found it, so the project was closed without any change. "
        "Open a backup copy instead.",
        f"项目“{path}”已损坏或不完整{suffix}：打开后进行的检查发现了问题，"
        "项目已关闭，未做任何更改。请改为打开备份副本。",
    )


def foreign_schema(path: Path, unexpected: Sequence[SchemaObject],
                   missing: Sequence[SchemaObject] = ()) -> ForeignSchemaError:
    """Return the error for a project whose schema holds objects AuditReady never creates.

    Args:
        unexpected: foreign or changed objects (named in the message).
        missing: expected objects the file lacks (also named).
    """
    en = ", ".join(obj.label() for obj in unexpected)
    zh = "、".join(obj.label_zh() for obj in unexpected)
    if missing:
        en += "; missing: " + ", ".join(obj.label() for obj in missing)
        zh += "；缺少：" + "、".join(obj.label_zh() for obj in missing)
    return ForeignSchemaError(
        f'The project "{path}" contains database objects that AuditReady does not create '
        f"({en}). They could change or delete data, so the file was not opened and has not "
        "been changed. Use \"Repair a copy\" (auditready-cli repair) to make a clean copy.",
        f"项目“{path}”包含审核就绪助手不会创建的数据库对象（{zh}）。这些对象可能修改或删除数据，"
        "因此未打开该文件，文件也未被修改。"
        "请使用“修复副本”（auditready-cli repair）生成一个干净的副本。",
        [obj.label() for obj in unexpected],
    )


def missing_objects(path: Path, missing: Sequence[SchemaObject]) -> CorruptProjectError:
    """Return the damaged-project error naming the tables and indexes ``path`` lacks."""
    return corrupt(path, "missing: " + ", ".join(obj.label() for obj in missing))


def cannot_read(path: Path, exc: OSError | sqlite3.Error) -> ProjectFileError:
    """Return the error for a project file that exists but cannot be read at all."""
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return ProjectFileError(
        f'The project "{path}" cannot be read: {reason}.',
        f"无法读取项目“{path}”：{reason}。",
    )


def _detail(exc: sqlite3.Error) -> str:
    """SQLite's own words, printable and short, as a hint inside a damage message."""
    text = "".join(ch if ch.isprintable() else "?" for ch in str(exc))
    return text if len(text) <= _DETAIL_CHARS else text[: _DETAIL_CHARS - 1] + "…"


_DETAIL_CHARS = 120


def is_damage(exc: sqlite3.Error) -> bool:
    """True when ``exc``, raised while reading an open, verified project, means damage.

    Once a file's schema has been verified on open, SQLite can only fail on a
    statement of ours because the file no longer holds what it held: a damaged
    page (SQLITE_CORRUPT, SQLITE_NOTADB), text that no longer decodes as UTF-8,
    a table or column that vanished, a value too big. Misuse of the ``sqlite3``
    API (``ProgrammingError``, ``InterfaceError``) stays a bug, and so does a
    constraint a write of ours breaks (``IntegrityError``: the store documents
    it as the caller's mistake, e.g. an evidence id that does not exist), and
    a statement SQLite cannot parse (``near "x": syntax error``).
    """
    if not isinstance(exc, sqlite3.DatabaseError) or isinstance(
        exc, (sqlite3.ProgrammingError, sqlite3.IntegrityError)
    ):
        return False
    if primary_code(exc) == SQLITE_INTERRUPT:  # a deliberate sqlite3 interrupt()
        return False
    # A statement SQLite cannot parse is a bug in the statement, not damage.
    return not str(exc).startswith(_PARSER_ERRORS)


_PARSER_ERRORS = ('near "', "incomplete input", "unrecognized token")


def sqlite_user_error(
    exc: sqlite3.Error, path: Path, *, unknown_is_damage: bool = False
) -> UserError | None:
    """Map an expected SQLite failure on ``path`` to a user error; None for anything else.

    Mapped: disk full -> StorageFullError; busy/locked -> ProjectLockedError;
    read-only -> ProjectWriteError; I/O error or cannot open -> ProjectWriteError;
    corrupt / not a database -> CorruptProjectError. With ``unknown_is_damage``
    (statements on an open project), every other failure that :func:`is_damage`
    accepts is a CorruptProjectError too.
    """
    code = primary_code(exc)
    if code == SQLITE_FULL:
        return storage_full(path)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return locked(path)
    if code == SQLITE_READONLY:
        return read_only(path)
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return io_failure(path)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return corrupt(path)
    if unknown_is_damage and is_damage(exc):
        return corrupt(path, _detail(exc))
    return None


def is_disk_full(exc: OSError) -> bool:
    """True when ``exc`` means no space is left (ENOSPC, EDQUOT quota, EFBIG file too large)."""
    return exc.errno in _FULL_ERRNOS


def os_project_error(exc: OSError, path: Path) -> UserError:
    """Map an OSError while writing project file ``path`` (or a copy of it) to a user error."""
    if is_disk_full(exc):
        return storage_full(path)
    if isinstance(exc, FileNotFoundError):
        return ProjectWriteError(
            f'Cannot write "{path}": the folder "{path.parent}" does not exist.',
            f"无法写入“{path}”：文件夹“{path.parent}”不存在。",
        )
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return read_only(path)
    reason = exc.strerror or str(exc)
    return ProjectWriteError(
        f'Cannot write "{path}": {reason}.',
        f"无法写入“{path}”：{reason}。",
    )


@contextmanager
def translated(path: Path, *, unknown_is_damage: bool = False) -> Iterator[None]:
    """Re-raise expected SQLite failures inside the block as user errors about ``path``.

    Args:
        unknown_is_damage: passed to :func:`sqlite_user_error`; True for
            statements on an open project, whose schema was verified on open.

    Raises:
        UserError: a subclass chosen by :func:`sqlite_user_error`, chained to the
            original; with ``unknown_is_damage``, a UnicodeDecodeError of text
            read from the file is a CorruptProjectError.
        sqlite3.Error: unexpected failures (bugs), unchanged.
    """
    try:
        yield
    except sqlite3.Error as exc:
        error = sqlite_user_error(exc, path, unknown_is_damage=unknown_is_damage)
        if error is None:
            raise
        raise error from exc
    except UnicodeDecodeError as exc:
        # Text read from the file that is not UTF-8 (the sqlite3 module raises
        # this instead of OperationalError for some columns).
        if not unknown_is_damage:
            raise
        raise corrupt(path, "text that no longer decodes") from exc


def damaged_evidence(project: Path, name: str) -> EvidenceError:
    """The error for stored evidence ``name`` whose content no longer matches its SHA-256."""
    return EvidenceError(
        f'The stored copy of "{name}" in the project "{project}" is damaged '
        "(its content no longer matches its SHA-256). Attach the file again.",
        f"项目“{project}”中“{name}”的存储副本已损坏（内容与 SHA-256 不符）。"
        "请重新添加该文件。",
    )
