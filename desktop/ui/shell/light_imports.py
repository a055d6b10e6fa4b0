"""Start-up imports kept light: libraries the program never uses stay out, and the
Qt-free layers load before Qt.

sqlite-utils imports numpy (and pandas) whenever they are installed, only to
map their number types to column types; AuditReady never writes numpy or pandas
values, and its Windows build leaves numpy out. In a Python environment that
happens to hold numpy (scientific tools installed beside AuditReady), that
import alone is a fifth of a second at every start. :func:`import_sqlite_utils`
imports sqlite-utils with both hidden, then makes them importable again for
any code that really needs them.

Once PySide6 is imported, it looks at every module named by an import statement
after it for the first time: it reads the module's source and searches it for
"PySide6" (that is how its ``__feature__`` switches know which modules use Qt).
Modules imported before PySide6 are not read unless a later import names them.
:func:`import_qt_free_layers` imports the Qt-free layers under the first window
(catalog, services, store, domain: some eighty modules) before PySide6, so that
only the few of them the UI names itself are read; that takes about a twentieth
off the start-up imports.

Every module, class and function imported stays alive as long as the program, but
Python's cyclic garbage collector walks all of them again in each full collection,
and the imports after these layers (PySide6, the UI) and building the first window
trigger several. :func:`import_qt_free_layers` therefore moves what is loaded by
then to the collector's permanent generation (:func:`gc.freeze`), which later
collections skip; that saves about a fiftieth of the work up to the first window.
Objects created afterwards are collected as before.
"""

from __future__ import annotations

import gc
import importlib
import sys

#: Libraries sqlite-utils imports only for their column types.
UNUSED_BY_SQLITE_UTILS = ("numpy", "pandas")

#: The Qt-free modules the main window needs at start (with all they import):
#: the catalog loader, opening a project and its assessment, the checklist views'
#: services.
QT_FREE_FIRST_WINDOW = ("desktop.catalog", "desktop.services.assessment",
                        "desktop.services.integrated", "desktop.services.find",
                        "desktop.services.custom", "desktop.services.freshness",
                        "desktop.services.departments.matrix")


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


def import_qt_free_layers() -> None:
    """Import :data:`QT_FREE_FIRST_WINDOW` while PySide6 is not imported yet, then
    freeze what is loaded for the garbage collector (nothing happens once PySide6 is
    imported: the modules then load when the UI imports them, as usual)."""
    if "PySide6" in sys.modules:
        return
    for name in QT_FREE_FIRST_WINDOW:
        importlib.import_module(name)
    gc.freeze()
