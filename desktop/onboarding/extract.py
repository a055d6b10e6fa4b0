"""Read the first text of a document, bounded in size and time, for matching.

Formats read for text: Word ``.docx``/``.docm`` (python-docx), Excel
``.xlsx``/``.xlsm`` (openpyxl, read-only, values only), PDF (pypdf, text only,
no OCR) and plain text (``.txt``, ``.csv``, ``.md``). Everything else (``.doc``,
``.xls``, ``.wps``, ``.et``, ``.ofd``, images, …) is matched by its name only and
says so.

Files are untrusted input. Word and Excel packages pass the zip checks of
:func:`desktop.import_limits.check_zip` (entry sizes, compression ratio, no
encryption) before a parser sees them, and no XML part may declare a DTD or
entities (each part's prolog is read up to its root element); python-docx then
parses with lxml without resolving entities, openpyxl through defusedxml.
Reading stops at :class:`~desktop.onboarding.model.ScanLimits` (pages, rows,
paragraphs, characters, seconds); a file that goes over a size limit is read by
its name only. Any parser failure on a damaged file becomes
:class:`Unreadable` with a reason in English and Chinese, never a crash.
"""

from __future__ import annotations

import logging
import time
import warnings
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.parsers import expat

from desktop.domain.model import Text
from desktop.errors import UserError
from desktop.import_limits import check_zip, open_regular
from desktop.onboarding.model import ScanLimits

TEXT_SUFFIXES = frozenset({".docx", ".docm", ".xlsx", ".xlsm", ".pdf", ".txt", ".csv", ".md"})
"""File types whose content is read; all others are matched by name only."""


class Unreadable(Exception):
    """A file that cannot be read at all: damaged, encrypted, not what its name says.

    Attributes:
        why: the reason, in English and Chinese.
    """

    def __init__(self, why: Text) -> None:
        super().__init__(why.en)
        self.why = why


