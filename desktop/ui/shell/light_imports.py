"""Keeps libraries the program never uses out of start-up.

sqlite-utils imports numpy (and pandas) whenever they are installed, only to
map their number types to column types; AuditReady never writes numpy or pandas
values, and its Windows build leaves numpy out. In a Python environment that
happens to hold numpy (scientific tools installed beside AuditReady), that
import alone is a fifth of a second at every start. :func:`import_sqlite_utils`
imports sqlite-utils with both hidden, then makes them importable again for
any code that really needs them.
"""

from __future__ import annotations

import sys

#: Libraries sqlite-utils imports only for their column types.
UNUSED_BY_SQLITE_UTILS = ("numpy", "pandas")


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
