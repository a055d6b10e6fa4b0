"""Readiness summary: per standard, the ready share of applicable items and of
mandatory documented information, as percentages, bars and counts.

The figures come from :meth:`ProjectSession.readiness` (see
``desktop.domain.readiness`` for how they are computed); the panel is
refreshed when a :class:`Changes` says readiness may have changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop.domain.readiness import StandardReadiness
from desktop.services.session import ProjectSession
from desktop.ui.formatting import percent
from desktop.ui.i18n import arg


@dataclass
class _Row:
    label: str
    name: QLabel
    share_bar: QProgressBar
    share_text: QLabel
    mandatory_bar: QProgressBar
    mandatory_text: QLabel
    figures: StandardReadiness | None = None


class ReadinessPanel(QGroupBox):
    """One row per standard: applicable items ready, mandatory documented information ready.

    Object names (for tests and accessibility tools): ``readiness_<standard id>_share``
    and ``readiness_<standard id>_mandatory`` for the two text labels.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessPanel")
        self._session: ProjectSession | None = None
        self._rows: dict[str, _Row] = {}
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(4)
        self._head_share = QLabel()
        self._head_mandatory = QLabel()
        self._empty = QLabel()
        self._empty.setObjectName("readinessEmpty")
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid)
        layout.addWidget(self._empty)
        self.retranslate()

    def set_session(self, session: ProjectSession | None) -> None:
        """Build one row per standard of ``session`` and fill it."""
        self._session = session
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None and widget not in (self._head_share, self._head_mandatory):
                widget.deleteLater()
        self._rows.clear()
        self._empty.setVisible(session is None)
        if session is None:
            self._head_share.hide()
            self._head_mandatory.hide()
            return
        self._head_share.show()
        self._head_mandatory.show()
        self._grid.addWidget(self._head_share, 0, 1, 1, 2)
        self._grid.addWidget(self._head_mandatory, 0, 3, 1, 2)
        for number, standard in enumerate(session.standards(), start=1):
            row = _Row(standard.label, QLabel(f"<b>{standard.label}</b>"), self._bar(), QLabel(),
                       self._bar(), QLabel())
            row.name.setToolTip(f"{standard.national}\n{standard.title.en}\n{standard.title.zh}")
            row.share_text.setObjectName(f"readiness_{standard.id}_share")
            row.mandatory_text.setObjectName(f"readiness_{standard.id}_mandatory")
            row.share_bar.setObjectName(f"readinessBar_{standard.id}_share")
            row.mandatory_bar.setObjectName(f"readinessBar_{standard.id}_mandatory")
            for column, widget in enumerate((row.name, row.share_bar, row.share_text,
                                             row.mandatory_bar, row.mandatory_text)):
                self._grid.addWidget(widget, number, column)
            self._rows[standard.id] = row
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(3, 1)
        self.refresh()

    @staticmethod
    def _bar() -> QProgressBar:
        bar = QProgressBar()
        bar.setRange(0, 1000)
        bar.setTextVisible(False)
        bar.setMaximumHeight(14)
        bar.setMinimumWidth(80)
        return bar

    def refresh(self) -> None:
        """Recompute every standard's figures from the project."""
        if self._session is None:
            return
        for figures in self._session.readiness():
            row = self._rows.get(figures.standard_id)
            if row is not None:
                row.figures = figures
                self._show(row)

    def figures(self, standard_id: str) -> StandardReadiness | None:
        """The figures last shown for ``standard_id``."""
        row = self._rows.get(standard_id)
        return row.figures if row else None

    def _show(self, row: _Row) -> None:
        f = row.figures
        if f is None:
            return
        row.share_bar.setValue(round(f.share * 1000))
        row.mandatory_bar.setValue(round(f.mandatory_share * 1000))
        row.share_text.setText(arg(self.tr("%1 ready (%2 of %3)"), percent(f.share),
                                   f.ready, f.applicable))
        row.mandatory_text.setText(arg(self.tr("%1 ready (%2 of %3)"),
                                       percent(f.mandatory_share), f.mandatory_ready,
                                       f.mandatory_applicable))
        share_name = arg(self.tr("%1: applicable items ready"), row.label)
        row.share_bar.setAccessibleName(share_name)
        row.mandatory_bar.setAccessibleName(
            arg(self.tr("%1: mandatory documented information ready"), row.label))
        row.share_text.setToolTip(arg(
            self.tr("%1 applicable checklist items, %2 in progress, %3 not applicable"),
            f.applicable, f.in_progress, f.total - f.applicable))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setTitle(self.tr("Readiness"))
        self._head_share.setText(self.tr("Applicable checklist items ready"))
        self._head_mandatory.setText(self.tr("Mandatory documented information ready"))
        self._empty.setText(self.tr("No project is open."))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for row in self._rows.values():
            self._show(row)
