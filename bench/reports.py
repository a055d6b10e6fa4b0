"""Benchmark: the report renderers against plain reportlab and openpyxl scripts, by size.

For each size (``--sizes``, default 1k, 5k and 20k evidence files, plus
``--actions`` actions) a project is built once and kept under
/tmp/auditready-bench (``bench/projects.py`` plus the actions), its report
data collected once, then in one run:

* the full PDF (``render_pdf``) against a fair plain reportlab script: the same
  rows (checklist, evidence register, action plan, then the file index by name
  that closes the report's register) in ``SimpleDocTemplate``
  tables of :data:`PLAIN_CHUNK_ROWS` rows each, header repeated, text wrapped
  in paragraphs, the same font embedded, as a careful reportlab user would cut
  a long table;
* the workbook (``render_xlsx``) against a fair plain openpyxl script writing
  the same workbook, cells, formatting and sheet features (``bench/xlsx_plain.py``
  says exactly what it writes), and, not judged, a script writing the values alone;
* the time per table row of each PDF at each size, so super-linear growth shows;
* the peak memory of a child process that exports the full PDF and the
  workbook of the largest size through ``export_reports`` (what the GUI's
  worker runs).

Renderer and plain script run alternately, ``--runs`` times each, with a
garbage collection before every run; best and median are printed, ratios of
the bests judged. Targets: PDF at most 1.5× and XLSX at most 1.3× of the plain
scripts, PDF time per row at the largest size within 1.5× of the smallest,
export peak memory at most 400 MB. Exits 1 when one is missed.

Run from the repository root::

    python bench/reports.py [--sizes 1k,5k,20k] [--actions 2000] [--runs 5] [--quick]
                            [--only pdf|xlsx] [--no-memory]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

import projects  # noqa: E402
import xlsx_plain  # noqa: E402
from peak import peak_mb  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle  # noqa: E402

from desktop.catalog import load_catalog  # noqa: E402
from desktop.domain.records import Action, ActionSource, ActionStatus  # noqa: E402
from desktop.reports.model import ReportData  # noqa: E402
from desktop.reports.pdf.fonts import register_report_font  # noqa: E402
from desktop.reports.pdf.pdf import render_pdf  # noqa: E402
from desktop.reports.pdf.pdf_parts import MAX_CELL_CHARS  # noqa: E402
from desktop.reports.xlsx.xlsx import render_xlsx  # noqa: E402
from desktop.services.reporting.data import report_data  # noqa: E402
from desktop.services.session import open_project  # noqa: E402

_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
"""Chinese text needs reportlab's CJK wrapping (no spaces to break at), as in any report."""

PDF_TARGET = 1.5
XLSX_TARGET = 1.3
TODAY = dt.date(2026, 11, 22)


PER_ROW_TARGET = 1.5
MEMORY_TARGET_MB = 400
PLAIN_CHUNK_ROWS = 300
"""Rows per table in the plain script (a long reportlab table costs more per row)."""


def build_project(evidence: int, actions: int) -> Path:
    """The cached project with ``evidence`` evidence files and ``actions`` actions.

    Starts from ``projects.project(evidence)`` and adds open, in-progress and
    done actions with owners and due dates around :data:`TODAY`.
    """
    base = projects.project(evidence)
    path = base.with_name(f"reports-{projects.size_label(evidence)}-a{actions}-"
                          f"f{projects.FORMAT}.auditready")
    if path.exists():
        return path
    tmp = path.with_name("building-" + path.name)
    shutil.copyfile(base, tmp)
    session = open_project(tmp, load_catalog())
    try:
        store = session.store
        items = [item.id for std in session.standards() for item in std.checklist()]
        with store.atomic():
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
    os.replace(tmp, path)
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


def index_rows(data: ReportData) -> list[tuple[str, str]]:
    """The rows of the plain PDF's file index: every file's name and what it serves
    (2 columns), as the report's register ends with a file index by name."""
    return [(ev.name, ", ".join(ev.serves)) for ev in data.evidence]


