"""Finding one's way in the full PDF report: running headers, internal links, action plan
groups and appendix, the register by clause with its file index, long tables in chunks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject
from reportlab.platypus import Paragraph, Table

from desktop.catalog import load_catalog
from desktop.domain.model import Evidence, Lang
from desktop.domain.records import Action, ActionSource, ActionStatus
from desktop.reports.model import ReportData, build_report_data
from desktop.reports.pdf import pdf_nav
from desktop.reports.pdf.pdf import render_pdf
from desktop.reports.pdf.pdf_actions import open_groups
from desktop.reports.pdf.pdf_register import clause_groups
from desktop.reports.verdict import unplanned_gaps, verdict
from desktop.services.assessment import assess
from desktop.services.reporting.data import report_data
from desktop.services.sample.build import create_sample
from desktop.services.session import ProjectSession

SAMPLE_DAY = dt.date(2026, 11, 22)
GENERATED = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
HEADER_BAND = 17 * 72 / 25.4
"""Text drawn higher than this below the top edge (17 mm) is the running header."""


def _flat(value: str) -> str:
    return re.sub(r"\s+", "", value)


@pytest.fixture(scope="module")
def sample_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProjectSession]:
    path = tmp_path_factory.mktemp("sample") / "sample.auditready"
    session = create_sample(path, load_catalog(), today=SAMPLE_DAY)
    yield session
    session.close()


@pytest.fixture(scope="module")
def sample_data(sample_session: ProjectSession) -> dict[Lang, ReportData]:
    assessment = assess(sample_session, SAMPLE_DAY)
    return {lang: dataclasses.replace(report_data(sample_session, lang), generated_at=GENERATED,
                                      assessment=assessment)
            for lang in ("zh", "en")}


@pytest.fixture(scope="module")
def pdfs(sample_data, tmp_path_factory) -> dict[Lang, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    paths: dict[Lang, Path] = {}
    for lang in ("zh", "en"):
        paths[lang] = folder / f"{lang}.pdf"
        render_pdf(sample_data[lang], paths[lang])
    return paths


def _outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page index) of the sections and standards, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(entries: list, level: int) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, level + 1)
            elif level <= 1:
                found.append((level, entry.title, reader.get_destination_page_number(entry)))

    walk(reader.outline, 0)
    return found


def _sections(reader: PdfReader) -> list[tuple[str, range]]:
    """Each level-0 section with the pages it spans."""
    starts = [(title, page) for level, title, page in _outline(reader) if level == 0]
    ends = [page for _, page in starts[1:]] + [len(reader.pages)]
    return [(title, range(page, end)) for (title, page), end in zip(starts, ends, strict=True)]


def _header(page) -> str:
    """The text drawn in the top margin of ``page``."""
    top = float(page.mediabox.height) - HEADER_BAND
    parts: list[str] = []

    def visit(text, cm, tm, font, size):
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and y > top:
            parts.append(text)

    page.extract_text(visitor_text=visit)
    return _flat("".join(parts))


def _links(reader: PdfReader, page_index: int) -> list[int]:
    """Target page index of every internal link annotation on a page."""
    numbers = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    targets = []
    for annot in reader.pages[page_index].get("/Annots") or []:
        link = annot.get_object()
        if link.get("/Subtype") != "/Link":
            continue
        if "/Dest" in link:
            dest = link["/Dest"]
        else:
            action = link["/A"]
            assert action["/S"] == "/GoTo"
            dest = action["/D"]
        if isinstance(dest, IndirectObject):
            dest = dest.get_object()
        if isinstance(dest, DictionaryObject):
            dest = dest["/D"]
        assert isinstance(dest, ArrayObject)
        targets.append(numbers[dest[0].idnum])
    return targets


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_after_the_cover_names_its_section(pdfs, lang):
    reader = PdfReader(pdfs[lang])
    expected = [""] * len(reader.pages)
    section = standard = ""
    outline = _outline(reader)
    for n in range(len(reader.pages)):
        for level, title, page in outline:
            if page == n and level == 0:
                section, standard = title, ""
            elif page == n and level == 1:
                standard = title
        if n:
            expected[n] = f"{section} · {standard}" if standard else section

    headers = [_header(page) for page in reader.pages]

    assert headers == [_flat(value) for value in expected]
    # Sections running over several pages name themselves on each continuation page.
    checklist = "ISO 9001:2015 检查表" if lang == "zh" else "ISO 9001:2015 checklist"
    assert sum(_flat(checklist) in h for h in headers) >= 2


def test_every_section_has_internal_links_and_gaps_link_to_their_checklist_rows(pdfs):
    reader = PdfReader(pdfs["en"])
    sections = dict(_sections(reader))
    for title, pages in sections.items():
        if title != "Cover":
            assert any(_links(reader, n) for n in pages), title

    checklists = sections["Checklists per standard"]
    contents = sections["Contents"].start
    gap_targets = [t for n in sections["Executive summary"] for t in _links(reader, n)
                   if t != contents]
    # 15 gaps listed, then every mandatory item without an action: all link into the checklists.
    assert len(gap_targets) >= 15
    assert all(t in checklists for t in gap_targets)
    plan_targets = [t for n in sections["Action plan"] for t in _links(reader, n)]
    assert any(t in checklists for t in plan_targets)  # actions raised from a gap


def test_more_files_link_to_the_register_and_the_file_index_to_the_listing(
        report_sample, tmp_path):
    extra = [Evidence(id=10 + n, sha256=f"{n:x}" * 64, name=f"Training record {n}.pdf",
                      size=100, media_type="application/pdf",
                      added_at=dt.datetime(2025, 3, 1, tzinfo=dt.UTC),
                      item_ids=("iso9001-2015:4.3:M",)) for n in range(5)]
    data = build_report_data(standards=[report_sample.qms(), report_sample.ems()],
                             profile=report_sample.profile(), states=report_sample.states(),
                             evidence=[*report_sample.evidence(), *extra], lang="en",
                             generated_at=report_sample.generated_at, app_version="0.1.0")
    path = tmp_path / "r.pdf"
    render_pdf(data, path)
    reader = PdfReader(path)
    sections = dict(_sections(reader))
    register = sections["Evidence register"]
    text = "".join(reader.pages[n].extract_text() for n in sections["Checklists per standard"])
    assert _flat("… and 3 more (see the evidence register)") in _flat(text)

    from_checklists = {t for n in sections["Checklists per standard"] for t in _links(reader, n)}
    assert from_checklists & set(register)
    from_index = [t for n in register for t in _links(reader, n)]
    assert any(t in register for t in from_index)
    register_text = _flat("".join(reader.pages[n].extract_text() for n in register))
    assert _flat("File index by name") in register_text
    assert register_text.index(_flat("ISO 9001:2015 4.3")) < register_text.index(
        _flat("ISO 14001:2015 5.2"))


def test_register_lists_files_by_standard_and_clause_and_under_each_clause(report_sample):
    groups = [(n, clause, [ev.evidence_id for ev in files])
              for n, clause, _title, _row, files in clause_groups(report_sample.report("en"))]

    # 质量手册 (id 1) serves three clauses and is listed under each; a file serving only a
    # standard outside the report comes last.
    assert groups == [(0, "4.3", [1]), (0, "5.2.2", [1]), (0, "7.1.5.2", [2]), (1, "5.2", [1]),
                      (-1, "", [3])]


def _action(n: int, owner: str, due: dt.date | None, status: ActionStatus = ActionStatus.OPEN,
            ref: str = "") -> Action:
    return Action(id=n, title=f"action {n}", owner=owner, due_on=due, status=status,
                  source=ActionSource.GAP if ref else ActionSource.OTHER, source_ref=ref)


def test_open_actions_are_grouped_by_owner_or_standard_overdue_first(sample_data):
    data = sample_data["en"]
    day = SAMPLE_DAY
    actions = (
        _action(1, "Wang", day + dt.timedelta(days=9), ref="iso14001-2015:6.1.2"),
        _action(2, "Wang", day - dt.timedelta(days=20), ActionStatus.IN_PROGRESS,
                ref="iso9001-2015:9.3"),
        _action(3, "Wang", None),
        _action(4, "Li", day + dt.timedelta(days=2), ref="iso9001-2015:7.2"),
        _action(5, "", day - dt.timedelta(days=1)),
        _action(6, "Li", day - dt.timedelta(days=90), ActionStatus.DONE),
    )

    by_owner = open_groups(actions, data, "owner", day)
    assert [(key, [a.id for a in group]) for key, group in by_owner] == [
        ("Li", [4]), ("Wang", [2, 1, 3]), ("", [5])]  # nameless last; closed left out
    by_standard = open_groups(actions, data, "standard", day)
    assert [(key, [a.id for a in group]) for key, group in by_standard] == [
        ("iso9001-2015", [2, 4]), ("iso14001-2015", [1]), ("", [5, 3])]
    with pytest.raises(ValueError):
        open_groups(actions, data, "site", day)


def test_closed_actions_go_to_the_appendix_with_their_count(sample_data, tmp_path):
    data = sample_data["en"]
    assert data.assessment is not None
    extra = (_action(90, "Zhou", SAMPLE_DAY - dt.timedelta(days=60), ActionStatus.DONE),
             _action(91, "Zhou", SAMPLE_DAY - dt.timedelta(days=30), ActionStatus.CANCELLED))
    actions = (*data.assessment.actions, *extra)
    closed = sum(1 for a in actions if a.status.is_closed)
    data = dataclasses.replace(
        data, assessment=dataclasses.replace(data.assessment, actions=actions))
    path = tmp_path / "r.pdf"
    render_pdf(data, path)
    reader = PdfReader(path)
    sections = dict(_sections(reader))
    plan = _flat("".join(reader.pages[n].extract_text() for n in sections["Action plan"]))
    appendix_pages = sections["Appendix: closed actions"]
    appendix = _flat("".join(reader.pages[n].extract_text() for n in appendix_pages))

    assert _flat(f"{closed} actions are done or cancelled.") in appendix
    assert _flat("action 90") in appendix and _flat("action 90") not in plan
    plan_targets = {t for n in sections["Action plan"] for t in _links(reader, n)}
    assert appendix_pages.start in plan_targets  # "Closed actions: see the appendix"


def test_mandatory_items_without_an_action_are_counted_and_listed(sample_data, pdfs):
    data = sample_data["en"]
    unplanned = unplanned_gaps(data)
    assert len(unplanned) == verdict(data).unplanned > 0
    reader = PdfReader(pdfs["en"])
    summary = dict(_sections(reader))["Executive summary"]
    text = _flat("".join(reader.pages[n].extract_text() for n in summary))

    assert _flat(f"{len(unplanned)} mandatory items are not ready and no open action") in text
    for gap in unplanned:
        assert _flat(gap.row.title) in text
    assert _flat("Readiness over time") in text  # the trend chart, from the snapshots


def test_long_tables_are_cut_into_chunks_each_with_the_header():
    header = [Paragraph("head")]
    body = [[Paragraph(f"row {n}")] for n in range(650)]

    tables = pdf_nav.chunked([header, *body], lambda rows, first: Table(rows, repeatRows=1),
                             size=300)

    assert [len(t._cellvalues) for t in tables] == [301, 301, 51]
    assert all(t._cellvalues[0] == header for t in tables)
    assert [row for t in tables for row in t._cellvalues[1:]] == body
    assert len(pdf_nav.chunked([header, *body[:300]], lambda r, f: Table(r), size=300)) == 1
