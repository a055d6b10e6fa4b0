"""Certificate cycle: deadlines, states on chosen days, approval numbers, opening warnings.

Every expected date below was counted by hand from the rules of
CNCA-QMS-01:2025 (first surveillance within 12 months of issue, at most 12
months between surveillance audits, 3 years of validity) and the practice
defaults (apply 3 months before expiry, 3 months of suspension, warn 90 days ahead).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from desktop.domain.certificates import (
    PREDICTED_STATES,
    CertificateState,
    CycleRules,
    CycleRulesError,
    DueKind,
    add_months,
    certificate_schedule,
    certificate_status,
    check_approval_number,
    opening_warnings,
)
from desktop.domain.records import Certificate, CertificateEvent, CertificateEventKind

D = dt.date
K = CertificateEventKind
RULES = CycleRules()

CERT = Certificate(id=7, standard_id="iso9001-2015", number="26Q10318R0S",
                   issued_on=D(2026, 3, 10), expires_on=D(2029, 3, 9))


def with_events(*events: tuple[CertificateEventKind, dt.date],
                cert: Certificate = CERT) -> Certificate:
    return replace(cert, events=tuple(CertificateEvent(kind, on) for kind, on in events))


def dues(cert: Certificate, rules: CycleRules = RULES) -> dict[DueKind, dt.date]:
    return {d.kind: d.due for d in certificate_schedule(cert, rules)}


# --- schedule -------------------------------------------------------------------------------

def test_schedule_of_a_new_certificate() -> None:
    schedule = certificate_schedule(CERT, RULES)
    assert [(d.kind, d.due) for d in schedule] == [
        (DueKind.SURVEILLANCE_1, D(2027, 3, 10)),
        (DueKind.SURVEILLANCE_2, D(2028, 3, 10)),
        (DueKind.RECERT_APPLY, D(2028, 12, 9)),
        (DueKind.RECERT_AUDIT, D(2029, 3, 9)),
    ]
    assert all(d.done_on is None for d in schedule)
    assert schedule[0].label.zh == "第一次监督审核"


def test_second_surveillance_counts_from_the_first_one_held() -> None:
    schedule = certificate_schedule(with_events((K.SURVEILLANCE, D(2027, 2, 20))), RULES)
    first, second = schedule[0], schedule[1]
    assert (first.kind, first.done_on, first.late) == (DueKind.SURVEILLANCE_1, D(2027, 2, 20),
                                                       False)
    assert (second.kind, second.due, second.done_on) == (DueKind.SURVEILLANCE_2,
                                                         D(2028, 2, 20), None)


def test_late_first_surveillance_does_not_push_the_second_back() -> None:
    schedule = certificate_schedule(with_events((K.SURVEILLANCE, D(2027, 5, 1))), RULES)
    assert schedule[0].late
    assert schedule[1].due == D(2028, 3, 10)


def test_missing_expiry_is_issue_plus_three_years_minus_a_day() -> None:
    assert dues(replace(CERT, expires_on=None))[DueKind.RECERT_AUDIT] == D(2029, 3, 9)


def test_month_arithmetic_clamps_to_the_end_of_the_month() -> None:
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    monthly = CycleRules(first_surveillance_months=1)
    jan31 = replace(CERT, issued_on=D(2026, 1, 31), expires_on=D(2029, 1, 30))
    assert dues(jan31, monthly)[DueKind.SURVEILLANCE_1] == D(2026, 2, 28)
    leap = replace(CERT, issued_on=D(2024, 2, 29), expires_on=None)
    assert dues(leap)[DueKind.SURVEILLANCE_1] == D(2025, 2, 28)
    assert dues(leap)[DueKind.RECERT_AUDIT] == D(2027, 2, 27)  # 2027-02-28 minus one day
    may31 = replace(CERT, expires_on=D(2029, 5, 31))
    assert dues(may31)[DueKind.RECERT_APPLY] == D(2029, 2, 28)


def test_surveillance_deadlines_after_expiry_are_dropped() -> None:
    one_year = CycleRules(validity_years=1, first_surveillance_months=11,
                          recert_apply_months_before=2)
    cert = replace(CERT, expires_on=None)
    assert list(dues(cert, one_year)) == [DueKind.RECERT_APPLY, DueKind.SURVEILLANCE_1,
                                          DueKind.RECERT_AUDIT]
    assert dues(cert, one_year)[DueKind.RECERT_AUDIT] == D(2027, 3, 9)


# --- states ---------------------------------------------------------------------------------

def test_valid_well_before_the_first_surveillance() -> None:
    status = certificate_status(CERT, RULES, D(2026, 6, 1))
    assert status.state is CertificateState.VALID
    assert status.next_due is not None and status.next_due.kind is DueKind.SURVEILLANCE_1
    assert status.days_to_next == 282
    assert status.warnings == ()
    assert "2029-03-09" in status.reason.en and "2029-03-09" in status.reason.zh


@pytest.mark.parametrize(("today", "state", "days"), [
    (D(2026, 12, 9), CertificateState.VALID, 91),
    (D(2026, 12, 10), CertificateState.SURVEILLANCE_DUE, 90),
    (D(2027, 1, 9), CertificateState.SURVEILLANCE_DUE, 60),
    (D(2027, 3, 10), CertificateState.SURVEILLANCE_DUE, 0),
    (D(2027, 3, 11), CertificateState.OVERDUE, -1),
])
def test_state_around_the_first_surveillance_deadline(today: dt.date, state: CertificateState,
                                                      days: int) -> None:
    status = certificate_status(CERT, RULES, today)
    assert (status.state, status.days_to_next) == (state, days)


def test_surveillance_due_warning_names_date_and_days() -> None:
    status = certificate_status(CERT, RULES, D(2027, 1, 9))
    (warning,) = status.warnings
    assert "2027-03-10" in warning.en and "in 60 days" in warning.en
    assert "2027-03-10" in warning.zh and "还有 60 天" in warning.zh


def test_overdue_warning_says_suspension_risk() -> None:
    status = certificate_status(CERT, RULES, D(2027, 3, 11))
    (warning,) = status.warnings
    assert "1 day overdue" in warning.en and "suspend" in warning.en
    assert "已逾期 1 天" in warning.zh and "暂停" in warning.zh
    assert status.state.label.zh == "逾期（有暂停风险）"


def test_overdue_is_a_prediction_citing_the_2025_rules() -> None:
    status = certificate_status(CERT, RULES, D(2027, 3, 11))
    assert status.state in PREDICTED_STATES
    assert "CNCA-QMS-01:2025 5.4.1.4" in status.warnings[0].en
    assert "CNCA-QMS-01:2025 5.4.1.4" in status.warnings[0].zh
    assert "predicted" in status.state.label.en


@pytest.mark.parametrize(
    ("expires_on", "second_kept"),
    [
        (D(2028, 3, 10), False),   # second surveillance due on the expiry day: recertification
        (D(2028, 3, 11), True),    # one day before expiry: still a surveillance deadline
    ],
)
def test_a_surveillance_due_on_the_expiry_day_gives_way_to_recertification(
    expires_on: dt.date, second_kept: bool
) -> None:
    cert = with_events((K.SURVEILLANCE, D(2027, 3, 10)), (K.RECERT_APPLIED, D(2027, 11, 1)),
                       cert=replace(CERT, expires_on=expires_on))
    kinds = [d.kind for d in certificate_schedule(cert, RULES)]
    assert (DueKind.SURVEILLANCE_2 in kinds) is second_kept
    assert kinds[-1] is DueKind.RECERT_AUDIT
    on_the_day = certificate_status(cert, RULES, D(2028, 3, 10))
    assert on_the_day.state is CertificateState.SURVEILLANCE_DUE
    assert on_the_day.next_due is not None and on_the_day.days_to_next == 0
    assert on_the_day.next_due.kind is (
        DueKind.SURVEILLANCE_2 if second_kept else DueKind.RECERT_AUDIT)
    after = certificate_status(cert, RULES, D(2028, 3, 11))
    assert after.state is (CertificateState.OVERDUE if second_kept else CertificateState.EXPIRED)


def test_surveillance_held_moves_on_to_the_second() -> None:
    status = certificate_status(with_events((K.SURVEILLANCE, D(2027, 3, 10))), RULES,
                                D(2027, 3, 11))
    assert status.state is CertificateState.VALID
    assert status.next_due is not None
    assert (status.next_due.kind, status.next_due.due) == (DueKind.SURVEILLANCE_2,
                                                           D(2028, 3, 10))


def test_events_after_today_do_not_count_yet() -> None:
    cert = with_events((K.SURVEILLANCE, D(2027, 3, 5)))
    before = certificate_status(cert, RULES, D(2027, 3, 1))
    assert before.state is CertificateState.SURVEILLANCE_DUE and before.days_to_next == 9
    assert before.schedule[0].done_on is None
    assert certificate_status(cert, RULES, D(2027, 3, 5)).schedule[0].done_on == D(2027, 3, 5)


def test_missed_recertification_application_is_overdue() -> None:
    cert = with_events((K.SURVEILLANCE, D(2027, 2, 20)), (K.SURVEILLANCE, D(2028, 2, 1)))
    status = certificate_status(cert, RULES, D(2028, 12, 10))
    assert status.state is CertificateState.OVERDUE
    assert status.next_due is not None and status.next_due.kind is DueKind.RECERT_APPLY
    (warning,) = status.warnings
    assert "2028-12-09" in warning.en and "2029-03-09" in warning.en


def test_after_applying_the_recertification_audit_is_due() -> None:
    cert = with_events((K.SURVEILLANCE, D(2027, 2, 20)), (K.SURVEILLANCE, D(2028, 2, 1)),
                       (K.RECERT_APPLIED, D(2028, 11, 30)))
    status = certificate_status(cert, RULES, D(2028, 12, 10))
    assert status.state is CertificateState.SURVEILLANCE_DUE
    assert status.next_due is not None and status.next_due.kind is DueKind.RECERT_AUDIT
    assert status.days_to_next == 89


SUSPENDED = with_events((K.SUSPENDED, D(2027, 4, 15)))


def test_suspended_until_the_suspension_period_ends() -> None:
    status = certificate_status(SUSPENDED, RULES, D(2027, 5, 1))
    assert status.state is CertificateState.SUSPENDED
    assert "2027-07-15" in status.reason.en and "2027-07-15" in status.reason.zh
    (warning,) = status.warnings
    assert "2027-07-15" in warning.en and "in 75 days" in warning.en
    ends = [d for d in status.schedule if d.kind is DueKind.SUSPENSION_END]
    assert [(d.due, d.done_on) for d in ends] == [(D(2027, 7, 15), None)]
    assert certificate_status(SUSPENDED, RULES, D(2027, 7, 15)).state is CertificateState.SUSPENDED


def test_not_restored_after_three_months_is_predicted_withdrawn_not_withdrawn() -> None:
    # CNCA-QMS-01:2025 5.4.1.4: the body must withdraw it; the app does not do it by itself
    status = certificate_status(SUSPENDED, RULES, D(2027, 7, 16))
    assert status.state is CertificateState.TO_BE_WITHDRAWN
    assert status.state in PREDICTED_STATES
    assert status.state.label.zh == "撤销风险"
    assert "to be withdrawn on 2027-07-16" in status.reason.en
    assert "预计 2027-07-16 被撤销" in status.reason.zh
    assert "2027-07-15" in status.warnings[0].en and "predicted" in status.warnings[0].en
    # a year later it still waits for the body's decision
    later = certificate_status(SUSPENDED, RULES, D(2028, 7, 16))
    assert later.state is CertificateState.TO_BE_WITHDRAWN


def test_a_recorded_withdrawal_replaces_the_prediction() -> None:
    cert = with_events((K.SUSPENDED, D(2027, 4, 15)), (K.WITHDRAWN, D(2027, 8, 1)))
    assert certificate_status(cert, RULES, D(2027, 7, 20)).state is (
        CertificateState.TO_BE_WITHDRAWN)
    status = certificate_status(cert, RULES, D(2027, 8, 1))
    assert status.state is CertificateState.WITHDRAWN
    assert status.state not in PREDICTED_STATES
    assert status.next_due is None


def test_a_cancelled_certificate_is_cancelled() -> None:
    cert = with_events((K.CANCELLED, D(2026, 5, 2)))
    assert certificate_status(cert, RULES, D(2026, 5, 1)).state is CertificateState.VALID
    status = certificate_status(cert, RULES, D(2026, 5, 2))
    assert status.state is CertificateState.CANCELLED
    assert status.state.label.zh == "注销"
    assert "Cancelled on 2026-05-02" in status.reason.en and status.next_due is None


def test_six_month_suspension_setting() -> None:
    six = CycleRules(suspension_months=6)
    status = certificate_status(SUSPENDED, six, D(2027, 7, 16))
    assert status.state is CertificateState.SUSPENDED
    assert "2027-10-15" in status.reason.en
    assert certificate_status(SUSPENDED, six, D(2027, 10, 15)).state is (
        CertificateState.SUSPENDED)
    assert certificate_status(SUSPENDED, six, D(2027, 10, 16)).state is (
        CertificateState.TO_BE_WITHDRAWN)


def test_restored_certificate_is_valid_again() -> None:
    cert = with_events((K.SUSPENDED, D(2027, 4, 15)), (K.SURVEILLANCE, D(2027, 5, 10)),
                       (K.RESTORED, D(2027, 5, 20)))
    status = certificate_status(cert, RULES, D(2027, 6, 1))
    assert status.state is CertificateState.VALID
    by_kind = {d.kind: d for d in status.schedule}
    assert by_kind[DueKind.SUSPENSION_END].done_on == D(2027, 5, 20)
    assert by_kind[DueKind.SURVEILLANCE_2].due == D(2028, 3, 10)
    assert status.next_due is by_kind[DueKind.SURVEILLANCE_2]


def test_expired_without_recertification() -> None:
    assert certificate_status(CERT, RULES, D(2029, 3, 9)).state is CertificateState.OVERDUE
    status = certificate_status(CERT, RULES, D(2029, 3, 10))
    assert status.state is CertificateState.EXPIRED
    assert status.next_due is None
    (warning,) = status.warnings
    assert "2029-03-09" in warning.en and "初次认证" in warning.zh


def test_recertified_certificate_is_superseded() -> None:
    cert = with_events((K.SURVEILLANCE, D(2027, 2, 20)), (K.SURVEILLANCE, D(2028, 2, 1)),
                       (K.RECERTIFIED, D(2029, 2, 1)))
    before = certificate_status(cert, RULES, D(2029, 2, 2))
    assert (before.state, before.next_due, before.warnings) == (CertificateState.VALID, None, ())
    apply = next(d for d in before.schedule if d.kind is DueKind.RECERT_APPLY)
    assert apply.done_on == D(2029, 2, 1)
    after = certificate_status(cert, RULES, D(2029, 3, 10))
    assert (after.state, after.warnings) == (CertificateState.EXPIRED, ())


def test_withdrawn_event_wins_over_everything() -> None:
    cert = with_events((K.SUSPENDED, D(2027, 4, 15)), (K.WITHDRAWN, D(2027, 6, 1)))
    assert certificate_status(cert, RULES, D(2027, 5, 31)).state is CertificateState.SUSPENDED
    assert certificate_status(cert, RULES, D(2027, 6, 1)).state is CertificateState.WITHDRAWN
    assert certificate_status(cert, RULES, D(2030, 1, 1)).state is CertificateState.WITHDRAWN


def test_expiry_wins_over_suspension() -> None:
    cert = with_events((K.SUSPENDED, D(2029, 1, 20)))
    assert certificate_status(cert, RULES, D(2029, 3, 10)).state is CertificateState.EXPIRED


PLANNED = Certificate(id=9, standard_id="iso14001-2015", stage1_on=D(2026, 7, 1),
                      stage2_on=D(2026, 8, 15))


def test_planned_certificate_shows_its_stage_dates() -> None:
    status = certificate_status(PLANNED, RULES, D(2026, 6, 1))
    assert status.state is CertificateState.PLANNED
    assert [d.kind for d in status.schedule] == [DueKind.STAGE1, DueKind.STAGE2]
    assert status.days_to_next == 30
    assert "2026-07-01" in status.warnings[0].en
    later = certificate_status(PLANNED, RULES, D(2026, 7, 2))
    assert later.schedule[0].done_on == D(2026, 7, 1)
    assert later.next_due is not None and later.next_due.kind is DueKind.STAGE2


def test_planned_certificate_without_dates() -> None:
    status = certificate_status(Certificate(id=3, standard_id="iso45001-2018"), RULES,
                                D(2026, 6, 1))
    assert (status.state, status.schedule, status.next_due, status.warnings) == (
        CertificateState.PLANNED, (), None, ())


def test_status_to_dict_is_json_ready() -> None:
    data = certificate_status(CERT, RULES, D(2027, 1, 9)).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["state"] == "surveillance_due" and data["days_to_next"] == 60
    assert data["next_due"] == {"kind": "surveillance_1", "due": "2027-03-10", "done_on": None,
                                "label": {"en": "First surveillance audit",
                                          "zh": "第一次监督审核"}}
    assert data["schedule"][3]["due"] == "2029-03-09"


# --- opening warnings -----------------------------------------------------------------------

def test_opening_warnings_most_urgent_first() -> None:
    valid = replace(CERT, id=1, events=(CertificateEvent(K.SURVEILLANCE, D(2027, 2, 20)),))
    overdue = replace(CERT, id=2, standard_id="iso45001-2018", number="OH-1")
    withdrawn = replace(CERT, id=3, standard_id="iso14001-2015", number="E-9",
                        events=(CertificateEvent(K.WITHDRAWN, D(2027, 3, 1)),))
    planned = replace(PLANNED, stage1_on=D(2027, 4, 1), stage2_on=D(2027, 5, 1))
    warnings = opening_warnings([valid, overdue, planned, withdrawn], RULES, D(2027, 3, 15))
    assert len(warnings) == 3
    assert warnings[0].en.startswith("ISO 14001:2015 certificate E-9: Withdrawn on 2027-03-01")
    assert warnings[0].zh.startswith("ISO 14001:2015 证书（E-9）：")
    assert warnings[1].en.startswith("ISO 45001:2018 certificate OH-1: First surveillance")
    assert warnings[2].en == ("ISO 14001:2015 certification: Stage 1 audit on 2027-04-01 "
                              "(in 17 days).")


def test_no_opening_warnings_when_all_is_well() -> None:
    assert opening_warnings([CERT], RULES, D(2026, 6, 1)) == ()
    assert opening_warnings([], RULES, D(2026, 6, 1)) == ()


# --- approval numbers -----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["CNCA-R-2002-001", "CNCA-R-2017-118", " CNCA-R-2021-999 "])
def test_approval_number_accepted(text: str) -> None:
    assert check_approval_number(text)


@pytest.mark.parametrize("text", [
    "", "CNCA-R-1999-001", "CNCA-R-2002-01", "CNCA-R-2002-0001", "CNCA-R-2002-000",
    "cnca-r-2002-001", "CNCA-2002-001", "CNAS-R-2002-001", "CNCA-R-02-001", "CNCA-R-2002-001x",
])
def test_approval_number_rejected(text: str) -> None:
    assert not check_approval_number(text)


# --- rules as JSON --------------------------------------------------------------------------

def test_rules_round_trip_through_json() -> None:
    rules = CycleRules(suspension_months=6, warning_days=30)
    assert CycleRules.from_json(json.loads(json.dumps(rules.to_json()))) == rules
    assert rules.to_json()["suspension_months"] == 6


@pytest.mark.parametrize(("key", "value"), [
    ("suspension_months", 0), ("suspension_months", 13), ("warning_days", -1),
    ("validity_years", True), ("first_surveillance_months", "12"),
    ("first_surveillance_months", 36), ("recert_apply_months_before", 36),
])
def test_bad_rule_values_are_refused(key: str, value: object) -> None:
    data = {**RULES.to_json(), key: value}
    with pytest.raises(ValueError, match=key) as info:
        CycleRules.from_json(data)
    assert isinstance(info.value, CycleRulesError) and info.value.key == key


def test_missing_rule_and_source_are_refused() -> None:
    data = RULES.to_json()
    del data["warning_days"]
    with pytest.raises(CycleRulesError, match="warning_days"):
        CycleRules.from_json(data)
    with pytest.raises(CycleRulesError, match=r"source\.zh"):
        CycleRules.from_json({**RULES.to_json(), "source": {"en": "x", "zh": " "}})
