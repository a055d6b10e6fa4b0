"""The PyInstaller build finds its resources: build it and run the frozen smoke test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_frozen_build_runs_cli_and_gui(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build_spec" /
                                                               "auditready.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    smoke = subprocess.run(
        [sys.executable, str(ROOT / "build_spec" / "frozen_smoke.py"), str(dist / "AuditReady")],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "frozen smoke test passed" in smoke.stdout
