"""Limits on what an import reads, and the checks that apply them before any parser runs.

Every importer (checklist workbook, filled-in round-trip workbook, template)
uses the limits here, so a user meets the same numbers everywhere
(docs/import-limits.md). A workbook is checked in three cheap passes before
openpyxl sees it: the file itself (a regular file, not too large), the zip
directory (``zipfile.ZipFile.infolist()``: entry count, entry sizes,
compression ratio, no encryption, plain or deflate compression only), then
every XML part streamed through expat without building a tree (DTDs and
entity declarations refused): worksheets to count rows, cells and elements and
to collect merged ranges, the shared strings to count entries, the styles and
other parts (which openpyxl builds objects for whole) to count elements. zipfile
never inflates an entry beyond the size its directory declares, so the
declared sizes are real bounds on what the parsers read.

Problems become :class:`~desktop.errors.UserError` through a ``refuse``
callable supplied by the importer (``refuse(en_reason, zh_reason)`` builds its
own error type naming the file). :func:`translated_errors` turns any parser
exception into the same kind of message.
"""

from __future__ import annotations

import os
import posixpath
import stat
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import ParseError
from xml.parsers import expat

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden
from defusedxml import ElementTree as SafeET

from desktop.errors import UserError

MAX_TEXT = 32_767
"""Most characters in one text field of any import (Excel's own limit for a cell)."""
MAX_WORKBOOK_BYTES = 64 * 1024 * 1024
"""Largest workbook file (.xlsx) an import opens, in bytes."""
MAX_ZIP_ENTRIES = 10_000
"""Most entries (parts) in a workbook's zip package."""
MAX_PART_BYTES = 32 * 1024 * 1024
"""Largest uncompressed size of one part of a workbook, in bytes."""
MAX_UNPACKED_BYTES = 128 * 1024 * 1024
"""Largest uncompressed size of all parts of a workbook together, in bytes."""
MAX_RATIO = 200
"""Highest compression ratio (uncompressed / compressed) of a part larger than 1 MiB."""
_RATIO_FLOOR = 1024 * 1024
MAX_SHEET_ROWS = 10_000
"""Most rows in one worksheet (counting empty rows written to the file, and the last
row number used)."""
MAX_CELLS = 50_000
"""Most cells written in all worksheets of a workbook together."""
MAX_MERGED = 10_000
"""Most merged ranges in one worksheet."""
MAX_SHARED_STRINGS = 40_000
"""Most entries in a workbook's shared-string table."""
MAX_ELEMENTS = 4 * MAX_CELLS
"""Most XML elements in all worksheets together (bounds the time and memory of the scan)."""
MAX_OTHER_ELEMENTS = 50_000
"""Most XML elements in a workbook's other parts together (styles, relationships …)."""
MAX_TEMPLATE_BYTES = 16 * 1024 * 1024
"""Largest template file (.json), in bytes."""
MAX_TEMPLATE_DEPTH = 16
"""Deepest nesting of lists and objects in a template (a valid one needs 4)."""
MAX_ENTRIES = 5000
"""Most entries one import adds (checklist rows, template entries)."""

Refuse = Callable[[str, str], UserError]
"""Builds the importer's error from a reason in English and Chinese."""

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

_DAMAGED = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, struct.error,
            LookupError, ValueError, TypeError, ParseError, expat.ExpatError, UnicodeError,
            RecursionError, NotImplementedError)
"""What parsers raise on damaged or hostile input (KeyError and IndexError are LookupErrors)."""


def _openpyxl_errors() -> tuple[type[Exception], ...]:
    """openpyxl's own "not a workbook" error, once openpyxl is loaded (it is imported
    only when a workbook is first read, to keep the program's start fast)."""
    module = sys.modules.get("openpyxl.utils.exceptions")
    return (module.InvalidFileException,) if module is not None else ()


def _n(value: int) -> str:
    return f"{value:,}"


def _mib(value: int) -> str:
    return f"{value // (1024 * 1024)} MB"


