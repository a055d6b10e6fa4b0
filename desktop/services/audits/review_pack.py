"""The management review pack: input notes and outputs of a review, and its input report.

User actions: :func:`save_review_outputs` records what the meeting was given
(one note per topic) and what it decided; a decision with an owner or a due
date becomes an action of the action plan (source "other", ``source_ref``
``"review:<id>"``) and stays linked to it. :func:`export_review_pack` writes
the input report (管理评审输入) as PDF, gathered by :func:`review_pack_data`
from the project: audits, findings and actions, the climate decision, and
the readiness of the clauses behind each required input (ISO 9001:2015 9.3.2,
ISO 14001:2015 9.3, ISO 45001:2018 9.3, Amd 1:2024).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from dateutil.relativedelta import relativedelta

from desktop import __version__
from desktop.domain.model import ItemStatus, Lang, Standard, Text
from desktop.domain.records import (
    Action,
    ActionSource,
    FindingGrade,
    InternalAudit,
    ManagementReview,
)
from desktop.domain.review_pack import (
    REVIEW_SOURCE_PREFIX,
    TOPIC_CLAUSES,
    ReviewDecision,
    ReviewOutputs,
    Topic,
    topic_inputs,
)
from desktop.domain.reviews import REQUIRED_INPUTS
from desktop.errors import ValidationError
from desktop.reports.labels import format_date
from desktop.reports.review.model import DecisionRow, InputSection, ReviewPackData
from desktop.services.audits.programme import _changed
from desktop.services.changes import Changes
from desktop.services.session import ProjectSession
from desktop.store.review_outputs import review_output_store

WINDOW_MONTHS = 12
"""Audits and findings of the 12 months up to the meeting are summarised."""


def _review(session: ProjectSession, review_id: int) -> ManagementReview:
    for review in session.store.records.reviews():
        if review.id == review_id:
            return review
    raise ValidationError(f"Management review #{review_id} does not exist in this project.",
                          f"本项目中不存在管理评审 #{review_id}。")


def review_outputs(session: ProjectSession, review_id: int) -> ReviewOutputs:
    """The notes and decisions of a review; decisions carry their action's owner, due, status.

    Raises:
        ValidationError: no such review.
    """
    _review(session, review_id)
    outputs = review_output_store(session.store).outputs(review_id)
    actions = {a.id: a for a in session.store.records.actions()}
    decisions = []
    for decision in outputs.decisions:
        action = actions.get(decision.action_id) if decision.action_id is not None else None
        decisions.append(decision if action is None else replace(
            decision, owner=action.owner, due_on=action.due_on, status=action.status))
    return replace(outputs, decisions=tuple(decisions))


def save_review_outputs(session: ProjectSession, outputs: ReviewOutputs, *,
                        today: dt.date | None = None) -> Changes:
    """Record the input notes and the decisions of a management review (9.3.3).

    A decision naming an owner or a due date is carried out by an action: a
    new one is added to the action plan (title = the decision, source
    "other", ``source_ref`` ``"review:<id>"``, created ``today``); a decision
    already linked to an action updates that action's title, owner and due
    date and keeps its status. Blank notes are dropped.

    Returns:
        Changes with records ``{"reviews", "actions"}`` and ``record_id`` = the review id.

    Raises:
        ValidationError: no such review; a decision without text; a linked
            action that no longer exists.
    """
    review = _review(session, outputs.review_id)
    today = today or dt.date.today()
    records = session.store.records
    actions = {a.id: a for a in records.actions()}
    decisions: list[ReviewDecision] = []
    with session.store.atomic():
        for given in outputs.decisions:
            text = given.text.strip()
            if not text:
                raise ValidationError("Every decision of the review needs its text.",
                                      "每项评审决定都必须填写内容。")
            decision = replace(given, text=text, owner=given.owner.strip())
            if decision.action_id is not None:
                action = actions.get(decision.action_id)
                if action is None:
                    raise ValidationError(
                        f"Action #{decision.action_id} no longer exists in this project.",
                        f"本项目中已不存在行动 #{decision.action_id}。")
                records.save_action(replace(action, title=text, owner=decision.owner,
                                            due_on=decision.due_on))
            elif decision.needs_action:
                new_id = records.save_action(Action(
                    id=0, title=text, source=ActionSource.OTHER,
                    source_ref=f"{REVIEW_SOURCE_PREFIX}{review.id}", owner=decision.owner,
                    due_on=decision.due_on, created_on=today))
                decisions.append(replace(decision, action_id=new_id))
                continue
            decisions.append(decision)
        notes = tuple((Topic(t), n.strip()) for t, n in outputs.notes if n.strip())
        review_output_store(session.store).put(
            ReviewOutputs(review.id, notes, tuple(decisions)))
    return _changed("reviews", "actions", record_id=review.id)


def restore_review_outputs(session: ProjectSession, outputs: ReviewOutputs,
                           drop_actions: Sequence[int] = ()) -> Changes:
    """Put back notes and decisions read earlier with :func:`review_outputs` (the undo of
    :func:`save_review_outputs`).

    The actions in ``drop_actions`` (those the save added) are deleted; the
    linked actions get back the title, owner and due date of their decision;
    a decision whose action no longer exists loses the link.

    Returns:
        Changes with records ``{"reviews", "actions"}`` and ``record_id`` = the review id.

    Raises:
        ValidationError: no such review.
    """
    review = _review(session, outputs.review_id)
    records = session.store.records
    with session.store.atomic():
        for action_id in drop_actions:
            if any(a.id == action_id for a in records.actions()):
                records.delete_action(action_id)
        actions = {a.id: a for a in records.actions()}
        decisions = []
        for decision in outputs.decisions:
            action = actions.get(decision.action_id) if decision.action_id is not None else None
            if action is not None:
                records.save_action(replace(action, title=decision.text, owner=decision.owner,
                                            due_on=decision.due_on))
            decisions.append(replace(decision, action_id=action.id if action else None,
                                     status=None))
        review_output_store(session.store).put(
            ReviewOutputs(review.id, outputs.notes, tuple(decisions)))
    return _changed("reviews", "actions", record_id=review.id)


# --- the input report -------------------------------------------------------------------

_T = {
    "earlier": Text("{date} review: {text}", "{date} 评审：{text}"),
    "no_earlier": Text("Decisions of earlier reviews", "以往评审的决定"),
    "none": Text("none recorded", "无记录"),
    "plan": Text("Action plan", "行动计划"),
    "plan_value": Text("{open} open, {overdue} overdue, {done} done",
                       "未关闭 {open} 项，逾期 {overdue} 项，已完成 {done} 项"),
    "ready": Text("{ready} of {total} checklist items ready", "{total} 个检查项中 {ready} 个就绪"),
    "climate": Text("Climate change decision (4.1, Amd 1:2024)",
                    "气候变化相关性判定（4.1，2024 年修正案）"),
    "climate_yes": Text("relevant (decided {date})", "相关（{date} 判定）"),
    "climate_no": Text("not relevant (decided {date})", "不相关（{date} 判定）"),
    "climate_none": Text("no decision recorded", "尚无判定记录"),
    "climate_why": Text("Reasons given", "判定理由"),
    "audit": Text("{title} ({start}–{end})", "{title}（{start}至{end}）"),
    "audit_value": Text("{pairs} clause-site pairs covered; findings: {findings}",
                        "覆盖条款与场所组合 {pairs} 个；审核发现：{findings}"),
    "no_audit": Text("Internal audits held in the last 12 months", "近 12 个月内部审核"),
    "findings": Text("Findings of the last 12 months", "近 12 个月审核发现"),
    "open_nc": Text("Nonconformities still open", "尚未关闭的不符合"),
    "corrective": Text("Corrective actions", "纠正措施"),
    "improvements": Text("Opportunities for improvement raised by audits",
                         "审核提出的改进机会"),
}


def _t(key: str, lang: Lang, **fields: object) -> str:
    value = _T[key].get(lang)
    return value.format(**fields) if fields else value


def _under(clause: str, prefixes: Sequence[str]) -> bool:
    return any(clause == p or clause.startswith(p + ".") for p in prefixes)


def _clause_facts(session: ProjectSession, topic: Topic, standards: Sequence[Standard],
                  lang: Lang) -> list[tuple[str, str]]:
    states = session.store.item_states()
    facts = []
    for std in standards:
        clauses = TOPIC_CLAUSES.get(topic, {}).get(std.family, ())
        items = [i for i in std.checklist() if _under(i.clause, clauses)]
        applicable = [i for i in items if i.id not in states
                      or states[i.id].status is not ItemStatus.NOT_APPLICABLE]
        if not applicable:
            continue
        ready = sum(1 for i in applicable
                    if i.id in states and states[i.id].status is ItemStatus.READY)
        facts.append((f"{std.label} {', '.join(clauses)}",
                      _t("ready", lang, ready=ready, total=len(applicable))))
    return facts


def _grades(grades: Counter[FindingGrade], lang: Lang) -> str:
    if not grades:
        return _t("none", lang)
    sep = "，" if lang == "zh" else ", "
    return sep.join(f"{g.label.get(lang)} {grades[g]}" for g in FindingGrade if grades[g])


def _record_facts(session: ProjectSession, topic: Topic, review: ManagementReview,
                  lang: Lang) -> list[tuple[str, str]]:
    records = session.store.records
    since = review.held_on - relativedelta(months=WINDOW_MONTHS)
    audits: list[InternalAudit] = [a for a in records.audits() if a.held_from is not None
                                   and since <= a.held_from <= review.held_on]
    audit_ids = {a.id for a in audits}
    findings = [f for f in records.findings() if f.audit_id in audit_ids]
    actions = records.actions()
    facts: list[tuple[str, str]] = []
    if topic is Topic.PREVIOUS_ACTIONS:
        store = review_output_store(session.store)
        by_id = {a.id: a for a in actions}
        for earlier in records.reviews():
            if earlier.held_on >= review.held_on or earlier.id == review.id:
                continue
            for d in store.outputs(earlier.id).decisions:
                action = by_id.get(d.action_id) if d.action_id is not None else None
                facts.append((_t("earlier", lang, date=format_date(earlier.held_on),
                                 text=d.text),
                              action.status.label.get(lang) if action else "—"))
        if not facts:
            facts.append((_t("no_earlier", lang), _t("none", lang)))
        facts.append((_t("plan", lang), _t(
            "plan_value", lang, open=sum(1 for a in actions if not a.status.is_closed),
            overdue=sum(1 for a in actions if a.is_overdue(review.held_on)),
            done=sum(1 for a in actions if a.status.is_closed))))
    elif topic is Topic.CLIMATE:
        info = records.system_info()
        date = format_date(info.climate_decided_on)
        value = (_t("climate_none", lang) if info.climate_relevant is None else
                 _t("climate_yes" if info.climate_relevant else "climate_no", lang, date=date))
        facts.append((_t("climate", lang), value))
        if info.climate_rationale:
            facts.append((_t("climate_why", lang), info.climate_rationale))
    elif topic is Topic.AUDITS:
        for audit in audits:
            grades = Counter(f.grade for f in findings if f.audit_id == audit.id)
            facts.append((_t("audit", lang, title=audit.title, start=format_date(audit.held_from),
                             end=format_date(audit.held_to or audit.held_from)),
                          _t("audit_value", lang, pairs=len(audit.coverage),
                             findings=_grades(grades, lang))))
        if not audits:
            facts.append((_t("no_audit", lang), _t("none", lang)))
    elif topic is Topic.NONCONFORMITIES:
        corrective = [a for a in actions if a.source is ActionSource.FINDING]
        facts += [
            (_t("findings", lang), _grades(Counter(f.grade for f in findings), lang)),
            (_t("open_nc", lang), str(sum(1 for f in records.findings()
                                          if f.is_open and f.grade.is_nonconformity))),
            (_t("corrective", lang), _t(
                "plan_value", lang, open=sum(1 for a in corrective if not a.status.is_closed),
                overdue=sum(1 for a in corrective if a.is_overdue(review.held_on)),
                done=sum(1 for a in corrective if a.status.is_closed)))]
    elif topic is Topic.IMPROVEMENT:
        ideas = [f.statement for f in findings if f.grade is FindingGrade.IMPROVEMENT]
        facts.append((_t("improvements", lang), "\n".join(ideas) or _t("none", lang)))
    return facts


def review_pack_data(session: ProjectSession, review_id: int, lang: Lang) -> ReviewPackData:
    """Gather the input report of review ``review_id`` in ``lang`` ("en" or "zh").

    Raises:
        ValidationError: no such review, or an unknown language.
    """
    if lang not in ("en", "zh"):
        raise ValidationError(f"Unknown report language {lang!r}; use en or zh.",
                              f"未知的报告语言 {lang!r}，请使用 en 或 zh。")
    review = _review(session, review_id)
    outputs = review_outputs(session, review_id)
    standards = [s for s in session.standards() if s.id in review.standard_ids]
    families = tuple(dict.fromkeys(s.family for s in standards if s.family in REQUIRED_INPUTS))
    labels = {s.family: s.label for s in standards}
    by_id = {i.id: i for f in families for i in REQUIRED_INPUTS[f]}
    sections = []
    for topic in Topic:
        ids = topic_inputs(topic, families)
        if not ids:
            continue
        required_by = tuple(f"{labels[by_id[i].family]} {by_id[i].clause} "
                            f"{by_id[i].title.get(lang)}" for i in ids)
        facts = _record_facts(session, topic, review, lang) + _clause_facts(
            session, topic, standards, lang)
        sections.append(InputSection(
            title=topic.heading.get(lang), required_by=required_by,
            considered=all(i in review.inputs for i in ids), facts=tuple(facts),
            note=outputs.note(topic), prompt=topic.prompt.get(lang)))
    decisions = tuple(DecisionRow(
        kind=d.kind.label.get(lang), text=d.text, owner=d.owner, due=format_date(d.due_on)
        if d.due_on else "", status=d.status.label.get(lang) if d.status else "")
        for d in outputs.decisions)
    return ReviewPackData(
        lang=lang, company=session.store.profile().name, review_id=review.id,
        held_on=review.held_on, chair=review.chair, attendees=review.attendees,
        standards=tuple(s.designation for s in standards), sections=tuple(sections),
        decisions=decisions, generated_at=dt.datetime.now().astimezone(),
        app_version=__version__)


def export_review_pack(session: ProjectSession, review_id: int, path: Path,
                       lang: Lang) -> Path:
    """Write the management review input report of ``review_id`` as PDF to ``path``.

    Returns:
        ``path``.

    Raises:
        ValidationError: no such review, or an unknown language.
        ExportError: the file cannot be written; ``path`` is then unchanged.
    """
    from desktop.reports.review.pdf import render_review_pack  # slow import: on first use
    render_review_pack(review_pack_data(session, review_id, lang), path)
    return path
