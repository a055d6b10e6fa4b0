"""The responsibility matrix report (职能分配表): its data from a project, and its export.

:func:`matrix_report` gathers a Qt-free
:class:`~desktop.reports.matrix.matrix_model.MatrixReport`; :func:`export_matrix_pdf`
writes it as a PDF. The Excel workbook report carries it as a sheet (see
:mod:`desktop.reports.matrix.matrix_xlsx`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from desktop.domain.departments import INTEGRATED, Department, Role, integrated_view
from desktop.domain.model import ItemStatus, Lang, Standard
from desktop.errors import ValidationError
from desktop.reports.matrix.matrix_model import MatrixReport, MatrixRow, MatrixTable, mlabel
from desktop.services.departments.matrix import (
    list_departments,
    matrix_clauses,
    matrix_standards,
    responsibility_matrix,
)
from desktop.services.session import ProjectSession
from desktop.store.outputs import check_outputs

PAPER = {"A4": (595.2755905511812, 841.8897637795277), "Letter": (612.0, 792.0)}
"""Paper sizes in points (portrait); the matrix prints landscape."""


def default_views(session: ProjectSession) -> tuple[str, ...]:
    """The tables printed when none are asked for: the integrated view for two or more
    standards, else the one standard (none for a project without clauses)."""
    standards = matrix_standards(session)
    if len(standards) >= 2:
        return (INTEGRATED,)
    return tuple(s.id for s in standards)


def _excluded(std: Standard, clause: str, states: dict[str, ItemStatus]) -> bool:
    found = [states.get(i.id, ItemStatus.NOT_STARTED) for i in std.checklist()
             if i.clause == clause or i.clause.startswith(clause + ".")]
    return bool(found) and all(s is ItemStatus.NOT_APPLICABLE for s in found)


def matrix_report(session: ProjectSession, lang: Lang, views: Sequence[str] | None = None,
                  *, on: dt.date | None = None) -> MatrixReport:
    """The 职能分配表 of the project in ``lang``.

    Args:
        views: the tables, in order: standard ids of the project and/or
            ``"integrated"``; default :func:`default_views`.
        on: the date printed (default today).

    Raises:
        ValidationError: unknown language, or a view that is not one of the
            project's standards nor ``"integrated"``.
    """
    if lang not in ("en", "zh"):
        raise ValidationError(f"Unknown report language {lang!r}; use en or zh.",
                              f"未知的报告语言 {lang!r}，请使用 en 或 zh。")
    standards = {s.id: s for s in matrix_standards(session)}
    chosen = tuple(default_views(session) if views is None else views)
    for view in chosen:
        if view != INTEGRATED and view not in standards:
            raise ValidationError(
                f"{view!r} is not a standard of this project; use one of "
                f"{', '.join((*standards, INTEGRATED))}.",
                f"{view!r} 不是本项目的标准；可用：{'、'.join((*standards, INTEGRATED))}。")
    depts = list_departments(session)
    matrix = responsibility_matrix(session)
    states = {i: s.status for i, s in session.store.item_states().items()}
    tables = []
    for view in chosen:
        if view == INTEGRATED:
            folded = integrated_view(matrix, list(standards))
            names = [s.designation if lang == "zh" else s.label for s in standards.values()]
            title = (f"{mlabel('integrated', lang)}（{'，'.join(names)}）" if lang == "zh"
                     else f"{mlabel('integrated', lang)} ({', '.join(names)})")
            cells = {clause: cell for (_v, clause), cell in folded.items()}
            having = {c: [s for s in standards.values() if c in matrix_clauses(session, s.id)]
                      for c in matrix_clauses(session, INTEGRATED)}
            rows = tuple(_row(clause, having[clause], cells.get(clause, {}), depts, lang, states)
                         for clause in having)
        else:
            std = standards[view]
            title = std.designation if lang == "zh" else std.label
            rows = tuple(_row(clause, [std], matrix.get((std.id, clause), {}), depts, lang,
                              states) for clause in matrix_clauses(session, std.id))
        tables.append(MatrixTable(key=view, title=title, rows=rows))
    return MatrixReport(lang=lang, company=session.store.profile().name,
                        on=on or dt.date.today(), departments=tuple(d.name for d in depts),
                        heads=tuple(d.head for d in depts), tables=tuple(tables))


def _row(clause: str, stds: Sequence[Standard], cell: dict[str, Role],
         depts: Sequence[Department],
         lang: Lang, states: dict[str, ItemStatus]) -> MatrixRow:
    title = ""
    for std in stds:
        node = next((i for i in std.items if not i.kind.is_checklist and i.clause == clause),
                    None)
        if node is not None:
            title = node.title.get(lang)
            break
    return MatrixRow(
        clause=clause, title=title, level=clause.count("."),
        cells=tuple(cell.get(d.id) for d in depts),
        excluded=all(_excluded(std, clause, states) for std in stds))


def export_matrix_pdf(session: ProjectSession, path: Path, lang: Lang,
                      views: Sequence[str] | None = None, *, pagesize: str = "A4",
                      on: dt.date | None = None) -> Path:
    """Write the 职能分配表 as a landscape PDF to ``path``.

    Args:
        views: see :func:`matrix_report`.
        pagesize: "A4" or "Letter".

    Returns:
        The written path.

    Raises:
        ValidationError: unknown language, view or paper size.
        OutputPathError: ``path`` is the project or one of its side files, or
            does not end in ``.pdf``.
        ExportError: the file cannot be written.
    """
    from desktop.reports.matrix.matrix_pdf import render_matrix_pdf  # slow import: on first use
    if pagesize not in PAPER:
        raise ValidationError(f"Unknown paper size {pagesize!r}; use A4 or Letter.",
                              f"未知的纸张大小 {pagesize!r}，请使用 A4 或 Letter。")
    report = prepare_matrix_pdf(session, path, lang, views, on=on)
    render_matrix_pdf(report, path, PAPER[pagesize])
    return path


def prepare_matrix_pdf(session: ProjectSession, path: Path, lang: Lang,
                       views: Sequence[str] | None = None, *,
                       on: dt.date | None = None) -> MatrixReport:
    """Check that ``path`` may be written and gather the report for it (nothing is written).

    The GUI calls this on its own thread, then renders the returned report
    with :func:`desktop.reports.matrix.matrix_pdf.render_matrix_pdf` on a worker.

    Raises:
        ValidationError, OutputPathError: as :func:`export_matrix_pdf`.
    """
    check_outputs([("pdf", path)], project=session.path)
    return matrix_report(session, lang, views, on=on)
