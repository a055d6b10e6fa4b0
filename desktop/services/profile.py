"""User actions on the company profile: the company itself and who signs the reports.

:func:`update_profile` replaces the whole profile (company name, address,
sites, headcount, scope, preparer and approver) after checking it;
:func:`set_report_people` changes only the people. The preparer and the
approver (name and job title each) are printed on the cover and the sign-off
page of the PDF report; the preparer is also the PDF author (:mod:`desktop.reports.pdf.pdf_meta`).
"""

from __future__ import annotations

import dataclasses

from desktop.domain.model import CompanyProfile
from desktop.errors import ValidationError
from desktop.services.changes import Changes
from desktop.services.session import ProjectSession

__all__ = ["MAX_HEADCOUNT", "MAX_LINE_CHARS", "MAX_PERSON_CHARS", "MAX_SCOPE_CHARS",
           "MAX_SITES", "checked_profile", "parse_headcount", "restore_profile",
           "set_report_people", "update_profile"]

MAX_PERSON_CHARS = 80
"""Longest name or job title accepted, in characters (a cover line, not a paragraph)."""

MAX_LINE_CHARS = 200
"""Longest company name, address or site accepted, in characters."""

MAX_SCOPE_CHARS = 2000
"""Longest scope statement accepted, in characters (a certificate holds a paragraph)."""

MAX_HEADCOUNT = 1_000_000
"""Largest headcount accepted (personnel, a whole number from 0)."""

MAX_SITES = 200
"""Most sites accepted in one profile."""


def _one_line(value: str, limit: int, en_field: str, zh_field: str) -> str:
    value = value.strip()
    if "\n" in value or "\r" in value or len(value) > limit:
        raise ValidationError(
            f"{en_field} must be one line of at most {limit} characters: {value[:40]!r}.",
            f"{zh_field}应为一行，且不超过 {limit} 个字符：“{value[:40]}”。",
        )
    return value


def checked_profile(new: CompanyProfile) -> CompanyProfile:
    """Return ``new`` cleaned up for storing, or raise when it cannot be stored.

    Text is stripped; sites are stripped, empty ones dropped and repeats
    removed (first one kept, order kept); the scope keeps its inner line breaks.

    Raises:
        ValidationError: the company name is blank; the name, address, a site,
            a person's name or job title spans several lines or is too long
            (:data:`MAX_LINE_CHARS`, :data:`MAX_PERSON_CHARS`); more than
            :data:`MAX_SITES` sites; the headcount is not a whole number from 0
            to :data:`MAX_HEADCOUNT`; the scope is longer than
            :data:`MAX_SCOPE_CHARS` (English and Chinese).
    """
    name = _one_line(new.name, MAX_LINE_CHARS, "The company name", "公司名称")
    if not name:
        raise ValidationError("The company name is required.", "请填写公司名称。")
    address = _one_line(new.address, MAX_LINE_CHARS, "The address", "地址")
    sites: list[str] = []
    for site in new.sites:
        for part in site.splitlines() or [""]:
            line = _one_line(part, MAX_LINE_CHARS, "A site", "场所")
            if line and line not in sites:
                sites.append(line)
    if len(sites) > MAX_SITES:
        raise ValidationError(f"At most {MAX_SITES} sites can be listed ({len(sites)} given).",
                              f"最多可列出 {MAX_SITES} 个场所（现有 {len(sites)} 个）。")
    headcount = new.headcount
    if (isinstance(headcount, bool) or not isinstance(headcount, int)
            or not 0 <= headcount <= MAX_HEADCOUNT):
        raise ValidationError(
            f"The headcount must be a whole number from 0 to {MAX_HEADCOUNT:,}: {headcount!r}.",
            f"人数应为 0 至 {MAX_HEADCOUNT:,} 之间的整数：{headcount!r}。",
        )
    scope = "\n".join(line.rstrip() for line in new.scope.strip().splitlines())
    if len(scope) > MAX_SCOPE_CHARS:
        raise ValidationError(
            f"The scope statement is too long: {len(scope)} characters, at most "
            f"{MAX_SCOPE_CHARS}.",
            f"认证范围过长：{len(scope)} 个字符，最多 {MAX_SCOPE_CHARS} 个。",
        )
    people = {key: _one_line(getattr(new, key), MAX_PERSON_CHARS, "A name or job title",
                             "姓名或职务")
              for key in ("preparer", "preparer_title", "approver", "approver_title")}
    return CompanyProfile(name=name, address=address, sites=tuple(sites),
                          headcount=headcount, scope=scope, **people)


def parse_headcount(text: str) -> int:
    """The headcount typed as ``text`` (e.g. " 120 "), a whole number of personnel.

    Raises:
        ValidationError: ``text`` is not a whole number from 0 to :data:`MAX_HEADCOUNT`
            (English and Chinese).
    """
    value = text.strip()
    if value.isascii() and value.isdigit() and int(value) <= MAX_HEADCOUNT:
        return int(value)
    raise ValidationError(
        f"The headcount must be a whole number from 0 to {MAX_HEADCOUNT:,}: {value[:20]!r}.",
        f"人数应为 0 至 {MAX_HEADCOUNT:,} 之间的整数：“{value[:20]}”。",
    )


def restore_profile(session: ProjectSession, old: CompanyProfile) -> Changes:
    """Put back ``old``, a profile read from this project earlier, exactly (undo of an edit).

    No check: ``old`` was stored before, possibly by an older version with other rules.

    Returns:
        ``Changes(profile=True)``.

    Raises:
        StorageFullError, ProjectWriteError: the change could not be saved.
    """
    session.store.set_profile(old)
    return Changes(profile=True)


def update_profile(session: ProjectSession, new: CompanyProfile) -> Changes:
    """Replace the company profile with ``new`` (cleaned up by :func:`checked_profile`).

    Returns:
        ``Changes(profile=True)``; ``Changes()`` when nothing differs from the stored profile.

    Raises:
        ValidationError: ``new`` was refused (see :func:`checked_profile`); nothing is stored.
        StorageFullError, ProjectWriteError: the change could not be saved.
    """
    profile = checked_profile(new)
    if profile == session.store.profile():
        return Changes()
    session.store.set_profile(profile)
    return Changes(profile=True)


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
