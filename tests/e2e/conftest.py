"""Fixtures of the end-to-end tests: one PyInstaller build for the tests that need it, Xvfb."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tools import require_program

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder app built from ``build_spec/auditready.spec`` (its ``AuditReady`` folder)."""
    pytest.importorskip("PyInstaller")
    tmp = tmp_path_factory.mktemp("frozen")
    dist, work = tmp / "dist", tmp / "build"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work),
         str(ROOT / "build_spec" / "auditready.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1200, check=False,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    return dist / "AuditReady"


@pytest.fixture
def x_display() -> Iterator[str]:
    """A fresh Xvfb display (1280×800, 24 bit); its number is chosen by Xvfb itself."""
    xvfb = require_program("Xvfb", "xvfb")
    server = subprocess.Popen([xvfb, "-displayfd", "1", "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    assert server.stdout is not None
    number = server.stdout.readline().strip()  # written once the server accepts clients
    try:
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)
        server.stdout.close()
