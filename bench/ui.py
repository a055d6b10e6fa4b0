"""Benchmark: start-up of AuditReady to a shown window against a bare PySide6 window.

Both sides are fresh Python processes started from this script, alternately,
with Qt's offscreen platform and private user folders (nothing is written to
the real ones):

* AuditReady: ``python -m desktop.ui.shell.app --smoke --report-shown PROJECT``
  with the sample project. It prints ``window shown`` once its main window is
  on screen (exposed and painted, still empty but for the project being
  opened), then loads the rest of the program and the knowledge base, builds
  the window's contents, opens the project, computes its assessment and prints
  the window title once that is painted too (the project is usable);
* baseline: a bare PySide6 program that imports QtWidgets, shows a
  ``QMainWindow`` holding a ``QTreeView`` over a ``QStandardItemModel`` of 200
  rows, and prints its title once exposed and painted.

Each time runs from the start of the process until a line arrives: the first
line for the shown window, the second for the usable project (AuditReady).
Compiled modules are kept in the temporary folder from the first (untimed) run
of each side on, as they are for an installed program, whatever
``PYTHONDONTWRITEBYTECODE`` says; the repository gets no ``__pycache__``.
Prints best and median of ``--runs`` pairs and the ratios of the bests (and of
the medians), for the shown window and for the usable project; exits 1 when the
best ratio for the shown window exceeds the target (2×). The usable project has
no target: it is printed so that what the staged start moves after the first
paint stays in sight.

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


def time_to_lines(command: list[str], env: dict[str, str], count: int = 1) -> list[float]:
    """Seconds from starting ``command`` until each of its first ``count`` lines.

    Raises:
        RuntimeError: it ended before printing ``count`` lines.
    """
    start = time.perf_counter()
    times: list[float] = []
    with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as proc:
        assert proc.stdout is not None
        while len(times) < count and proc.stdout.readline():
            times.append(time.perf_counter() - start)
        proc.wait()
    if len(times) < count:
        raise RuntimeError(f"{command[1:3]} printed {len(times)} of {count} lines "
                           f"(exit {proc.returncode})")
    return times


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
        ours_cmd = [sys.executable, "-m", "desktop.ui.shell.app", "--smoke", "--report-shown",
                    str(project)]
        bare_cmd = [sys.executable, "-c", BARE]
        time_to_lines(ours_cmd, env, 2)  # first run: compiled files, font cache
        time_to_lines(bare_cmd, env)
        shown: list[float] = []
        usable: list[float] = []
        bare: list[float] = []
        for _ in range(runs):
            first, second = time_to_lines(ours_cmd, env, 2)
            shown.append(first)
            usable.append(second)
            bare.append(time_to_lines(bare_cmd, env)[0])
    best = min(shown) / min(bare)
    print(f"launch, {runs} alternating runs each")
    print(f"{'':<34}{'best (s)':>10}{'median (s)':>12}{'best ×':>9}{'median ×':>10}")
    for name, times in (("bare PySide6 + tree, shown", bare),
                        ("AuditReady, window shown", shown),
                        ("AuditReady, sample open (usable)", usable)):
        best_s, median_s = min(times), statistics.median(times)
        print(f"{name:<34}{best_s:>10.3f}{median_s:>12.3f}{best_s / min(bare):>9.2f}"
              f"{median_s / statistics.median(bare):>10.2f}")
    ok = best <= TARGET
    print(f"window shown: ratio best {best:.2f}× (target ≤ {TARGET:.1f}×)  "
          f"{'ok' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
