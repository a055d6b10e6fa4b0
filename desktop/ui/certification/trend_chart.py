"""Readiness over time, painted with QPainter (QtCharts is not in PySide6-Essentials).

One line per standard for its overall share of ready items, and three lines
for the integrated system's documented / implemented / sustained layers
(``desktop.domain.layers``). Every line has its own dash pattern and marker
as well as its colour, so the chart reads in grayscale print too. Dates run
along the x axis (ISO form), percentages 0-100 % up the y axis; the legend is
on the right. With fewer than two snapshots the chart says how it will fill.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.records import LayerShares, ReadinessSnapshot

INTEGRATED = "integrated"
LAYERS = ("documented", "implemented", "sustained")

# (colour, dash pattern, marker) in order of use; dash and marker differ for every line.
_STYLES: tuple[tuple[QColor, Qt.PenStyle, str], ...] = (
    (QColor(31, 119, 180), Qt.PenStyle.SolidLine, "circle"),
    (QColor(214, 39, 40), Qt.PenStyle.SolidLine, "square"),
    (QColor(44, 160, 44), Qt.PenStyle.SolidLine, "triangle"),
    (QColor(148, 103, 189), Qt.PenStyle.SolidLine, "diamond"),
    (QColor(80, 80, 80), Qt.PenStyle.DashLine, "circle_open"),
    (QColor(140, 86, 75), Qt.PenStyle.DotLine, "square_open"),
    (QColor(255, 127, 14), Qt.PenStyle.DashDotLine, "cross"),
)
_INTEGRATED_STYLES = _STYLES[4:]


@dataclass(frozen=True)
class Series:
    """One line of the chart.

    Attributes:
        key: standard id, or ``"integrated:<layer>"``.
        label: the legend text.
        points: (day, share 0.0-1.0), oldest first.
        color / dash / marker: how it is drawn.
    """

    key: str
    label: str
    points: tuple[tuple[dt.date, float], ...]
    color: QColor
    dash: Qt.PenStyle
    marker: str


def _share(shares: LayerShares, layer: str) -> float:
    return float(getattr(shares, layer))


class TrendChart(QWidget):
    """The readiness trend of the open project.

    Object name ``trendChart``; :meth:`series` gives what is drawn (for tests).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._snapshots: tuple[ReadinessSnapshot, ...] = ()
        self._labels: dict[str, str] = {}
        self._series: list[Series] = []
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._retranslate()

    def set_snapshots(self, snapshots: Sequence[ReadinessSnapshot],
                      labels: Mapping[str, str]) -> None:
        """Draw ``snapshots`` (any order); ``labels`` names each standard id, in the
        order the lines should take (ids not named are left out)."""
        self._snapshots = tuple(sorted(snapshots, key=lambda s: s.day))
        self._labels = dict(labels)
        self._build()
        self.update()

    def _build(self) -> None:
        series: list[Series] = []
        for number, (standard_id, label) in enumerate(self._labels.items()):
            points = tuple((s.day, dict(s.figures)[standard_id].overall)
                           for s in self._snapshots if standard_id in dict(s.figures))
            color, dash, marker = _STYLES[number % 4]
            series.append(Series(standard_id, label, points, color, dash, marker))
        names = (self.tr("Integrated: documented"), self.tr("Integrated: implemented"),
                 self.tr("Integrated: sustained"))
        for layer, name, (color, dash, marker) in zip(LAYERS, names, _INTEGRATED_STYLES,
                                                       strict=False):
            points = tuple((s.day, _share(dict(s.figures)[INTEGRATED], layer))
                           for s in self._snapshots if INTEGRATED in dict(s.figures))
            series.append(Series(f"{INTEGRATED}:{layer}", name, points, color, dash, marker))
        self._series = series

    def series(self) -> list[Series]:
        """The lines drawn, standards first, then the integrated layers."""
        return list(self._series)

    def has_trend(self) -> bool:
        """True when there are snapshots of at least two days (otherwise the empty text shows)."""
        return len({s.day for s in self._snapshots}) >= 2

    def empty_text(self) -> str:
        """What the chart says while it has nothing to draw."""
        return self._empty

    # -- painting -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        """Room for the plot and the legend."""
        return QSize(720, 360)

    def minimumSizeHint(self) -> QSize:
        """Small but readable."""
        return QSize(360, 220)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Axes, grid, lines with markers and the legend, or the empty text."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.Text)
        painter.setPen(text_color)
        if not self.has_trend():
            painter.drawText(QRectF(self.rect()).adjusted(24, 24, -24, -24),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self._empty)
            painter.end()
            return
        metrics = self.fontMetrics()
        line_h = metrics.height()
        legend_w = max(metrics.horizontalAdvance(s.label) for s in self._series) + 48
        left = metrics.horizontalAdvance("100%") + 14
        plot = QRectF(left, line_h + 8, self.width() - left - legend_w - 16,
                      self.height() - 2 * line_h - 24)
        if plot.width() < 60 or plot.height() < 40:
            painter.end()
            return
        self._draw_axes(painter, plot, text_color)
        first, last = self._snapshots[0].day, self._snapshots[-1].day
        span = max(1, (last - first).days)

        def point(day: dt.date, share: float) -> QPointF:
            x = plot.left() + plot.width() * (day - first).days / span
            return QPointF(x, plot.bottom() - plot.height() * max(0.0, min(1.0, share)))

        for series in self._series:
            pen = QPen(series.color, 2, series.dash)
            painter.setPen(pen)
            polygon = QPolygonF([point(d, v) for d, v in series.points])
            painter.drawPolyline(polygon)
            for corner in polygon:
                self._draw_marker(painter, corner, series)
        self._draw_legend(painter, QRectF(plot.right() + 16, plot.top(), legend_w,
                                          plot.height()), text_color)
        painter.end()

    def _draw_axes(self, painter: QPainter, plot: QRectF, text_color: QColor) -> None:
        metrics = self.fontMetrics()
        grid = QPen(self.palette().color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        for step in range(6):
            y = plot.bottom() - plot.height() * step / 5
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_color)
            label = f"{step * 20}%"
            painter.drawText(QPointF(plot.left() - metrics.horizontalAdvance(label) - 6,
                                     y + metrics.ascent() / 2 - 1), label)
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        first, last = self._snapshots[0].day, self._snapshots[-1].day
        span = max(1, (last - first).days)
        sample_w = metrics.horizontalAdvance("2026-11-22") + 16
        ticks = max(2, min(len({s.day for s in self._snapshots}), int(plot.width() // sample_w)))
        days = sorted({first + dt.timedelta(days=round(span * i / (ticks - 1)))
                       for i in range(ticks)})
        for day in days:
            x = plot.left() + plot.width() * (day - first).days / span
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            label = day.isoformat()
            width = metrics.horizontalAdvance(label)
            x_text = min(max(x - width / 2, plot.left() - 10), plot.right() - width + 10)
            painter.drawText(QPointF(x_text, plot.bottom() + 6 + metrics.ascent()), label)
        painter.drawText(QPointF(plot.left(), plot.top() - 6), self._axis_title)

    @staticmethod
    def _draw_marker(painter: QPainter, at: QPointF, series: Series, size: float = 4.0) -> None:
        painter.save()
        painter.setPen(QPen(series.color, 1.5))
        filled = not series.marker.endswith("_open") and series.marker != "cross"
        painter.setBrush(series.color if filled else Qt.BrushStyle.NoBrush)
        shape = series.marker.removesuffix("_open")
        box = QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size)
        if shape == "circle":
            painter.drawEllipse(box)
        elif shape == "square":
            painter.drawRect(box)
        elif shape == "triangle":
            painter.drawPolygon(QPolygonF([QPointF(at.x(), box.top()), box.bottomRight(),
                                           box.bottomLeft()]))
        elif shape == "diamond":
            painter.drawPolygon(QPolygonF([QPointF(at.x(), box.top()),
                                           QPointF(box.right(), at.y()),
                                           QPointF(at.x(), box.bottom()),
                                           QPointF(box.left(), at.y())]))
        else:  # cross
            path = QPainterPath()
            path.moveTo(box.topLeft())
            path.lineTo(box.bottomRight())
            path.moveTo(box.topRight())
            path.lineTo(box.bottomLeft())
            painter.drawPath(path)
        painter.restore()

    def _draw_legend(self, painter: QPainter, area: QRectF, text_color: QColor) -> None:
        metrics = self.fontMetrics()
        y = area.top() + metrics.height() / 2
        for series in self._series:
            painter.setPen(QPen(series.color, 2, series.dash))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.left() + 28, y))
            self._draw_marker(painter, QPointF(area.left() + 14, y), series)
            painter.setPen(text_color)
            painter.drawText(QPointF(area.left() + 36, y + metrics.ascent() / 2 - 1),
                             series.label)
            y += metrics.height() + 6

    # -- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._build()
            self.update()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._empty = self.tr("The trend appears once readiness has been recorded on two "
                              "different days. AuditReady records it each day the project "
                              "is opened or changed.")
        self._axis_title = self.tr("Share ready")
        self.setAccessibleName(self.tr("Readiness trend"))
