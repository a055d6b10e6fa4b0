"""What every command shares: exit codes, the message language, argument types."""

from __future__ import annotations

import argparse
import datetime as dt

from desktop.domain.model import Lang
from desktop.language import choose_lang

EXIT_OK, EXIT_INTERNAL, EXIT_USER, EXIT_USAGE = 0, 1, 2, 3
"""0 success, 1 unexpected internal error, 2 a problem with the input, 3 bad command line."""


def message_lang() -> Lang:
    """Language for messages, ``"zh"`` or ``"en"``: see :func:`desktop.language.choose_lang`.

    ``AUDITREADY_LANG``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, then the system's
    UI language (Windows) or locale.
    """
    return choose_lang()


def iso_date(text: str) -> dt.date:
    """Parse ``YYYY-MM-DD`` for argparse.

    Raises:
        argparse.ArgumentTypeError: anything else.
    """
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
