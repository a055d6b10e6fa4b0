"""Certification audit time: an estimate of auditor-days from the IAF rules.

Sources (see docs/reference.md, "Audit-time estimate"):

- IAF MD 5:2019 (China: CNAS-CC105:2020, identical): initial audit time
  (stage 1 + stage 2) by effective number of personnel, tables QMS 1, EMS 1
  (complexity high / medium / low / limited) and OH&S 1 (high / medium / low);
  adjustments for listed factors, total reduction at most 30 %; on-site time
  not below 80 %; surveillance about 1/3 and recertification about 2/3 of the
  initial time; results rounded to the nearest half day. One day = 8 hours.
  Rounding never undoes a limit: a rounded time below 70 % of the table time
  is raised to 70 % rounded up to the half day.
- IAF MD 11:2019: an integrated audit adds the time of each standard and then
  reduces it for the degree of integration, by at most 20 % (a rounded result
  below 80 % of the sum is raised to 80 % rounded up to the half day).
- IAF MD 1:2018: multi-site sampling, initial sample sqrt(n), surveillance
  0.6 sqrt(n), recertification 0.8 sqrt(n) sites, rounded up; the central
  function is always audited.

Where these sources leave a choice open, the estimate takes the reading that
gives more audit time, and the worked steps say so. All arithmetic is exact
(:class:`fractions.Fraction`), so a value such as 5.25 days rounds the same
way on every machine. The result is an estimate for budgeting: the
certification body sets the audit time in its contract.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Any, TypeVar

from desktop.domain.audit_steps import (
    Step,
    adjusted_step,
    adjustment_step,
    integrated_step,
    on_site_step,
    personnel_step,
    recertification_step,
    single_system_step,
    sites_step,
    stages_step,
    sum_step,
    surveillance_step,
    table_step,
)
from desktop.domain.iaf_md import (
    FAMILY_SYSTEM,
    MAX_INTEGRATION_REDUCTION_PERCENT,
    MAX_REDUCTION_PERCENT,
    SYSTEM_COMPLEXITIES,
    Complexity,
    System,
    exact,
    round_half_day,
    round_up_half_day,
    sample_sizes,
    table_days,
)
from desktop.domain.model import Text

__all__ = [
    "DISCLAIMER",
    "FAMILY_SYSTEM",
    "MAX_INTEGRATION_REDUCTION_PERCENT",
    "MAX_REDUCTION_PERCENT",
    "SYSTEM_COMPLEXITIES",
    "Adjustment",
    "AuditTimeEstimate",
    "AuditTimeInputs",
    "Complexity",
    "Step",
    "System",
    "effective_personnel",
    "estimate_audit_time",
    "inputs_from_project",
    "sample_sizes",
    "table_days",
]


_MAX_WEEK_HOURS = 168.0


@dataclass(frozen=True, slots=True)
class Adjustment:
    """One factor that increases or reduces the table time (IAF MD 5:2019).

    Attributes:
        label: the factor as the user names it, e.g. "Mature system"; not blank
            (the certification body must justify every adjustment).
        percent: signed percentage of the table time, e.g. ``-10.0`` or ``15.0``.
    """

    label: str
    percent: float


@dataclass(frozen=True, slots=True)
class AuditTimeInputs:
    """What the estimate is computed from; stored as the project setting "audit_time".

    Attributes:
        full_time: persons working full time in the scope, all shifts.
        part_time: persons working part time.
        part_time_hours: average hours per week of a part-timer (0 < h <= full_time_hours
            when there are part-timers).
        full_time_hours: hours of a normal full-time week (0 < h <= 168).
        systems: each system to certify with its complexity category, no system twice.
        adjustments: factors increasing or reducing the time, applied to every system.
        integration_percent: 0-100, how far the systems are integrated; drives the
            IAF MD 11 reduction (ignored for a single system).
        sites: sites in the scope (at least 1), for IAF MD 1 sampling.
    """

    full_time: int
    part_time: int = 0
    part_time_hours: float = 0.0
    full_time_hours: float = 40.0
    systems: tuple[tuple[System, Complexity], ...] = ()
    adjustments: tuple[Adjustment, ...] = ()
    integration_percent: float = 0.0
    sites: int = 1

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: numbers as numbers, enums as their values.

        Shape: ``{"full_time": int, "part_time": int, "part_time_hours": float,
        "full_time_hours": float, "systems": [{"system": "qms", "complexity":
        "medium"}], "adjustments": [{"label": str, "percent": float}],
        "integration_percent": float, "sites": int}``.
        """
        return {
            "full_time": self.full_time,
            "part_time": self.part_time,
            "part_time_hours": self.part_time_hours,
            "full_time_hours": self.full_time_hours,
            "systems": [{"system": s.value, "complexity": c.value} for s, c in self.systems],
            "adjustments": [{"label": a.label, "percent": a.percent} for a in self.adjustments],
            "integration_percent": self.integration_percent,
            "sites": self.sites,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AuditTimeInputs:
        """Read what :meth:`to_json` wrote.

        Missing keys other than ``full_time`` take their defaults; unknown keys
        are ignored. Value ranges are checked by :func:`estimate_audit_time`.

        Raises:
            ValueError: ``data`` is not a mapping, ``full_time`` is missing, a
                value has the wrong type, or a system/complexity is unknown.
        """
        if not isinstance(data, Mapping):
            raise ValueError(f"audit time inputs: expected an object, got {type(data).__name__}")
        if "full_time" not in data:
            raise ValueError("audit time inputs: 'full_time' is missing")
        systems = []
        for entry in _list(data, "systems"):
            if not isinstance(entry, Mapping):
                raise ValueError("audit time inputs: each of 'systems' must be an object")
            systems.append((_enum(System, entry, "system"), _enum(Complexity, entry, "complexity")))
        adjustments = []
        for entry in _list(data, "adjustments"):
            if not isinstance(entry, Mapping) or not isinstance(entry.get("label"), str):
                raise ValueError("audit time inputs: each adjustment needs a text 'label'")
            adjustments.append(Adjustment(entry["label"], _number(entry, "percent", None)))
        return cls(
            full_time=_integer(data, "full_time", 0),
            part_time=_integer(data, "part_time", 0),
            part_time_hours=_number(data, "part_time_hours", 0.0),
            full_time_hours=_number(data, "full_time_hours", 40.0),
            systems=tuple(systems),
            adjustments=tuple(adjustments),
            integration_percent=_number(data, "integration_percent", 0.0),
            sites=_integer(data, "sites", 1),
        )


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list | tuple):
        raise ValueError(f"audit time inputs: '{key}' must be a list")
    return list(value)


