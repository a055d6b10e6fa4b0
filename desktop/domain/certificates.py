"""The certificate cycle: deadlines, states and warnings of a management-system certificate.

Default rules (:class:`CycleRules`, configurable; sources in
:mod:`desktop.domain.cycle_rules`): CNCA-QMS-01:2025 (in force 2026-01-01)
5.4.1.4 and the 2026 EMS and OH&S MS rules (CNCA Announcement 2026 No. 2)
give 3 years of validity, a first surveillance within 12 months of the issue
date and at most 12 months between surveillance audits (two in the cycle); a
late surveillance means the certificate must be suspended, and one still not
held when the suspension period ends means it must be withdrawn; 5.8.2: the
recertification audit is completed before expiry, else certification starts
again. Chinese certification-body practice adds applying for recertification
3 months before expiry and a 3-month suspension period (some bodies allow 6).
The body decides suspension and withdrawal: until its decision is recorded
as an event the state is a prediction (:data:`PREDICTED_STATES`), never a
decision the app takes by itself.
A record without an expiry date expires on issue + 3 years - 1 day (issued
2026-03-10, expires 2029-03-09). Months are calendar months clamped to the
month's end (``dateutil.relativedelta``: 2026-01-31 + 1 month = 2026-02-28).

How events (:class:`~desktop.domain.records.CertificateEvent`) meet deadlines:

- first / second surveillance: the first / second SURVEILLANCE event on or
  after the issue date. The second deadline counts from the first surveillance
  held, but never from later than the first deadline, so a late first audit
  does not shift the cycle (first held 2027-02-20 → due 2028-02-20; first due
  2027-03-10, held 2027-05-01 → due 2028-03-10). A surveillance deadline on or
  after expiry is dropped (recertification replaces it);
- recertification application: the first RECERT_APPLIED event, else the
  RECERTIFIED event (an application preceded it but was not recorded);
- recertification audit: the RECERTIFIED event, due by the expiry date;
- each suspension: "suspension period ends" (suspension date + the period),
  met by the RESTORED event lifting it.

A deadline met after its due date stays met (``DueDate.late`` tells). A
RECERTIFIED event means the cycle goes on under a new certificate record the
user enters: the old record is superseded, VALID without deadlines until its
expiry, then EXPIRED without a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from dateutil.relativedelta import relativedelta

from desktop.domain.cycle_rules import (
    DEFAULT_SOURCE,
    DEFAULT_SUSPENSION_MONTHS,
    SUSPENSION_SOURCE,
    CycleRules,
    CycleRulesError,
    suspension_rule,
)
from desktop.domain.model import Text
from desktop.domain.records import Certificate, CertificateEvent, CertificateEventKind

__all__ = [
    "DEFAULT_SOURCE", "DEFAULT_SUSPENSION_MONTHS", "PREDICTED_STATES", "SUSPENSION_SOURCE",
    "CertificateState",
    "CertificateStatus", "CycleRules", "CycleRulesError", "DueDate", "DueKind",
    "add_months", "certificate_name", "certificate_schedule", "certificate_status",
    "check_approval_number", "expiry_date", "opening_warnings", "suspension_rule",
]

class CertificateState(StrEnum):
    """Where a certificate stands on a given day (see :func:`certificate_status` for precedence)."""

    PLANNED = "planned"
    VALID = "valid"
    SURVEILLANCE_DUE = "surveillance_due"
    OVERDUE = "overdue"
    SUSPENDED = "suspended"
    TO_BE_WITHDRAWN = "to_be_withdrawn"   # predicted: the body has not decided yet
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    CANCELLED = "cancelled"

    @property
    def label(self) -> Text:
        """User-facing name, e.g. "Valid" / "有效"."""
        return _STATE_LABELS[self]


_STATE_LABELS = {
    CertificateState.PLANNED: Text("Preparing", "准备中"),
    CertificateState.VALID: Text("Valid", "有效"),
    CertificateState.SURVEILLANCE_DUE: Text("Surveillance or recertification due",
                                            "监督审核/再认证到期"),
    CertificateState.OVERDUE: Text("Overdue (to be suspended, predicted)",
                                    "逾期（有暂停风险）"),
    CertificateState.SUSPENDED: Text("Suspended", "暂停"),
    CertificateState.TO_BE_WITHDRAWN: Text("To be withdrawn (predicted)", "撤销风险"),
    CertificateState.EXPIRED: Text("Expired", "过期"),
    CertificateState.WITHDRAWN: Text("Withdrawn", "撤销"),
    CertificateState.CANCELLED: Text("Cancelled", "注销"),
}

PREDICTED_STATES = frozenset({CertificateState.OVERDUE, CertificateState.TO_BE_WITHDRAWN})
"""States the certification body decides and the app only predicts from the dates.

