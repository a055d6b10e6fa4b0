"""Find English left in a Chinese interface: walk widgets, models and menus.

:func:`english_words` decides whether one visible text still holds English
(allow-listed names, codes, units and file names aside). :class:`TextWalker`
collects every text a user can see from a widget tree (labels, buttons, tabs,
group boxes, placeholders, tooltips, window titles, combo box entries, item
views with their headers and every cell's display and tooltip roles) and
from menus, each with a description of where it was found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

#: Names, codes and units that stay as they are in Chinese text (matched whole, any case).
ALLOWED = (
    "AuditReady", "ISO", "IAF", "MD", "GB/T", "GB", "PDF", "Excel", "XLSX", "SQLite",
    "Qt", "PySide6", "reportlab", "openpyxl", "sqlite-utils", "WenQuanYi", "Micro", "Hei",
    "Apache", "License", "Linguist", "Windows", "Linux", "UOS", "Kylin", "CSV", "ZIP",
    "QMS", "EMS", "OHSMS", "IMS", "CB", "CNAS", "CCAA", "A4", "Letter", "English",
    "Ctrl", "Alt", "Shift", "Del", "Esc", "Enter", "Tab",
    "KB", "MB", "GB", "kB", "px", "mm", "auditready", "xlsx", "pdf", "SHA", "SHA-256",
    "OK", "Amd", "IEC", "VOCs", "UTF-8",
)

_CODE = re.compile(
    r"""
    [\w.\-~/\\:]+\.(?:auditready|xlsx|xls|pdf|docx?|png|jpe?g|txt|csv|zip|md|html?|svg|ts|qm)\b
    | https?://\S+ | \S+@\S+\.\w+                 # files, links, mail addresses
    | \b[\w-]+(?:\.[\w-]+)*\.(?:cn|com|org|net|gov)\b  # web sites: cx.cnca.cn
    | \b(?:application|text|image|audio|video)/[\w.+\-]+  # file types: application/pdf
    | \b[A-Z]{1,3}\d[\w.:\-]*                     # codes such as A4, F1, C1.2
    | \b[A-Za-z]+(?:[-/][A-Za-z]+)*[-/]\d[\w.:\-/]*  # CNCA-QMS-01:2025, CNCA-R-2004-126
    | \b\d+[A-Za-z]+\b                          # 8D, 5Why, 3rd
    | [\w.]*_[\w.]*                              # setting keys: cycle_rules.suspension_months
    """, re.VERBOSE)
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def english_words(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """The English words in ``text`` that a Chinese user should not see.

    A word is a run of ASCII letters. File names, links, codes with digits and
    the names in :data:`ALLOWED` (plus ``allowed``) are ignored; of the rest,
    single letters and all-capital abbreviations and patterns (e.g. "NC",
    "PESTLE", "VOCs", "CNCA-R-YYYY-NNN") pass. Empty list: nothing English is left.
    """
    names = {n.lower() for n in (*ALLOWED, *allowed)}
    for name in sorted((*ALLOWED, *allowed), key=len, reverse=True):
        if " " in name or "/" in name or "-" in name:
            text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    text = _CODE.sub(" ", text)
    words = []
    for word in _WORD.findall(text):
        bare = word.strip("'’-")
        if not bare or bare.lower() in names:
            continue
        if len(bare) == 1 or bare.rstrip("s").isupper():
            continue
        words.append(bare)
    return words


def curly_quotes(text: str) -> list[str]:
    """The full-width quotes “ ” in ``text`` when it is English (holds no Chinese character).

    Chinese text, and English text quoting Chinese, keep them.
    """
    return [] if _CJK.search(text) else re.findall("[“”]", text)


def _plain(text: str) -> str:
    """``text`` without HTML markup and without the mnemonic ampersand."""
    if re.search(r"<[a-zA-Z/][^>]*>", text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return re.sub(r"&(?=\w)", "", text).replace("&&", "&")


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}" + (f"#{widget.objectName()}" if widget.objectName()
                                         else "")


class TextWalker:
    """Collects ``(where, text)`` pairs of every visible text.

    Args:
        allowed: extra words allowed in the texts (e.g. names from the sample).
        judge: what is wrong in one text (default: :func:`english_words`);
            an empty list when nothing is.

    Attributes:
        found: every offending text, as ``"where: 'text' (words)"`` lines.
        seen: how many texts were looked at (a walk that sees nothing is a bug).
    """

    def __init__(self, allowed: tuple[str, ...] = (),
                 judge: Callable[[str], list[str]] | None = None) -> None:
        self.allowed = allowed
        self.judge = judge or (lambda text: english_words(text, self.allowed))
        self.found: list[str] = []
        self.seen = 0

    def check(self, where: str, text: str | None) -> None:
        """Record ``text`` (found at ``where``) if it holds English words."""
        if not text:
            return
        self.seen += 1
        plain = _plain(str(text))
        words = self.judge(plain)
        if words:
            line = f"{where}: {plain!r} ({' '.join(words)})"
            if line not in self.found:
                self.found.append(line)

    def widget_tree(self, root: QWidget, where: str) -> None:
        """Every visible widget under ``root`` (itself included)."""
        widgets = [root, *root.findChildren(QWidget)]
        for widget in widgets:
            if widget is not root and not widget.isVisibleTo(root):
                continue
            if isinstance(widget, (QMenu, QHeaderView)):  # menus: menu(); headers: model()
                continue
            self.widget(widget, f"{where} › {_name(widget)}")

    def widget(self, widget: QWidget, where: str) -> None:
        """The texts of one widget (not of its children)."""
        check = self.check
        if widget.isWindow():
            check(f"{where} [window title]", widget.windowTitle())
        check(f"{where} [tooltip]", widget.toolTip())
        check(f"{where} [status tip]", widget.statusTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            check(where, widget.text())
        elif isinstance(widget, QGroupBox):
            check(where, widget.title())
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            check(f"{where} [placeholder]", widget.placeholderText())
        if not widget.isWindow():  # context menu actions; the window's are in its menus
            for action in widget.actions():
                self.action(action, f"{where} [action]")
        if isinstance(widget, QToolButton) and widget.menu() is not None:
            self.menu(widget.menu(), f"{where} [menu]")
        if isinstance(widget, QComboBox):
            for row in range(widget.count()):
                check(f"{where} [entry {row}]", widget.itemText(row))
                check(f"{where} [entry {row} tooltip]",
                      widget.itemData(row, Qt.ItemDataRole.ToolTipRole))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                check(f"{where} [tab {index}]", widget.tabText(index))
                check(f"{where} [tab {index} tooltip]", widget.tabToolTip(index))
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                check(f"{where} [tab {index}]", widget.tabText(index))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            self.model(widget.model(), f"{where} [{type(widget.model()).__name__}]")

    def model(self, model: QAbstractItemModel, where: str) -> None:
        """Headers and every cell (display and tooltip) of ``model``, trees included."""
        roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        for orientation, count in ((Qt.Orientation.Horizontal, _columns(model, QModelIndex())),
                                   (Qt.Orientation.Vertical, model.rowCount(QModelIndex()))):
            for section in range(count):
                for role in roles:
                    value = model.headerData(section, orientation, role)
                    if isinstance(value, str):
                        self.check(f"{where} header {section}", value)
        for index in _indexes(model, QModelIndex()):
            for role in roles:
                value = model.data(index, role)
                if isinstance(value, str):
                    self.check(f"{where} cell ({_path(index)})", value)

    def menu(self, menu: QMenu, where: str) -> None:
        """A menu's title, its actions (text, tooltip, status tip) and its submenus."""
        self.check(f"{where} [title]", menu.title())
        for action in menu.actions():
            self.action(action, f"{where} › {_plain(menu.title())}")

    def action(self, action: QAction, where: str) -> None:
        """One action and the submenu it opens, if any."""
        if action.isSeparator() or not action.isVisible():
            return
        sub = action.menu()
        if isinstance(sub, QMenu):
            sub.aboutToShow.emit()
            self.menu(sub, where)
            return
        label = f"{where} › {_plain(action.text()) or action.objectName()}"
        self.check(label, action.text())
        if action.toolTip() != _plain(action.text()).replace("…", "").strip():
            self.check(f"{label} [tooltip]", action.toolTip())
        self.check(f"{label} [status tip]", action.statusTip())


def _indexes(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[QModelIndex]:
    # Table and list models keep hasChildren private: they are flat.
    tree = not isinstance(model, (QAbstractTableModel, QAbstractListModel))
    while model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and tree and model.hasChildren(index):
                yield from _indexes(model, index)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    if isinstance(model, QAbstractListModel):  # columnCount is private there
        return 1
    return model.columnCount(parent)


def _path(index: QModelIndex) -> str:
    parts = []
    while index.isValid():
        parts.append(f"{index.row()},{index.column()}")
        index = index.parent()
    return " / ".join(reversed(parts))
