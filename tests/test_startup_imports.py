"""Start-up stays light: the main window's modules do not load the report, workbook,
sample and folder-import code, About, the departments dialog, the pages that are not
in front, or numpy (which sqlite-utils would import when installed); those load on
first use."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

LATER = ("openpyxl", "reportlab", "desktop.services.reporting.export", "desktop.services.roundtrip",
         "desktop.services.sample.build", "desktop.reports.pdf", "desktop.reports.xlsx",
         "numpy", "desktop.ui.certification.gates_view", "desktop.ui.records.action_plan",
         "desktop.ui.records.audits_view", "desktop.ui.records.reviews_view",
         "desktop.ui.certification.certificates_view",
         "desktop.ui.certification.audit_time_view", "desktop.ui.certification.trend_chart",
         "desktop.onboarding", "desktop.ui.onboarding.folder_import", "desktop.ui.shell.about",
         "desktop.ui.departments.departments_dialog", "desktop.services.departments.matrix_report")


def _run(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True).stdout


def test_the_main_window_modules_leave_reports_and_workbooks_for_later() -> None:
    code = ("import sys, desktop.ui.shell.app; "
            f"print(sorted(m for m in {LATER!r} if m in sys.modules))")
    assert _run(code).strip() == "[]"


@pytest.mark.skipif(importlib.util.find_spec("numpy") is None, reason="numpy not installed")
def test_numpy_stays_importable_after_start_up() -> None:
    code = "import desktop.ui.shell.app, numpy; print(numpy.int64(7) + 1)"
    assert _run(code).strip() == "8"
