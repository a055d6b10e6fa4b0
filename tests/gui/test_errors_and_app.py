"""The two error channels, start-up project choice, dialogs and the composition root."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.catalog import load_catalog
from desktop.domain.model import ItemStatus
from desktop.errors import ProjectFileError, ValidationError
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.errors import CrashDialog, ErrorReporter, crash_report
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.new_project_dialog import NewProjectDialog, default_project_path

ROOT = Path(__file__).resolve().parents[2]


def test_user_error_is_logged_in_the_ui_language(capsys: pytest.CaptureFixture[str]) -> None:
    reporter = ErrorReporter(lambda: "zh_CN", dialogs=False)
    reporter.user_error(ValidationError("Enter the company name.", "请填写公司名称。"))
    assert reporter.messages == [("user", "请填写公司名称。")]
    assert "请填写公司名称。" in capsys.readouterr().err


def test_crash_goes_to_the_crash_channel_with_a_full_report(
        capsys: pytest.CaptureFixture[str]) -> None:
    reporter = ErrorReporter(lambda: "en", dialogs=False)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        reporter.excepthook(type(exc), exc, exc.__traceback__)
    kind, report = reporter.messages[-1]
    assert kind == "crash"
    assert "AuditReady" in report
    assert "Traceback" in report
    assert "RuntimeError: boom in a slot" in report
    assert "boom in a slot" in capsys.readouterr().err


def test_user_error_reaching_the_excepthook_stays_a_user_error() -> None:
    reporter = ErrorReporter(lambda: "en", dialogs=False)
    exc = ProjectFileError("The file is damaged.", "文件已损坏。")
    reporter.excepthook(type(exc), exc, None)
    assert reporter.messages == [("user", "The file is damaged.")]


def test_crash_dialog_shows_a_copyable_read_only_report(qtbot) -> None:
    try:
        raise ValueError("unexpected")
    except ValueError as exc:
        report = crash_report(type(exc), exc, exc.__traceback__)
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    assert dialog._text.isReadOnly()
    assert "ValueError: unexpected" in dialog._text.toPlainText()
    dialog._copy.click()
    assert "ValueError: unexpected" in QGuiApplication.clipboard().text()


def test_opening_a_broken_file_shows_a_message_and_keeps_the_project(
        window: MainWindow, tmp_path: Path) -> None:
    broken = tmp_path / "broken.auditready"
    broken.write_bytes(b"this is not a project")
    before = window.actions.session.path
    assert not window.open_project(broken)
    assert window.ctx.errors.messages[-1][0] == "user"
    assert window.actions.session.path == before


def test_new_project_dialog_creates_and_opens_the_project(window: MainWindow, qtbot,
                                                          tmp_path: Path) -> None:
    dialog = NewProjectDialog(window.ctx, window.actions.new_project, window)
    qtbot.addWidget(dialog)
    dialog.accept()  # blank company name: refused, the dialog stays open
    assert window.ctx.errors.messages[-1] == ("user", "Enter the company name.")
    assert dialog.result() == 0

    dialog.name.setText("常州示例五金有限公司")
    dialog.sites.setPlainText("一厂\n\n二厂\n")
    dialog.headcount.setValue(42)
    dialog.family_boxes["iso45001"].setChecked(False)
    dialog.path.setText(str(tmp_path / "hardware"))
    dialog.accept()
    assert dialog.result() == 1
    session = window.actions.session
    assert session.path == tmp_path / "hardware.auditready"
    profile = session.store.profile()
    assert profile.sites == ("一厂", "二厂")
    assert profile.headcount == 42
    assert [s.id for s in session.standards()] == ["iso9001-2015", "iso14001-2015"]
    assert window.windowTitle().endswith("常州示例五金有限公司 — hardware.auditready")
    tabs = window.checklist.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "ISO 9001:2015", "ISO 14001:2015", "Integrated"]


def test_default_project_path_is_safe_for_windows(tmp_path: Path) -> None:
    path = default_project_path(str(tmp_path), 'A/B: "C"*')
    assert path.parent == tmp_path
    assert path.name == "A_B_ _C_.auditready"


def test_save_as_continues_on_the_copy(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    dest = tmp_path / "visit-2.auditready"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(dest), "")))
    window.menus.save_as.trigger()
    assert window.actions.session.path == dest
    assert window.windowTitle().endswith("visit-2.auditready")
    assert window.actions.set_status("iso9001-2015:9.3.3:R", ItemStatus.READY)


def test_startup_opens_recent_else_creates_the_sample(ctx: AppContext, user_data: Path,
                                                      sample_path: Path) -> None:
    from desktop.ui.shell.app import startup_project
    from desktop.ui.shell.start_page import SAMPLE_NAME

    first = startup_project(ctx, None)
    assert first == user_data / SAMPLE_NAME
    assert first.is_file()
    assert startup_project(ctx, None) == first  # reopened, not created again
    ctx.settings.add_recent_project(sample_path)
    assert startup_project(ctx, None) == sample_path.resolve()
    sample_path.unlink()
    assert startup_project(ctx, None) == first  # missing recent file is skipped
    assert ctx.settings.recent_projects() == []
    assert startup_project(ctx, Path("x.auditready")) == Path("x.auditready")


def test_bundled_font_is_registered(qapp) -> None:
    from desktop.ui.shell.app import install_font

    family = install_font(qapp)
    assert family is not None
    assert "WenQuanYi" in family
    assert family in qapp.font().families()


def test_catalog_loads_for_the_ui() -> None:
    families = {s.family for s in load_catalog().standards}
    assert {"iso9001", "iso14001", "iso45001"} <= families


def test_app_smoke_run_opens_the_sample(tmp_path: Path) -> None:
    """The real entry point, in a child process with its own home and settings."""
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen",
           "AUDITREADY_NO_DIALOGS": "1", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c",
                             "import sys; from desktop.ui.shell.app import main; "
                             "sys.exit(main(['auditready', '--smoke']))"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert "AuditReady 审核就绪助手 — 江苏晨曦精密机械有限公司 — sample.auditready" in result.stdout
    samples = list((tmp_path / "data").rglob("sample.auditready"))
    assert len(samples) == 1


def test_app_smoke_run_with_a_project_argument(tmp_path: Path, sample_path: Path) -> None:
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen",
           "AUDITREADY_NO_DIALOGS": "1", "AUDITREADY_SMOKE": "1", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "desktop.ui.shell.app", str(sample_path)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert sample_path.name in result.stdout
    assert not (tmp_path / "data").exists() or not list((tmp_path / "data").rglob("sample*"))
