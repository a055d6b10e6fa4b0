"""The report's "Prepared by": the profile's preparer, else the user's name from the preferences."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from desktop.services.profile import set_report_people
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.settings_dialog import SettingsDialog


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _no_profile_preparer(window: MainWindow) -> None:
    session = window.actions.session
    assert session is not None
    set_report_people(session, preparer="", preparer_title="")


def test_the_profile_preparer_comes_first(window: MainWindow) -> None:
    preferences = SettingsDialog(window.ctx, window)
    preferences.user_name.setText("Wang Fang")
    preferences.accept()
    dialog = window.export_dialog()
    assert dialog is not None
    assert dialog.prepared_by.text() == "王敏"  # the sample's profile names its preparer
    dialog.close()


def test_the_name_set_in_preferences_prepares_the_exported_report(
        window: MainWindow, qtbot, tmp_path: Path) -> None:
    _no_profile_preparer(window)
    preferences = SettingsDialog(window.ctx, window)
    preferences.user_name.setText("Wang Fang")
    preferences.accept()

    dialog = window.export_dialog()
    assert dialog is not None
    assert dialog.prepared_by.text() == "Wang Fang"
    assert dialog.prepared_by.isVisibleTo(dialog)
    pdf = tmp_path / "report.pdf"
    dialog.pdf.path.setText(str(pdf))
    dialog.xlsx.check.setChecked(False)
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    text = _pdf_text(pdf)
    assert text.count("Wang Fang") == 2  # on the cover and in the sign-off table
    dialog.close()


def test_the_preparer_can_be_changed_for_one_export_and_is_blank_without_a_name(
        window: MainWindow, qtbot, tmp_path: Path) -> None:
    _no_profile_preparer(window)
    assert window.ctx.settings.user_name() == ""
    dialog = window.export_dialog()
    assert dialog is not None
    assert dialog.prepared_by.text() == ""  # nothing set: the line stays blank to sign
    dialog.prepared_by.setText("  Chen Gang ")
    pdf = tmp_path / "report.pdf"
    dialog.pdf.path.setText(str(pdf))
    dialog.xlsx.check.setChecked(False)
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    assert _pdf_text(pdf).count("Chen Gang") == 2
    assert window.ctx.settings.user_name() == ""  # one export does not change the preference
    dialog.close()
