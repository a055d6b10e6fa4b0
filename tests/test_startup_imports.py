"""Start-up stays light, in both of its steps. The window's frame is shown with Qt and a
few small modules only: not the knowledge base, the project store, the readiness rules
or the panels. The complete first window's modules then do not load the report,
workbook, sample and folder-import code, About, the dialogs, template and workbook
checks, the edition, verify and undo-restore services, the pages that are not in
front, or numpy (which sqlite-utils would import when installed); those load on first
use."""

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
         "desktop.ui.departments.departments_dialog", "desktop.services.departments.matrix_report",
         "desktop.ui.shell.new_project_dialog", "desktop.ui.shell.settings_dialog",
         "desktop.ui.shell.profile_dialog", "desktop.ui.shell.backups_dialog",
         "desktop.ui.shell.repair_offer", "desktop.ui.shell.help_window",
         "desktop.ui.checklist.custom_dialogs", "desktop.ui.checklist.evidence_meta_dialog",
         "desktop.ui.checklist.transitions_model", "desktop.ui.exchange.import_problems",
         "desktop.catalog.templates", "desktop.import_limits", "desktop.imports.checklist_import",
         "defusedxml", "xml.etree.ElementTree", "desktop.services.custom_restore",
         "desktop.services.editions", "desktop.services.verify", "desktop.services.profile",
         "desktop.domain.review_pack")


def _run(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True).stdout


#: Loaded only once the window's frame is on screen.
AFTER_THE_FRAME = ("sqlite_utils", "desktop.catalog", "desktop.store", "desktop.services",
                   "desktop.domain.model", "desktop.domain.assessment", "desktop.ui.checklist",
                   "desktop.ui.certification", "desktop.ui.shell.actions",
                   "desktop.ui.shell.menus", "desktop.ui.shell.window_parts")

#: Loads the complete first window's modules as start-up does after the frame.
FIRST_WINDOW = ("import sys, desktop.ui.shell.app; "
                "from desktop.ui.shell.light_imports import import_first_window; "
                "import_first_window(); ")


def test_the_window_frame_needs_only_qt_and_a_few_small_modules() -> None:
    code = ("import sys, desktop.ui.shell.app; "
            f"print(sorted(m for m in sys.modules if m.startswith({AFTER_THE_FRAME!r})))")
    assert _run(code).strip() == "[]"


def test_the_first_window_loads_what_it_needs() -> None:
    code = FIRST_WINDOW + f"print(all(m in sys.modules for m in {AFTER_THE_FRAME!r}))"
    assert _run(code).strip() == "True"


def test_the_main_window_modules_leave_reports_and_workbooks_for_later() -> None:
    code = FIRST_WINDOW + f"print(sorted(m for m in {LATER!r} if m in sys.modules))"
    assert _run(code).strip() == "[]"


@pytest.mark.skipif(importlib.util.find_spec("numpy") is None, reason="numpy not installed")
def test_numpy_stays_importable_after_start_up() -> None:
    code = FIRST_WINDOW + "import numpy; print(numpy.int64(7) + 1)"
    assert _run(code).strip() == "8"


def test_the_first_window_modules_are_left_out_of_garbage_collections() -> None:
    code = FIRST_WINDOW + "import gc; print(gc.get_freeze_count() > 1000)"
    assert _run(code).strip() == "True"
