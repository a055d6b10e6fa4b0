"""Fixtures for project-file tests: a sample profile, a fresh project, file helpers."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.domain.model import CompanyProfile
from desktop.store import ProjectStore


@pytest.fixture
def profile() -> CompanyProfile:
    return CompanyProfile(
        name="苏州精密机械有限公司 Suzhou Precision Machinery Co., Ltd.",
        address="江苏省苏州市工业园区星湖街 88 号",
        sites=("总部 Headquarters", "二厂 Plant 2, Wujiang"),
        headcount=137,
        scope="精密零部件的设计和制造 / Design and manufacture of precision parts",
    )


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    folder = tmp_path / "projects"
    folder.mkdir()
    return folder / "ACME 审核.auditready"


@pytest.fixture
def store(project_path: Path, profile: CompanyProfile) -> Iterator[ProjectStore]:
    project = ProjectStore.create(project_path, profile, ["iso9001-2015", "iso14001-2015"])
    yield project
    project.close()


@pytest.fixture
def make_file(tmp_path: Path) -> Callable[[str, bytes], Path]:
    """Write ``data`` to ``tmp_path/sources/name`` and return the path."""
    folder = tmp_path / "sources"
    folder.mkdir()

    def make(name: str, data: bytes) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def sha256_of(path: Path) -> str:
    """SHA-256 of a whole file (test helper; test files are small)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count_rows(project: Path, table: str) -> int:
    """Row count of ``table`` in a closed project, read through a read-only connection."""
    conn = sqlite3.connect(f"{project.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def digest() -> Callable[[Path], str]:
    return sha256_of


@pytest.fixture
def rows() -> Callable[[Path, str], int]:
    return count_rows
