"""Export readiness reports: full and one-page PDF, evidence pack and Excel workbook.

The service gathers the data once into a Qt-free :class:`ReportData` (no
queries happen during layout), then hands it to the renderers. The report
language is chosen per export, independently of the UI language.

:func:`export_reports` writes any mix of the four outputs as one unit: every
file is first written beside its target under a hidden temporary name and only
moved into place once all of them are complete, so a cancelled or failed
export leaves every target as it was. The same function serves the GUI (on a
worker thread, with progress and cancel) and ``auditready-cli report``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.lib.pagesizes import A4, LETTER

from desktop.domain.model import Lang
from desktop.errors import CancelledError, ExportError, ValidationError
from desktop.reports.model import ReportData
from desktop.reports.output import export_error
from desktop.reports.pdf.pdf import render_pdf
from desktop.reports.pdf.pdf_actions import ACTIONS_BY
from desktop.reports.xlsx.xlsx import render_xlsx
from desktop.services.reporting.data import report_data
from desktop.services.reporting.evidence_pack import export_evidence_pack
from desktop.services.session import ProjectSession
from desktop.store.outputs import OutputKind, check_outputs

Step = Callable[[str], None]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
PaperSize = Literal["A4", "Letter"]

PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
"""Paper sizes for the PDF outputs: name → (width, height) in points (1/72 inch), portrait."""

OUTPUT_KINDS: dict[str, OutputKind] = {
    "pdf": "pdf", "summary_pdf": "pdf", "evidence_pack": "pack", "xlsx": "xlsx"}
"""Each output of :func:`export_reports` → its kind (which fixes its extension)."""

STAGES = ("data", "pdf", "summary_pdf", "evidence_pack", "xlsx")
"""The stages of :func:`export_reports`, in the order they run (``step`` gets these names)."""

PROGRESS_PER_STAGE = 1000
"""Progress units per stage: an export of n outputs reports ``(done, (n + 1) * 1000)``."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    """Files written by :func:`export_reports` (``None`` where not requested).

    Attributes:
        pdf: the full PDF readiness report.
        xlsx: the Excel workbook.
        summary_pdf: the one-page PDF summary.
        evidence_pack: the evidence pack (zip of evidence files plus an index PDF).
    """

    pdf: Path | None = None
    xlsx: Path | None = None
    summary_pdf: Path | None = None
    evidence_pack: Path | None = None

    @property
    def files(self) -> tuple[Path, ...]:
        """The written files in stage order: full PDF, summary PDF, evidence pack, Excel."""
        return tuple(p for p in (self.pdf, self.summary_pdf, self.evidence_pack, self.xlsx)
                     if p is not None)


def export_reports(
    session: ProjectSession,
    *,
    lang: Lang,
    pdf: Path | None = None,
    summary_pdf: Path | None = None,
    evidence_pack: Path | None = None,
    xlsx: Path | None = None,
    pagesize: PaperSize = "A4",
    prepared_by: str = "",
    actions_by: str = "owner",
    step: Step | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write the requested reports in ``lang``, all of them or none.

    The report data is collected once and shared by every output; the
    evidence pack streams the evidence files from the project
    (:func:`desktop.services.reporting.evidence_pack.export_evidence_pack`).
    Each output is written beside its target under a hidden temporary name;
    the targets are replaced only after every output is complete.

    Args:
        lang: report language, "en" or "zh".
        pdf: the full PDF readiness report.
        summary_pdf: the one-page PDF summary.
        evidence_pack: the evidence pack, a ``.zip``.
        xlsx: the Excel workbook, a ``.xlsx``. At least one of the four is
            required; no two may be the same file, and none may be the open
            project or one of its side files (:func:`desktop.store.outputs.check_outputs`).
        pagesize: paper of the PDFs (full report, summary, the evidence pack's
            index) and of the workbook's printed pages, "A4" or "Letter".
        prepared_by: the preparer's name on the PDF cover and sign-off for this export
            ("" keeps the company profile's preparer; another name replaces it,
            without the profile's job title).
        actions_by: how the full PDF report's action plan groups open
            actions: ``"owner"`` (default) or ``"standard"``.
        step: called with each stage's name as it starts, from :data:`STAGES`.
        progress: called with (done, total) progress units, from the calling
            thread; total is :data:`PROGRESS_PER_STAGE` times (1 + the number of
            outputs); the first call is (0, total), the last (total, total).
        cancelled: polled between and inside stages; True stops the export.

    Returns:
        The written paths (``None`` for outputs not requested).

    Raises:
        ValidationError: nothing requested, unknown language, paper size or
            action grouping.
        OutputPathError: an output is the project, one of its side files or
            another output, or has the wrong extension; nothing was written.
        CancelledError: ``cancelled`` returned True; no target was touched
            and no temporary file is left.
        ExportError: a file cannot be written (folder missing, disk full, file
            open in another program); the message names the target. Every
            target is left as it was.
        EvidenceError: a stored evidence file is damaged (evidence pack only);
            every target is left as it was.
    """
    targets = {name: path for name, path in (("pdf", pdf), ("summary_pdf", summary_pdf),
                                             ("evidence_pack", evidence_pack), ("xlsx", xlsx))
               if path is not None}
    _check_request(targets, pagesize)
    if actions_by not in ACTIONS_BY:
        raise ValidationError(
            f"Unknown action plan grouping {actions_by!r}; use owner or standard.",
            f"未知的行动计划分组方式 {actions_by!r}，请使用 owner 或 standard。")
    check_outputs(((OUTPUT_KINDS[name], path) for name, path in targets.items()),
                  project=session.path)
    paper = PAPER_SIZES[pagesize]
    total = PROGRESS_PER_STAGE * (len(targets) + 1)
    done = 0

    def check() -> None:
        if cancelled is not None and cancelled():
            raise CancelledError()

    def start(stage: str) -> Progress:
        check()
        if step is not None:
            step(stage)
        base = done

        def stage_progress(part: int, whole: int) -> None:
            share = PROGRESS_PER_STAGE if whole <= 0 else min(
                PROGRESS_PER_STAGE, part * PROGRESS_PER_STAGE // whole)
            if progress is not None:
                progress(base + share, total)

        stage_progress(0, 1)
        return stage_progress

    staged: dict[str, Path] = {}
    try:
        start("data")
        data = report_data(session, lang, prepared_by)
        done += PROGRESS_PER_STAGE
        for stage, target in targets.items():
            stage_progress = start(stage)
            staged[stage] = part = _part_path(target)
            with _naming(part, target):
                _render(stage, session, data, part, paper, stage_progress, cancelled, actions_by)
            done += PROGRESS_PER_STAGE
            stage_progress(1, 1)
        check()
        for stage, part in staged.items():
            try:
                os.replace(part, targets[stage])
            except OSError as exc:
                raise export_error(targets[stage], exc) from exc
        staged.clear()
    finally:
        for part in staged.values():
            with contextlib.suppress(OSError):
                part.unlink()
    if progress is not None:
        progress(total, total)
    return ExportResult(**targets)


def _check_request(targets: dict[str, Path], pagesize: str) -> None:
    if not targets:
        raise ValidationError(
            "Choose at least one output: the full PDF report, the one-page summary, "
            "the evidence pack or the Excel workbook.",
            "请至少选择一种输出：完整 PDF 报告、一页摘要、证据包或 Excel 工作簿。")
    if pagesize not in PAPER_SIZES:
        raise ValidationError(f"Unknown paper size {pagesize!r}; use A4 or Letter.",
                              f"未知的纸张尺寸 {pagesize!r}，请使用 A4 或 Letter。")
    for path in targets.values():
        key = Path(os.path.abspath(path))
        if key.is_dir():
            raise ValidationError(f"{path} is a folder; choose a file name for the report.",
                                  f"{path} 是文件夹，请为报告指定文件名。")
        if not key.parent.is_dir():  # before minutes of work, not after
            raise export_error(path, FileNotFoundError(errno.ENOENT, "no such folder"))


def _part_path(target: Path) -> Path:
    """A hidden file beside ``target`` that takes its place once every output is complete."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


@contextlib.contextmanager
def _naming(part: Path, target: Path) -> Iterator[None]:
    """Make an :class:`ExportError` about ``part`` name ``target``, the file the user chose."""
    try:
        yield
    except ExportError as exc:
        raise ExportError(exc.en.replace(str(part), str(target)),
                          exc.zh.replace(str(part), str(target))) from exc


def _render(stage: str, session: ProjectSession, data: ReportData, path: Path,
            paper: tuple[float, float], progress: Progress, cancelled: Cancelled | None,
            actions_by: str = "owner") -> None:
    if stage in ("pdf", "summary_pdf"):
        render_pdf(data, path, pagesize=paper,
                   variant="full" if stage == "pdf" else "summary",
                   progress=progress, cancelled=cancelled, actions_by=actions_by)
    elif stage == "xlsx":
        render_xlsx(data, path, progress=progress, cancelled=cancelled,
                    project=session.path.name, pagesize=paper)
    else:
        export_evidence_pack(session, path, data.lang, progress=progress, cancelled=cancelled,
                             data=data, pagesize=paper)
