"""Benchmark: the report renderers against plain reportlab and openpyxl scripts.

Builds a large project in a temporary folder (the three bundled standards of
the sample, 5,000 evidence files linked to checklist items, 2,000 actions),
collects the report data once, then times in one run:

* the full PDF (``render_pdf``) against a plain reportlab script: one
  ``SimpleDocTemplate`` with one ``Table`` of the same rows (checklist rows,
  evidence rows, action rows), header repeated, the same font embedded;
* the workbook (``render_xlsx``) against a plain openpyxl write-only script
  writing exactly the cells the workbook holds (read back from it), sheet by
  sheet, dates typed as dates.

Each renderer and its plain script run alternately, five times each, with
a garbage collection before every run; each timing is the best of its runs,
so a passing moment of load on the machine touches both sides alike. Prints a
table of seconds and the two ratios with their targets (PDF at most 1.5
times, XLSX at most 1.3 times the plain script); exits 1 when a target is
missed.

Run from the repository root::

    python bench/reports.py [--evidence 5000] [--actions 2000] [--runs 5]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook, load_workbook
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from desktop.catalog import load_catalog
from desktop.domain.records import Action, ActionSource, ActionStatus, EvidenceMeta
from desktop.reports.model import ReportData
from desktop.reports.pdf.fonts import register_report_font
from desktop.reports.pdf.pdf import render_pdf
from desktop.reports.xlsx.xlsx import render_xlsx
from desktop.services.report_data import report_data
from desktop.services.sample import create_sample
from desktop.services.session import open_project

_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
"""Chinese text needs reportlab's CJK wrapping (no spaces to break at), as in any report."""

PDF_TARGET = 1.5
XLSX_TARGET = 1.3
TODAY = dt.date(2026, 11, 22)


def build_project(folder: Path, evidence: int, actions: int) -> Path:
    """Create the large project in ``folder`` and return its path.

    Evidence: ``evidence`` small distinct text files, each linked to one
    checklist item (round robin over the three standards' items) and half of
    them with a version and dates. Actions: ``actions`` open, in-progress and
    done actions with owners and due dates around :data:`TODAY`.
    """
    path = folder / "large.auditready"
    session = create_sample(path, load_catalog(), today=TODAY)
    try:
        store = session.store
        items = [item.id for std in session.standards() for item in std.checklist()]
        files = folder / "evidence"
        files.mkdir()
        with store.atomic():
            for n in range(evidence):
                source = files / f"记录-record-{n:05d}.txt"
                source.write_text(f"Evidence record {n} / 证据记录 {n}\n", encoding="utf-8")
                stored, _new = store.add_evidence(source)
                store.link_evidence(stored.id, items[n % len(items)])
                if n % 2 == 0:
                    store.records.put_evidence_meta(EvidenceMeta(
                        evidence_id=stored.id, version=f"A/{n % 7}",
                        approved_on=TODAY - dt.timedelta(days=n % 400),
                        effective_from=TODAY - dt.timedelta(days=n % 400)))
            statuses = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE)
            for n in range(actions):
                status = statuses[n % 3]
                store.records.save_action(Action(
                    id=0,
                    title=f"Close gap {n}: update the procedure and train the team / "
                          f"整改第 {n} 项：更新程序文件并培训相关人员",
                    source=ActionSource.GAP, source_ref=items[n % len(items)],
                    owner=f"Owner {n % 40} 负责人", due_on=TODAY + dt.timedelta(days=n % 120 - 40),
                    status=status, created_on=TODAY - dt.timedelta(days=60),
                    closed_on=TODAY if status is ActionStatus.DONE else None))
    finally:
        session.close()
    return path


# -- the plain reportlab script -------------------------------------------------------------


def table_rows(data: ReportData) -> list[tuple[str, str, str, str, str, str]]:
    """The rows of the plain PDF: checklist, evidence register, action plan (6 columns)."""
    rows: list[tuple[str, str, str, str, str, str]] = []
    for section in data.standards:
        for row in section.rows:
            rows.append((f"{section.code} {row.clause}", row.title, row.status_text,
                         row.owner, row.due_date.isoformat() if row.due_date else "",
                         ", ".join(row.evidence_names)))
    for ev in data.evidence:
        meta = data.evidence_meta.get(ev.evidence_id)
        rows.append((ev.sha256_short, ev.name, meta.version if meta else "",
                     ev.added_on.isoformat(),
                     meta.effective_from.isoformat() if meta and meta.effective_from else "",
                     ", ".join(ev.serves)))
    actions = data.assessment.actions if data.assessment is not None else ()
    for action in actions:
        rows.append((str(action.id), action.title, str(action.status), action.owner,
                     action.due_on.isoformat() if action.due_on else "", action.source_ref))
    return rows


