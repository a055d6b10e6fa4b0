"""GUI test fixtures: offscreen Qt, no dialogs, isolated settings and user folders.

Every test gets its own QSettings ini file and user data folder under
``tmp_path``, a fresh :class:`AppContext` whose translators are removed
afterwards, and (through ``window``) the sample project opened in a
:class:`MainWindow`.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.domain.model import Catalog
from desktop.services.sample.build import create_sample
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.errors import NO_DIALOGS_ENV
from desktop.ui.shell.i18n import translation_file
from desktop.ui.shell.main_window import MainWindow

# Read when the QApplication is created (by pytest-qt's qapp fixture), after this.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DAY = dt.date(2026, 11, 22)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot resize native frames; not our bug."""
    marker = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
    for item in items:
        if item.path.is_relative_to(Path(__file__).parent):
            item.add_marker(marker)


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages go to stderr instead of modal dialogs (habit 7's switch)."""
    monkeypatch.setenv(NO_DIALOGS_ENV, "1")


@pytest.fixture(autouse=True)
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A per-test user data folder in place of the platformdirs one."""
    folder = tmp_path / "userdata"
    folder.mkdir()
    monkeypatch.setattr(paths, "user_data_dir", lambda: folder)
    return folder


@pytest.fixture(scope="session")
def translations() -> Path:
    """The compiled Chinese translation, built with build_spec/build_translations.py."""
    qm = translation_file("zh_CN")
    ts = qm.with_suffix(".ts")
    if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
        result = subprocess.run([sys.executable, str(ROOT / "build_spec" /
                                                     "build_translations.py")],
                                capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
    assert qm.is_file()
    return qm


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    """An ini-file QSettings private to the test."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def opened_urls() -> list[QUrl]:
    """URLs the app asked the system to open (instead of opening them)."""
    return []


@pytest.fixture
def ctx(qapp: QApplication, qsettings: QSettings, catalog: Catalog,
        opened_urls: list[QUrl], translations: Path) -> Iterator[AppContext]:
    """A fresh application context in English, dialogs off."""
    from desktop.ui.shell.app import create_context

    qsettings.setValue("ui/language", "en")
    context = create_context(qapp, qsettings, catalog)
    assert not context.errors.dialogs

    def record(url: QUrl) -> bool:
        opened_urls.append(url)
        return True

    context.open_url = record
    yield context
    context.language.uninstall()


@pytest.fixture
def sample_path(tmp_path: Path, catalog: Catalog) -> Path:
    """The sample project, created on a fixed date and closed again."""
    path = tmp_path / "sample.auditready"
    create_sample(path, catalog, today=SAMPLE_DAY).close()
    return path


@pytest.fixture
def window(qtbot, ctx: AppContext, sample_path: Path) -> Iterator[MainWindow]:
    """The main window with the sample project open."""
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert win.open_project(sample_path)
    yield win
    win.actions.close_project()