They last until the user records the body's decision (a SUSPENDED, WITHDRAWN
or RESTORED event); CNCA-QMS-01:2025 5.4.1.4 says what must follow, the body
decides when.
"""


class DueKind(StrEnum):
    """The kind of one deadline in a certificate's calendar."""

    STAGE1 = "stage1"                  # last day of the stage 1 audit (not yet certified)
    STAGE2 = "stage2"                  # last day of the stage 2 audit (not yet certified)
    SURVEILLANCE_1 = "surveillance_1"
    SURVEILLANCE_2 = "surveillance_2"
    RECERT_APPLY = "recert_apply"
    RECERT_AUDIT = "recert_audit"      # due on the expiry date
    SUSPENSION_END = "suspension_end"  # not restored by then: withdrawn

    @property
    def label(self) -> Text:
        """User-facing name, e.g. "First surveillance audit" / "第一次监督审核"."""
        return _DUE_LABELS[self]


_DUE_LABELS = {
    DueKind.STAGE1: Text("Stage 1 audit", "第一阶段审核"),
    DueKind.STAGE2: Text("Stage 2 audit", "第二阶段审核"),
    DueKind.SURVEILLANCE_1: Text("First surveillance audit", "第一次监督审核"),
    DueKind.SURVEILLANCE_2: Text("Second surveillance audit", "第二次监督审核"),
    DueKind.RECERT_APPLY: Text("Recertification application", "再认证申请"),
    DueKind.RECERT_AUDIT: Text("Recertification audit", "再认证审核"),
    DueKind.SUSPENSION_END: Text("End of the suspension period", "暂停期结束"),
}

@dataclass(frozen=True, slots=True)
class DueDate:
    """One entry of a certificate's calendar.

    Attributes:
        kind: see :class:`DueKind`.
        due: the last day on which it is on time.
        done_on: when it was met (from the events), ``None`` while not met.
        label: user-facing name (the kind's label).
    """

    kind: DueKind
    due: dt.date
    done_on: dt.date | None
    label: Text

    @property
    def late(self) -> bool:
        """True when it was met after its due date."""
        return self.done_on is not None and self.done_on > self.due

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: ``{"kind", "label", "due", "done_on"}`` with ISO dates."""
        return {"kind": self.kind.value, "label": _json_text(self.label),
                "due": self.due.isoformat(),
                "done_on": self.done_on.isoformat() if self.done_on else None}


@dataclass(frozen=True, slots=True)
class CertificateStatus:
    """A certificate's state on one day, with its calendar.

    Attributes:
        certificate_id, standard_id: from the record.
        state: see :class:`CertificateState`.
        schedule: every deadline of the cycle in date order, met ones with ``done_on``.
        next_due: the first deadline not met; ``None`` when none is left, and
            for withdrawn, expired and superseded (recertified) certificates.
        days_to_next: ``next_due.due - today`` in days (negative when overdue).
        reason: why this state, with the dates.
        warnings: what needs doing, most pressing first; empty when nothing does.
    """

    certificate_id: int
    standard_id: str
    state: CertificateState
    schedule: tuple[DueDate, ...]
    next_due: DueDate | None
    days_to_next: int | None
    reason: Text
    warnings: tuple[Text, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: dates as ISO-8601 strings, texts as ``{"en", "zh"}``."""
        return {
            "certificate_id": self.certificate_id, "standard_id": self.standard_id,
            "state": self.state.value, "state_label": _json_text(self.state.label),
            "schedule": [d.to_dict() for d in self.schedule],
            "next_due": self.next_due.to_dict() if self.next_due else None,
            "days_to_next": self.days_to_next, "reason": _json_text(self.reason),
            "warnings": [_json_text(w) for w in self.warnings]}


