"""Find and filter above the clause tree: typing, filters, count, next match, Escape."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QTreeView

from desktop.domain.model import ItemKind, ItemStatus
from desktop.domain.records import EvidenceMeta, EvidenceNature
from desktop.services.evidence import attach_evidence
from desktop.services.items import set_item_status, update_item_details
from desktop.services.records import set_evidence_meta
from desktop.ui.checklist.checklist_model import ChecklistTreeModel, ItemIdRole
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.main_window import MainWindow
from tests.clock import SAMPLE_DAY

CALIBRATION = "iso9001-2015:7.1.5.1:R"


@pytest.fixture
def shown(qtbot, qsettings: QSettings, ctx: AppContext, sample_path: Path) -> Iterator[MainWindow]:
    """The sample open in a shown, active window; the user's name is 王敏."""
    qsettings.setValue("user/name", "王敏")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert win.open_project(sample_path)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.actions.close_project()


def visible_ids(view: QTreeView) -> list[str]:
    """Ids of the rows not hidden, in tree order (whether expanded or not)."""
    model = view.model()
    found: list[str] = []

    def visit(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            if view.isRowHidden(row, parent):
                continue
            index = model.index(row, 0, parent)
            found.append(model.data(index, ItemIdRole) or "")
            visit(index)

    visit(QModelIndex())
    return found


def shown_on_screen(view: QTreeView, item_id: str) -> bool:
    """True when the row is visible without scrolling or expanding anything."""
    model = view.model()
    index = model.index_for(item_id)
    view.scrollTo(index)
    return view.visualRect(index).isValid() and not view.visualRect(index).isEmpty()


def choose(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_typing_a_clause_number_finds_it_collapsed_and_counts(qtbot, shown: MainWindow) -> None:
    panel = shown.checklist
    view = panel.current_view()
    view.collapseAll()
    qtbot.keyClicks(panel.find_bar.field, "7.1.5")
    ids = [i for i in visible_ids(view) if i]
    assert ids == ["iso9001-2015:7", "iso9001-2015:7.1", "iso9001-2015:7.1.5",
                   "iso9001-2015:7.1.5.1", CALIBRATION, "iso9001-2015:7.1.5.1:C1",
                   "iso9001-2015:7.1.5.2", "iso9001-2015:7.1.5.2:R"]
    assert shown_on_screen(view, "iso9001-2015:7.1.5")
    assert panel.find_bar.count.text() == "6 matches"


def test_enter_f3_and_shift_f3_move_through_the_matches(qtbot, shown: MainWindow) -> None:
    panel = shown.checklist
    field = panel.find_bar.field
    qtbot.keyClick(shown, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "calibration")
    with qtbot.waitSignal(panel.itemSelected) as first:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert first.args == [CALIBRATION]
    assert field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_F3)
    assert panel.current_item_id() == "iso9001-2015:7.1.5.1:C1"
    qtbot.keyClick(panel.current_view(), Qt.Key.Key_F3)
    assert panel.current_item_id() == "iso9001-2015:7.1.5.2:R"
    qtbot.keyClick(field, Qt.Key.Key_F3)  # wraps around
    assert panel.current_item_id() == CALIBRATION
    qtbot.keyClick(field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert panel.current_item_id() == "iso9001-2015:7.1.5.2:R"
    assert shown.item_panel.isVisible()


def test_ctrl_f_focuses_the_field_and_escape_clears(qtbot, shown: MainWindow) -> None:
    panel = shown.checklist
    view = panel.current_view()
    view.setFocus()
    everything = visible_ids(view)
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.find_bar.field.hasFocus()
    qtbot.keyClicks(panel.find_bar.field, "9.3")
    choose(panel.find_bar.status, ItemStatus.READY.value)
    assert len(visible_ids(view)) < len(everything)
    qtbot.keyClick(panel.find_bar.field, Qt.Key.Key_Escape)
    assert panel.find_bar.field.text() == ""
    assert panel.find_bar.status.currentIndex() == 0
    assert panel.find_bar.count.text() == ""
    assert visible_ids(view) == everything
    qtbot.keyClick(panel.find_bar.field, Qt.Key.Key_Escape)  # empty: back to the tree
    assert view.hasFocus()


def test_escape_in_the_filtered_tree_clears(qtbot, shown: MainWindow) -> None:
    panel = shown.checklist
    panel.find_bar.field.setText("校准")
    view = panel.current_view()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert panel.find_bar.field.text() == ""


def test_chinese_and_english_text_find_the_same_item(shown: MainWindow) -> None:
    panel = shown.checklist
    view = panel.current_view()
    for text in ("校准报告", "CALIBRATION reports", "7.1.5.1 计量器具"):
        panel.find_bar.field.setText(text)
        assert "iso9001-2015:7.1.5.1:C1" in visible_ids(view), text
        assert "iso9001-2015:8.5.1:M" not in visible_ids(view)
        assert "iso9001-2015:8.5.1" not in visible_ids(view)


def test_notes_owner_guidance_and_evidence_names_are_found(shown: MainWindow) -> None:
    panel = shown.checklist
    view = panel.current_view()
    session = shown.actions.session
    [evidence] = session.store.evidence_for_item("iso9001-2015:5.2.2:M")
    guidance = session.catalog.item(CALIBRATION).guidance
    assert guidance is not None
    state = session.store.item_state(CALIBRATION)
    searches = {
        state.notes[:12]: CALIBRATION,                       # the item's notes
        Path(evidence.name).stem: "iso9001-2015:5.2.2:M",    # an evidence file's name
        guidance.en.split(".")[0][:40]: CALIBRATION,         # what auditors look for
    }
    for text, item_id in searches.items():
        panel.find_bar.field.setText(text)
        assert item_id in match_ids(panel, view), text
    panel.find_bar.field.setText(state.owner)
    hits = match_ids(panel, view)
    assert CALIBRATION in hits
    assert all(view.model().state(i).owner == state.owner for i in hits)


def match_ids(panel, view: QTreeView) -> list[str]:
    """Ids of the rows the panel counts as matches."""
    found = panel._found
    assert found is not None
    assert panel.find_bar.count.text().split()[0] == str(found.count)
    return [view.model().data(QModelIndex(r), ItemIdRole)
            for r, hit in zip(found.rows, found.matching, strict=True) if hit]


def test_status_mandatory_and_no_evidence_filters(shown: MainWindow) -> None:
    panel = shown.checklist
    view = panel.current_view()
    model = view.model()
    assert isinstance(model, ChecklistTreeModel)
    bar = panel.find_bar
    choose(bar.status, ItemStatus.NOT_APPLICABLE.value)
    hits = match_ids(panel, view)
    assert hits and all(model.state(i).status is ItemStatus.NOT_APPLICABLE for i in hits)
    applicable = [i for i in model.item_ids()
                  if model.state(i).status is ItemStatus.NOT_APPLICABLE]
    assert sorted(hits) == sorted(applicable)
    bar.clear()
    bar.mandatory_only.setChecked(True)
    bar.no_evidence.setChecked(True)
    hits = match_ids(panel, view)
    assert hits
    for item_id in hits:
        item = model.item_at(model.index_for(item_id))
        assert item.kind in (ItemKind.MAINTAIN, ItemKind.RETAIN)
        assert model.data(model.index_for(item_id, 4)) == "0"


def test_owner_filters_mine_and_unassigned(shown: MainWindow) -> None:
    panel = shown.checklist
    view = panel.current_view()
    model = view.model()
    bar = panel.find_bar
    mine = bar.owner.itemText(1)
    assert "王敏" in mine
    bar.owner.setCurrentIndex(1)
    hits = match_ids(panel, view)
    assert hits and all("王敏" in model.state(i).owner for i in hits)
    choose(bar.owner, "采购部 赵磊")
    hits = match_ids(panel, view)
    assert hits and all(model.state(i).owner == "采购部 赵磊" for i in hits)


def test_overdue_and_expired_evidence_filters(shown: MainWindow, tmp_path: Path) -> None:
    session = shown.actions.session
    assert session is not None
    shown.checklist.today = lambda: SAMPLE_DAY  # the sample's due dates are set from that day
    update_item_details(session, CALIBRATION, due_date=SAMPLE_DAY - dt.timedelta(days=2))
    source = tmp_path / "检定证书 2023.pdf"
    source.write_bytes(b"%PDF-1.4 old certificate")
    attach_evidence(session, [CALIBRATION], source)
    evidence_id = next(e.id for e in session.store.evidence_for_item(CALIBRATION)
                       if e.name == source.name)
    set_evidence_meta(session, EvidenceMeta(evidence_id, EvidenceNature.RECORD,
                                            effective_from=dt.date(2023, 1, 5),
                                            review_by=dt.date(2024, 1, 5)))
    panel = shown.checklist
    panel.refresh_items([CALIBRATION])
    view = panel.current_view()
    bar = panel.find_bar
    choose(bar.due, "overdue")
    assert match_ids(panel, view) == [CALIBRATION]
    choose(bar.due, "due")
    assert CALIBRATION in match_ids(panel, view)
    bar.clear()
    bar.expired_evidence.setChecked(True)
    assert match_ids(panel, view) == [CALIBRATION]
    bar.clear()
    bar.field.setText("检定证书")
    assert match_ids(panel, view) == [CALIBRATION]


def test_integrated_view_filters_and_follows_tab_changes(shown: MainWindow) -> None:
    panel = shown.checklist
    panel.find_bar.field.setText("9.3")
    first = panel.current_view()
    hidden_before = len(visible_ids(first))
    assert panel.integrated_view is not None
    panel.tabs.setCurrentWidget(panel.integrated_view)
    ids = visible_ids(panel.integrated_view)
    assert "ims:9.3:R" in ids
    assert "ims:8.1:M" not in ids
    assert panel.find_next()
    assert panel.current_item_id().startswith(("ims:9.3", "iso"))
    panel.tabs.setCurrentWidget(first)
    assert len(visible_ids(first)) == hidden_before


def test_chinese_count_and_find_menu(qtbot, shown: MainWindow, ctx: AppContext) -> None:
    ctx.language.set_language("zh_CN")
    panel = shown.checklist
    panel.find_bar.field.setText("7.1.5")
    assert panel.find_bar.count.text() == "6 项匹配"
    texts = [a.text() for a in shown.menus.edit_menu.actions()]
    assert panel.find_action.text() in texts
    assert panel.find_action.text() != "&Find…"


def test_an_edit_that_leaves_the_filter_keeps_the_selected_row(shown: MainWindow) -> None:
    panel = shown.checklist
    view = panel.current_view()
    choose(panel.find_bar.status, ItemStatus.NOT_STARTED.value)
    before = panel._found.count
    assert panel.find_next()
    chosen = panel.current_item_id()
    session = shown.actions.session
    assert session is not None
    panel.refresh_items(set_item_status(session, chosen, ItemStatus.READY).items)
    assert panel.find_bar.count.text() == f"{before - 1} matches"
    assert chosen in visible_ids(view)
    assert panel.current_item_id() == chosen
    panel.find_bar.field.setText("x")  # a new search applies the filter strictly
    panel.find_bar.field.setText("")
    assert chosen not in visible_ids(view)


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing|propagateSizeHints)")
def test_mine_follows_a_name_set_later(qtbot, shown: MainWindow, qsettings: QSettings) -> None:
    bar = shown.checklist.find_bar
    qsettings.setValue("user/name", "赵磊")
    bar.owner.showPopup()
    bar.owner.hidePopup()
    assert bar.owner.itemText(1) == "Mine (赵磊)"


def test_another_project_starts_without_a_search(shown: MainWindow, sample_path: Path) -> None:
    panel = shown.checklist
    panel.find_bar.field.setText("7.1.5")
    session = shown.actions.session
    panel.set_session(session)  # the same project shown again keeps the search
    assert panel.find_bar.count.text() == "6 matches"
    shown.actions.close_project()
    assert shown.open_project(sample_path)
    assert panel.find_bar.field.text() == ""
    assert panel.find_bar.count.text() == ""
