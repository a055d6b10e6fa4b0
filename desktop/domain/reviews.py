"""The inputs a management review must consider, per standard family.

Sources: ISO 9001:2015 9.3.2 a-f (c split into its points 1-7), ISO
14001:2015 9.3 a-g (b split into 1-4, d into 1-4) and ISO 45001:2018 9.3 a-g
(b with its points 1-3, d split into 1-6). Amd 1:2024 to all three adds to 4.1
that the organization decides whether climate change is a relevant issue; as
the review considers changes in external and internal issues, each family has
one more input recording that climate change was considered there.

Titles are written in our own words, not the standards' text. Input ids are
``"<family>:<clause>.<point>"``, e.g. ``"iso9001:9.3.2.c.1"``; they are what
:attr:`desktop.domain.records.ManagementReview.inputs` stores. ISO 14001:2026
moves the list to 9.3.2; the ids stay those of the 2015 numbering so that
recorded reviews keep their meaning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from dateutil.relativedelta import relativedelta

from desktop.domain.model import Text
from desktop.domain.records import ManagementReview


@dataclass(frozen=True, slots=True)
class ReviewInput:
    """One input a management review must consider.

    Attributes:
        id: e.g. ``"iso14001:9.3.b.3"``.
        family: the standard family, e.g. ``"iso14001"``.
        clause: where the standard asks for it, e.g. ``"9.3 b) 3)"``.
        title: what is to be considered, in our own words.
    """

    id: str
    family: str
    clause: str
    title: Text


CLIMATE = "climate"
"""Last part of the id of each family's climate-change input (Amd 1:2024)."""

_ACTIONS = Text("Progress of actions decided at earlier management reviews",
                "以往管理评审决定事项的落实情况")
_ISSUES = Text("Changes in external and internal issues that bear on the system",
               "与体系有关的内外部因素的变化")
_CLIMATE = Text(
    "Climate change weighed among the changes in external and internal issues "
    "(Amd 1:2024, 4.1)",
    "在内外部因素的变化中考虑了气候变化（2024 年第 1 号修正案，4.1）")
_RESOURCES = Text("Whether resources are sufficient", "资源是否充分")
_NC = Text("Trends in nonconformities and corrective actions", "不符合及纠正措施的趋势")
_MONITORING = Text("Trends in monitoring and measurement results", "监视和测量结果的趋势")
_AUDITS = Text("Trends in audit results", "审核结果的趋势")
_CONTINUAL = Text("Opportunities for continual improvement", "持续改进的机会")


def _inputs(family: str, entries: Iterable[tuple[str, str, Text]]) -> tuple[ReviewInput, ...]:
    return tuple(ReviewInput(id=f"{family}:{key}", family=family, clause=clause, title=title)
                 for key, clause, title in entries)


_ISO9001 = _inputs("iso9001", (
    ("9.3.2.a", "9.3.2 a)", _ACTIONS),
    ("9.3.2.b", "9.3.2 b)", _ISSUES),
    (f"9.3.2.b.{CLIMATE}", "9.3.2 b); 4.1 Amd 1:2024", _CLIMATE),
    ("9.3.2.c.1", "9.3.2 c) 1)", Text(
        "Trends in customer satisfaction and in feedback from relevant interested parties",
        "顾客满意和有关相关方反馈的趋势")),
    ("9.3.2.c.2", "9.3.2 c) 2)", Text(
        "How far the quality objectives have been achieved", "质量目标的实现程度")),
    ("9.3.2.c.3", "9.3.2 c) 3)", Text(
        "Trends in process performance and in conformity of products and services",
        "过程绩效以及产品和服务符合性的趋势")),
    ("9.3.2.c.4", "9.3.2 c) 4)", _NC),
    ("9.3.2.c.5", "9.3.2 c) 5)", _MONITORING),
    ("9.3.2.c.6", "9.3.2 c) 6)", _AUDITS),
    ("9.3.2.c.7", "9.3.2 c) 7)", Text(
        "How external providers have performed", "外部供方的绩效")),
    ("9.3.2.d", "9.3.2 d)", _RESOURCES),
    ("9.3.2.e", "9.3.2 e)", Text(
        "Whether the actions on risks and opportunities worked",
        "应对风险和机遇所采取措施的有效性")),
    ("9.3.2.f", "9.3.2 f)", Text("Opportunities for improvement", "改进的机会")),
))

