"""Every text a Chinese user sees is Chinese: pages, menus and dialogs in zh_CN.

The walk (tests/gui/untranslated.py) looks at labels, buttons, tabs, group
boxes, placeholders, tooltips, window titles, combo box entries, and every
header and cell (display and tooltip) of every visible model, in every tab
of every tab widget; it reports each English phrase with where it was found.
A failure lists every offender: translate it (self.tr and the .ts file) or,
for data, give it a Chinese text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from desktop.domain.model import Catalog, CompanyProfile
from desktop.errors import ChecklistImportError, ImportProblem
from desktop.services.session import new_project
from desktop.ui.checklist.custom_dialogs import ImportProblemsDialog
from desktop.ui.exchange.roundtrip_dialog import RoundTripDialog
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.new_project_dialog import NewProjectDialog
from desktop.ui.shell.settings_dialog import SettingsDialog
from tests.gui.untranslated import TextWalker, curly_quotes, english_words

#: Sample items whose panels are looked at: a requirement with evidence, one
#: not applicable, an overdue one, and a shared item of the integrated view.
SAMPLE_ITEMS = ("iso9001-2015:5.2.2:M", "iso9001-2015:7.1.5.1:R", "iso14001-2015:9.2.2:R",
                "iso45001-2018:9.3:R")


@pytest.fixture
def zh_ctx(qapp: QApplication, tmp_path: Path, catalog: Catalog, translations: Path,
           opened_urls: list) -> Iterator[AppContext]:
    """An application context started in Chinese, dialogs off."""
    from desktop.ui.shell.app import create_context

    settings = QSettings(str(tmp_path / "zh.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "zh_CN")
    context = create_context(qapp, settings, catalog)
    assert context.ui_lang == "zh_CN"
    context.open_url = lambda url: opened_urls.append(url) is None
    yield context
    context.language.uninstall()


@pytest.fixture
def zh_window(qtbot, zh_ctx: AppContext) -> Iterator[MainWindow]:
    """The main window in Chinese, no project open yet."""
    win = MainWindow(zh_ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.actions.close_project()


def walk_with_tabs(walker: TextWalker, root: QWidget, where: str) -> None:
    """``root`` as shown, then every page of every tab widget inside it."""
    walker.widget_tree(root, where)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        shown = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            walker.widget_tree(tabs.widget(index), f"{where} › {tabs.objectName() or 'tabs'}"
                                                   f"[{tabs.tabText(index)}]")
        tabs.setCurrentIndex(shown)


def walk_window(walker: TextWalker, win: MainWindow, label: str) -> None:
    """Menus, then every page with its tabs."""
    for action in win.menuBar().actions():
        walker.action(action, f"{label} menu")
    pages = win.pages
    for index in range(pages.count()):
        pages.setCurrentIndex(index)
        walk_with_tabs(walker, pages.widget(index), f"{label} page {pages.tabText(index)}")
    pages.setCurrentIndex(0)
    walker.widget_tree(win, f"{label} window")


def walk_dialog(walker: TextWalker, open_dialog: Callable[[], QDialog | None],
                label: str) -> None:
    """Open a dialog, walk it (with its tabs) and every other dialog it showed, close it."""
    before = set(QApplication.topLevelWidgets())
    dialog = open_dialog()
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QDialog) and w.isVisible() and w not in before]
    if dialog is not None and dialog not in shown:
        shown.append(dialog)
    assert shown, f"{label}: no dialog opened"
    for widget in shown:
        widget.show()
        walk_with_tabs(walker, widget, f"{label} dialog {type(widget).__name__}")
        widget.reject()
        widget.deleteLater()


def _report(walker: TextWalker) -> str:
    return (f"{len(walker.found)} English text(s) in the Chinese interface "
            f"({walker.seen} texts looked at):\n  " + "\n  ".join(walker.found))


def test_the_check_finds_english_and_passes_names_and_codes() -> None:
    assert english_words("✘ Not covered") == ["Not", "covered"]
    assert english_words("✘ Failed") == ["Failed"]
    assert english_words("三体系 Integrated") == ["Integrated"]
    for fine in ("ISO 9001:2015 7.1.5.1", "依据 IAF MD 5:2019", "GB/T 19001-2016",
                 "导出 PDF 和 Excel", "AuditReady 审核就绪助手", "证据 quality-manual.pdf",
                 "CNCA-R-2004-126", "原因分析（如 5Why、8D）", "QMS 5.5 人日", "Ctrl+F"):
        assert english_words(fine) == [], fine


def test_no_english_in_the_chinese_interface_with_the_sample(
        zh_window: MainWindow, sample_path: Path, tmp_path: Path, qtbot) -> None:
    win = zh_window
    assert win.open_project(sample_path)
    walker = TextWalker()
    walk_window(walker, win, "sample")
    for item_id in SAMPLE_ITEMS:
        assert win.checklist.select_item(item_id)
        walk_with_tabs(walker, win.item_panel, f"sample item {item_id}")
    assert win.checklist.select_item(SAMPLE_ITEMS[-1], integrated=True)
    walk_with_tabs(walker, win.item_panel, "sample integrated item")

    pages, ctx = win.pages, win.ctx
    dialogs: list[tuple[str, Callable[[], QDialog | None]]] = [
        ("Preferences", lambda: SettingsDialog(ctx, win)),
        ("New project", lambda: NewProjectDialog(ctx, win.actions.new_project, win)),
        ("Export", win.export_dialog),
        ("Backups", win.safety.show_backups),
        ("Management system", win.assessor.system_dialog),
        ("Company profile", win.profile_dialog),
        ("New programme", pages.audits.new_programme),
        ("New audit", pages.audits.new_audit),
        ("Edit audit", pages.audits.edit_audit),
        ("New finding", pages.audits.new_finding),
        ("New action", pages.action_plan.add_action),
        ("New review", pages.reviews.new_review),
        ("New certificate", pages.certificates.new_certificate),
        ("Edit certificate", pages.certificates.edit_certificate),
        ("Import problems", lambda: ImportProblemsDialog(
            ChecklistImportError("1 problem", "1 个问题",
                                 [ImportProblem(3, "", "no clause", "缺少条款")]),
            "zh", win)),
    ]
    for label, opener in dialogs:
        walk_dialog(walker, opener, label)
    for table in (pages.audits.finding_table, pages.audits.programme_table):
        table.selectRow(0)
    more: list[tuple[str, Callable[[], QDialog | None]]] = [
        ("Edit finding", pages.audits.edit_finding),
        ("Corrective action", pages.audits.corrective_button.click),
        ("Edit programme", pages.audits.edit_programme),
    ]
    first_action = pages.action_plan.model.action_at(0)
    assert first_action is not None and pages.action_plan.select_action(first_action.id)
    more.append(("Edit action", pages.action_plan.edit_selected))
    assert win.checklist.select_item(SAMPLE_ITEMS[0])
    more.append(("New custom item", win.custom.add_item))
    win.item_panel.evidence.table.selectRow(0)
    more.append(("Evidence details", win.item_panel.evidence.edit_details))
    for label, opener in more:
        walk_dialog(walker, opener, label)

    from tests.gui.test_roundtrip_dialog import conflicting_preview
    preview = conflicting_preview(win, tmp_path)
    walk_dialog(walker, lambda: RoundTripDialog(ctx, win.actions, preview, win),
                "Import filled-in workbook")
    from tests.gui.test_folder_import import item_picker, lacks_dialog, review_dialog
    for label, make in (("Folder import review", review_dialog), ("Item picker", item_picker),
                        ("Folder lacks", lacks_dialog)):
        walk_dialog(walker, lambda make=make: make(win), label)
    assert walker.seen > 2000  # the walk reached the trees, tables and dialogs
    assert not walker.found, _report(walker)


def test_no_english_in_the_chinese_interface_without_and_with_a_fresh_project(
        zh_window: MainWindow, tmp_path: Path, catalog: Catalog) -> None:
    walker = TextWalker()
    walk_window(walker, zh_window, "no project")
    path = tmp_path / "fresh.auditready"
    new_project(path, CompanyProfile(name="新建公司", headcount=20, sites=("总部",)),
                [s.id for s in catalog.standards
                 if s.id in ("iso9001-2015", "iso14001-2015", "iso45001-2018")],
                catalog).close()
    assert zh_window.open_project(path)
    walk_window(walker, zh_window, "fresh project")
    assert walker.seen > 500
    assert not walker.found, _report(walker)


def test_the_english_interface_uses_straight_quotes(window: MainWindow, qtbot) -> None:
    walker = TextWalker(judge=curly_quotes)
    window.show()
    walk_window(walker, window, "sample (en)")
    for item_id in SAMPLE_ITEMS:
        assert window.checklist.select_item(item_id)
        walk_with_tabs(walker, window.item_panel, f"sample item {item_id}")
    for label, opener in (("Export", window.export_dialog),
                          ("New certificate", window.pages.certificates.new_certificate)):
        walk_dialog(walker, opener, label)
    assert walker.seen > 2000
    assert not walker.found, "\n  ".join(["Full-width quotes in English:", *walker.found])


def test_curly_quotes_are_found_in_english_only() -> None:
    assert curly_quotes("Delete the finding “Calibration”?") == ["“", "”"]
    assert curly_quotes('Delete the finding "Calibration"?') == []
    assert curly_quotes("删除不符合项“校准”？") == []


def test_english_source_texts_use_straight_quotes() -> None:
    """Every tr() text (messages and questions too, not only what the walk sees)."""
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations"
    curly = [f"{path.name}: {source.text!r}"
             for path in sorted(ts.glob("*.ts"))
             for source in ET.parse(path).getroot().iter("source")
             if curly_quotes(source.text or "")]
    assert not curly, "\n  ".join(["Full-width quotes in English source texts:", *curly])