def plain_pdf(rows: list[tuple[str, str, str, str, str, str]], path: Path,
              index: Sequence[tuple[str, str]] = ()) -> None:
    """Render ``rows``, then ``index``, as tables of :data:`PLAIN_CHUNK_ROWS` rows, text
    wrapped in paragraphs (cut at the report's ``MAX_CELL_CHARS``), the header repeated
    at the top of each table and page."""
    font = register_report_font()
    latin = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=9.5)
    cjk = ParagraphStyle("cell-cjk", parent=latin, wordWrap="CJK")  # breaks between ideographs

    def cell(text: str) -> Paragraph:
        # Cut as the report cuts a cell, or a row (a clause with thousands of
        # files) is taller than a page and reportlab stops with a LayoutError.
        text = text[:MAX_CELL_CHARS]
        return Paragraph(escape(text), cjk if _CJK.search(text) else latin)

    header = [cell(h) for h in ("Ref", "Title", "Status", "Owner", "Date", "More")]
    body = [[cell(text) for text in row] for row in rows]
    widths = [x * mm for x in (24, 62, 20, 24, 18, 32)]
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")])
    tables = []
    for start in range(0, len(body), PLAIN_CHUNK_ROWS):
        table = Table([header, *body[start:start + PLAIN_CHUNK_ROWS]], colWidths=widths,
                      repeatRows=1)
        table.setStyle(style)
        tables.append(table)
    index_header = [cell("File"), cell("Listed under")]
    index_body = [[cell(text) for text in row] for row in index]
    for start in range(0, len(index_body), PLAIN_CHUNK_ROWS):
        table = Table([index_header, *index_body[start:start + PLAIN_CHUNK_ROWS]],
                      colWidths=[99 * mm, 81 * mm], repeatRows=1)
        table.setStyle(style)
        tables.append(table)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm)
    doc.build(tables)


# -- timing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timing:
    """Seconds of every run of the renderer and of the plain script at one size."""

    name: str
    size: str
    rows: int
    ours: list[float]
    plain: list[float]
    target: float

    @property
    def ratio(self) -> float:
        """best ours / best plain."""
        return min(self.ours) / min(self.plain)

    @property
    def median_ratio(self) -> float:
        """median ours / median plain."""
        return statistics.median(self.ours) / statistics.median(self.plain)

    @property
    def ok(self) -> bool:
        """True when the ratio of the bests is within the target."""
        return self.ratio <= self.target


def alternate(runs: int, ours: Callable[[], object],
              plain: Callable[[], object]) -> tuple[list[float], list[float]]:
    """Wall-clock seconds of ``ours`` and ``plain``, called alternately ``runs`` times.

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
    return times


def collect(path: Path) -> ReportData:
    """The English report data of project ``path``."""
    session = open_project(path, load_catalog())
    try:
        return report_data(session, "en")
    finally:
        session.close()


def measure(size: str, data: ReportData, out: Path, runs: int,
            only: str | None = None) -> list[Timing]:
    """Time both renderers and both plain scripts at one size (or one pair, ``only``)."""
    rows = table_rows(data)
    index = index_rows(data)
    found = []
    if only != "xlsx":
        pdf = alternate(runs, lambda: render_pdf(data, out / "ours.pdf", pagesize=A4),
                        lambda: plain_pdf(rows, out / "plain.pdf", index))
        found.append(Timing("PDF (full report)", size, len(rows) + len(index), *pdf,
                            PDF_TARGET))
    if only != "pdf":
        found.append(measure_xlsx(size, data, out, runs))
    return found


def measure_xlsx(size: str, data: ReportData, out: Path, runs: int) -> Timing:
    """Time the workbook against the fair plain script; print the values-only script's time."""
    render_xlsx(data, out / "ours.xlsx")
    spec = xlsx_plain.workbook_spec(out / "ours.xlsx")
    values = xlsx_plain.workbook_values(out / "ours.xlsx")
    ours, plain = alternate(runs, lambda: render_xlsx(data, out / "ours.xlsx"),
                            lambda: xlsx_plain.plain_xlsx(spec, out / "plain.xlsx"))
    again, bare = alternate(runs, lambda: render_xlsx(data, out / "ours.xlsx"),
                            lambda: xlsx_plain.values_xlsx(values, out / "values.xlsx"))
    rows = sum(len(sheet.rows) for sheet in spec.sheets)
    print(f"{size}: XLSX values only, no formatting (not judged): best {min(bare):.2f} s, "
          f"ours {min(again):.2f} s = {min(again) / min(bare):.2f}× of it", flush=True)
    return Timing("XLSX (workbook)", size, rows, ours, plain, XLSX_TARGET)


