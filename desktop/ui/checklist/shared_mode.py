"""Helpers of the item panel's shared mode (an integrated item standing for several standards).

- :func:`merged_state`: one :class:`ItemState` for the editors, with the
  fields on which the standards differ left blank and named.
- :func:`values_tip`: each standard's own value of a field on which they differ.
- :class:`TargetsTable`: the targets with each standard's own status, sized
  to show every row without scrolling.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget

from desktop.domain.model import Catalog, CatalogItem, ItemState, ItemStatus
from desktop.ui.checklist.shared_targets import SharedTargetsModel, TargetColumn
from desktop.ui.shell.formatting import status_text

#: Field names of :class:`ItemState` that :func:`merged_state` compares.
MERGED_FIELDS = ("status", "justification", "owner", "due_date", "notes")


def merged_state(targets: Iterable[CatalogItem], states: Mapping[str, ItemState]
                 ) -> tuple[ItemState, frozenset[str]]:
    """The targets' common state, and the names of the fields on which they differ.

    A field that differs is given its empty value (not started, "", None) in
    the returned state, so an editor shows it blank and saves nothing unless
    the user enters a value, which then applies to every target.
    """
    own = [states.get(t.id) or ItemState(t.id) for t in targets]
    blank = ItemState("")
    values: dict[str, object] = {}
    mixed: set[str] = set()
    for name in MERGED_FIELDS:
        found = {getattr(s, name) for s in own}
        if len(found) == 1:
            values[name] = found.pop()
        else:
            values[name] = getattr(blank, name)
            mixed.add(name)
    if "status" in mixed:
        values["status"] = ItemStatus.NOT_STARTED
    return ItemState("", **values), frozenset(mixed)  # type: ignore[arg-type]


def values_tip(targets: Sequence[CatalogItem], states: Mapping[str, ItemState], field: str,
               lang: str, catalog: Catalog) -> str:
    """A tooltip giving each target's own value of ``field`` (one of
    :data:`MERGED_FIELDS`), one line per standard: "ISO 9001:2015: 2026-12-31";
    a blank value reads "not set". ``lang`` ("zh"/"en") is for status words."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("SharedMode", text)

    lines = [tr("Differs between standards:")]
    for target in targets:
        value = getattr(states.get(target.id) or ItemState(target.id), field)
        if isinstance(value, ItemStatus):
            text = status_text(value, lang)
        elif isinstance(value, dt.date):
            text = value.isoformat()
        else:
            text = str(value or "").strip().split("\n")[0]
        lines.append(f"{catalog.standard(target.standard_id).label}: {text or tr('not set')}")
    return "\n".join(lines)


class TargetsTable(QTableView):
    """The targets of the shared item shown; selecting a row picks whose guidance to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharedTargetsTable")
        self.targets = SharedTargetsModel(self)
        self.setModel(self.targets)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (TargetColumn.STANDARD, TargetColumn.CLAUSE, TargetColumn.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TargetColumn.ITEM, QHeaderView.ResizeMode.Stretch)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.targets.modelReset.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        """Tall enough for the header and every row (a shared item has two to four)."""
        rows = max(1, self.targets.rowCount())
        height = (self.horizontalHeader().sizeHint().height()
                  + rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth())
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        """Same height as :meth:`sizeHint` (rows never scroll out of sight)."""
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def select_row(self, row: int) -> None:
        """Select ``row`` (the first target when a shared item is shown)."""
        if 0 <= row < self.targets.rowCount():
            self.selectRow(row)

    def selected_target(self) -> CatalogItem | None:
        """The catalog item of the selected row, or None."""
        rows = self.selectionModel().selectedRows()
        return self.targets.target_at(rows[0].row()) if rows else None
