"""What every command shares: exit codes, the message language, argument types."""

from __future__ import annotations

import argparse
import datetime as dt
import locale
import os

from desktop.domain.model import Lang

EXIT_OK, EXIT_INTERNAL, EXIT_USER, EXIT_USAGE = 0, 1, 2, 3
"""0 success, 1 unexpected internal error, 2 a problem with the input, 3 bad command line."""


def message_lang() -> Lang:
    """Language for messages: ``AUDITREADY_LANG``, else the system locale (zh* → zh)."""
    value = os.environ.get("AUDITREADY_LANG") or os.environ.get("LANG") or ""
    if not value:
        value = locale.getlocale()[0] or ""
    return "zh" if value.lower().startswith("zh") else "en"


def iso_date(text: str) -> dt.date:
    """Parse ``YYYY-MM-DD`` for argparse.

    Raises:
        argparse.ArgumentTypeError: anything else.
    """
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
