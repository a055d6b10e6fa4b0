"""Line breaking and heading weight for the PDF report's paragraphs.

reportlab's Chinese wrapping (``wordWrap="CJK"``) may break between any two
characters. It keeps only one closing mark from starting a line (the one that
overflows, hung in the margin), never checks what a line ends with, and so
splits names ("总经理 周文 / 华") and leaves an opening bracket at the end of a
line. :class:`TypesetParagraph` replaces that step with rules of Chinese
typesetting (GB/T 15834 and the W3C "Requirements for Chinese Text Layout"):

- no line starts with a closing bracket, quote or punctuation mark
  (:data:`CANNOT_START`) and none ends with an opening one (:data:`CANNOT_END`);
  the character before or after moves to the next line with it;
- a Latin word or number is never broken, only the spaces between them;
- a run of at most :data:`SHORT_RUN` characters with Chinese in it standing
  between spaces (or alone in its cell), such as the name in "总经理 周文华",
  stays on one line;
- text wrapped by :func:`keep_together` stays on one line whole.

Only when a line holds no allowed break at all (a path wider than its column)
is it broken where it overflows.

Headings are drawn heavier by text render mode 2 (fill and stroke, PDF 1.7
section 9.3.6) with a thin outline in the text colour, since no free bold
face of the report font ships with reportlab-embeddable outlines.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from unicodedata import category

from reportlab.platypus.paragraph import Paragraph, ParaLines, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

CANNOT_START = (
    "）》」』”’〉】〕〗〙〛］｝﹚﹜﹞)]}"  # closing brackets and quotes
    "、。，．：；！？‼⁇⁈⁉,.:;!?"  # stops, commas, colons and marks
    "…‥—–～〜·・％‰℃°′″"  # ellipsis, dashes, units
    "々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶー"  # small kana, iteration marks
)
"""Characters that must not begin a line."""

CANNOT_END = "（《「『“‘〈【〔〖〘〚［｛﹙﹛﹝([{£¥$￥＄￡#＃§"
"""Characters that must not end a line: opening brackets and quotes, currency signs."""

NO_BREAK = "\u2060"
"""WORD JOINER: put between two characters, forbids a break there. It is never
drawn (the font has no glyph for it): :class:`TypesetParagraph` drops it."""

SHORT_RUN = 4
"""A run of at most this many characters, with Chinese in it, between spaces is
never broken: Chinese personal names have two to four characters."""

_NBSP = "\u00a0\u202f\u2007"
_HEAVY_STROKE = 0.028
"""Outline width of a heavy heading, as a share of its font size (0.34 pt at 12 pt)."""


def keep_together(value: str) -> str:
    """Return ``value`` marked so that the report never breaks it across lines.

    Spaces become no-break spaces and a :data:`NO_BREAK` joins every two
    characters, e.g. for a person's name "Zhou Wenhua" or "总经理 周文华".
    Only for text given to :class:`TypesetParagraph` (the report's paragraphs).
    """
    return NO_BREAK.join(value.strip().replace(" ", "\u00a0"))


def _is_space(ch: str) -> bool:
    """A space at which a line may break (a no-break space is not one)."""
    return len(ch) == 1 and ch not in _NBSP and (ch in "\t\n\r" or category(ch) == "Zs")


def _is_cjk(ch: str) -> bool:
    """Chinese, Japanese and Korean characters and the full-width forms."""
    return ord(ch) >= 0x2E80 and not _is_space(ch)


def break_positions(chars: Sequence[str], glued: Sequence[bool]) -> list[bool]:
    """Return, for each index i, whether a line may break right before ``chars[i]``.

    Args:
        chars: the paragraph's characters in order; "" stands for a zero-width
            object (an anchor) or a forced line break and is looked through.
        glued: ``glued[i]`` is True when a :data:`NO_BREAK` followed ``chars[i]``.

    Index 0 and indexes next to a forced break are False; the caller handles
    line starts. The rules are the module's.
    """
    n = len(chars)
    allowed = [False] * n
    short = _short_runs(chars)
    previous = -1  # index of the last real character before i
    for i in range(n):
        ch = chars[i]
        if not ch:
            continue
        if previous >= 0:
            allowed[i] = not short[i] and not any(glued[previous:i]) and _may_break(
                chars[previous], ch
            )
        previous = i
    return allowed


def _may_break(before: str, after: str) -> bool:
    """Whether a line may end with ``before`` and the next start with ``after``."""
    if _is_space(after) or before in _NBSP or after in _NBSP:
        return False
    if after in CANNOT_START or before in CANNOT_END:
        return False
    if _is_space(before):
        return True
    return _is_cjk(before) or _is_cjk(after)  # never inside a Latin word or number


def _short_runs(chars: Sequence[str]) -> list[bool]:
    """``True`` at each index inside (not at the start of) a short run with Chinese in it."""
    inside = [False] * len(chars)
    start = 0
    for end in range(len(chars) + 1):
        if end < len(chars) and chars[end] and not _is_space(chars[end]):
            continue
        run = [i for i in range(start, end) if chars[i]]
        if 1 < len(run) <= SHORT_RUN and any(_is_cjk(chars[i]) for i in run):
            for i in run[1:]:
                inside[i] = True
        start = end + 1
    return inside


def split_frags(frags: Sequence[Any], max_widths: Sequence[float], calc_bounds: bool) -> Any:
    """Break a paragraph's fragments into lines by the module's rules.

    Args:
        frags: reportlab paragraph fragments (``Paragraph.frags``).
        max_widths: line widths in points: the first line's, then the rest's.
        calc_bounds: whether line heights follow inline images (reportlab's autoLeading).

    Returns:
        reportlab ``ParaLines`` of kind 1 (lines of fragments), as ``cjkFragSplit`` does.
    """
    glyphs: list[Any] = []
    glued: list[bool] = []
    for frag in frags:
        text = frag.text
        if isinstance(text, bytes):
            text = text.decode("utf8")
        if not text:
            glyphs.append(cjkU("", frag, "utf8"))
            glued.append(False)
            continue
        for ch in text:
            if ch == NO_BREAK:
                if glued:
                    glued[-1] = True
                continue
            glyphs.append(cjkU(ch, frag, "utf8"))
            glued.append(False)
    allowed = break_positions([str(g) for g in glyphs], glued)
    lines: list[Any] = []
    start, n = 0, len(glyphs)
    while start < n:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        end, forced = _line_end(glyphs, allowed, start, max_width)
        last = end
        while last > start and _is_space(str(glyphs[last - 1])):
            last -= 1  # spaces at the break are not drawn
        used = sum(_width(g, max_width) for g in glyphs[start:last])
        lines.append(
            makeCJKParaLine(glyphs[start:last], max_width, used, max_width - used, forced,
                            calc_bounds)
        )
        start = end
    return ParaLines(kind=1, lines=lines)


def _line_end(
    glyphs: Sequence[Any], allowed: Sequence[bool], start: int, max_width: float
) -> tuple[int, bool]:
    """Return (index after the last glyph of the line starting at ``start``, forced break)."""
    used = 0.0
    for k in range(start, len(glyphs)):
        glyph = glyphs[k]
        if hasattr(glyph.frag, "lineBreak"):
            return k + 1, True
        used += _width(glyph, max_width)
        if used > max_width + _FUZZ and k > start:
            for b in range(k, start, -1):
                if allowed[b]:
                    return b, False
            return k, False  # nothing allowed: break where it overflows
    return len(glyphs), False


def _width(glyph: Any, max_width: float) -> float:
    width = glyph.width
    if hasattr(width, "normalizedValue"):  # a percentage width (inline images)
        width._normalizer = max_width
        width = width.normalizedValue(max_width)
    return float(width)


class TypesetParagraph(Paragraph):  # type: ignore[misc]
    """A reportlab paragraph that breaks lines by the module's rules.

    Used with a ``wordWrap="CJK"`` style (text with Chinese or with
    :func:`keep_together` runs); with any other style it wraps as reportlab
    does. Construct it as a reportlab ``Paragraph``.
    """

    heavy = False
    """Draw the text with a thin outline in the text colour (a heavier weight)."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        """Return the paragraph's lines (reportlab's hook for ``wordWrap="CJK"``)."""
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara  # already broken: a part of a paragraph split across pages
        style = self.style
        if not self.frags or style.endDots:
            return super().breakLinesCJK(maxWidths)
        auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        return split_frags(self.frags, maxWidths, auto not in ("", "off"))

    def draw(self) -> None:
        """Draw the paragraph; a heavy one with text render mode 2 (fill, then stroke)."""
        if not self.heavy:
            super().draw()
            return
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.style.textColor)
        canvas.setLineWidth(self.style.fontSize * _HEAVY_STROKE)
        canvas.setLineJoin(1)  # round joins: no spikes at sharp corners
        canvas.addLiteral("2 Tr")  # text state; kept across text objects until restored
        super().draw()
        canvas.restoreState()


class HeavyParagraph(TypesetParagraph):
    """A :class:`TypesetParagraph` drawn heavier, for titles and headings."""

    heavy = True
