"""Read a checklist workbook (.xlsx) into validated rows, or say exactly what is wrong.

Layout (docs/reference.md, "Importing a checklist from Excel"): the sheet named
``Checklist`` (else the first sheet); row 1 holds the column names ``id``,
``parent``, ``clause``, ``kind``, ``title_zh``, ``title_en`` (required) and
``description_zh``, ``description_en`` (optional), in any order; other columns
are ignored. Every later non-empty row is one entry.

Reading is strict and complete: every problem of every row is collected
(Excel row numbers) before anything is returned, and any problem raises
:class:`~desktop.errors.ChecklistImportError` listing them all, so a caller
can keep an import all-or-nothing. Formulas, merged cells, dates and
TRUE/FALSE in the layout's columns are refused; numbers are taken as text
(``7`` → ``"7"``, ``7.1`` → ``"7.1"``). The workbook is opened read-only
without evaluating formulas; openpyxl parses its XML through defusedxml.
Before openpyxl sees the file, :mod:`desktop.import_limits` checks its size,
zip package, rows and cells (docs/import-limits.md), so a hostile workbook
is refused quickly and in little memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.model import ItemKind, Text
from desktop.errors import CancelledError, ChecklistImportError, ImportProblem
from desktop.import_limits import (
    MAX_ENTRIES,
    check_workbook,
    load_checked,
    too_long,
    too_long_message,
    translated_errors,
)

SHEET = "Checklist"
REQUIRED_COLUMNS = ("id", "parent", "clause", "kind", "title_zh", "title_en")
OPTIONAL_COLUMNS = ("description_zh", "description_en")
MAX_ROWS = MAX_ENTRIES
"""Most entries one workbook may hold."""
_KINDS = ", ".join(k.value for k in ItemKind)
_SHOWN_IN_MESSAGE = 30


@dataclass(frozen=True, slots=True)
class ChecklistRow:
    """One valid entry of the workbook.

    Attributes:
        row: Excel row number.
        key: the ``id`` cell, unique in the workbook.
        parent: an earlier row's key, a known clause id, or "" (top level).
        clause: as given, else the key (clause rows) or the parent's clause.
        kind: see :class:`~desktop.domain.model.ItemKind`.
        title: at least one language non-empty.
        description: may be empty.
    """

    row: int
    key: str
    parent: str
    clause: str
    kind: ItemKind
    title: Text
    description: Text


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def read_checklist(
    path: Path,
    known_clauses: Mapping[str, str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[ChecklistRow, ...]:
    """Read and validate the checklist in workbook ``path``.

    Args:
        known_clauses: clause ids a row may name as parent besides earlier rows
            (the project's clauses), mapped to their clause numbers, e.g.
            ``{"iso9001-2015:7.1.5": "7.1.5"}``. A row under a numbered clause
            must keep its top-level number (e.g. ``7.1.5.a`` under 7.1.5).
        progress: called with (rows done, rows expected).
        cancelled: polled every hundred rows; True raises CancelledError.

    Returns:
        The entries in row order, parents before children.

    Raises:
        ChecklistImportError: not a regular file, not an xlsx, unreadable,
            damaged, over a limit of :mod:`desktop.import_limits`, or any bad
            row (a text over :data:`~desktop.import_limits.MAX_TEXT` characters
            too); its ``problems`` list every bad row with its Excel row number.
        CancelledError: cancelled.
    """
    path = Path(path)

    def refuse(en: str, zh: str) -> ChecklistImportError:
        return _file_error(path, en, zh)

    reader = _Reader(known_clauses)
    with check_workbook(path, refuse) as checked, translated_errors(refuse):
        workbook = load_checked(checked, refuse)
        try:
            name = next((n for n in workbook.sheetnames if n.strip().lower() == SHEET.lower()),
                        workbook.sheetnames[0] if workbook.sheetnames else None)
            scan = checked.sheets.get(name) if name is not None else None
            if name is None or scan is None:
                raise refuse("it has no worksheet", "其中没有工作表")
            sheet = workbook[name]
            sheet.reset_dimensions()  # writers store wrong dimensions; the scan counted rows
            header = next(sheet.iter_rows(min_row=1, max_row=1), ())
            if reader.header(header):
                width = max(reader.columns.values()) + 1
                rows = _rows(sheet.iter_rows(min_row=2, max_col=width), progress, cancelled,
                             scan.rows)
                reader.read(rows)
                reader.check_merged(scan.merged)
        finally:
            workbook.close()
    if reader.problems:
        raise import_error(path, reader.problems)
    return tuple(reader.result)


def import_error(path: Path, problems: Sequence[ImportProblem]) -> ChecklistImportError:
    """The error listing ``problems`` (sorted by row), for workbook ``path``."""
    ordered = sorted(problems, key=lambda p: p.row)
    shown = ordered[:_SHOWN_IN_MESSAGE]
    more = len(ordered) - len(shown)
    en = [f"The workbook {path.name} cannot be imported: {len(ordered)} problem(s) found. "
          "Nothing was imported.", *(p.text("en") for p in shown)]
    zh = [f"无法导入工作簿 {path.name}：发现 {len(ordered)} 处问题，未导入任何内容。",
          *(p.text("zh") for p in shown)]
    if more:
        en.append(f"… and {more} more.")
        zh.append(f"……另有 {more} 处。")
    return ChecklistImportError("\n".join(en), "\n".join(zh), ordered)


def _file_error(path: Path, en: str, zh: str) -> ChecklistImportError:
    return ChecklistImportError(f"Cannot import the checklist {path}: {en}.",
                                f"无法导入检查表 {path}：{zh}。")


def _rows(source: Iterator[tuple[Any, ...]], progress: Progress | None,
          cancelled: Cancelled | None, expected: int) -> Iterator[tuple[Any, ...]]:
    for number, row in enumerate(source, start=1):
        if number % 100 == 0:
            if cancelled is not None and cancelled():
                raise CancelledError()
            if progress is not None:
                progress(number, max(expected, number))
        yield row
    if progress is not None:
        progress(1, 1)


class _Reader:
    """Collects rows and problems; see :func:`read_checklist` for the rules."""

    def __init__(self, known_clauses: Mapping[str, str]) -> None:
        self.known = known_clauses
        self.columns: dict[str, int] = {}
        self.problems: list[ImportProblem] = []
        self.result: list[ChecklistRow] = []
        self._seen: dict[str, int] = {}  # key -> row
        self._rows: dict[str, ChecklistRow] = {}
        self._bad: set[str] = set()  # keys of rows with problems
        self._roots: dict[str, str] = {}  # key -> the project clause (or "") at its top

    def problem(self, row: int, column: str, en: str, zh: str) -> None:
        self.problems.append(ImportProblem(row, column, en, zh))

    def read(self, rows: Iterator[tuple[Any, ...]]) -> None:
        """Check the data rows (Excel row 2 on); call after :meth:`header` accepted row 1."""
        count = 0
        for number, cells in enumerate(rows, start=2):
            values = self._values(number, cells)
            if values is None:
                continue
            count += 1
            if count > MAX_ROWS:
                self.problem(number, "", f"more than {MAX_ROWS} entries; split the workbook",
                             f"条目超过 {MAX_ROWS} 个，请拆分工作簿")
                return
            self._entry(number, values)

    def header(self, cells: Sequence[Any]) -> bool:
        """Find the layout's columns in row 1; False (with problems) when one is missing."""
        for index, cell in enumerate(cells):
            value = getattr(cell, "value", None)
            name = value.strip().lower() if isinstance(value, str) else ""
            if name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS:
                if name in self.columns:
                    self.problem(1, name, "the column appears twice", "该列出现了两次")
                self.columns.setdefault(name, index)
        missing = [c for c in REQUIRED_COLUMNS if c not in self.columns]
        for name in missing:
            self.problem(1, name, "the column is missing from the header row",
                         "标题行中缺少该列")
        if missing:
            self.columns.clear()
        return not missing

    def _values(self, number: int, cells: Sequence[Any]) -> dict[str, str] | None:
        """The layout's cells of one row as text, or None for an empty row."""
        values: dict[str, str] = {}
        empty = True
        for name, index in self.columns.items():
            cell = cells[index] if index < len(cells) else None
            value = getattr(cell, "value", None)
            if value is None or (isinstance(value, str) and not value.strip()):
                values[name] = ""
                continue
            empty = False
            values[name] = self._text(number, name, cell, value)
        return None if empty else values

    def _text(self, number: int, name: str, cell: Any, value: Any) -> str:
        kind = getattr(cell, "data_type", "s")
        if kind == "f":
            shown = str(value)[:40]
            self.problem(number, name, f"the cell holds a formula ({shown}); enter the text "
                         "itself", f"单元格中是公式（{shown}），请直接填写文字")
        elif kind == "e":
            self.problem(number, name, f"the cell holds an error value {value}",
                         f"单元格中是错误值 {value}")
        elif isinstance(value, bool):
            self.problem(number, name, "the cell holds TRUE/FALSE, not text",
                         "单元格中是逻辑值 TRUE/FALSE，而不是文字")
        elif isinstance(value, dt.date | dt.time | dt.timedelta):
            self.problem(number, name, "the cell holds a date or time, not text; format "
                         "the cell as text",
                         "单元格中是日期或时间而不是文字，请将单元格设为文本格式")
        elif isinstance(value, int | float):
            return str(int(value)) if float(value).is_integer() else str(value)
        elif isinstance(value, str):
            text = value.strip()
            if too_long(value):
                self.problem(number, name, *too_long_message("the text", "文字", len(value)))
                return ""
            return text
        else:
            self.problem(number, name, "the cell does not hold text", "单元格中不是文字")
        return ""

    def _entry(self, number: int, values: dict[str, str]) -> None:
        before = len(self.problems)
        key, parent = values["id"], values["parent"]
        if not key:
            self.problem(number, "id", "the id is empty", "id 为空")
        elif "\n" in key or len(key) > 64:
            self.problem(number, "id", "the id must be one line of at most 64 characters",
                         "id 应为一行且不超过 64 个字符")
        elif key in self._seen:
            self.problem(number, "id", f"duplicate id {key!r} (first in row {self._seen[key]})",
                         f"id {key!r} 重复（首次出现在第 {self._seen[key]} 行）")
        elif key in self.known:
            self.problem(number, "id", f"the id {key!r} is already a clause of the project",
                         f"id {key!r} 已是本项目中的条款")
        if key and key not in self._seen:
            self._seen[key] = number
        raw_kind = values["kind"].lower()
        kind = next((k for k in ItemKind if k.value == raw_kind), None)
        if not raw_kind:
            self.problem(number, "kind", f"the kind is empty (use {_KINDS})",
                         f"类型为空（可用：{_KINDS}）")
        elif kind is None:
            self.problem(number, "kind", f"unknown kind {values['kind']!r} (use {_KINDS})",
                         f"未知的类型 {values['kind']!r}（可用：{_KINDS}）")
        title = Text(en=values["title_en"], zh=values["title_zh"])
        if not title.en and not title.zh:
            self.problem(number, "title_zh", "a title is needed in title_zh or title_en",
                         "title_zh 或 title_en 中至少要填写一个标题")
        parent_clause = self._parent(number, key, parent, kind)
        clause = values["clause"] or (key if kind is ItemKind.CLAUSE else parent_clause or "")
        self._check_clause(number, clause, parent)
        if len(self.problems) > before or kind is None:
            self._bad.add(key)
            return
        entry = ChecklistRow(row=number, key=key, parent=parent, clause=clause, kind=kind,
                             title=title, description=Text(en=values.get("description_en", ""),
                                                           zh=values.get("description_zh", "")))
        self._rows[key] = entry
        self._roots[key] = self._roots.get(parent, parent)  # one step per row: linear
        self.result.append(entry)

    def _parent(self, number: int, key: str, parent: str,
                kind: ItemKind | None) -> str | None:
        """Check the parent column; return the parent's clause number when known."""
        if not parent:
            if kind is not None and kind.is_checklist:
                self.problem(number, "parent", "a checklist item needs a parent clause",
                             "检查项必须有上级条款")
            return None
        if parent in self._rows:
            found = self._rows[parent]
            if found.kind.is_checklist:
                self.problem(number, "parent",
                             f"parent {parent!r} (row {found.row}) is a checklist item, "
                             "not a clause",
                             f"上级 {parent!r}（第 {found.row} 行）是检查项而不是条款")
            return found.clause
        if parent in self._bad:
            return None  # that row's own problems are reported
        if parent in self.known:
            return self.known[parent]
        if parent == key:
            self.problem(number, "parent", "an entry cannot be its own parent",
                         "条目不能是自己的上级")
        else:
            self.problem(number, "parent", f"parent {parent!r} is neither an earlier row "
                         "nor a clause of the project's standards",
                         f"上级 {parent!r} 既不是前面的行，也不是本项目标准中的条款")
        return None

    def _check_clause(self, number: int, clause: str, parent: str) -> None:
        root = self._roots.get(parent, parent)
        top = self.known.get(root, "").split(".", 1)[0]
        if top.isdigit() and clause.split(".", 1)[0] != top:
            self.problem(number, "clause", f"clause {clause!r} is outside clause {top} it "
                         f"belongs to; start it with {top}",
                         f"条款号 {clause!r} 不在所属的第 {top} 章内，应以 {top} 开头")

    def check_merged(self, ranges: Sequence[str]) -> None:
        """Report merged ranges that touch the layout's columns."""
        from openpyxl.utils.cell import range_boundaries  # openpyxl loads on first import

        by_index = {index + 1: name for name, index in self.columns.items()}
        for ref in ranges:
            try:
                min_col, min_row, max_col, _max_row = range_boundaries(ref)
            except (ValueError, TypeError):
                continue
            if min_col is None or min_row is None or max_col is None:
                continue
            touched = [by_index[c] for c in range(min_col, max_col + 1) if c in by_index]
            if touched:
                self.problem(min_row, touched[0], f"merged cells {ref}; unmerge them and fill "
                             "every cell", f"合并单元格 {ref}，请取消合并并填写每个单元格")

