"""Start-up in two steps: the main window is on screen (title, size, place, the
project being opened) before the rest of the program loads, then fills in the
same window; a failure on the way ends the program with a message, never with an
empty window left behind."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QLabel

from desktop.domain.model import Catalog
from desktop.errors import UserError
from desktop.ui.shell import app as app_module
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.errors import ErrorReporter
from desktop.ui.shell.i18n import LanguageManager
from desktop.ui.shell.main_window import PRODUCT, MainWindow
from desktop.ui.shell.settings import UiSettings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def frame(qtbot) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    yield window


def _starting_text(window: MainWindow) -> str:
    label = window.centralWidget().findChild(QLabel, "startingLabel")
    assert label is not None
    return label.text()


def test_the_frame_names_the_project_being_opened(frame: MainWindow) -> None:
    frame.show_starting("江苏晨曦.auditready")
    assert frame.windowTitle() == PRODUCT
    assert _starting_text(frame) == "Opening 江苏晨曦.auditready…"
    assert frame.menuBar().actions() == []  # menus come with the contents
    frame.show_starting(None)
    assert _starting_text(frame) == "Starting AuditReady…"


def test_the_frame_speaks_chinese(qapp: QApplication, frame: MainWindow, qsettings: QSettings,
                                  translations: Path) -> None:
    qsettings.setValue("ui/language", "zh_CN")
    language = LanguageManager(qapp, UiSettings(qsettings))
    try:
        frame.show_starting("sample.auditready")
        assert _starting_text(frame) == "正在打开 sample.auditready…"
        frame.show_starting(None)
        assert _starting_text(frame) == "审核就绪助手正在启动…"
    finally:
        language.uninstall()


def test_building_fills_the_same_window_in_place(frame: MainWindow, ctx: AppContext,
                                                 sample_path: Path) -> None:
    frame.show_starting(sample_path.name)
    frame.setGeometry(QRect(40, 30, 1100, 700))
    frame.show()
    frame.build(ctx)
    assert frame.geometry() == QRect(40, 30, 1100, 700)
    assert frame.centralWidget().findChild(QLabel, "startingLabel") is None
    assert frame.centralWidget().objectName() == "centralStack"
    assert frame.menuBar().actions()  # File, Edit, ...
    assert frame.open_project(sample_path)
    assert frame.windowTitle().endswith("sample.auditready")
    frame.close()


def _startup(qapp: QApplication, window: MainWindow, qsettings: QSettings,
             project: Path | None = None) -> app_module._Startup:
    args = argparse.Namespace(project=project, smoke=False, screenshot=None, report_shown=False)
    errors = ErrorReporter(lambda: "en", dialogs=False)
    qsettings.setValue("ui/language", "en")
    language = LanguageManager(qapp, UiSettings(qsettings))
    return app_module._Startup(qapp, window, args, qsettings, language, errors)


def test_a_window_closed_before_it_is_built_ends_the_program(
        qapp: QApplication, frame: MainWindow, qsettings: QSettings) -> None:
    start = _startup(qapp, frame, qsettings)
    start.run()  # the frame was never shown (or was closed)
    assert not frame.built
    assert start.exit_code is None
    start.language.uninstall()


def test_a_knowledge_base_that_cannot_load_ends_with_code_2(
        qapp: QApplication, frame: MainWindow, qsettings: QSettings,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def broken() -> Catalog:
        raise UserError("The knowledge base is damaged", "知识库已损坏")

    monkeypatch.setattr("desktop.catalog.load_catalog", broken)
    frame.show()
    start = _startup(qapp, frame, qsettings)
    start.run()
    assert start.exit_code == 2
    assert not frame.isVisible() and not frame.built
    assert "The knowledge base is damaged" in capsys.readouterr().err
    start.language.uninstall()


def test_a_failure_while_building_is_reported_and_ends_the_program(
        qapp: QApplication, frame: MainWindow, qsettings: QSettings,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def failing(self: MainWindow, ctx: AppContext) -> None:
        raise RuntimeError("panel could not be built")

    monkeypatch.setattr(MainWindow, "build", failing)
    frame.show()
    start = _startup(qapp, frame, qsettings)
    start.run()
    assert start.exit_code == 1
    assert not frame.isVisible()
    assert "panel could not be built" in capsys.readouterr().err
    start.language.uninstall()


def test_the_window_is_shown_before_the_project_opens(tmp_path: Path, sample_path: Path) -> None:
    """The real entry point: 'window shown' comes first, then the title of the open project."""
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "QT_QPA_PLATFORM": "offscreen", "AUDITREADY_NO_DIALOGS": "1",
           "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "desktop.ui.shell.app", "--smoke",
                             "--report-shown", str(sample_path)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "window shown"
    assert lines[1].endswith("sample.auditready")
