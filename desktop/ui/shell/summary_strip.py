"""The slim strip at the top of the main window: one line with each standard's
readiness and how many things need attention, and a button that unfolds the
full readiness summary and the warning banner under it.

Folded (the default) the strip takes one text line, so the pages keep their
room on a 1366×768 laptop screen. Unfolded, the details sit in a scroll area
no taller than :data:`DETAILS_MAX_HEIGHT` pixels, so they never push the
window past the screen either.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.shell.formatting import percent
from desktop.ui.shell.i18n import arg

#: The unfolded details (banner and readiness table) scroll beyond this height, in pixels.
DETAILS_MAX_HEIGHT = 240


class SummaryStrip(QWidget):
    """One line of readiness figures and warnings over foldable details.

    Args:
        details: the widgets shown when unfolded (the warning banner, then the
            readiness summary), in order.

    Signals:
        expandedChanged(bool): the details were unfolded (True) or folded.

    Object names: ``summaryStrip`` (this widget), ``summaryText``, ``summaryWarnings``
    (a click unfolds), ``summaryToggle`` and ``summaryDetails`` (the scroll area).
    """

    expandedChanged = Signal(bool)

    def __init__(self, details: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryStrip")
        self._shares: list[tuple[str, float]] = []
        self._warnings: list[str] = []
        self.text = QLabel(objectName="summaryText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.warnings = QToolButton(objectName="summaryWarnings")  # a click unfolds them
        self.warnings.setAutoRaise(True)
        self.warnings.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the toggle does it by keyboard
        self.warnings.setStyleSheet("#summaryWarnings { color: #7a5a00; font-weight: bold; }")
        self.toggle = QToolButton(objectName="summaryToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        line = QFrame(objectName="summaryLine")
        line.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(line)
        row.setContentsMargins(6, 1, 2, 1)
        row.addWidget(self.text, 1)
        row.addWidget(self.warnings)
        row.addWidget(self.toggle)
        holder = QWidget(objectName="summaryDetailsContent")
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        for widget in details:
            holder_layout.addWidget(widget)
        self.details = QScrollArea(objectName="summaryDetails", widgetResizable=True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setWidget(holder)
        self.details.setMaximumHeight(DETAILS_MAX_HEIGHT)
        self.details.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(line)
        layout.addWidget(self.details)
        self.toggle.toggled.connect(self.set_expanded)
        self.warnings.clicked.connect(lambda _checked=False: self.set_expanded(True))
        self.retranslate()

    def is_expanded(self) -> bool:
        """True while the details are unfolded."""
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        """Unfold (True) or fold the readiness summary and the warnings."""
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # comes back here through toggled
            return
        self.details.setVisible(expanded)
        if (parent := self.parentWidget()) is not None and parent.layout() is not None:
            parent.layout().activate()  # the pages take the room back at once
        self._texts_toggle()
        self.expandedChanged.emit(expanded)

    def show_summary(self, shares: Sequence[tuple[str, float]], warnings: Sequence[str]) -> None:
        """Show ``shares`` (standard label, share of applicable items ready 0..1) and
        the number of ``warnings`` (their texts become the tooltip)."""
        self._shares = list(shares)
        self._warnings = list(warnings)
        self._texts_summary()

    def _texts_summary(self) -> None:
        parts = [f"{label} {percent(share)}" for label, share in self._shares]
        if parts:
            self.text.setText(arg(self.tr("Readiness: %1"), "  ·  ".join(parts)))
        else:
            self.text.setText(self.tr("No project is open."))
        self.text.setToolTip(self.tr("Share of applicable checklist items marked ready; "
                                     "unfold the details for the layers"))
        count = len(self._warnings)
        self.warnings.setVisible(count > 0)
        self.warnings.setText("⚠ " + self.tr("%n warning(s)", "", count))
        self.warnings.setToolTip("\n".join(self._warnings))

    def _texts_toggle(self) -> None:
        if self.is_expanded():
            self.toggle.setText(self.tr("Hide details"))
            self.toggle.setArrowType(Qt.ArrowType.UpArrow)
        else:
            self.toggle.setText(self.tr("Details"))
            self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setToolTip(self.tr("Show or hide the readiness summary and the warnings"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.toggle.setAccessibleName(self.tr("Readiness details"))
        self._texts_summary()
        self._texts_toggle()
