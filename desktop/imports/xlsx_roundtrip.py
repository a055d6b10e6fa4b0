"""Read back a checklist workbook a client filled in (the Excel round trip).

The workbook is one AuditReady exported (``desktop.reports.xlsx.xlsx``): one
checklist sheet per standard, row 1 the header, data from row 2, columns

    A ID · B clause · C requirement · D kind · E status · F owner · G due date ·
    H notes · I N/A justification · J evidence · K Stamp

and a hidden sheet ``_auditready`` of key/value rows (``format`` = 1,
``project``, ``exported_at``, ``lang``, ``standards`` and ``sheets``, the last
two comma-separated and in the same order). Columns E to I are what a client
may edit; B, C, D and J are read-only and ignored; K holds the item's
``updated_at`` at export (ISO-8601 UTC, empty when the item had no state).

This module only reads and checks the cells: it knows nothing of the open
project. Every problem is collected with its sheet, Excel row and column
letter, in English and Chinese; whether an id exists or an item changed since
the export is decided by ``desktop.services.roundtrip``. openpyxl parses the
XML through defusedxml (installed), so entity-expansion and external-entity
attacks are refused; before that, :mod:`desktop.import_limits` checks the
file's size, zip package, rows and cells (docs/import-limits.md). The
workbook is read in openpyxl's read-only (streaming) mode.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.datetime import from_excel

from desktop.domain.model import ItemStatus
from desktop.errors import ChecklistImportError
from desktop.import_limits import (
    MAX_SHEET_ROWS,
    MAX_TEXT,
    check_workbook,
    load_checked,
    translated_errors,
)
from desktop.reports.matrix.matrix_model import SHEET_NAMES as MATRIX_SHEET_NAMES
from desktop.reports.xlsx.labels_xlsx import XLSX_LABELS
from desktop.reports.xlsx.xlsx_sheets import LISTS_SHEET

FORMAT = 1
"""The round-trip layout version this reader understands (``format`` in ``_auditready``)."""
META_SHEET = "_auditready"
INTEGRATED_SHEET = "三体系 Integrated"
"""The integrated view's sheet as version 0.1.0 named it in both languages;
now "Integrated" / "三体系整合" (``sheet_integrated``). Informational, never imported."""
_REPORT_SHEETS = frozenset(
    name.casefold() for key in ("sheet_summary", "sheet_integrated", "sheet_evidence",
                                "sheet_actions", "sheet_audits", "sheet_calendar")
    for name in (XLSX_LABELS[key].en, XLSX_LABELS[key].zh)) | {
        LISTS_SHEET.casefold(), INTEGRATED_SHEET.casefold()} | MATRIX_SHEET_NAMES
"""The exporter's other sheets (either language, and the integrated sheet's former name):
informational, skipped without a note."""

COL_ID, COL_STATUS, COL_OWNER, COL_DUE, COL_NOTES, COL_JUSTIFICATION, COL_STAMP = (
    "A", "E", "F", "G", "H", "I", "K")
_INDEX = {letter: ord(letter) - ord("A") for letter in "ABCDEFGHIJK"}
_EDITABLE = (COL_ID, COL_STATUS, COL_OWNER, COL_DUE, COL_NOTES, COL_JUSTIFICATION)
_LAST_COLUMN = 11  # K
_MAX_SERIAL = 2_958_465  # 9999-12-31 in Excel's 1900 date system
_SYMBOLS = {status.symbol: status for status in ItemStatus}
_WORDS: dict[str, ItemStatus] = {}
for _status in ItemStatus:
    for _word in (_status.label.en, _status.label.zh, _status.value,
                  _status.value.replace("_", " ")):
        _WORDS[_word.casefold()] = _status
_WORDS.update({"n/a": ItemStatus.NOT_APPLICABLE, "na": ItemStatus.NOT_APPLICABLE})
_STATUS_CHOICES = " / ".join(f"{s.symbol} {s.label.en}" for s in ItemStatus)
_STATUS_CHOICES_ZH = " / ".join(f"{s.symbol} {s.label.zh}" for s in ItemStatus)


class CellTooLongError(ChecklistImportError):
    """A cell of a checklist sheet holds more text than a spreadsheet cell can.

    Excel keeps at most 32,767 characters in a cell (:data:`desktop.import_limits.MAX_TEXT`),
    so a longer one was written by another program and would not survive the
    client's next save; the workbook is refused as a whole and nothing is read.

    Attributes:
        sheet: the sheet's name; row: the Excel row number; column: its letter;
        length: the characters the cell holds.
    """

    def __init__(self, path: Path, sheet: str, row: int, column: str, length: int) -> None:
        super().__init__(
            f'Cannot import the workbook {path}: sheet "{sheet}", row {row}, column {column} '
            f"holds {length:,} characters; a cell holds at most {MAX_TEXT:,} (the limit of "
            "Excel). Shorten that text and import the workbook again.",
            f"无法导入工作簿 {path}：工作表“{sheet}”第 {row} 行 {column} 列有 {length:,} 个字符，"
            f"一个单元格最多 {MAX_TEXT:,} 个字符（Excel 的上限）。请缩短该文字后再导入。")
        self.sheet = sheet
        self.row = row
        self.column = column
        self.length = length


@dataclass(frozen=True, slots=True)
class RoundTripProblem:
    """One thing wrong (or worth knowing) in a returned workbook.

    Attributes:
        sheet: the sheet's name as found in the workbook ("" for the whole workbook).
        row: the Excel row number (1 = header), or 0 for the whole sheet.
        column: the column letter (``"E"``), or "" for the whole row or sheet.
        en, zh: what is wrong, in English and Simplified Chinese.
        blocking: True for an error (nothing is applied while one remains);
            False for a note (e.g. an extra sheet that is ignored).
    """

    sheet: str
    row: int
    column: str
    en: str
    zh: str
    blocking: bool = True

    def where(self, lang: str) -> str:
        """Where it is, e.g. "Sheet “ISO 9001 2015”, row 7, column E" / "工作表“…”第 7 行 E 列"."""
        zh = lang.startswith("zh")
        parts: list[str] = []
        if self.sheet:
            parts.append(f"工作表“{self.sheet}”" if zh else f'Sheet "{self.sheet}"')
        if self.row:
            parts.append(f"第 {self.row} 行" if zh else f"row {self.row}")
        if self.column:
            parts.append((" " if zh and self.row else "") + f"{self.column} 列" if zh
                         else f"column {self.column}")
        return "".join(parts) if zh else ", ".join(parts)

    def text(self, lang: str) -> str:
        """Place and message in ``lang``, e.g. 'Sheet "ISO 9001 2015", row 7, column E: …'."""
        where = self.where(lang)
        message = self.zh if lang.startswith("zh") else self.en
        if not where:
            return message
        return f"{where}：{message}" if lang.startswith("zh") else f"{where}: {message}"


@dataclass(frozen=True, slots=True)
class RoundTripMeta:
    """The hidden ``_auditready`` sheet.

    Attributes:
        format: layout version (1).
        project: what the export wrote to name the project (file or company name).
        exported_at: when it was exported, as written (ISO-8601 text).
        lang: "zh" or "en", the language of the export.
        standards: standard ids in sheet order, e.g. ``("iso9001-2015", "iso14001-2015")``.
        sheets: the checklist sheet names at export, same order and length as ``standards``.
    """

    format: int
    project: str
    exported_at: str
    lang: str
    standards: tuple[str, ...]
    sheets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WorkbookRow:
    """The editable cells of one data row, checked and typed.

    Attributes:
        sheet: the sheet's name in the workbook.
        row: Excel row number (>= 2).
        standard_id: the standard the sheet was exported for.
        item_id: column A, stripped.
        status: column E (None when it could not be read: see the problems).
        owner, justification: columns F and I, stripped ("" when blank).
        notes: column H as written ("" when blank).
        due_date: column G, None when blank (or unreadable: see the problems).
        stamp: column K as an aware UTC date-time, None when blank.
        stamp_readable: False when K held something that is not a date-time
            (the row then counts as changed in the project since export).
        valid: False when any cell of the row has a blocking problem.
    """

    sheet: str
    row: int
    standard_id: str
    item_id: str
    status: ItemStatus | None
    owner: str
    due_date: dt.date | None
    notes: str
    justification: str
    stamp: dt.datetime | None
    stamp_readable: bool = True
    valid: bool = True


@dataclass(frozen=True, slots=True)
class RoundTripWorkbook:
    """What :func:`read_roundtrip` found.

    Attributes:
        path: the workbook read.
        meta: the hidden ``_auditready`` sheet.
        rows: every data row with an id, in sheet then row order (rows with
            problems too, marked ``valid=False``).
        problems: errors and notes, in sheet then row order.
    """

    path: Path
    meta: RoundTripMeta
    rows: tuple[WorkbookRow, ...]
    problems: tuple[RoundTripProblem, ...] = field(default=())


def read_roundtrip(path: Path) -> RoundTripWorkbook:
    """Read the checklist sheets of a returned round-trip workbook ``path`` (.xlsx).

    Sheets are matched to standards through ``_auditready``: by the exported
    name, else (a renamed sheet) by the standard prefix of the ids in its
    column A. The export's other sheets (summary, integrated view, evidence
    register, action plan, audits, calendar, lists) are skipped; sheets the
    export did not have are ignored with a note; a missing checklist sheet
    leaves its items unchanged, with a note. Cell rules: status in either
    language, any case, with or without its symbol, or the bare symbol
    (○ ◐ ● –); due date as a date cell, "YYYY-MM-DD" text or an Excel serial
    number; text columns take text or numbers. Formulas, error values,
    TRUE/FALSE or dates in text columns, merged cells in data rows, a
    duplicated id and a blank status are errors of their row.

    Raises:
        CellTooLongError: a cell of columns A-K of a checklist sheet holds
            more than :data:`~desktop.import_limits.MAX_TEXT` (32,767)
            characters; the message names the sheet, row and column.
        ChecklistImportError: not a regular file, not an xlsx, damaged,
            unsafe XML, over a limit of :mod:`desktop.import_limits`, or not a
            workbook exported by AuditReady (no readable ``_auditready``
            sheet, or a newer format); nothing was read.
    """
    path = Path(path)

    def refuse(en: str, zh: str) -> ChecklistImportError:
        return _file_error(path, en, zh)

    with check_workbook(path, refuse) as checked, translated_errors(refuse):
        workbook = load_checked(checked, refuse)
        try:
            for name in checked.sheets:  # worksheets only (not chart sheets)
                workbook[name].reset_dimensions()  # writers store wrong ones; rows were counted
            meta = _meta(path, workbook, checked.sheets)
            reader = _Reader(workbook.epoch, path)
            for standard_id, sheet in _match_sheets(meta, workbook, checked.sheets,
                                                    reader.problems):
                scan = checked.sheets.get(sheet.title)
                reader.read_sheet(sheet, standard_id, scan.merged if scan else ())
        finally:
            workbook.close()
    return RoundTripWorkbook(path=path, meta=meta, rows=tuple(reader.rows),
                             problems=tuple(reader.problems))


def parse_status(text: str) -> ItemStatus | None:
    """The status a cell's text names, or None.

    Accepts "● Ready", "ready", "就绪", "● 就绪", "●", "Not applicable",
    "N/A" (any case, spaces around ignored); a symbol and a word that name
    different statuses give None.
    """
    text = text.strip()
    if not text:
        return None
    symbol = _SYMBOLS.get(text[0])
    rest = text[1:].strip() if symbol is not None else text
    if not rest:
        return symbol
    word = _WORDS.get(" ".join(rest.split()).casefold())
    if word is None or (symbol is not None and symbol is not word):
        return None
    return word


def _file_error(path: Path, en: str, zh: str) -> ChecklistImportError:
    return ChecklistImportError(f"Cannot import the workbook {path}: {en}.",
                                f"无法导入工作簿 {path}：{zh}。")


def _not_ours(path: Path) -> ChecklistImportError:
    return _file_error(
        path, "it is not a workbook exported by AuditReady (its hidden sheet "
        f'"{META_SHEET}" is missing or damaged). Export the checklist workbook from the '
        "project, fill that in and import it", f"它不是由 AuditReady 导出的工作簿（隐藏工作表"
        f"“{META_SHEET}”缺失或已损坏）。请从项目中导出检查表工作簿，填写后再导入")


def _meta(path: Path, workbook: Any, worksheets: Collection[str]) -> RoundTripMeta:
    if META_SHEET not in worksheets:
        raise _not_ours(path)
    values: dict[str, str] = {}
    for key, value, *_ in workbook[META_SHEET].iter_rows(min_col=1, max_col=2,
                                                        values_only=True):
        if isinstance(key, str) and key.strip():
            values[key.strip().lower()] = "" if value is None else _plain(value)
    try:
        version = int(float(values.get("format", "")))
    except ValueError:
        raise _not_ours(path) from None
    if version > FORMAT:
        raise _file_error(path, f"it was exported by a newer AuditReady (format {version}); "
                          "update AuditReady and import it again",
                          f"它由更新版本的 AuditReady 导出（格式 {version}），"
                          "请升级 AuditReady 后再导入")
    standards = _split(values.get("standards", ""))
    sheets = _split(values.get("sheets", ""))
    if version < FORMAT or not standards or len(standards) != len(sheets):
        raise _not_ours(path)
    return RoundTripMeta(format=version, project=values.get("project", ""),
                         exported_at=values.get("exported_at", ""),
                         lang=values.get("lang", ""), standards=standards, sheets=sheets)


def _plain(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return str(value).strip()


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _match_sheets(meta: RoundTripMeta, workbook: Any, worksheets: Collection[str],
                  problems: list[RoundTripProblem]) -> list[tuple[str, Any]]:
    """(standard id, worksheet) in export order; notes for renamed, missing and extra sheets."""
    names = [n for n in workbook.sheetnames if n in worksheets
             and n not in (META_SHEET, INTEGRATED_SHEET)
             and n.casefold() not in _REPORT_SHEETS]
    by_name = {n: n for n in names}
    unknown = [n for n in names if n not in meta.sheets]
    found: dict[str, str] = {}
    for standard_id, sheet in zip(meta.standards, meta.sheets, strict=True):
        if sheet in by_name:
            found[standard_id] = sheet
            continue
        renamed = next((n for n in unknown if _ids_of(workbook[n], standard_id)), None)
        if renamed is None:
            problems.append(RoundTripProblem(
                "", 0, "", f'the checklist sheet "{sheet}" is missing; its items are left '
                "unchanged", f"缺少检查表工作表“{sheet}”，其中的检查项保持不变", blocking=False))
            continue
        unknown.remove(renamed)
        found[standard_id] = renamed
        problems.append(RoundTripProblem(
            renamed, 0, "", f'the sheet was renamed from "{sheet}"; it is read as that '
            "checklist", f"该工作表由“{sheet}”改名而来，按该检查表读取", blocking=False))
    for name in unknown:
        problems.append(RoundTripProblem(
            name, 0, "", "this sheet is not one of the exported checklists and is ignored",
            "该工作表不是导出的检查表，已忽略", blocking=False))
    return [(sid, workbook[found[sid]]) for sid in meta.standards if sid in found]


def _ids_of(sheet: Any, standard_id: str) -> bool:
    """True when the ids in column A of ``sheet`` (a renamed sheet) belong to ``standard_id``."""
    prefix = standard_id + ":"
    ids = [v for (v,) in sheet.iter_rows(min_row=2, min_col=1, max_col=1, values_only=True)
           if isinstance(v, str) and v.strip()]
    return bool(ids) and sum(v.strip().startswith(prefix) for v in ids) * 2 > len(ids)


class _Reader:
    """Collects the rows and problems of the checklist sheets."""

    def __init__(self, epoch: dt.datetime, path: Path) -> None:
        self.epoch = epoch
        self.path = path
        self.rows: list[WorkbookRow] = []
        self.problems: list[RoundTripProblem] = []
        self._seen: dict[str, tuple[str, int]] = {}  # item id -> (sheet, row)
        self._sheet = ""
        self._row = 0
        self._bad = False

    def problem(self, column: str, en: str, zh: str) -> None:
        self.problems.append(RoundTripProblem(self._sheet, self._row, column, en, zh))
        self._bad = True

    def read_sheet(self, sheet: Any, standard_id: str, merged_ranges: Iterable[str]) -> None:
        """Read the data rows of checklist ``sheet`` (merged ranges from the scan)."""
        self._sheet, self._row = sheet.title, 1
        header = [c.value for c in next(sheet.iter_rows(min_row=1, max_row=1,
                                                        max_col=_LAST_COLUMN), ())]
        header += [None] * (_LAST_COLUMN - len(header))
        first, last = header[_INDEX[COL_ID]], header[_INDEX[COL_STAMP]]
        if not (_is(first, "id") and _is(last, "stamp")):
            self.problem("", 'the header row is not the exported one (column A must be "ID" '
                         'and column K "Stamp"); columns were inserted, deleted or moved',
                         "标题行不是导出时的样子（A 列应为“ID”，K 列应为“Stamp”），"
                         "可能插入、删除或移动了列")
            return
        merged = _merged_rows(merged_ranges)
        rows = sheet.iter_rows(min_row=2, max_col=_LAST_COLUMN)
        for self._row, cells in enumerate(rows, start=2):
            self._bad = False
            if self._row in merged:
                ref, column = merged[self._row]
                self.problem(column, f"merged cells {ref}; unmerge them and fill every cell",
                             f"合并单元格 {ref}，请取消合并并填写每个单元格")
            self._data_row(list(cells), standard_id)

    def _data_row(self, cells: list[Any], standard_id: str) -> None:
        cells += [None] * (_LAST_COLUMN - len(cells))
        for number, target in enumerate(cells, start=1):
            value = getattr(target, "value", None)
            if isinstance(value, str) and len(value) > MAX_TEXT:
                raise CellTooLongError(self.path, self._sheet, self._row,
                                       get_column_letter(number), len(value))

        def cell(letter: str) -> Any:
            return cells[_INDEX[letter]]

        for letter in _EDITABLE:
            target = cell(letter)
            if getattr(target, "data_type", None) == "f":
                shown = str(target.value)[:40]
                self.problem(letter, f"the cell holds a formula ({shown}); enter the value "
                             "itself", f"单元格中是公式（{shown}），请直接填写内容")
            elif getattr(target, "data_type", None) == "e":
                self.problem(letter, f"the cell holds an error value {target.value}",
                             f"单元格中是错误值 {target.value}")
        item_id = self._text(cell(COL_ID), COL_ID)
        editable = [self._value(cell(c)) for c in _EDITABLE[1:]]
        if not item_id:
            if any(v not in (None, "") for v in editable):
                self.problem(COL_ID, "the ID is empty; the row cannot be matched to an item",
                             "ID 为空，无法对应到检查项")
            return
        if item_id in self._seen:
            sheet, row = self._seen[item_id]
            self.problem(COL_ID, f'the ID {item_id} appears twice (first on sheet "{sheet}", '
                         f"row {row})",
                         f"ID {item_id} 重复出现（首次在工作表“{sheet}”第 {row} 行）")
        else:
            self._seen[item_id] = (self._sheet, self._row)
        status = self._status(cell(COL_STATUS))
        due = self._date(cell(COL_DUE))
        stamp, readable = self._stamp(cell(COL_STAMP))
        self.rows.append(WorkbookRow(
            sheet=self._sheet, row=self._row, standard_id=standard_id, item_id=item_id,
            status=status, owner=self._text(cell(COL_OWNER), COL_OWNER),
            due_date=due, notes=self._text(cell(COL_NOTES), COL_NOTES, strip=False),
            justification=self._text(cell(COL_JUSTIFICATION), COL_JUSTIFICATION),
            stamp=stamp, stamp_readable=readable, valid=not self._bad))

    @staticmethod
    def _value(target: Any) -> Any:
        value = getattr(target, "value", None)
        return value.strip() if isinstance(value, str) else value

    def _text(self, target: Any, letter: str, *, strip: bool = True) -> str:
        value = getattr(target, "value", None)
        kind = getattr(target, "data_type", None)
        if value is None or kind in ("f", "e"):
            return ""
        if isinstance(value, str):
            return value.strip() if strip else value
        if isinstance(value, bool):
            self.problem(letter, "the cell holds TRUE/FALSE, not text",
                         "单元格中是逻辑值 TRUE/FALSE，而不是文字")
        elif isinstance(value, int | float):
            return _plain(value)
        elif isinstance(value, dt.date | dt.time | dt.timedelta):
            self.problem(letter, "the cell holds a date or time, not text; format the cell "
                         "as text", "单元格中是日期或时间而不是文字，请将单元格设为文本格式")
        else:
            self.problem(letter, "the cell does not hold text", "单元格中不是文字")
        return ""

    def _status(self, target: Any) -> ItemStatus | None:
        text = self._text(target, COL_STATUS)
        if getattr(target, "data_type", None) in ("f", "e"):
            return None
        if not text:
            self.problem(COL_STATUS, f"the status is empty; use one of {_STATUS_CHOICES}",
                         f"状态为空，请填写：{_STATUS_CHOICES_ZH}")
            return None
        status = parse_status(text)
        if status is None:
            self.problem(COL_STATUS, f'unknown status "{text}"; use one of {_STATUS_CHOICES}',
                         f"无法识别的状态“{text}”，请填写：{_STATUS_CHOICES_ZH}")
        return status

    def _date(self, target: Any) -> dt.date | None:
        value = getattr(target, "value", None)
        if value is None or getattr(target, "data_type", None) in ("f", "e"):
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if (isinstance(value, int | float) and not isinstance(value, bool)
                and 1 <= value <= _MAX_SERIAL):
            converted = from_excel(value, self.epoch)
            if isinstance(converted, dt.datetime):
                return converted.date()
            if isinstance(converted, dt.date):
                return converted
        if isinstance(value, str):
            if not value.strip():
                return None
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.problem(COL_DUE, f'the due date "{_plain(value)}" is not a date; enter it as a '
                     "date or as YYYY-MM-DD", f"截止日期“{_plain(value)}”不是日期，"
                     "请填写日期或 YYYY-MM-DD 格式")
        return None

    @staticmethod
    def _stamp(target: Any) -> tuple[dt.datetime | None, bool]:
        value = getattr(target, "value", None)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None, True
        if isinstance(value, dt.datetime):
            stamp = value
        else:
            try:
                stamp = dt.datetime.fromisoformat(str(value).strip())
            except ValueError:
                return None, False
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=dt.UTC)
        return stamp.astimezone(dt.UTC), True


def _is(value: Any, word: str) -> bool:
    return isinstance(value, str) and value.strip().casefold() == word


def _merged_rows(refs: Iterable[str]) -> dict[int, tuple[str, str]]:
    """Data rows (>= 2) touched by merged ranges in columns A-K: row -> (range, first column)."""
    rows: dict[int, tuple[str, str]] = {}
    for ref in refs:
        try:
            min_col, min_row, _max_col, max_row = range_boundaries(ref)
        except (ValueError, TypeError):
            continue
        if min_col is None or min_row is None or max_row is None:
            continue
        if min_col > _LAST_COLUMN or max_row < 2:
            continue
        column = get_column_letter(min_col)
        for row in range(max(2, min_row), min(max_row, MAX_SHEET_ROWS) + 1):
            rows.setdefault(row, (ref, column))
    return rows
