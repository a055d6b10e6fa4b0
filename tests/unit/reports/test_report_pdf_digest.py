"""pdf_digest: which gaps the executive summary shows first, and the counts it prints."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desktop.domain.records import (
    Action,
    ActionSource,
    ActionStatus,
    Finding,
    FindingGrade,
    ManagementReview,
)
from desktop.domain.reviews import REQUIRED_INPUTS
from desktop.reports.pdf import pdf_digest as digest


def test_gaps_put_not_started_first_and_let_standards_take_turns(report_sample):
    data = report_sample.report("en")

    gaps = [row.item_id for _, row in digest.mandatory_gaps(data)]

    # Not started: ISO 9001 7.2, 9.2.2, 9.3.3 and ISO 14001 6.1.2; in progress: ISO 9001 5.2.2.
    # Ready (4.3, 7.1.5.2, ISO 14001 5.2) and evidence items (8.3, 9.3.3:E) are no gaps.
    assert gaps == [
        "iso9001-2015:7.2:R",
        "iso14001-2015:6.1.2:M",
        "iso9001-2015:9.2.2:R",
        "iso9001-2015:9.3.3:R",
        "iso9001-2015:5.2.2:M",
    ]


def test_findings_by_grade_counts_raised_and_open():
    findings = [
        Finding(1, 1, FindingGrade.MINOR, "a"),
        Finding(2, 1, FindingGrade.MINOR, "b", closed_on=dt.date(2026, 11, 1)),
        Finding(3, 2, FindingGrade.OBSERVATION, "c"),
    ]

    counts = {c.grade: (c.raised, c.open) for c in digest.findings_by_grade(findings)}

    assert counts == {
        FindingGrade.MAJOR: (0, 0),
        FindingGrade.MINOR: (2, 1),
        FindingGrade.OBSERVATION: (1, 1),
        FindingGrade.IMPROVEMENT: (0, 0),
    }
    assert digest.findings_per_audit(findings) == {1: 2, 2: 1}


def test_missing_review_inputs_add_up_over_the_standards_reviewed(report_sample):
    data = report_sample.report("en")
    all_9001 = frozenset(i.id for i in REQUIRED_INPUTS["iso9001"])
    review = ManagementReview(
        id=1,
        held_on=dt.date(2026, 12, 1),
        standard_ids=("iso9001-2015", "iso14001-2015"),
        inputs=all_9001 - {"iso9001:9.3.2.a"},
    )

    missing = digest.missing_review_inputs(review, data)

    # One ISO 9001 input left out, and none of the ISO 14001 inputs recorded.
    assert missing == 1 + len(REQUIRED_INPUTS["iso14001"])


def test_actions_open_first_by_due_date_then_closed():
    actions = (
        Action(1, "done", status=ActionStatus.DONE, due_on=dt.date(2026, 1, 1)),
        Action(2, "undated"),
        Action(3, "late", due_on=dt.date(2026, 12, 1)),
        Action(4, "early", due_on=dt.date(2026, 10, 1), status=ActionStatus.IN_PROGRESS),
    )

    assert [a.id for a in digest.ordered_actions(actions)] == [4, 3, 2, 1]


def test_action_source_names_the_item_or_finding(report_sample):
    data = dataclasses.replace(
        report_sample.report("zh"),
        findings=(Finding(5, 1, FindingGrade.MINOR, "x", clause_id="iso9001-2015:7.2"),),
    )
    gap = Action(1, "a", source=ActionSource.GAP, source_ref="iso9001-2015:7.2:R")
    finding = Action(2, "b", source=ActionSource.FINDING, source_ref="5")
    other = Action(3, "c", source=ActionSource.OTHER, source_ref="客户投诉 12")

    assert digest.action_source(gap, data) == "ISO 9001:2015 7.2 人员能力的证据"
    assert digest.action_source(finding, data) == "一般不符合 · ISO 9001:2015 7.2"
    assert digest.action_source(other, data) == "客户投诉 12"


def test_no_certificate_deadline_without_an_assessment(report_sample):
    assert digest.next_certificate(report_sample.report("en")) is None
