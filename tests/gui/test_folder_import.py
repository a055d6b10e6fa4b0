"""File ▸ Import existing documents…: scan in the background, review (accept, change,
skip, accept above a threshold), apply as one undo step, undo and redo, cancel,
and the list of what the folder lacks."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QProgressDialog, QPushButton

from desktop.domain.model import Text
from desktop.onboarding import Nature, Proposal, ScannedFile, ScanResult, Skipped
from desktop.services import onboarding as onboarding_service
from desktop.services.onboarding import ProjectScan
from desktop.ui.onboarding.item_picker import ItemPickerDialog
from desktop.ui.onboarding.lacks_dialog import LacksDialog
from desktop.ui.onboarding.review_dialog import FolderReviewDialog
from desktop.ui.shell.help_window import HelpWindow
from desktop.ui.shell.main_window import MainWindow
from tests.onboarding_corpus import COPIES, DOCS, UNREADABLE, write_document

PICKED = ("02 程序文件/QP-7.5-01 文件控制程序.docx",
          "06 管理评审/QR-9.3-01 2026年管理评审报告.docx",
          "01 管理手册/管理方针和目标.docx", "01 管理手册/QM-4.3 管理体系范围说明.pdf",
          "01 管理手册/组织机构图及岗位职责.xlsx", "02 程序文件/QP-9.2-01 内部审核程序.docx")


def build_folder(root: Path) -> Path:
    """A small company folder: six documents from the test corpus, one copy of the
    procedure, an Office lock file and a damaged workbook."""
    from desktop.reports.pdf.fonts import register_report_font

    font = register_report_font()
    for doc in DOCS:
        if doc.path in PICKED:
            target = root / doc.path
            target.parent.mkdir(parents=True, exist_ok=True)
            write_document(target, doc.lines, font)
    original, copy = COPIES[0]
    shutil.copyfile(root / original, root / copy)
    (root / "02 程序文件/~$-7.5-01 文件控制程序.docx").write_bytes(b"lock")
    damaged = root / UNREADABLE[0]
    damaged.parent.mkdir(parents=True, exist_ok=True)
    damaged.write_bytes(b"PK\x03\x04 cut off")
    return root


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return build_folder(tmp_path / "体系文件")


def scan(window: MainWindow, folder: Path, qtbot) -> FolderReviewDialog:
    assert window.folder_import.scan(folder) is not None
    qtbot.waitUntil(lambda: window.folder_import.review is not None, timeout=30000)
    review = window.folder_import.review
    assert review is not None and review.isVisible()
    return review


def evidence_count(window: MainWindow) -> int:
    return len(window.actions.session.store.evidence_list())


def test_the_menu_entry_needs_a_project(window: MainWindow) -> None:
    action = window.menus.import_folder
    assert action in window.menus.file_menu.actions() and action.isEnabled()
    window.actions.close_project()
    assert not action.isEnabled()


def test_scan_fills_the_table_copies_once_and_skipped_files(
        window: MainWindow, folder: Path, qtbot) -> None:
    review = scan(window, folder, qtbot)
    model = review.model
    paths = [row.file.path for row in model.rows]
    assert sorted(paths) == sorted(PICKED)  # the copy is folded into its original
    procedure = model.rows[paths.index(COPIES[0][0])]
    tip = model.index(paths.index(COPIES[0][0]), model.FILE).data(Qt.ItemDataRole.ToolTipRole)
    assert procedure.copies == [COPIES[0][1]] and COPIES[0][1] in tip
    text = model.index(paths.index(COPIES[0][0]), model.ITEMS).data()
    assert "7.5.3" in text  # clause and title of the proposed item
    assert review.skipped.rowCount() == 1
    assert review.skipped.item(0, 0).text() == UNREADABLE[0]
    assert review.skipped.item(0, 1).text()  # the reason
    accepted = sum(1 for row in model.rows if row.accepted)
    assert f"{accepted} " in review.summary.text()


def test_accept_change_skip_apply_undo_redo(window: MainWindow, folder: Path, qtbot) -> None:
    review = scan(window, folder, qtbot)
    model = review.model
    for r in range(len(model.rows)):  # start from nothing accepted
        review.select_row(r)
        review.skip_button.click()
    assert model.accepted() == [] and not review.apply_button.isEnabled()
    paths = [row.file.path for row in model.rows]
    # accept the procedure as proposed
    review.select_row(paths.index(COPIES[0][0]))
    review.accept_button.click()
    # change the policy to another item picked from the list
    review.select_row(paths.index("01 管理手册/管理方针和目标.docx"))
    other = "iso9001-2015:7.1.5.1:R"

    def pick(dialog) -> bool:
        for item_id in model.rows[paths.index("01 管理手册/管理方针和目标.docx")].items:
            dialog.set_checked(item_id, False)
        dialog.search.setText("7.1.5.1")
        assert dialog.proxy.rowCount() >= 1
        assert dialog.set_checked(other, True)
        return True

    assert review.change_items(pick)
    policy = model.rows[paths.index("01 管理手册/管理方针和目标.docx")]
    assert policy.items == [other] and policy.accepted
    # accept, then skip the workbook again
    sheet = paths.index("01 管理手册/组织机构图及岗位职责.xlsx")
    review.select_row(sheet)
    review.accept_button.click()
    review.skip_button.click()
    assert not model.rows[sheet].accepted
    accepted = model.accepted()
    assert [f.path for f, _ids in accepted] == [
        p for p in paths if p in (COPIES[0][0], "01 管理手册/管理方针和目标.docx")]
    assert "2 " in review.summary.text()

    before, steps = evidence_count(window), window.actions.undo_stack.count()
    items_before = {e.id: e.item_ids for e in window.actions.session.store.evidence_list()}
    states_before = window.actions.session.store.item_states()
    review.apply_button.click()
    qtbot.waitUntil(lambda: window.folder_import.lacks is not None, timeout=30000)
    assert evidence_count(window) == before + 2
    assert window.actions.undo_stack.count() == steps + 1
    stack = window.actions.undo_stack
    assert "2" in stack.undoText()
    assert window.folder_import.review is None  # closed after the import
    linked = {i for e in window.actions.session.store.evidence_list()
              if e.id not in items_before for i in e.item_ids}
    assert other in linked and not linked & set(model.rows[sheet].items)
    # no status changed: nothing is set to ready by the import
    assert window.actions.session.store.item_states() == states_before
    window.menus.undo.trigger()
    assert evidence_count(window) == before
    window.menus.redo.trigger()
    assert evidence_count(window) == before + 2


def test_accept_above_threshold_and_files_already_in_the_project(
        window: MainWindow, folder: Path, qtbot) -> None:
    review = scan(window, folder, qtbot)
    model = review.model
    for r in range(len(model.rows)):
        review.select_row(r)
        review.skip_button.click()
    review.threshold.setValue(100)
    sure = [row.file.path for row in model.rows if row.best() >= 1.0]
    assert review.accept_above() == len(sure)
    assert [f.path for f, _ids in model.accepted()] == sure
    review.threshold.setValue(1)
    expected = [row.file.path for row in model.rows if row.best() >= 0.01]
    assert review.above_button.isEnabled()
    review.above_button.click()
    accepted = [f.path for f, _ids in model.accepted()]
    assert accepted == expected and len(accepted) >= 4
    before = evidence_count(window)
    review.apply_button.click()
    qtbot.waitUntil(lambda: window.folder_import.lacks is not None, timeout=30000)
    assert evidence_count(window) == before + len(accepted)
    window.folder_import.lacks.close()
    # a second scan marks them and does not accept them
    again = scan(window, folder, qtbot)
    marked = [row for row in again.model.rows if row.in_project]
    assert {row.file.path for row in marked} == set(accepted)
    assert not any(row.accepted for row in marked)
    r = again.model.rows.index(marked[0])
    assert again.model.index(r, again.model.STATE).data() == "Already in the project"


def test_cancel_during_the_scan_shows_no_review(
        window: MainWindow, folder: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    started, gate = threading.Event(), threading.Event()
    real = onboarding_service.scan

    def held(session, root, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        assert gate.wait(30)
        return real(session, root, **kwargs)

    monkeypatch.setattr(onboarding_service, "scan", held)
    task = window.folder_import.scan(folder)
    assert task is not None and window.actions.runner.busy
    assert started.wait(30)
    progress = window.findChild(QProgressDialog, "progressDialog")
    assert progress is not None
    cancel = progress.findChild(QPushButton)
    with qtbot.waitSignal(task.signals.cancelled, timeout=30000):
        cancel.click()
        gate.set()
    qtbot.waitUntil(lambda: not window.actions.runner.busy)
    assert window.folder_import.review is None


def test_the_lacks_list_shows_and_exports(window: MainWindow, folder: Path, qtbot,
                                          tmp_path: Path) -> None:
    window.ctx.language.set_language("zh_CN")
    review = scan(window, folder, qtbot)
    files = len(review.model.accepted())
    assert files
    review.apply_button.click()
    qtbot.waitUntil(lambda: window.folder_import.lacks is not None, timeout=30000)
    assert window.menus.undo.text().startswith(f"撤销 导入文件夹 ({files} 个文件)")
    lacks = window.folder_import.lacks
    assert lacks.isVisible() and lacks.table.rowCount() == len(lacks.lacks.items) > 0
    accepted_ids = {i for _f, ids in review.model.accepted() for i in ids}
    assert not accepted_ids & {item.item_id for item in lacks.lacks.items}
    pdf = lacks.export_pdf(tmp_path / "lacks.pdf")
    xlsx = lacks.export_xlsx(tmp_path / "lacks.xlsx")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    assert xlsx is not None and xlsx.read_bytes().startswith(b"PK")


def test_apply_refuses_a_file_changed_since_the_scan(window: MainWindow, folder: Path,
                                                     qtbot) -> None:
    review = scan(window, folder, qtbot)
    accepted = review.model.accepted()
    assert accepted
    first: ScannedFile = accepted[0][0]
    (folder / first.path).write_bytes(b"changed")
    before = evidence_count(window)
    task = window.folder_import.apply(review.project_scan, accepted)
    assert task is not None
    qtbot.waitUntil(lambda: not window.actions.runner.busy, timeout=30000)
    assert evidence_count(window) == before and window.folder_import.lacks is None


def synthetic_scan(window: MainWindow) -> ProjectScan:
    """A scan result without files on disk (for dialogs that only show it): proposals
    on the project's items, a copy, a file already in the project, a skipped file."""
    session = window.actions.session
    items = [i for s in session.standards() for i in s.checklist()][:40]
    files, stored = [], session.store.evidence_list()[0].sha256
    for n in range(12):
        item = items[n * 3]
        reason = Text(f"Clause {item.clause} in the name", f"文件名中有条款号 {item.clause}")
        proposals = (Proposal(item.id, item.standard_id, item.clause, 0.9 - n * 0.07, reason),)
        files.append(ScannedFile(f"02 程序文件/QP-{item.clause}-0{n} 程序文件名称很长很长.docx",
                                 stored if n == 5 else f"{n:064x}", 1000, Nature.PROCEDURE.value,
                                 (dt.date(2025, 3, 1),), "A/1", proposals))
    files.append(ScannedFile("备份/副本.docx", files[0].sha256, 1000, Nature.PROCEDURE.value,
                             (), None, files[0].proposals, duplicate_of=files[0].path))
    skipped = [Skipped("04 记录表格/损坏的工作簿.xlsx", Text("Damaged workbook", "工作簿已损坏"))]
    return ProjectScan(Path("体系文件"), ScanResult(files, skipped), frozenset({stored}))


