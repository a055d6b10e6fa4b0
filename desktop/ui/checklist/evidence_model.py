"""Table model of evidence files: name, size, type, when added, and what the user
said about each (document or record, version, period covered, valid until).

Rows are :class:`desktop.domain.model.Evidence` values handed in by the
panel (the evidence of one checklist item) with their
:class:`EvidenceDetails`; the model never reads the project. Evidence that
no longer counts says "⊗ Expired" (or "⊗ Superseded") with the date, so the
state reads without colour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.model import Evidence
from desktop.domain.names import shown_name
from desktop.domain.records import EvidenceMeta
from desktop.ui.shell.formatting import human_size, iso_date, local_datetime
from desktop.ui.shell.i18n import arg

EXPIRED_SYMBOL = "⊗"
EXPIRED_FOREGROUND = QColor(150, 30, 0)  # the symbol and word carry the meaning


@dataclass(frozen=True)
class EvidenceDetails:
    """What is known about one evidence file for the item shown.

    Attributes:
        meta: the stored metadata, or None when none was recorded.
        valid_until: the last day it counts for the item (review-by date or the
            item's freshness rule); None when it does not expire.
        expired_on: the first day it stopped counting, when it has.
        superseded: True when a newer approved version replaced it.
    """

    meta: EvidenceMeta | None = None
    valid_until: dt.date | None = None
    expired_on: dt.date | None = None
    superseded: bool = False

EvidenceIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent" (never modified)
_ANSWERED = frozenset(int(r) for r in (  # painting asks for more; those return at once
    EvidenceIdRole, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole))


class EvidenceColumn(IntEnum):
    """The columns of :class:`EvidenceTableModel`."""

    NAME = 0
    SIZE = 1
    TYPE = 2
    ADDED = 3
    NATURE = 4
    VERSION = 5
    PERIOD = 6
    VALID = 7


class EvidenceTableModel(QAbstractTableModel):
    """Read-only rows of evidence files; ``EvidenceIdRole`` gives the evidence id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Evidence] = []
        self._details: dict[int, EvidenceDetails] = {}
        self._lang = "en"

    def set_rows(self, rows: Sequence[Evidence],
                 details: Mapping[int, EvidenceDetails] | None = None,
                 lang: str = "en") -> None:
        """Show ``rows`` (replaces the whole list) with their ``details`` by evidence id;
        document/record words in ``lang`` ("zh" or "en")."""
        self.beginResetModel()
        self._rows = list(rows)
        self._details = dict(details or {})
        self._lang = lang
        self.endResetModel()

    def details(self, evidence_id: int) -> EvidenceDetails:
        """The details shown for ``evidence_id`` (empty when none)."""
        return self._details.get(evidence_id, EvidenceDetails())

    def is_expired(self, row: int) -> bool:
        """True when the evidence of ``row`` no longer counts for the item."""
        evidence = self.evidence_at(row)
        return evidence is not None and self.details(evidence.id).expired_on is not None

    def evidence_at(self, row: int) -> Evidence | None:
        """The evidence of ``row``, or None when out of range."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, evidence_id: int) -> int:
        """The row showing ``evidence_id``, or -1."""
        for row, evidence in enumerate(self._rows):
            if evidence.id == evidence_id:
                return row
        return -1

    def retranslate(self) -> None:
        """Re-read translated headers after a UI language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(EvidenceColumn) - 1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of evidence files (0 below any row: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Name, size, type, added, nature, version, period, valid until."""
        return 0 if parent.isValid() else len(EvidenceColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(EvidenceColumn):
            return None
        return (self.tr("Name"), self.tr("Size"), self.tr("Type"), self.tr("Added"),
                self.tr("Kind"), self.tr("Version"), self.tr("Period"),
                self.tr("Valid until"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, the full size and item count as tooltips, the id under EvidenceIdRole."""
        if role not in _ANSWERED or not index.isValid() \
                or not 0 <= index.row() < len(self._rows):
            return None
        evidence = self._rows[index.row()]
        column = index.column()
        if role == EvidenceIdRole:
            return evidence.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == EvidenceColumn.NAME:
                return shown_name(evidence.name)
            if column == EvidenceColumn.SIZE:
                return human_size(evidence.size)
            if column == EvidenceColumn.TYPE:
                return evidence.media_type
            if column == EvidenceColumn.ADDED:
                return local_datetime(evidence.added_at)
            return self._detail_text(evidence, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == EvidenceColumn.VALID:
            expired = self.details(evidence.id).expired_on is not None
            return QBrush(EXPIRED_FOREGROUND) if expired else None
        if role == Qt.ItemDataRole.ToolTipRole and column >= EvidenceColumn.NATURE:
            return self._detail_tip(evidence, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == EvidenceColumn.SIZE:
                return arg(self.tr("%1 bytes"), f"{evidence.size:,}")
            if column == EvidenceColumn.NAME:
                used = self.tr("%1 — used by %n checklist item(s)", "", len(evidence.item_ids))
                return arg(used, shown_name(evidence.name))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == EvidenceColumn.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def valid_text(self, details: EvidenceDetails) -> str:
        """"⊗ Expired 2026-05-01", "⊗ Superseded 2026-05-01", "2026-12-31" or ""."""
        if details.expired_on is not None:
            word = self.tr("Superseded") if details.superseded else self.tr("Expired")
            return f"{EXPIRED_SYMBOL} {word} {iso_date(details.expired_on)}"
        return iso_date(details.valid_until)

    def _detail_text(self, evidence: Evidence, column: int) -> str | None:
        details = self.details(evidence.id)
        meta = details.meta
        if column == EvidenceColumn.VALID:
            return self.valid_text(details)
        if column == EvidenceColumn.NATURE:
            return meta.nature.label.get(self._lang) if meta and meta.nature else "–"
        if column == EvidenceColumn.VERSION:
            return meta.version if meta else ""
        if column == EvidenceColumn.PERIOD:
            if meta is None or meta.effective_from is None:
                return ""
            if meta.effective_to is None or meta.effective_to == meta.effective_from:
                return iso_date(meta.effective_from)
            return f"{iso_date(meta.effective_from)} – {iso_date(meta.effective_to)}"
        return None

    def _detail_tip(self, evidence: Evidence, column: int) -> str | None:
        details = self.details(evidence.id)
        meta = details.meta
        if column == EvidenceColumn.NATURE and (meta is None or meta.nature is None):
            return self.tr("Not stated: the file counts for no readiness layer until you say "
                           "whether it is a document or a record (Edit details…).")
        if column == EvidenceColumn.VERSION and meta is not None and meta.approved_on:
            return arg(self.tr("Approved on %1"), iso_date(meta.approved_on))
        if column == EvidenceColumn.VALID:
            if details.expired_on is not None:
                return self.tr("No longer counts towards readiness: renew it or set a new "
                               "review date.")
            if details.valid_until is None:
                return self.tr("Does not expire")
            return self.tr("Counts towards readiness up to and including this day")
        return None
