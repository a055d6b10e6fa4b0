"""User actions on internal audits and their follow-up: programmes, audits,
findings, management reviews and the action plan (ISO 9001:2015 9.2, 9.3, 10.2).

Part of the record services (see :mod:`desktop.services.records`, which also
exports every function here): each checks its input first and raises a
bilingual :class:`~desktop.errors.ValidationError`, then writes in one
transaction and returns :class:`~desktop.services.changes.Changes` naming the
kinds of record changed, with ``record_id`` = the saved or deleted row.
Saving with ``id`` 0 creates a record; any other id updates it, or re-creates
it under that id when it was deleted (what undoing a delete needs).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TypeVar

from desktop.domain.model import ItemKind
from desktop.domain.records import (
    Action,
    ActionSource,
    ActionStatus,
    Auditor,
    AuditProgramme,
    Finding,
    FindingGrade,
    InternalAudit,
    ManagementReview,
)
from desktop.errors import ValidationError
from desktop.services.changes import Changes
from desktop.services.session import ProjectSession

_R = TypeVar("_R")


def _changed(*kinds: str, record_id: int | None = None,
             items: Iterable[str] = ()) -> Changes:
    return Changes(records=frozenset(kinds), record_id=record_id, items=frozenset(items))


def _required(value: str, en: str, zh: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(en, zh)
    return value


def _clean(values: Iterable[str]) -> tuple[str, ...]:
    """Stripped, non-empty, first occurrence kept."""
    return tuple(dict.fromkeys(v.strip() for v in values if v.strip()))


def _find(records: Sequence[_R], record_id: int, en: str, zh: str) -> _R:
    for record in records:
        if getattr(record, "id", None) == record_id:
            return record
    raise ValidationError(f"{en} #{record_id} no longer exists in this project.",
                          f"本项目中已不存在{zh} #{record_id}。")


def _delete(delete: Callable[[int], None], record_id: int, en: str, zh: str) -> None:
    try:
        delete(record_id)
    except KeyError:
        raise ValidationError(f"{en} #{record_id} no longer exists in this project.",
                              f"本项目中已不存在{zh} #{record_id}。") from None


def _check_id(record_id: int) -> None:
    if record_id < 0:
        raise ValidationError(f"Invalid record number {record_id}.",
                              f"无效的记录编号 {record_id}。")


def _not_before(later: dt.date | None, earlier: dt.date | None, en: str, zh: str) -> None:
    if later is not None and earlier is not None and later < earlier:
        raise ValidationError(en, zh)


def _project_standard_ids(session: ProjectSession) -> set[str]:
    return {s.id for s in session.standards()}


def _check_clause(session: ProjectSession, clause_id: str) -> None:
    """``clause_id`` must be a clause node of one of the project's standards."""
    catalog = session.catalog
    if (not catalog.has_item(clause_id) or catalog.item(clause_id).kind is not ItemKind.CLAUSE
            or catalog.item(clause_id).standard_id not in _project_standard_ids(session)):
        raise ValidationError(
            f"{clause_id!r} is not a clause of this project's standards.",
            f"{clause_id!r} 不是本项目所含标准的条款。")


def _check_site(sites: Sequence[str], site: str) -> None:
    """``site`` must be a profile site; ``""`` only when the profile names no sites."""
    if sites and site not in sites:
        raise ValidationError(
            f"{site!r} is not one of the company's sites ({', '.join(sites)}); "
            "add it to the company profile first." if site else
            f"Choose the site (one of {', '.join(sites)}).",
            f"{site!r} 不是本公司的场所（{'、'.join(sites)}），请先在公司信息中添加。" if site else
            f"请选择场所（{'、'.join(sites)}之一）。")
    if not sites and site:
        raise ValidationError(
            f"The company profile names no sites, so {site!r} cannot be used; "
            "add the sites to the company profile first.",
            f"公司信息中没有填写任何场所，不能使用 {site!r}；请先在公司信息中添加场所。")


# --- audit programmes and internal audits --------------------------------------------


def save_programme(session: ProjectSession, programme: AuditProgramme) -> Changes:
    """Create (id 0) or change an internal audit programme (ISO 9001:2015 9.2.2 a).

    Returns:
        Changes with records ``{"programmes"}`` and ``record_id`` = its id.

    Raises:
        ValidationError: blank title, or a period that ends before it starts.
    """
    _check_id(programme.id)
    title = _required(programme.title, "Enter a title for the audit programme.",
                      "请填写审核方案的名称。")
    _not_before(programme.period_to, programme.period_from,
                "The programme's period ends before it starts.",
                "审核方案的期间结束日期早于开始日期。")
    programme = replace(programme, title=title, approved_by=programme.approved_by.strip())
    record_id = session.store.records.save_programme(programme)
    return _changed("programmes", record_id=record_id)


def delete_programme(session: ProjectSession, programme_id: int) -> Changes:
    """Delete an audit programme; its audits stay, no longer part of a programme.

    Returns:
        Changes with records ``{"programmes", "audits"}``.

    Raises:
        ValidationError: no such programme.
    """
    _delete(session.store.records.delete_programme, programme_id, "Audit programme", "审核方案")
    return _changed("programmes", "audits", record_id=programme_id)