class _Refused(UserError):
    """A limit of :mod:`desktop.import_limits` was passed (the text is its reason)."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """The first text of a file (at most ``limits.max_text_chars``) and how it was read.

    Attributes:
        text: the text; empty when read by name only.
        note: set when the content was not (fully) read, e.g. by name only.
    """

    text: str
    note: Text | None = None


def name_only(suffix: str) -> Text:
    """The note for a file matched by its name only, e.g. for ``".doc"``."""
    shown = suffix or "(no extension)"
    shown_zh = suffix or "（无扩展名）"
    return Text(f"Read by its name only: the content of {shown} files is not read.",
                f"仅按文件名判断：不读取 {shown_zh} 文件的内容。")


def extract(path: Path, limits: ScanLimits) -> Extracted:
    """Read the first text of ``path`` within ``limits``.

    Returns:
        The text (possibly empty) and, when the content was not or only partly read,
        a note saying why.

    Raises:
        Unreadable: the file is damaged, encrypted or not of the type its name says.
    """
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        return Extracted("", name_only(suffix))
    try:
        with open_regular(path, _refuse, limits.max_file_bytes) as handle:
            reader = _READERS[suffix]
            deadline = time.monotonic() + limits.seconds_per_file
            return _bounded(reader(handle, limits), limits, deadline)
    except _Refused as exc:
        return Extracted("", Text(f"Read by its name only: {exc.en}.",
                                  f"仅按文件名判断：{exc.zh}。"))
    except Unreadable:
        raise
    except (OSError, zipfile.BadZipFile) as exc:
        raise _unreadable(suffix) from exc
    except Exception as exc:  # third-party parsers on untrusted input: any failure is damage
        raise _unreadable(suffix) from exc


def _refuse(en: str, zh: str) -> UserError:
    return _Refused(en, zh)


def _unreadable(suffix: str) -> Unreadable:
    kinds = {".docx": ("a Word document", " Word 文档"), ".docm": ("a Word document", " Word 文档"),
             ".xlsx": ("an Excel workbook", " Excel 工作簿"),
             ".xlsm": ("an Excel workbook", " Excel 工作簿"), ".pdf": ("a PDF", " PDF 文件")}
    en, zh = kinds.get(suffix, ("a text file", "文本文件"))
    return Unreadable(Text(
        f"Cannot be read: it is damaged, password-protected, or not {en} as its name says.",
        f"无法读取：文件已损坏、设有密码，或不是有效的{zh}。"))


def _bounded(chunks: Iterator[str], limits: ScanLimits, deadline: float) -> Extracted:
    parts: list[str] = []
    size = 0
    note: Text | None = None
    for chunk in chunks:
        if not chunk:
            continue
        parts.append(chunk[: limits.max_text_chars - size])
        size += len(parts[-1])
        if size >= limits.max_text_chars:
            break
        if time.monotonic() > deadline:
            note = Text(f"Only the first part was read (time limit of "
                        f"{limits.seconds_per_file:g} s).",
                        f"只读取了开头部分（时间限制 {limits.seconds_per_file:g} 秒）。")
            break
    return Extracted("\n".join(parts), note)


class _RootReached(Exception):
    """The root element of an XML part began: its prolog holds no DTD."""


def _no_dtd(archive: zipfile.ZipFile, part: str) -> None:
    """Refuse ``part`` if its prolog declares a DTD or entities (read up to the root
    element only, so the check costs a few bytes however large the part)."""
    parser = expat.ParserCreate()

    def refuse(*_args: object) -> None:
        raise Unreadable(Text(
            "Cannot be read: it contains unsafe XML (a DTD or entity declarations).",
            "无法读取：其中含有不安全的 XML 内容（DTD 或实体声明）。"))

    def root(*_args: object) -> None:
        raise _RootReached

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.StartElementHandler = root
    with archive.open(part) as stream:
        try:
            while chunk := stream.read(16 * 1024):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except _RootReached:
            return


def _check_package(handle: IO[bytes]) -> None:
    """Zip limits of :func:`check_zip`, and no DTD in the prolog of any XML part."""
    with zipfile.ZipFile(handle) as archive:
        check_zip(archive, _refuse)
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                _no_dtd(archive, name)


def _docx(handle: IO[bytes], limits: ScanLimits) -> Iterator[str]:
    import docx  # python-docx; imported here so a scan of PDFs alone never loads lxml

    _check_package(handle)
    handle.seek(0)
    document = docx.Document(handle)
    title = document.core_properties.title
    if title:
        yield title
    count = 0
    body = document.element.body
    for block in body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag not in ("p", "tbl"):
            continue
        for text_node in block.iter("{*}t"):
            count += 1
            yield text_node.text or ""
            if count >= limits.max_paragraphs * 8:
                return
        yield "\n"


def _xlsx(handle: IO[bytes], limits: ScanLimits) -> Iterator[str]:
    from openpyxl import load_workbook

    _check_package(handle)
    handle.seek(0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = load_workbook(handle, read_only=True, data_only=True)
    try:
        for sheet in book.worksheets[: limits.max_sheets]:
            yield sheet.title
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                rows = sheet.iter_rows(max_row=limits.max_sheet_rows, max_col=30,
                                       values_only=True)
                for row in rows:
                    yield " ".join(str(v) for v in row if v is not None and v != "")
    finally:
        book.close()


def _pdf(handle: IO[bytes], limits: ScanLimits) -> Iterator[str]:
    from pypdf import PdfReader

    with warnings.catch_warnings(), _quiet("pypdf"):
        warnings.simplefilter("ignore")
        reader = PdfReader(handle)
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable(Text("Cannot be read: the PDF is password-protected.",
                                  "无法读取：该 PDF 设有密码。"))
        info = reader.metadata
        if info is not None and info.title:
            yield str(info.title)
        for page in reader.pages[: limits.max_pdf_pages]:
            yield page.extract_text() or ""


@contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Keep a parser's complaints about a damaged file off the console."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _plain(handle: IO[bytes], limits: ScanLimits) -> Iterator[str]:
    data = handle.read(limits.max_text_chars * 4)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            yield data.decode(encoding)
            return
        except UnicodeDecodeError:
            continue
    yield data.decode("utf-8", errors="replace")


_Reader = Callable[[IO[bytes], ScanLimits], Iterator[str]]
_READERS: dict[str, _Reader] = {
    ".docx": _docx, ".docm": _docx, ".xlsx": _xlsx, ".xlsm": _xlsx, ".pdf": _pdf,
    ".txt": _plain, ".csv": _plain, ".md": _plain,
}
