"""User actions on the company profile: who prepares and who approves the reports.

The preparer and the approver (name and job title each) are printed on the
cover and the sign-off page of the PDF report; the preparer is also the PDF
author (:mod:`desktop.reports.pdf.pdf_meta`).
"""

from __future__ import annotations

import dataclasses

from desktop.errors import ValidationError
from desktop.services.changes import Changes
from desktop.services.session import ProjectSession

__all__ = ["MAX_PERSON_CHARS", "set_report_people"]

MAX_PERSON_CHARS = 80
"""Longest name or job title accepted, in characters (a cover line, not a paragraph)."""


def set_report_people(
    session: ProjectSession,
    *,
    preparer: str | None = None,
    preparer_title: str | None = None,
    approver: str | None = None,
    approver_title: str | None = None,
) -> Changes:
    """Set who prepares and who approves the reports; a None argument keeps the stored value.

    Values are stripped; "" clears a field.

    Returns:
        ``Changes(profile=True)``.

    Raises:
        ValidationError: a value is longer than :data:`MAX_PERSON_CHARS` or
            spans several lines (English and Chinese).
        StorageFullError, ProjectWriteError: the change could not be saved.
    """
    given = {
        "preparer": preparer,
        "preparer_title": preparer_title,
        "approver": approver,
        "approver_title": approver_title,
    }
    values = {key: value.strip() for key, value in given.items() if value is not None}
    for value in values.values():
        if len(value) > MAX_PERSON_CHARS or "\n" in value or "\r" in value:
            raise ValidationError(
                f"A name or job title must be one line of at most {MAX_PERSON_CHARS} "
                f"characters: {value[:40]!r}.",
                f"姓名或职务应为一行，且不超过 {MAX_PERSON_CHARS} 个字符：“{value[:40]}”。",
            )
    old = session.store.profile()
    new = dataclasses.replace(
        old,
        preparer=values.get("preparer", old.preparer),
        preparer_title=values.get("preparer_title", old.preparer_title),
        approver=values.get("approver", old.approver),
        approver_title=values.get("approver_title", old.approver_title),
    )
    session.store.set_profile(new)
    return Changes(profile=True)
