"""The benchmark scripts still run end to end (tiny sizes, no timing judged).

They are scripts, not tests: what they print is read by people. These runs
only keep them from breaking as the program changes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path: Path, script: str, *args: str) -> str:
    env = dict(os.environ, AUDITREADY_BENCH_DIR=str(tmp_path / "bench"),
               QT_QPA_PLATFORM="offscreen", AUDITREADY_NO_DIALOGS="1",
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    result = subprocess.run([sys.executable, str(ROOT / "bench" / script), *args],
                            cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=900, check=False)
    assert result.returncode in (0, 1), result.stdout[-2000:] + result.stderr[-4000:]
    return result.stdout


@pytest.mark.slow
def test_store_benchmark_runs(tmp_path: Path) -> None:
    out = _run(tmp_path, "store.py", "--quick", "--sizes", "100,300", "--attach-mib", "2")
    for heading in ("open to a usable window", "item switch", "attach a 2 MiB file",
                    "peak memory"):
        assert heading in out, out


@pytest.mark.slow
def test_ui_benchmark_runs(tmp_path: Path) -> None:
    out = _run(tmp_path, "ui.py", "--quick")
    for heading in ("bare PySide6", "AuditReady, window shown", "sample open (usable)"):
        assert heading in out, out


@pytest.mark.slow
def test_reports_benchmark_runs(tmp_path: Path) -> None:
    out = _run(tmp_path, "reports.py", "--sizes", "50,100", "--actions", "10", "--runs", "1")
    for heading in ("PDF (full report)", "XLSX (workbook)", "time per table row",
                    "peak memory"):
        assert heading in out, out
