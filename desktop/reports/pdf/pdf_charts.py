"""The readiness trend chart of the PDF report, drawn with reportlab graphics.

Grayscale only: each line has its own dash pattern and weight, a legend names
them, and every line ends in its last value, so a black-and-white print reads
without colour. The report draws no chart that repeats a table beside it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.reports.labels import format_percent
from desktop.reports.pdf.pdf_kit import Kit
from desktop.reports.pdf.pdf_parts import INK, RULE

_TRACK = colors.HexColor("#EEEEEE")

_LINE_STYLES = ((None, 1.6, "#1A1A1A"), ((4, 2), 1.2, "#4A4A4A"), ((1, 2), 1.2, "#4A4A4A"),
                ((6, 2, 1, 2), 1.2, "#7A7A7A"))
"""(dash pattern, width, grey) of each line of the trend chart, in series order."""


def trend_chart(
    series: Sequence[tuple[str, Sequence[tuple[dt.date, float]]]],
    width: float,
    font: str,
    *,
    height: float = 120.0,
) -> Drawing:
    """Return a line chart of readiness over time, ``width`` x ``height`` points.

    Args:
        series: (name, [(day, share 0.0-1.0), ...] oldest first) per line; the
            first line is drawn solid and heaviest, the others dashed, so the
            lines stay apart in a grayscale print. At most four lines.
        width, height: size of the drawing in points.
        font: the registered report font.

    Returns:
        A drawing with a scale from 0 % to a little above the highest value
        (at most 100 %), the first and last day under the time
        axis, a legend on top and each line's last value at its end.
    """
    size, legend_h, axis_w, end_w, foot_h = 7.0, 14.0, 26.0, 30.0, 12.0
    drawing = Drawing(width, height)
    drawing.initialFontName = font
    drawing.initialFontSize = size
    drawing.hAlign = "CENTER"
    days = [day for _, points in series for day, _ in points]
    if not days:
        return drawing
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    left, right = axis_w, width - end_w
    bottom, top = foot_h, height - legend_h - 4

    def x_of(day: dt.date) -> float:
        return left + (right - left) * (day - first).days / span

    # The scale ends a little above the highest value, so close lines stay apart.
    highest = max((share for _, points in series for _, share in points), default=0.0)
    upper = min(1.0, math.ceil((min(max(highest, 0.0), 1.0) + 0.05) * 10) / 10)
    step = 0.1 if upper <= 0.6 else 0.2

    def y_of(share: float) -> float:
        return bottom + (top - bottom) * min(max(share, 0.0), upper) / upper

    def text(x: float, y: float, value: str, anchor: str = "start") -> None:
        drawing.add(String(x, y, value, fontName=font, fontSize=size, fillColor=INK,
                           textAnchor=anchor))

    for n in range(round(upper / step) + 1):
        tick = n * step
        y = y_of(tick)
        drawing.add(Line(left, y, right, y, strokeColor=_TRACK if tick else RULE,
                         strokeWidth=0.5))
        text(left - 3, y - size / 3, format_percent(tick), anchor="end")
    text(left, 1, first.isoformat())
    if last != first:
        text(right, 1, last.isoformat(), anchor="end")
    x = left
    ends: list[tuple[float, str]] = []
    for (name, points), (dash, stroke, grey) in zip(series, _LINE_STYLES, strict=False):
        colour = colors.HexColor(grey)
        drawing.add(Line(x, height - 5, x + 16, height - 5, strokeColor=colour,
                         strokeWidth=stroke, strokeDashArray=dash))
        text(x + 19, height - 7.5, name)
        x += 19 + stringWidth(name, font, size) + 12
        coords = [(x_of(day), y_of(share)) for day, share in points]
        if len(coords) > 1:
            drawing.add(PolyLine([c for xy in coords for c in xy], strokeColor=colour,
                                 strokeWidth=stroke, strokeDashArray=dash))
        for cx, cy in coords:
            drawing.add(Circle(cx, cy, 1.4, fillColor=colour, strokeColor=None))
        if coords:
            ends.append((coords[-1][1], format_percent(points[-1][1])))
    placed = -size
    for y, value in sorted(ends):  # each line's last value, kept from overlapping
        placed = max(y - size / 3, placed + size + 1)
        text(right + 3, placed, value)
    return drawing


def readiness_trend(kit: Kit, *, height: float = 120.0) -> list[Any]:
    """Return the readiness trend (heading, note, chart), or nothing with under two snapshots.

    One line per standard of the report and one for the integrated system
    (when there are several standards), each the weighted readiness
    (:mod:`desktop.domain.layers`) on every recorded day.
    """
    assessment = kit.data.assessment
    snapshots = assessment.snapshots if assessment is not None else ()
    if len(snapshots) < 2:
        return []
    keys = [(s.standard_id, s.label) for s in kit.data.standards]
    if len(keys) > 1:
        keys.append(("integrated", kit.label("integrated_system")))
    series = []
    for key, name in keys[-len(_LINE_STYLES):]:
        points = [(snap.day, dict(snap.figures)[key].overall) for snap in snapshots
                  if key in dict(snap.figures)]
        series.append((name, points))
    # The integrated system first: the solid, heaviest line.
    series = series[-1:] + series[:-1] if len(series) > 1 else series
    return [kit.section(kit.label("trend_heading")),
            kit.p(kit.label("trend_note"), kit.styles.subheading),
            trend_chart(series, kit.width, kit.styles.font, height=height)]
