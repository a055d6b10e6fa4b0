"""The trees behind other tabs show their items' values once brought to the front,
and an edit made while a tree waits behind its tab shows when it is brought forward."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.model import ItemStatus
from desktop.ui.checklist.checklist_model import Column
from desktop.ui.shell.main_window import MainWindow

ENV_ITEM = "iso14001-2015:10.2:R"


def _status_text(window: MainWindow, item_id: str) -> str | None:
    view = window.checklist.current_view()
    assert view is not None
    index = view.model().index_for(item_id, Column.STATUS)
    return view.model().data(index, Qt.ItemDataRole.DisplayRole)


def test_a_tree_behind_another_tab_shows_values_when_brought_forward(
        window: MainWindow, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    tabs = window.checklist.tabs
    assert tabs.currentIndex() == 0
    assert window.actions.set_status(ENV_ITEM, ItemStatus.READY)  # while behind its tab
    views = [tabs.widget(n) for n in range(tabs.count())]
    environment = next(v for v in views if v.objectName() == "checklistTree_iso14001-2015")
    tabs.setCurrentWidget(environment)  # as a click on the tab does
    assert _status_text(window, ENV_ITEM) == "● Ready"
    title = environment.model().index_for(ENV_ITEM)
    assert "[Record]" in environment.model().data(title)
    integrated = window.checklist.integrated_view
    assert integrated is not None
    tabs.setCurrentWidget(integrated)
    first_group = integrated.model().index(0, 0)
    assert integrated.model().data(first_group).startswith("4 ")  # "4 Context of …"
