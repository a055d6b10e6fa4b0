"""Certification gates: the conditions a certification body checks before it audits.

Each gate passes or fails with a reason the user can act on (numbers, dates,
clauses) and the checklist items concerned. The seven gates, always evaluated
in this order (also in docs/reference.md, "How readiness is computed"):

1. ``operating_period``: the system went live (:attr:`SystemInfo.operating_since`)
   at least 3 months before today; 6 months when a selected standard is an
   energy management standard (ISO 50001 / GB/T 23331). Source: the
   application conditions of CNCA-QMS-01:2025 5.1.2 ("运行满三个月"; likewise
   CNCA-OHSMS-01:2026 5.1.2 and the 2026 EMS rules).
2. ``internal_audit``: at least one internal audit held on or before today
   (and not before the go-live date: the rules ask for it within the operating
   period), and the coverage matrix (:mod:`desktop.domain.coverage`) complete:
   every second-level clause of clauses 4-10 of every standard at every site.
   Source: CNCA-QMS-01:2025 application conditions (at least one internal audit
   and one management review within the 3 months; clause to be confirmed);
   certification bodies' conditions (all sites and clauses); ISO 9001:2015 9.2.
3. ``management_review``: for every selected standard, the management reviews
   held in the last 12 months up to today (and not before the go-live date)
   that covered it (by standard id) considered, together, every required input
   of its family (:mod:`desktop.domain.reviews`); the reason names which review
   covered which inputs. Source: ISO 9001:2015 9.3, ISO 14001:2015 9.3,
   ISO 45001:2018 9.3; CNCA-QMS-01:2025 application conditions.
4. ``climate_decision``: a recorded decision on whether climate change is a
   relevant issue, with its date. Source: ISO 9001/14001/45001 Amd 1:2024, 4.1
   and 4.2. Passes without a decision when no selected standard is one of the three.
5. ``mandatory_documented``: every applicable maintain/retain item is "ready".
   Source: ISO 9001:2015 7.5.1 a and the clauses requiring documented information.
6. ``no_open_major``: no open major nonconformity. Source: ISO/IEC 17021-1
   9.5 (certification decision: majors are corrected and verified first).
7. ``reapplication_bar``: no certificate of the project was suspended,
   withdrawn or cancelled less than one year ago (a company whose certificate
   was suspended or withdrawn for its own reasons may apply again only after
   a full year). Source: CNCA-QMS-01:2025 5.1.2; CNCA-OHSMS-01:2026 5.1.2 also
   names cancellation. Passes when no such event is recorded.

Item lists leave out items marked "not applicable".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.coverage import coverage_matrix, items_under
from desktop.domain.layers import add_months
from desktop.domain.model import ItemState, ItemStatus, Standard, Text
from desktop.domain.reapplication import BAR_NOTE, reapplication_bars
from desktop.domain.records import (
    Certificate,
    Finding,
    FindingGrade,
    InternalAudit,
    ManagementReview,
    SystemInfo,
)
from desktop.domain.reviews import ReviewInput, review_coverage

OPERATING_MONTHS = 3
"""Months of operation before applying (Chinese certification bodies' application conditions)."""

ENERGY_OPERATING_MONTHS = 6
"""Months of operation before applying for energy management (ISO 50001 / GB/T 23331)."""

GATE_IDS = ("operating_period", "internal_audit", "management_review", "climate_decision",
            "mandatory_documented", "no_open_major", "reapplication_bar")
"""Every gate id, in the order :func:`evaluate_gates` returns them."""

CLIMATE_FAMILIES = frozenset({"iso9001", "iso14001", "iso45001"})
"""Families amended by Amd 1:2024 (climate action changes)."""

MAX_LISTED = 20
"""At most this many clause/site pairs, inputs or findings are spelt out in a reason."""

_TITLES = {
    "operating_period": Text("System has operated long enough", "体系运行时间满足要求"),
    "internal_audit": Text("Internal audit covers all clauses and sites",
                           "内部审核覆盖全部条款和场所"),
    "management_review": Text("Management review with every required input",
                              "管理评审涵盖全部规定输入"),
    "climate_decision": Text("Climate change decision recorded", "已记录气候变化相关性决定"),
    "mandatory_documented": Text("Mandatory documented information ready",
                                 "强制性文件化信息已就绪"),
    "no_open_major": Text("No open major nonconformity", "无未关闭的严重不符合"),
    "reapplication_bar": Text("No suspension or withdrawal in the last year",
                              "近一年内证书未被暂停或撤销"),
}

_SOURCES = {
    "operating_period": Text(
        "CNCA-QMS-01:2025 5.1.2 (in force 2026-01-01): the system has operated for at least "
        "3 months before applying; likewise CNCA-OHSMS-01:2026 5.1.2 and the 2026 EMS rules "
        "(clause to be confirmed). Energy management (ISO 50001 / GB/T 23331): 6 months",
        "CNCA-QMS-01:2025 5.1.2（2026-01-01 起实施）：申请认证前体系已运行满 3 个月；"
        "CNCA-OHSMS-01:2026 5.1.2 及 2026 年环境管理体系认证规则要求相同（条款待确认）。"
        "能源管理体系（ISO 50001 / GB/T 23331）：6 个月"),
    "internal_audit": Text(
        "CNCA-QMS-01:2025 application conditions: at least one internal audit within the "
        "3 months of operation (clause to be confirmed); certification bodies' conditions "
        "(all sites and clauses audited); ISO 9001:2015 9.2; ISO/IEC 17021-1 9.3.1.2",
        "CNCA-QMS-01:2025 申请条件：运行的 3 个月内至少完成一次内部审核（条款待确认）；"
        "认证机构的条件（覆盖所有场所和条款）；ISO 9001:2015 9.2；ISO/IEC 17021-1 9.3.1.2"),
    "management_review": Text(
        "CNCA-QMS-01:2025 application conditions: at least one management review within the "
        "3 months of operation (clause to be confirmed); ISO 9001:2015 9.3.2; "
        "ISO 14001:2015 9.3; ISO 45001:2018 9.3 (the required inputs may be spread over the "
        "reviews of the last 12 months)",
        "CNCA-QMS-01:2025 申请条件：运行的 3 个月内至少完成一次管理评审（条款待确认）；"
        "ISO 9001:2015 9.3.2；ISO 14001:2015 9.3；ISO 45001:2018 9.3"
        "（要求的评审输入可分布在最近 12 个月内的各次评审中）"),
    "climate_decision": Text(
        "ISO 9001:2015, ISO 14001:2015, ISO 45001:2018 Amd 1:2024, 4.1 and 4.2",
        "ISO 9001:2015、ISO 14001:2015、ISO 45001:2018 的 Amd 1:2024，4.1 和 4.2"),
    "mandatory_documented": Text(
        "ISO 9001:2015 7.5.1 a; ISO 14001:2015 7.5.1 a; ISO 45001:2018 7.5.1 a",
        "ISO 9001:2015 7.5.1 a；ISO 14001:2015 7.5.1 a；ISO 45001:2018 7.5.1 a"),
    "no_open_major": Text(
        "ISO/IEC 17021-1 9.5 (certification decision): major nonconformities corrected and "
        "verified before certification",
        "ISO/IEC 17021-1 9.5（认证决定）：严重不符合须在认证前完成纠正并经验证"),
    "reapplication_bar": Text(
        "CNCA-QMS-01:2025 5.1.2: a certificate suspended or withdrawn for the organization's "
        "own reasons at least one year ago (when applicable); CNCA-OHSMS-01:2026 5.1.2 names "
        "suspension, cancellation or withdrawal",
        "CNCA-QMS-01:2025 5.1.2：因组织自身原因被暂停或撤销的证书，须已满一年（如适用）；"
        "CNCA-OHSMS-01:2026 5.1.2 列明暂停、注销或撤销"),
}


@dataclass(frozen=True, slots=True)
class GateResult:
    """The outcome of one certification gate.

    Attributes:
        id: one of :data:`GATE_IDS`.
        title: what the gate checks.
        passed: True when the condition holds.
        reason: why it passes or fails, with the numbers, dates and clauses.
        item_ids: checklist items concerned (what to work on when it fails).
        source: where the rule comes from (clauses of CNCA rules, ISO standards).
    """

    id: str
    title: Text
    passed: bool
    reason: Text
    item_ids: tuple[str, ...]
    source: Text

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: texts as ``{"en", "zh"}``, item ids as a list."""
        return {
            "id": self.id,
            "title": {"en": self.title.en, "zh": self.title.zh},
            "passed": self.passed,
            "reason": {"en": self.reason.en, "zh": self.reason.zh},
            "item_ids": list(self.item_ids),
            "source": {"en": self.source.en, "zh": self.source.zh},
        }


@dataclass(frozen=True)
class GateInputs:
    """Everything the gates look at.

    Attributes:
        standards: the project's standards.
        states: recorded item states by item id (missing: not started).
        sites: the company's sites (empty: one unnamed site).
        system: go-live date and climate decision.
        audits / findings / reviews: the system's records.
        today: the day of the assessment.
        certificates: certificate records with their events (for the one-year bar).
    """

    standards: tuple[Standard, ...]
    states: Mapping[str, ItemState]
    sites: tuple[str, ...]
    system: SystemInfo
    audits: tuple[InternalAudit, ...]
    findings: tuple[Finding, ...]
    reviews: tuple[ManagementReview, ...]
    today: dt.date
    certificates: tuple[Certificate, ...] = ()


def _result(gate: str, passed: bool, reason: Text, item_ids: Sequence[str] = ()) -> GateResult:
    return GateResult(id=gate, title=_TITLES[gate], passed=passed, reason=reason,
                      item_ids=tuple(dict.fromkeys(item_ids)), source=_SOURCES[gate])


def _applicable(inputs: GateInputs, item_ids: Sequence[str]) -> list[str]:
    na = ItemStatus.NOT_APPLICABLE
    return [i for i in item_ids
            if not (i in inputs.states and inputs.states[i].status is na)]


def _joined(parts: Sequence[Text], sep_en: str = ", ", sep_zh: str = "、") -> Text:
    shown = list(parts[:MAX_LISTED])
    en, zh = [p.en for p in shown], [p.zh for p in shown]
    if len(parts) > MAX_LISTED:
        en.append(f"and {len(parts) - MAX_LISTED} more")
        zh.append(f"另有 {len(parts) - MAX_LISTED} 项")
    return Text(sep_en.join(en), sep_zh.join(zh))


def required_operating_months(standards: Sequence[Standard]) -> int:
    """3, or 6 when a standard is energy management (family ``iso50001`` or code with 50001)."""
    energy = any(s.family == "iso50001" or "50001" in s.code or "23331" in s.national
                 for s in standards)
    return ENERGY_OPERATING_MONTHS if energy else OPERATING_MONTHS


def whole_months(start: dt.date, end: dt.date) -> int:
    """Full calendar months from ``start`` to ``end`` (0 when ``end`` is before ``start``)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months > 0 and add_months(start, months) > end:
        months -= 1
    return max(months, 0)


def _operating_period(inputs: GateInputs) -> GateResult:
    months = required_operating_months(inputs.standards)
    since = inputs.system.operating_since
    if since is None:
        return _result("operating_period", False, Text(
            f"No go-live date is recorded. Record the day the system started to run as "
            f"documented; {months} months of operation are needed before applying.",
            f"尚未记录体系开始运行的日期。请记录体系按文件开始运行的日期；申请认证前需运行满 "
            f"{months} 个月。"))
    reached = add_months(since, months)
    run = whole_months(since, inputs.today)
    if reached <= inputs.today:
        return _result("operating_period", True, Text(
            f"Operating since {since.isoformat()} ({run} full months); {months} are needed.",
            f"体系自 {since.isoformat()} 起运行（已满 {run} 个月）；要求 {months} 个月。"))
    return _result("operating_period", False, Text(
        f"Operating since {since.isoformat()}: {run} full months so far, {months} are needed; "
        f"the period is reached on {reached.isoformat()}.",
        f"体系自 {since.isoformat()} 起运行，目前已满 {run} 个月，要求 {months} 个月；"
        f"将于 {reached.isoformat()} 满足。"))


def _node_labels(standards: Sequence[Standard]) -> dict[str, tuple[Standard, str]]:
    return {item.id: (std, item.clause) for std in standards for item in std.items}


def _before_go_live(inputs: GateInputs, days: Sequence[dt.date], what: Text) -> Text:
    """A note on records held before the go-live date, which do not count; or empty."""
    since = inputs.system.operating_since
    early = [d for d in days if since is not None and d < since]
    if not early or since is None:
        return Text("", "")
    return Text(f" {len(early)} {what.en} held before the go-live date {since.isoformat()} "
                "do not count: the rules ask for them within the operating period.",
                f"另有 {len(early)} 次{what.zh}早于体系运行日期 {since.isoformat()}，不计入："
                "认证规则要求在运行期间内进行。")


def _in_period(inputs: GateInputs, day: dt.date | None) -> bool:
    since = inputs.system.operating_since
    return day is not None and day <= inputs.today and (since is None or day >= since)


def _internal_audit(inputs: GateInputs) -> GateResult:
    held = [a for a in inputs.audits if _in_period(inputs, a.held_from)]
    early = _before_go_live(inputs, [a.held_from for a in inputs.audits
                                     if a.held_from is not None and a.held_from <= inputs.today],
                            Text("internal audit(s)", "内部审核"))
    matrix = coverage_matrix(inputs.standards, inputs.sites, held)
    if not held:
        cells = len(matrix.rows) * len(matrix.sites)
        audit_items = [i for std in inputs.standards
                       for i in items_under(std, [f"{std.id}:9.2"])]
        return _result("internal_audit", False, Text(
            f"No internal audit has been held yet; {len(matrix.rows)} clauses at "
            f"{len(matrix.sites)} site(s) ({cells} clause/site pairs) are to be covered."
            + early.en,
            f"尚未实施内部审核；需覆盖 {len(matrix.sites)} 个场所的 {len(matrix.rows)} 个条款"
            f"（共 {cells} 个条款/场所组合）。" + early.zh), _applicable(inputs, audit_items))
    missing = matrix.missing()
    if not missing:
        return _result("internal_audit", True, Text(
            f"{len(held)} held internal audit(s) cover all {len(matrix.rows)} clauses at "
            f"every site ({len(matrix.sites)}).",
            f"已实施的 {len(held)} 次内部审核覆盖了全部 {len(matrix.rows)} 个条款和全部 "
            f"{len(matrix.sites)} 个场所。"))
    labels = _node_labels(inputs.standards)
    parts: list[Text] = []
    for node, site in missing:
        std, clause = labels[node]
        en = f"{std.label} {clause}" + (f" at site {site}" if site else "")
        zh = f"{std.label} {clause}" + (f"（场所：{site}）" if site else "")
        parts.append(Text(en, zh))
    listed = _joined(parts)
    item_ids = [i for std in inputs.standards
                for i in items_under(std, [n for n, _ in missing])]
    return _result("internal_audit", False, Text(
        f"{len(missing)} clause/site pair(s) not yet covered by a held internal audit: "
        f"{listed.en}.",
        f"有 {len(missing)} 个条款/场所组合尚未被已实施的内部审核覆盖：{listed.zh}。"),
        _applicable(inputs, item_ids))


def _review_items(inputs: GateInputs, standards: Sequence[Standard]) -> list[str]:
    return _applicable(inputs, [i.id for std in standards for i in std.checklist()
                                if i.clause == "9.3" or i.clause.startswith("9.3.")])


def _clauses(inputs_: Sequence[ReviewInput]) -> Text:
    return _joined([Text(i.clause, i.clause) for i in inputs_])


def _management_review(inputs: GateInputs) -> GateResult:
    held = [r for r in inputs.reviews if _in_period(inputs, r.held_on)]
    if not held:
        early = _before_go_live(inputs, [r.held_on for r in inputs.reviews
                                         if r.held_on <= inputs.today],
                                Text("management review(s)", "管理评审"))
        return _result("management_review", False, Text(
            "No management review has been held yet." + early.en,
            "尚未开展管理评审。" + early.zh), _review_items(inputs, inputs.standards))
    problems: list[Text] = []
    done: list[Text] = []
    failing: list[Standard] = []
    for std in inputs.standards:
        cover = review_coverage(held, std.id, std.family, inputs.today)
        if not cover.reviews:
            failing.append(std)
            older = [r.held_on for r in held if std.id in r.standard_ids]
            if older:
                problems.append(Text(
                    f"{std.label}: no review held since {cover.since.isoformat()} covers it "
                    f"(the last one was on {max(older).isoformat()})",
                    f"{std.label}：{cover.since.isoformat()} 以来没有涵盖该标准的管理评审"
                    f"（最近一次为 {max(older).isoformat()}）"))
            else:
                problems.append(Text(f"{std.label}: no held review covers it",
                                     f"{std.label}：没有已开展的管理评审涵盖该标准"))
            continue
        dates = [r.held_on.isoformat() for r in cover.reviews]
        if cover.missing:
            failing.append(std)
            listed = _joined([Text(f"{i.clause} {i.title.en}", f"{i.clause} {i.title.zh}")
                              for i in cover.missing], "; ", "；")
            which_en = (f"the review of {dates[0]} lacks" if len(dates) == 1 else
                        f"the reviews of {', '.join(dates)} together lack")
            which_zh = (f"{dates[0]} 的管理评审缺少" if len(dates) == 1 else
                        f"{'、'.join(dates)} 的管理评审合计缺少")
            problems.append(Text(
                f"{std.label}: {which_en} {len(cover.missing)} input(s): {listed.en}",
                f"{std.label}：{which_zh} {len(cover.missing)} 项输入：{listed.zh}"))
            continue
        parts = [Text(f"review of {r.held_on.isoformat()}: {_clauses(credited).en}",
                      f"{r.held_on.isoformat()} 的评审：{_clauses(credited).zh}")
                 for r, credited in cover.covered_by]
        done.append(Text(f"{std.label} ({'; '.join(p.en for p in parts)})",
                         f"{std.label}（{'；'.join(p.zh for p in parts)}）"))
    if not failing:
        return _result("management_review", True, Text(
            "Every required input of each selected standard was considered in the management "
            "reviews of the last 12 months: " + " | ".join(d.en for d in done) + ".",
            "每个所选标准的全部规定输入均已在近 12 个月的管理评审中考虑："
            + " | ".join(d.zh for d in done) + "。"))
    return _result("management_review", False, Text(
        " | ".join(p.en for p in problems) + ".", " | ".join(p.zh for p in problems) + "。"),
        _review_items(inputs, failing))


def _climate_items(inputs: GateInputs) -> list[str]:
    result: list[str] = []
    for std in inputs.standards:
        if std.family not in CLIMATE_FAMILIES:
            continue
        amended = [i.id for i in std.checklist() if i.amendment == "Amd 1:2024"]
        result.extend(amended or [i.id for i in std.checklist() if i.clause == "4.1"])
    return _applicable(inputs, result)


def _climate_decision(inputs: GateInputs) -> GateResult:
    if not any(s.family in CLIMATE_FAMILIES for s in inputs.standards):
        return _result("climate_decision", True, Text(
            "None of the selected standards asks for a climate change decision.",
            "所选标准均不要求作出气候变化相关性决定。"))
    system = inputs.system
    decided = system.climate_decided_on
    if system.climate_relevant is None:
        return _result("climate_decision", False, Text(
            "No decision is recorded on whether climate change is a relevant issue "
            "(Amd 1:2024, 4.1).",
            "尚未记录气候变化是否为相关议题的决定（2024 年第 1 号修正案，4.1）。"),
            _climate_items(inputs))
    if decided is None or decided > inputs.today:
        return _result("climate_decision", False, Text(
            "The climate change decision has no date on or before today; record when it was made.",
            "气候变化相关性决定没有不晚于今天的日期；请记录作出决定的日期。"),
            _climate_items(inputs))
    if system.climate_relevant:
        return _result("climate_decision", True, Text(
            f"Decided on {decided.isoformat()}: climate change is a relevant issue.",
            f"已于 {decided.isoformat()} 决定：气候变化是相关议题。"))
    return _result("climate_decision", True, Text(
        f"Decided on {decided.isoformat()}: climate change is not a relevant issue.",
        f"已于 {decided.isoformat()} 决定：气候变化不是相关议题。"))


def _mandatory_documented(inputs: GateInputs) -> GateResult:
    total = 0
    not_ready: list[str] = []
    per_standard: list[Text] = []
    for std in inputs.standards:
        missing = 0
        for item in std.checklist():
            if not item.kind.is_mandatory_documented:
                continue
            state = inputs.states.get(item.id)
            status = state.status if state else ItemStatus.NOT_STARTED
            if status is ItemStatus.NOT_APPLICABLE:
                continue
            total += 1
            if status is not ItemStatus.READY:
                missing += 1
                not_ready.append(item.id)
        if missing:
            per_standard.append(Text(f"{std.label} {missing}", f"{std.label} {missing} 项"))
    if not total:
        return _result("mandatory_documented", True, Text(
            "No mandatory documented information applies.", "没有适用的强制性文件化信息。"))
    if not not_ready:
        return _result("mandatory_documented", True, Text(
            f"All {total} applicable mandatory documented information items are ready.",
            f"全部 {total} 项适用的强制性文件化信息已就绪。"))
    listed = _joined(per_standard)
    return _result("mandatory_documented", False, Text(
        f"{len(not_ready)} of {total} applicable mandatory documented information items are "
        f"not ready ({listed.en}).",
        f"{total} 项适用的强制性文件化信息中有 {len(not_ready)} 项未就绪（{listed.zh}）。"),
        not_ready)


def _no_open_major(inputs: GateInputs) -> GateResult:
    open_findings = [f for f in inputs.findings if f.is_open]
    majors = [f for f in open_findings if f.grade is FindingGrade.MAJOR]
    minors = sum(1 for f in open_findings if f.grade is FindingGrade.MINOR)
    if not majors:
        return _result("no_open_major", True, Text(
            f"No major nonconformity is open; open minor nonconformities: {minors}.",
            f"没有未关闭的严重不符合；未关闭的一般不符合：{minors} 项。"))
    labels = _node_labels(inputs.standards)
    parts: list[Text] = []
    item_ids: list[str] = []
    for finding in majors:
        where_en, where_zh = [], []
        if finding.clause_id in labels:
            std, clause = labels[finding.clause_id]
            where_en.append(f"{std.label} {clause}")
            where_zh.append(f"{std.label} {clause}")
            item_ids.extend(items_under(std, [finding.clause_id]))
        elif finding.clause_id:
            where_en.append(finding.clause_id)
            where_zh.append(finding.clause_id)
        if finding.site:
            where_en.append(f"site {finding.site}")
            where_zh.append(f"场所：{finding.site}")
        parts.append(Text(
            f"#{finding.id}" + (f" ({', '.join(where_en)})" if where_en else ""),
            f"#{finding.id}" + (f"（{'，'.join(where_zh)}）" if where_zh else "")))
    listed = _joined(parts)
    return _result("no_open_major", False, Text(
        (f"1 major nonconformity is still open: {listed.en}. Correct it"
         if len(majors) == 1 else
         f"{len(majors)} major nonconformities are still open: {listed.en}. Correct them")
        + " and verify the corrective action before the certification audit.",
        f"仍有 {len(majors)} 项严重不符合未关闭：{listed.zh}。请在认证审核前完成纠正措施并验证。"),
        _applicable(inputs, item_ids))


def _reapplication_bar(inputs: GateInputs) -> GateResult:
    barred = reapplication_bars(inputs.certificates, inputs.standards, inputs.today)
    if not barred:
        return _result("reapplication_bar", True, Text(
            "No certificate of this project was suspended, withdrawn or cancelled in the "
            "last 12 months.", "本项目近 12 个月内没有证书被暂停、撤销或注销。"))
    listed = _joined(barred, "; ", "；")
    return _result("reapplication_bar", False, Text(
        f"{listed.en}. {BAR_NOTE.en}", f"{listed.zh}。{BAR_NOTE.zh}"))


def evaluate_gates(inputs: GateInputs) -> tuple[GateResult, ...]:
    """Evaluate all seven gates, in the order of :data:`GATE_IDS` (rules in the module docstring).

    Returns:
        Seven results; never raises for missing records (a missing record fails its gate).
    """
    return (
        _operating_period(inputs),
        _internal_audit(inputs),
        _management_review(inputs),
        _climate_decision(inputs),
        _mandatory_documented(inputs),
        _no_open_major(inputs),
        _reapplication_bar(inputs),
    )


def independence_warnings(audits: Sequence[InternalAudit]) -> tuple[Text, ...]:
    """Warnings for auditors whose department is among the audit's auditees.

    Departments are compared ignoring case and surrounding spaces; auditors
    with no department give no warning. Planned and held audits are both
    checked. Source: ISO 9001:2015 9.2.2 c) (auditors are selected and audits
    conducted so that the audit process is objective and impartial), likewise
    ISO 14001:2015 and ISO 45001:2018 9.2.2 c). The 2015 editions do not say
    "auditors shall not audit their own work" (that was ISO 9001:2008 8.2.2),
    so the warning names objectivity and impartiality.

    Returns:
        One text per (audit, auditor) pair, in audit then team order.
    """
    warnings: list[Text] = []
    for audit in audits:
        auditees = {a.strip().casefold() for a in audit.auditees if a.strip()}
        for auditor in audit.auditors:
            dept = auditor.department.strip()
            if dept and dept.casefold() in auditees:
                warnings.append(Text(
                    f"{auditor.name} ({dept}) audits their own department in "
                    f"\"{audit.title}\". ISO 9001:2015 9.2.2 c) asks that auditors be "
                    f"chosen and audits run so that the audit process is objective and "
                    f"impartial; consider an auditor from another department.",
                    f"内部审核“{audit.title}”中，{auditor.name}（{dept}）审核本部门。"
                    f"GB/T 19001-2016/ISO 9001:2015 9.2.2 c) 要求审核员的选择和审核的实施"
                    f"确保审核过程客观、公正；可考虑改由其他部门的审核员审核。"))
    return tuple(warnings)
