"""The review table of a folder scan: one row per distinct file content.

Files of equal content (same SHA-256) are one row; the other paths are its
copies (shown in the File column's tooltip). A row holds the item ids it will be
attached to and whether it is accepted; nothing is written until Apply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.model import Text
from desktop.onboarding import Nature, ScannedFile
from desktop.services.onboarding import ProjectScan
from desktop.services.session import ProjectSession

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex


@dataclass
class ReviewRow:
    """One file (content) under review.

    Attributes:
        file: the scanned file (the likely original of its copies).
        copies: other paths with the same content.
        in_project: the project already holds this content.
        items: item ids it will be attached to (best first).
        accepted: attached on Apply when True and ``items`` is not empty.
        changed: the user picked the items (shown as the reason).
    """

    file: ScannedFile
    copies: list[str] = field(default_factory=list)
    in_project: bool = False
    items: list[str] = field(default_factory=list)
    accepted: bool = False
    changed: bool = False

    def best(self) -> float:
        """Confidence of the best proposal, 0.0 when none."""
        return self.file.proposals[0].confidence if self.file.proposals else 0.0

    def above(self, threshold: float) -> list[str]:
        """Ids of the proposals at or above ``threshold`` (0.0 to 1.0)."""
        return [p.item_id for p in self.file.proposals if p.confidence >= threshold]


def review_rows(project_scan: ProjectScan, threshold: float) -> list[ReviewRow]:
    """Rows for ``project_scan``: copies (``duplicate_of``) folded into the file the
    scan read as their original; files at or above
    ``threshold`` accepted with those proposals, unless the project holds them."""
    rows: dict[str, ReviewRow] = {}
    files = project_scan.result.files
    copies = [f for f in files if f.duplicate_of is not None]
    for file in files:
        if file.duplicate_of is not None or file.sha256 in rows:
            continue
        row = ReviewRow(file, in_project=project_scan.is_in_project(file))
        row.items = row.above(threshold) or [p.item_id for p in file.proposals[:1]]
        row.accepted = not row.in_project and bool(row.above(threshold))
        rows[file.sha256] = row
    for file in copies:
        if file.sha256 in rows:
            rows[file.sha256].copies.append(file.path)
    return list(rows.values())


class ReviewModel(QAbstractTableModel):
    """Table of :class:`ReviewRow`: File (checkable = accepted), Items, Confidence,
    Reason, Nature, Dates, State.

    Args:
        session: the open project (item clauses and titles).
        rows: from :func:`review_rows`.
        lang: "en" or "zh" for item titles, reasons and natures.
    """

    FILE, ITEMS, CONFIDENCE, REASON, NATURE, DATES, STATE = range(7)

    def __init__(self, session: ProjectSession, rows: list[ReviewRow], lang: str,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self.rows = rows
        self._lang = lang
        self._texts: dict[str, str] = {}

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Files under review (0 below any row: a flat table)."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Seven columns."""
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles in the UI language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("File"), self.tr("Checklist items"), self.tr("Confidence"),
                self.tr("Reason"), self.tr("Nature"), self.tr("Dates"),
                self.tr("State"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable; the File column is checkable (accepted)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.FILE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def item_text(self, item_id: str) -> str:
        """E.g. "9.3.3 Management review outputs" in the content language."""
        text = self._texts.get(item_id)
        if text is None:
            item = self._session.checklist_item(item_id)
            text = self._texts[item_id] = f"{item.clause} {item.title.get(self._lang)}"
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell texts, tooltips (copies, all reasons) and the accept checkbox."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == self.FILE:
            return Qt.CheckState.Checked if row.accepted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def _display(self, row: ReviewRow, col: int) -> str:
        file = row.file
        if col == self.FILE:
            return file.path + (f"  (+{len(row.copies)})" if row.copies else "")
        if col == self.ITEMS:
            return "; ".join(self.item_text(i) for i in row.items)
        if col == self.CONFIDENCE:
            return f"{round(row.best() * 100)}%" if file.proposals else ""
        if col == self.REASON:
            if row.changed:
                return self.tr("Chosen by you")
            reason: Text | None = file.proposals[0].reason if file.proposals else file.note
            return reason.get(self._lang) if reason is not None else ""
        if col == self.NATURE:
            return Nature(file.nature).label.get(self._lang)
        if col == self.DATES:
            return ", ".join(d.isoformat() for d in file.dates)
        if row.in_project:
            return self.tr("Already in the project")
        if not row.items:
            return self.tr("No item proposed")
        return self.tr("Accepted") if row.accepted else self.tr("Skipped")

    def _tooltip(self, row: ReviewRow, col: int) -> str | None:
        if col == self.FILE and row.copies:
            return self.tr("Same content as:") + "\n" + "\n".join(row.copies)
        if col == self.REASON:
            return "\n".join(f"{self.item_text(p.item_id)}: {p.reason.get(self._lang)}"
                             for p in row.file.proposals) or None
        if col in (self.FILE, self.ITEMS):
            return self._display(row, col)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick or untick the accept checkbox of a row."""
        if (not index.isValid() or index.column() != self.FILE
                or role != Qt.ItemDataRole.CheckStateRole):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        return self.set_accepted([index.row()], checked)

    def set_accepted(self, rows: list[int], accepted: bool) -> bool:
        """Accept or skip ``rows``; a row without items cannot be accepted."""
        done = False
        for r in rows:
            row = self.rows[r]
            new = accepted and bool(row.items)
            if row.accepted != new:
                row.accepted = new
                done = True
                self._row_changed(r)
        return done

    def set_items(self, r: int, item_ids: list[str]) -> None:
        """The user chose ``item_ids`` for row ``r``: it is accepted when not empty."""
        row = self.rows[r]
        row.items = list(item_ids)
        row.changed = True
        row.accepted = bool(item_ids)
        self._row_changed(r)

    def accept_above(self, threshold: float) -> int:
        """Accept every row not in the project whose proposals reach ``threshold``
        (with those proposals); rows the user changed keep their items. Returns
        how many rows are newly accepted."""
        count = 0
        for r, row in enumerate(self.rows):
            ids = row.above(threshold)
            if row.in_project or not ids or row.accepted:
                continue
            if not row.changed:
                row.items = ids
            row.accepted = True
            count += 1
            self._row_changed(r)
        return count

    def accepted(self) -> list[tuple[ScannedFile, list[str]]]:
        """What Apply attaches: (file, item ids) of accepted rows."""
        return [(row.file, list(row.items)) for row in self.rows if row.accepted and row.items]

    def _row_changed(self, r: int) -> None:
        self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))
