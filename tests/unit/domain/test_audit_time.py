"""Audit-time estimate: IAF MD 5:2019 tables, IAF MD 11 integration, IAF MD 1 sampling.

Every expected figure below is worked out by hand from the tables in
certification.md ("Audit time"); the arithmetic is written next to it.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import pytest

from desktop.domain.audit_time import (
    Adjustment,
    AuditTimeEstimate,
    AuditTimeInputs,
    Complexity,
    Step,
    System,
    effective_personnel,
    estimate_audit_time,
    inputs_from_project,
    sample_sizes,
    table_days,
)

QMS_MEDIUM = (System.QMS, Complexity.MEDIUM)
EMS_MEDIUM = (System.EMS, Complexity.MEDIUM)
CJK = re.compile(r"[\u4e00-\u9fff]")


def _step(estimate: AuditTimeEstimate, title: str) -> Step:
    found = [s for s in estimate.steps if s.title.en.startswith(title)]
    assert len(found) == 1, [s.title.en for s in estimate.steps]
    return found[0]


# ---------------------------------------------------------------- integrated audit, 55 staff


def test_55_staff_qms_and_ems_fully_integrated() -> None:
    # 55 persons: band 46-65 -> QMS 5 days, EMS medium 6 days; 5 + 6 = 11;
    # 100 % integration -> 20 % reduction: 11 x 0.8 = 8.8 -> 9 (nearest half day).
    estimate = estimate_audit_time(AuditTimeInputs(
        full_time=55, systems=(QMS_MEDIUM, EMS_MEDIUM), integration_percent=100))
    assert estimate.effective_personnel == 55
    assert estimate.per_system == ((System.QMS, 5.0), (System.EMS, 6.0))
    assert estimate.initial_days == 9.0
    assert estimate.surveillance_days == 3.0       # 9 / 3
    assert estimate.recertification_days == 6.0    # 9 x 2 / 3
    assert estimate.sampled_sites == 1

    qms = _step(estimate, "Table time: QMS")
    assert qms.days == 5.0
    assert "55 persons → band 46-65 → 5 days" in qms.detail.en
    assert "IAF MD 5:2019 table QMS 1" in qms.detail.en
    assert "46-65 档" in qms.detail.zh
    ems = _step(estimate, "Table time: EMS")
    assert ems.days == 6.0 and "table EMS 1, medium complexity" in ems.detail.en
    assert _step(estimate, "Sum of the systems").days == 11.0
    integrated = _step(estimate, "Initial certification audit (integrated)")
    assert integrated.days == 9.0
    assert "= 20 %" in integrated.detail.en and "8.8 → 9 days" in integrated.detail.en
    assert "IAF MD 11" in integrated.detail.en


@pytest.mark.parametrize(
    ("integration", "initial"),
    [
        (0.0, 11.0),    # no reduction
        (50.0, 10.0),   # 10 %: 11 x 0.9 = 9.9 -> 10
        (75.0, 9.5),    # 15 %: 11 x 0.85 = 9.35 -> 9.5
    ],
)
def test_integration_reduction_grows_with_the_level_of_integration(
    integration: float, initial: float
) -> None:
    estimate = estimate_audit_time(AuditTimeInputs(
        full_time=55, systems=(QMS_MEDIUM, EMS_MEDIUM), integration_percent=integration))
    assert estimate.initial_days == initial


def test_three_systems_add_up_before_the_integration_reduction() -> None:
    # 100 persons: band 86-125 -> QMS 7, EMS high 11, OH&S low 5.5 = 23.5;
    # x 0.8 = 18.8 -> 19.
    estimate = estimate_audit_time(AuditTimeInputs(
        full_time=100,
        systems=(QMS_MEDIUM, (System.EMS, Complexity.HIGH), (System.OHSMS, Complexity.LOW)),
        integration_percent=100,
    ))
    assert [d for _, d in estimate.per_system] == [7.0, 11.0, 5.5]
    assert _step(estimate, "Sum of the systems").days == 23.5
    assert estimate.initial_days == 19.0


def test_a_single_system_gets_no_integration_reduction() -> None:
    estimate = estimate_audit_time(AuditTimeInputs(
        full_time=55, systems=(QMS_MEDIUM,), integration_percent=100))
    assert estimate.initial_days == 5.0
    assert "does not apply" in _step(estimate, "Initial certification audit").detail.en


# ---------------------------------------------------------------- effective personnel


def test_part_timers_count_as_full_time_equivalents() -> None:
    # 20 part-timers x 20 h / 40 h = 10 -> 40 + 10 = 50
    inputs = AuditTimeInputs(full_time=40, part_time=20, part_time_hours=20,
                             systems=(QMS_MEDIUM,))
    assert effective_personnel(inputs) == 50
    detail = _step(estimate_audit_time(inputs), "Effective personnel").detail.en
    assert "20 × 20 h ÷ 40 h = 10" in detail and "50 persons" in detail


def test_a_fraction_of_a_person_rounds_up() -> None:
    # 3 x 10 h / 40 h = 0.75 -> 1; 10 x 15 h / 40 h = 3.75 -> 4
    assert effective_personnel(AuditTimeInputs(full_time=5, part_time=3,
                                               part_time_hours=10)) == 6
    assert effective_personnel(AuditTimeInputs(full_time=0, part_time=10, part_time_hours=15,
                                               full_time_hours=40)) == 4


@pytest.mark.parametrize(
    ("part_time", "hours", "fte", "expected"),
    [
        (1, 20, "0.5", 11),     # 1 x 20 / 40 = 0.5 -> 1 (half a person is not rounded away)
        (1, 10, "0.25", 11),    # 1 x 10 / 40 = 0.25 -> 1 (nearest would give 0)
        (5, 10, "1.25", 12),    # 5 x 10 / 40 = 1.25 -> 2 (nearest would give 1)
        (3, 20, "1.5", 12),     # 3 x 20 / 40 = 1.5 -> 2
        (4, 20, "2", 12),       # exactly 2: nothing to round
    ],
)
def test_part_time_shares_of_a_half_and_a_quarter_round_up(
    part_time: int, hours: float, fte: str, expected: int
) -> None:
    inputs = AuditTimeInputs(full_time=10, part_time=part_time, part_time_hours=hours,
                             systems=(QMS_MEDIUM,))
    assert effective_personnel(inputs) == expected
    detail = _step(estimate_audit_time(inputs), "Effective personnel").detail.en
    assert f"= {fte} →" in detail and f"{expected} persons" in detail


def test_part_timers_can_move_the_organization_into_a_higher_band() -> None:
    # 44 full-time alone: band 26-45 -> QMS 4; with 4 x 20 h / 40 h = 2 -> 46: band 46-65 -> 5
    alone = estimate_audit_time(AuditTimeInputs(full_time=44, systems=(QMS_MEDIUM,)))
    more = estimate_audit_time(AuditTimeInputs(full_time=44, part_time=4, part_time_hours=20,
                                               systems=(QMS_MEDIUM,)))
    assert (alone.initial_days, more.initial_days) == (4.0, 5.0)


# ---------------------------------------------------------------- adjustments


def _qms55(*adjustments: Adjustment) -> AuditTimeEstimate:
    return estimate_audit_time(AuditTimeInputs(full_time=55, systems=(QMS_MEDIUM,),
                                               adjustments=adjustments))


def test_reductions_are_capped_at_30_percent_and_the_step_says_so() -> None:
    # -25 -20 = -45 % requested -> -30 % applied: 5 x 0.7 = 3.5 (uncapped it would be 2.75 -> 3)
    estimate = _qms55(Adjustment("Mature system", -25), Adjustment("High automation", -20))
    assert estimate.initial_days == 3.5
    step = _step(estimate, "Adjustments")
    assert "capped at −30 %" in step.detail.en
    assert "已限制为 −30 %" in step.detail.zh
    assert "Mature system −25 %" in step.detail.en


def test_a_reduction_within_the_limit_is_applied_in_full() -> None:
    estimate = _qms55(Adjustment("No design", -10))     # 5 x 0.9 = 4.5
    assert estimate.initial_days == 4.5
    assert "capped" not in _step(estimate, "Adjustments").detail.en


def test_increases_are_not_capped() -> None:
    # IAF MD 5:2019 limits reductions only: +45 % -> 5 x 1.45 = 7.25 -> 7.5
    estimate = _qms55(Adjustment("Several languages", 25), Adjustment("Temporary sites", 20))
    assert estimate.initial_days == 7.5
    assert "not capped" in _step(estimate, "Adjustments").detail.en


def test_the_reduction_cap_applies_before_increases_are_added() -> None:
    # +20 and -40: reductions capped at -30, then +20 -> -10 %: 5 x 0.9 = 4.5
    estimate = _qms55(Adjustment("Outsourcing", 20), Adjustment("Small site", -40))
    assert estimate.initial_days == 4.5


def test_adjusted_time_rounds_to_the_nearest_half_day() -> None:
    assert _qms55(Adjustment("Languages", 5)).initial_days == 5.5     # 5.25 -> 5.5
    assert _qms55(Adjustment("Languages", 4)).initial_days == 5.0     # 5.2 -> 5.0
    assert _qms55(Adjustment("Languages", 6)).initial_days == 5.5     # 5.3 -> 5.5


# ---------------------------------------------------------------- later audits


@pytest.mark.parametrize(
    ("persons", "initial", "surveillance", "recertification"),
    [
        (55, 5.0, 1.5, 3.5),    # 5/3 = 1.67 -> 1.5; 10/3 = 3.33 -> 3.5
        (30, 4.0, 1.5, 2.5),    # 4/3 = 1.33 -> 1.5; 8/3 = 2.67 -> 2.5
        (3, 1.5, 0.5, 1.0),     # 1.5/3 = 0.5; 3/3 = 1
        (150, 8.0, 2.5, 5.5),   # 8/3 = 2.67 -> 2.5; 16/3 = 5.33 -> 5.5
    ],
)
def test_surveillance_is_a_third_and_recertification_two_thirds(
    persons: int, initial: float, surveillance: float, recertification: float
) -> None:
    estimate = estimate_audit_time(AuditTimeInputs(full_time=persons, systems=(QMS_MEDIUM,)))
    assert (estimate.initial_days, estimate.surveillance_days,
            estimate.recertification_days) == (initial, surveillance, recertification)
    assert _step(estimate, "Surveillance audit").days == surveillance
    assert _step(estimate, "Recertification audit").days == recertification


def test_on_site_minimum_is_80_percent_rounded_up() -> None:
    # initial 9 (see the 55-staff case): 9 x 0.8 = 7.2 -> at least 7.5 days on site
    estimate = estimate_audit_time(AuditTimeInputs(
        full_time=55, systems=(QMS_MEDIUM, EMS_MEDIUM), integration_percent=100))
    assert _step(estimate, "Minimum time on site").days == 7.5


# ---------------------------------------------------------------- multi-site sampling


@pytest.mark.parametrize(
    ("sites", "sizes"),
    [
        (1, (1, 1, 1)),
        (2, (2, 1, 2)),     # sqrt 2 = 1.41 -> 2; 0.6 x 1.41 = 0.85 -> 1; 0.8 x 1.41 = 1.13 -> 2
        (4, (2, 2, 2)),     # sqrt 4 = 2; 1.2 -> 2; 1.6 -> 2
        (10, (4, 2, 3)),    # 3.16 -> 4; 1.90 -> 2; 2.53 -> 3
        (25, (5, 3, 4)),    # exactly 5, 3 and 4: no rounding up past a whole number
    ],
)
def test_iaf_md1_sample_sizes(sites: int, sizes: tuple[int, int, int]) -> None:
    assert sample_sizes(sites) == sizes
    estimate = estimate_audit_time(AuditTimeInputs(full_time=55, systems=(QMS_MEDIUM,),
                                                   sites=sites))
    assert estimate.sampled_sites == sizes[0]


def test_sampling_step_explains_the_central_function_and_time() -> None:
    estimate = estimate_audit_time(AuditTimeInputs(full_time=55, systems=(QMS_MEDIUM,),
                                                   sites=10))
    step = _step(estimate, "Sites to visit")
    assert "√10 = 3.16 → 4" in step.detail.en
    assert "central function" in step.detail.en and "not reduced" in step.detail.en
    assert estimate.initial_days == 5.0     # sampling does not reduce the time


# ---------------------------------------------------------------- tables


@pytest.mark.parametrize(
    ("system", "complexity", "persons", "band", "days"),
    [
        (System.QMS, Complexity.MEDIUM, 1, "1-5", 1.5),
        (System.QMS, Complexity.MEDIUM, 45, "26-45", 4.0),
        (System.QMS, Complexity.MEDIUM, 46, "46-65", 5.0),
        (System.QMS, Complexity.MEDIUM, 10700, "8501-10700", 22.0),
        (System.EMS, Complexity.HIGH, 500, "426-625", 16.0),
        (System.EMS, Complexity.LOW, 1600, "1551-2025", 12.0),
        (System.EMS, Complexity.LIMITED, 20, "16-25", 3.0),
        (System.OHSMS, Complexity.MEDIUM, 900, "876-1175", 15.0),
        (System.OHSMS, Complexity.LOW, 100, "86-125", 5.5),
        # above 10700: bands of 2200 adding the last step (QMS +1, EMS high +2)
        (System.QMS, Complexity.MEDIUM, 12000, "10701-12900", 23.0),
        (System.EMS, Complexity.HIGH, 15000, "12901-15100", 38.0),
    ],
)
def test_table_lookup(
    system: System, complexity: Complexity, persons: int, band: str, days: float
) -> None:
    assert table_days(system, complexity, persons) == (band, days)


def test_an_extended_band_is_explained_in_the_step() -> None:
    estimate = estimate_audit_time(AuditTimeInputs(full_time=12000, systems=(QMS_MEDIUM,)))
    assert "follow the progression" in _step(estimate, "Table time: QMS").detail.en


# ---------------------------------------------------------------- bad inputs


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        (AuditTimeInputs(full_time=-1, systems=(QMS_MEDIUM,)), "negative"),
        (AuditTimeInputs(full_time=5, part_time=-2, systems=(QMS_MEDIUM,)), "negative"),
        (AuditTimeInputs(full_time=5), "at least one management system"),
        (AuditTimeInputs(full_time=0, systems=(QMS_MEDIUM,)), "at least 1"),
        (AuditTimeInputs(full_time=5, systems=(QMS_MEDIUM,), integration_percent=101),
         "between 0 and 100"),
        (AuditTimeInputs(full_time=5, systems=(QMS_MEDIUM,), integration_percent=-1),
         "between 0 and 100"),
        (AuditTimeInputs(full_time=5, systems=(QMS_MEDIUM,), integration_percent=math.nan),
         "between 0 and 100"),
        (AuditTimeInputs(full_time=5, systems=((System.OHSMS, Complexity.LIMITED),)),
         "no 'limited' complexity"),
        (AuditTimeInputs(full_time=5, systems=((System.QMS, Complexity.HIGH),)),
         "no 'high' complexity"),
        (AuditTimeInputs(full_time=5, systems=(QMS_MEDIUM, QMS_MEDIUM)), "twice"),
        (AuditTimeInputs(full_time=5, systems=(QMS_MEDIUM,), sites=0), "at least one site"),
        (AuditTimeInputs(full_time=5, part_time=2, part_time_hours=50, systems=(QMS_MEDIUM,)),
         "part-time hours"),
        (AuditTimeInputs(full_time=5, part_time=2, part_time_hours=0, systems=(QMS_MEDIUM,)),
         "part-time hours"),
        (AuditTimeInputs(full_time=5, full_time_hours=0, systems=(QMS_MEDIUM,)),
         "full-time hours"),
        (AuditTimeInputs(full_time=5, systems=(QMS_MEDIUM,),
                         adjustments=(Adjustment("  ", -10),)), "label"),
        (AuditTimeInputs(full_time=5, systems=(QMS_MEDIUM,),
                         adjustments=(Adjustment("x", math.inf),)), "percentage"),
    ],
)
def test_bad_inputs_are_refused(inputs: AuditTimeInputs, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        estimate_audit_time(inputs)


# ---------------------------------------------------------------- JSON


FULL = AuditTimeInputs(
    full_time=40, part_time=20, part_time_hours=20.5, full_time_hours=44.0,
    systems=(QMS_MEDIUM, (System.EMS, Complexity.LIMITED), (System.OHSMS, Complexity.HIGH)),
    adjustments=(Adjustment("Mature system", -10.0), Adjustment("两种语言", 5.0)),
    integration_percent=60.0, sites=3,
)


def test_inputs_round_trip_through_json_text() -> None:
    text = json.dumps(FULL.to_json(), ensure_ascii=False)
    assert AuditTimeInputs.from_json(json.loads(text)) == FULL


def test_from_json_fills_defaults_for_missing_keys() -> None:
    assert AuditTimeInputs.from_json({"full_time": 7}) == AuditTimeInputs(full_time=7)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "full_time"),
        ([], "expected an object"),
        ({"full_time": "ten"}, "full_time"),
        ({"full_time": True}, "full_time"),
        ({"full_time": 5.5}, "full_time"),
        ({"full_time": 5, "systems": "qms"}, "systems"),
        ({"full_time": 5, "systems": [{"system": "isms", "complexity": "medium"}]}, "system"),
        ({"full_time": 5, "systems": [{"system": "qms", "complexity": "huge"}]}, "complexity"),
        ({"full_time": 5, "adjustments": [{"percent": 5}]}, "label"),
        ({"full_time": 5, "adjustments": [{"label": "x", "percent": "5"}]}, "percent"),
        ({"full_time": 5, "integration_percent": None}, "integration_percent"),
    ],
)
def test_from_json_refuses_bad_data(data: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        AuditTimeInputs.from_json(data)


def test_estimate_to_dict_is_json_with_every_text_in_both_languages() -> None:
    estimate = estimate_audit_time(FULL)
    data = json.loads(json.dumps(estimate.to_dict(), ensure_ascii=False))
    assert data["initial_days"] == estimate.initial_days
    assert data["per_system"][0] == {"system": "qms", "days": estimate.per_system[0][1]}
    assert data["sampled_sites"] == 2
    texts = [data["disclaimer"]] + [s[k] for s in data["steps"] for k in ("title", "detail")]
    assert len(data["steps"]) == len(estimate.steps) >= 10
    for text in texts:
        assert set(text) == {"en", "zh"}
        assert text["en"].strip() and CJK.search(text["zh"])
    assert "estimate" in data["disclaimer"]["en"]
    assert "认证机构" in data["disclaimer"]["zh"]


# ---------------------------------------------------------------- defaults from a project


def test_inputs_from_project_uses_the_profile_and_standards() -> None:
    inputs = inputs_from_project(55, 0, ["iso45001", "iso9001", "iso9001", "custom-x"])
    assert inputs == AuditTimeInputs(
        full_time=55,
        systems=((System.QMS, Complexity.MEDIUM), (System.OHSMS, Complexity.MEDIUM)),
        sites=1,
    )
    estimate = estimate_audit_time(inputs)     # medium QMS 5 + OH&S 6 = 11, not integrated
    assert estimate.initial_days == 11.0


def test_inputs_from_project_refuses_a_negative_headcount() -> None:
    with pytest.raises(ValueError, match="negative"):
        inputs_from_project(-3, 1, ["iso9001"])