def _auditors(auditors: Sequence[Auditor]) -> tuple[Auditor, ...]:
    cleaned = []
    for auditor in auditors:
        name = _required(auditor.name, "Every auditor needs a name.", "每位审核员都必须填写姓名。")
        cleaned.append(Auditor(name, auditor.department.strip()))
    return tuple(cleaned)


def save_audit(session: ProjectSession, audit: InternalAudit) -> Changes:
    """Create (id 0) or change an internal audit, planned or held (ISO 9001:2015 9.2).

    Blank auditees are dropped; a (clause, site) pair given twice is kept once.

    Args:
        audit: ``coverage`` pairs are (clause node id of the project's
            standards, site of the company profile); the site is ``""`` only
            when the profile names no sites.

    Returns:
        Changes with records ``{"audits"}`` and ``record_id`` = its id.

    Raises:
        ValidationError: blank title; unknown programme; a last day without a
            first day or before it; an auditor without a name; a coverage clause
            that is not a clause of the project's standards; an unknown site.
    """
    _check_id(audit.id)
    title = _required(audit.title, "Enter a title for the internal audit.",
                      "请填写内部审核的名称。")
    records = session.store.records
    if audit.programme_id is not None:
        _find(records.programmes(), audit.programme_id, "Audit programme", "审核方案")
    if audit.held_to is not None and audit.held_from is None:
        raise ValidationError("Enter the first day of the audit, not only the last.",
                              "请填写审核的第一天，而不只是最后一天。")
    _not_before(audit.held_to, audit.held_from, "The audit's last day is before its first day.",
                "审核的最后一天早于第一天。")
    sites = session.store.profile().sites
    coverage = tuple(dict.fromkeys((c.strip(), s.strip()) for c, s in audit.coverage))
    for clause_id, site in coverage:
        _check_clause(session, clause_id)
        _check_site(sites, site)
    audit = replace(audit, title=title, auditors=_auditors(audit.auditors),
                    auditees=_clean(audit.auditees), coverage=coverage)
    return _changed("audits", record_id=records.save_audit(audit))


def delete_audit(session: ProjectSession, audit_id: int) -> Changes:
    """Delete an internal audit with its coverage and findings.

    Returns:
        Changes with records ``{"audits", "findings"}``.

    Raises:
        ValidationError: no such audit.
    """
    _delete(session.store.records.delete_audit, audit_id, "Internal audit", "内部审核")
    return _changed("audits", "findings", record_id=audit_id)


# --- findings -------------------------------------------------------------------------


def _done_corrective(actions: Iterable[Action], finding_id: int) -> list[Action]:
    ref = str(finding_id)
    return [a for a in actions if a.source is ActionSource.FINDING and a.source_ref == ref
            and a.status is ActionStatus.DONE]


def save_finding(session: ProjectSession, finding: Finding) -> Changes:
    """Create (id 0) or change a finding of an internal audit.

    A major or minor nonconformity may be closed (``closed_on`` set) only when
    at least one corrective action linked to it (source ``finding``, source_ref
    its id) is done (ISO 9001:2015 10.2.1); a new finding therefore cannot be
    saved closed. Observations and opportunities for improvement close freely.

    Returns:
        Changes with records ``{"findings"}`` and ``record_id`` = its id.

    Raises:
        ValidationError: unknown audit; blank statement; a clause that is not a
            clause of the project's standards; an unknown site; closed before
            the audit began; a nonconformity closed without a done corrective action.
    """
    _check_id(finding.id)
    records = session.store.records
    audit = _find(records.audits(), finding.audit_id, "Internal audit", "内部审核")
    statement = _required(finding.statement, "Describe the finding and its objective evidence.",
                          "请描述审核发现及其客观证据。")
    finding = replace(finding, grade=FindingGrade(finding.grade), statement=statement,
                      clause_id=finding.clause_id.strip(), site=finding.site.strip())
    if finding.clause_id:
        _check_clause(session, finding.clause_id)
    if finding.site:
        _check_site(session.store.profile().sites, finding.site)
    _not_before(finding.closed_on, audit.held_from,
                "A finding cannot be closed before the audit that raised it began.",
                "审核发现的关闭日期不能早于提出它的审核开始日期。")
    if (finding.closed_on is not None and finding.grade.is_nonconformity
            and not (finding.id and _done_corrective(records.actions(), finding.id))):
        raise ValidationError(
            f"A {finding.grade.label.en.lower()} can be closed only after a corrective action "
            "linked to it is done. Add the corrective action and mark it done first.",
            f"{finding.grade.label.zh}只有在其关联的纠正措施完成后才能关闭。"
            "请先添加纠正措施并标记为已完成。")
    return _changed("findings", record_id=records.save_finding(finding))


