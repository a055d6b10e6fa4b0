"""The data of every report: one Qt-free :class:`ReportData` gathered from a session.

Shared by the report export (:mod:`desktop.services.reporting.export`) and the
evidence pack (:mod:`desktop.services.reporting.evidence_pack`); it makes the queries so
that no layout code has to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from desktop import __version__
from desktop.domain.model import Lang
from desktop.errors import ValidationError
from desktop.reports.model import ReportData, build_report_data, clean_text
from desktop.services.assessment import assess
from desktop.services.departments.matrix import list_departments
from desktop.services.departments.matrix_report import matrix_report
from desktop.services.integrated import integrated_view
from desktop.services.session import ProjectSession

__all__ = ["report_data"]


def report_data(session: ProjectSession, lang: Lang, prepared_by: str = "", *,
                now: dt.datetime | None = None) -> ReportData:
    """Collect everything a report shows, in ``lang`` ("en" or "zh").

    ``prepared_by``: the name printed as the report's preparer for this export
    (cover, sign-off, PDF author); "" keeps the company profile's preparer. A
    different name replaces the profile's for this report only, without its job
    title (the profile's title belongs to the profile's person).

    ``now``: the moment the report is made, timezone-aware (default: the local
    time now); it dates the report and decides what is overdue or expired.

    Raises:
        ValidationError: unknown language.
    """
    if lang not in ("en", "zh"):
        raise ValidationError(f"Unknown report language {lang!r}; use en or zh.",
                              f"未知的报告语言 {lang!r}，请使用 en 或 zh。")
    store = session.store
    records = store.records
    profile = store.profile()
    preparer = clean_text(prepared_by).strip()
    if preparer and preparer != profile.preparer.strip():
        profile = replace(profile, preparer=preparer, preparer_title="")
    generated_at = (now or dt.datetime.now()).astimezone()
    states = store.item_states()
    data = build_report_data(
        standards=session.standards(),
        profile=profile,
        states=states,
        evidence=store.evidence_list(),
        lang=lang,
        generated_at=generated_at,
        app_version=__version__,
    )
    return replace(
        data,
        assessment=assess(session, generated_at.date()),
        evidence_meta=records.evidence_meta(),
        integrated=integrated_view(session),
        states=states,
        programmes=tuple(records.programmes()),
        audits=tuple(records.audits()),
        findings=tuple(records.findings()),
        reviews=tuple(records.reviews()),
        prepared_by=profile.preparer.strip(),
        matrix=(matrix_report(session, lang, on=generated_at.date())
                if list_departments(session) else None),
    )