def plain_pdf(rows: list[tuple[str, str, str, str, str, str]], path: Path) -> None:
    """Render ``rows`` as one long table, text wrapped in paragraphs, header repeated."""
    font = register_report_font()
    latin = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=9.5)
    cjk = ParagraphStyle("cell-cjk", parent=latin, wordWrap="CJK")  # breaks between ideographs

    def cell(text: str) -> Paragraph:
        return Paragraph(escape(text), cjk if _CJK.search(text) else latin)

    header = [cell(h) for h in ("Ref", "Title", "Status", "Owner", "Date", "More")]
    body = [[cell(text) for text in row] for row in rows]
    widths = [x * mm for x in (24, 62, 20, 24, 18, 32)]
    table = Table([header, *body], colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm)
    doc.build([table])


# -- the plain openpyxl script -----------------------------------------------------------------


def workbook_cells(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every sheet's title and cell values, as written by ``render_xlsx`` into ``path``."""
    book = load_workbook(path, read_only=True)
    try:
        return [(sheet.title, [tuple(row) for row in sheet.iter_rows(values_only=True)])
                for sheet in book.worksheets]
    finally:
        book.close()


def plain_xlsx(sheets: list[tuple[str, list[tuple[Any, ...]]]], path: Path) -> None:
    """Write the same cells with a write-only openpyxl workbook, nothing else."""
    book = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)


# -- timing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timing:
    """Best-of-n seconds of the renderer and of the plain script."""

    name: str
    ours: float
    plain: float
    target: float

    @property
    def ratio(self) -> float:
        """ours / plain."""
        return self.ours / self.plain

    @property
    def ok(self) -> bool:
        """True when the ratio is within the target."""
        return self.ratio <= self.target


def best_of(runs: int, ours: Callable[[], object],
            plain: Callable[[], object]) -> tuple[float, float]:
    """Best wall-clock seconds of ``ours`` and of ``plain``, called alternately ``runs`` times.

    A garbage collection runs before every call, so neither side pays for the
    other's garbage.
    """
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for work, kept in ((ours, times[0]), (plain, times[1])):
            gc.collect()
            start = time.perf_counter()
            work()
            kept.append(time.perf_counter() - start)
    return min(times[0]), min(times[1])


@dataclass(frozen=True)
class Setup:
    """The measured project: its report data and the timing folder."""

    data: ReportData
    out: Path
    evidence: int
    actions: int
    rows: int


@contextlib.contextmanager
def prepared(evidence: int, actions: int) -> Iterator[Setup]:
    """Yield the large project's report data (English) with an output folder."""
    with tempfile.TemporaryDirectory(prefix="auditready-bench-") as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        project = build_project(folder, evidence, actions)
        print(f"project built in {time.perf_counter() - start:.1f} s: {project}")
        session = open_project(project, load_catalog())
        try:
            data = report_data(session, "en")
        finally:
            session.close()
        out = folder / "out"
        out.mkdir()
        checklist = sum(len(s.rows) for s in data.standards)
        acts = len(data.assessment.actions) if data.assessment is not None else 0
        yield Setup(data, out, len(data.evidence), acts, checklist)


def measure(setup: Setup, runs: int) -> list[Timing]:
    """Time both renderers and both plain scripts, best of ``runs`` each."""
    data, out = setup.data, setup.out
    rows = table_rows(data)
    pdf_ours, pdf_plain = best_of(
        runs, lambda: render_pdf(data, out / "ours.pdf", pagesize=A4),
        lambda: plain_pdf(rows, out / "plain.pdf"))
    render_xlsx(data, out / "ours.xlsx")
    cells = workbook_cells(out / "ours.xlsx")
    xlsx_ours, xlsx_plain = best_of(
        runs, lambda: render_xlsx(data, out / "ours.xlsx"),
        lambda: plain_xlsx(cells, out / "plain.xlsx"))
    return [Timing("PDF (full report)", pdf_ours, pdf_plain, PDF_TARGET),
            Timing("XLSX (workbook)", xlsx_ours, xlsx_plain, XLSX_TARGET)]


def main(argv: list[str] | None = None) -> int:
    """Build, measure, print; 0 when both ratios are within target, else 1."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evidence", type=int, default=5000)
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with prepared(args.evidence, args.actions) as setup:
        print(f"rows: {setup.rows} checklist, {setup.evidence} evidence, "
              f"{setup.actions} actions; best of {args.runs}")
        timings = measure(setup, args.runs)
    print(f"{'export':<20}{'ours (s)':>10}{'plain (s)':>11}{'ratio':>8}{'target':>9}  result")
    for t in timings:
        print(f"{t.name:<20}{t.ours:>10.2f}{t.plain:>11.2f}{t.ratio:>8.2f}"
              f"{t.target:>8.1f}×  {'ok' if t.ok else 'MISSED'}")
    return 0 if all(t.ok for t in timings) else 1


if __name__ == "__main__":
    sys.exit(main())
