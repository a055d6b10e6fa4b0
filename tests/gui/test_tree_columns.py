"""Checklist tree columns on a 1366×768 laptop: the title takes the room, owners are not cut."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QIdentityProxyModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTreeView

from desktop.ui.checklist.checklist_model import Column
from desktop.ui.checklist.tree_columns import _texts
from desktop.ui.shell.app import install_font
from desktop.ui.shell.main_window import MainWindow

CALIBRATION = "iso9001-2015:7.1.5.1:R"


@pytest.fixture
def laptop(window: MainWindow, qtbot, qapp: QApplication) -> Iterator[MainWindow]:
    """The sample at 1366×768 with the bundled Chinese font, as the app starts."""
    font = qapp.font()
    install_font(qapp)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    qapp.setFont(font)


def _owners(view: QTreeView) -> set[str]:
    model = view.model()
    found: set[str] = set()
    todo = [QModelIndex()]
    while todo:
        parent = todo.pop()
        for row in range(model.rowCount(parent)):
            owner = model.data(model.index(row, Column.OWNER, parent))
            if owner:
                found.add(owner)
            todo.append(model.index(row, 0, parent))
    return found


def _settle() -> None:
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _not_elided(view: QTreeView, text: str, column: int) -> bool:
    width = view.header().sectionSize(column) - 8  # the cell's margins
    metrics = view.fontMetrics()
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width) == text


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_title_is_the_widest_column_and_no_owner_is_cut(laptop: MainWindow, lang: str) -> None:
    laptop.ctx.language.set_language(lang)
    checklist = laptop.checklist
    checked = 0
    for tab in range(checklist.tabs.count()):
        checklist.tabs.setCurrentIndex(tab)
        _settle()
        view = checklist.current_view()
        header = view.header()
        widths = [header.sectionSize(c) for c in range(header.count())]
        assert widths[0] == max(widths), (checklist.tabs.tabText(tab), widths)
        assert sum(widths) <= view.viewport().width()  # nothing is pushed out of sight
        owners = _owners(view)
        for owner in owners:
            assert _not_elided(view, owner, Column.OWNER), (owner, widths)
        checked += len(owners)
    assert checked  # the sample has owners in its trees


def test_widths_hold_while_clauses_open_and_grow_for_a_longer_owner(
        laptop: MainWindow, qtbot) -> None:
    view = laptop.checklist.current_view()
    header = view.header()
    _settle()
    before = [header.sectionSize(c) for c in range(header.count())]
    view.expandAll()  # the title may give way to a scroll bar; the others stay put
    _settle()
    assert [header.sectionSize(c) for c in range(1, header.count())] == before[1:]

    long_owner = "质量管理部 计量室 欧阳晓明"
    assert laptop.actions.update_details(CALIBRATION, owner=long_owner)
    qtbot.waitUntil(lambda: _not_elided(view, long_owner, Column.OWNER))
    assert header.sectionSize(Column.OWNER) > before[Column.OWNER]
    assert header.sectionSize(0) == max(header.sectionSize(c) for c in range(header.count()))


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_checklist_models_list_the_same_texts_as_a_walk_of_the_tree(window: MainWindow,
                                                                    lang: str) -> None:
    """The fitter reads a checklist model's texts directly; they are those its cells show."""
    window.ctx.language.set_language(lang)
    for standard in window.actions.session.standards():
        model = window.checklist.model_for(standard.id)
        walked = QIdentityProxyModel()  # no shortcut: every cell is asked through an index
        walked.setSourceModel(model)
        for column in range(1, model.columnCount()):
            direct = model.display_texts(column)
            assert direct == _texts(walked, column), (standard.id, column)
            assert direct  # the sample has a status, an owner, a date and a count in each
