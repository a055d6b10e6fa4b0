"""The export dialog's four outputs, paper size and Cancel; importing a filled-in workbook."""

from __future__ import annotations

import re
import threading
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from desktop.reports.pack.evidence_pack import INDEX_NAME
from desktop.services.reporting import export as reporting
from desktop.ui.shell.main_window import MainWindow


def _outputs(folder: Path) -> tuple[Path, Path, Path, Path]:
    return (folder / "完整报告.pdf", folder / "summary.pdf", folder / "证据包.zip",
            folder / "book.xlsx")


def _choose_all(dialog, folder: Path) -> tuple[Path, Path, Path, Path]:
    paths = _outputs(folder)
    for target, path in zip((dialog.pdf, dialog.summary, dialog.pack, dialog.xlsx), paths,
                            strict=True):
        target.check.setChecked(True)
        target.path.setText(str(path))
    return paths


def test_defaults_full_pdf_and_excel_and_export_needs_an_output(window: MainWindow) -> None:
    dialog = window.export_dialog()
    assert [t.check.isChecked() for t in (dialog.pdf, dialog.summary, dialog.pack,
                                          dialog.xlsx)] == [True, False, False, True]
    assert not dialog.summary.path.isEnabled()
    assert dialog.paper_size() in ("A4", "Letter")
    dialog.pdf.check.setChecked(False)
    assert dialog.export_button.isEnabled()
    dialog.xlsx.check.setChecked(False)
    assert not dialog.export_button.isEnabled()  # nothing chosen, nothing to export
    dialog.pack.check.setChecked(True)
    assert dialog.export_button.isEnabled()
    dialog.close()


def test_all_four_outputs_in_chinese_on_letter_paper(window: MainWindow, qtbot,
                                                     tmp_path: Path) -> None:
    dialog = window.export_dialog()
    out = tmp_path / "out"
    out.mkdir()
    full, summary, pack, book = _choose_all(dialog, out)
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    with qtbot.waitSignal(dialog.exported, timeout=180_000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0].files == (full, summary, pack, book)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in (full, summary, pack,
                                                                           book))
    for pdf in (full, summary):
        box = PdfReader(pdf).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert len(PdfReader(summary).pages) == 1
    with zipfile.ZipFile(pack) as archive:
        assert INDEX_NAME in archive.namelist()
    assert book.read_bytes().startswith(b"PK")
    text = dialog.result_label.text()
    assert all(str(p) in text for p in (full, summary, pack, book))
    qtbot.waitUntil(dialog.export_button.isEnabled)
    dialog.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_workbook_sheet_names_follow_the_report_language(window: MainWindow, qtbot,
                                                         tmp_path: Path, lang: str) -> None:
    dialog = window.export_dialog()
    book = tmp_path / "book.xlsx"
    dialog.pdf.check.setChecked(False)
    dialog.xlsx.path.setText(str(book))
    dialog.language.setCurrentIndex(dialog.language.findData(lang))
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    workbook = load_workbook(book)
    names = [ws.title for ws in workbook.worksheets if ws.sheet_state == "visible"]
    assert any(name.startswith("ISO 9001") for name in names)
    others = [name for name in names if not name.startswith("ISO ")]
    if lang == "zh":
        assert "三体系整合" in others
        assert not [name for name in others if re.search("[A-Za-z]{2,}", name)], names
    else:
        assert "Integrated" in others
        assert not [name for name in others if re.search("[\u4e00-\u9fff]", name)], names
    qtbot.waitUntil(dialog.export_button.isEnabled)
    dialog.close()


@pytest.fixture
def held_workbook(monkeypatch: pytest.MonkeyPatch):
    """Hold the export at the start of the workbook stage until the test releases it.

    By then the full PDF, the summary and the evidence pack are complete; the
    real workbook renderer then runs and must notice the cancel itself.
    """
    reached, release = threading.Event(), threading.Event()
    real = reporting.render_xlsx

    def held(data, path, **kwargs):
        reached.set()
        release.wait(30)
        real(data, path, **kwargs)

    monkeypatch.setattr(reporting, "render_xlsx", held)
    yield reached, release
    release.set()


def test_cancel_stops_the_export_and_writes_nothing(window: MainWindow, qtbot, tmp_path: Path,
                                                    held_workbook) -> None:
    reached, release = held_workbook
    dialog = window.export_dialog()
    out = tmp_path / "out"
    out.mkdir()
    full = _choose_all(dialog, out)[0]
    full.write_bytes(b"last month's report")
    dialog.export_button.click()
    assert not dialog.export_button.isEnabled()
    qtbot.waitUntil(reached.is_set, timeout=180_000)
    [progress] = window.findChildren(QProgressDialog)
    qtbot.waitUntil(progress.isVisible)
    [cancel] = progress.findChildren(QPushButton)
    with qtbot.waitSignal(dialog.cancelled, timeout=60_000):
        cancel.click()
        release.set()
    assert [p.name for p in out.iterdir()] == [full.name]  # no new file, no temporary file
    assert full.read_bytes() == b"last month's report"
    assert "No file was written" in dialog.result_label.text()
    assert not dialog.open_folder.isVisibleTo(dialog)
    qtbot.waitUntil(dialog.export_button.isEnabled)
    assert [k for k, _t in window.ctx.errors.messages if k in ("user", "crash")] == []
    dialog.close()


ITEM = "iso9001-2015:4.1:E"  # ready, owner 品质部 王敏 in the sample


def test_import_filled_in_workbook_previews_then_applies(window: MainWindow, qtbot,
                                                         tmp_path: Path, monkeypatch) -> None:
    session = window.actions.session
    book = reporting.export_reports(session, lang="en", xlsx=tmp_path / "client.xlsx").xlsx
    wb = load_workbook(book)
    sheet = wb["ISO 9001 2015"]
    [row] = [r for r in sheet.iter_rows(min_row=2) if r[0].value == ITEM]
    assert sheet.cell(1, 6).value == "Owner"
    row[5].value = "质量部 赵磊"
    wb.save(book)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(book), "Excel workbooks (*.xlsx)"))
    assert window.menus.import_roundtrip.isEnabled()
    window.menus.import_roundtrip.trigger()
    qtbot.waitUntil(lambda: window.roundtrip_dialog is not None, timeout=60_000)
    dialog = window.roundtrip_dialog
    assert dialog.isVisible()
    [change] = dialog.preview.items
    assert (change.item_id, [(f.old, f.new) for f in change.fields]) == (
        ITEM, [("品质部 王敏", "质量部 赵磊")])
    assert session.store.item_state(ITEM).owner == "品质部 王敏"  # nothing written yet
    with qtbot.waitSignal(window.actions.changed) as blocker:
        assert window.actions.apply_roundtrip(dialog.preview, set())
    assert blocker.args[0].items == frozenset({ITEM})
    assert session.store.item_state(ITEM).owner == "质量部 赵磊"
    dialog.close()


def test_importing_a_file_that_is_not_a_workbook_is_a_message(window: MainWindow, qtbot,
                                                              tmp_path: Path) -> None:
    notes = tmp_path / "notes.xlsx"
    notes.write_text("not a workbook", encoding="utf-8")
    with qtbot.waitSignal(window.ctx.errors.reported, timeout=60_000) as blocker:
        window.import_roundtrip(notes)
    assert blocker.args[0] == "user" and "notes.xlsx" in blocker.args[1]
    assert window.roundtrip_dialog is None
