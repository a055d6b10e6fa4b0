"""The one font of every PDF report: the shipped WenQuanYi Micro Hei, embedded as a subset.

The same face prints English and Chinese, so a report needs no font installed
on the reader's machine and contains no unembedded standard-14 font
(Helvetica and friends). Bold, italic and bold italic map to the same face:
emphasis in reports comes from size and colour.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop.errors import ExportError
from desktop.paths import resource

FONT_NAME = "AuditReadySans"
"""Name under which the report font is registered with reportlab."""

FONT_FILE = ("fonts", "wqy-microhei.ttc")
"""The font's place under ``resources/`` (face 0 of the collection is proportional)."""

MONO_FONT_NAME = "AuditReadyMono"
"""Name of the monospaced face (face 1 of the same collection), for hashes and paths."""

_lock = threading.Lock()


def register_report_font() -> str:
    """Register the report font with reportlab once and return its name, :data:`FONT_NAME`.

    Safe to call from several threads and any number of times. The name is
    also registered as a font family whose bold and italic variants are the
    same face, so ``<b>`` in paragraph markup keeps the font.

    Raises:
        ExportError: the font file is missing or unreadable (a damaged installation).
    """
    with _lock:
        if FONT_NAME in pdfmetrics.getRegisteredFontNames():
            return FONT_NAME
        pdfmetrics.registerFont(_face(FONT_NAME, 0))
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FONT_NAME, bold, italic, FONT_NAME)
        return FONT_NAME


def register_mono_font() -> str:
    """Register the monospaced face of the report font once and return its name.

    It is WenQuanYi Micro Hei Mono, face 1 of :data:`FONT_FILE`, embedded as
    a subset like the main face; used for SHA-256 digests, whose digits must
    line up to be compared by eye.

    Raises:
        ExportError: the font file is missing or unreadable (a damaged installation).
    """
    register_report_font()
    with _lock:
        if MONO_FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(_face(MONO_FONT_NAME, 1))
        return MONO_FONT_NAME


def _face(name: str, index: int) -> TTFont:
    """Load face ``index`` of :data:`FONT_FILE` as the TrueType font ``name``.

    Raises:
        ExportError: the font file is missing or unreadable (a damaged installation).
    """
    path = resource(*FONT_FILE)
    try:
        return TTFont(name, str(path), subfontIndex=index)
    except (OSError, TTFError) as exc:
        raise ExportError(
            f"The report font {path} is missing or damaged ({exc}). "
            "Reinstall AuditReady to restore it.",
            f"报告字体文件 {path} 缺失或已损坏（{exc}）。请重新安装 AuditReady。",
        ) from exc
