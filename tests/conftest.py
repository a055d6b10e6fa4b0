"""Shared fixtures: the bundled catalog and fresh projects in tmp dirs."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import paths
from desktop.catalog import load_catalog
from desktop.domain.model import Catalog, CompanyProfile
from desktop.services.sample.build import create_sample
from desktop.services.session import ProjectSession, new_project


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The bundled knowledge base, loaded once."""
    return load_catalog()


@pytest.fixture
def project(tmp_path: Path, catalog: Catalog) -> Iterator[ProjectSession]:
    """An empty three-standard project."""
    session = new_project(
        tmp_path / "acme.auditready",
        CompanyProfile(name="ACME 精工", headcount=55, sites=("Site A", "Site B")),
        ["iso9001-2015", "iso14001-2015", "iso45001-2018"],
        catalog,
    )
    yield session
    session.close()


@pytest.fixture
def sample(tmp_path: Path, catalog: Catalog) -> Iterator[ProjectSession]:
    """The sample project, created on a fixed date."""
    session = create_sample(tmp_path / "sample.auditready", catalog, today=dt.date(2026, 11, 22))
    yield session
    session.close()


@pytest.fixture(autouse=True, scope="session")
def _no_real_user_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Fixtures shared by a module or the session never reach the real user data or
    cache folder.

    ``XDG_DATA_HOME`` and ``XDG_CACHE_HOME`` cover programs the tests start
    (platformdirs reads them on Linux).
    """
    folder = tmp_path_factory.mktemp("shared-userdata")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths, "user_data_dir", lambda: folder)
        patch.setattr(paths, "user_cache_dir", lambda: folder / "cache")
        patch.setenv("XDG_DATA_HOME", str(folder))
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        yield


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test has its own user data folder (backups, the saved backup policy) and
    cache folder (the parsed knowledge base)."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setattr(paths, "user_data_dir", lambda: folder)
    monkeypatch.setattr(paths, "user_cache_dir", lambda: folder / "cache")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder / "cache"))


_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Remember the run's exit status for :func:`pytest_unconfigure`."""
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the process with the run's status once pytest has reported everything.

    After the GUI tests, Qt (PySide6 6.11, offscreen) can crash while the
    interpreter finalizes and tears down the QApplication, turning a passed run
    into exit 139. The results are final by now, so the process ends here with
    their status, without finalizing; runs that never imported Qt end normally.
    """
    if _EXIT_STATUS and "PySide6.QtWidgets" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