def review_dialog(window: MainWindow) -> FolderReviewDialog:
    """The review dialog on :func:`synthetic_scan` (Apply does nothing)."""
    return FolderReviewDialog(window.actions.session, synthetic_scan(window),
                              window.ctx.content_lang, lambda _accepted: None, window)


def lacks_dialog(window: MainWindow) -> LacksDialog:
    """The lacks list of :func:`synthetic_scan`."""
    lacks = onboarding_service.folder_lacks(window.actions.session, synthetic_scan(window))
    return LacksDialog(window.ctx, lacks, window)


def item_picker(window: MainWindow) -> ItemPickerDialog:
    """The item picker with one item ticked."""
    session = window.actions.session
    first = session.standards()[0].checklist()[0].id
    return ItemPickerDialog(session, window.ctx.content_lang, [first], "体系文件/文件.docx",
                            window)


def test_synthetic_review_folds_the_copy_and_marks_the_stored_file(
        window: MainWindow, qtmodeltester) -> None:
    dialog = review_dialog(window)
    model = dialog.model
    qtmodeltester.check(model)
    assert len(model.rows) == 12 and model.rows[0].copies == ["备份/副本.docx"]
    assert model.rows[5].in_project and not model.rows[5].accepted
    dialog.close()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_help_page_shows_the_review_picture(qtbot, lang: str) -> None:
    help_window = HelpWindow(lang)
    qtbot.addWidget(help_window)
    assert help_window.show_page("folder-import")
    assert "folder-import-review.png" in help_window.browser.toMarkdown()
    image = help_window.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                             QUrl("folder-import-review.png"))
    assert isinstance(image, QByteArray)  # found beside the pages, not a broken picture
    assert QImage.fromData(image).width() > 500


def test_closing_the_window_during_the_scan_asks_and_cancels_it(
        window: MainWindow, folder: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    started, gate = threading.Event(), threading.Event()
    real = onboarding_service.scan

    def held(session, root, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        assert gate.wait(30)
        return real(session, root, **kwargs)

    asked: list[str] = []

    def confirm(_title: str, question: str, _parent: object = None) -> bool:
        asked.append(question)
        gate.set()  # the scan goes on, and sees the cancel
        return True  # cancel it and close

    monkeypatch.setattr(onboarding_service, "scan", held)
    monkeypatch.setattr(window.ctx.errors, "confirm", confirm)
    window.show()
    qtbot.waitExposed(window)
    task = window.folder_import.scan(folder)
    assert task is not None and started.wait(30)
    assert window.close()
    assert len(asked) == 1 and task.is_cancelled()
    assert window.folder_import.review is None
