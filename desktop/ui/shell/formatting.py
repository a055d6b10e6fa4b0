"""Small display helpers shared by models and panels (sizes, dates, percentages).

Numbers and dates are shown in ISO form (2026-11-22) in both languages, the
way Chinese quality records write them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop.domain.model import ItemKind, ItemStatus
from desktop.domain.shares import format_share


def human_size(size: int) -> str:
    """Bytes as "512 B", "12.3 KB", "4.5 MB", "1.2 GB" (powers of 1024)."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"  # pragma: no cover - loop always returns


def local_datetime(moment: dt.datetime) -> str:
    """A UTC (or aware) timestamp in local time, minutes precision: "2026-11-22 14:05"."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def iso_date(day: dt.date | None) -> str:
    """"2026-11-22", or "" for no date."""
    return day.isoformat() if day else ""


def percent(share: float) -> str:
    """A 0.0-1.0 share as every output prints it: "45%", "<1%", ">99%" (format_share)."""
    return format_share(share)


def status_text(status: ItemStatus, lang: str) -> str:
    """Symbol and word, e.g. "● Ready" / "● 就绪" (reads without colour)."""
    return f"{status.symbol} {status.label.get(lang)}"


def kind_text(kind: ItemKind) -> str:
    """What kind of checklist entry this is, in the UI language."""
    if kind is ItemKind.MAINTAIN:
        return QCoreApplication.translate(
            "Formatting", "Documented information to maintain (a controlled document)")
    if kind is ItemKind.RETAIN:
        return QCoreApplication.translate(
            "Formatting", "Documented information to retain (a record)")
    if kind is ItemKind.EVIDENCE:
        return QCoreApplication.translate(
            "Formatting", "Evidence auditors expect (no documented information required)")
    return QCoreApplication.translate("Formatting", "Clause")


def kind_tag(kind: ItemKind) -> str:
    """A short tag shown before a checklist item's title in the tree, e.g. "[Record]"."""
    if kind is ItemKind.MAINTAIN:
        return QCoreApplication.translate("Formatting", "[Document]")
    if kind is ItemKind.RETAIN:
        return QCoreApplication.translate("Formatting", "[Record]")
    if kind is ItemKind.EVIDENCE:
        return QCoreApplication.translate("Formatting", "[Evidence]")
    return ""