def _integer(data: Mapping[str, Any], key: str, default: int) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"audit time inputs: '{key}' must be a whole number, got {value!r}")
    return value


def _number(data: Mapping[str, Any], key: str, default: float | None) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"audit time inputs: '{key}' must be a number, got {value!r}")
    return float(value)


_E = TypeVar("_E", bound=StrEnum)


def _enum(kind: type[_E], data: Mapping[str, Any], key: str) -> _E:
    value = data.get(key)
    if isinstance(value, str) and value in kind._value2member_map_:
        return kind(value)
    allowed = ", ".join(m.value for m in kind)
    raise ValueError(f"audit time inputs: '{key}' must be one of {allowed}, got {value!r}")


@dataclass(frozen=True, slots=True)
class AuditTimeEstimate:
    """The estimate with its worked calculation.

    Attributes:
        effective_personnel: persons, part-timers as full-time equivalents.
        per_system: initial (stage 1 + stage 2) auditor-days per system after
            adjustments, rounded to the nearest half day and never below 70 % of
            the table time, in input order.
        initial_days: the whole initial certification audit, integrated (IAF MD 11)
            when there is more than one system.
        surveillance_days: each surveillance audit, 1/3 of ``initial_days``.
        recertification_days: the recertification audit, 2/3 of ``initial_days``.
        sampled_sites: sites visited at the initial audit, ceil(sqrt(sites))
            (IAF MD 1:2018); 1 for a single site.
        steps: every step of the calculation, in order.
        disclaimer: that this is an estimate and the certification body decides.
    """

    effective_personnel: int
    per_system: tuple[tuple[System, float], ...]
    initial_days: float
    surveillance_days: float
    recertification_days: float
    sampled_sites: int
    steps: tuple[Step, ...]
    disclaimer: Text

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: numbers as numbers, texts as ``{"en": ..., "zh": ...}``.

        Shape: ``{"effective_personnel": int, "per_system": [{"system": "qms",
        "days": float}], "initial_days": float, "surveillance_days": float,
        "recertification_days": float, "sampled_sites": int, "steps":
        [{"title": text, "detail": text, "days": float | null}], "disclaimer": text}``.
        """
        return {
            "effective_personnel": self.effective_personnel,
            "per_system": [{"system": s.value, "days": d} for s, d in self.per_system],
            "initial_days": self.initial_days,
            "surveillance_days": self.surveillance_days,
            "recertification_days": self.recertification_days,
            "sampled_sites": self.sampled_sites,
            "steps": [
                {"title": _text(s.title), "detail": _text(s.detail), "days": s.days}
                for s in self.steps
            ],
            "disclaimer": _text(self.disclaimer),
        }


def _text(text: Text) -> dict[str, str]:
    return {"en": text.en, "zh": text.zh}


DISCLAIMER = Text(
    "This is an estimate for budgeting, worked out from IAF MD 5:2019, IAF MD 11 and "
    "IAF MD 1. The certification body sets the actual audit time in its contract, "
    "after reviewing your application.",
    "此结果仅为预算用的估算值，依据 IAF MD 5:2019、IAF MD 11 和 IAF MD 1 推算。"
    "实际审核时间由认证机构在审查申请后于合同中确定。",
)
"""The disclaimer every estimate carries."""


# ---------------------------------------------------------------- the rules


def effective_personnel(inputs: AuditTimeInputs) -> int:
    """Persons in the scope, part-timers as full-time equivalents (IAF MD 5:2019).

    ``full_time + ceil(part_time * part_time_hours / full_time_hours)``: a part
    of a person counts as a whole one. IAF MD 5:2019 does not state a rounding
    rule; rounding up is the reading that gives more audit time.

    Raises:
        ValueError: a negative count, hours out of range (see :class:`AuditTimeInputs`).
    """
    _check_people(inputs)
    return inputs.full_time + math.ceil(_part_time_fte(inputs))


def _part_time_fte(inputs: AuditTimeInputs) -> Fraction:
    if inputs.part_time == 0:
        return Fraction(0)
    return inputs.part_time * exact(inputs.part_time_hours) / exact(inputs.full_time_hours)


def _check_people(inputs: AuditTimeInputs) -> None:
    if inputs.full_time < 0 or inputs.part_time < 0:
        raise ValueError("staff counts cannot be negative")
    hours = inputs.full_time_hours
    if not (math.isfinite(hours) and 0 < hours <= _MAX_WEEK_HOURS):
        raise ValueError(f"full-time hours per week must be above 0 and at most 168, got {hours}")
    part = inputs.part_time_hours
    if not (math.isfinite(part) and part >= 0):
        raise ValueError(f"part-time hours per week cannot be negative, got {part}")
    if inputs.part_time > 0 and not 0 < part <= hours:
        raise ValueError(
            f"part-time hours per week must be above 0 and at most the full-time week "
            f"({hours:g} h), got {part}"
        )


def _check(inputs: AuditTimeInputs) -> None:
    _check_people(inputs)
    if inputs.sites < 1:
        raise ValueError(f"the scope needs at least one site, got {inputs.sites}")
    if not inputs.systems:
        raise ValueError("choose at least one management system")
    seen: set[System] = set()
    for system, complexity in inputs.systems:
        if system in seen:
            raise ValueError(f"system {system.value} is listed twice")
        seen.add(system)
        if complexity not in SYSTEM_COMPLEXITIES[system]:
            allowed = ", ".join(c.value for c in SYSTEM_COMPLEXITIES[system])
            raise ValueError(
                f"the {system.value} table has no '{complexity.value}' complexity "
                f"(IAF MD 5:2019 categories: {allowed})"
            )
    ip = inputs.integration_percent
    if not (math.isfinite(ip) and 0 <= ip <= 100):
        raise ValueError(f"integration must be between 0 and 100 %, got {ip}")
    for adjustment in inputs.adjustments:
        if not adjustment.label.strip():
            raise ValueError("every adjustment needs a label saying why")
        if not math.isfinite(adjustment.percent):
            raise ValueError(f"adjustment {adjustment.label!r} has no valid percentage")


def estimate_audit_time(inputs: AuditTimeInputs) -> AuditTimeEstimate:
    """Estimate certification audit time, with every step worked out.

    Order: effective personnel; table days per system (IAF MD 5:2019 tables
    QMS 1 / EMS 1 / OH&S 1); adjustments (reductions capped at 30 %, increases
    not capped); each system rounded to the nearest half day, but never below
    70 % of its table time (that floor rounded up to the half day: QMS 1-5
    persons at -30 % gives 1.05 -> 1.5, where the nearest half day would be
    1.0, a 33 % cut); for several systems, the sum reduced by
    ``20 % x integration_percent / 100`` (IAF MD 11:2019 allows up to 20 %; the
    linear mapping is this product's reading), rounded the same way with a
    floor of 80 % of the sum; surveillance = initial / 3
    and recertification = initial x 2 / 3, each rounded; IAF MD 1:2018 site sample.

    Returns:
        an :class:`AuditTimeEstimate`; all days are auditor-days of 8 hours.

    Raises:
        ValueError: negative counts, hours out of range, fewer than one site or
            effective person, no system, a system twice, a complexity the system's
            table lacks, integration outside 0-100, an adjustment without label.
    """
    _check(inputs)
    personnel = effective_personnel(inputs)
    if personnel < 1:
        raise ValueError("the effective number of personnel must be at least 1")
    steps = [personnel_step(inputs.full_time, inputs.part_time, inputs.part_time_hours,
                            inputs.full_time_hours, _part_time_fte(inputs), personnel)]

    table: list[tuple[System, float]] = []
    for system, complexity in inputs.systems:
        band, days = table_days(system, complexity, personnel)
        steps.append(table_step(system, complexity, personnel, band, days))
        table.append((system, days))
    up = sum((exact(a.percent) for a in inputs.adjustments if a.percent > 0), Fraction(0))
    down = sum((exact(a.percent) for a in inputs.adjustments if a.percent < 0), Fraction(0))
    limit = -exact(MAX_REDUCTION_PERCENT)
    net = up + max(down, limit)
    steps.append(adjustment_step([(a.label, a.percent) for a in inputs.adjustments],
                                 up, down, net, capped=down < limit))

    per_system: list[tuple[System, float]] = []
    for system, days in table:
        adjusted = exact(days) * (100 + net) / 100
        floor = exact(days) * Fraction(100 - int(MAX_REDUCTION_PERCENT), 100)
        rounded = max(round_half_day(adjusted), round_up_half_day(floor))
        per_system.append((system, rounded))
        steps.append(adjusted_step(system, days, net, adjusted, rounded, floor))

    if len(per_system) == 1:
        initial = per_system[0][1]
        steps.append(single_system_step(initial, inputs.integration_percent))
    else:
        total = sum((exact(days) for _, days in per_system), Fraction(0))
        steps.append(sum_step(per_system, total))
        level = exact(inputs.integration_percent)
        reduction = exact(MAX_INTEGRATION_REDUCTION_PERCENT) * level / 100
        reduced = total * (100 - reduction) / 100
        least = total * Fraction(100 - int(MAX_INTEGRATION_REDUCTION_PERCENT), 100)
        initial = max(round_half_day(reduced), round_up_half_day(least))
        steps.append(integrated_step(total, level, reduction, reduced, initial, least))

    minimum = exact(initial) * Fraction(4, 5)
    steps.append(on_site_step(initial, minimum, round_up_half_day(minimum)))
    steps.append(stages_step(initial, round_half_day(exact(initial) * Fraction(3, 10))))
    surveillance = round_half_day(exact(initial) / 3)
    steps.append(surveillance_step(initial, exact(initial) / 3, surveillance))
    recertification = round_half_day(exact(initial) * 2 / 3)
    steps.append(recertification_step(initial, exact(initial) * 2 / 3, recertification))
    sampled = sample_sizes(inputs.sites)
    steps.append(sites_step(inputs.sites, sampled))
    return AuditTimeEstimate(
        effective_personnel=personnel,
        per_system=tuple(per_system),
        initial_days=initial,
        surveillance_days=surveillance,
        recertification_days=recertification,
        sampled_sites=sampled[0],
        steps=tuple(steps),
        disclaimer=DISCLAIMER,
    )


def inputs_from_project(headcount: int, sites: int, families: Sequence[str]) -> AuditTimeInputs:
    """Starting inputs for a project: everyone full time, medium complexity, not integrated.

    Args:
        headcount: the company profile's number of personnel (>= 0).
        sites: number of sites in the profile; fewer than 1 counts as one site.
        families: ``Standard.family`` of each project standard; families with no
            IAF MD 5 table (custom checklists) are left out, duplicates (two
            editions of one standard) count once. Systems come in QMS, EMS,
            OH&S order.

    Raises:
        ValueError: ``headcount`` is negative.
    """
    if headcount < 0:
        raise ValueError(f"headcount cannot be negative, got {headcount}")
    wanted = {FAMILY_SYSTEM[f] for f in families if f in FAMILY_SYSTEM}
    return AuditTimeInputs(
        full_time=headcount,
        systems=tuple((s, Complexity.MEDIUM) for s in System if s in wanted),
        sites=max(sites, 1),
    )
