"""The hostile corpus: generated workbooks for both imports and templates (seeded).

Each case is ``(name, expect, writer)``: ``expect`` is ``"refused"`` (exit 2),
``"ok"`` (exit 0) or ``"either"`` (random damage: exit 0 or 2, never 1).
"""

from __future__ import annotations

import json
import random
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop.import_limits import MAX_CELLS, MAX_ELEMENTS, MAX_SHARED_STRINGS, MAX_SHEET_ROWS
from tests.hostile_workbooks import (
    EXTERNAL_DTD,
    LAUGHS,
    PARAMETER,
    XXE,
    flip_bytes,
    patch_entry,
    shared_xml,
    sheet_xml,
)

Book = Callable[..., bytes]
"""book(rows=None, **package options) -> the workbook's bytes."""
Case = tuple[str, str, Callable[[Path], None]]


def _write(data: bytes | Callable[[], bytes]) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_bytes(data() if callable(data) else data)
    return write


def _with_cell(rows: Sequence[Sequence[Any]], row: int, col: int, value: Any) -> list[list[Any]]:
    copy = [list(r) for r in rows]
    copy[row][col] = value
    return copy


_RANDOM_TEXT = "abc 中文 ΩЖ \u202e 🙂 <>&\"' \t\x01"


def _random_value(rng: random.Random) -> Any:
    choice = rng.randrange(9)
    if choice == 0:
        return None
    if choice == 1:
        return rng.randrange(-10**6, 10**6)
    if choice == 2:
        return rng.random() * 10**rng.randrange(-5, 20)
    if choice == 3:
        return ("f", rng.choice(["SUM(A1:A3)", "NOW()", "A1&B1", "1/0"]))
    if choice == 4:
        return ("e", rng.choice(["#N/A", "#DIV/0!", "#REF!"]))
    if choice == 5:
        return ("b", rng.randrange(2))
    if choice == 6:
        return "".join(rng.choice(_RANDOM_TEXT) for _ in range(rng.randrange(1, 60)))
    if choice == 7:
        return ("s", rng.randrange(-2, 5))
    return rng.choice(["clause", "retain", "● Ready", "○", "N/A", "2027-02-30",
                       "iso9001-2015:7.2:R"])


def workbook_cases(book: Book, good: Sequence[Sequence[Any]], text_col: int, typed_col: int,
                   seed: int) -> list[Case]:
    """Hostile variants of one import's workbook (about 140).

    Args:
        book: builds the import's workbook from rows and package options.
        good: rows of a workbook that imports.
        text_col: index of a free-text column; typed_col: of a column with fixed words.
    """
    rng = random.Random(seed)
    valid = book(good)
    cases: list[Case] = [("good", "ok", _write(valid)),
                         ("good stored without compression", "ok",
                          _write(lambda: book(good, compression=zipfile.ZIP_STORED)))]
    # not a zip at all
    cases += [("empty file", "refused", _write(b"")),
              ("csv text", "refused", _write(b"id,parent\nA,\n")),
              ("pdf header", "refused", _write(b"%PDF-1.7\n" + bytes(200))),
              ("ole header (.xls)", "refused",
               _write(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(512))),
              ("zip signature only", "refused", _write(b"PK\x03\x04")),
              ("empty zip", "refused", _write(b"PK\x05\x06" + bytes(18)))]
    cases += [(f"random bytes {n}", "refused",
               _write(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4000)))))
              for n in range(4)]
    # truncated and damaged packages
    cases += [(f"truncated at {cut}", "refused", _write(valid[:cut]))
              for cut in sorted(rng.sample(range(1, len(valid) - 1), 10))]
    cases += [(f"{count} flipped bytes #{n}", "either",
               _write(flip_bytes(valid, random.Random(seed * 100 + n), count)))
              for n, count in enumerate((1, 1, 2, 3, 5, 8, 13, 21, 40, 80))]
    cases += _zip_cases(book, good)
    cases += _row_cases(book, good)
    cases += _xml_cases(book, good, text_col)
    cases += _cell_cases(book, good, text_col, typed_col)
    for n in range(40):
        width = rng.randrange(1, 14)
        rows = [list(good[0])] + [[_random_value(rng) for _ in range(width)]
                                  for _ in range(rng.randrange(0, 30))]
        if rng.random() < 0.5:
            rows[1:1] = [list(r) for r in good[1:]]
        cases.append((f"random grid {n}", "either", _write(book(rows))))
    return cases


