"""The export dialog's action plan choice reaches the full PDF report."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from desktop.ui.shell.main_window import MainWindow


def _action_plan_text(path: Path) -> str:
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", "", text)


def test_action_plan_by_standard_is_offered_and_used(window: MainWindow, qtbot,
                                                     tmp_path: Path) -> None:
    dialog = window.export_dialog()
    assert dialog.action_grouping() == "owner"  # the default
    assert dialog.actions_by.count() == 2
    dialog.actions_by.setCurrentIndex(dialog.actions_by.findData("standard"))
    dialog.xlsx.check.setChecked(False)
    full = tmp_path / "report.pdf"
    dialog.pdf.path.setText(str(full))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.exported, timeout=180_000):
        dialog.export_button.click()

    assert "Openactionsbystandard" in _action_plan_text(full)
    qtbot.waitUntil(dialog.export_button.isEnabled)
    dialog.close()
