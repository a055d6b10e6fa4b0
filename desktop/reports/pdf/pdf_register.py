"""The evidence register of the PDF report, by standard and clause, with a file index by name.

The register follows the checklists: for each standard, each clause (in
checklist order) that has evidence gets a shaded heading row, linked to the
clause's first checklist row, and one row per file serving it. A file serving
several clauses is listed under each of them. Files linked to no item of the
report's standards come last. A file index by name closes the section: every
file once, the clauses it is listed under, and a link to its first listing.

The checklist's evidence cells link to the clause entries here
(:func:`~desktop.reports.pdf.pdf_nav.register_key`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reportlab.platypus import Spacer

from desktop.reports.labels import EMPTY, format_date
from desktop.reports.model import EvidenceRow, ReportData
from desktop.reports.pdf.pdf_kit import Kit
from desktop.reports.pdf.pdf_nav import Anchor, file_key, link, register_key, row_key

_SHARES = (0.27, 0.13, 0.10, 0.11, 0.10, 0.13, 0.16)


def clause_groups(
    data: ReportData,
) -> Iterator[tuple[int, str, str, int, list[EvidenceRow]]]:
    """The register's clause entries in print order.

    Yields:
        (standard index, clause, clause heading, index of the clause's first
        checklist row, files serving an item of that clause, by name) for every
        clause with evidence; standard index -1 (clause "", row -1) for the
        files serving no item of the report's standards.
    """
    where: dict[str, tuple[int, str]] = {}
    first_rows: dict[tuple[int, str], tuple[int, str]] = {}
    for n, section in enumerate(data.standards):
        for r, row in enumerate(section.rows):
            where[row.item_id] = (n, row.clause)
            title = " ".join(p for p in (row.clause, row.clause_title) if p) or row.title
            first_rows.setdefault((n, row.clause), (r, f"{section.label} {title}"))
    files: dict[tuple[int, str], list[EvidenceRow]] = {}
    unlinked: list[EvidenceRow] = []
    for ev in data.evidence:  # sorted by name
        places = dict.fromkeys(where[i] for i in ev.item_ids if i in where)
        for place in places:
            files.setdefault(place, []).append(ev)
        if not places:
            unlinked.append(ev)
    for place, (r, heading) in first_rows.items():
        if place in files:
            yield place[0], place[1], heading, r, files[place]
    if unlinked:
        yield -1, "", "", -1, unlinked


def _file_row(kit: Kit, ev: EvidenceRow, anchor: bool) -> list[Any]:
    # One line a file where it can be: its size and media type are in the
    # evidence pack's index and the Excel register.
    meta = kit.data.evidence_meta.get(ev.evidence_id)
    nature = approved = effective = review_by = EMPTY
    if meta is not None:
        kind = [meta.nature.label.get(kit.lang)] if meta.nature is not None else []
        nature = " · ".join([*kind, *([meta.version] if meta.version else [])]) or EMPTY
        approved = format_date(meta.approved_on)
        effective = format_date(meta.effective_from)
        if meta.effective_to is not None:
            effective += f" –\n{format_date(meta.effective_to)}"
        review_by = format_date(meta.review_by)
    name: Any = kit.cell(ev.name)
    if anchor:
        name = [Anchor(file_key(ev.evidence_id)), name]
    return [name, kit.cell(nature), kit.cell(approved), kit.cell(effective),
            kit.cell(review_by), kit.cell(ev.sha256_short), kit.note("\n".join(ev.serves) or EMPTY)]


def evidence_register(kit: Kit) -> list[Any]:
    """Return the evidence register by standard and clause, then the file index by name.

    The rows of both tables are made a chunk at a time as the layout reaches
    them (:meth:`~desktop.reports.pdf.pdf_kit.Kit.long_grid`), so the story
    never holds them all.
    """
    data = kit.data
    story: list[Any] = [kit.heading(kit.label("evidence_heading"), "evidence")]
    if not data.evidence:
        return [*story, kit.p(kit.label("evidence_empty"))]
    story.append(kit.p(kit.label("register_intro"), kit.styles.subheading))
    clauses = list(clause_groups(data))
    listed: dict[int, list[str]] = {}
    for n, clause, _heading, _first_row, files in clauses:
        place = (kit.label("register_unlinked") if n < 0
                 else f"{data.standards[n].label} {clause}")
        for ev in files:
            listed.setdefault(ev.evidence_id, []).append(place)
    groups: list[int] = []
    story += kit.long_grid(_register_rows(kit, clauses, groups), _SHARES, groups)
    return [*story, Spacer(1, 1), *_file_index(kit, listed)]


def _register_rows(
    kit: Kit, clauses: list[tuple[int, str, str, int, list[EvidenceRow]]], groups: list[int]
) -> Iterator[list[Any]]:
    """The register's header row, then per clause its heading row and its files' rows.

    Appends the index of each clause heading row to ``groups`` before yielding it.
    """
    yield kit.head("col_file_name", "col_nature", "col_approved", "col_effective",
                   "col_review_by", "col_sha", "col_serves")
    count = 1
    anchored: set[int] = set()
    for n, clause, heading, first_row, files in clauses:
        groups.append(count)
        if n < 0:
            title: list[Any] = [kit.cell(kit.label("register_unlinked"))]
        else:
            title = [Anchor(register_key(n, clause)),
                     link(heading, row_key(n, first_row), kit.styles.cell, kit.lang)]
        yield [title, *([""] * (len(_SHARES) - 1))]
        count += 1
        for ev in files:
            yield _file_row(kit, ev, ev.evidence_id not in anchored)
            anchored.add(ev.evidence_id)
            count += 1


def _file_index(kit: Kit, listed: dict[int, list[str]]) -> list[Any]:
    """The file index: every file by name, linked to its first listing, with its clauses."""
    story: list[Any] = [kit.section(kit.label("file_index_heading"))]
    return [*story, *kit.long_grid(_index_rows(kit, listed), (0.55, 0.45))]


def _index_rows(kit: Kit, listed: dict[int, list[str]]) -> Iterator[list[Any]]:
    """The file index's header row, then one row per file."""
    yield kit.head("col_file_name", "col_listed_under")
    sep = "、" if kit.lang == "zh" else ", "
    for ev in kit.data.evidence:  # sorted by name
        yield [link(ev.name, file_key(ev.evidence_id), kit.styles.cell, kit.lang),
               kit.note(sep.join(listed.get(ev.evidence_id, ())) or EMPTY)]