def _zip_cases(book: Book, good: Sequence[Sequence[Any]]) -> list[Case]:
    sheet = "xl/worksheets/sheet1.xml"
    valid = book(good)
    padding = "<!--" + " " * (30 * 1024 * 1024) + "-->"
    many = [(f"xl/media/n{i}.txt", b"") for i in range(10_001)]
    return [
        ("zip bomb: 30 MB of blanks in the sheet (ratio > 200)", "refused",
         _write(lambda: book(good, replace={sheet: sheet_xml(good) + padding}))),
        ("zip bomb: a 33 MB part", "refused",
         _write(lambda: book(good, extra=[("xl/big.xml", " " * (33 * 1024 * 1024))]))),
        ("declared size 100 bytes, actual larger", "refused",
         _write(patch_entry(valid, sheet, 24, 100))),
        ("declared size 2 GB", "refused", _write(patch_entry(valid, sheet, 24, 2**31))),
        ("declared 5 x 30 MB parts (total over the limit)", "refused",
         _write(lambda: _declare_many(book(good, extra=[(f"xl/p{i}.bin", b"x" * 200_000)
                                                        for i in range(5)])))),
        ("10,001 zip entries", "refused", _write(lambda: book(good, extra=many))),
        ("encrypted entry flag", "refused", _write(patch_entry(valid, sheet, 8, 1, "<H"))),
        ("bzip2 compression", "refused",
         _write(lambda: book(good, compression=zipfile.ZIP_BZIP2))),
        ("lzma compression", "refused",
         _write(lambda: book(good, compression=zipfile.ZIP_LZMA))),
        ("unknown compression method 99", "refused",
         _write(patch_entry(valid, sheet, 10, 99, "<H"))),
        ("1,000,000 empty rows, compressed", "refused",
         _write(lambda: book(good, replace={sheet: _empty_rows(1_000_000)}))),
        ("2,000,000 empty rows, stored", "refused",
         _write(lambda: book(good, replace={sheet: _empty_rows(2_000_000)},
                             compression=zipfile.ZIP_STORED))),
    ]


def _declare_many(data: bytes) -> bytes:
    for i in range(5):
        data = patch_entry(data, f"xl/p{i}.bin", 24, 30 * 1024 * 1024)
    return data


def _empty_rows(count: int) -> str:
    return sheet_xml([]).replace("<sheetData>", "<sheetData>" + "<row/>" * count)


