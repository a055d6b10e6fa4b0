"""The start page, a second window, the user guide (F1), shortcuts, About and preferences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.catalog.templates import FORMAT as TEMPLATE_FORMAT
from desktop.domain.model import Catalog
from desktop.imports.checklist_import import OPTIONAL_COLUMNS, REQUIRED_COLUMNS
from desktop.services import backups as backup_service
from desktop.services.sample.build import create_sample
from desktop.ui.exchange.export_dialog import ExportDialog
from desktop.ui.shell.about import COMPONENTS, about_html
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.help_window import PAGES, help_file
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.settings_dialog import SettingsDialog
from tests.gui.conftest import SAMPLE_DAY


@pytest.fixture
def empty_window(qtbot, ctx: AppContext) -> MainWindow:
    """A main window with no project open."""
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def _second_project(tmp_path: Path, catalog: Catalog) -> Path:
    path = tmp_path / "second" / "client-b.auditready"
    path.parent.mkdir()
    create_sample(path, catalog, today=SAMPLE_DAY).close()
    return path


# -- start page ---------------------------------------------------------------------------


def test_start_page_is_shown_without_a_project(empty_window: MainWindow) -> None:
    assert empty_window.central_stack.currentWidget() is empty_window.start_page
    assert empty_window.start_page.isVisible()
    # The item panel (which speaks of the tree) is hidden: there is no tree yet.
    assert not empty_window.item_panel.isVisible()
    assert "tree" not in empty_window.start_page.intro.text()
    assert not empty_window.start_page.cards  # nothing opened yet
    assert empty_window.start_page.no_recent.isVisible()


def test_open_sample_button_opens_the_sample(qtbot, empty_window: MainWindow,
                                             user_data: Path) -> None:
    qtbot.mouseClick(empty_window.start_page.sample_button, Qt.MouseButton.LeftButton)
    session = empty_window.actions.session
    assert session is not None
    assert session.path.parent == user_data
    assert empty_window.central_stack.currentWidget() is empty_window.project_view
    empty_window.actions.close_project()
    assert empty_window.central_stack.currentWidget() is empty_window.start_page


def test_open_button_asks_for_a_file(qtbot, empty_window: MainWindow, sample_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_a, **_k: (str(sample_path), "")))
    qtbot.mouseClick(empty_window.start_page.open_button, Qt.MouseButton.LeftButton)
    assert empty_window.actions.session is not None
    assert empty_window.actions.session.path == sample_path
    empty_window.actions.close_project()


def test_new_button_opens_the_new_project_dialog(qtbot, empty_window: MainWindow,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[object] = []
    monkeypatch.setattr("desktop.ui.shell.new_project_dialog.NewProjectDialog.exec",
                        lambda dialog: shown.append(dialog) or 0)
    qtbot.mouseClick(empty_window.start_page.new_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1


def test_cards_show_the_summary_and_mark_missing_files(
        qtbot, ctx: AppContext, sample_path: Path, tmp_path: Path, catalog: Catalog) -> None:
    other = _second_project(tmp_path, catalog)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert win.open_project(other)
    assert win.open_project(sample_path)
    company = win.actions.session.store.profile().name
    win.actions.close_project()  # the summary is stored when the project closes
    cards = win.start_page.cards
    assert [c.path for c in cards] == [sample_path.resolve(), other.resolve()]
    first = cards[0].title.text() + "\n" + cards[0].details.text()
    assert company in first
    assert "ISO 9001:2015" in first
    assert "Readiness" in first and "%" in first
    assert str(sample_path.resolve().parent) in first
    assert "Last opened" in first
    assert not cards[0].missing

    other.unlink()
    win.start_page.reload()
    gone = win.start_page.cards[1]
    assert gone.missing and not gone.isEnabled()
    assert "file not found" in gone.title.text()

    with qtbot.waitSignal(win.start_page.projectChosen) as chosen:
        qtbot.mouseClick(win.start_page.cards[0], Qt.MouseButton.LeftButton)
    assert chosen.args == [sample_path.resolve()]
    assert win.actions.session is not None
    win.actions.close_project()


# -- a second window ------------------------------------------------------------------------


def test_open_in_new_window_keeps_both_projects(qtbot, window: MainWindow, tmp_path: Path,
                                                catalog: Catalog, sample_path: Path) -> None:
    window.show()
    other = _second_project(tmp_path, catalog)
    second = window.shell.open_in_new_window(other)
    assert second is not None and second is not window
    assert second.actions.session.path == other
    assert window.actions.session.path == sample_path
    assert second.actions.undo_stack is not window.actions.undo_stack
    item = "iso9001-2015:7.1.5.1:R"
    owner = second.actions.session.store.item_state(item).owner
    assert second.actions.update_details(item, owner="设备科 李强")
    assert second.menus.undo.isEnabled() and not window.menus.undo.isEnabled()
    second.menus.undo.trigger()  # each window undoes its own project's edits
    assert second.actions.session.store.item_state(item).owner == owner
    # The same project again: its window comes to the front, no second copy.
    assert window.shell.open_in_new_window(other) is second
    assert second.shell.open_in_new_window(sample_path) is window
    with qtbot.waitSignal(second.destroyed):
        second.close()  # closes its project and goes away


# -- help -----------------------------------------------------------------------------------


def test_every_help_page_exists_in_both_languages() -> None:
    for page in PAGES:
        for lang in ("en", "zh"):
            text = help_file(page, lang).read_text(encoding="utf-8")
            assert text.startswith("# "), (page, lang)


def test_f1_opens_the_page_of_the_current_view(window: MainWindow) -> None:
    assert window.menus.help_contents.shortcut().toString() == "F1"
    window.pages.show_page(window.pages.audits)
    window.menus.help_contents.trigger()
    help_window = window.shell.help
    assert help_window is not None and help_window.isVisible()
    assert help_window.current_page() == "records"
    assert "Internal audits" in help_window.browser.toPlainText()
    window.pages.show_page(window.pages.certificates)
    window.menus.help_contents.trigger()
    assert help_window.current_page() == "certificates"
    help_window.close()


def test_f1_on_the_start_page_opens_getting_started(qtbot, empty_window: MainWindow) -> None:
    empty_window.activateWindow()
    qtbot.waitUntil(empty_window.isActiveWindow)
    qtbot.keyClick(empty_window.start_page.new_button, Qt.Key.Key_F1)
    assert empty_window.shell.help is not None
    assert empty_window.shell.help.current_page() == "getting-started"


def test_search_narrows_the_contents_and_finds_the_words(window: MainWindow) -> None:
    help_window = window.shell.show_help("getting-started")
    help_window.search.setText("_auditready")
    assert help_window.matching_pages() == ["export"]
    assert help_window.current_page() == "export"
    assert help_window.browser.textCursor().selectedText() == "_auditready"
    help_window.search.setText("")
    assert help_window.matching_pages() == list(PAGES)


def test_guide_follows_the_interface_language(window: MainWindow) -> None:
    help_window = window.shell.show_help("export")
    assert "Export and the Excel round trip" in help_window.browser.toPlainText()
    window.ctx.language.set_language("zh_CN")  # the open guide switches too
    assert "导出与 Excel 往返" in help_window.browser.toPlainText()
    assert help_window.current_page() == "export"
    help_window.search.setText("模板")
    assert "export" in help_window.matching_pages()


def test_the_guide_documents_the_import_columns_and_the_template_format(
        window: MainWindow) -> None:
    for lang in ("en", "zh"):
        window.ctx.language.set_language("zh_CN" if lang == "zh" else "en")
        help_window = window.shell.show_help("getting-started")
        for column in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS):
            help_window.search.setText(column)
            assert "export" in help_window.matching_pages(), (lang, column)
        help_window.search.setText(TEMPLATE_FORMAT)
        assert help_window.matching_pages() == ["export"], lang
        text = help_file("export", lang).read_text(encoding="utf-8")
        assert all(f"`{key}`" in text for key in ("key", "parent", "under", "entries")), lang
        help_window.close()


def test_import_checklist_tip_points_to_the_guide(window: MainWindow) -> None:
    tip = window.menus.import_checklist.statusTip()
    assert "README" not in tip and "help" in tip.lower()


def test_shortcuts_dialog_lists_menu_shortcuts(window: MainWindow) -> None:
    dialog = window.shell.shortcuts_dialog()
    rows = dict(dialog.commands())
    assert rows["Export report"] == "Ctrl+E"
    assert rows["AuditReady help"] == "F1"
    assert rows["Open in new window"] == "Ctrl+Shift+O"
    dialog.close()
    window.ctx.language.set_language("zh_CN")
    rows = dict(window.shell.shortcuts_dialog().commands())
    assert rows["导出报告"] == "Ctrl+E"  # menu text without its "(&E)" accelerator


def test_close_project_returns_to_the_start_page(window: MainWindow) -> None:
    assert window.menus.close_project.isEnabled()
    window.menus.close_project.trigger()
    assert window.actions.session is None
    assert window.central_stack.currentWidget() is window.start_page
    assert window.start_page.cards[0].path == window.ctx.settings.recent_projects()[0]
    assert not window.menus.close_project.isEnabled()


def test_about_lists_versions_and_licences(window: MainWindow,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.shell.shell_commands.QMessageBox.about",
                        lambda _parent, _title, text: shown.append(text))
    window.menus.about.trigger()
    assert shown == [about_html()]
    text = shown[0]
    for name in ("Qt", "PySide6", "reportlab", "openpyxl", "sqlite-utils", "WenQuanYi"):
        assert name in text
    for licence in ("LGPL-3.0", "BSD-3-Clause", "MIT", "Apache-2.0"):
        assert licence in text
    assert len(COMPONENTS) >= 6
    import openpyxl
    assert openpyxl.__version__ in text


# -- preferences ---------------------------------------------------------------------------


def test_preferences_are_saved_and_used(window: MainWindow) -> None:
    dialog = SettingsDialog(window.ctx, window)
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("zh"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.user_name.setText("  李娜娜 ")
    dialog.backups.setValue(4)
    dialog.freshness.setChecked(False)
    dialog.accept()
    settings = window.ctx.settings
    assert settings.user_name() == "李娜娜"
    assert settings.report_language() == "zh"
    assert settings.paper_size() == "Letter"
    assert backup_service.backup_policy().keep == 4
    assert not settings.freshness_warnings()

    export = ExportDialog(window.ctx, window.actions, window)
    assert export.report_language() == "zh"
    assert export.paper_size() == "Letter"
    export.close()

    again = SettingsDialog(window.ctx, window)  # the dialog shows what was saved
    assert again.user_name.text() == "李娜娜"
    assert again.backups.value() == 4
    assert not again.freshness.isChecked()


def test_freshness_warning_can_be_turned_off(window: MainWindow) -> None:
    window.assessor.today = lambda: dt.date(2031, 1, 1)  # by then evidence has expired
    assessment = window.assessor.refresh()
    assert assessment is not None and assessment.expired  # the sample has expired evidence
    expired_text = "have expired"
    assert any(expired_text in w for w in window.shell.opening_warnings())
    window.ctx.settings.set_freshness_warnings(False)
    warnings = window.shell.opening_warnings()
    assert not any(expired_text in w for w in warnings)
    assert len(warnings) == len(window.assessor.warnings()) - 1
