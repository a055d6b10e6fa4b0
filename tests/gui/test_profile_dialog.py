"""Project ▸ Company profile…: edit the company and who signs the reports, undo, redo, cancel."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pypdf import PdfReader

from desktop.services.changes import Changes
from desktop.services.reporting.export import export_reports
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.profile_dialog import ProfileDialog


def _open(window: MainWindow) -> ProfileDialog:
    window.menus.company_profile.trigger()
    dialog = window.findChild(ProfileDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _cover(window: MainWindow, tmp_path: Path) -> str:
    session = window.actions.session
    assert session is not None
    pdf = tmp_path / "report.pdf"
    export_reports(session, lang="en", pdf=pdf)
    return PdfReader(pdf).pages[0].extract_text() or ""


def test_ok_stores_the_profile_as_one_undo_step_and_the_report_names_the_people(
        window: MainWindow, qtbot, tmp_path: Path) -> None:
    session = window.actions.session
    assert session is not None
    old = session.store.profile()
    dialog = _open(window)
    assert dialog.name.text() == old.name and dialog.headcount.text() == str(old.headcount)
    dialog.name.setText("Suzhou Precision Ltd")
    dialog.sites.setPlainText("Plant 1\n\nPlant 2\nPlant 1")
    dialog.headcount.setText(" 80 ")
    dialog.preparer.setText("Chen Gang")
    dialog.preparer_title.setText("QA lead")
    dialog.approver.setText("Liu Yang")
    dialog.approver_title.setText("Managing director")
    with qtbot.waitSignal(window.actions.changed) as changed:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert isinstance(changed.args[0], Changes) and changed.args[0].profile
    assert not dialog.isVisible()

    new = session.store.profile()
    assert (new.name, new.sites, new.headcount) == ("Suzhou Precision Ltd",
                                                     ("Plant 1", "Plant 2"), 80)
    assert new.scope == old.scope and new.address == old.address
    cover = _cover(window, tmp_path)
    for text in ("Suzhou Precision Ltd", "Chen Gang", "Liu Yang"):
        assert text in cover

    stack = window.actions.undo_stack
    assert stack.undoText() == "Edit company profile"
    assert window.menus.undo.text() == "&Undo Edit company profile"
    window.menus.undo.trigger()
    assert session.store.profile() == old
    assert "Chen Gang" not in _cover(window, tmp_path)
    window.menus.redo.trigger()
    assert session.store.profile() == new


def test_cancel_stores_nothing(window: MainWindow) -> None:
    session = window.actions.session
    assert session is not None
    old = session.store.profile()
    dialog = _open(window)
    dialog.name.setText("Another company")
    dialog.approver.setText("Somebody else")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert session.store.profile() == old
    assert window.actions.undo_stack.count() == 0


def test_an_invalid_headcount_is_shown_in_the_dialog_in_the_ui_language(
        window: MainWindow) -> None:
    session = window.actions.session
    assert session is not None
    old = session.store.profile()
    window.ctx.language.set_language("zh_CN")
    dialog = _open(window)
    dialog.headcount.setText("十二")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.error.isVisibleTo(dialog)
    assert "人数应为 0 至" in dialog.error.text()
    window.ctx.language.set_language("en")
    assert "The headcount must be a whole number" in dialog.error.text()
    dialog.headcount.setText("-5")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "whole number" in dialog.error.text()
    dialog.headcount.setText(str(old.headcount))
    dialog.name.setText("  ")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.error.text() == "The company name is required."
    assert session.store.profile() == old and window.actions.undo_stack.count() == 0
    dialog.close()


def test_the_undo_step_is_named_in_chinese(window: MainWindow) -> None:
    window.ctx.language.set_language("zh_CN")
    session = window.actions.session
    assert session is not None
    dialog = _open(window)
    dialog.approver.setText("李娜")
    dialog.approver_title.setText("董事长")
    dialog.accept()
    assert dataclasses.astuple(session.store.profile())[7:] == ("李娜", "董事长")
    assert window.menus.undo.text() == "撤销 修改公司概况(&U)"


def test_the_action_needs_an_open_project(window: MainWindow) -> None:
    assert window.menus.company_profile.isEnabled()
    assert window.menus.company_profile.shortcut().toString() == "Ctrl+Shift+P"
    window.actions.close_project()
    assert not window.menus.company_profile.isEnabled()
    assert window.profile_dialog() is None