def delete_finding(session: ProjectSession, finding_id: int) -> Changes:
    """Delete a finding; actions raised for it stay in the action plan.

    Returns:
        Changes with records ``{"findings"}``.

    Raises:
        ValidationError: no such finding.
    """
    _delete(session.store.records.delete_finding, finding_id, "Finding", "审核发现")
    return _changed("findings", record_id=finding_id)


# --- management reviews ---------------------------------------------------------------


def save_review(session: ProjectSession, review: ManagementReview) -> Changes:
    """Create (id 0) or change a management review (ISO 9001/14001/45001 9.3).

    Blank attendees and inputs are dropped, repeated ones kept once. Input ids
    are those of :mod:`desktop.domain.reviews`; they are stored as given.

    Returns:
        Changes with records ``{"reviews"}`` and ``record_id`` = its id.

    Raises:
        ValidationError: no standard, or a standard this project does not include.
    """
    _check_id(review.id)
    standard_ids = _clean(review.standard_ids)
    if not standard_ids:
        raise ValidationError("Choose the standards the management review covered.",
                              "请选择本次管理评审覆盖的标准。")
    ours = _project_standard_ids(session)
    for standard_id in standard_ids:
        if standard_id not in ours:
            raise ValidationError(
                f"{standard_id!r} is not one of this project's standards.",
                f"{standard_id!r} 不是本项目所含的标准。")
    review = replace(review, chair=review.chair.strip(), attendees=_clean(review.attendees),
                     standard_ids=standard_ids, inputs=frozenset(_clean(review.inputs)))
    return _changed("reviews", record_id=session.store.records.save_review(review))


def delete_review(session: ProjectSession, review_id: int) -> Changes:
    """Delete a management review.

    Returns:
        Changes with records ``{"reviews"}``.

    Raises:
        ValidationError: no such review.
    """
    _delete(session.store.records.delete_review, review_id, "Management review", "管理评审")
    return _changed("reviews", record_id=review_id)


# --- actions --------------------------------------------------------------------------


def _keeps_closed_findings_backed(session: ProjectSession, action_id: int,
                                  new: Action | None) -> None:
    """Refuse to take away the last done corrective action of a closed nonconformity."""
    records = session.store.records
    actions = records.actions()
    old = next((a for a in actions if a.id == action_id), None)
    if old is None or old.source is not ActionSource.FINDING or old.status is not ActionStatus.DONE:
        return
    others = [a for a in actions if a.id != action_id]
    if new is not None:
        others.append(new)
    for finding in records.findings():
        if (str(finding.id) == old.source_ref and finding.grade.is_nonconformity
                and not finding.is_open and not _done_corrective(others, finding.id)):
            raise ValidationError(
                f"Finding #{finding.id} is closed and this is its only completed corrective "
                "action. Reopen the finding first.",
                f"审核发现 #{finding.id} 已关闭，且这是它唯一已完成的纠正措施。"
                "请先重新打开该审核发现。")


def save_action(session: ProjectSession, action: Action, *,
                today: dt.date | None = None) -> Changes:
    """Create (id 0) or change an action of the action plan (ISO 9001:2015 10.2).

    ``created_on`` defaults to ``today``. A done or cancelled action gets
    ``closed_on`` = ``today`` when it has none; an open or in-progress one
    has no closing date.

    Returns:
        Changes with records ``{"actions"}`` and ``record_id`` = its id.

    Raises:
        ValidationError: blank title; a finding action whose finding does not
            exist; closed before it was created; or reopening the only done
            corrective action of a closed nonconformity.
    """
    _check_id(action.id)
    today = today or dt.date.today()
    status = ActionStatus(action.status)
    action = replace(
        action, title=_required(action.title, "Enter what the action is to do.",
                                "请填写该行动的内容。"),
        source=ActionSource(action.source), source_ref=action.source_ref.strip(),
        owner=action.owner.strip(), status=status,
        created_on=action.created_on or today,
        closed_on=(action.closed_on or today) if status.is_closed else None)
    if action.source is ActionSource.FINDING:
        known = {str(f.id) for f in session.store.records.findings()}
        if action.source_ref not in known:
            raise ValidationError(
                f"Finding #{action.source_ref} does not exist; choose the finding this "
                "corrective action is for.",
                f"审核发现 #{action.source_ref} 不存在；请选择该纠正措施所针对的审核发现。")
    _not_before(action.closed_on, action.created_on,
                "An action cannot be closed before it was raised.",
                "行动的关闭日期不能早于提出日期。")
    with session.store.atomic():
        if action.id:
            _keeps_closed_findings_backed(session, action.id, action)
        record_id = session.store.records.save_action(action)
    return _changed("actions", record_id=record_id)


def delete_action(session: ProjectSession, action_id: int) -> Changes:
    """Delete an action from the action plan.

    Returns:
        Changes with records ``{"actions"}``.

    Raises:
        ValidationError: no such action, or it is the only done corrective
            action of a closed nonconformity.
    """
    with session.store.atomic():
        _keeps_closed_findings_backed(session, action_id, None)
        _delete(session.store.records.delete_action, action_id, "Action", "行动")
    return _changed("actions", record_id=action_id)
