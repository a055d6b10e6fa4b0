"""Readiness snapshots and trend (desktop.domain.history)."""

from __future__ import annotations

import datetime as dt

from desktop.domain.history import keep_one_per_day, snapshot_needed, trend
from desktop.domain.records import LayerShares, ReadinessSnapshot

D1, D2, D3 = dt.date(2026, 6, 1), dt.date(2026, 6, 2), dt.date(2026, 6, 3)
A = LayerShares(0.5, 0.25, 0.125, 0.8123)


def _snap(day: dt.date, *figures: tuple[str, LayerShares]) -> ReadinessSnapshot:
    return ReadinessSnapshot(day=day, figures=figures)


def test_the_first_snapshot_is_always_kept() -> None:
    assert snapshot_needed(None, (("integrated", A),), D1)


def test_figures_equal_at_a_tenth_of_a_percent_are_not_kept_again() -> None:
    previous = _snap(D1, ("iso9001-2015", A), ("integrated", A))
    same_rounded = LayerShares(0.5, 0.25, 0.125, 0.8118)    # 81.2 % either way
    moved = LayerShares(0.5, 0.25, 0.125, 0.8133)           # 81.3 %
    assert not snapshot_needed(previous, (("iso9001-2015", same_rounded), ("integrated", A)), D2)
    assert snapshot_needed(previous, (("iso9001-2015", moved), ("integrated", A)), D2)


def test_a_new_standard_is_a_change() -> None:
    previous = _snap(D1, ("integrated", A))
    assert snapshot_needed(previous, (("iso14001-2015", A), ("integrated", A)), D2)


def test_nothing_is_kept_when_the_last_snapshot_is_dated_after_today() -> None:
    previous = _snap(D3, ("integrated", A))
    assert not snapshot_needed(previous, (("integrated", LayerShares(1, 1, 1, 1)),), D2)


def test_one_snapshot_per_day_the_last_one_wins_in_date_order() -> None:
    first, second, third = (_snap(D2, ("integrated", A)), _snap(D1, ("integrated", A)),
                            _snap(D2, ("integrated", LayerShares(1, 1, 1, 1))))
    assert keep_one_per_day([first, second, third]) == (second, third)


def test_trend_of_one_key_skips_snapshots_without_it() -> None:
    b = LayerShares(0.6, 0.3, 0.2, 0.9)
    snaps = [_snap(D1, ("iso9001-2015", A)), _snap(D2, ("integrated", b)),
             _snap(D3, ("iso9001-2015", b), ("integrated", b))]
    assert trend(snaps, "iso9001-2015") == ((D1, A), (D3, b))
    assert trend(snaps, "iso45001-2018") == ()
