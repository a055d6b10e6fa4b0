"""Helpers for tests that need an external program (pdffonts, libreoffice, ...).

Locally a missing program skips the test with the install hint; under CI
(``CI`` set) it fails, so a missing install step in ``.ci/run`` cannot hide.
"""

from __future__ import annotations

import os
import shutil

import pytest


def require_program(name: str, package: str) -> str:
    """Return the path of ``name`` or skip (locally) / fail (CI) naming the Debian package."""
    path = shutil.which(name)
    if path:
        return path
    message = f"{name} not found: apt-get install {package}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