_ISO14001 = _inputs("iso14001", (
    ("9.3.a", "9.3 a)", _ACTIONS),
    ("9.3.b.1", "9.3 b) 1)", _ISSUES),
    (f"9.3.b.1.{CLIMATE}", "9.3 b) 1); 4.1 Amd 1:2024", _CLIMATE),
    ("9.3.b.2", "9.3 b) 2)", Text(
        "Changes in interested parties' needs and expectations, compliance obligations included",
        "相关方需求和期望的变化，包括合规义务的变化")),
    ("9.3.b.3", "9.3 b) 3)", Text(
        "Changes in significant environmental aspects", "重要环境因素的变化")),
    ("9.3.b.4", "9.3 b) 4)", Text("Changes in risks and opportunities", "风险和机遇的变化")),
    ("9.3.c", "9.3 c)", Text(
        "How far the environmental objectives have been achieved", "环境目标的实现程度")),
    ("9.3.d.1", "9.3 d) 1)", _NC),
    ("9.3.d.2", "9.3 d) 2)", _MONITORING),
    ("9.3.d.3", "9.3 d) 3)", Text(
        "Trends in meeting compliance obligations", "合规义务履行情况的趋势")),
    ("9.3.d.4", "9.3 d) 4)", _AUDITS),
    ("9.3.e", "9.3 e)", _RESOURCES),
    ("9.3.f", "9.3 f)", Text(
        "Relevant communication from interested parties, complaints included",
        "来自相关方的有关信息交流，包括投诉")),
    ("9.3.g", "9.3 g)", _CONTINUAL),
))

_ISO45001 = _inputs("iso45001", (
    ("9.3.a", "9.3 a)", _ACTIONS),
    ("9.3.b", "9.3 b)", _ISSUES),
    (f"9.3.b.{CLIMATE}", "9.3 b); 4.1 Amd 1:2024", _CLIMATE),
    ("9.3.b.1", "9.3 b) 1)", Text(
        "Changes in the needs and expectations of workers and other interested parties",
        "工作人员和其他相关方需求和期望的变化")),
    ("9.3.b.2", "9.3 b) 2)", Text(
        "Changes in legal requirements and other requirements", "法律法规要求和其他要求的变化")),
    ("9.3.b.3", "9.3 b) 3)", Text("Changes in risks and opportunities", "风险和机遇的变化")),
    ("9.3.c", "9.3 c)", Text(
        "How far the OH&S policy and objectives have been met",
        "职业健康安全方针和目标的实现程度")),
    ("9.3.d.1", "9.3 d) 1)", Text(
        "Trends in incidents, nonconformities, corrective actions and continual improvement",
        "事件、不符合、纠正措施和持续改进的趋势")),
    ("9.3.d.2", "9.3 d) 2)", _MONITORING),
    ("9.3.d.3", "9.3 d) 3)", Text(
        "Trends in the results of compliance evaluation against legal and other requirements",
        "法律法规要求和其他要求合规性评价结果的趋势")),
    ("9.3.d.4", "9.3 d) 4)", _AUDITS),
    ("9.3.d.5", "9.3 d) 5)", Text(
        "Trends in consultation and participation of workers", "工作人员协商和参与的趋势")),
    ("9.3.d.6", "9.3 d) 6)", Text(
        "Trends in risks and opportunities", "风险和机遇的趋势")),
    ("9.3.e", "9.3 e)", Text(
        "Whether resources are sufficient to keep the OH&S management system effective",
        "资源是否足以保持职业健康安全管理体系有效")),
    ("9.3.f", "9.3 f)", Text(
        "Relevant communication with interested parties", "与相关方的有关沟通")),
    ("9.3.g", "9.3 g)", _CONTINUAL),
))