def _json_text(text: Text) -> dict[str, str]:
    return {"en": text.en, "zh": text.zh}


_APPROVAL = re.compile(r"CNCA-R-(\d{4})-(\d{3})")
_FIRST_APPROVAL_YEAR = 2001  # CNCA was set up in 2001
_LAST_APPROVAL_YEAR = 2099


def check_approval_number(text: str) -> bool:
    """True when ``text`` has the format of a CNCA approval number, ``CNCA-R-YYYY-NNN``.

    ``YYYY`` is a year from 2001 (CNCA set up) to 2099, ``NNN`` three digits
    001-999; upper case, surrounding blanks ignored. The format only: whether
    the body is really approved is looked up on the CNCA platform (cx.cnca.cn).
    Example: ``"CNCA-R-2002-001"`` is accepted, ``"CNCA-R-02-001"`` is not.
    """
    match = _APPROVAL.fullmatch(text.strip())
    if match is None:
        return False
    year, serial = int(match.group(1)), int(match.group(2))
    return _FIRST_APPROVAL_YEAR <= year <= _LAST_APPROVAL_YEAR and serial > 0


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months (negative: minus), clamped to the month's end.

    Example: 2026-01-31 + 1 → 2026-02-28; 2029-05-31 - 3 → 2029-02-28.
    """
    result: dt.date = day + relativedelta(months=months)
    return result


def expiry_date(cert: Certificate, rules: CycleRules) -> dt.date | None:
    """The certificate's last valid day: ``expires_on``, else issue + validity years - 1 day.

    Returns ``None`` while the certificate is not issued.
    """
    if cert.expires_on is not None:
        return cert.expires_on
    if cert.issued_on is None:
        return None
    return add_months(cert.issued_on, 12 * rules.validity_years) - dt.timedelta(days=1)


def certificate_schedule(cert: Certificate, rules: CycleRules,
                         as_of: dt.date | None = None) -> tuple[DueDate, ...]:
    """Every deadline of the certificate's cycle in date order, met ones with ``done_on``.

    Issued: surveillance 1 and 2, recertification application and audit, one
    suspension end per suspension (rules: module docstring). Not issued: the
    stage 1/2 dates entered, met once on or before ``as_of``.

    Args:
        as_of: when given, events after this day are ignored (a view of that day).

    Example: issued 2026-03-10, expiring 2029-03-09, default rules → first
    surveillance 2027-03-10, second 2028-03-10 (or 12 months after an earlier
    first one), application 2028-12-09, recertification audit 2029-03-09.
    """
    if cert.issued_on is None:
        return _stage_schedule(cert, as_of)
    expiry = expiry_date(cert, rules)
    assert expiry is not None
    events = _events(cert, as_of)
    held = [e.on for e in events if e.kind is CertificateEventKind.SURVEILLANCE]
    recertified = _first_on(events, CertificateEventKind.RECERTIFIED)
    applied = _first_on(events, CertificateEventKind.RECERT_APPLIED) or recertified

    first_due = add_months(cert.issued_on, rules.first_surveillance_months)
    start = min(held[0], first_due) if held else first_due
    second_due = add_months(start, rules.surveillance_interval_months)
    entries = [
        _entry(DueKind.SURVEILLANCE_1, first_due, held[0] if held else None),
        _entry(DueKind.SURVEILLANCE_2, second_due, held[1] if len(held) > 1 else None),
    ]
    entries = [e for e in entries if e.due < expiry]
    entries.append(_entry(DueKind.RECERT_APPLY,
                          add_months(expiry, -rules.recert_apply_months_before), applied))
    entries.append(_entry(DueKind.RECERT_AUDIT, expiry, recertified))
    entries.extend(_suspensions(events, rules)[0])
    return tuple(sorted(entries, key=lambda e: e.due))


def _stage_schedule(cert: Certificate, as_of: dt.date | None) -> tuple[DueDate, ...]:
    stages = [(DueKind.STAGE1, cert.stage1_on), (DueKind.STAGE2, cert.stage2_on)]
    return tuple(sorted((_entry(k, on, on if as_of and on <= as_of else None)
                         for k, on in stages if on is not None), key=lambda e: e.due))


def _events(cert: Certificate, as_of: dt.date | None) -> tuple[CertificateEvent, ...]:
    """Events on or after the issue date (and not after ``as_of``), in date order."""
    issued = cert.issued_on
    assert issued is not None
    return tuple(sorted(
        (e for e in cert.events if e.on >= issued and (as_of is None or e.on <= as_of)),
        key=lambda e: e.on))


def _first_on(events: Sequence[CertificateEvent], kind: CertificateEventKind) -> dt.date | None:
    return next((e.on for e in events if e.kind is kind), None)


def _entry(kind: DueKind, due: dt.date, done_on: dt.date | None) -> DueDate:
    return DueDate(kind=kind, due=due, done_on=done_on, label=kind.label)


def _suspensions(events: Sequence[CertificateEvent],
                 rules: CycleRules) -> tuple[list[DueDate], dt.date | None]:
    """One suspension-end entry per suspension, and the start of the one still in force."""
    entries: list[DueDate] = []
    since: dt.date | None = None
    for event in events:
        if event.kind is CertificateEventKind.SUSPENDED and since is None:
            since = event.on
        elif event.kind is CertificateEventKind.RESTORED and since is not None:
            entries.append(_entry(DueKind.SUSPENSION_END,
                                  add_months(since, rules.suspension_months), event.on))
            since = None
    if since is not None:
        entries.append(_entry(DueKind.SUSPENSION_END,
                              add_months(since, rules.suspension_months), None))
    return entries, since


def certificate_status(cert: Certificate, rules: CycleRules, today: dt.date) -> CertificateStatus:
    """The state of ``cert`` on ``today`` with its calendar, reason and warnings.

    Only events on or before ``today`` count. Precedence (first that applies):

    1. PLANNED: no issue date; the schedule holds the stage 1/2 dates entered.
    2. WITHDRAWN / CANCELLED: a WITHDRAWN or CANCELLED event (the first one).
    3. EXPIRED: ``today`` is after the expiry date (superseded by a
       recertification: no warning).
    4. SUSPENDED: a SUSPENDED event not followed by RESTORED; once the
       suspension period (``rules.suspension_months``) has ended without a
       restoration: TO_BE_WITHDRAWN, a prediction ("to be withdrawn on" the
       day after the period ends) that lasts until the body's decision is
       recorded (CNCA-QMS-01:2025 5.4.1.4; the app never withdraws by itself).
    5. VALID without deadlines after a RECERTIFIED event (superseded).
    6. OVERDUE: a surveillance or recertification deadline before ``today``
       not met; a prediction: a late surveillance audit means the body must
       suspend the certificate (5.4.1.4), until the suspension is recorded.
    7. SURVEILLANCE_DUE: the next deadline is 0 to ``rules.warning_days`` days away.
    8. VALID.

    Example (default rules, issued 2026-03-10, no events): on 2027-01-09 the
    first surveillance is 60 days away → SURVEILLANCE_DUE; on 2027-03-11 → OVERDUE.
    """
    schedule = certificate_schedule(cert, rules, as_of=today)
    if cert.issued_on is None:
        return _planned(cert, rules, today, schedule)
    expiry = expiry_date(cert, rules)
    assert expiry is not None
    events = _events(cert, today)
    recertified = _first_on(events, CertificateEventKind.RECERTIFIED)
    suspended = _suspensions(events, rules)[1]
    pending = [d for d in schedule if d.done_on is None]
    next_due = pending[0] if pending else None

    def status(state: CertificateState, reason: Text, warnings: Sequence[Text] = (),
               next_due: DueDate | None = None) -> CertificateStatus:
        return CertificateStatus(
            certificate_id=cert.id, standard_id=cert.standard_id, state=state,
            schedule=schedule, next_due=next_due,
            days_to_next=(next_due.due - today).days if next_due else None,
            reason=reason, warnings=tuple(warnings))

    restart = Text("certification starts again from an initial audit", "须重新进行初次认证")
    ended = _ended(events)
    if ended is not None:
        kind, on = ended
        if kind is CertificateEventKind.CANCELLED:
            return status(CertificateState.CANCELLED,
                          Text(f"Cancelled on {on}.", f"已于 {on} 被注销。"),
                          [Text(f"Cancelled on {on}: the certificate is no longer valid; "
                                f"{restart.en}.",
                                f"已于 {on} 被注销，证书不再有效，{restart.zh}。")])
        return status(CertificateState.WITHDRAWN,
                      Text(f"Withdrawn on {on}.", f"已于 {on} 被撤销。"),
                      [Text(f"Withdrawn on {on}: it cannot be restored; {restart.en}.",
                            f"已于 {on} 被撤销，不能恢复，{restart.zh}。")])
    if today > expiry:
        if recertified is not None:
            return status(CertificateState.EXPIRED, Text(
                f"Expired on {expiry}; replaced by the certificate issued after "
                f"recertification on {recertified}.",
                f"已于 {expiry} 到期；由 {recertified} 再认证后颁发的新证书取代。"))
        return status(CertificateState.EXPIRED,
                      Text(f"Expired on {expiry} without recertification (CNCA-QMS-01:2025 "
                           "5.8.2: the recertification audit must be completed before expiry).",
                           f"已于 {expiry} 到期，未完成再认证（CNCA-QMS-01:2025 5.8.2："
                           "再认证审核须在证书到期前完成）。"),
                      [Text(f"Expired on {expiry} without recertification: {restart.en}.",
                            f"已于 {expiry} 到期且未完成再认证，{restart.zh}。")])
    if suspended is not None:
        end = add_months(suspended, rules.suspension_months)
        period = Text(f"{rules.suspension_months}-month suspension period",
                      f"暂停期 {rules.suspension_months} 个月")
        if today > end:
            withdraw_on = end + dt.timedelta(days=1)
            return status(CertificateState.TO_BE_WITHDRAWN, Text(
                f"Suspended on {suspended} and not restored by {end}, the end of the "
                f"{period.en}: to be withdrawn on {withdraw_on} (predicted; CNCA-QMS-01:2025 "
                "5.4.1.4 says it must be withdrawn, the certification body decides). Record "
                "the withdrawal when the body decides it, or the restoration if it was restored.",
                f"{suspended} 被暂停，至{period.zh}结束日 {end} 仍未恢复：撤销风险，预计 "
                f"{withdraw_on} 被撤销（预测；CNCA-QMS-01:2025 5.4.1.4 规定须撤销，由认证机构"
                "决定）。认证机构作出决定后请登记撤销；如已恢复，请登记恢复。"),
                [Text(f"The suspension period ended on {end} without restoration: the "
                      f"certificate is to be withdrawn on {withdraw_on} (predicted until you "
                      f"record the body's decision); {restart.en}.",
                      f"暂停期已于 {end} 结束且未恢复：证书有撤销风险，预计 {withdraw_on} 被撤销"
                      f"（在登记认证机构的决定前为预测），{restart.zh}。")],
                next_due=next_due)
        when = _in_days((end - today).days)
        return status(CertificateState.SUSPENDED, Text(
            f"Suspended on {suspended}; to be withdrawn unless restored by {end} "
            f"({period.en}; CNCA-QMS-01:2025 5.4.1.4).",
            f"已于 {suspended} 被暂停；如在 {end} 前未恢复将被撤销"
            f"（{period.zh}；CNCA-QMS-01:2025 5.4.1.4）。"),
            [Text(f"Suspended since {suspended}: have it restored by {end} ({when.en}), or it "
                  "is to be withdrawn.",
                  f"自 {suspended} 起被暂停：须在 {end} 前恢复（{when.zh}），否则将被撤销。")],
            next_due=next_due)
    if recertified is not None:
        return status(CertificateState.VALID, Text(
            f"Recertified on {recertified}: valid until {expiry}, then replaced by the "
            "new certificate.",
            f"已于 {recertified} 通过再认证：有效期至 {expiry}，之后由新证书取代。"))
    overdue = [d for d in pending if d.due < today]
    if overdue:
        first = overdue[0]
        return status(CertificateState.OVERDUE, Text(
            f"{first.label.en} was due by {first.due} and is not recorded.",
            f"{first.label.zh}应在 {first.due} 前完成，尚无记录。"),
            [_overdue_warning(d, today, expiry) for d in overdue], next_due=next_due)
    if next_due is not None and (next_due.due - today).days <= rules.warning_days:
        when = _in_days((next_due.due - today).days)
        return status(CertificateState.SURVEILLANCE_DUE, Text(
            f"{next_due.label.en} due by {next_due.due} ({when.en}); deadlines are reported "
            f"{rules.warning_days} days ahead.", f"{next_due.label.zh}应在 {next_due.due} 前完成"
            f"（{when.zh}）；期限前 {rules.warning_days} 天开始提醒。"),
            [_due_warning(next_due, today, expiry)], next_due=next_due)
    if next_due is None:
        return status(CertificateState.VALID, Text(
            f"Valid until {expiry}; no deadline left.", f"有效期至 {expiry}；无待办期限。"))
    when = _in_days((next_due.due - today).days)
    return status(CertificateState.VALID, Text(
        f"Valid until {expiry}; next: {next_due.label.en} by {next_due.due} ({when.en}).",
        f"有效期至 {expiry}；下一期限：{next_due.label.zh}，{next_due.due} 前（{when.zh}）。"),
        next_due=next_due)


def _ended(events: Sequence[CertificateEvent]) -> tuple[CertificateEventKind, dt.date] | None:
    """The first WITHDRAWN or CANCELLED event: the certificate's end, if recorded."""
    final = (CertificateEventKind.WITHDRAWN, CertificateEventKind.CANCELLED)
    return next(((e.kind, e.on) for e in events if e.kind in final), None)