def open_regular(path: Path, refuse: Refuse, max_bytes: int) -> IO[bytes]:
    """Open ``path`` for reading if it is a regular file of at most ``max_bytes`` bytes.

    FIFOs and devices are refused without blocking (the file is opened
    non-blocking and checked with ``fstat`` on the open handle, so what is
    checked is what is read).

    Raises:
        UserError (from ``refuse``): missing, a folder, not a regular file,
            unreadable, or too large.
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as exc:
        raise refuse("the file does not exist", "文件不存在") from exc
    except IsADirectoryError as exc:
        raise refuse("it is a folder, not a file", "它是文件夹而不是文件") from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise refuse(f"it cannot be read ({reason})", f"无法读取（{reason}）") from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise refuse("it is a folder, not a file", "它是文件夹而不是文件")
        if not stat.S_ISREG(info.st_mode):
            raise refuse("it is not a regular file (a pipe or a device)",
                         "它不是普通文件（是管道或设备）")
        if info.st_size > max_bytes:
            raise refuse(f"it is larger than {_mib(max_bytes)} ({_n(info.st_size)} bytes)",
                         f"文件超过 {_mib(max_bytes)}（{_n(info.st_size)} 字节）")
        if getattr(os, "O_NONBLOCK", 0):  # POSIX only; Windows files open blocking
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(path: Path, refuse: Refuse, max_bytes: int) -> bytes:
    """The bytes of regular file ``path`` (at most ``max_bytes``; see :func:`open_regular`).

    Raises:
        UserError (from ``refuse``): see :func:`open_regular`; also a file
            that grew past the limit while it was read.
    """
    with open_regular(path, refuse, max_bytes) as handle:
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise refuse(f"it cannot be read ({reason})", f"无法读取（{reason}）") from exc
    if len(data) > max_bytes:
        raise refuse(f"it is larger than {_mib(max_bytes)}", f"文件超过 {_mib(max_bytes)}")
    return data


def unsafe_xml(exc: BaseException) -> bool:
    """True when defusedxml refused some XML anywhere in ``exc``'s chain."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, DefusedXmlException):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


@contextmanager
def translated_errors(refuse: Refuse,
                      also: tuple[type[Exception], ...] = ()) -> Iterator[None]:
    """Turn any exception a workbook parser raises in the block into ``refuse``'s error.

    UserErrors pass through; unsafe XML (entities, DTDs) and damaged input
    (``BadZipFile``, ``KeyError``, ``ValueError``, ``ParseError``,
    ``UnicodeDecodeError``, ``RecursionError``, ``OSError`` …) each get their
    message, the cause kept as ``__cause__``. ``also``: further exception types
    that mean damaged input in this block (e.g. openpyxl's own AttributeError).
    """
    try:
        yield
    except UserError:
        raise
    except DefusedXmlException as exc:
        raise refuse("it contains unsafe XML (a DTD or entity declarations)",
                     "其中含有不安全的 XML 内容（DTD 或实体声明）") from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise refuse(f"it cannot be read ({reason})", f"无法读取（{reason}）") from exc
    except Exception as exc:
        damaged: tuple[type[BaseException], ...] = (*_DAMAGED, *_openpyxl_errors(), *also)
        if not isinstance(exc, damaged):
            raise
        if unsafe_xml(exc):
            raise refuse("it contains unsafe XML (a DTD or entity declarations)",
                         "其中含有不安全的 XML 内容（DTD 或实体声明）") from exc
        raise refuse("it is not an Excel workbook (.xlsx) or it is damaged. Save it from "
                     "Excel or WPS as .xlsx and try again", "它不是 Excel 工作簿（.xlsx）或已"
                     "损坏。请在 Excel 或 WPS 中另存为 .xlsx 后重试") from exc


@dataclass(frozen=True, slots=True)
class SheetScan:
    """What the streaming pass found in one worksheet.

    Attributes:
        name: the sheet's name; part: its zip entry, e.g. ``"xl/worksheets/sheet1.xml"``.
        rows: ``<row>`` elements written (empty ones too).
        last_row: the highest row number used (0 for an empty sheet).
        cells: ``<c>`` elements written.
        elements: XML elements in the part.
        dimension: the ``<dimension ref>`` the writer claimed ("" when absent); a
            hint only (writers get it wrong), never trusted for reading.
        merged: the merged ranges, e.g. ``("B3:C3",)``.
    """

    name: str
    part: str
    rows: int = 0
    last_row: int = 0
    cells: int = 0
    elements: int = 0
    dimension: str = ""
    merged: tuple[str, ...] = field(default=())


