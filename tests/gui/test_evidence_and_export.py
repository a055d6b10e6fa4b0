"""Attach, open and remove evidence; export the reports through the dialog's worker."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from desktop.ui.checklist.checklist_model import Column
from desktop.ui.shell.main_window import MainWindow

ITEM = "iso14001-2015:9.2.2:R"


@pytest.fixture
def evidence_file(tmp_path: Path) -> Path:
    path = tmp_path / "内审计划 2026.txt"
    path.write_text("Internal audit programme 2026 / 2026 年内审方案\n" * 2000, encoding="utf-8")
    return path


def _evidence_names(window: MainWindow) -> list[str]:
    model = window.item_panel.evidence.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_attach_runs_on_a_worker_and_lists_the_file(window: MainWindow, qtbot,
                                                    evidence_file: Path) -> None:
    window.checklist.select_item(ITEM)
    assert _evidence_names(window) == []
    with qtbot.waitSignal(window.actions.changed, timeout=20_000):
        task = window.item_panel.attach(evidence_file)
        assert task is not None
        assert window.actions.runner.busy
    qtbot.waitUntil(lambda: not window.actions.runner.busy)
    assert _evidence_names(window) == [evidence_file.name]
    model = window.checklist.current_model()
    assert model.data(model.index_for(ITEM, Column.EVIDENCE)) == "1"
    stored = window.actions.session.store.evidence_for_item(ITEM)
    assert stored[0].size == evidence_file.stat().st_size
    assert window.item_panel.evidence.selected_evidence_id() == stored[0].id


def test_attach_through_the_file_dialog(window: MainWindow, qtbot, evidence_file: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(evidence_file)], "")))
    window.checklist.select_item(ITEM)
    with qtbot.waitSignal(window.actions.changed, timeout=20_000):
        window.item_panel.evidence.attach_button.click()
    qtbot.waitUntil(lambda: not window.actions.runner.busy)
    assert _evidence_names(window) == [evidence_file.name]
    assert window.ctx.settings.last_dir() == str(evidence_file.parent)


def test_attaching_a_missing_file_shows_the_message(window: MainWindow, qtbot,
                                                    tmp_path: Path) -> None:
    window.checklist.select_item(ITEM)
    with qtbot.waitSignal(window.ctx.errors.reported, timeout=20_000) as blocker:
        window.item_panel.attach(tmp_path / "missing.pdf")
    assert blocker.args[0] == "user"
    assert "missing.pdf" in blocker.args[1]
    qtbot.waitUntil(lambda: not window.actions.runner.busy)
    assert _evidence_names(window) == []


def test_cancelling_an_attach_stores_nothing(window: MainWindow, qtbot,
                                             evidence_file: Path) -> None:
    window.checklist.select_item(ITEM)
    gate = threading.Event()
    # Hold the single worker thread so the attach is cancelled before it starts.
    window.actions.runner._pool.start(lambda: gate.wait(20))
    task = window.item_panel.attach(evidence_file)
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not window.actions.runner.busy, timeout=20_000)
    assert window.actions.session.store.evidence_for_item(ITEM) == []
    assert [k for k, _t in window.ctx.errors.messages if k in ("user", "crash")] == []


def test_a_large_file_attaches_with_progress_and_a_cancel_button(window: MainWindow, qtbot,
                                                                  tmp_path: Path) -> None:
    big = tmp_path / "校准记录扫描件.pdf"
    big.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * (6 * 4096))  # 6 MiB
    window.checklist.select_item(ITEM)
    gate = threading.Event()
    window.actions.runner._pool.start(lambda: gate.wait(20))  # hold the worker a moment
    task = window.item_panel.attach(big)
    assert task is not None
    steps: list[tuple[int, int]] = []
    task.signals.progress.connect(lambda done, total: steps.append((done, total)))
    dialog = window.findChild(QProgressDialog, "progressDialog")
    assert dialog is not None
    assert "校准记录扫描件.pdf" in dialog.labelText()
    assert dialog.findChild(QPushButton) is not None  # Cancel
    with qtbot.waitSignal(window.actions.changed, timeout=30_000):
        gate.set()
    qtbot.waitUntil(lambda: not window.actions.runner.busy)
    assert len(steps) > 3  # the bar moves while the file is copied, chunk by chunk
    assert steps[-1][0] == steps[-1][1] > 0
    assert [done for done, _total in steps] == sorted(done for done, _total in steps)
    assert _evidence_names(window) == [big.name]


def test_open_copies_the_file_out_and_asks_the_system(window: MainWindow, qtbot,
                                                      opened_urls: list) -> None:
    window.checklist.select_item("iso9001-2015:5.2.2:M")
    box = window.item_panel.evidence
    box.table.selectRow(0)
    assert box.open_button.isEnabled()
    box.open_button.click()
    qtbot.waitUntil(lambda: bool(opened_urls), timeout=20_000)
    opened = Path(opened_urls[0].toLocalFile())
    assert opened.name == "管理方针-QEHS-policy.pdf"
    assert opened.read_bytes().startswith(b"%PDF")


def test_remove_asks_then_removes_everywhere(window: MainWindow) -> None:
    window.checklist.select_item("iso9001-2015:5.2.2:M")
    box = window.item_panel.evidence
    box.table.selectRow(0)
    box.remove_button.click()  # no dialogs: the confirmation answers yes
    kind, question = window.ctx.errors.messages[-1]
    assert kind == "confirm"
    assert "管理方针-QEHS-policy.pdf" in question
    assert "also serves 2 other checklist items" in question
    assert _evidence_names(window) == []
    store = window.actions.session.store
    assert store.evidence_for_item("iso14001-2015:5.2:M") == []
    model = window.checklist.current_model()
    assert model.data(model.index_for("iso9001-2015:5.2.2:M", Column.EVIDENCE)) == "0"


def test_export_dialog_writes_both_reports(window: MainWindow, qtbot, tmp_path: Path,
                                          opened_urls: list) -> None:
    dialog = window.export_dialog()
    assert dialog is not None
    assert dialog.report_language() == "en"  # follows the UI language by default
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    pdf, xlsx = tmp_path / "out" / "报告.pdf", tmp_path / "out" / "报告.xlsx"
    pdf.parent.mkdir()
    dialog.pdf.path.setText(str(pdf))
    dialog.xlsx.path.setText(str(xlsx))
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    assert pdf.stat().st_size > 0
    assert xlsx.stat().st_size > 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert dialog.result_label.isVisibleTo(dialog)
    assert str(pdf) in dialog.result_label.text()
    qtbot.waitUntil(dialog.export_button.isEnabled)
    dialog.open_folder.click()
    assert Path(opened_urls[-1].toLocalFile()) == pdf.parent
    dialog.close()


def test_export_only_excel(window: MainWindow, qtbot, tmp_path: Path,
                           opened_urls: list) -> None:
    dialog = window.export_dialog()
    dialog.pdf.check.setChecked(False)
    xlsx = tmp_path / "only.xlsx"
    dialog.xlsx.path.setText(str(xlsx))
    with qtbot.waitSignal(dialog.exported, timeout=120_000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0].pdf is None
    assert xlsx.stat().st_size > 0
    qtbot.waitUntil(dialog.export_button.isEnabled)
    dialog.open_folder.click()
    assert Path(opened_urls[-1].toLocalFile()) == tmp_path
    dialog.close()
