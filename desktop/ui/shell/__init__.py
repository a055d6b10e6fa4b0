"""The application: composition root, main window, menus, settings, background work, undo."""