def check_zip(archive: zipfile.ZipFile, refuse: Refuse) -> None:
    """Refuse a zip package whose directory promises too much (see the module limits).

    Raises:
        UserError (from ``refuse``): too many entries, an entry or the total
            too large once unpacked, a suspicious compression ratio, an
            encrypted entry, or a compression method other than deflate.
    """
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise refuse(f"its package holds {_n(len(infos))} parts (at most "
                     f"{_n(MAX_ZIP_ENTRIES)})", f"其压缩包含有 {_n(len(infos))} 个部件"
                     f"（最多 {_n(MAX_ZIP_ENTRIES)} 个）")
    total = 0
    for info in infos:
        name = info.filename[:80]
        if info.flag_bits & 0x1:
            raise refuse(f"its part {name} is encrypted", f"其部件 {name} 已加密")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refuse(f"its part {name} uses an unsupported compression method",
                         f"其部件 {name} 使用了不支持的压缩方式")
        if info.file_size > MAX_PART_BYTES:
            raise refuse(f"its part {name} unpacks to {_n(info.file_size)} bytes (at most "
                         f"{_mib(MAX_PART_BYTES)})", f"其部件 {name} 解压后为 "
                         f"{_n(info.file_size)} 字节（最多 {_mib(MAX_PART_BYTES)}）")
        if (info.file_size > _RATIO_FLOOR
                and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
            raise refuse(f"its part {name} is compressed more than {MAX_RATIO} times, as in "
                         "a zip bomb", f"其部件 {name} 的压缩比超过 {MAX_RATIO} 倍，"
                         "疑似压缩炸弹")
        total += info.file_size
    if total > MAX_UNPACKED_BYTES:
        raise refuse(f"it unpacks to {_n(total)} bytes (at most {_mib(MAX_UNPACKED_BYTES)})",
                     f"解压后为 {_n(total)} 字节（最多 {_mib(MAX_UNPACKED_BYTES)}）")


_SPACES = (_MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main")


def _names(*local: str) -> dict[str, str]:
    """Element name as expat gives it (``namespace}local``, either OOXML namespace, or
    bare) → local name, for one dictionary lookup per element."""
    result = {name: name for name in local}
    result.update({f"{space}}}{name}": name for space in _SPACES for name in local})
    return result


_SHEET_NAMES = _names("c", "row", "mergeCell", "dimension")
_SI = _names("si")


def _forbid_dtd(name: str, sysid: str | None, pubid: str | None, _internal: int) -> None:
    raise DTDForbidden(name, sysid, pubid)


def _forbid_entity(name: str, *_rest: object) -> None:
    raise EntitiesForbidden(name, None, None, None, None, None)


def _stream(archive: zipfile.ZipFile, part: str,
            start: Callable[[str, dict[str, str]], None]) -> None:
    """Feed ``part`` through expat, calling ``start(name, attributes)`` for every element.

    No tree is built, so memory stays flat; DTDs and entity declarations raise
    defusedxml's exceptions; damaged XML raises ``ExpatError``.
    """
    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartDoctypeDeclHandler = _forbid_dtd
    parser.EntityDeclHandler = _forbid_entity
    parser.StartElementHandler = start
    with archive.open(part) as source:
        while chunk := source.read(1 << 16):
            parser.Parse(chunk, False)
    parser.Parse(b"", True)


def _element_budget(limit: int, refuse: Refuse, what_en: str,
                    what_zh: str) -> Callable[[str, dict[str, str]], None]:
    count = 0

    def start(_name: str, _attributes: dict[str, str]) -> None:
        nonlocal count
        count += 1
        if count > limit:
            raise refuse(f"{what_en} hold more than {_n(limit)} XML elements",
                         f"{what_zh}的 XML 元素超过 {_n(limit)} 个")
    return start


def _xml(archive: zipfile.ZipFile, part: str, refuse: Refuse) -> Any:
    """The parsed XML of a small package part (its elements counted first)."""
    _stream(archive, part, _element_budget(MAX_OTHER_ELEMENTS, refuse, f"its part {part[:80]}",
                                           f"其部件 {part[:80]} "))
    return SafeET.fromstring(archive.read(part), forbid_dtd=True)


def _attribute(element: Any, name: str) -> str:
    return next((str(v) for k, v in element.attrib.items() if k.rsplit("}", 1)[-1] == name),
                "")


def _target(rels_part: str, rel: Any) -> str:
    target = _attribute(rel, "Target")
    if target.startswith("/"):
        return target.lstrip("/")
    base = posixpath.dirname(posixpath.dirname(rels_part))
    return posixpath.normpath(posixpath.join(base, target))


def worksheet_parts(archive: zipfile.ZipFile, refuse: Refuse) -> dict[str, str]:
    """Sheet name → zip entry of each worksheet, in workbook order.

    Raises:
        UserError (from ``refuse``): a package part too large to parse;
        KeyError: a part the package names is missing; ExpatError, ParseError,
        DefusedXmlException: damaged or unsafe XML.
    """
    rels = _xml(archive, "_rels/.rels", refuse)
    workbook_part = next((_target("_rels/.rels", r) for r in rels
                          if _attribute(r, "Type").endswith("/officeDocument")), None)
    if workbook_part is None:
        raise KeyError("officeDocument")
    folder, name = posixpath.split(workbook_part)
    rels_part = posixpath.join(folder, "_rels", name + ".rels")
    targets = {_attribute(r, "Id"): _target(rels_part, r) for r in _xml(archive, rels_part, refuse)
               if _attribute(r, "Type").endswith("/worksheet")}
    result: dict[str, str] = {}
    for sheet in _xml(archive, workbook_part, refuse).iter():
        if sheet.tag.rsplit("}", 1)[-1] == "sheet":
            rel_id = _attribute(sheet, "id")
            if rel_id in targets:
                result[sheet.get("name", "")] = targets[rel_id]
    return result


def _row_number(text: str) -> int | None:
    text = text.strip()
    if not text.isdigit() or len(text) > 9:
        return None if not text.isdigit() else 10**9
    return int(text)


class _SheetCounter:
    """Counts what :func:`scan_sheet` limits, element by element (an expat start handler)."""

    def __init__(self, name: str, refuse: Refuse, cells: int, elements: int) -> None:
        self.name, self.refuse = name, refuse
        self.cells, self.elements = cells, elements
        self.rows = self.last_row = 0
        self.dimension = ""
        self.merged: list[str] = []

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise self.refuse(f"its sheets hold more than {_n(MAX_ELEMENTS)} XML elements "
                            f'(reached in the sheet "{self.name}")', f"其工作表的 XML 元素超过 "
                            f"{_n(MAX_ELEMENTS)} 个（在工作表“{self.name}”中）")
        kind = _SHEET_NAMES.get(tag)
        if kind == "c":
            self.cells += 1
            if self.cells > MAX_CELLS:
                raise self.refuse(f"its sheets hold more than {_n(MAX_CELLS)} cells (reached in "
                                f'the sheet "{self.name}")', f"其工作表的单元格超过 "
                                f"{_n(MAX_CELLS)} 个（在工作表“{self.name}”中）")
        elif kind == "row":
            self.rows += 1
            written = attributes.get("r")
            number = _row_number(written) if written else self.last_row + 1
            if number is None:
                raise ValueError(f"row number {str(written)[:20]!r}")
            self.last_row = max(self.last_row, number)
            if self.rows > MAX_SHEET_ROWS or self.last_row > MAX_SHEET_ROWS:
                raise self.refuse(f'the sheet "{self.name}" has more than {_n(MAX_SHEET_ROWS)} '
                                "rows; split the workbook",
                                f"工作表“{self.name}”超过 {_n(MAX_SHEET_ROWS)} 行，请拆分工作簿")
        elif kind == "mergeCell":
            self.merged.append(attributes.get("ref", "")[:40])
            if len(self.merged) > MAX_MERGED:
                raise self.refuse(f'the sheet "{self.name}" has more than {_n(MAX_MERGED)} '
                                "merged ranges",
                                f"工作表“{self.name}”的合并区域超过 {_n(MAX_MERGED)} 个")
        elif kind == "dimension":
            self.dimension = attributes.get("ref", "")[:40]


def scan_sheet(archive: zipfile.ZipFile, name: str, part: str, refuse: Refuse,
               before: tuple[int, int] = (0, 0)) -> SheetScan:
    """Stream worksheet ``part`` once (no tree is kept) and check its limits.

    Args:
        before: (cells, XML elements) already counted in the workbook's other
            sheets (:data:`MAX_CELLS` and :data:`MAX_ELEMENTS` are for the
            whole workbook).

    Raises:
        UserError (from ``refuse``): more rows, a later row number, more cells,
            elements or merged ranges than the limits allow (named with the sheet).
        KeyError, ExpatError, DefusedXmlException, ValueError: damaged or unsafe
            XML (see :func:`translated_errors`).
    """
    counter = _SheetCounter(name, refuse, *before)
    _stream(archive, part, counter.start)
    return SheetScan(name=name, part=part, rows=counter.rows, last_row=counter.last_row,
                     cells=counter.cells - before[0], elements=counter.elements - before[1],
                     dimension=counter.dimension, merged=tuple(counter.merged))


def _shared_part(archive: zipfile.ZipFile) -> str | None:
    return next((i.filename for i in archive.infolist()
                 if i.filename.lower().endswith("sharedstrings.xml")), None)


def _check_shared_strings(archive: zipfile.ZipFile, part: str, refuse: Refuse) -> None:
    count = 0
    budget = _element_budget(MAX_ELEMENTS, refuse, "its shared strings", "其共享字符串表")

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal count
        budget(name, attributes)
        if name in _SI:
            count += 1
            if count > MAX_SHARED_STRINGS:
                raise refuse(f"its shared-string table has more than "
                             f"{_n(MAX_SHARED_STRINGS)} entries",
                             f"其共享字符串表超过 {_n(MAX_SHARED_STRINGS)} 项")
    _stream(archive, part, start)


def _check_other_parts(archive: zipfile.ZipFile, skip: set[str], refuse: Refuse) -> None:
    """Count the elements of every other XML part (styles, workbook, relationships …).

    openpyxl builds objects for these whole, so their elements together are
    limited to :data:`MAX_OTHER_ELEMENTS`; a DTD in any of them is refused.
    """
    budget = _element_budget(MAX_OTHER_ELEMENTS, refuse, "its styles and other parts",
                             "其样式等部件")
    for info in archive.infolist():
        if info.filename not in skip and info.filename.lower().endswith(
                (".xml", ".rels", ".vml")):
            _stream(archive, info.filename, budget)


class CheckedWorkbook:
    """A workbook file that passed every check, open for openpyxl.

    Attributes:
        handle: the open file, positioned for ``openpyxl.load_workbook(handle)``;
            the file checked is the file parsed.
        sheets: sheet name → :class:`SheetScan`, in workbook order.
    """

    def __init__(self, handle: IO[bytes], sheets: dict[str, SheetScan]) -> None:
        self.handle = handle
        self.sheets = sheets

    def close(self) -> None:
        """Close the file."""
        self.handle.close()

    def __enter__(self) -> CheckedWorkbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def check_workbook(path: Path, refuse: Refuse) -> CheckedWorkbook:
    """Open workbook ``path`` and run every check of this module on it.

    Returns:
        The open, checked workbook (close it, or use it as a context manager).

    Raises:
        UserError (from ``refuse``): not a regular file, too large, not a zip
            package, damaged, unsafe XML, or over any limit.
    """
    handle = open_regular(path, refuse, MAX_WORKBOOK_BYTES)
    try:
        with translated_errors(refuse), zipfile.ZipFile(handle) as archive:
            check_zip(archive, refuse)
            sheets: dict[str, SheetScan] = {}
            cells = elements = 0
            for name, part in worksheet_parts(archive, refuse).items():
                scan = scan_sheet(archive, name, part, refuse, (cells, elements))
                sheets[name] = scan
                cells, elements = cells + scan.cells, elements + scan.elements
            shared = _shared_part(archive)
            if shared is not None:
                _check_shared_strings(archive, shared, refuse)
            _check_other_parts(archive, {scan.part for scan in sheets.values()} | {shared or ""},
                               refuse)
        handle.seek(0)
    except BaseException:
        handle.close()
        raise
    return CheckedWorkbook(handle, sheets)


def load_checked(checked: CheckedWorkbook, refuse: Refuse) -> Any:
    """openpyxl's read-only workbook over ``checked`` (formulas kept, not evaluated).

    Raises:
        UserError (from ``refuse``): anything openpyxl raises while loading a
            malformed package, its own AttributeError and OverflowError included.
    """
    from openpyxl import load_workbook

    with translated_errors(refuse, (AttributeError, ArithmeticError)):
        return load_workbook(checked.handle, read_only=True, data_only=False)


def too_long(text: str) -> bool:
    """True when ``text`` is longer than :data:`MAX_TEXT` characters."""
    return len(text) > MAX_TEXT


def too_long_message(field_en: str, field_zh: str, length: int) -> tuple[str, str]:
    """(en, zh) saying field ``field_*`` holds ``length`` characters, more than the limit."""
    return (f"{field_en} is {_n(length)} characters long; at most {_n(MAX_TEXT)} are allowed",
            f"{field_zh}长 {_n(length)} 个字符，最多允许 {_n(MAX_TEXT)} 个")
