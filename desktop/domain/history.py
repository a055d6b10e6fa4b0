"""Readiness history: when to keep a snapshot, and the trend read from snapshots.

Rules (also in docs/reference.md, "How readiness is computed"):

- A snapshot is kept when there is none yet, or when any figure differs from
  the previous snapshot once both are rounded to 0.1 percentage point (a share
  of 0.8123 and one of 0.8118 are both 81.2 % and count as equal), or when the
  set of keys (standards, ``"integrated"``) changed.
- Nothing is kept when the previous snapshot is dated after ``today`` (the
  clock went back), so the history stays in date order.
- At most one snapshot per day: the last one taken that day wins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.domain.records import LayerShares, ReadinessSnapshot

PRECISION = 1000
"""Shares are compared in steps of 1/1000 (0.1 percentage point)."""


def _rounded(shares: LayerShares) -> tuple[int, int, int, int]:
    return (round(shares.documented * PRECISION), round(shares.implemented * PRECISION),
            round(shares.sustained * PRECISION), round(shares.overall * PRECISION))


def _key(figures: Sequence[tuple[str, LayerShares]]) -> dict[str, tuple[int, int, int, int]]:
    return {key: _rounded(shares) for key, shares in figures}


def snapshot_needed(
    previous: ReadinessSnapshot | None,
    figures: tuple[tuple[str, LayerShares], ...],
    today: dt.date,
) -> bool:
    """True when ``figures`` should be kept as today's snapshot.

    Args:
        previous: the latest stored snapshot, or ``None``.
        figures: today's shares per standard id and ``"integrated"`` (0.0-1.0).
        today: the local date.

    Returns:
        True when there is no previous snapshot, or the figures differ from it
        at 0.1 % resolution; False when they are equal or ``previous`` is dated
        after ``today``.
    """
    if previous is None:
        return True
    if previous.day > today:
        return False
    return _key(previous.figures) != _key(figures)


def trend(
    snapshots: Sequence[ReadinessSnapshot], key: str
) -> tuple[tuple[dt.date, LayerShares], ...]:
    """The shares under ``key`` (a standard id or ``"integrated"``) over time, oldest first.

    Snapshots without ``key`` are skipped; when a day has several snapshots,
    the last one given wins.
    """
    points: list[tuple[dt.date, LayerShares]] = []
    for snap in keep_one_per_day(snapshots):
        for name, shares in snap.figures:
            if name == key:
                points.append((snap.day, shares))
                break
    return tuple(points)


def keep_one_per_day(snapshots: Sequence[ReadinessSnapshot]) -> tuple[ReadinessSnapshot, ...]:
    """One snapshot per day, the last given for that day, in date order."""
    by_day: dict[dt.date, ReadinessSnapshot] = {}
    for snap in snapshots:
        by_day[snap.day] = snap
    return tuple(by_day[day] for day in sorted(by_day))
