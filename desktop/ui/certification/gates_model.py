"""Table and list models of the certification gates and the internal audit coverage.

- :class:`GatesTableModel`: one row per :class:`~desktop.domain.gates.GateResult`,
  "✔ Passed" / "✘ Failed" (symbol and word), the gate and the reason.
- :class:`GateItemsModel`: the checklist items a gate concerns.
- :class:`CoverageTableModel`: clauses × sites (``desktop.domain.coverage``), "✔ n"
  when n held internal audits covered the pair, "✘ Not covered" otherwise.

Rows are values handed in by the panel; the models never read the project.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.coverage import CoverageMatrix
from desktop.domain.gates import GateResult
from desktop.domain.model import Text
from desktop.ui.shell.i18n import arg

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent" (never modified)
GateIdRole = Qt.ItemDataRole.UserRole + 1
ItemIdRole = Qt.ItemDataRole.UserRole + 2

PASSED_SYMBOL, FAILED_SYMBOL = "✔", "✘"


def _text(value: object, lang: str) -> str:
    return value.get(lang) if isinstance(value, Text) else str(value or "")


class GateColumn(IntEnum):
    """The columns of :class:`GatesTableModel`."""

    RESULT = 0
    GATE = 1
    REASON = 2


class GatesTableModel(QAbstractTableModel):
    """Read-only rows of :class:`~desktop.domain.gates.GateResult`; ``GateIdRole`` gives the id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GateResult] = []
        self._lang = "en"

    def set_gates(self, gates: Sequence[GateResult], lang: str) -> None:
        """Show ``gates`` (replaces every row), texts in ``lang`` ("zh" or "en")."""
        self.beginResetModel()
        self._rows = list(gates)
        self._lang = lang
        self.endResetModel()

    def gate_at(self, row: int) -> GateResult | None:
        """The gate of ``row``, or None when out of range."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, gate_id: str) -> int:
        """The row showing ``gate_id``, or -1."""
        return next((r for r, g in enumerate(self._rows) if g.id == gate_id), -1)

    def result_text(self, gate: GateResult) -> str:
        """"✔ Passed" or "✘ Failed" (reads without colour)."""
        if gate.passed:
            return PASSED_SYMBOL + " " + self.tr("Passed")
        return FAILED_SYMBOL + " " + self.tr("Failed")

    def retranslate(self) -> None:
        """Re-read translated headers and result words after a UI language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(GateColumn) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(GateColumn) - 1))

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of gates (0 below any row: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Result, gate, reason."""
        return 0 if parent.isValid() else len(GateColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(GateColumn):
            return None
        return (self.tr("Result"), self.tr("Gate"), self.tr("Why"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Result word, gate title, reason; the rule's source as the gate's tooltip."""
        if not index.isValid() or index.parent().isValid():
            return None
        gate = self.gate_at(index.row())
        if gate is None or not 0 <= index.column() < len(GateColumn):
            return None
        column = GateColumn(index.column())
        if role == GateIdRole:
            return gate.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column is GateColumn.RESULT:
                return self.result_text(gate)
            if column is GateColumn.GATE:
                return gate.title.get(self._lang)
            return gate.reason.get(self._lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is GateColumn.REASON:
                return gate.reason.get(self._lang)
            source = _text(gate.source, self._lang)
            return arg(self.tr("Source: %1"), source) if source else None
        return None


class GateItemsModel(QAbstractListModel):
    """The checklist items a gate concerns, as "clause title — status"; ``ItemIdRole``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []  # (item id, text)

    def set_items(self, rows: Sequence[tuple[str, str]]) -> None:
        """Show ``rows`` of (item id, display text)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of items (a flat list)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The text, its tooltip, and the item id under ``ItemIdRole``."""
        if not index.isValid() or index.parent().isValid() or index.column() != 0:
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        item_id, text = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == ItemIdRole:
            return item_id
        return None


def short_site(site: str) -> str:
    """A site's name without its address: the text before the first "：", ":" or "（"."""
    for mark in ("：", ":", "（", "("):
        site = site.split(mark, 1)[0]
    return site.strip()


class CoverageTableModel(QAbstractTableModel):
    """Clauses × sites: "✔ n" when n held internal audits covered the pair, "✘" when none.

    Column 0 is the clause ("ISO 9001 8.5 Production and service provision");
    one more column per site, headed by the short site name (full name as tooltip).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._clauses: list[tuple[str, str]] = []  # (clause id, label)
        self._sites: list[str] = []
        self._cells: Mapping[tuple[str, str], Sequence[int]] = {}
        self._audits: Mapping[int, str] = {}

    def set_matrix(self, matrix: CoverageMatrix, labels: Mapping[str, str],
                   audit_titles: Mapping[int, str]) -> None:
        """Show ``matrix``; ``labels`` names clause ids, ``audit_titles`` audit ids."""
        self.beginResetModel()
        self._clauses = [(c, labels.get(c, c)) for c in matrix.rows]
        self._sites = list(matrix.sites)
        self._cells = dict(matrix.cells)
        self._audits = dict(audit_titles)
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing (no project)."""
        self.beginResetModel()
        self._clauses, self._sites, self._cells = [], [], {}
        self.endResetModel()

    def covered(self, row: int, site: str) -> bool:
        """True when a held audit covered the clause of ``row`` at ``site``."""
        return bool(self._cells.get((self._clauses[row][0], site)))

    def retranslate(self) -> None:
        """Re-read translated headers after a UI language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._sites))

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of clauses (a flat table)."""
        return 0 if parent.isValid() else len(self._clauses)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """The clause column plus one per site."""
        return 0 if parent.isValid() else 1 + len(self._sites)

    def _site_name(self, site: str) -> str:
        return short_site(site) or self.tr("Whole organization")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """"Clause", then the short site names (full names as tooltips)."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= len(self._sites):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Clause") if section == 0 else self._site_name(self._sites[section - 1])
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return self._sites[section - 1] or self.tr("Whole organization")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Clause label or "✔ n" / "✘ Not covered"; the audits as the cell's tooltip."""
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._clauses) and 0 <= column <= len(self._sites)):
            return None
        clause_id, label = self._clauses[row]
        if column == 0:
            return label if role in (Qt.ItemDataRole.DisplayRole,
                                     Qt.ItemDataRole.ToolTipRole) else None
        site = self._sites[column - 1]
        audits = list(self._cells.get((clause_id, site), ()))
        if role == Qt.ItemDataRole.DisplayRole:
            if audits:
                return f"{PASSED_SYMBOL} {len(audits)}"
            return FAILED_SYMBOL + " " + self.tr("Not covered")
        if role == Qt.ItemDataRole.ToolTipRole:
            if not audits:
                return self.tr("No held internal audit covered this clause at this site")
            return "\n".join(self._audits.get(a, f"#{a}") for a in audits)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
