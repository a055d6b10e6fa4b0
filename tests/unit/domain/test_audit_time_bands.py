"""Every band of every IAF MD 5:2019 table: its edges and the 30 % reduction limit.

The table below is copied by hand from the domain reference (certification.md,
"Audit time"; IAF MD 5:2019 tables QMS 1, EMS 1, OH&S 1; CNAS-CC105:2020), not
from the code, so a mistyped figure or a shifted band edge in the code fails here.
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest

from desktop.domain.audit_time import (
    Adjustment,
    AuditTimeInputs,
    Complexity,
    System,
    estimate_audit_time,
    table_days,
)

#  band        QMS  EMS-H EMS-M EMS-L EMS-lim OHS-H OHS-M OHS-L
_TABLE = """
1-5          1.5  3    2.5  2.5  2.5  3    2.5  2.5
6-10         2    3.5  3    3    3    3.5  3    3
11-15        2.5  4.5  3.5  3    3    4.5  3.5  3
16-25        3    5.5  4.5  3.5  3    5.5  4.5  3.5
26-45        4    7    5.5  4    3    7    5.5  4
46-65        5    8    6    4.5  3.5  8    6    4.5
66-85        6    9    7    5    3.5  9    7    5
86-125       7    11   8    5.5  4    11   8    5.5
126-175      8    12   9    6    4.5  12   9    6
176-275      9    13   10   7    5    13   10   7
276-425      10   15   11   8    5.5  15   11   8
426-625      11   16   12   9    6    16   12   9
626-875      12   17   13   10   6.5  17   13   10
876-1175     13   19   15   11   7    19   15   11
1176-1550    14   20   16   12   7.5  20   16   12
1551-2025    15   21   17   12   8    21   17   12
2026-2675    16   23   18   13   8.5  23   18   13
2676-3450    17   25   19   14   9    25   19   14
3451-4350    18   27   20   15   10   27   20   15
4351-5450    19   28   21   16   11   28   21   16
5451-6800    20   30   23   17   12   30   23   17
6801-8500    21   32   25   19   13   32   25   19
8501-10700   22   34   27   20   14   34   27   20
"""
_COLUMNS = (
    (System.QMS, Complexity.MEDIUM),
    (System.EMS, Complexity.HIGH), (System.EMS, Complexity.MEDIUM),
    (System.EMS, Complexity.LOW), (System.EMS, Complexity.LIMITED),
    (System.OHSMS, Complexity.HIGH), (System.OHSMS, Complexity.MEDIUM),
    (System.OHSMS, Complexity.LOW),
)


def _cells() -> list[tuple[System, Complexity, int, int, float]]:
    """(system, complexity, first person of band, last person of band, days) per cell."""
    cells = []
    for line in _TABLE.strip().splitlines():
        band, *figures = line.split()
        low, high = (int(x) for x in band.split("-"))
        for (system, complexity), days in zip(_COLUMNS, figures, strict=True):
            cells.append((system, complexity, low, high, float(days)))
    return cells


CELLS = _cells()
_IDS = [f"{s.value}-{c.value}-{lo}-{hi}" for s, c, lo, hi, _ in CELLS]


def test_the_reference_table_has_every_cell() -> None:
    assert len(CELLS) == 23 * 8   # 184 cells, as IAF MD 5:2019 prints them


@pytest.mark.parametrize(("system", "complexity", "low", "high", "days"), CELLS, ids=_IDS)
def test_both_edges_of_every_band(
    system: System, complexity: Complexity, low: int, high: int, days: float
) -> None:
    band = f"{low}-{high}"
    assert table_days(system, complexity, low) == (band, days)
    assert table_days(system, complexity, high) == (band, days)


@pytest.mark.parametrize(("system", "complexity", "low", "high", "days"), CELLS, ids=_IDS)
def test_a_30_percent_reduction_never_gives_less_than_70_percent(
    system: System, complexity: Complexity, low: int, high: int, days: float
) -> None:
    estimate = estimate_audit_time(AuditTimeInputs(
        full_time=high, systems=((system, complexity),),
        adjustments=(Adjustment("Mature system", -30),)))
    result = estimate.initial_days
    floor = Fraction(str(days)) * Fraction(7, 10)
    # at least 70 %, and no more than the next half day above it
    assert floor <= Fraction(str(result)) < floor + Fraction(1, 2)
    assert result * 2 == math.ceil(floor * 2)


def test_the_cases_an_auditor_found_are_at_least_70_percent() -> None:
    # QMS 1-5 persons: 1.5 x 0.7 = 1.05 -> 1.5 (nearest would give 1.0, -33 %)
    # EMS high 11-15: 4.5 -> 3.15 -> 3.5; 46-65: 8 -> 5.6 -> 6; 86-125: 11 -> 7.7 -> 8
    cut = (Adjustment("Mature system", -30),)
    cases = [((System.QMS, Complexity.MEDIUM), 3, 1.5),
             ((System.EMS, Complexity.HIGH), 12, 3.5),
             ((System.EMS, Complexity.HIGH), 50, 6.0),
             ((System.EMS, Complexity.HIGH), 100, 8.0)]
    for system, persons, expected in cases:
        estimate = estimate_audit_time(AuditTimeInputs(
            full_time=persons, systems=(system,), adjustments=cut))
        assert estimate.initial_days == expected, (system, persons)
    step = next(s for s in estimate.steps if s.title.en.startswith("Adjusted time"))
    assert "raised to 70 % of the table time, 7.7, rounded up" in step.detail.en
    assert "提高到查表时间的 70 %" in step.detail.zh


def test_a_reduction_inside_the_limit_still_rounds_to_the_nearest_half_day() -> None:
    # QMS 6-10: 2 x 0.85 = 1.7 -> 1.5 (a 25 % cut, within the limit: no floor needed)
    estimate = estimate_audit_time(AuditTimeInputs(
        full_time=8, systems=((System.QMS, Complexity.MEDIUM),),
        adjustments=(Adjustment("No design", -15),)))
    assert estimate.initial_days == 1.5
    step = next(s for s in estimate.steps if s.title.en.startswith("Adjusted time"))
    assert "nearest half day, not below 70 %" in step.detail.en
    assert "raised" not in step.detail.en


def test_an_integrated_reduction_stays_within_20_percent() -> None:
    # 3 persons: QMS 1.5 + EMS medium 2.5 = 4; 100 % integration: 4 x 0.8 = 3.2 -> 3.5
    # (nearest half day would give 3.0, a 25 % reduction)
    estimate = estimate_audit_time(AuditTimeInputs(
        full_time=3, systems=((System.QMS, Complexity.MEDIUM), (System.EMS, Complexity.MEDIUM)),
        integration_percent=100))
    assert estimate.initial_days == 3.5
    step = next(s for s in estimate.steps if s.title.en.startswith("Initial certification"))
    assert "raised to 80 % of the sum, 3.2" in step.detail.en
