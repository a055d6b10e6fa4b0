"""Evidence in one gesture: drop files or folders, pick several, paste, and "Used by"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView, QWidget

from desktop.services.evidence import attach_evidence
from desktop.ui.checklist.evidence_drop import AttachPreviewDialog
from desktop.ui.shell.main_window import MainWindow

ITEM = "iso14001-2015:9.2.2:R"  # internal audit records: no evidence in the sample
OTHER = "iso14001-2015:9.2.1:R"
CLAUSE = "iso14001-2015:9.2"
MR_9001 = "iso9001-2015:9.3.3:R"
MR_14001 = "iso14001-2015:9.3:R"


def _mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drag(widget: QWidget, pos: QPoint, paths: list[Path]) -> tuple[bool, bool]:
    """Drag ``paths`` over ``widget`` at ``pos`` and drop; (move accepted, drop accepted)."""
    mime = _mime(paths)
    copy, left, none = (Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, QDragEnterEvent(pos, copy, mime, left, none))
    move = QDragMoveEvent(pos, copy, mime, left, none)
    QApplication.sendEvent(widget, move)
    drop = QDropEvent(QPointF(pos), copy, mime, left, none)
    QApplication.sendEvent(widget, drop)
    return move.isAccepted(), drop.isAccepted()


def _row_center(view: QTreeView, index: QModelIndex) -> QPoint:
    """Where row ``index`` is on screen, once the tree has laid out its expanded rows."""
    view.scrollTo(index)
    for _ in range(3):
        QApplication.sendPostedEvents()
    return view.visualRect(index).center()


def _preview(window: MainWindow, qtbot) -> AttachPreviewDialog:
    box = window.item_panel.evidence
    qtbot.waitUntil(lambda: box.preview is not None and box.preview.isVisible())
    assert box.preview is not None
    return box.preview


def _names(window: MainWindow) -> list[str]:
    model = window.item_panel.evidence.model
    return sorted(model.data(model.index(r, 0)) for r in range(model.rowCount()))


def _confirm(window: MainWindow, qtbot, dialog: AttachPreviewDialog) -> None:
    with qtbot.waitSignal(window.actions.changed, timeout=20_000):
        dialog.attach_button.click()
    qtbot.waitUntil(lambda: not window.actions.runner.busy)


@pytest.fixture
def shown(window: MainWindow, qtbot) -> MainWindow:
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "内审 2026"
    (root / "记录").mkdir(parents=True)
    (root / "审核计划.docx").write_bytes(b"plan")
    (root / "~$审核计划.docx").write_bytes(b"lock")
    (root / ".DS_Store").write_bytes(b"mac")
    (root / "记录" / "检查表.xlsx").write_bytes(b"checklist")
    (root / "记录" / "Thumbs.db").write_bytes(b"thumbs")
    return root


def test_drop_on_the_evidence_list_previews_then_attaches(shown: MainWindow, qtbot,
                                                         tmp_path: Path) -> None:
    shown.checklist.select_item(ITEM)
    shown.item_panel.tabs.setCurrentIndex(1)
    report = tmp_path / "内审报告.pdf"
    report.write_bytes(b"%PDF audit report")
    table = shown.item_panel.evidence.table
    assert _drag(table.viewport(), table.viewport().rect().center(), [report]) == (True, True)
    dialog = _preview(shown, qtbot)
    assert dialog.names() == ["内审报告.pdf"]
    assert "9.2.2" in dialog.question.text()
    _confirm(shown, qtbot, dialog)
    assert _names(shown) == ["内审报告.pdf"]


def test_cancelling_the_preview_attaches_nothing(shown: MainWindow, qtbot,
                                                 tmp_path: Path) -> None:
    shown.checklist.select_item(ITEM)
    report = tmp_path / "draft.pdf"
    report.write_bytes(b"%PDF")
    _drag(shown.item_panel.title, QPoint(5, 5), [report])  # anywhere on the item's panel
    _preview(shown, qtbot).reject()
    assert not shown.actions.runner.busy
    assert shown.actions.session.store.evidence_for_item(ITEM) == []


def test_folder_dropped_on_a_tree_row_attaches_its_files_to_that_row_in_one_job(
        shown: MainWindow, qtbot, folder: Path) -> None:
    checklist = shown.checklist
    checklist.select_item(ITEM)
    checklist.select_item(OTHER)
    view = checklist.current_view()
    index = checklist.current_model().index_for(ITEM)
    starts: list[bool] = []
    shown.actions.busyChanged.connect(lambda busy: busy and starts.append(busy))

    moved, dropped = _drag(view.viewport(), _row_center(view, index), [folder])
    assert moved and dropped
    dialog = _preview(shown, qtbot)
    assert checklist.current_item_id() == ITEM  # the row dropped on is shown
    assert dialog.names() == ["审核计划.docx", "检查表.xlsx"]
    assert not dialog.skipped.isHidden()
    assert {Path(p).name for p in dialog.skipped.toolTip().splitlines()} == {
        "~$审核计划.docx", ".DS_Store", "Thumbs.db"}
    _confirm(shown, qtbot, dialog)
    assert starts == [True]  # one job, one progress dialog
    assert _names(shown) == ["审核计划.docx", "检查表.xlsx"]
    assert shown.actions.session.store.evidence_for_item(OTHER) == []


def test_a_clause_heading_refuses_the_drop(shown: MainWindow, qtbot, tmp_path: Path) -> None:
    checklist = shown.checklist
    checklist.select_item(ITEM)
    view = checklist.current_view()
    index = checklist.current_model().index_for(CLAUSE)
    assert index.isValid()
    report = tmp_path / "a.pdf"
    report.write_bytes(b"%PDF")
    assert _drag(view.viewport(), _row_center(view, index), [report]) == (False, False)
    assert shown.item_panel.evidence.preview is None
    assert checklist.current_item_id() == ITEM


def test_several_files_picked_in_the_dialog_attach_as_one_job(
        shown: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = [tmp_path / "a 计划.pdf", tmp_path / "b 记录.pdf"]
    for f in files:
        f.write_bytes(f.name.encode())
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(f) for f in files], "")))
    starts: list[bool] = []
    shown.actions.busyChanged.connect(lambda busy: busy and starts.append(busy))
    shown.checklist.select_item(ITEM)
    with qtbot.waitSignal(shown.actions.changed, timeout=20_000):
        shown.item_panel.evidence.attach_button.click()
    qtbot.waitUntil(lambda: not shown.actions.runner.busy)
    assert starts == [True]
    assert _names(shown) == ["a 计划.pdf", "b 记录.pdf"]


def test_attach_button_is_in_sight_on_a_laptop_screen(shown: MainWindow, qtbot) -> None:
    shown.resize(1366, 728)  # 1366×768 less the Windows taskbar
    shown.checklist.select_item("iso9001-2015:7.1.5.1:R")  # a long requirement text
    panel = shown.item_panel
    panel.tabs.setCurrentIndex(1)
    box = panel.evidence
    for _ in range(3):  # let the nested layouts settle (their requests are posted events)
        QApplication.sendPostedEvents()
    assert box.attach_button.geometry().bottom() < box.table.geometry().top()
    viewport = panel.scroll.viewport()
    bottom = box.attach_button.mapTo(viewport, box.attach_button.rect().bottomLeft()).y()
    assert panel.scroll.verticalScrollBar().value() == 0
    assert bottom < viewport.height()


def test_paste_copied_files_in_the_evidence_list(shown: MainWindow, qtbot,
                                                 folder: Path) -> None:
    shown.checklist.select_item(ITEM)
    shown.item_panel.tabs.setCurrentIndex(1)
    table = shown.item_panel.evidence.table
    QApplication.clipboard().setMimeData(_mime([folder / "审核计划.docx"]))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    dialog = _preview(shown, qtbot)
    assert dialog.names() == ["审核计划.docx"]
    _confirm(shown, qtbot, dialog)
    assert _names(shown) == ["审核计划.docx"]


def test_used_by_lists_every_item_and_links_to_it(shown: MainWindow, qtbot,
                                                  tmp_path: Path) -> None:
    minutes = tmp_path / "管理评审输出.pdf"
    minutes.write_bytes(b"%PDF minutes")
    session = shown.actions.session
    evidence_id = attach_evidence(session, [MR_9001, MR_14001], minutes).evidence_id
    shown.checklist.select_item(MR_9001)
    box = shown.item_panel.evidence
    box.select_evidence(evidence_id)
    assert not box.used_by.isHidden()
    text = box.used_by.text()
    assert "ISO 9001:2015 9.3.3" in text and "ISO 14001:2015 9.3" in text
    assert box.used_by_links() == [MR_14001]  # the item shown is named, not linked
    box.used_by.linkActivated.emit(MR_14001)
    assert shown.checklist.current_item_id() == MR_14001
    assert shown.item_panel.item_id() == MR_14001


def test_preview_speaks_the_ui_language(shown: MainWindow, qtbot, folder: Path) -> None:
    shown.checklist.select_item(ITEM)
    box = shown.item_panel.evidence
    dialog = box.offer_files([folder])
    assert dialog.question.text().startswith('Attach 2 files to "9.2.2')
    assert dialog.skipped.text() == "3 hidden or temporary files left out."
    dialog.reject()
    shown.ctx.language.set_language("zh_CN")
    dialog = box.offer_files([folder / "审核计划.docx"])
    assert dialog.windowTitle() == "附加文件"
    assert dialog.question.text().startswith("将 1 个文件附加到“9.2.2")
    assert dialog.attach_button.text() == "附加"
    dialog.reject()


def test_a_folder_of_only_temporary_files_says_so(shown: MainWindow, tmp_path: Path) -> None:
    shown.checklist.select_item(ITEM)
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "~$draft.docx").write_bytes(b"lock")
    assert shown.item_panel.evidence.offer_files([tmp_path / "empty"]) is None
    kind, text = shown.ctx.errors.messages[-1]
    assert kind == "info" and "No files to attach" in text


def test_folder_dropped_on_a_shared_row_serves_every_standard(shown: MainWindow, qtbot,
                                                              folder: Path) -> None:
    shared = "ims:9.3:R"  # management review results, shared by the three standards
    targets = {"iso9001-2015:9.3.3:R", "iso14001-2015:9.3:R", "iso45001-2018:9.3:R"}
    checklist = shown.checklist
    checklist.tabs.setCurrentWidget(checklist.integrated_view)
    assert checklist.select_item(shared, integrated=True)
    view = checklist.integrated_view
    view.selectionModel().clear()
    assert checklist.current_item_id() == ""
    index = checklist.integrated_model.index_for(shared)
    assert _drag(view.viewport(), _row_center(view, index), [folder]) == (True, True)
    dialog = _preview(shown, qtbot)
    assert checklist.current_item_id() == shared
    _confirm(shown, qtbot, dialog)
    store = shown.actions.session.store
    for name in ("审核计划.docx", "检查表.xlsx"):
        [evidence] = [e for e in store.evidence_list() if e.name == name]
        assert set(evidence.item_ids) == targets
