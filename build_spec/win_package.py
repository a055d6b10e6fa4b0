"""The program folder, the launchers, the portable zip and the NSIS setup.

Used by build_spec/windows.py. The program folder (also the root of the zip
and of what the setup installs)::

    AuditReady.exe        GUI launcher (no console window) -> runtime\\pythonw.exe
    auditready-cli.exe    console launcher -> runtime\\python.exe
    runtime\\              the embeddable CPython and python313._pth
    lib\\                  the locked wheels, laid out by pip --target
    app\\desktop\\          the application package
    app\\resources\\        standards, translations, fonts, icons, samples

A launcher is a distlib stub (t64.exe / w64.exe) followed by a shebang line
and a zip holding ``__main__.py``. The stub reads the shebang, replaces a
leading ``<launcher_dir>\\`` with the folder of the launcher itself, and runs
``"<python>" "<launcher>.exe" <arguments>``; Python then runs the zip appended
to the launcher. So the folder can be moved or installed anywhere, including
paths with spaces and Chinese characters (the stub quotes the paths).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

from win_runtime import PTH_NAME

BUILD_SPEC = Path(__file__).resolve().parent
ROOT = BUILD_SPEC.parent
NSIS_SCRIPT = BUILD_SPEC / "windows-installer.nsi"

GUI_NAME = "AuditReady.exe"
CLI_NAME = "auditready-cli.exe"
#: ``python313._pth``: the only entries of sys.path (relative to runtime\\); site is not run.
PTH_LINES = ("python313.zip", ".", r"..\lib", r"..\app")

_MAIN_GUI = ("import sys\n\nfrom desktop.ui.shell.app import main\n\n"
             "sys.exit(main())\n")
_MAIN_CLI = ("import sys\n\nfrom desktop.cli import main\n\n"
             "sys.exit(main())\n")


def write_pth(runtime: Path) -> None:
    """Replace the embeddable package's ``._pth`` with the program's search path."""
    text = "\n".join(PTH_LINES) + "\n"
    (runtime / PTH_NAME).write_text(text, encoding="ascii")


def _launcher(stub: bytes, python: str, main_py: str) -> bytes:
    payload = io.BytesIO()
    with zipfile.ZipFile(payload, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("__main__.py", main_py)
    # -X utf8: stdout and stderr are UTF-8 when redirected (else the ANSI code page,
    # which cannot encode every character of the catalog, and printing would fail).
    shebang = f"#!<launcher_dir>\\runtime\\{python} -X utf8\r\n".encode()
    return stub + shebang + payload.getvalue()


def write_launchers(folder: Path, console_stub: bytes, gui_stub: bytes) -> None:
    """Write AuditReady.exe (GUI stub, pythonw) and auditready-cli.exe (console, python)."""
    (folder / GUI_NAME).write_bytes(_launcher(gui_stub, "pythonw.exe", _MAIN_GUI))
    (folder / CLI_NAME).write_bytes(_launcher(console_stub, "python.exe", _MAIN_CLI))


def copy_app(app: Path) -> None:
    """Copy the ``desktop`` package and ``resources`` (built .qm files, no .ts) into ``app``.

    Raises:
        FileNotFoundError: the translations were not built (run build_translations.py).
    """
    if not list((ROOT / "resources" / "translations").glob("*.qm")):
        raise FileNotFoundError("no .qm files: run python build_spec/build_translations.py")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts")
    shutil.copytree(ROOT / "desktop", app / "desktop", ignore=ignore)
    shutil.copytree(ROOT / "resources", app / "resources", ignore=ignore)


def make_zip(folder: Path, archive_path: Path) -> None:
    """Zip ``folder`` for the portable edition (one top-level folder of the same name)."""
    archive_path.unlink(missing_ok=True)
    with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, Path(folder.name) / path.relative_to(folder))


def make_setup(folder: Path, setup_path: Path, version: str) -> None:
    """Build the NSIS setup from ``folder`` with makensis (Debian package ``nsis``).

    Raises:
        FileNotFoundError: makensis is not installed.
        subprocess.CalledProcessError: makensis reported an error.
    """
    makensis = shutil.which("makensis")
    if makensis is None:
        raise FileNotFoundError("makensis is missing: apt-get install nsis")
    release = re.match(r"\d+(?:\.\d+)*", version)  # "1.2.0rc1" -> "1.2.0"
    parts = release.group(0).split(".") if release else []
    numeric = ".".join((parts + ["0"] * 4)[:4])  # Windows file versions have four numbers
    subprocess.run(
        [makensis, "-V2", "-INPUTCHARSET", "UTF8",
         f"-DVERSION={version}", f"-DVERSION_NUMERIC={numeric}",
         f"-DSOURCE_DIR={folder}", f"-DOUTFILE={setup_path}",
         f"-DICON={ROOT / 'resources' / 'icons' / 'auditready.ico'}",
         str(NSIS_SCRIPT)],
        check=True,
    )
