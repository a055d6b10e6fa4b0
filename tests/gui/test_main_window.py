"""What a user does in the main window: pick an item, set its status, undo, see readiness."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop.domain.model import ItemStatus
from desktop.ui.certification.assessment_area import AUDITS, CERTIFICATES
from desktop.ui.checklist.checklist_model import Column
from desktop.ui.shell.main_window import MainWindow


def choose(combo: QComboBox, data: str) -> None:
    """Pick the entry with ``data`` as a user would (index change, then ``activated``)."""
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


ENV_ITEM = "iso14001-2015:10.2:R"  # nonconformity records: not started in the sample


def _share_text(window: MainWindow, standard_id: str) -> str:
    return window.readiness.findChild(
        type(window.readiness._empty), f"readiness_{standard_id}_share").text()


def _status_cell(window: MainWindow, item_id: str) -> str:
    model = window.checklist.current_model()
    assert model is not None
    return model.data(model.index_for(item_id, Column.STATUS))


def test_title_names_company_and_file(window: MainWindow, sample_path: Path) -> None:
    assert window.windowTitle() == (
        f"AuditReady 审核就绪助手 — 江苏晨曦精密机械有限公司 — {sample_path.name}")
    assert not window.windowIcon().isNull()


def test_tabs_show_the_three_standards_and_the_integrated_view(window: MainWindow) -> None:
    tabs = window.checklist.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "ISO 9001:2015", "ISO 14001:2015", "ISO 45001:2018", "Integrated"]


def test_selecting_an_item_fills_the_item_panel(window: MainWindow) -> None:
    assert window.checklist.select_item("iso9001-2015:5.2.2:M")
    panel = window.item_panel
    assert panel.item_id() == "iso9001-2015:5.2.2:M"
    assert "Quality policy" in panel.title.text()
    assert panel.description.text()
    assert panel.chosen_status() is ItemStatus.READY
    assert panel.owner.text() == "总经理 周文华"
    assert panel.evidence.model.rowCount() == 1
    assert panel.details.isVisibleTo(window)


def test_selecting_a_clause_shows_its_text_and_a_hint(window: MainWindow) -> None:
    window.checklist.select_item("iso9001-2015:7.5")
    panel = window.item_panel
    assert panel.title.text().startswith("7.5")
    assert not panel.details.isVisibleTo(window)
    assert panel.hint.isVisibleTo(window)


def test_setting_ready_updates_tree_and_readiness_and_undo_restores(window: MainWindow) -> None:
    window.checklist.select_item(ENV_ITEM)
    panel = window.item_panel
    assert panel.chosen_status() is ItemStatus.NOT_STARTED
    before = _share_text(window, "iso14001-2015")
    before_figures = window.readiness.figures("iso14001-2015")

    choose(panel.status, ItemStatus.READY.value)

    session = window.actions.session
    assert session.store.item_state(ENV_ITEM).status is ItemStatus.READY
    assert _status_cell(window, ENV_ITEM) == "● Ready"
    after = window.readiness.figures("iso14001-2015")
    assert after.ready == before_figures.ready + 1
    assert _share_text(window, "iso14001-2015") != before
    assert f"({after.ready} of {after.applicable})" in _share_text(window, "iso14001-2015")

    assert window.menus.undo.isEnabled()
    window.menus.undo.trigger()
    assert session.store.item_state(ENV_ITEM).status is ItemStatus.NOT_STARTED
    assert _share_text(window, "iso14001-2015") == before
    assert panel.chosen_status() is ItemStatus.NOT_STARTED
    assert _status_cell(window, ENV_ITEM) == "○ Not started"

    window.menus.redo.trigger()
    assert session.store.item_state(ENV_ITEM).status is ItemStatus.READY
    assert _status_cell(window, ENV_ITEM) == "● Ready"


def test_not_applicable_without_justification_is_refused(window: MainWindow) -> None:
    window.checklist.select_item(ENV_ITEM)
    panel = window.item_panel
    session = window.actions.session
    before_state = session.store.item_state(ENV_ITEM)
    before = _share_text(window, "iso14001-2015")
    assert not panel.justification.isEnabled()

    choose(panel.status, ItemStatus.NOT_APPLICABLE.value)
    assert panel.justification.isEnabled()  # asks for the reason first
    assert session.store.item_state(ENV_ITEM) == before_state

    panel.apply_status.click()
    kind, text = window.ctx.errors.messages[-1]
    assert kind == "user"
    assert "needs a justification" in text
    assert session.store.item_state(ENV_ITEM) == before_state
    assert _share_text(window, "iso14001-2015") == before
    assert not window.menus.undo.isEnabled()

    panel.justification.setPlainText("二厂仓库不进行内审以外的活动（示例）")
    panel.apply_status.click()
    state = session.store.item_state(ENV_ITEM)
    assert state.status is ItemStatus.NOT_APPLICABLE
    assert state.justification.startswith("二厂仓库")
    assert _status_cell(window, ENV_ITEM) == "– Not applicable"


def test_owner_due_date_and_notes_are_saved(window: MainWindow, qtbot) -> None:
    window.checklist.select_item(ENV_ITEM)
    panel = window.item_panel
    session = window.actions.session
    panel.owner.clear()
    qtbot.keyClicks(panel.owner, "QA Sun Jianguo")
    qtbot.keyClick(panel.owner, Qt.Key.Key_Return)
    panel.has_due.setChecked(False)
    panel.notes.setPlainText("12 月第二周完成全部内审报告。")
    panel.save_notes.click()
    state = session.store.item_state(ENV_ITEM)
    assert state.owner == "QA Sun Jianguo"
    assert state.due_date is None
    assert state.notes == "12 月第二周完成全部内审报告。"
    model = window.checklist.current_model()
    assert model.data(model.index_for(ENV_ITEM, Column.OWNER)) == "QA Sun Jianguo"
    assert model.data(model.index_for(ENV_ITEM, Column.DUE)) == ""


def test_pending_notes_are_saved_when_another_item_is_chosen(window: MainWindow) -> None:
    window.checklist.select_item(ENV_ITEM)
    window.item_panel.notes.setPlainText("未保存的备注")
    window.checklist.select_item("iso14001-2015:5.2:M")
    assert window.actions.session.store.item_state(ENV_ITEM).notes == "未保存的备注"


def test_recent_projects_menu_lists_the_open_project(window: MainWindow,
                                                     sample_path: Path) -> None:
    assert window.ctx.settings.recent_projects()[0] == sample_path.resolve()
    window.menus.recent_menu.aboutToShow.emit()
    actions = window.menus.recent_menu.actions()
    company = window.actions.session.store.profile().name
    # The entry names the company and the folder; the tooltip gives the whole path.
    assert company in actions[0].text()
    assert str(sample_path.resolve().parent) in actions[0].text()
    assert actions[0].toolTip() == str(sample_path.resolve())


def test_closing_the_window_releases_the_project(window: MainWindow, qtbot,
                                                 sample_path: Path) -> None:
    window.close()
    assert window.actions.session is None
    assert window.windowTitle() == "AuditReady 审核就绪助手"
    assert window.open_project(sample_path)  # not locked any more


def test_clause_rollup_follows_status_change(window: MainWindow) -> None:
    model = window.checklist.model_for("iso14001-2015")
    ready, applicable = model.rollup("iso14001-2015:10.2")
    window.checklist.select_item(ENV_ITEM)
    assert window.actions.set_status(ENV_ITEM, ItemStatus.READY)
    assert model.rollup("iso14001-2015:10.2") == (ready + 1, applicable)
    cell = model.index_for("iso14001-2015:10.2", Column.STATUS)
    assert model.data(cell, Qt.ItemDataRole.DisplayRole) == f"{ready + 1}/{applicable}"


def test_a_page_shown_the_first_time_lists_the_open_project(window: MainWindow) -> None:
    session = window.actions.session
    assert session is not None
    pages = window.pages
    pages.setCurrentIndex(CERTIFICATES)  # built now, after the project was opened
    panel = pages.current_page()
    assert panel is pages.certificates
    assert panel.isEnabled()
    certificates = session.store.records.certificates()
    assert certificates  # the sample has certificates
    assert panel.table.model().rowCount() == len(certificates)


def test_a_page_first_shown_while_a_task_runs_stays_locked_until_it_ends(
        window: MainWindow) -> None:
    window.actions.busyChanged.emit(True)  # as the task runner does when a task starts
    window.pages.setCurrentIndex(AUDITS)
    assert not window.pages.audits.isEnabled()
    window.actions.busyChanged.emit(False)
    assert window.pages.audits.isEnabled()
