"""Figures and arithmetic of the IAF mandatory documents on audit time.

- IAF MD 5:2019 (China: CNAS-CC105:2020, identical): initial certification
  audit time (stage 1 + stage 2) in auditor-days of 8 hours by effective
  number of personnel: table QMS 1 (one column), table EMS 1 (complexity
  high / medium / low / limited), table OH&S 1 (high / medium / low), as given
  in the project's domain reference (certification.md, "Audit time");
  reductions at most 30 %; results rounded to the nearest half day.
- IAF MD 11:2019: integrated audits, reduction at most 20 %.
- IAF MD 1:2018: multi-site sample sizes.

Arithmetic is exact (:class:`fractions.Fraction`), so 5.25 days rounds the
same way everywhere. :mod:`desktop.domain.audit_time` builds the estimate on
these and re-exports the public names.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from enum import StrEnum
from fractions import Fraction

from desktop.domain.model import Text

MAX_REDUCTION_PERCENT = 30.0
"""Total reduction for adjustment factors, at most 30 % of the table time (IAF MD 5:2019)."""
MAX_INTEGRATION_REDUCTION_PERCENT = 20.0
"""Reduction for a fully integrated audit, at most 20 % (IAF MD 11:2019)."""


class System(StrEnum):
    """A management system with its own IAF MD 5:2019 time table."""

    QMS = "qms"
    EMS = "ems"
    OHSMS = "ohsms"

    @property
    def label(self) -> Text:
        """Short user-facing name, e.g. "QMS" / "质量管理体系"."""
        return _SYSTEM_LABELS[self]


class Complexity(StrEnum):
    """Complexity category of an organization's activities (IAF MD 5:2019).

    Not every system has every category: see :data:`SYSTEM_COMPLEXITIES`.
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    LIMITED = "limited"

    @property
    def label(self) -> Text:
        """User-facing name, e.g. "Medium" / "中"."""
        return _COMPLEXITY_LABELS[self]


_SYSTEM_LABELS = {
    System.QMS: Text("QMS (quality)", "质量管理体系"),
    System.EMS: Text("EMS (environment)", "环境管理体系"),
    System.OHSMS: Text("OH&S MS (occupational health and safety)", "职业健康安全管理体系"),
}
TABLE_NAMES: Mapping[System, str] = {
    System.QMS: "QMS 1", System.EMS: "EMS 1", System.OHSMS: "OH&S 1",
}
"""The IAF MD 5:2019 table each system's figures come from."""
_COMPLEXITY_LABELS = {
    Complexity.HIGH: Text("High", "高"),
    Complexity.MEDIUM: Text("Medium", "中"),
    Complexity.LOW: Text("Low", "低"),
    Complexity.LIMITED: Text("Limited", "有限"),
}

FAMILY_SYSTEM: Mapping[str, System] = {
    "iso9001": System.QMS,
    "iso14001": System.EMS,
    "iso45001": System.OHSMS,
}
"""Standard family (``Standard.family``) to the system whose table applies."""

# Upper bound of each personnel band, IAF MD 5:2019 tables (1-5, 6-10, ... 8501-10700).
BANDS = (5, 10, 15, 25, 45, 65, 85, 125, 175, 275, 425, 625, 875, 1175, 1550, 2025,
         2675, 3450, 4350, 5450, 6800, 8500, 10700)
_EMS_HIGH = (3, 3.5, 4.5, 5.5, 7, 8, 9, 11, 12, 13, 15, 16, 17, 19, 20, 21, 23, 25, 27,
             28, 30, 32, 34)
_EMS_MEDIUM = (2.5, 3, 3.5, 4.5, 5.5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20,
               21, 23, 25, 27)
_EMS_LOW = (2.5, 3, 3, 3.5, 4, 4.5, 5, 5.5, 6, 7, 8, 9, 10, 11, 12, 12, 13, 14, 15, 16,
            17, 19, 20)
_EMS_LIMITED = (2.5, 3, 3, 3, 3, 3.5, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 10,
                11, 12, 13, 14)
_QMS = (1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22)