def _planned(cert: Certificate, rules: CycleRules, today: dt.date,
             schedule: tuple[DueDate, ...]) -> CertificateStatus:
    next_due = next((d for d in schedule if d.done_on is None), None)
    days = (next_due.due - today).days if next_due else None
    if schedule:
        dates_en = "; ".join(f"{d.label.en} on {d.due}" for d in schedule)
        dates_zh = "；".join(f"{d.label.zh}：{d.due}" for d in schedule)
        reason = Text(f"No certificate issued yet. {dates_en}.", f"尚未颁发证书。{dates_zh}。")
    else:
        reason = Text("No certificate issued yet; no audit dates entered.",
                      "尚未颁发证书，也未填写审核日期。")
    warnings = []
    if next_due is not None and days is not None and 0 <= days <= rules.warning_days:
        when = _in_days(days)
        warnings.append(Text(f"{next_due.label.en} on {next_due.due} ({when.en}).",
                             f"{next_due.label.zh}：{next_due.due}（{when.zh}）。"))
    return CertificateStatus(
        certificate_id=cert.id, standard_id=cert.standard_id, state=CertificateState.PLANNED,
        schedule=schedule, next_due=next_due, days_to_next=days, reason=reason,
        warnings=tuple(warnings))


def _days(days: int) -> Text:
    return Text(f"{days} day" if days == 1 else f"{days} days", f"{days} 天")


