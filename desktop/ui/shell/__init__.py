"""The application: composition root, main window, menus, settings, background work, undo."""

from desktop.ui.shell.light_imports import import_qt_free_layers, import_sqlite_utils

import_sqlite_utils()
import_qt_free_layers()