def _row_cases(book: Book, good: Sequence[Sequence[Any]]) -> list[Case]:
    sheet = "xl/worksheets/sheet1.xml"
    many = [list(good[0]), *([""] for _ in range(MAX_SHEET_ROWS))]
    return [
        ("dimension claims 1,000,000 rows", "ok",
         _write(book(good, dimension="A1:K1000000"))),
        ("dimension claims the whole sheet", "ok",
         _write(book(good, dimension="A1:XFD1048576"))),
        ("dimension garbage", "either", _write(book(good, dimension="ZZZZ0:-1"))),
        (f"{MAX_SHEET_ROWS + 1:,} rows", "refused", _write(lambda: book(many))),
        ("one row numbered 1,000,000", "refused",
         _write(book(good, replace={sheet: sheet_xml(good).replace(
             "</sheetData>", '<row r="1000000"><c r="A1000000"><v>1</v></c></row></sheetData>')}))),
        ("row number not a number", "refused",
         _write(book(good, replace={sheet: sheet_xml(good).replace('r="2"', 'r="two"', 1)}))),
        ("rows in reverse order", "either",
         _write(book(good, replace={sheet: _reversed_rows(good)}))),
        ("cell in column XFD", "either",
         _write(book(_with_cell([*good, [""] * 16384], len(good), 16383, "far")))),
        ("cell reference beyond XFD", "refused",
         _write(book(good, replace={sheet: sheet_xml(good).replace(
             "</sheetData>", '<row r="99"><c r="ZZZZ99"><v>1</v></c></row></sheetData>')}))),
        (f"{MAX_CELLS + 1:,} cells", "refused",
         _write(lambda: book([list(good[0])] + [[1] * 50 for _ in range(MAX_CELLS // 50 + 1)]))),
        (f"{MAX_ELEMENTS + 1:,} elements outside the rows", "refused",
         _write(lambda: book(good, replace={sheet: sheet_xml(good).replace(
             "<sheetData>", "<sheetData>" + "<v/>" * (MAX_ELEMENTS + 1))}))),
        (f"{MAX_ELEMENTS + 1:,} elements in sharedStrings", "refused",
         _write(lambda: book(good, shared=shared_xml(["a"]).replace(
             "<si>", "<x/>" * (MAX_ELEMENTS + 1) + "<si>", 1)))),
        ("10,001 merged ranges", "refused",
         _write(lambda: book(good, merged=[f"M{i}:N{i}" for i in range(1, 10_002)]))),
        ("merged over the data", "refused", _write(book(good, merged=["A2:F3"]))),
        ("merged range garbage", "either", _write(book(good, merged=["nonsense", "B:B"]))),
    ]


def _reversed_rows(good: Sequence[Sequence[Any]]) -> str:
    xml = sheet_xml(good)
    start, end = xml.index("<sheetData>") + 11, xml.index("</sheetData>")
    rows = xml[start:end].replace("</row>", "</row>\n").split("\n")
    return xml[:start] + "".join(reversed([r for r in rows if r])) + xml[end:]


def _xml_cases(book: Book, good: Sequence[Sequence[Any]], text_col: int) -> list[Case]:
    sheet = "xl/worksheets/sheet1.xml"
    cases: list[Case] = []
    attacks = {"XXE": XXE, "billion laughs": LAUGHS, "external DTD": EXTERNAL_DTD,
               "parameter entity": PARAMETER}
    xxe_rows = _with_cell(good, 1, text_col, ("raw", '<c r="Z2" t="inlineStr"><is><t>&e;</t>'
                                              '</is></c>'))
    for label, prolog in attacks.items():
        cases.append((f"{label} in the sheet", "refused",
                      _write(book(xxe_rows if label == "XXE" else good, prolog=prolog))))
        cases.append((f"{label} in sharedStrings", "refused",
                      _write(book(good, shared=shared_xml(["a"], prolog)))))
        for part in ("xl/workbook.xml", "[Content_Types].xml", "_rels/.rels"):
            cases.append((f"{label} in {part}", "refused",
                          _write(lambda part=part, prolog=prolog: _prolog(book(good), part,
                                                                          prolog))))
        cases.append((f"{label} in styles", "refused",
                      _write(book(good, styles=f'<?xml version="1.0"?>{prolog}<styleSheet '
                                  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                                  '2006/main"/>'))))
    raw = sheet_xml(good)
    cases += [
        ("&#1; in a cell", "refused",
         _write(book(good, replace={sheet: raw.replace(str(good[1][text_col]),
                                                       "bad&#1;char", 1)}))),
        ("&#0; in a cell", "refused",
         _write(book(good, replace={sheet: raw.replace("</t>", "&#0;</t>", 1)}))),
        ("raw control byte", "refused",
         _write(book(good, replace={sheet: raw.replace("</t>", "\x01</t>", 1)}))),
        ("invalid UTF-8", "refused",
         _write(book(good, replace={sheet: raw.encode().replace(b"</t>", b"\xff\xfe</t>", 1)}))),
        ("UTF-16 bytes declared UTF-8", "refused",
         _write(book(good, replace={sheet: raw.encode("utf-16")}))),
        ("unclosed tag", "refused",
         _write(book(good, replace={sheet: raw.replace("</worksheet>", "")}))),
        ("&#1; in sharedStrings", "refused",
         _write(book(good, shared=shared_xml(["a"]).replace("<t", "<t>&#1;</t><t", 1)))),
        ("styles with a bad number format id", "either",
         _write(book(good, styles='<styleSheet xmlns="http://schemas.openxmlformats.org/'
                     'spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="x"/></cellXfs>'
                     '</styleSheet>'))),
        ("sheet part missing", "refused", _write(book(good, drop=[sheet]))),
        ("workbook part missing", "refused", _write(book(good, drop=["xl/workbook.xml"]))),
        ("package relationships missing", "refused", _write(book(good, drop=["_rels/.rels"]))),
        ("workbook relationships missing", "refused",
         _write(book(good, drop=["xl/_rels/workbook.xml.rels"]))),
        ("content types missing", "either", _write(book(good, drop=["[Content_Types].xml"]))),
        ("a style number beyond 64 bits", "refused",
         _write(book(good, styles='<styleSheet xmlns="http://schemas.openxmlformats.org/'
                     'spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="99999999999" '
                     'fontId="0"/></cellXfs></styleSheet>'))),
        ("a chart sheet first", "either", _write(_with_chartsheet(book(good), first=True))),
        ("a chart sheet last", "either", _write(_with_chartsheet(book(good), first=False))),
    ]
    return cases


def _with_chartsheet(data: bytes, *, first: bool) -> bytes:
    """``data`` with a chart sheet (no chart in it) added before or after the sheets."""
    import io

    rel = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet")
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            text = source.read(info.filename)
            if info.filename == "xl/workbook.xml":
                entry = '<sheet name="Chart" sheetId="99" r:id="rId99"/>'
                text = text.replace(b"<sheets>", b"<sheets>" + entry.encode()) if first else (
                    text.replace(b"</sheets>", entry.encode() + b"</sheets>"))
            elif info.filename == "xl/_rels/workbook.xml.rels":
                text = text.replace(b"</Relationships>", (
                    f'<Relationship Id="rId99" Type="{rel}" Target="chartsheets/sheet1.xml"/>'
                    "</Relationships>").encode())
            target.writestr(info.filename, text)
        target.writestr("xl/chartsheets/sheet1.xml", '<chartsheet xmlns="http://schemas.'
                        'openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView '
                        'workbookViewId="0"/></sheetViews></chartsheet>')
    return out.getvalue()


def _prolog(data: bytes, part: str, prolog: str) -> bytes:
    import io

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == part:
                text = content.decode()
                head, _, rest = text.partition("?>")
                content = (head + "?>" + prolog + rest).encode()
            target.writestr(info.filename, content)
    return out.getvalue()


def _cell_cases(book: Book, good: Sequence[Sequence[Any]], text_col: int,
                typed_col: int) -> list[Case]:
    cases: list[Case] = [
        ("a text of 32,767 characters", "ok", _write(book(_with_cell(good, 1, text_col,
                                                                     "文" * 32_767)))),
        ("a text of 32,768 characters", "refused",
         _write(book(_with_cell(good, 1, text_col, "x" * 32_768)))),
        ("a text of 1,000,000 characters", "refused",
         _write(book(_with_cell(good, 1, text_col, "y" * 1_000_000)))),
        ("a shared string of 40,000 characters", "refused",
         _write(book(_with_cell(good, 1, text_col, ("s", 0)), shared=shared_xml(["z" * 40_000])))),
        (f"{MAX_SHARED_STRINGS + 1:,} shared strings", "refused",
         _write(lambda: book(good, shared=shared_xml([""] * (MAX_SHARED_STRINGS + 1))))),
        ("shared-string index out of range", "refused",
         _write(book(_with_cell(good, 1, text_col, ("s", 99)), shared=shared_xml(["a"])))),
        ("shared-string index negative", "either",
         _write(book(_with_cell(good, 1, text_col, ("s", -1)), shared=shared_xml(["a"])))),
        ("shared-string index not a number", "refused",
         _write(book(_with_cell(good, 1, text_col, ("s", "x")), shared=shared_xml(["a"])))),
        ("shared string without a table", "refused",
         _write(book(_with_cell(good, 1, text_col, ("s", 0))))),
        ("style index out of range", "either",
         _write(book(_with_cell(good, 1, text_col, ("raw", '<c r="Z2" s="999"><v>1</v></c>'))))),
    ]
    for col, label in ((text_col, "text"), (typed_col, "typed")):
        for value, what in ((("f", "SUM(1,2)"), "formula"), (("e", "#N/A"), "error value"),
                            (True, "TRUE"), (("raw", f'<c r="{_ref(col)}" t="d"><v>2026-01-01'
                                              '</v></c>'), "ISO date cell")):
            cases.append((f"{what} in the {label} column", "refused",
                          _write(book(_with_cell(good, 1, col, value)))))
        cases.append((f"number in the {label} column", "either",
                      _write(book(_with_cell(good, 1, col, 12345.5)))))
        cases.append((f"invalid number in the {label} column", "refused",
                      _write(book(_with_cell(good, 1, col, ("raw", f'<c r="{_ref(col)}"><v>'
                                                           'NaNx</v></c>'))))))
    return cases


def _ref(col: int) -> str:
    from tests.hostile_workbooks import column

    return f"{column(col + 1)}2"


# --- templates ------------------------------------------------------------------------

def _entry(key: str, parent: Any = None, kind: str = "clause", **extra: Any) -> dict[str, Any]:
    entry = {"key": key, "parent": parent, "under": None, "clause": "S", "kind": kind,
             "title": {"en": f"Entry {key}", "zh": f"条目 {key}"},
             "description": {"en": "", "zh": ""}}
    entry.update(extra)
    return entry


def template_data(entries: list[Any], **extra: Any) -> dict[str, Any]:
    """A template document with ``entries`` and a checklist."""
    data: dict[str, Any] = {"format": "auditready-template", "version": 1,
                            "checklist": {"code": "T", "title": {"en": "T", "zh": "T"}},
                            "entries": entries}
    data.update(extra)
    return data


def _json(data: Any, *, prefix: bytes = b"", encoding: str = "utf-8") -> Callable[[Path], None]:
    return _write(lambda: prefix + json.dumps(data, ensure_ascii=False).encode(encoding))


def _nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def template_cases(seed: int) -> list[Case]:
    """Hostile templates (about 70)."""
    rng = random.Random(seed)
    good = template_data([_entry("S"), _entry("S1", "S", "retain")])
    chain = [_entry("k0")] + [_entry(f"k{i}", f"k{i - 1}") for i in range(1, 5000)]
    cases: list[Case] = [
        ("good", "ok", _json(good)),
        ("UTF-8 with a BOM", "ok", _json(good, prefix=b"\xef\xbb\xbf")),
        ("5,000-deep parent chain", "ok", _json(template_data(chain))),
        ("5,001 entries", "refused",
         _json(template_data([_entry(f"k{i}") for i in range(5001)]))),
        ("parent cycle", "refused",
         _json(template_data([_entry("a", "b"), _entry("b", "a")]))),
        ("own parent", "refused", _json(template_data([_entry("a", "a")]))),
        ("parent after the child", "refused",
         _json(template_data([_entry("S1", "S", "retain"), _entry("S")]))),
        ("duplicate keys", "refused", _json(template_data([_entry("S"), _entry("S")]))),
        ("nesting 17 deep", "refused", _write(b'{"format": "auditready-template", "x": '
                                              + _nested(16) + b"}")),
        ("nesting 100,000 deep", "refused", _write(_nested(100_000))),
        ("nesting 100,000 deep objects", "refused",
         _write(b'{"a":' * 100_000 + b"1" + b"}" * 100_000)),
        ("17 MB file", "refused",
         _json(template_data([_entry("S", description={"en": "x" * (17 * 1024 * 1024),
                                                        "zh": ""})]))),
        ("title of 32,768 characters", "refused",
         _json(template_data([_entry("S", title={"en": "t" * 32_768, "zh": ""})]))),
        ("checklist code of 40,000 characters", "refused",
         _json(template_data([_entry("S")], checklist={"code": "c" * 40_000,
                                                       "title": {"en": "", "zh": "x"}}))),
        ("UTF-16", "refused", _json(good, encoding="utf-16")),
        ("invalid UTF-8", "refused", _write(b'{"format": "\xff\xfe"}')),
        ("empty file", "refused", _write(b"")),
        ("NaN and Infinity", "refused", _write(b'{"format": NaN, "version": Infinity}')),
        ("truncated", "refused", _write(json.dumps(good).encode()[:40])),
        ("newer version", "refused", _json({**good, "version": 99})),
    ]
    wrong: list[tuple[str, Any]] = [("null", None), ("list", []), ("dict", {}), ("int", 7),
                                    ("float", 1.5), ("bool", True), ("string", "x"),
                                    ("huge int", 10**400)]
    for label, value in wrong:
        cases.append((f"document is {label}", "refused", _json(value)))
        cases.append((f"format is {label}", "refused", _json({**good, "format": value})))
        cases.append((f"version is {label}", "refused", _json({**good, "version": value})))
        cases.append((f"entries is {label}", "refused", _json({**good, "entries": value})))
        cases.append((f"checklist is {label}", "refused" if value is not None else "ok",
                      _json({**good, "checklist": value,
                             "entries": good["entries"] if value is not None
                             else [_entry("S", under="iso9001-2015:7.1.5", clause="7.1.5.x")]})))
        for field in ("key", "parent", "under", "clause", "kind", "title", "description"):
            entry = _entry("S1", "S", "retain")
            entry[field] = value
            harmless = {("parent", "null"), ("under", "null"), ("key", "string"),
                        ("clause", "string"), ("description", "dict")}
            expect = "either" if (field, label) in harmless else "refused"
            cases.append((f"entry {field} is {label}", expect,
                          _json(template_data([_entry("S"), entry]))))
    for n in range(10):
        entries = [_entry(f"r{i}", rng.choice([None, f"r{rng.randrange(i + 1)}"]),
                          rng.choice(["clause", "retain", "evidence", "maintain"]))
                   for i in range(rng.randrange(1, 40))]
        cases.append((f"random tree {n}", "either", _json(template_data(entries))))
    return cases
