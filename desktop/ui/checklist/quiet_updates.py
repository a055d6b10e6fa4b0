"""Small helpers that keep the item panel cheap to refill on every item switch.

Qt does work for a change even when the new value equals the old one: a tab
text set again lays the tab bar out again, a tooltip set again sends an event,
and each call crosses from Python into Qt. These helpers change only what
differs, and :class:`TabPage` keeps hidden tab pages from being measured.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget


class TabPage(QWidget):
    """A page of a ``QTabWidget`` that is measured only while it is shown.

    A tab widget's height is the largest of its pages', hidden or not, so a
    text changed on a hidden page (the evidence list, the typical evidence)
    would have the whole item panel measured again on every item switch. A
    hidden page reports no size; it is measured again when it is shown.
    """

    def showEvent(self, event: QShowEvent) -> None:
        """Shown: its size counts again."""
        self.updateGeometry()
        super().showEvent(event)

    def sizeHint(self) -> QSize:
        """The layout's size hint while shown, nothing while hidden."""
        return super().sizeHint() if self.isVisible() else QSize(0, 0)

    def minimumSizeHint(self) -> QSize:
        """The layout's minimum size while shown, nothing while hidden."""
        return super().minimumSizeHint() if self.isVisible() else QSize(0, 0)

    def heightForWidth(self, width: int) -> int:
        """The height at ``width`` while shown, 0 while hidden."""
        return super().heightForWidth(width) if self.isVisible() else 0


def set_tab_texts(tabs: QTabWidget, texts: Sequence[str]) -> None:
    """Give tab ``n`` of ``tabs`` the text ``texts[n]``, touching only those that differ."""
    for number, text in enumerate(texts):
        if tabs.tabText(number) != text:
            tabs.setTabText(number, text)


def set_tip(widget: QWidget, tip: str) -> None:
    """Give ``widget`` the tooltip ``tip`` unless it has it already."""
    if widget.toolTip() != tip:
        widget.setToolTip(tip)
