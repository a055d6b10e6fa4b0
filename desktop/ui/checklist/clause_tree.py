"""A checkable tree of the project's clauses (levels 1 and 2) for the audit editor,
and how clauses are named in the audit views."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from desktop.domain.model import Catalog, ItemKind, Standard

ClauseIdRole = Qt.ItemDataRole.UserRole + 1


def clause_label(catalog: Catalog, clause_id: str) -> str:
    """"ISO 9001:2015 8.5" for ``"iso9001-2015:8.5"`` (the id itself when unknown)."""
    if not catalog.has_item(clause_id):
        return clause_id
    item = catalog.item(clause_id)
    try:
        label = catalog.standard(item.standard_id).label
    except KeyError:
        label = item.standard_id
    return f"{label} {item.clause}"


def clause_choices(standards: Sequence[Standard], lang: str) -> list[tuple[str, str]]:
    """Every clause node of ``standards`` as (id, "ISO 9001:2015 8.5 <title in lang>")."""
    return [(item.id, f"{std.label} {item.clause} {item.shown_title.get(lang)}")
            for std in standards for item in std.items if item.kind is ItemKind.CLAUSE]


class ClauseTree(QTreeWidget):
    """Checkable clauses (levels 1 and 2) of the project's standards.

    Checking a standard or a main clause checks everything below it.
    :meth:`checked_ids` gives the checked second-level clause node ids (and
    main clauses without sub-clauses), e.g. ``"iso9001-2015:8.5"``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditClauseTree")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._labels: dict[str, str] = {}

    def set_standards(self, standards: Sequence[Standard], lang: str) -> None:
        """One branch per standard: its main clauses and their sub-clauses."""
        self.clear()
        self._items.clear()
        self._labels.clear()
        tristate = Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable
        for std in standards:
            top = QTreeWidgetItem(self, [std.label])
            top.setFlags(top.flags() | tristate)
            top.setCheckState(0, Qt.CheckState.Unchecked)
            mains: dict[str, QTreeWidgetItem] = {}
            for item in std.items:
                if item.kind is not ItemKind.CLAUSE:
                    continue
                if item.parent is None:
                    node = QTreeWidgetItem(top, [f"{item.clause} {item.title.get(lang)}"])
                    node.setFlags(node.flags() | tristate)
                    mains[item.id] = node
                elif item.parent in mains:
                    node = QTreeWidgetItem(mains[item.parent],
                                           [f"{item.clause} {item.title.get(lang)}"])
                    node.setFlags(node.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                else:
                    continue
                node.setData(0, ClauseIdRole, item.id)
                node.setToolTip(0, f"{std.label} {item.clause} {item.title.get(lang)}")
                node.setCheckState(0, Qt.CheckState.Unchecked)
                self._items[item.id] = node
                self._labels[item.id] = f"{std.label} {item.clause}"
            top.setExpanded(True)

    def main_clauses(self) -> list[str]:
        """Main clause numbers of every standard, in numeric order ("4" … "10")."""
        numbers = {node.text(0).split(" ", 1)[0] for node in self._items.values()
                   if node.parent() is not None and node.parent().parent() is None}
        return sorted(numbers, key=lambda n: (not n.isdigit(), int(n) if n.isdigit() else 0, n))

    def item_for(self, clause_id: str) -> QTreeWidgetItem | None:
        """The tree item of a clause node id, if shown."""
        return self._items.get(clause_id)

    def set_checked(self, clause_ids: Iterable[str]) -> None:
        """Check exactly these clause nodes (a main clause checks all its sub-clauses)."""
        for node in self._items.values():
            if node.childCount() == 0:
                node.setCheckState(0, Qt.CheckState.Unchecked)
        for clause_id in clause_ids:
            node = self._items.get(clause_id)
            if node is not None:
                node.setCheckState(0, Qt.CheckState.Checked)

    def select_clause(self, number: str) -> None:
        """Check main clause ``number`` (e.g. "8") and all of it, in every standard."""
        for node in self._items.values():
            parent = node.parent()
            if (parent is not None and parent.parent() is None
                    and node.text(0).split(" ", 1)[0] == number):
                node.setCheckState(0, Qt.CheckState.Checked)

    def checked_ids(self) -> list[str]:
        """Checked sub-clauses and checked main clauses without sub-clauses, in tree order."""
        return [clause_id for clause_id, node in self._items.items()
                if node.childCount() == 0 and node.checkState(0) == Qt.CheckState.Checked]

    def label(self, clause_id: str) -> str:
        """"ISO 9001:2015 8.5" for a clause of the tree (the id itself otherwise)."""
        return self._labels.get(clause_id, clause_id)

    def shows(self, clause_id: str) -> bool:
        """True when ``clause_id`` is one of the tree's clauses."""
        return clause_id in self._items
