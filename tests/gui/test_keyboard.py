"""Working from the keyboard: where focus starts, where Tab goes, menu accelerators,
next / previous item, and what the integrated view says when standards differ."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from desktop.ui.shell.main_window import MainWindow

SHARED = "ims:9.3:R"  # management review: due 2026-12-20 / 2027-01-03 / 2026-12-20


@pytest.fixture
def shown(window: MainWindow, qtbot) -> Iterator[MainWindow]:
    """The sample's window on screen and active, so keys reach it."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window


def _tab(qtbot, backwards: bool = False) -> QWidget:
    """Press Tab (Shift+Tab) where the focus is; returns the widget with focus next."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    qtbot.keyClick(QApplication.focusWidget(), key)
    return QApplication.focusWidget()


def test_focus_starts_in_the_tree_not_on_the_warning_banner(shown: MainWindow) -> None:
    assert QApplication.focusWidget() is shown.checklist.current_view()
    assert not shown.banner.close_button.hasFocus()


def test_tab_goes_tree_status_owner_due_notes_evidence(shown: MainWindow, qtbot) -> None:
    shown.checklist.select_item("iso14001-2015:9.3:R")  # has a due date: the date is editable
    view = shown.checklist.current_view()
    view.setFocus()
    panel = shown.item_panel
    assert _tab(qtbot) is panel.status
    assert _tab(qtbot) is panel.owner  # justification and Apply wait for "not applicable"
    assert _tab(qtbot) is panel.has_due
    assert _tab(qtbot) is panel.due
    assert _tab(qtbot) is panel.notes
    assert _tab(qtbot) is panel.evidence.table
    assert panel.tabs.currentIndex() == 1  # the Evidence tab came to the front
    assert panel.evidence.table.isVisible()


def test_alt_down_and_up_step_through_checklist_items_from_the_panel(shown: MainWindow,
                                                                    qtbot) -> None:
    shown.checklist.select_item("iso9001-2015:4.4.1:E")
    panel = shown.item_panel
    first = panel.item_id()
    panel.notes.setFocus()
    qtbot.keyClick(panel.notes, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    second = panel.item_id()
    assert second != first
    session = shown.actions.session
    assert session.catalog.item(second).kind.is_checklist  # clause headings are passed over
    assert panel.notes.hasFocus()  # the user keeps typing where they were
    qtbot.keyClick(panel.owner, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(panel.status, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert panel.item_id() == second
    qtbot.keyClick(panel.due, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert panel.item_id() == first


def test_next_item_crosses_clauses_and_works_in_the_integrated_view(window: MainWindow) -> None:
    view = window.checklist.current_view()
    view.collapseAll()
    window.checklist.select_item("iso9001-2015:4.4.1:E")
    seen = []
    for _step in range(12):
        assert window.step_item(1)
        seen.append(window.item_panel.item_id())
    clauses = {window.actions.session.catalog.item(i).clause.split(".")[0] for i in seen}
    assert len(clauses) >= 2 and len(set(seen)) == 12
    assert window.checklist.select_item(SHARED, integrated=True)
    assert window.step_item(1)
    assert window.item_panel.item_id() not in ("", SHARED)
    assert window.step_item(-1)
    assert window.item_panel.item_id() == SHARED


def _menu_actions(menu: QMenu) -> Iterator[QAction]:
    menu.aboutToShow.emit()  # File ▸ Recent projects fills itself as it opens
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action
        if action.menu() is not None:
            yield from _menu_actions(action.menu())


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_menu_entry_has_an_accelerator(window: MainWindow, lang: str) -> None:
    window.ctx.language.set_language(lang)
    missing = []
    for top in window.menuBar().actions():
        for action in [top, *_menu_actions(top.menu())]:
            if "&" not in action.text().replace("&&", ""):
                missing.append(action.text())
    assert missing == []


def test_common_commands_show_their_shortcuts(window: MainWindow) -> None:
    m = window.menus
    for action in (m.new, m.open, m.save_as, m.export, m.quit, m.undo, m.redo,
                   m.next_item, m.previous_item):
        assert not action.shortcut().isEmpty(), action.objectName()
    assert m.save_as.shortcut().toString() == "Ctrl+Shift+S"  # Windows has no standard one
    assert [k.toString() for k in m.redo.shortcuts()] == ["Ctrl+Y", "Ctrl+Shift+Z"]
    assert m.next_item.shortcut().toString() == "Alt+Down"
    assert m.previous_item.shortcut().toString() == "Alt+Up"
    assert m.next_item in m.checklist_menu.actions()


@pytest.mark.parametrize(("lang", "differs"), [("en", "Differs between standards"),
                                               ("zh_CN", "各标准不一致")])
def test_integrated_item_says_when_due_dates_differ(window: MainWindow, lang: str,
                                                    differs: str) -> None:
    window.ctx.language.set_language(lang)
    assert window.checklist.select_item(SHARED, integrated=True)
    panel = window.item_panel
    assert panel.due_differs.isVisibleTo(window)
    assert not panel.due.isVisibleTo(window)
    assert panel.due_differs.text() == differs
    tip = panel.due_differs.toolTip()
    assert "ISO 9001:2015: 2026-12-20" in tip
    assert "ISO 14001:2015: 2027-01-03" in tip
    assert "ISO 45001:2018: 2026-12-20" in tip
    # One standard's own item shows its own date, nothing differs there.
    window.checklist.select_item("iso14001-2015:9.3:R")
    assert panel.due.isVisibleTo(window) and not panel.due_differs.isVisibleTo(window)
    assert panel.due.date().toString("yyyy-MM-dd") == "2027-01-03"


def test_owners_that_differ_are_listed_in_the_tooltip(window: MainWindow) -> None:
    assert window.checklist.select_item("ims:4.1:E", integrated=True)
    owner = window.item_panel.owner
    assert owner.text() == ""
    assert "Differs" in owner.placeholderText()
    assert "ISO 9001:2015: 品质部 王敏" in owner.toolTip()
    assert "ISO 14001:2015: 安环部 陈刚" in owner.toolTip()
    window.checklist.select_item(SHARED, integrated=True)
    assert owner.toolTip() == ""  # the same owner everywhere
