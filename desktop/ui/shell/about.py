"""Help ▸ About (versions and licences of what AuditReady ships) and Help ▸ Keyboard shortcuts."""

from __future__ import annotations

import html
import importlib.metadata
import re
import sqlite3

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__

#: (component, distribution for its version or "" , licence) of what AuditReady ships.
COMPONENTS = (
    ("Qt", "", "LGPL-3.0"),
    ("PySide6", "PySide6-Essentials", "LGPL-3.0"),
    ("reportlab", "reportlab", "BSD-3-Clause"),
    ("openpyxl", "openpyxl", "MIT"),
    ("sqlite-utils", "sqlite-utils", "Apache-2.0"),
    ("SQLite", "", "Public domain"),
    ("WenQuanYi Micro Hei 文泉驿微米黑 0.2.0-beta", "",
     "Apache-2.0 (or GPL-3.0+ with font exception)"),
)


def component_version(name: str, dist: str) -> str:
    """The installed version of a shipped component, or "?" when it cannot be read."""
    if name == "Qt":
        return qVersion()
    if name == "SQLite":
        return sqlite3.sqlite_version
    if name == "PySide6":
        return str(PySide6.__version__)
    if not dist:
        return ""
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


_tr = QCoreApplication.translate


def about_html() -> str:
    """The About box text: product, version, purpose, then each component with its licence."""
    rows = "".join(
        f"<tr><td>{html.escape(name)}</td><td>{html.escape(component_version(name, dist))}"
        f"</td><td>{html.escape(licence)}</td></tr>" for name, dist, licence in COMPONENTS)
    version = _tr("About", "Version %1").replace("%1", html.escape(__version__))
    purpose = _tr("About", "Audit preparation for ISO 9001, ISO 14001 and ISO 45001: "
                         "checklists, evidence and readiness reports.")
    built = _tr("About", "AuditReady is built on these components, each under its own licence:")
    header = "".join(f"<th align='left'>{h}</th>" for h in (
        _tr("About", "Component"), _tr("About", "Version"), _tr("About", "Licence")))
    note = _tr("About", "The licence texts of the bundled font are in resources/fonts; Qt and "
                      "PySide6 can be replaced with your own build under the LGPL.")
    return (f"<h3>AuditReady 审核就绪助手</h3><p>{version}</p><p>{purpose}</p><p>{built}</p>"
            f"<table cellspacing='0' cellpadding='3'><tr>{header}</tr>{rows}</table>"
            f"<p>{note}</p>")


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(command, keys) of every action of ``window`` that has a shortcut, sorted by command.

    Command names are the menu texts without the ``&`` accelerator marks.
    """
    found: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = re.sub(r"\(&\w\)", "", action.text())  # Chinese style: 打开(&O)
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        text = text.rstrip("…").strip()
        if keys and text:
            found.setdefault(text, keys)
    return sorted(found.items(), key=lambda row: row[0].casefold())


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: a table of every command with a shortcut."""

    def __init__(self, window: QWidget, extra: list[tuple[str, str]] | None = None) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = window_shortcuts(window) + list(extra or [])
        self.table = QTableWidget(len(rows), 2, objectName="shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (command, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(command))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(520, 480)

    def commands(self) -> list[tuple[str, str]]:
        """(command, keys) rows as shown."""
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]