def export_child(project: Path) -> None:
    """In a child process: export the full PDF and the workbook of ``project``; print peak MB."""
    from desktop.services.reporting.export import export_reports

    session = open_project(project, load_catalog())
    with tempfile.TemporaryDirectory(prefix="auditready-bench-export-") as tmp:
        try:
            export_reports(session, lang="en", pdf=Path(tmp, "full.pdf"),
                           xlsx=Path(tmp, "book.xlsx"))
        finally:
            session.close()
    print(peak_mb(), flush=True)


def export_peak_mb(project: Path) -> float:
    """Peak resident MB of a process exporting the full PDF and workbook of ``project``."""
    out = subprocess.run([sys.executable, __file__, "--export-child", str(project)],
                         check=True, capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    """Build, measure, print; 0 when every target is met, else 1."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1k,5k,20k", help="evidence files, e.g. 1k,5k,20k")
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-memory", action="store_true", help="skip the export memory run")
    parser.add_argument("--quick", action="store_true",
                        help="sizes 300 and 1k, 200 actions, 2 runs (checks the script only)")
    parser.add_argument("--only", choices=("pdf", "xlsx"), help="time only one of the exports")
    parser.add_argument("--export-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.export_child is not None:
        export_child(args.export_child)
        return 0
    if args.quick:
        args.sizes, args.actions, args.runs = "300,1k", 200, 2
    sizes = [projects.size_label(projects.parse_size(t)) for t in args.sizes.split(",")]
    paths = {size: build_project(projects.parse_size(size), args.actions) for size in sizes}
    timings: list[Timing] = []
    with tempfile.TemporaryDirectory(prefix="auditready-bench-") as tmp:
        for size, path in paths.items():
            out = Path(tmp, size)
            out.mkdir()
            found = measure(size, collect(path), out, args.runs, args.only)
            timings += found
            print(f"{size}: " + "; ".join(f"{t.name} best {min(t.ours):.2f} s vs plain "
                                          f"{min(t.plain):.2f} s" for t in found), flush=True)
    peak = None if args.no_memory else export_peak_mb(paths[sizes[-1]])

    print(f"\n{args.runs} alternating runs each; {args.actions} actions at every size")
    print(f"{'export':<19}{'size':>5}{'rows':>7}{'ours best':>10}{'median':>8}"
          f"{'plain best':>11}{'median':>8}{'ratio':>7}{'(med)':>7}{'target':>8}  result")
    for t in timings:
        print(f"{t.name:<19}{t.size:>5}{t.rows:>7}{min(t.ours):>10.2f}"
              f"{statistics.median(t.ours):>8.2f}{min(t.plain):>11.2f}"
              f"{statistics.median(t.plain):>8.2f}{t.ratio:>7.2f}{t.median_ratio:>7.2f}"
              f"{t.target:>7.1f}×  {'ok' if t.ok else 'MISSED'}")
    failures = [f"{t.name} {t.size} {t.ratio:.2f}×" for t in timings if not t.ok]
    print("\nPDF time per table row (best run)")
    per_row = {}
    for t in timings:
        if t.name.startswith("PDF"):
            per_row[t.size] = (min(t.ours) / t.rows, min(t.plain) / t.rows)
            print(f"  {t.size:>5}: ours {per_row[t.size][0] * 1000:.2f} ms, "
                  f"plain {per_row[t.size][1] * 1000:.2f} ms")
    growth = per_row[sizes[-1]][0] / per_row[sizes[0]][0] if per_row else 1.0
    print(f"  per-row growth {sizes[0]} -> {sizes[-1]}: {growth:.2f}× "
          f"(target ≤ {PER_ROW_TARGET}×)  {'ok' if growth <= PER_ROW_TARGET else 'MISSED'}"
          if per_row else "  (PDF not timed)")
    if growth > PER_ROW_TARGET:
        failures.append(f"PDF per row grows {growth:.2f}×")
    if peak is not None:
        ok = peak <= MEMORY_TARGET_MB
        print(f"\nexport of {sizes[-1]} (full PDF + workbook) peak memory: {peak:.0f} MB "
              f"(target ≤ {MEMORY_TARGET_MB} MB)  {'ok' if ok else 'MISSED'}")
        if not ok:
            failures.append(f"export memory {peak:.0f} MB")
    if args.quick:
        print("\n--quick: short runs, targets not judged")
        return 0
    print("\n" + ("all targets met" if not failures else "MISSED: " + "; ".join(failures)))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
