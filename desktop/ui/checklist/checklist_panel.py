"""The left side: one tab per standard of the project, each a clause tree, and
the integrated (三体系) tree when the project has two standards or more.
Above the tabs, find and filter (:class:`~desktop.ui.checklist.find_bar.FindBar`)
narrows the visible tree to the matching entries.

Each standard's tab shows a :class:`ChecklistTreeModel` in a QTreeView; the
last tab shows an :class:`IntegratedTreeModel` (shared requirements once for
every standard, then each standard's own items). The panel reads item states
and evidence from the project when told to (a project was opened, or
:class:`Changes` named some items) and tells the rest of the window which
entry is selected (a clause, a checklist item or a shared item id).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.custom import CUSTOM_SYSTEM
from desktop.domain.find import FindEntry, matching_ids
from desktop.domain.model import Standard
from desktop.services.find import find_entries
from desktop.services.integrated import integrated_view
from desktop.services.session import ProjectSession
from desktop.ui.checklist.checklist_model import ChecklistTreeModel, ItemIdRole
from desktop.ui.checklist.evidence_drop import TreeFileDrop
from desktop.ui.checklist.find_bar import FindBar
from desktop.ui.checklist.integrated_model import IntegratedTreeModel
from desktop.ui.checklist.tree_columns import ColumnFitter
from desktop.ui.checklist.tree_filter import TreeMatches, filter_tree, show_all


def _viewport() -> QWidget:
    """A viewport for a tree, made as Qt makes its own (same name, background, filling).

    The drop target needs the tree's viewport; Qt's own one is a plain widget that
    Python has not seen, and PySide looks through every QtWidgets class (realizing
    each) before it hands it over: about 10 ms, paid at start by the first tree.
    """
    viewport = QWidget(objectName="qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    return viewport


class ChecklistPanel(QWidget):
    """Standard tabs with a clause tree each, with find and filter above them.

    Args:
        lang: content language ("zh" or "en").
        user_name: returns the user's own name ("" when not set), for the
            "Mine" owner filter.

    Attributes:
        today: the clock the due-date and expired-evidence filters use;
            tests replace it to fix the day.

    Actions (for the Edit menu): :attr:`find_action` (Ctrl+F),
    :attr:`find_next_action` (F3), :attr:`find_previous_action` (Shift+F3).

    Signals:
        itemSelected(str): the selected entry's id (clause or checklist item),
            or "" when nothing is selected.
        filesDropped(list): files or folders (``list[Path]``) were dropped on
            the row of a checklist or shared item, which was selected first.
    """

    itemSelected = Signal(str)
    filesDropped = Signal(list)

    def __init__(self, lang: str, parent: QWidget | None = None, *,
                 user_name: Callable[[], str] = lambda: "") -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self._lang = lang
        self._session: ProjectSession | None = None
        self._models: list[ChecklistTreeModel] = []
        self._views: list[QTreeView] = []  # one per tab: the standards', then the integrated
        self._integrated: IntegratedTreeModel | None = None  # see integrated_model
        self.integrated_view: QTreeView | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("standardTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.today: Callable[[], dt.date] = dt.date.today
        self._entries: dict[str, FindEntry] | None = None  # built when first needed
        self._found: TreeMatches | None = None  # of the visible tree, while filtering
        self._filtered: list[QTreeView] = []  # trees with hidden rows
        self._told = ""  # the entry itemSelected named last
        self._selecting = False  # select_item is changing the tab (it tells once, after)
        self.find_bar = FindBar(lang, user_name)
        self.find_bar.filtersChanged.connect(self._apply_filter)
        self.find_bar.nextRequested.connect(lambda: self.find_next(True))
        self.find_bar.previousRequested.connect(lambda: self.find_next(False))
        self.find_bar.cleared.connect(self._focus_tree)
        self.find_action = self._action("actionFind", QKeySequence.StandardKey.Find,
                                        self.find_bar.focus_field)
        self.find_next_action = self._action("actionFindNext", QKeySequence("F3"),
                                             lambda: self.find_next(True))
        self.find_previous_action = self._action("actionFindPrevious",
                                                 QKeySequence("Shift+F3"),
                                                 lambda: self.find_next(False))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.tabs)
        self.retranslate()

    def _action(self, name: str, keys: QKeySequence | QKeySequence.StandardKey,
                slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- project ---------------------------------------------------------------

    def set_session(self, session: ProjectSession | None) -> None:
        """Show the standards of ``session`` (or nothing).

        Find and filter are kept when the same project is shown again (e.g.
        after a custom item was added) and cleared for another project.
        """
        if session is None or self._session is None or session.path != self._session.path:
            self.find_bar.clear()
        self._session = session
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        self._models.clear()
        self._views.clear()
        self._integrated = self.integrated_view = None
        self._entries = self._found = None
        self._filtered.clear()
        self.tabs.blockSignals(False)
        self.find_bar.setEnabled(session is not None)
        if session is None:
            self.find_bar.set_count(None)
            self._tell_selected()
            return
        states = session.store.item_states()
        self.find_bar.set_owners(s.owner.strip() for s in states.values() if s.owner.strip())
        ids = session.store.evidence_ids_by_item()  # the links, read once at opening
        counts = {item_id: len(files) for item_id, files in ids.items()}
        for standard in session.standards():
            model = ChecklistTreeModel(standard, self._lang, states=states, evidence=counts,
                                       filled=False, parent=self)
            view = self._make_view(model, standard.id)
            self._models.append(model)
            self._views.append(view)
            index = self.tabs.addTab(view, standard.label)
            self.tabs.setTabToolTip(index, self._tab_tip(standard))
        bundled = [s for s in session.standards() if s.system != CUSTOM_SYSTEM]
        if len(bundled) >= 2:  # custom checklists have no Harmonized Structure clauses
            integrated = IntegratedTreeModel(integrated_view(session), bundled, self._lang,
                                             states=states, evidence=ids, filled=False,
                                             parent=self)
            self._integrated = integrated
            self.integrated_view = self._make_view(integrated, "integrated")
            self._views.append(self.integrated_view)
            self.tabs.addTab(self.integrated_view, "")
            self._integrated_texts()
        self._on_tab_changed(self.tabs.currentIndex())  # fills the tree in front; the
        # others are filled when first shown (eventFilter) or asked for
        self._apply_filter()

    @property
    def integrated_model(self) -> IntegratedTreeModel | None:
        """The model of the integrated tab (None with fewer than two standards), filled."""
        if self._integrated is not None:
            self._integrated.fill()
        return self._integrated

    def _tab_tip(self, standard: Standard) -> str:
        national = f" / {standard.national}" if standard.national else ""
        return f"{standard.label}{national}\n{standard.title.get(self._lang)}"

    def _integrated_texts(self) -> None:
        if self.integrated_view is None or self._session is None:
            return
        index = self.tabs.indexOf(self.integrated_view)
        if sum(m.standard.system != CUSTOM_SYSTEM for m in self._models) >= 3:
            self.tabs.setTabText(index, self.tr("Integrated", "tab: three or more standards"))
        else:
            self.tabs.setTabText(index, self.tr("Integrated", "tab: two standards"))
        self.tabs.setTabToolTip(index, self.tr(
            "Integrated management system: requirements the standards share appear once; "
            "status, owner, dates and files set here apply to every standard."))
        self.integrated_view.setAccessibleName(self.tabs.tabText(index))

    def _make_view(self, model: ChecklistTreeModel | IntegratedTreeModel,
                   standard_id: str) -> QTreeView:
        view = QTreeView()
        view.setViewport(_viewport())
        view.setObjectName(f"checklistTree_{standard_id}")
        if isinstance(model, ChecklistTreeModel):
            view.setAccessibleName(model.standard.label)
        view.setModel(model)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        ColumnFitter(view)  # the title stretches; the other columns fit their texts
        view.expandToDepth(0)
        view.selectionModel().selectionChanged.connect(self._on_selection)
        view.installEventFilter(self)
        TreeFileDrop(view, lambda: self._session, self.filesDropped.emit)
        return view

    def refresh_items(self, item_ids: Iterable[str]) -> None:
        """Re-read state and evidence count of ``item_ids`` (rows and roll-ups only)."""
        if self._session is None:
            return
        store = self._session.store
        ids = list(item_ids)
        states = {i: store.item_state(i) for i in ids}
        files = {i: {e.id for e in store.evidence_for_item(i)} for i in ids}
        counts = {i: len(f) for i, f in files.items()}
        for model in self._models:
            mine = {i for i in ids if model.index_for(i).isValid()}
            if mine:
                model.update_items({i: states[i] for i in mine}, {i: counts[i] for i in mine})
        if self._integrated is not None:
            self._integrated.update_items(states, files)
        owners = [s.owner.strip() for s in states.values() if s.owner.strip()]
        if owners:
            self.find_bar.set_owners([*self.find_bar.owners(), *owners])
        self._entries = None
        if self._found is not None:
            self._apply_filter(keep_current=True)

    # -- find and filter ---------------------------------------------------------

    def _find_entries(self) -> dict[str, FindEntry]:
        if self._entries is None:
            assert self._session is not None
            self._entries = find_entries(self._session, self.today())
        return self._entries

    def _apply_filter(self, keep_current: bool = False) -> None:
        """Show only the matches of the find bar in the visible tree, or everything.

        ``keep_current`` keeps the selected row visible (after an edit took it
        out of the filter, so it does not vanish under the user's hands).
        """
        filters = self.find_bar.filters()
        view = self.current_view()
        if not filters.active or self._session is None or view is None:
            for tree in self._filtered:
                show_all(tree)
            self._filtered.clear()
            self._found = None
            self.find_bar.set_count(None)
            if view is not None and view.currentIndex().isValid():
                view.scrollTo(view.currentIndex())
            return
        if self._found is None:  # a new search reads the project afresh
            self._entries = None
        ids = matching_ids(self._find_entries().values(), filters, self.today())
        keep = {self.current_item_id()} - {""} if keep_current else set()
        self._found = filter_tree(view, ids, keep)
        if view not in self._filtered:
            self._filtered.append(view)
        self.find_bar.set_count(self._found.count)

    def find_next(self, forward: bool = True) -> bool:
        """Select the next (or previous) match in the visible tree, wrapping around.

        Without a find text or filter, puts the cursor in the find field instead.
        Returns True when a match was selected.
        """
        view = self.current_view()
        if self._found is None or view is None:
            self.find_bar.focus_field()
            return False
        index = self._found.step(view.currentIndex(), forward)
        if not index.isValid():
            return False
        view.setCurrentIndex(index)
        view.scrollTo(index)
        return True

    def _focus_tree(self) -> None:
        view = self.current_view()
        if view is not None:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A tree is filled as it is first shown; Escape in a filtered tree clears
        find and filters."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QTreeView):
            model = watched.model()
            if isinstance(model, ChecklistTreeModel | IntegratedTreeModel):
                model.fill()  # before its columns are fitted and it is painted
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and self._found is not None
                and watched in self._views):
            self.find_bar.clear()
            return True
        return super().eventFilter(watched, event)

    # -- selection ---------------------------------------------------------------

    def current_view(self) -> QTreeView | None:
        """The tree of the visible tab."""
        index = self.tabs.currentIndex()
        return self._views[index] if 0 <= index < len(self._views) else None

    def current_model(self) -> ChecklistTreeModel | IntegratedTreeModel | None:
        """The model of the visible tab."""
        view = self.current_view()
        model = view.model() if view is not None else None
        return model if isinstance(model, ChecklistTreeModel | IntegratedTreeModel) else None

    def current_item_id(self) -> str:
        """The selected entry's id in the visible tab, or ""."""
        view = self.current_view()
        if view is None:
            return ""
        rows = view.selectionModel().selectedRows()
        if not rows:
            return ""
        return view.model().data(rows[0], ItemIdRole) or ""

    def select_item(self, item_id: str, *, integrated: bool = False) -> bool:
        """Show the tab holding ``item_id``, expand to it and select it.

        A checklist item is looked up in its standard's tab unless ``integrated``
        is True; a shared item id (e.g. ``"ims:9.3:R"``) only exists in the
        integrated tab.
        """
        models: list[ChecklistTreeModel | IntegratedTreeModel] = list(self._models)
        if self._integrated is not None:
            models.insert(0 if integrated else len(models), self._integrated)
        for model in models:
            index = model.index_for(item_id)
            if index.isValid():
                model.fill()
                view = next(v for v in self._views if v.model() is model)
                self._selecting = True  # the tab's old selection is not shown on the way
                try:
                    self.tabs.setCurrentWidget(view)
                finally:
                    self._selecting = False
                parent = index.parent()
                while parent.isValid():
                    view.expand(parent)
                    parent = parent.parent()
                view.setCurrentIndex(index)
                view.scrollTo(index)
                if self._told != self.current_item_id():  # e.g. it was already selected there
                    self._tell_selected()
                return True
        return False

    def _tell_selected(self) -> None:
        self._told = self.current_item_id()
        self.itemSelected.emit(self._told)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._tell_selected()

    def _on_tab_changed(self, _index: int) -> None:
        model = self.current_model()
        if model is not None:  # shown (or about to be, in a window not shown yet)
            model.fill()
        if self._found is not None or self._filtered:
            self._apply_filter()
        if not self._selecting:
            self._tell_selected()

    # -- language ------------------------------------------------------------------

    def set_content_language(self, lang: str) -> None:
        """Show titles and status words in ``lang`` ("zh" or "en")."""
        self._lang = lang
        self.find_bar.set_content_language(lang)
        for model in self._models:
            model.set_language(lang)
        for tab, model in enumerate(self._models):
            self.tabs.setTabToolTip(tab, self._tab_tip(model.standard))
        if self._integrated is not None:
            self._integrated.set_language(lang)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-read translated texts (headers, tags) of every tree."""
        self.tabs.setAccessibleName(self.tr("Standards"))
        self.find_action.setText(self.tr("&Find…"))
        self.find_action.setStatusTip(self.tr("Find and filter the checklist items"))
        self.find_next_action.setText(self.tr("Find &next"))
        self.find_previous_action.setText(self.tr("Find &previous"))
        for model in self._models:
            model.retranslate()
        if self._integrated is not None:
            self._integrated.retranslate()
        self._integrated_texts()

    def model_for(self, standard_id: str) -> ChecklistTreeModel | None:
        """The model of one standard's tab (for tests and the item panel), filled."""
        model = next((m for m in self._models if m.standard.id == standard_id), None)
        if model is not None:
            model.fill()
        return model

    def first_index(self) -> QModelIndex:
        """The first row of the visible tree (to select something on open)."""
        model = self.current_model()
        return model.index(0, 0) if model else QModelIndex()
