"""The user guide inside the app (F1): Markdown pages from ``resources/help/<lang>/``.

One page per view, in Chinese (``zh``) and English (``en``); the guide follows
the interface language. The window has a contents list, a search field that
narrows the list to the pages containing the words typed and finds them in
the page shown, and the page itself (a :class:`QTextBrowser` rendering the
Markdown). Links between pages (``[text](export.md)``) stay inside the guide.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.paths import resource

#: Help page ids in contents order; each is ``resources/help/<lang>/<id>.md``.
PAGES = ("getting-started", "checklist", "readiness", "records", "certificates", "export",
         "folder-import", "backups", "shortcuts")
_ID_ROLE = Qt.ItemDataRole.UserRole


def help_file(page: str, lang: str) -> Path:
    """The Markdown file of help page ``page`` in ``lang`` ("zh" or "en")."""
    return resource("help", "zh" if lang.startswith("zh") else "en", f"{page}.md")


def page_text(page: str, lang: str) -> str:
    """The Markdown of a help page; a short note when the file is missing (broken install)."""
    try:
        return help_file(page, lang).read_text(encoding="utf-8")
    except OSError:
        return f"# {page}\n\n(help file missing / 帮助文件缺失)"


def page_title(markdown: str) -> str:
    """The first ``# `` heading of a page, or its first line."""
    for line in markdown.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return markdown.strip().splitlines()[0] if markdown.strip() else ""


class HelpWindow(QDialog):
    """The user guide: contents, search and the page (modeless; one per main window).

    Args:
        lang: "zh" or "en" (the content language of the interface).
    """

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._lang = lang
        self._texts: dict[str, str] = {}
        self.search = QLineEdit(objectName="helpSearch")
        self.search.setClearButtonEnabled(True)
        self.contents = QListWidget(objectName="helpContents")
        self.browser = QTextBrowser(objectName="helpBrowser")
        self.browser.setOpenLinks(False)
        self.browser.setSearchPaths([str(resource("help"))])  # pictures of the pages
        self.browser.anchorClicked.connect(self._follow)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.contents, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 640])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.contents.currentItemChanged.connect(self._on_current)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self.find_next)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self,
                  self.search.setFocus)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.find_next)
        self.resize(900, 600)
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        """Show the guide in ``lang`` ("zh" or "en"), keeping the page shown."""
        current = self.current_page()
        self._lang = lang
        self._texts = {p: page_text(p, lang) for p in PAGES}
        self.contents.blockSignals(True)
        self.contents.clear()
        for page in PAGES:
            item = QListWidgetItem(page_title(self._texts[page]))
            item.setData(_ID_ROLE, page)
            self.contents.addItem(item)
        self.contents.blockSignals(False)
        self.retranslate()
        self._on_search(self.search.text())
        self.show_page(current or PAGES[0])

    def current_page(self) -> str:
        """The id of the page shown, or "" before any."""
        item = self.contents.currentItem()
        return str(item.data(_ID_ROLE)) if item is not None else ""

    def show_page(self, page: str) -> bool:
        """Show help page ``page`` (an id of :data:`PAGES`); False when unknown."""
        if page not in self._texts:
            return False
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(_ID_ROLE) == page:
                item.setHidden(False)
                self.contents.setCurrentItem(item)
                self._render(page)
                return True
        return False

    def matching_pages(self) -> list[str]:
        """Ids of the pages listed (all, or those containing every word searched)."""
        return [str(self.contents.item(r).data(_ID_ROLE)) for r in range(self.contents.count())
                if not self.contents.item(r).isHidden()]

    def find_next(self) -> bool:
        """Select the next occurrence of the search text in the page (wrapping); False if none."""
        words = self.search.text().strip()
        if not words:
            return False
        first = words.split()[0]
        if self.browser.find(first):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(first)

    def _render(self, page: str) -> None:
        self.browser.setMarkdown(self._texts[page])
        self.browser.setProperty("helpPage", page)
        if self.search.text().strip():
            self.find_next()

    def _on_current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self._render(str(item.data(_ID_ROLE)))

    def _on_search(self, text: str) -> None:
        words = text.casefold().split()
        first_match = None
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            page = str(item.data(_ID_ROLE))
            haystack = self._texts[page].casefold()
            hit = all(w in haystack for w in words)
            item.setHidden(not hit)
            if hit and first_match is None:
                first_match = item
        current = self.contents.currentItem()
        if current is not None and not current.isHidden():
            if words:
                self._render(self.current_page())
        elif first_match is not None:
            self.contents.setCurrentItem(first_match)

    def _follow(self, url: QUrl) -> None:
        target = Path(url.path()).stem if url.scheme() in ("", "file") else ""
        if target and self.show_page(target):
            return
        if url.scheme() in ("http", "https", "mailto"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("AuditReady user guide"))
        self.search.setPlaceholderText(self.tr("Search the guide"))
        self.search.setAccessibleName(self.tr("Search the guide"))
        self.contents.setAccessibleName(self.tr("Contents"))