def _in_days(days: int) -> Text:
    if days == 0:
        return Text("today", "今天到期")
    return Text(f"in {_days(days).en}", f"还有 {days} 天")


def _due_warning(due: DueDate, today: dt.date, expiry: dt.date) -> Text:
    when = _in_days((due.due - today).days)
    if due.kind is DueKind.RECERT_APPLY:
        return Text(f"Apply for recertification by {due.due} ({when.en}); the certificate "
                    f"expires on {expiry}.",
                    f"应在 {due.due} 前申请再认证（{when.zh}）；证书于 {expiry} 到期。")
    if due.kind is DueKind.RECERT_AUDIT:
        return Text(f"Recertification audit to be completed by {due.due} ({when.en}), the "
                    "certificate's last valid day.",
                    f"再认证审核须在 {due.due} 前完成（{when.zh}），即证书有效期的最后一天。")
    return Text(f"{due.label.en} due by {due.due} ({when.en}).",
                f"{due.label.zh}应在 {due.due} 前完成（{when.zh}）。")


def _overdue_warning(due: DueDate, today: dt.date, expiry: dt.date) -> Text:
    late = _days((today - due.due).days)
    if due.kind is DueKind.RECERT_APPLY:
        return Text(f"Recertification was to be applied for by {due.due} ({late.en} "
                    f"overdue): apply now so the audit is completed before expiry on {expiry}.",
                    f"应在 {due.due} 前申请再认证（已逾期 {late.zh}）：请尽快申请，确保在 "
                    f"{expiry} 证书到期前完成再认证审核。")
    if due.kind is DueKind.RECERT_AUDIT:
        return Text(f"The recertification audit was due by {due.due} and is not recorded "
                    f"({late.en} overdue): if it was not completed on site before expiry, "
                    "certification starts again from an initial audit (CNCA-QMS-01:2025 5.8.2).",
                    f"再认证审核应在 {due.due} 前完成，尚无记录（已逾期 {late.zh}）：如未在证书"
                    "到期前完成现场审核，须重新进行初次认证（CNCA-QMS-01:2025 5.8.2）。")
    return Text(f"{due.label.en} was due by {due.due} and is not recorded ({late.en} "
                "overdue): the certificate is to be suspended (predicted: CNCA-QMS-01:2025 "
                "5.4.1.4 says a late surveillance audit means suspension; the certification "
                "body decides). Record the audit if it was held, or the suspension.",
                f"{due.label.zh}应在 {due.due} 前完成，尚无记录（已逾期 {late.zh}）：证书有暂停"
                "风险（预测：CNCA-QMS-01:2025 5.4.1.4 规定超过监督审核间隔须暂停证书，由认证机构"
                "决定）。如已审核请登记审核，或登记暂停。")


