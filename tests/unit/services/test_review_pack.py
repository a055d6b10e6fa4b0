"""The management review pack: outputs recorded back as decisions and actions, and the
input report as PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain.records import ActionSource, ActionStatus, ManagementReview
from desktop.domain.review_pack import DecisionKind, ReviewDecision, ReviewOutputs, Topic
from desktop.errors import ValidationError
from desktop.services.audits.review_pack import (
    export_review_pack,
    restore_review_outputs,
    review_outputs,
    review_pack_data,
    save_review_outputs,
)
from desktop.services.records import delete_action, save_review
from desktop.services.session import ProjectSession

DAY = dt.date(2026, 11, 20)


def _review(session: ProjectSession, held_on: dt.date = DAY) -> int:
    standard_ids = tuple(s.id for s in session.standards())
    changes = save_review(session, ManagementReview(
        0, held_on, chair="总经理 周文华", attendees=("管理者代表 李明",),
        standard_ids=standard_ids, inputs=frozenset({"iso9001:9.3.2.c.6"})))
    assert changes.record_id is not None
    return changes.record_id


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_decision_with_an_owner_becomes_a_linked_action(sample: ProjectSession) -> None:
    rid = _review(sample)
    before = len(sample.store.records.actions())
    save_review_outputs(sample, ReviewOutputs(rid, ((Topic.FEEDBACK, "满意度 92 分"),), (
        ReviewDecision(DecisionKind.RESOURCES, "增购一台三坐标测量机", owner="设备部 张强",
                       due_on=dt.date(2027, 3, 31)),
        ReviewDecision(DecisionKind.OTHER, "质量方针保持不变"))), today=DAY)
    actions = sample.store.records.actions()
    assert len(actions) == before + 1
    action = actions[-1]
    assert (action.title, action.owner, action.source, action.source_ref) == (
        "增购一台三坐标测量机", "设备部 张强", ActionSource.OTHER, f"review:{rid}")
    outputs = review_outputs(sample, rid)
    assert outputs.note(Topic.FEEDBACK) == "满意度 92 分"
    first, second = outputs.decisions
    assert (first.action_id, first.status, first.due_on) == (
        action.id, ActionStatus.OPEN, dt.date(2027, 3, 31))
    assert second.action_id is None and second.status is None


def test_saving_again_updates_the_linked_action_instead_of_adding_one(
        sample: ProjectSession) -> None:
    rid = _review(sample)
    save_review_outputs(sample, ReviewOutputs(rid, (), (
        ReviewDecision(DecisionKind.CHANGE, "修订文件控制程序", owner="品质部"),)), today=DAY)
    first = review_outputs(sample, rid).decisions[0]
    count = len(sample.store.records.actions())
    save_review_outputs(sample, ReviewOutputs(rid, (), (
        ReviewDecision(DecisionKind.CHANGE, "修订文件控制程序（含电子文件）", owner="行政部",
                       action_id=first.action_id),)), today=DAY)
    assert len(sample.store.records.actions()) == count
    again = review_outputs(sample, rid).decisions[0]
    assert (again.action_id, again.owner, again.text) == (
        first.action_id, "行政部", "修订文件控制程序（含电子文件）")


def test_a_deleted_action_leaves_the_decision_without_action(sample: ProjectSession) -> None:
    rid = _review(sample)
    save_review_outputs(sample, ReviewOutputs(rid, (), (
        ReviewDecision(DecisionKind.IMPROVEMENT, "推行 5S", owner="生产部"),)), today=DAY)
    action_id = review_outputs(sample, rid).decisions[0].action_id
    assert action_id is not None
    delete_action(sample, action_id)
    decision = review_outputs(sample, rid).decisions[0]
    assert (decision.text, decision.action_id) == ("推行 5S", None)


def test_blank_decision_and_unknown_review_are_refused(sample: ProjectSession) -> None:
    rid = _review(sample)
    with pytest.raises(ValidationError):
        save_review_outputs(sample, ReviewOutputs(rid, (), (
            ReviewDecision(DecisionKind.OTHER, "  "),)))
    with pytest.raises(ValidationError):
        save_review_outputs(sample, ReviewOutputs(rid + 99))


def test_input_report_answers_every_required_input(sample: ProjectSession) -> None:
    rid = _review(sample)
    data = review_pack_data(sample, rid, "en")
    required_by = [line for s in data.sections for line in s.required_by]
    assert len(required_by) == 13 + 14 + 16  # ISO 9001, 14001, 45001 with climate
    audits = next(s for s in data.sections if s.title == "Audit results")
    assert audits.considered is False  # only ISO 9001's audit input is ticked
    assert any("pairs covered" in value for _what, value in audits.facts)
    climate = next(s for s in data.sections if s.title == "Climate change")
    assert any(value.startswith("relevant") or value.startswith("not relevant")
               for _what, value in climate.facts)


def test_earlier_decisions_feed_the_next_review(sample: ProjectSession) -> None:
    first = _review(sample, DAY - dt.timedelta(days=200))
    save_review_outputs(sample, ReviewOutputs(first, (), (
        ReviewDecision(DecisionKind.RESOURCES, "Hire a safety officer", owner="HR"),)))
    second = _review(sample)
    data = review_pack_data(sample, second, "en")
    previous = data.sections[0]
    assert previous.title == "Actions from earlier reviews"
    assert any("Hire a safety officer" in what and value == "Open"
               for what, value in previous.facts)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pdf_carries_inputs_decisions_and_signature_line(
        sample: ProjectSession, tmp_path: Path, lang: str) -> None:
    rid = _review(sample)
    save_review_outputs(sample, ReviewOutputs(rid, (), (
        ReviewDecision(DecisionKind.RESOURCES, "增购一台三坐标测量机", owner="设备部 张强"),)))
    path = export_review_pack(sample, rid, tmp_path / "review.pdf", lang)  # type: ignore[arg-type]
    text = _text(path).replace(" ", "")
    assert "增购一台三坐标测量机" in text and "总经理周文华" in text
    if lang == "zh":
        assert "管理评审输入报告" in text and "签字：" in text and "气候变化" in text
        assert "ISO9001:20159.3.2c)6)" in text
    else:
        assert "Managementreviewinputreport" in text and "Signature:" in text
        assert "Trendsinauditresults" in text


def test_unknown_review_and_language(sample: ProjectSession, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        review_pack_data(sample, 12345, "en")
    rid = _review(sample)
    with pytest.raises(ValidationError):
        review_pack_data(sample, rid, "fr")  # type: ignore[arg-type]


def test_restore_takes_back_a_save_and_its_new_action(sample: ProjectSession) -> None:
    rid = _review(sample)
    save_review_outputs(sample, ReviewOutputs(rid, (), (
        ReviewDecision(DecisionKind.CHANGE, "修订程序", owner="品质部"),)), today=DAY)
    before = review_outputs(sample, rid)
    count = len(sample.store.records.actions())
    save_review_outputs(sample, ReviewOutputs(rid, ((Topic.RISKS, "新增两项风险"),), (
        replace(before.decisions[0], owner="行政部"),
        ReviewDecision(DecisionKind.RESOURCES, "购置叉车", owner="仓储部"))), today=DAY)
    after = review_outputs(sample, rid)
    new_action = after.decisions[1].action_id
    assert new_action is not None
    restore_review_outputs(sample, before, (new_action,))
    assert review_outputs(sample, rid) == before
    assert len(sample.store.records.actions()) == count
