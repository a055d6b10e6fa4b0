"""Loading the main window's modules after its frame is on screen, light and once.

:func:`desktop.ui.shell.app.main` shows the window's frame with Qt and a few
small modules only; then :func:`import_first_window` loads what the complete
window needs (the knowledge base loader, the project store, the readiness
rules, the panels: some four hundred modules with the libraries they use).

sqlite-utils imports numpy (and pandas) whenever they are installed, only to
map their number types to column types; AuditReady never writes numpy or pandas
values, and its Windows build leaves numpy out. In a Python environment that
happens to hold numpy (scientific tools installed beside AuditReady), that
import alone is a fifth of a second at every start. :func:`import_sqlite_utils`
imports sqlite-utils with both hidden, then makes them importable again for
any code that really needs them.

Every module, class and function imported stays alive as long as the program, but
Python's cyclic garbage collector walks all of them again in each full collection,
and the imports themselves, building the window and opening the project trigger
several. :func:`import_first_window` therefore imports with the collector paused and
moves what is loaded by then to its permanent generation (:func:`gc.freeze`), which
later collections skip. Objects created afterwards are collected as before.
"""

from __future__ import annotations

import gc
import importlib
import sys

#: Libraries sqlite-utils imports only for their column types.
UNUSED_BY_SQLITE_UTILS = ("numpy", "pandas")

#: What the complete first window needs (with all they import): the catalog loader
#: and the window's panels, menus and commands.
FIRST_WINDOW = ("desktop.catalog", "desktop.ui.shell.window_parts")


def import_sqlite_utils() -> None:
    """Import sqlite-utils without numpy and pandas (nothing happens when sqlite-utils
    or either library is imported already: their types are then mapped as usual)."""
    if "sqlite_utils" in sys.modules or any(m in sys.modules for m in UNUSED_BY_SQLITE_UTILS):
        return
    for name in UNUSED_BY_SQLITE_UTILS:
        sys.modules[name] = None  # type: ignore[assignment]  # "import numpy" fails at once
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in UNUSED_BY_SQLITE_UTILS:
            if sys.modules.get(name, "") is None:
                del sys.modules[name]


def import_first_window() -> None:
    """Import sqlite-utils (:func:`import_sqlite_utils`) and :data:`FIRST_WINDOW` with
    the garbage collector paused, then freeze what is loaded for it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        import_sqlite_utils()
        for name in FIRST_WINDOW:
            importlib.import_module(name)
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
