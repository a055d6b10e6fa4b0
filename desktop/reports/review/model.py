"""What the management review input report prints, already in its language.

A service (:mod:`desktop.services.audits.review_pack`) gathers it from the project;
the renderer (:mod:`desktop.reports.review.pdf`) only lays it out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.model import Lang


@dataclass(frozen=True, slots=True)
class InputSection:
    """One topic of the input report.

    Attributes:
        title: the topic, e.g. "Audit results".
        required_by: the required inputs it answers, one line each, e.g.
            "ISO 9001:2015 9.3.2 c) 6) Trends in audit results".
        considered: True when the review record ticks every one of them as
            considered, False when some are not ticked.
        facts: (what, value) rows gathered from the project; may be empty.
        note: what the user wrote for the meeting; may be empty.
        prompt: what the note should say, printed when it is empty.
    """

    title: str
    required_by: tuple[str, ...]
    considered: bool
    facts: tuple[tuple[str, str], ...]
    note: str
    prompt: str


@dataclass(frozen=True, slots=True)
class DecisionRow:
    """One recorded output of the review: kind, text and the action carrying it out."""

    kind: str
    text: str
    owner: str
    due: str
    status: str


@dataclass(frozen=True, slots=True)
class ReviewPackData:
    """The management review input report of one review.

    Attributes:
        lang: report language.
        company: company name.
        review_id: the review's row id.
        held_on: the meeting date.
        chair: who chairs it (printed above the signature line).
        attendees: names or roles.
        standards: designations of the standards covered, e.g.
            "GB/T 19001-2016/ISO 9001:2015".
        sections: the input topics, in report order.
        decisions: outputs recorded so far (may be empty before the meeting).
        generated_at: when the data was gathered (local time).
        app_version: AuditReady version, for the document properties.
    """

    lang: Lang
    company: str
    review_id: int
    held_on: dt.date
    chair: str
    attendees: tuple[str, ...]
    standards: tuple[str, ...]
    sections: tuple[InputSection, ...]
    decisions: tuple[DecisionRow, ...]
    generated_at: dt.datetime
    app_version: str
