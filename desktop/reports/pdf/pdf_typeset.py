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

from reportlab.platypus.paragraph import (
    FragLine,
    Paragraph,
    ParaLines,
    getAscentDescent,
    imgNormV,
    imgVRange,
    sameFrag,
    stringWidth,
)
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
        reportlab ``ParaLines`` of kind 1 (lines of fragments), the same lines
        ``makeCJKParaLine`` makes of the line's glyphs.

    A paragraph that fits on its first line (most table cells) is measured
    and returned as one line without looking for breaks; the break rules run
    only for paragraphs of several lines.
    """
    chars: list[str] = []  # "" for a zero-width object or a forced break
    owner: list[int] = []  # index in frags of each character
    widths: list[Any] = []  # points, or a reportlab percentage (inline images)
    glued: list[bool] = []
    forced = False
    for n, frag in enumerate(frags):
        text = frag.text
        if isinstance(text, bytes):
            text = text.decode("utf8")
        if not text:
            chars.append("")
            owner.append(n)
            widths.append(getattr(frag.cbDefn, "width", 0) if hasattr(frag, "cbDefn") else
                          stringWidth("", frag.fontName, frag.fontSize))
            glued.append(False)
            forced = forced or hasattr(frag, "lineBreak")
            continue
        table = char_widths(frag.fontName, frag.fontSize)
        special = hasattr(frag, "cbDefn")
        for ch in text:
            if ch == NO_BREAK:
                if glued:
                    glued[-1] = True
                continue
            if special:
                width = getattr(frag.cbDefn, "width", 0)
            else:
                width = table.get(ch)
                if width is None:
                    width = table[ch] = stringWidth(ch, frag.fontName, frag.fontSize)
            chars.append(ch)
            owner.append(n)
            widths.append(width)
            glued.append(False)
    n = len(chars)
    lines: list[Any] = []
    if not forced and all(isinstance(w, float | int) for w in widths):
        total = sum(widths)
        if total <= max_widths[0] + _FUZZ:  # one line: no break needed
            last = n
            while last > 0 and _is_space(chars[last - 1]):
                last -= 1
            used = sum(widths[:last])
            lines.append(_make_line(frags, chars, owner, 0, last, max_widths[0], used, False,
                                    calc_bounds))
            return ParaLines(kind=1, lines=lines)
    allowed = break_positions(chars, glued)
    start = 0
    while start < n:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        end, is_forced = _line_end(frags, owner, widths, allowed, start, max_width)
        last = end
        while last > start and _is_space(chars[last - 1]):
            last -= 1  # spaces at the break are not drawn
        used = sum(_width(w, max_width) for w in widths[start:last])
        lines.append(_make_line(frags, chars, owner, start, last, max_width, used, is_forced,
                                calc_bounds))
        start = end
    return ParaLines(kind=1, lines=lines)


_CHAR_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}
"""Advance widths in points by character, per (font name, font size in points).