# Days per band; the QMS table has a single column, represented by MEDIUM.
_TABLES: Mapping[System, Mapping[Complexity, tuple[float, ...]]] = {
    System.QMS: {Complexity.MEDIUM: _QMS},
    System.EMS: {
        Complexity.HIGH: _EMS_HIGH,
        Complexity.MEDIUM: _EMS_MEDIUM,
        Complexity.LOW: _EMS_LOW,
        Complexity.LIMITED: _EMS_LIMITED,
    },
    System.OHSMS: {
        Complexity.HIGH: _EMS_HIGH,
        Complexity.MEDIUM: _EMS_MEDIUM,
        Complexity.LOW: _EMS_LOW,
    },
}

SYSTEM_COMPLEXITIES: Mapping[System, tuple[Complexity, ...]] = {
    system: tuple(columns) for system, columns in _TABLES.items()
}
"""The complexity categories each system's table has (IAF MD 5:2019).

QMS: table QMS 1 has one column, represented by ``MEDIUM`` (complexity of a
QMS is reflected through the adjustments). EMS: high, medium, low, limited.
OH&S: high, medium, low (there is no "limited" OH&S category).
"""


def table_days(system: System, complexity: Complexity, personnel: int) -> tuple[str, float]:
    """Initial audit days from the IAF MD 5:2019 table (CNAS-CC105:2020).

    Returns ``(band, days)``, e.g. ``("46-65", 5.0)`` for 55 persons in table QMS 1.
    Above 10700 persons the tables say "follow the progression" without a
    formula; the table is extended by bands as wide as the last one (2200
    persons) adding the last band's step (QMS +1, EMS/OH&S high and medium +2,
    low and limited +1 day). The real bands keep widening, so this gives at
    least as much time as any wider progression.

    Raises:
        ValueError: ``personnel`` < 1, or a complexity the system's table lacks.
    """
    if personnel < 1:
        raise ValueError("the effective number of personnel must be at least 1")
    columns = _TABLES[system]
    if complexity not in columns:
        raise ValueError(f"the {system.value} table has no '{complexity.value}' complexity")
    column = columns[complexity]
    lower = 1
    for upper, days in zip(BANDS, column, strict=True):
        if personnel <= upper:
            return f"{lower}-{upper}", float(days)
        lower = upper + 1
    width = BANDS[-1] - BANDS[-2]
    extra = math.ceil((personnel - BANDS[-1]) / width)
    top = BANDS[-1] + extra * width
    return f"{top - width + 1}-{top}", float(column[-1] + extra * (column[-1] - column[-2]))


def exact(value: float) -> Fraction:
    """The decimal value as written: ``exact(10.1) == Fraction(101, 10)``, not a float's."""
    return Fraction(repr(float(value)))


def round_half_day(days: Fraction) -> float:
    """Nearest half day, an exact quarter rounding up (IAF MD 5:2019: 5.3 -> 5.5, 5.2 -> 5.0).

    IAF MD 5 does not say which way 5.25 goes; up is the reading with more time.
    """
    return math.floor(days * 2 + Fraction(1, 2)) / 2


def round_up_half_day(days: Fraction) -> float:
    """The next half day at or above ``days`` (7.2 -> 7.5), for minimums that must hold."""
    return math.ceil(days * 2) / 2


def _ceil_root(n: int, factor: Fraction) -> int:
    """Smallest whole m >= factor * sqrt(n), exactly (m * m >= factor**2 * n)."""
    target = factor * factor * n
    m = math.isqrt(math.ceil(target))
    while m * m < target:
        m += 1
    return m


def sample_sizes(sites: int) -> tuple[int, int, int]:
    """Sites to visit at the initial, each surveillance and the recertification audit.

    ``(ceil(sqrt(n)), ceil(0.6 sqrt(n)), ceil(0.8 sqrt(n)))`` per IAF MD 1:2018,
    e.g. 10 sites -> (4, 2, 3); 1 site -> (1, 1, 1). The central function is
    audited in any case.

    Raises:
        ValueError: ``sites`` < 1.
    """
    if sites < 1:
        raise ValueError(f"the scope needs at least one site, got {sites}")
    return (
        _ceil_root(sites, Fraction(1)),
        _ceil_root(sites, Fraction(3, 5)),
        _ceil_root(sites, Fraction(4, 5)),
    )
