"""The one place that finds AuditReady's bundled resources and per-user folders.

Resources (standards data, translations, fonts, icons, samples) are plain
files under ``resources/``. From a source checkout or an editable install they
sit beside the ``desktop`` package; in a PyInstaller build they are unpacked
under ``sys._MEIPASS``. Per-user folders come from :mod:`platformdirs`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "AuditReady"
APP_AUTHOR = "AuditReady"


def resources_dir() -> Path:
    """Return the absolute path of the ``resources`` folder.

    Raises:
        FileNotFoundError: the folder is missing (a broken installation).
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    base = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    path = base / "resources"
    if not path.is_dir():
        raise FileNotFoundError(f"AuditReady resources folder not found: {path}")
    return path


def resource(*parts: str) -> Path:
    """Return the path of a bundled resource, e.g. ``resource("fonts", "x.ttc")``.

    The path is not checked for existence; callers report a missing file.
    """
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """Return (and create) the per-user data folder, e.g. for the sample project."""
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path
