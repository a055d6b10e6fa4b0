"""The management review pack: the input report's topics and the review's outputs.

A management review considers inputs the standards list (ISO 9001:2015 9.3.2,
ISO 14001:2015 9.3, ISO 45001:2018 9.3, see :mod:`desktop.domain.reviews`).
Many of them ask the same thing in each standard, so the input report
(管理评审输入) groups them into topics: one section per topic names the
required inputs it answers for each standard, the facts the project holds on
it and the note the user wrote for the meeting. Every required input belongs
to exactly one topic (:func:`topic_of`).

The outputs (ISO 9001:2015 9.3.3, ISO 14001:2015 9.3 and ISO 45001:2018 9.3
"outputs") are decisions; a decision that someone must carry out becomes an
action of the action plan, linked back to the review.

Texts are our own words, English and Simplified Chinese.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from desktop.domain.model import Text
from desktop.domain.records import ActionStatus
from desktop.domain.reviews import CLIMATE, REQUIRED_INPUTS


class Topic(StrEnum):
    """A section of the management review input report, in report order."""

    PREVIOUS_ACTIONS = "previous_actions"
    CONTEXT = "context"
    CLIMATE = "climate"
    FEEDBACK = "feedback"
    OBJECTIVES = "objectives"
    PERFORMANCE = "performance"
    NONCONFORMITIES = "nonconformities"
    AUDITS = "audits"
    COMPLIANCE = "compliance"
    RESOURCES = "resources"
    RISKS = "risks"
    IMPROVEMENT = "improvement"

    @property
    def heading(self) -> Text:
        """The section title."""
        return _TOPIC_TITLES[self]

    @property
    def prompt(self) -> Text:
        """What the note for this topic should say (shown when none was written)."""
        return _TOPIC_PROMPTS[self]


_TOPIC_TITLES = {
    Topic.PREVIOUS_ACTIONS: Text("Actions from earlier reviews", "以往管理评审决定事项的落实"),
    Topic.CONTEXT: Text("Changes in issues, interested parties and requirements",
                        "内外部因素、相关方及要求的变化"),
    Topic.CLIMATE: Text("Climate change", "气候变化"),
    Topic.FEEDBACK: Text("Customer and interested-party feedback",
                         "顾客及相关方的反馈与沟通"),
    Topic.OBJECTIVES: Text("Objectives", "目标的实现情况"),
    Topic.PERFORMANCE: Text("Performance, monitoring and external providers",
                            "绩效、监视测量结果及外部供方"),
    Topic.NONCONFORMITIES: Text("Nonconformities, incidents and corrective actions",
                                "不符合、事件及纠正措施"),
    Topic.AUDITS: Text("Audit results", "审核结果"),
    Topic.COMPLIANCE: Text("Compliance with legal and other requirements",
                           "法律法规及其他要求的合规情况"),
    Topic.RESOURCES: Text("Adequacy of resources", "资源的充分性"),
    Topic.RISKS: Text("Risks and opportunities", "风险和机遇"),
    Topic.IMPROVEMENT: Text("Opportunities for improvement", "改进的机会"),
}

_TOPIC_PROMPTS = {
    Topic.PREVIOUS_ACTIONS: Text(
        "Say which earlier decisions are finished, which are late and why.",
        "说明以往决定事项哪些已完成、哪些滞后及原因。"),
    Topic.CONTEXT: Text(
        "Note what changed in the market, the site, the workforce, regulations or the "
        "expectations of interested parties since the last review.",
        "记录自上次评审以来市场、场所、人员、法规或相关方期望发生的变化。"),
    Topic.CLIMATE: Text(
        "State whether climate change is still judged relevant (or not) and why; name any "
        "climate-related requests from customers, lenders or authorities.",
        "说明气候变化是否仍被判定为相关问题及理由；列出顾客、金融机构或政府提出的气候相关要求。"),
    Topic.FEEDBACK: Text(
        "Summarise customer satisfaction results, complaints, and what workers, neighbours "
        "and other parties communicated.",
        "概述顾客满意度结果、投诉，以及员工、周边社区和其他相关方反映的信息。"),
    Topic.OBJECTIVES: Text(
        "For each objective: target, result achieved, and what happens where it was missed.",
        "逐项列出目标值、实际完成情况，以及未达成目标的后续安排。"),
    Topic.PERFORMANCE: Text(
        "Give the trends of the key process indicators, monitoring results, product "
        "conformity, significant aspects and supplier performance.",
        "给出主要过程指标、监视测量结果、产品符合性、重要环境因素及供方绩效的趋势。"),
    Topic.NONCONFORMITIES: Text(
        "Comment on repeated problems, incidents and whether corrective actions worked.",
        "对重复出现的问题、事件以及纠正措施是否有效作出说明。"),
    Topic.AUDITS: Text(
        "Summarise internal and external audit results and what they say about the system.",
        "概述内部审核和外部审核的结果及其反映的体系状况。"),
    Topic.COMPLIANCE: Text(
        "Give the result of the latest compliance evaluation and any change in obligations.",
        "给出最近一次合规性评价的结论以及合规义务的变化。"),
    Topic.RESOURCES: Text(
        "Say whether people, equipment, infrastructure and budget are sufficient and what "
        "is lacking.",
        "说明人员、设备、基础设施和预算是否充分，还缺什么。"),
    Topic.RISKS: Text(
        "Say whether the actions on risks and opportunities worked and which risks changed.",
        "说明应对风险和机遇的措施是否有效，哪些风险发生了变化。"),
    Topic.IMPROVEMENT: Text(
        "List the improvement ideas put forward for decision.",
        "列出提交本次评审决定的改进建议。"),
}

# input id (without the family prefix) -> topic, per family
_TOPIC_OF_INPUT: dict[str, dict[str, Topic]] = {
    "iso9001": {
        "9.3.2.a": Topic.PREVIOUS_ACTIONS, "9.3.2.b": Topic.CONTEXT,
        f"9.3.2.b.{CLIMATE}": Topic.CLIMATE, "9.3.2.c.1": Topic.FEEDBACK,
        "9.3.2.c.2": Topic.OBJECTIVES, "9.3.2.c.3": Topic.PERFORMANCE,
        "9.3.2.c.4": Topic.NONCONFORMITIES, "9.3.2.c.5": Topic.PERFORMANCE,
        "9.3.2.c.6": Topic.AUDITS, "9.3.2.c.7": Topic.PERFORMANCE,
        "9.3.2.d": Topic.RESOURCES, "9.3.2.e": Topic.RISKS, "9.3.2.f": Topic.IMPROVEMENT,
    },
    "iso14001": {
        "9.3.a": Topic.PREVIOUS_ACTIONS, "9.3.b.1": Topic.CONTEXT,
        f"9.3.b.1.{CLIMATE}": Topic.CLIMATE, "9.3.b.2": Topic.CONTEXT,
        "9.3.b.3": Topic.PERFORMANCE, "9.3.b.4": Topic.RISKS, "9.3.c": Topic.OBJECTIVES,
        "9.3.d.1": Topic.NONCONFORMITIES, "9.3.d.2": Topic.PERFORMANCE,
        "9.3.d.3": Topic.COMPLIANCE, "9.3.d.4": Topic.AUDITS, "9.3.e": Topic.RESOURCES,
        "9.3.f": Topic.FEEDBACK, "9.3.g": Topic.IMPROVEMENT,
    },
    "iso45001": {
        "9.3.a": Topic.PREVIOUS_ACTIONS, "9.3.b": Topic.CONTEXT,
        f"9.3.b.{CLIMATE}": Topic.CLIMATE, "9.3.b.1": Topic.CONTEXT,
        "9.3.b.2": Topic.COMPLIANCE, "9.3.b.3": Topic.RISKS, "9.3.c": Topic.OBJECTIVES,
        "9.3.d.1": Topic.NONCONFORMITIES, "9.3.d.2": Topic.PERFORMANCE,
        "9.3.d.3": Topic.COMPLIANCE, "9.3.d.4": Topic.AUDITS, "9.3.d.5": Topic.FEEDBACK,
        "9.3.d.6": Topic.RISKS, "9.3.e": Topic.RESOURCES, "9.3.f": Topic.FEEDBACK,
        "9.3.g": Topic.IMPROVEMENT,
    },
}


def topic_of(input_id: str) -> Topic:
    """The report topic of a required input id, e.g. ``"iso9001:9.3.2.c.6"`` → AUDITS.

    Raises:
        KeyError: not an input id of :data:`desktop.domain.reviews.REQUIRED_INPUTS`.
    """
    family, _, key = input_id.partition(":")
    return _TOPIC_OF_INPUT[family][key]


TOPIC_CLAUSES: MappingProxyType[Topic, dict[str, tuple[str, ...]]] = MappingProxyType({
    Topic.CONTEXT: {"iso9001": ("4.1", "4.2"), "iso14001": ("4.1", "4.2"),
                    "iso45001": ("4.1", "4.2")},
    Topic.CLIMATE: {"iso9001": ("4.1",), "iso14001": ("4.1",), "iso45001": ("4.1",)},
    Topic.FEEDBACK: {"iso9001": ("9.1.2", "8.2.1"), "iso14001": ("7.4",),
                     "iso45001": ("5.4", "7.4")},
    Topic.OBJECTIVES: {"iso9001": ("6.2",), "iso14001": ("6.2",), "iso45001": ("6.2",)},
    Topic.PERFORMANCE: {"iso9001": ("9.1.1", "9.1.3", "8.4"), "iso14001": ("9.1.1", "6.1.2"),
                        "iso45001": ("9.1.1",)},
    Topic.COMPLIANCE: {"iso14001": ("6.1.3", "9.1.2"), "iso45001": ("6.1.3", "9.1.2")},
    Topic.RESOURCES: {"iso9001": ("7.1",), "iso14001": ("7.1",), "iso45001": ("7.1",)},
    Topic.RISKS: {"iso9001": ("6.1",), "iso14001": ("6.1",), "iso45001": ("6.1",)},
    Topic.IMPROVEMENT: {"iso9001": ("10.3",), "iso14001": ("10.3",), "iso45001": ("10.3",)},
})
"""Per topic and family, the clauses whose checklist items show how ready that input is
(a clause stands for itself and its sub-clauses)."""


def topic_inputs(topic: Topic, families: tuple[str, ...]) -> tuple[str, ...]:
    """The ids of the required inputs of ``families`` that ``topic`` answers, in clause order."""
    return tuple(i.id for family in families for i in REQUIRED_INPUTS.get(family, ())
                 if topic_of(i.id) is topic)


class DecisionKind(StrEnum):
    """What a management review decided (ISO 9001:2015 9.3.3 a-c; the others alike)."""

    IMPROVEMENT = "improvement"
    CHANGE = "change"
    RESOURCES = "resources"
    OTHER = "other"

    @property
    def label(self) -> Text:
        """User-facing name."""
        return _DECISION_LABELS[self]


_DECISION_LABELS = {
    DecisionKind.IMPROVEMENT: Text("Improvement opportunity", "改进的机会"),
    DecisionKind.CHANGE: Text("Change to the management system", "体系变更的需求"),
    DecisionKind.RESOURCES: Text("Resources needed", "资源需求"),
    DecisionKind.OTHER: Text("Other decision", "其他决定"),
}


REVIEW_SOURCE_PREFIX = "review:"
"""``source_ref`` of an action raised by a review decision: ``"review:<review id>"``."""


@dataclass(frozen=True, slots=True)
class ReviewDecision:
    """One output of a management review.

    Attributes:
        kind: see :class:`DecisionKind`.
        text: what was decided, in the user's words.
        owner: who carries it out; with ``due_on`` it makes the decision an action.
        due_on: by when; ``None`` for no date.
        action_id: the action of the action plan that carries it out; ``None``
            for a decision that needs no action (or one not saved yet).
        status: that action's status (read back; ignored when saving).
    """

    kind: DecisionKind
    text: str
    owner: str = ""
    due_on: dt.date | None = None
    action_id: int | None = None
    status: ActionStatus | None = None

    @property
    def needs_action(self) -> bool:
        """True when the decision names an owner or a due date, or already has an action."""
        return self.action_id is not None or bool(self.owner.strip()) or self.due_on is not None


@dataclass(frozen=True, slots=True)
class ReviewOutputs:
    """What one management review recorded beyond its meeting facts.

    Attributes:
        review_id: the :class:`~desktop.domain.records.ManagementReview`.
        notes: the user's note per topic for the input report (topics without a
            note are absent).
        decisions: the outputs in the order given.
    """

    review_id: int
    notes: tuple[tuple[Topic, str], ...] = ()
    decisions: tuple[ReviewDecision, ...] = ()

    def note(self, topic: Topic) -> str:
        """The note written for ``topic``, or ``""``."""
        return next((text for t, text in self.notes if t is topic), "")