REQUIRED_INPUTS: Mapping[str, tuple[ReviewInput, ...]] = MappingProxyType({
    "iso9001": _ISO9001,
    "iso14001": _ISO14001,
    "iso45001": _ISO45001,
})
"""Required management review inputs by standard family, in clause order.

Sources: ISO 9001:2015 9.3.2, ISO 14001:2015 9.3, ISO 45001:2018 9.3, and
Amd 1:2024 (4.1) for the climate-change input of each."""


def required_inputs(families: Iterable[str]) -> tuple[ReviewInput, ...]:
    """The inputs required for ``families`` (e.g. ``["iso9001", "iso14001"]``), in that order.

    A family named twice counts once; custom or unknown families require none.
    """
    seen: set[str] = set()
    result: list[ReviewInput] = []
    for family in families:
        if family in seen:
            continue
        seen.add(family)
        result.extend(REQUIRED_INPUTS.get(family, ()))
    return tuple(result)


def missing_inputs(review: ManagementReview, family: str) -> tuple[ReviewInput, ...]:
    """The required inputs of ``family`` that ``review`` did not record as considered.

    Returns:
        The missing inputs in clause order; empty for a custom or unknown family.
    """
    return tuple(i for i in REQUIRED_INPUTS.get(family, ()) if i.id not in review.inputs)


REVIEW_WINDOW_MONTHS = 12
"""Reviews held in the last 12 months count together towards the required inputs."""


@dataclass(frozen=True, slots=True)
class ReviewCoverage:
    """Which management reviews of the window considered which required inputs of a standard.

    The standards do not ask for every input at one meeting: a review
    programme may spread them over several reviews (ISO 9001:2015 9.3.1 "at
    planned intervals"), so the inputs of all reviews in the window count
    together.

    Attributes:
        reviews: the reviews held from ``since`` to the day of assessment that
            covered the standard, oldest first.
        since: the first day of the window (12 months before the day, included).
        covered_by: per review (same order as ``reviews``), the required inputs
            credited to it: each input goes to the latest review that considered it.
        missing: required inputs no review of the window considered, in clause order.
    """

    reviews: tuple[ManagementReview, ...]
    since: dt.date
    covered_by: tuple[tuple[ManagementReview, tuple[ReviewInput, ...]], ...]
    missing: tuple[ReviewInput, ...]


def review_coverage(reviews: Sequence[ManagementReview], standard_id: str, family: str,
                    today: dt.date) -> ReviewCoverage:
    """The required inputs of ``family`` considered by the reviews of the last 12 months.

    Args:
        reviews: every recorded review; those held after ``today``, before
            ``today`` minus 12 months, or not covering ``standard_id`` are left out.
        standard_id: the standard, e.g. ``"iso9001-2015"``.
        family: its family, e.g. ``"iso9001"`` (custom families require no input).
        today: the day of the assessment; a review held that day counts, and so
            does one held exactly 12 months before (2026-06-15 → from 2025-06-15).
    """
    since: dt.date = today - relativedelta(months=REVIEW_WINDOW_MONTHS)
    window = tuple(sorted((r for r in reviews
                           if since <= r.held_on <= today and standard_id in r.standard_ids),
                          key=lambda r: (r.held_on, r.id)))
    credited: list[list[ReviewInput]] = [[] for _ in window]
    missing: list[ReviewInput] = []
    for needed in REQUIRED_INPUTS.get(family, ()):
        latest = next((n for n in reversed(range(len(window)))
                       if needed.id in window[n].inputs), None)
        if latest is None:
            missing.append(needed)
        else:
            credited[latest].append(needed)
    covered = tuple((r, tuple(c)) for r, c in zip(window, credited, strict=True) if c)
    return ReviewCoverage(reviews=window, since=since, covered_by=covered,
                          missing=tuple(missing))
