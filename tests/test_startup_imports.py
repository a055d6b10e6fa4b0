"""Start-up stays light: the main window's modules do not load the report, workbook
and sample code (a third of a second at every start); those load on first use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LATER = ("openpyxl", "reportlab", "desktop.services.reporting.export", "desktop.services.roundtrip",
         "desktop.services.sample.build", "desktop.reports.pdf", "desktop.reports.xlsx")


def test_the_main_window_modules_leave_reports_and_workbooks_for_later() -> None:
    code = ("import sys, desktop.ui.shell.app; "
            f"print(sorted(m for m in {LATER!r} if m in sys.modules))")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout
    assert out.strip() == "[]"
