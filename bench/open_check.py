"""Benchmark: the open-time check of a large project against a whole-file check.

Builds a project in a temporary folder holding ``--files`` evidence files of
``--mb`` MiB each (random content, so nothing is shared), then times, each the
best of ``--runs`` runs with the file in the OS cache:

* ``ProjectStore.open`` + ``close`` (signature, lock, schema objects compared
  with the migrations, ``PRAGMA integrity_check(TABLE)`` on every table but the
  evidence content), as the command line opens;
* the same with ``check_later=True``, as the window opens (the tables that
  grow with the evidence are left for later), and with that check run too;
* ``PRAGMA quick_check`` of the whole file (what opening used to run);
* ``PRAGMA integrity_check`` of the whole file.

Prints a table of seconds. Run from the repository root::

    python bench/open_check.py [--files 6] [--mb 50] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop.domain.model import CompanyProfile
from desktop.store import ProjectStore


def _best(runs: int, action: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def _pragma(path: Path, pragma: str) -> Callable[[], object]:
    def run() -> object:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute(pragma).fetchall()
        finally:
            conn.close()
    return run


def _open_check_later_and_check(path: Path) -> None:
    with ProjectStore.open(path, check_later=True) as store:
        assert store.later_check is not None and store.later_check.run()


def main() -> None:
    """Build the project, time the opens and checks, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=6)
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.auditready"
        source = Path(folder) / "scan.bin"
        with ProjectStore.create(path, CompanyProfile(name="Bench"), ["iso9001-2015"]) as store:
            for n in range(args.files):
                source.write_bytes(os.urandom(args.mb * 1024 * 1024))
                store.add_evidence(source, name=f"scan-{n}.bin")
        source.unlink()
        size = path.stat().st_size / 1e6
        rows = [
            ("open + close", _best(args.runs, lambda: ProjectStore.open(path).close())),
            ("open (check later) + close",
             _best(args.runs, lambda: ProjectStore.open(path, check_later=True).close())),
            ("the same + the later check",
             _best(args.runs, lambda: _open_check_later_and_check(path))),
            ("quick_check (whole file)", _best(args.runs, _pragma(path, "PRAGMA quick_check"))),
            ("integrity_check (whole file)",
             _best(args.runs, _pragma(path, "PRAGMA integrity_check"))),
        ]
    print(f"project of {size:.0f} MB, best of {args.runs} runs")
    for name, seconds in rows:
        print(f"  {name:<30} {seconds:8.3f} s")


if __name__ == "__main__":
    main()
