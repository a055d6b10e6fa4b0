"""The PyInstaller build finds its resources: build it and run the frozen smoke test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_frozen_build_runs_cli_and_gui(frozen_app: Path) -> None:
    smoke = subprocess.run(
        [sys.executable, str(ROOT / "build_spec" / "frozen_smoke.py"), str(frozen_app)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "frozen smoke test passed" in smoke.stdout
