"""The left side: one tab per standard of the project, each a clause tree.

Each tab shows a :class:`ChecklistTreeModel` in a QTreeView. The panel reads
item states and evidence counts from the project when told to (a project was
opened, or :class:`Changes` named some items) and tells the rest of the
window which entry is selected.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.session import ProjectSession
from desktop.ui.models.checklist import ChecklistTreeModel, Column


class ChecklistPanel(QWidget):
    """Standard tabs with a clause tree each.

    Signals:
        itemSelected(str): the selected entry's id (clause or checklist item),
            or "" when nothing is selected.
    """

    itemSelected = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self._lang = lang
        self._session: ProjectSession | None = None
        self._models: list[ChecklistTreeModel] = []
        self._views: list[QTreeView] = []
        self.tabs = QTabWidget()
        self.tabs.setObjectName("standardTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    # -- project ---------------------------------------------------------------

    def set_session(self, session: ProjectSession | None) -> None:
        """Show the standards of ``session`` (or nothing)."""
        self._session = session
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        self._models.clear()
        self._views.clear()
        self.tabs.blockSignals(False)
        if session is None:
            self.itemSelected.emit("")
            return
        states = session.store.item_states()
        counts = Counter(i for e in session.store.evidence_list() for i in e.item_ids)
        for standard in session.standards():
            model = ChecklistTreeModel(standard, self._lang, parent=self)
            model.set_states(states, counts)
            view = self._make_view(model, standard.id)
            self._models.append(model)
            self._views.append(view)
            index = self.tabs.addTab(view, standard.label)
            self.tabs.setTabToolTip(
                index, f"{standard.label} / {standard.national}\n{standard.title.get(self._lang)}")
        self._on_tab_changed(self.tabs.currentIndex())

    def _make_view(self, model: ChecklistTreeModel, standard_id: str) -> QTreeView:
        view = QTreeView()
        view.setObjectName(f"checklistTree_{standard_id}")
        view.setAccessibleName(model.standard.label)
        view.setModel(model)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        # Fixed starting widths (the user may resize): columns must not jump as
        # clauses are expanded, and must fit both languages.
        metrics = view.fontMetrics()
        samples = {Column.STATUS: "◐ Not applicable", Column.OWNER: "行政人事部 李娜娜",
                   Column.DUE: "2026-12-31", Column.EVIDENCE: "Evidence"}
        for column, sample in samples.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        view.expandToDepth(0)
        view.selectionModel().selectionChanged.connect(self._on_selection)
        return view

    def refresh_items(self, item_ids: Iterable[str]) -> None:
        """Re-read state and evidence count of ``item_ids`` (rows and roll-ups only)."""
        if self._session is None:
            return
        store = self._session.store
        ids = list(item_ids)
        states = {i: store.item_state(i) for i in ids}
        counts = {i: len(store.evidence_for_item(i)) for i in ids}
        for model in self._models:
            mine = {i for i in ids if model.index_for(i).isValid()}
            if mine:
                model.update_items({i: states[i] for i in mine}, {i: counts[i] for i in mine})

    # -- selection ---------------------------------------------------------------

    def current_view(self) -> QTreeView | None:
        """The tree of the visible tab."""
        index = self.tabs.currentIndex()
        return self._views[index] if 0 <= index < len(self._views) else None

    def current_model(self) -> ChecklistTreeModel | None:
        """The model of the visible tab."""
        index = self.tabs.currentIndex()
        return self._models[index] if 0 <= index < len(self._models) else None

    def current_item_id(self) -> str:
        """The selected entry's id in the visible tab, or ""."""
        view = self.current_view()
        if view is None:
            return ""
        rows = view.selectionModel().selectedRows()
        if not rows:
            return ""
        item = view.model().item_at(rows[0])
        return item.id if item else ""

    def select_item(self, item_id: str) -> bool:
        """Show the tab holding ``item_id``, expand to it and select it."""
        for tab, model in enumerate(self._models):
            index = model.index_for(item_id)
            if index.isValid():
                self.tabs.setCurrentIndex(tab)
                view = self._views[tab]
                parent = index.parent()
                while parent.isValid():
                    view.expand(parent)
                    parent = parent.parent()
                view.setCurrentIndex(index)
                view.scrollTo(index)
                return True
        return False

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.itemSelected.emit(self.current_item_id())

    def _on_tab_changed(self, _index: int) -> None:
        self.itemSelected.emit(self.current_item_id())

    # -- language ------------------------------------------------------------------

    def set_content_language(self, lang: str) -> None:
        """Show titles and status words in ``lang`` ("zh" or "en")."""
        self._lang = lang
        for model in self._models:
            model.set_language(lang)
        for tab, model in enumerate(self._models):
            std = model.standard
            self.tabs.setTabToolTip(tab, f"{std.label} / {std.national}\n{std.title.get(lang)}")

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-read translated texts (headers, tags) of every tree."""
        self.tabs.setAccessibleName(self.tr("Standards"))
        for model in self._models:
            model.retranslate()

    def model_for(self, standard_id: str) -> ChecklistTreeModel | None:
        """The model of one standard's tab (for tests and the item panel)."""
        return next((m for m in self._models if m.standard.id == standard_id), None)

    def first_index(self) -> QModelIndex:
        """The first row of the visible tree (to select something on open)."""
        model = self.current_model()
        return model.index(0, 0) if model else QModelIndex()
