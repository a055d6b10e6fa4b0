"""The three-layer readiness chart of the PDF report, drawn with reportlab graphics.

Grayscale only: each layer has its own shade, a legend names them in a fixed
order, and every bar carries its percentage, so a black-and-white print reads
without colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.domain.model import Lang
from desktop.domain.records import LayerShares
from desktop.reports.labels import format_percent, label
from desktop.reports.pdf.pdf_parts import INK, RULE, fit

LAYER_KEYS = ("layer_documented", "layer_implemented", "layer_sustained", "layer_overall")
"""Labels of the four bars of a group, top to bottom."""

_FILLS = (
    colors.HexColor("#2B2B2B"),
    colors.HexColor("#6B6B6B"),
    colors.HexColor("#A6A6A6"),
    colors.HexColor("#FFFFFF"),
)
_TRACK = colors.HexColor("#EEEEEE")


def _values(shares: LayerShares) -> tuple[float, float, float, float]:
    return (shares.documented, shares.implemented, shares.sustained, shares.overall)


def layer_chart(
    groups: Sequence[tuple[str, LayerShares]],
    width: float,
    font: str,
    lang: Lang,
    *,
    bar: float = 7.0,
) -> Drawing:
    """Return a horizontal bar chart of the layers of each group, ``width`` points wide.

    Args:
        groups: (name, shares) per bar group, e.g. ``("ISO 9001:2015", shares)``;
            shares are 0.0-1.0 (see :mod:`desktop.domain.layers`).
        width: drawing width in points.
        font: the registered report font.
        lang: language of the legend.
        bar: height of one bar in points; the whole drawing scales with it.

    Returns:
        A drawing with a legend on top and, per group, four bars (documented,
        implemented, sustained, weighted readiness), each ending in its
        percentage as every output prints it (:func:`format_percent`). The
        weighted readiness bar is outlined white so it differs from the grey
        ones in print.
    """
    gap, group_gap, legend_h, size = bar * 0.25, bar * 1.4, 16.0, 7.5
    label_w, value_w = width * 0.26, 30.0
    track_w = width - label_w - value_w
    group_h = 4 * bar + 3 * gap + group_gap
    height = legend_h + group_h * len(groups) - group_gap
    drawing = Drawing(width, height)
    drawing.initialFontName = font
    drawing.initialFontSize = size
    drawing.hAlign = "CENTER"  # spans the margins exactly, as the tables do

    def caption(x: float, y: float, value: str, anchor: str = "start") -> None:
        drawing.add(
            String(x, y, value, fontName=font, fontSize=size, fillColor=INK, textAnchor=anchor)
        )

    x = label_w
    for key, fill in zip(LAYER_KEYS, _FILLS, strict=True):
        name = label(key, lang)
        drawing.add(Rect(x, height - 8, 8, 8, fillColor=fill, strokeColor=INK, strokeWidth=0.5))
        caption(x + 11, height - 7, name)
        x += 11 + stringWidth(name, font, size) + 12
    top = height - legend_h
    for name, shares in groups:
        caption(0, top - 2 * bar - 1.5 * gap - 3, fit(name, font, size, label_w - 6))
        for n, (share, fill) in enumerate(zip(_values(shares), _FILLS, strict=True)):
            y = top - bar - n * (bar + gap)
            drawing.add(Rect(label_w, y, track_w, bar, fillColor=_TRACK, strokeColor=None))
            if share > 0:
                drawing.add(
                    Rect(
                        label_w,
                        y,
                        track_w * min(share, 1.0),
                        bar,
                        fillColor=fill,
                        strokeColor=INK,
                        strokeWidth=0.5,
                    )
                )
            caption(width, y + (bar - size) / 2 + 1, format_percent(share), anchor="end")
        top -= group_h
    drawing.add(Line(label_w, 0, label_w, height - legend_h, strokeColor=RULE, strokeWidth=0.5))
    return drawing
