"""The one place that finds AuditReady's bundled resources and per-user folders.

Resources (standards data, translations, fonts, icons, samples) are plain
files under ``resources/``. They are found in one of three layouts, each made
by our own build:

- a PyInstaller build (``build_spec/auditready.spec``): ``sys._MEIPASS/resources``;
- a wheel or ``pip install .`` (``setup.py`` maps the folder into the package):
  ``desktop/resources`` inside the installed package;
- a source checkout or an editable install: ``resources/`` beside the
  ``desktop`` package.

Per-user folders come from :mod:`platformdirs`.
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
    if frozen_root:
        candidates = [Path(frozen_root) / "resources"]
    else:
        package = Path(__file__).resolve().parent
        candidates = [package / "resources", package.parent / "resources"]
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError(f"AuditReady resources folder not found: {candidates[-1]}")


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


def user_cache_dir() -> Path:
    """Return the per-user cache folder (not created): files here may be deleted at
    any time and are rebuilt, e.g. the parsed knowledge base."""
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
