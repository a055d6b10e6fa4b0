"""Benchmark: start-up of AuditReady to a shown window against a bare PySide6 window.

Both sides are fresh Python processes started from this script, alternately,
with Qt's offscreen platform and private user folders (nothing is written to
the real ones):

* AuditReady: ``python -m desktop.ui.shell.app --smoke PROJECT`` with the
  sample project, which loads the knowledge base, builds the main window,
  opens the project, computes its assessment and prints the window title
  once the window is exposed and painted;
* baseline: a bare PySide6 program that imports QtWidgets, shows a
  ``QMainWindow`` holding a ``QTreeView`` over a ``QStandardItemModel`` of 200
  rows, and prints its title once exposed and painted.

Each time runs from the start of the process until its title line arrives.
Compiled modules are kept in the temporary folder from the first (untimed) run
of each side on, as they are for an installed program, whatever
``PYTHONDONTWRITEBYTECODE`` says; the repository gets no ``__pycache__``.
Prints best and median of ``--runs`` pairs and the ratio of the bests (and of
the medians); exits 1 when the best ratio exceeds the target (2×).

Run from the repository root::

    python bench/ui.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 2.0

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
model = QStandardItemModel()
for n in range(200):
    model.appendRow([QStandardItem(f"row {n}"), QStandardItem("status")])
view = QTreeView()
view.setModel(model)
window.setCentralWidget(view)
window.resize(1200, 800)
window.show()

def finish():
    handle = window.windowHandle()
    if handle is not None and not handle.isExposed():
        QTimer.singleShot(20, finish)
        return
    window.repaint()
    app.sync()
    print(window.windowTitle(), flush=True)
    app.quit()

QTimer.singleShot(0, finish)
app.exec()
"""


def _environment(home: Path) -> dict[str, str]:
    """The children's environment: private user folders, offscreen Qt, and compiled
    modules kept (under ``home``) from the first run on, as an installed program has
    them; a ``PYTHONDONTWRITEBYTECODE`` of the caller would make every run compile
    all of AuditReady's modules again, which no user's start-up does."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({
        "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_CONFIG_HOME": str(home / "config"), "AUDITREADY_NO_DIALOGS": "1",
        "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        "PYTHONPYCACHEPREFIX": str(home / "pycache"),
    })
    return env


def time_to_line(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until it prints its first line.

    Raises:
        RuntimeError: it ended without printing a line.
    """
    start = time.perf_counter()
    with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        proc.wait()
    if not line:
        raise RuntimeError(f"{command[1:3]} printed nothing (exit {proc.returncode})")
    return elapsed


def make_sample(folder: Path, env: dict[str, str]) -> Path:
    """Create the sample project in ``folder`` (in a child process) and return its path."""
    path = folder / "sample.auditready"
    subprocess.run([sys.executable, "-c",
                    "import sys; from pathlib import Path; from desktop.catalog import "
                    "load_catalog; from desktop.services.sample.build import create_sample; "
                    "create_sample(Path(sys.argv[1]), load_catalog()).close()", str(path)],
                   cwd=ROOT, env=env, check=True)
    return path


def main(argv: list[str] | None = None) -> int:
    """Measure, print; 0 when the launch ratio is within the target, else 1."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="2 runs (checks the script only)")
    args = parser.parse_args(argv)
    runs = 2 if args.quick else args.runs
    with tempfile.TemporaryDirectory(prefix="auditready-bench-ui-") as tmp:
        home = Path(tmp)
        env = _environment(home)
        project = make_sample(home, env)
        ours_cmd = [sys.executable, "-m", "desktop.ui.shell.app", "--smoke", str(project)]
        bare_cmd = [sys.executable, "-c", BARE]
        time_to_line(ours_cmd, env)  # first run: compiled files, font cache
        time_to_line(bare_cmd, env)
        ours: list[float] = []
        bare: list[float] = []
        for _ in range(runs):
            ours.append(time_to_line(ours_cmd, env))
            bare.append(time_to_line(bare_cmd, env))
    best = min(ours) / min(bare)
    median = statistics.median(ours) / statistics.median(bare)
    print(f"launch to shown window, {runs} alternating runs each")
    print(f"{'':<22}{'best (s)':>10}{'median (s)':>12}")
    print(f"{'AuditReady (sample)':<22}{min(ours):>10.3f}{statistics.median(ours):>12.3f}")
    print(f"{'bare PySide6 + tree':<22}{min(bare):>10.3f}{statistics.median(bare):>12.3f}")
    ok = best <= TARGET
    print(f"ratio best {best:.2f}×, median {median:.2f}× (target ≤ {TARGET:.1f}×)  "
          f"{'ok' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
