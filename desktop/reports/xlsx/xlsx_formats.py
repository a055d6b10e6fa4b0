"""Conditional formats of the workbook: status colours and overdue dates.

Status cells begin with their symbol (○ not started, ◐ in progress,
● ready, – not applicable), and the colours follow the symbols' own logic
so that a grayscale print still tells them apart, by lightness and weight:

- ○ not started: no fill, bold dark red text (prints as bold black on white);
- ◐ in progress: light amber fill (prints light grey);
- ● ready: green fill (prints mid grey, darker than in progress);
- – not applicable: grey text, no fill.

An overdue date (a due date before today, whose row is not done) is bold
dark red on a light red fill (prints bold on light grey). "Today" is the
spreadsheet's ``TODAY()``, so the mark follows the day the workbook is
opened or printed, not the export day.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill

from desktop.domain.model import ItemStatus


def _fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


STATUS_STYLES: dict[ItemStatus, tuple[Font, PatternFill | None]] = {
    ItemStatus.NOT_STARTED: (Font(bold=True, color="FF9C0006"), None),
    ItemStatus.IN_PROGRESS: (Font(color="FF7F4F00"), _fill("FFFFD966")),
    ItemStatus.READY: (Font(color="FF0B3D12"), _fill("FF93C47D")),
    ItemStatus.NOT_APPLICABLE: (Font(color="FF7F7F7F"), None),
}
"""Font and fill of a status cell, by status (see the module docstring)."""

OVERDUE_FONT = Font(bold=True, color="FF9C0006")
OVERDUE_FILL = _fill("FFF4CCCC")
FAILED_FONT = Font(bold=True, color="FF9C0006")


def status_formats(sheet: Any, columns: Sequence[str], last_row: int) -> None:
    """Colour the status cells of ``columns`` (letters), rows 2 to ``last_row``, by symbol."""
    if last_row < 2:
        return
    for column in columns:
        cells = f"{column}2:{column}{last_row}"
        for status, (font, fill) in STATUS_STYLES.items():
            rule = FormulaRule(formula=[f'LEFT(${column}2,1)="{status.symbol}"'],
                               font=font, fill=fill, stopIfTrue=True)
            sheet.conditional_formatting.add(cells, rule)


def overdue_format(sheet: Any, due: str, status: str, done: Sequence[str],
                   last_row: int, *, by_symbol: bool) -> None:
    """Mark the due dates of column ``due`` that are past while the row is not done.

    Args:
        due, status: column letters of the due date and the row's status.
        done: what marks a row done: status symbols (``by_symbol``, compared
            with the cell's first character) or whole status words.
        last_row: the last data row (data start on row 2).
    """
    if last_row < 2:
        return
    subject = f"LEFT(${status}2,1)" if by_symbol else f"${status}2"
    not_done = ",".join(f'{subject}<>"{_quoted(word)}"' for word in done)
    formula = f"AND(ISNUMBER(${due}2),${due}2<TODAY(),{not_done})"
    sheet.conditional_formatting.add(
        f"{due}2:{due}{last_row}",
        FormulaRule(formula=[formula], font=OVERDUE_FONT, fill=OVERDUE_FILL))


def mark_format(sheet: Any, cells: str, first: str, symbol: str) -> None:
    """Bold dark red text in ``cells`` whose text begins with ``symbol`` (e.g. "✘" or "⊗").

    ``first`` is the top-left cell of ``cells`` (e.g. "B8").
    """
    column = "".join(c for c in first if c.isalpha())
    row = first[len(column):]
    sheet.conditional_formatting.add(
        cells, FormulaRule(formula=[f'LEFT(${column}{row},1)="{symbol}"'], font=FAILED_FONT))


def _quoted(text: str) -> str:
    """``text`` inside a formula's string literal."""
    return text.replace('"', '""')
