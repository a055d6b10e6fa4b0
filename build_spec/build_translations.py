"""Compile every resources/translations/*.ts into the .qm beside it with lrelease.

Usage: ``python build_spec/build_translations.py`` (from any folder). Exit
code 0 when every file compiled, 1 when lrelease failed, 2 when lrelease
cannot be found. lrelease is looked up next to the installed PySide6 package
(PySide6 wheels ship it), then as ``pyside6-lrelease`` or ``lrelease`` on PATH.
The .qm files are build output (git-ignored); the frozen build bundles them.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def find_lrelease() -> list[str] | None:
    """The command that runs lrelease, or None when none is installed."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin is not None:
        package = Path(spec.origin).parent
        for name in ("lrelease.exe", "lrelease"):
            candidate = package / name
            if candidate.is_file():
                return [str(candidate)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def build(ts_files: list[Path], lrelease: list[str]) -> int:
    """Compile each file; return the number of failures."""
    failures = 0
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        result = subprocess.run([*lrelease, str(ts), "-qm", str(qm)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0 or not qm.is_file():
            failures += 1
            print(f"lrelease failed for {ts.name}:\n{result.stdout}{result.stderr}",
                  file=sys.stderr)
        else:
            print(f"{ts.relative_to(ROOT)} -> {qm.relative_to(ROOT)}")
    return failures


def main() -> int:
    """Compile all translations; see the module docstring for exit codes."""
    lrelease = find_lrelease()
    if lrelease is None:
        print("lrelease not found: install PySide6 (pip install PySide6-Essentials)",
              file=sys.stderr)
        return 2
    ts_files = sorted(TRANSLATIONS.glob("*.ts"))
    if not ts_files:
        print(f"no .ts files in {TRANSLATIONS}", file=sys.stderr)
        return 0
    return 1 if build(ts_files, lrelease) else 0


if __name__ == "__main__":
    sys.exit(main())