_URGENCY = (CertificateState.WITHDRAWN, CertificateState.TO_BE_WITHDRAWN,
            CertificateState.EXPIRED, CertificateState.SUSPENDED, CertificateState.OVERDUE,
            CertificateState.SURVEILLANCE_DUE, CertificateState.CANCELLED,
            CertificateState.PLANNED, CertificateState.VALID)
"""Most urgent first (valid ones have no warnings)."""

_ISO_ID = re.compile(r"iso(\d+)-(\d{4})")


def certificate_name(cert: Certificate) -> Text:
    """How a certificate is named in messages, e.g. "ISO 9001:2015 certificate 26Q10318R0S".

    The standard is written from its id (``"iso9001-2015"`` → ``"ISO 9001:2015"``;
    any other id as it is); the number is added once issued.
    """
    match = _ISO_ID.fullmatch(cert.standard_id)
    std = f"ISO {match.group(1)}:{match.group(2)}" if match else cert.standard_id
    if cert.number:
        return Text(f"{std} certificate {cert.number}", f"{std} 证书（{cert.number}）")
    return Text(f"{std} certification", f"{std} 认证")


def opening_warnings(certs: Sequence[Certificate], rules: CycleRules,
                     today: dt.date) -> tuple[Text, ...]:
    """What to tell the user about certificates when a project opens on ``today``.

    Each warning of :func:`certificate_status` prefixed with the certificate's
    name (:func:`certificate_name`), most urgent state first (withdrawn,
    expired, suspended, overdue, due, preparing), then in the given order.
    Empty when no certificate needs attention.
    """
    statuses = [(cert, certificate_status(cert, rules, today)) for cert in certs]
    statuses.sort(key=lambda pair: _URGENCY.index(pair[1].state))
    out: list[Text] = []
    for cert, status in statuses:
        name = certificate_name(cert)
        out.extend(Text(f"{name.en}: {w.en}", f"{name.zh}：{w.zh}") for w in status.warnings)
    return tuple(out)
