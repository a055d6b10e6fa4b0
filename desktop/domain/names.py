"""File and evidence names without invisible characters that change how they read.

A name can carry characters that are never drawn but change what is drawn:
bidirectional controls such as U+202E RIGHT-TO-LEFT OVERRIDE make
``"\\u202etxt.exe"`` display as ``"exe.txt"``, a known way to disguise a
program as a document (Unicode Technical Report #36, "Unicode Security
Considerations", section 2.1 on bidirectional text spoofing; CVE-2021-42574
"Trojan Source" for the same trick in source code). Other format characters
(zero-width spaces and joiners, the byte order mark) and control characters
make two different names look alike.

:func:`clean_name` drops them wherever a name is written into a file the
user hands on (the evidence pack, report file names); :func:`shown_name`
keeps them visible as ``\\u202e`` where the program shows a stored name as it
is (the evidence list and details).
"""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset(
    "\u200e\u200f"  # LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings, POP DIRECTIONAL FORMATTING, overrides
    "\u2066\u2067\u2068\u2069"  # isolates, POP DIRECTIONAL ISOLATE
)
"""The bidirectional control characters (all of Unicode category Cf)."""


def is_hidden_char(char: str) -> bool:
    """True for a character that changes how text reads without being drawn itself.

    That is Unicode category Cf (format: bidirectional controls, zero-width
    space and joiners, soft hyphen, byte order mark...) or Cc (control
    characters such as tab, newline, NUL, DEL).

    Args:
        char: a single character.
    """
    return char in BIDI_CONTROLS or unicodedata.category(char) in ("Cf", "Cc")


def has_hidden_chars(name: str) -> bool:
    """True when ``name`` contains any character :func:`is_hidden_char` accepts."""
    return any(is_hidden_char(char) for char in name)


def clean_name(name: str) -> str:
    """``name`` without bidirectional controls, other format characters and control characters.

    E.g. ``"\\u202etxt.exe"`` → ``"txt.exe"``, ``"a\\u200bb.pdf"`` → ``"ab.pdf"``.
    The result may be empty when ``name`` had nothing else; callers that need
    a file name supply their own fallback.
    """
    if not has_hidden_chars(name):
        return name
    return "".join(char for char in name if not is_hidden_char(char))


def shown_name(name: str) -> str:
    """``name`` with each hidden character written as an escape, for display as it is stored.

    E.g. ``"\\u202etxt.exe"`` → ``"\\\\u202etxt.exe"`` (a backslash, ``u202e``,
    then ``txt.exe``); characters beyond U+FFFF appear as ``\\U000e0001``.
    Names without hidden characters are returned unchanged.
    """
    if not has_hidden_chars(name):
        return name
    return "".join(_escape(char) if is_hidden_char(char) else char for char in name)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
