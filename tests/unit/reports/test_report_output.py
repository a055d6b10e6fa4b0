"""write_atomically and the ExportError messages; the report font registration."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from desktop.errors import ExportError
from desktop.reports.output import export_error, write_atomically
from desktop.reports.pdf import fonts


def test_write_creates_the_file_and_leaves_nothing_else(tmp_path):
    path = tmp_path / "out.bin"

    write_atomically(path, lambda handle: handle.write(b"data"))

    assert path.read_bytes() == b"data"
    assert list(tmp_path.iterdir()) == [path]


def test_other_exceptions_pass_through_and_the_temp_file_is_removed(tmp_path):
    path = tmp_path / "out.bin"
    path.write_bytes(b"old")

    def broken(handle):
        handle.write(b"partial")
        raise RuntimeError("renderer bug")

    with pytest.raises(RuntimeError, match="renderer bug"):
        write_atomically(path, broken)

    assert path.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [path]


def test_disk_full_while_writing_becomes_export_error(tmp_path):
    path = tmp_path / "out.bin"

    def full(handle):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError) as caught:
        write_atomically(path, full)

    assert "disk is full" in caught.value.en
    assert "磁盘空间不足" in caught.value.zh
    assert str(path) in caught.value.en
    assert str(path) in caught.value.zh
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("exc", "en", "zh"),
    [
        (FileNotFoundError(errno.ENOENT, "No such file"), "does not exist", "不存在"),
        (PermissionError(errno.EACCES, "Permission denied"), "access is denied", "没有写入权限"),
        (OSError(errno.EROFS, "Read-only file system"), "read-only", "只读"),
        (OSError(errno.EIO, "Input/output error"), "Input/output error", "Input/output error"),
    ],
)
def test_export_error_messages(exc, en, zh):
    path = Path("/reports/审核报告.pdf")

    error = export_error(path, exc)

    assert isinstance(error, ExportError)
    assert en in error.en
    assert zh in error.zh
    assert str(path) in error.en
    assert str(path) in error.zh


def test_font_registration_is_idempotent():
    first = fonts.register_report_font()
    second = fonts.register_report_font()

    assert first == second == fonts.FONT_NAME
    assert pdfmetrics.getRegisteredFontNames().count(fonts.FONT_NAME) == 1
    assert pdfmetrics.getFont(fonts.FONT_NAME).face.name.startswith(b"WenQuanYi")


def test_missing_font_file_is_an_export_error(tmp_path, monkeypatch):
    missing = tmp_path / "fonts" / "wqy-microhei.ttc"
    monkeypatch.setattr(fonts, "resource", lambda *parts: missing)
    monkeypatch.setattr(pdfmetrics, "getRegisteredFontNames", lambda: [])

    with pytest.raises(ExportError) as caught:
        fonts.register_report_font()

    assert str(missing) in caught.value.en
    assert "重新安装" in caught.value.zh
