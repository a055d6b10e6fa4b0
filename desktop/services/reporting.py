"""Export readiness reports: the PDF for management and the Excel workbook.

The service gathers the data once into a Qt-free :class:`ReportData` (no
queries happen during layout), then hands it to the renderers. The report
language is chosen per export, independently of the UI language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from desktop import __version__
from desktop.domain.model import Lang
from desktop.errors import ValidationError
from desktop.reports.model import ReportData, build_report_data
from desktop.reports.pdf import render_pdf
from desktop.reports.xlsx import render_xlsx
from desktop.services.assessment import assess
from desktop.services.integrated import integrated_view
from desktop.services.session import ProjectSession

Step = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class ExportResult:
    """Files written by :func:`export_reports` (``None`` where not requested)."""

    pdf: Path | None
    xlsx: Path | None


def report_data(session: ProjectSession, lang: Lang) -> ReportData:
    """Collect everything a report shows, in ``lang`` ("en" or "zh").

    Raises:
        ValidationError: unknown language.
    """
    if lang not in ("en", "zh"):
        raise ValidationError(f"Unknown report language {lang!r}; use en or zh.",
                              f"未知的报告语言 {lang!r}，请使用 en 或 zh。")
    store = session.store
    generated_at = dt.datetime.now().astimezone()
    states = store.item_states()
    data = build_report_data(
        standards=session.standards(),
        profile=store.profile(),
        states=states,
        evidence=store.evidence_list(),
        lang=lang,
        generated_at=generated_at,
        app_version=__version__,
    )
    return replace(
        data,
        assessment=assess(session, generated_at.date()),
        evidence_meta=store.records.evidence_meta(),
        integrated=integrated_view(session),
        states=states,
    )


def export_reports(
    session: ProjectSession,
    *,
    lang: Lang,
    pdf: Path | None = None,
    xlsx: Path | None = None,
    step: Step | None = None,
) -> ExportResult:
    """Write the PDF report and/or the Excel workbook in ``lang``.

    Args:
        pdf, xlsx: target files; at least one. Each is written atomically.
        step: called with "data", "pdf", "xlsx" as each stage starts.

    Raises:
        ValidationError: nothing requested or unknown language.
        ExportError: a file cannot be written (folder missing, disk full,
            file open in another program); the target is left as it was.
    """
    if pdf is None and xlsx is None:
        raise ValidationError("Choose a PDF file, an Excel file or both.",
                              "请选择 PDF 文件、Excel 文件或两者。")
    if step:
        step("data")
    data = report_data(session, lang)
    if pdf is not None:
        if step:
            step("pdf")
        render_pdf(data, pdf)
    if xlsx is not None:
        if step:
            step("xlsx")
        render_xlsx(data, xlsx)
    return ExportResult(pdf=pdf, xlsx=xlsx)
