"""Every text a Chinese user sees is Chinese: pages, menus and dialogs in zh_CN.

The walk (tests/gui/untranslated.py) looks at labels, buttons, tabs, group
boxes, placeholders, tooltips, window titles, combo box entries, and every
header and cell (display and tooltip) of every visible model; it reports
each English phrase with where it was found.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.model import Catalog
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.main_window import MainWindow
from tests.gui.untranslated import TextWalker


@pytest.fixture
def zh_ctx(qapp: QApplication, tmp_path: Path, catalog: Catalog, translations: Path,
           opened_urls: list) -> Iterator[AppContext]:
    """An application context started in Chinese."""
    from desktop.ui.shell.app import create_context

    settings = QSettings(str(tmp_path / "zh.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "zh_CN")
    context = create_context(qapp, settings, catalog)
    assert context.ui_lang == "zh_CN"
    context.open_url = lambda url: opened_urls.append(url) or True
    yield context
    context.language.uninstall()


def _walk_window(win: MainWindow, walker: TextWalker, label: str) -> None:
    win.show()
    for menu in win.menus.__dict__.values():
        pass
    for action in win.menuBar().actions():
        walker.action(action, f"{label} menu")
    pages = win.pages
    for index in range(pages.count()):
        pages.setCurrentIndex(index)
        page = pages.widget(index)
        for sub in page.findChildren(QWidget):
            pass
        walker.widget_tree(win, f"{label} page {index} ({pages.tabText(index)})")


def test_probe(qtbot, zh_ctx: AppContext, sample_path: Path) -> None:
    win = MainWindow(zh_ctx)
    qtbot.addWidget(win)
    assert win.open_project(sample_path)
    walker = TextWalker()
    _walk_window(win, walker, "sample")
    win.actions.close_project()
    print("SEEN", walker.seen)
    print("\n".join(walker.found))
    assert not walker.found
