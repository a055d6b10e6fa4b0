"""reportlab measures text the same with and without its C accelerator (rl-accel),
so a platform without the accelerator's wheel still gets the same reports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

MEASURE = """
import sys
if sys.argv[1] == "without":
    sys.modules["_rl_accel"] = None  # as if rl-accel were not installed
from reportlab.lib import rl_accel
from reportlab.pdfbase.pdfmetrics import stringWidth
from desktop.reports.pdf.fonts import register_report_font
font = register_report_font()
print(rl_accel.fp_str.__name__, rl_accel.fp_str(1.5, 2.25),
      stringWidth("审核就绪 Audit readiness 9001", font, 10))
"""


def _measure(mode: str) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", MEASURE, mode], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout
    return out.split()


def test_text_is_measured_alike_without_the_accelerator() -> None:
    with_accel, without = _measure("with"), _measure("without")
    assert without[0].startswith("_py_")  # reportlab's own Python code
    assert with_accel[1:] == without[1:]