Filled as characters are first measured and kept for the process: a width
depends only on the registered font's metrics, which never change once the
font is registered (the report font is registered once under its name). It
holds one entry per distinct character and size used, a few thousand floats.
"""


def char_widths(font: str, size: float) -> dict[str, float]:
    """The cache of character widths (points) of ``font`` at ``size`` points (see above)."""
    key = (font, size)
    table = _CHAR_WIDTHS.get(key)
    if table is None:
        table = _CHAR_WIDTHS[key] = {}
    return table


def _make_line(frags: Sequence[Any], chars: Sequence[str], owner: Sequence[int], start: int,
               end: int, max_width: float, used: float, forced: bool, calc_bounds: bool) -> Any:
    """One line of kind 1 holding characters ``start:end``, as ``makeCJKParaLine`` builds it.

    Consecutive characters of one fragment form one word; neighbouring
    fragments that reportlab's ``sameFrag`` finds alike are joined.
    """
    words: list[Any] = []
    max_size = max_ascent = min_descent = 0.0
    k = start
    previous: Any = None
    while k < end:
        n = owner[k]
        stop = k + 1
        while stop < end and owner[stop] == n:
            stop += 1
        frag = frags[n]
        size = frag.fontSize
        cb: Any = getattr(frag, "cbDefn", None) if calc_bounds else None
        if getattr(cb, "width", 0):
            descent, ascent = imgVRange(imgNormV(cb.height, size), cb.valign, size)
        else:
            ascent, descent = getAscentDescent(frag.fontName, size)
        max_size = max(max_size, size)
        max_ascent = max(max_ascent, ascent)
        min_descent = min(min_descent, descent)
        text = "".join(chars[k:stop])
        if hasattr(frag, "cbDefn") or hasattr(frag, "lineBreak"):
            # An object (anchor, image) or a forced break: a word per character,
            # as reportlab has it.
            for m in range(k, stop):
                word = frag.clone()
                word.text = chars[m]
                words.append(word)
        elif previous is not None and sameFrag(previous, frag):
            words[-1].text += text
        else:
            word = frag.clone()
            word.text = text
            words.append(word)
        previous = frag
        k = stop
    return FragLine(kind=1, extraSpace=max_width - used, wordCount=1, words=words,
                    fontSize=max_size, ascent=max_ascent, descent=min_descent,
                    maxWidth=max_width, currentWidth=used, lineBreak=forced)


def _line_end(
    frags: Sequence[Any], owner: Sequence[int], widths: Sequence[Any], allowed: Sequence[bool],
    start: int, max_width: float,
) -> tuple[int, bool]:
    """Return (index after the last character of the line starting at ``start``, forced break)."""
    used = 0.0
    for k in range(start, len(widths)):
        if hasattr(frags[owner[k]], "lineBreak"):
            return k + 1, True
        used += _width(widths[k], max_width)
        if used > max_width + _FUZZ and k > start:
            for b in range(k, start, -1):
                if allowed[b]:
                    return b, False
            return k, False  # nothing allowed: break where it overflows
    return len(widths), False


def _width(width: Any, max_width: float) -> float:
    if hasattr(width, "normalizedValue"):  # a percentage width (inline images)
        width._normalizer = max_width
        width = width.normalizedValue(max_width)
    return float(width)


class KeptLinesParagraph(Paragraph):  # type: ignore[misc]
    """A reportlab paragraph that breaks its lines once per width.

    reportlab wraps a paragraph again each time its table is measured, split
    at a page end or drawn, almost always at the same column width. This
    paragraph keeps the lines of its last wrap, keyed by the line widths
    (points: the first line's, then the others') they were broken for, and
    returns them while the widths are the same. The text and style of a
    paragraph never change after it is made, so nothing else invalidates
    them; the parts of a paragraph split across pages are new paragraphs with
    lines of their own. Construct it as a reportlab ``Paragraph``.
    """

    _lines_for: tuple[float, ...] | None = None
    _lines: Any = None

    def _kept(self, widths: Any, make: Any) -> Any:
        key = tuple(widths) if isinstance(widths, list | tuple) else (widths,)
        if key == self._lines_for and not getattr(self, "_splitpara", False):
            return self._lines
        lines = make(widths)
        self._lines_for, self._lines = key, lines
        return lines

    def breakLines(self, width: Any) -> Any:
        """Return the lines of reportlab's Latin line breaking, kept as above."""
        return self._kept(width, super().breakLines)

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        """Return the lines of the ``wordWrap="CJK"`` line breaking, kept as above."""
        return self._kept(maxWidths, self._break_cjk)

    def _break_cjk(self, widths: Any) -> Any:
        return super().breakLinesCJK(widths)


class TypesetParagraph(KeptLinesParagraph):
    """A reportlab paragraph that breaks lines by the module's rules, once per width.

    Used with a ``wordWrap="CJK"`` style (text with Chinese or with
    :func:`keep_together` runs); with any other style it wraps as reportlab
    does. Construct it as a reportlab ``Paragraph``.
    """

    heavy = False
    """Draw the text with a thin outline in the text colour (a heavier weight)."""

    def _break_cjk(self, widths: Any) -> Any:
        """Return the paragraph's lines by the module's rules."""
        if not isinstance(widths, list | tuple):
            widths = [widths]
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara  # already broken: a part of a paragraph split across pages
        style = self.style
        if not self.frags or style.endDots:
            return super()._break_cjk(widths)
        auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        return split_frags(self.frags, widths, auto not in ("", "off"))

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
