"""The window and its dialogs fit a 1366×768 laptop screen (1366×728 free above the
taskbar), in Chinese and in English: nothing is pushed below the screen's edge."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QWidget

from desktop.errors import ChecklistImportError, ImportProblem
from desktop.ui.checklist.custom_dialogs import ImportProblemsDialog
from desktop.ui.shell.errors import CrashDialog
from desktop.ui.shell.main_window import MainWindow, first_geometry
from desktop.ui.shell.new_project_dialog import NewProjectDialog
from desktop.ui.shell.settings_dialog import SettingsDialog

MAIN_MINIMUM = QSize(1024, 600)
LAPTOP = QSize(1366, 728)  # 1366×768 less a 40-pixel taskbar

LANGUAGES = ("en", "zh_CN")


@pytest.fixture(params=LANGUAGES)
def laptop(request: pytest.FixtureRequest, window: MainWindow) -> Iterator[MainWindow]:
    """The sample in the main window, in each UI language."""
    window.ctx.language.set_language(request.param)
    yield window


def _fits(size: QSize, limit: QSize) -> bool:
    return size.width() <= limit.width() and size.height() <= limit.height()


def test_main_window_minimum_fits_a_small_laptop_on_every_page(laptop: MainWindow) -> None:
    assert _fits(laptop.minimumSizeHint(), MAIN_MINIMUM), laptop.minimumSizeHint()
    for page in range(laptop.pages.count()):
        laptop.pages.setCurrentIndex(page)
        assert _fits(laptop.minimumSizeHint(), MAIN_MINIMUM), (page, laptop.minimumSizeHint())
    laptop.summary.set_expanded(True)  # the readiness table and warnings scroll instead
    assert laptop.banner.isVisibleTo(laptop) and laptop.readiness.isVisibleTo(laptop)
    assert _fits(laptop.minimumSizeHint(), MAIN_MINIMUM), laptop.minimumSizeHint()


def test_the_strip_says_readiness_and_warnings_in_one_line(laptop: MainWindow) -> None:
    strip = laptop.summary
    assert not strip.is_expanded()
    assert not laptop.readiness.isVisibleTo(laptop)
    session = laptop.actions.session
    for standard in session.standards():
        assert standard.label in strip.text.text()
    warnings = laptop.assessor.warnings()
    assert warnings and strip.warnings.isVisibleTo(laptop)
    assert str(len(warnings)) in strip.warnings.text()
    assert strip.warnings.toolTip() == "\n".join(warnings)
    line_height = strip.text.fontMetrics().height()
    assert strip.sizeHint().height() < 3 * line_height
    strip.toggle.click()
    assert laptop.readiness.isVisibleTo(laptop) and strip.is_expanded()
    strip.toggle.click()
    assert not laptop.readiness.isVisibleTo(laptop)
    strip.warnings.click()  # the warnings unfold the banner that lists them
    assert laptop.banner.isVisibleTo(laptop) and strip.toggle.isChecked()


def _escapes(window: QWidget) -> list[str]:
    """Visible widgets lying partly outside the window (contents of scroll areas are
    clipped by their viewport and not looked into)."""
    bounds = window.rect()
    found = []

    def walk(widget: QWidget) -> None:
        for child in widget.findChildren(QWidget, options=_direct()):
            if not child.isVisible() or child.isWindow():
                continue
            rect = QRect(child.mapTo(window, QPoint(0, 0)), child.size())
            if not bounds.contains(rect):
                found.append(f"{child.metaObject().className()} {child.objectName()} {rect}")
            if not isinstance(child, QAbstractScrollArea):
                walk(child)

    walk(window)
    return found


def _direct() -> Qt.FindChildOption:
    return Qt.FindChildOption.FindDirectChildrenOnly


def test_every_page_lies_inside_a_1366_by_768_screen(laptop: MainWindow, qtbot) -> None:
    laptop.resize(LAPTOP)
    laptop.show()
    qtbot.waitExposed(laptop)
    for page in range(laptop.pages.count()):
        laptop.pages.setCurrentIndex(page)
        QApplication.processEvents()
        assert laptop.size() == LAPTOP, (page, laptop.size())
        assert _escapes(laptop) == [], page
        assert not laptop.grab().isNull()
    laptop.summary.set_expanded(True)
    QApplication.processEvents()
    assert laptop.size() == LAPTOP
    assert _escapes(laptop) == []


def test_first_window_takes_the_free_area_of_a_small_screen() -> None:
    rect, maximized = first_geometry(QRect(0, 0, 1366, 728))
    assert maximized and rect == QRect(0, 0, 1366, 728)
    rect, maximized = first_geometry(QRect(0, 0, 1920, 1040))
    assert not maximized
    assert rect.size() == QSize(1280, 800) and QRect(0, 0, 1920, 1040).contains(rect)


def _dialogs(window: MainWindow) -> Iterator[tuple[str, Callable[[], QDialog | None]]]:
    """Every dialog a user can open on the sample, by name."""
    pages, ctx, session = window.pages, window.ctx, window.actions.session
    records = session.store.records
    audits = pages.audits

    def finding_dialog(kind: str) -> QDialog | None:
        finding = records.findings()[0]
        audits.select_audit(finding.audit_id)
        audits.select_finding(finding.id)
        return audits.corrective_action() if kind == "action" else audits.edit_finding()

    def evidence_details() -> QDialog | None:
        window.checklist.select_item("iso9001-2015:5.2.2:M")
        box = window.item_panel.evidence
        box.table.selectRow(0)
        return box.edit_details()

    yield "export", window.export_dialog
    yield "new project", lambda: NewProjectDialog(ctx, window.actions.new_project, window)
    yield "preferences", lambda: SettingsDialog(ctx, window)
    yield "management system", window.assessor.system_dialog
    yield "company profile", window.profile_dialog
    yield "action", pages.action_plan.add_action
    yield "programme", audits.new_programme
    yield "audit", audits.new_audit
    yield "finding", lambda: finding_dialog("finding")
    yield "corrective action", lambda: finding_dialog("action")
    yield "review", pages.reviews.new_review
    yield "certificate", pages.certificates.new_certificate
    yield "evidence details", evidence_details
    yield "transition gaps", window.transition_gaps_dialog
    yield "custom item", window.custom.add_item
    yield "backups", window.safety.show_backups
    from tests.gui.test_folder_import import item_picker, lacks_dialog, review_dialog
    yield "folder import review", lambda: review_dialog(window)
    yield "folder import item picker", lambda: item_picker(window)
    yield "folder lacks", lambda: lacks_dialog(window)
    yield "crash", lambda: CrashDialog("Traceback\n" * 80, window)
    problems = [ImportProblem(row, "kind", "unknown kind", "未知的类型") for row in range(2, 60)]
    yield "import problems", lambda: ImportProblemsDialog(
        ChecklistImportError("en", "zh", problems), ctx.content_lang, window)


def test_every_dialog_fits_the_free_area_of_a_1366_by_768_screen(laptop: MainWindow) -> None:
    too_big = {}
    for name, make in _dialogs(laptop):
        dialog = make()
        assert dialog is not None, name
        needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if not _fits(needed, LAPTOP):
            too_big[name] = needed.toTuple()
        dialog.close()
    assert too_big == {}


def test_first_window_never_exceeds_the_screen(window: MainWindow) -> None:
    available = window.screen().availableGeometry()
    assert window.ctx.settings.window_geometry() is None  # a first start
    assert available.contains(window.geometry())
    small = available.width() < 1280 or available.height() < 800
    assert window.start_maximized is small
