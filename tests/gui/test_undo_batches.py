"""Edit ▸ Undo and Redo for batch edits: several files at once, templates, checklist
imports and whole custom checklists, each one step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QWidget

from desktop.catalog.templates import Template, TemplateEntry, write_template
from desktop.domain.model import ItemKind, ItemStatus, Text
from desktop.ui.checklist.evidence_drop import AttachPreviewDialog
from desktop.ui.shell.main_window import MainWindow
from tests.workbooks import valid_workbook

ITEM = "iso14001-2015:9.2.2:R"  # internal audit records: no evidence in the sample
STORED_FOR = "iso9001-2015:5.2.2:M"  # has one evidence file in the sample


def _undo_text(window: MainWindow) -> str:
    return window.menus.undo.text()


def _blob_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM blobs").fetchone()[0])


def _tabs(window: MainWindow) -> list[str]:
    tabs = window.checklist.tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def _names(window: MainWindow, item_id: str) -> list[str]:
    store = window.actions.session.store
    return sorted(e.name for e in store.evidence_for_item(item_id))


def _mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drop(widget: QWidget, paths: list[Path]) -> None:
    mime = _mime(paths)
    pos = QPoint(5, 5)
    copy, left, none = (Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, QDragEnterEvent(pos, copy, mime, left, none))
    QApplication.sendEvent(widget, QDragMoveEvent(pos, copy, mime, left, none))
    QApplication.sendEvent(widget, QDropEvent(QPointF(pos), copy, mime, left, none))


def _confirm_preview(window: MainWindow, qtbot) -> None:
    box = window.item_panel.evidence
    qtbot.waitUntil(lambda: box.preview is not None and box.preview.isVisible())
    dialog = box.preview
    assert isinstance(dialog, AttachPreviewDialog)
    with qtbot.waitSignal(window.actions.changed, timeout=20_000):
        dialog.attach_button.click()
    qtbot.waitUntil(lambda: not window.actions.runner.busy)


@pytest.fixture
def shown(window: MainWindow, qtbot) -> MainWindow:
    window.show()
    qtbot.waitExposed(window)
    window.checklist.select_item(ITEM)
    return window


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "内审 2026"
    (root / "记录").mkdir(parents=True)
    (root / "审核计划.docx").write_bytes(b"audit plan 2026")
    (root / "记录" / "检查表.xlsx").write_bytes(b"checklist 2026")
    (root / "~$审核计划.docx").write_bytes(b"lock")
    return root


def test_files_picked_together_are_one_step_that_keeps_their_bytes_for_redo(
        shown: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session = shown.actions.session
    store = session.store
    [stored] = store.evidence_for_item(STORED_FOR)
    old = tmp_path / "old" / stored.name  # the same file as one already stored
    old.parent.mkdir()
    store.export_evidence(stored.id, old)
    files = [tmp_path / "a 计划.pdf", tmp_path / "b 记录.pdf"]
    for f in files:
        f.write_bytes(f.name.encode() * 400)
    picked = [str(f) for f in (*files, old)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (
        picked, "")))
    blobs = _blob_count(session.path)

    with qtbot.waitSignal(shown.actions.changed, timeout=20_000):
        shown.item_panel.evidence.attach_button.click()
    qtbot.waitUntil(lambda: not shown.actions.runner.busy)
    added = {e.name: e for e in store.evidence_for_item(ITEM)}
    assert sorted(added) == sorted(["a 计划.pdf", "b 记录.pdf", stored.name])
    assert _undo_text(shown) == "&Undo Attach 3 files to 9.2.2"
    assert _blob_count(session.path) == blobs + 2

    shown.menus.undo.trigger()  # one step takes back the whole batch
    assert store.evidence_for_item(ITEM) == []
    assert {e.name for e in store.evidence_list()}.isdisjoint({f.name for f in files})
    assert store.evidence(stored.id) == stored  # the older file only lost the new link
    assert shown.item_panel.evidence.model.rowCount() == 0
    assert _blob_count(session.path) == blobs + 2  # bytes kept for redo

    shown.menus.redo.trigger()
    assert {e.name: e for e in store.evidence_for_item(ITEM)} == added
    for f in files:
        assert b"".join(store.read_evidence(added[f.name].id)) == f.read_bytes()
    assert shown.item_panel.evidence.model.rowCount() == 3

    shown.menus.undo.trigger()
    path = session.path
    shown.actions.close_project()  # closing drops the bytes nothing uses any more
    assert _blob_count(path) == blobs


def test_a_dropped_folder_is_one_undo_step(shown: MainWindow, qtbot, folder: Path) -> None:
    store = shown.actions.session.store
    _drop(shown.item_panel.title, [folder])
    _confirm_preview(shown, qtbot)
    assert _names(shown, ITEM) == ["审核计划.docx", "检查表.xlsx"]
    assert _undo_text(shown) == "&Undo Attach 2 files to 9.2.2"

    shown.menus.undo.trigger()
    assert store.evidence_for_item(ITEM) == []
    assert not shown.menus.undo.isEnabled()  # the drop was one step, nothing older
    shown.menus.redo.trigger()
    assert _names(shown, ITEM) == ["审核计划.docx", "检查表.xlsx"]


def test_pasted_files_are_one_undo_step(shown: MainWindow, qtbot, folder: Path) -> None:
    store = shown.actions.session.store
    shown.item_panel.tabs.setCurrentIndex(1)
    table = shown.item_panel.evidence.table
    QApplication.clipboard().setMimeData(_mime([folder / "审核计划.docx",
                                                folder / "记录" / "检查表.xlsx"]))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _confirm_preview(shown, qtbot)
    assert _undo_text(shown) == "&Undo Attach 2 files to 9.2.2"

    shown.menus.undo.trigger()
    assert store.evidence_for_item(ITEM) == []
    shown.menus.redo.trigger()
    assert _names(shown, ITEM) == ["审核计划.docx", "检查表.xlsx"]


def test_the_batch_step_is_named_in_chinese(shown: MainWindow, qtbot, folder: Path) -> None:
    shown.ctx.language.set_language("zh_CN")
    _drop(shown.item_panel.title, [folder])
    _confirm_preview(shown, qtbot)
    assert _undo_text(shown).replace("(&U)", "") == "撤销 附加 2 个文件 9.2.2"


def _template(path: Path) -> Path:
    write_template(path, Template(checklist_code="现场巡查", checklist_title=None, entries=(
        TemplateEntry(key="W", parent=None, under=None, clause="W", kind=ItemKind.CLAUSE,
                      title=Text("Site walk", "现场巡查"), description=Text("", "")),
        TemplateEntry(key="W1", parent="W", under=None, clause="W.1", kind=ItemKind.RETAIN,
                      title=Text("Walk records", "巡查记录"), description=Text("", "")),
        TemplateEntry(key="G", parent=None, under="iso9001-2015:7.1.5", clause="7.1.5",
                      kind=ItemKind.RETAIN, title=Text("Gauge list", "量具清单"),
                      description=Text("", "")),
    )))
    return path


def test_applying_a_template_is_undone_and_redone_under_the_same_ids(
        window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    template = _template(tmp_path / "site-walk.json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(template), "")))
    with qtbot.waitSignal(window.actions.changed):
        window.menus.apply_template.trigger()
    walk, gauge = "custom:checklist:W1", "custom:checklist:G"
    catalog = window.actions.session.catalog
    assert catalog.has_item(walk) and catalog.has_item(gauge)
    assert "现场巡查" in _tabs(window)
    assert _undo_text(window) == '&Undo Apply template "site-walk.json"'
    assert window.actions.update_details(walk, owner="安环部 陈刚")

    window.menus.undo.trigger()  # the owner
    window.menus.undo.trigger()  # the template
    catalog = window.actions.session.catalog
    assert not catalog.has_item(walk) and not catalog.has_item(gauge)
    assert "现场巡查" not in _tabs(window)
    iso = window.checklist.model_for("iso9001-2015")
    assert iso is not None and not iso.index_for(gauge).isValid()

    window.menus.redo.trigger()
    window.menus.redo.trigger()  # the later step finds the entry under its id again
    assert "现场巡查" in _tabs(window)
    assert window.actions.session.store.item_state(walk).owner == "安环部 陈刚"
    assert window.checklist.select_item(gauge)


@pytest.fixture
def imported(window: MainWindow, qtbot, tmp_path: Path,
             monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The sample with the checklist "供应商审核" imported from a workbook."""
    workbook = valid_workbook(tmp_path / "suppliers.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(workbook), "")))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("供应商审核", True)))
    with qtbot.waitSignal(window.actions.changed, timeout=20_000):
        window.menus.import_checklist.trigger()
    qtbot.waitUntil(lambda: not window.actions.runner.busy)
    assert "供应商审核" in _tabs(window)
    return window


def test_a_checklist_import_is_undone_and_redone(imported: MainWindow) -> None:
    window = imported
    assert _undo_text(window) == '&Undo Import checklist "供应商审核"'
    entries = {i.id for s in window.actions.session.catalog.standards for i in s.items
               if i.id.startswith("custom:checklist")}
    assert "custom:checklist:G1" in entries  # the row under ISO 9001 7.1.5 too

    window.menus.undo.trigger()
    catalog = window.actions.session.catalog
    assert not any(catalog.has_item(i) for i in entries)
    assert "供应商审核" not in _tabs(window)
    assert window.readiness.figures("custom:checklist") is None

    window.menus.redo.trigger()
    catalog = window.actions.session.catalog
    assert all(catalog.has_item(i) for i in entries)
    assert "供应商审核" in _tabs(window)
    figures = window.readiness.figures("custom:checklist")
    assert figures is not None and figures.total == 3


def test_removing_a_custom_checklist_is_undone_with_states_and_evidence_links(
        imported: MainWindow) -> None:
    window = imported
    session = window.actions.session
    store = session.store
    item = "custom:checklist:S1"
    assert window.actions.set_status(item, ItemStatus.READY)
    assert window.actions.update_details(item, owner="采购部 王芳")
    [evidence] = store.evidence_for_item(STORED_FOR)
    assert window.actions.link_evidence(evidence.id, item)
    blobs = _blob_count(session.path)
    window.checklist.select_item(item)  # its tab is the one shown

    assert window.checklist.current_model().standard.id == "custom:checklist"
    window.menus.remove_custom_checklist.trigger()  # no dialogs: the question answers yes
    assert "供应商审核" not in _tabs(window)
    assert not session.catalog.has_item(item)
    assert _undo_text(window) == '&Undo Remove custom checklist "供应商审核"'
    assert store.evidence(evidence.id).item_ids == evidence.item_ids  # the file stays
    assert _blob_count(session.path) == blobs

    window.menus.undo.trigger()
    assert "供应商审核" in _tabs(window)
    state = store.item_state(item)
    assert (state.status, state.owner) == (ItemStatus.READY, "采购部 王芳")
    assert [e.id for e in store.evidence_for_item(item)] == [evidence.id]
    assert window.checklist.select_item(item)

    window.menus.redo.trigger()
    assert not window.actions.session.catalog.has_item(item)
    window.menus.undo.trigger()
    for _ in range(3):  # the link, the owner, the status: the older steps still work
        window.menus.undo.trigger()
    assert store.item_state(item).status is ItemStatus.NOT_STARTED
    assert store.evidence_for_item(item) == []
