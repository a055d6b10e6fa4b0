"""Hostile workbooks for both imports, written as raw zip packages (seeded, reproducible).

:func:`package` builds a minimal .xlsx from XML text, so a case can put
anything in any part; :func:`checklist_cases` and :func:`roundtrip_cases`
return ``(name, writer)`` pairs, each writer putting one workbook at a path.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

Writer = Callable[[Path], None]
Case = tuple[str, Writer]

XXE = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
LAUGHS = ('<!DOCTYPE x [<!ENTITY a "lollollollollollollollollollol">'
          + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                    for i in range(9)) + "]>")
EXTERNAL_DTD = '<!DOCTYPE x SYSTEM "http://example.invalid/x.dtd">'
PARAMETER = '<!DOCTYPE x [<!ENTITY % p SYSTEM "http://example.invalid/p"> %p;]>'
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CHECKLIST_HEADER = ("id", "parent", "clause", "kind", "title_zh", "title_en")
ROUNDTRIP_HEADER = ("ID", "Clause", "Requirement", "Kind", "Status", "Owner", "Due date",
                    "Notes", "N/A justification", "Evidence", "Stamp")
ROUNDTRIP_ITEMS = ("iso9001-2015:7.1.5.1:R", "iso9001-2015:7.2:R", "iso9001-2015:8.2.4:E")


def column(index: int) -> str:
    """Excel column letters of 1-based ``index`` (1 → A, 27 → AA)."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell(ref: str, value: Any) -> str:
    """One ``<c>`` element: text inline, numbers as numbers, ("f", x) a formula,
    ("e", x) an error, ("b", x) a boolean, ("s", n) a shared-string index, ("raw", xml)."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        kind, content = value
        if kind == "f":
            return f'<c r="{ref}"><f>{escape(str(content))}</f></c>'
        if kind == "raw":
            return str(content)
        return f'<c r="{ref}" t="{kind}"><v>{content}</v></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'


def sheet_xml(rows: Iterable[Sequence[Any]], *, dimension: str | None = None,
              merged: Sequence[str] = (), prolog: str = "", first_row: int = 1) -> str:
    """A worksheet part holding ``rows`` from row ``first_row``."""
    body = []
    for number, values in enumerate(rows, start=first_row):
        cells = "".join(cell(f"{column(i)}{number}", v) for i, v in enumerate(values, start=1))
        body.append(f'<row r="{number}">{cells}</row>')
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    merge = ""
    if merged:
        merge = (f'<mergeCells count="{len(merged)}">'
                 + "".join(f'<mergeCell ref="{m}"/>' for m in merged) + "</mergeCells>")
    return (f'{DECL}{prolog}<worksheet xmlns="{MAIN}" xmlns:r="{REL}">{dim}'
            f'<sheetData>{"".join(body)}</sheetData>{merge}</worksheet>')


def package(sheets: Sequence[tuple[str, str]], *, shared: str | None = None,
            styles: str | None = None, extra: Sequence[tuple[str, bytes | str]] = (),
            replace: dict[str, bytes | str] | None = None, drop: Sequence[str] = (),
            compression: int = zipfile.ZIP_DEFLATED, hidden: Sequence[str] = ()) -> bytes:
    """An .xlsx package: ``sheets`` are (name, worksheet XML) in order."""
    types = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
             'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
             'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    rels, entries = [], []
    parts: dict[str, bytes | str] = {}
    for number, (name, xml) in enumerate(sheets, start=1):
        part = f"xl/worksheets/sheet{number}.xml"
        parts[part] = xml
        types.append(f'<Override PartName="/{part}" ContentType="application/vnd.'
                     'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        rels.append(f'<Relationship Id="rId{number}" Type="{REL}/worksheet" '
                    f'Target="worksheets/sheet{number}.xml"/>')
        state = ' state="hidden"' if name in hidden else ""
        entries.append(f'<sheet name="{escape(name, {chr(34): "&quot;"})}" '
                       f'sheetId="{number}"{state} r:id="rId{number}"/>')
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
        types.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                     'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
        rels.append(f'<Relationship Id="rId900" Type="{REL}/sharedStrings" '
                    'Target="sharedStrings.xml"/>')
    if styles is not None:
        parts["xl/styles.xml"] = styles
        types.append('<Override PartName="/xl/styles.xml" ContentType="application/'
                     'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>')
        rels.append(f'<Relationship Id="rId901" Type="{REL}/styles" Target="styles.xml"/>')
    parts["[Content_Types].xml"] = (
        f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'{"".join(types)}</Types>')
    parts["_rels/.rels"] = (
        f'{DECL}<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
        f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    parts["xl/workbook.xml"] = (f'{DECL}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
                                f'{"".join(entries)}</sheets></workbook>')
    parts["xl/_rels/workbook.xml.rels"] = (
        f'{DECL}<Relationships xmlns="{PKG}">{"".join(rels)}</Relationships>')
    parts.update(replace or {})
    for name in drop:
        parts.pop(name, None)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in [*parts.items(), *extra]:
            archive.writestr(name, data)
    return buffer.getvalue()


def shared_xml(strings: Sequence[str], prolog: str = "") -> str:
    """A shared-string table part."""
    items = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
    return (f'{DECL}{prolog}<sst xmlns="{MAIN}" count="{len(strings)}" '
            f'uniqueCount="{len(strings)}">{items}</sst>')


def checklist_rows(count: int = 3) -> list[list[Any]]:
    """A good checklist: a clause and ``count - 1`` records under it."""
    rows: list[list[Any]] = [list(CHECKLIST_HEADER),
                             ["S", "", "S", "clause", "供应商", "Suppliers"]]
    rows += [[f"S{i}", "S", f"S.{i}", "retain", f"记录 {i}", f"Record {i}"]
             for i in range(1, count)]
    return rows


def checklist_book(rows: Sequence[Sequence[Any]] | None = None, **options: Any) -> bytes:
    """A checklist workbook package (sheet ``Checklist``)."""
    sheet_options = {k: options.pop(k) for k in ("dimension", "merged", "prolog")
                     if k in options}
    return package([("Checklist", sheet_xml(rows or checklist_rows(), **sheet_options))],
                   **options)


def roundtrip_meta(project: str, sheet: str = "ISO 9001 2015") -> str:
    """The hidden ``_auditready`` sheet of a workbook exported from ``project``."""
    return sheet_xml([["format", 1], ["project", project], ["lang", "en"],
                      ["exported_at", "2026-11-22T10:00:00+00:00"],
                      ["standards", "iso9001-2015"], ["sheets", sheet]])


def roundtrip_rows(statuses: Sequence[str] = ("● Ready", "◐ In progress", "○ Not started"),
                   ) -> list[list[Any]]:
    """Rows of a filled-in ISO 9001 sheet for three known items."""
    rows: list[list[Any]] = [list(ROUNDTRIP_HEADER)]
    for item, status in zip(ROUNDTRIP_ITEMS, statuses, strict=False):
        rows.append([item, "7", "Requirement", "retain", status, "质量部", "2027-01-10",
                     "note", "", "", ""])
    return rows


def roundtrip_book(project: str, rows: Sequence[Sequence[Any]] | None = None,
                   **options: Any) -> bytes:
    """A filled-in round-trip workbook package for project file name ``project``."""
    sheet_options = {k: options.pop(k) for k in ("dimension", "merged", "prolog")
                     if k in options}
    return package([("ISO 9001 2015", sheet_xml(rows or roundtrip_rows(), **sheet_options)),
                    ("_auditready", roundtrip_meta(project))], hidden=("_auditready",),
                   **options)


def patch_entry(data: bytes, part: str, offset: int, value: int, fmt: str = "<I") -> bytes:
    """``data`` with a field of ``part``'s central directory record set to ``value``.

    Offsets: 8 flags (``"<H"``), 10 compression method (``"<H"``), 24 uncompressed size.
    """
    raw = bytearray(data)
    name = part.encode()
    at = 0
    while True:
        at = raw.find(b"PK\x01\x02", at)
        if at < 0:
            raise ValueError(part)
        length = struct.unpack_from("<H", raw, at + 28)[0]
        if raw[at + 46:at + 46 + length] == name:
            struct.pack_into(fmt, raw, at + offset, value)
            return bytes(raw)
        at += 4


def flip_bytes(data: bytes, rng: random.Random, count: int) -> bytes:
    """``data`` with ``count`` random bytes replaced."""
    raw = bytearray(data)
    for _ in range(count):
        raw[rng.randrange(len(raw))] = rng.randrange(256)
    return bytes(raw)


def bytes_case(name: str, data: bytes | Callable[[], bytes]) -> Case:
    """A case writing fixed bytes (or bytes made when written)."""
    def write(path: Path) -> None:
        path.write_bytes(data() if callable(data) else data)
    return name, write
