"""Write a report file atomically and turn file-system failures into :class:`ExportError`.

The renderer writes into a hidden temporary file in the target folder; only a
complete file replaces the target (``os.replace``), so an existing report is
never left half-written and a failed export leaves no temporary file behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from desktop.errors import ExportError

_CREATE_ATTEMPTS = 5


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Create or replace ``path`` with what ``write`` puts into a binary file object.

    ``write`` receives an open, empty file in the same folder as ``path``; it
    must not close it. The data is flushed to disk before the file takes the
    place of ``path``. The new file gets the usual permissions for new files
    (subject to the umask).

    Raises:
        ExportError: the folder is missing, access is denied (on Windows also
            when the target is open in another program), the disk is full, or
            any other OS error; the message names ``path`` in English and Chinese.
            Exceptions other than :class:`OSError` raised by ``write`` pass
            through unchanged. In every case the temporary file is removed.
    """
    tmp: Path | None = None
    try:
        tmp, handle = _create_temp(path)
        with handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise export_error(path, exc) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _create_temp(path: Path) -> tuple[Path, BinaryIO]:
    """Create a new hidden file beside ``path``, e.g. ``.report.pdf.3f9a1c2e.tmp``."""
    for attempt in range(_CREATE_ATTEMPTS):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return tmp, tmp.open("xb")
        except FileExistsError:
            if attempt == _CREATE_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def export_error(path: Path, exc: OSError) -> ExportError:
    """Return the :class:`ExportError` that explains ``exc`` while writing ``path``.

    Covers a missing folder (ENOENT), access denied or file in use (EACCES,
    EPERM), a full disk or quota (ENOSPC, EDQUOT) and a read-only disk (EROFS);
    anything else is reported with the system's own description.
    """
    folder = path.parent
    code = exc.errno
    if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        return ExportError(
            f"Cannot save the report {path}: the folder {folder} does not exist.",
            f"无法保存报告 {path}：文件夹 {folder} 不存在。",
        )
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return ExportError(
            f"Cannot save the report {path}: access is denied, or the file is open in "
            "another program. Close it or choose another folder, then try again.",
            f"无法保存报告 {path}：没有写入权限，或该文件正被其他程序打开。"
            "请关闭该文件或选择其他文件夹后重试。",
        )
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return ExportError(
            f"Cannot save the report {path}: the disk is full. Free some space and try again.",
            f"无法保存报告 {path}：磁盘空间不足。请释放空间后重试。",
        )
    if code == errno.EROFS:
        return ExportError(
            f"Cannot save the report {path}: the disk is read-only.",
            f"无法保存报告 {path}：磁盘为只读。",
        )
    reason = exc.strerror or str(exc)
    return ExportError(
        f"Cannot save the report {path}: {reason}.",
        f"无法保存报告 {path}：{reason}。",
    )
