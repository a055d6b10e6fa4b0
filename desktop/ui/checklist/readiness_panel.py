"""Readiness summary: per standard, the ready share of applicable items and of
mandatory documented information, as percentages, bars and counts; next to
them the three readiness layers (documented / implemented / sustained) per
standard and for the integrated system, and how many evidence links expired.

The classic figures come from :meth:`ProjectSession.readiness` (see
``desktop.domain.readiness``), the layers from the assessment
(``desktop.domain.layers``); the panel is refreshed when a :class:`Changes`
says readiness may have changed and whenever the window recomputes the
assessment.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop.domain.model import Standard
from desktop.domain.readiness import StandardReadiness
from desktop.domain.records import LayerShares
from desktop.services.assessment import Assessment
from desktop.services.session import ProjectSession
from desktop.ui.shell.formatting import percent
from desktop.ui.shell.i18n import arg

LAYERS = ("documented", "implemented", "sustained")
INTEGRATED = "integrated"
EXPIRED_SYMBOL = "⊗"


@dataclass
class _Row:
    label: str
    name: QLabel
    share_bar: QProgressBar
    share_text: QLabel
    mandatory_bar: QProgressBar
    mandatory_text: QLabel
    figures: StandardReadiness | None = None
    layers: dict[str, QLabel] = field(default_factory=dict)
    shares: LayerShares | None = None


class ReadinessPanel(QGroupBox):
    """One row per standard: applicable items ready, mandatory documented information
    ready, and the documented / implemented / sustained layers; a last row gives
    the layers of the integrated system.

    Object names (for tests and accessibility tools): ``readiness_<standard id>_share``
    and ``readiness_<standard id>_mandatory`` for the two text labels,
    ``readiness_<standard id or "integrated">_<layer>`` for the layer figures and
    ``readinessExpired`` for the count of expired evidence.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessPanel")
        self._session: ProjectSession | None = None
        self._lang = "en"
        self._standards: tuple[Standard, ...] = ()
        self._rows: dict[str, _Row] = {}
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(4)
        self._head_share = QLabel()
        self._head_mandatory = QLabel()
        self._head_layers = {layer: QLabel() for layer in LAYERS}
        self._integrated: _Row | None = None
        self._empty = QLabel()
        self._empty.setObjectName("readinessEmpty")
        self.expired = QLabel(objectName="readinessExpired")
        self._expired_count = 0
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid)
        layout.addWidget(self.expired)
        layout.addWidget(self._empty)
        self.expired.hide()
        self.retranslate()

    def _heads(self) -> list[QLabel]:
        return [self._head_share, self._head_mandatory, *self._head_layers.values()]

    def set_content_language(self, lang: str) -> None:
        """Name the standards in ``lang`` ("zh" or "en") from now on (their tooltips)."""
        self._lang = lang
        for standard in self._standards:
            row = self._rows.get(standard.id)
            if row is not None:
                row.name.setToolTip(self._standard_tip(standard))

    def _standard_tip(self, standard: Standard) -> str:
        """National designation and title, e.g. "GB/T 19001-2016\n质量管理体系 要求"."""
        return "\n".join(t for t in (standard.national, standard.title.get(self._lang)) if t)

    def set_session(self, session: ProjectSession | None) -> None:
        """Build one row per standard of ``session`` and fill it."""
        self._session = session
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None and widget not in self._heads():
                widget.deleteLater()
        self._rows.clear()
        self._integrated = None
        self._empty.setVisible(session is None)
        self._standards = () if session is None else tuple(session.standards())
        self.expired.hide()
        for head in self._heads():
            head.setVisible(session is not None)
        if session is None:
            return
        self._grid.addWidget(self._head_share, 0, 1, 1, 2)
        self._grid.addWidget(self._head_mandatory, 0, 3, 1, 2)
        for column, layer in enumerate(LAYERS, start=5):
            self._grid.addWidget(self._head_layers[layer], 0, column)
        for number, standard in enumerate(self._standards, start=1):
            row = _Row(standard.label, QLabel(f"<b>{standard.label}</b>"), self._bar(), QLabel(),
                       self._bar(), QLabel())
            row.name.setToolTip(self._standard_tip(standard))
            row.share_text.setObjectName(f"readiness_{standard.id}_share")
            row.mandatory_text.setObjectName(f"readiness_{standard.id}_mandatory")
            row.share_bar.setObjectName(f"readinessBar_{standard.id}_share")
            row.mandatory_bar.setObjectName(f"readinessBar_{standard.id}_mandatory")
            for column, widget in enumerate((row.name, row.share_bar, row.share_text,
                                             row.mandatory_bar, row.mandatory_text)):
                self._grid.addWidget(widget, number, column)
            self._add_layer_labels(row, standard.id, number)
            self._rows[standard.id] = row
        integrated = _Row("", QLabel(), QProgressBar(), QLabel(), QProgressBar(), QLabel())
        integrated.name.setObjectName("readinessIntegratedName")
        self._grid.addWidget(integrated.name, len(self._rows) + 1, 0, 1, 5)
        self._add_layer_labels(integrated, INTEGRATED, len(self._rows) + 1)
        self._integrated = integrated
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(3, 1)
        self._texts_integrated()
        self.refresh()

    def _add_layer_labels(self, row: _Row, key: str, grid_row: int) -> None:
        for column, layer in enumerate(LAYERS, start=5):
            label = QLabel("–", objectName=f"readiness_{key}_{layer}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            row.layers[layer] = label
            self._grid.addWidget(label, grid_row, column)

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

    def show_assessment(self, assessment: Assessment | None) -> None:
        """Show the layers of ``assessment`` per standard and for the integrated system,
        and the number of expired evidence links (None: clear them)."""
        shares = {lay.standard_id: lay.shares for lay in assessment.layers} if assessment else {}
        for standard_id, row in self._rows.items():
            row.shares = shares.get(standard_id)
            self._show_layers(row)
        if self._integrated is not None:
            self._integrated.shares = assessment.integrated if assessment else None
            self._show_layers(self._integrated)
        self._expired_count = len(assessment.expired) if assessment else 0
        self._show_expired()

    def layer_shares(self, key: str) -> LayerShares | None:
        """The layer shares last shown for a standard id or ``"integrated"``."""
        row = self._integrated if key == INTEGRATED else self._rows.get(key)
        return row.shares if row is not None else None

    def _show_layers(self, row: _Row) -> None:
        tips = self._layer_tips()
        for layer, label in row.layers.items():
            value = getattr(row.shares, layer) if row.shares is not None else None
            label.setText(percent(value) if value is not None else "–")
            label.setToolTip(tips[layer])
            name = row.label or self.tr("Integrated system")
            label.setAccessibleName(f"{name}: {self._head_layers[layer].text()}")

    def _show_expired(self) -> None:
        count = self._expired_count
        self.expired.setVisible(count > 0)
        self.expired.setText(f"{EXPIRED_SYMBOL} " + self.tr(
            "%n evidence link(s) expired: they no longer count towards the layers. Open the "
            "item's evidence to renew or review them.", "", count))

    def _layer_tips(self) -> dict[str, str]:
        return {
            "documented": self.tr("Documented: weighted share of items that need a document "
                                  "and are ready with an approved, current document attached."),
            "implemented": self.tr("Implemented: weighted share of items that need records "
                                   "and are ready with a current record showing the activity "
                                   "took place."),
            "sustained": self.tr("Sustained: implemented items whose records reach back at "
                                 "least 3 months, in a system operating for at least 3 "
                                 "months."),
        }

    def _texts_integrated(self) -> None:
        if self._integrated is not None:
            self._integrated.name.setText("<b>" + self.tr("Integrated system (all standards)")
                                          + "</b>")
            self._integrated.name.setToolTip(self.tr(
                "The three layers over every checklist item of every standard; a shared "
                "requirement counts once for each standard it serves."))

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
        self._head_share.setText(self.tr("Items ready"))
        self._head_share.setToolTip(self.tr(
            "Items ready: applicable checklist items marked ready, as a share of all "
            "applicable items (items marked not applicable are left out)."))
        self._head_mandatory.setText(self.tr("Mandatory documented information ready"))
        self._empty.setText(self.tr("No project is open."))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tips = self._layer_tips()
        for layer, text in zip(LAYERS, (self.tr("Documented"), self.tr("Implemented"),
                                        self.tr("Sustained")), strict=True):
            self._head_layers[layer].setText(text)
            self._head_layers[layer].setToolTip(tips[layer])
            self._head_layers[layer].setAlignment(Qt.AlignmentFlag.AlignCenter)
        for row in self._rows.values():
            self._show(row)
            self._show_layers(row)
        if self._integrated is not None:
            self._texts_integrated()
            self._show_layers(self._integrated)
        self._show_expired()
