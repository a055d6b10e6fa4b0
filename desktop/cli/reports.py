"""``report``: the PDF reports, the evidence pack and the Excel workbook."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.catalog import load_catalog
from desktop.cli.common import EXIT_OK, message_lang
from desktop.domain.model import Lang
from desktop.errors import UserError


def register(sub: Any) -> None:
    """Add the ``report`` sub-command to ``sub`` (argparse subparsers)."""
    rep = sub.add_parser(
        "report", help="export the PDF reports, the evidence pack and/or the Excel workbook")
    rep.add_argument("project", type=Path)
    rep.add_argument("--pdf", type=Path, help="the full PDF readiness report")
    rep.add_argument("--summary-pdf", type=Path, help="the one-page PDF summary")
    rep.add_argument("--evidence-pack", type=Path,
                     help="a zip of the evidence files by standard and clause, with an index")
    rep.add_argument("--xlsx", type=Path, help="the Excel workbook")
    rep.add_argument("--matrix-pdf", type=Path,
                     help="the responsibility matrix (职能分配表) as a landscape PDF")
    rep.add_argument("--matrix-view", action="append", metavar="STANDARD",
                     help="a table of the matrix PDF: a standard id or 'integrated' "
                          "(repeatable; default: integrated for two or more standards)")
    rep.add_argument("--lang", choices=("zh", "en"), default=None,
                     help="report language (default: the system language)")
    rep.add_argument("--paper", choices=("a4", "letter"), default="a4",
                     help="paper size of the PDFs and the workbook (default: a4)")
    rep.add_argument("--actions-by", choices=("owner", "standard"), default="owner",
                     help="group the full PDF's open actions by owner or by standard "
                          "(default: owner)")
    rep.add_argument("--prepared-by", metavar="NAME", default="",
                     help="the preparer named on the PDF cover and sign-off for this export "
                          "only (default: the preparer of the company profile)")
    rep.set_defaults(func=_report_cmd)


def _report_cmd(args: argparse.Namespace) -> int:
    from desktop.services.reporting.export import PaperSize, export_reports
    from desktop.services.session import open_project

    if not any((args.pdf, args.summary_pdf, args.evidence_pack, args.xlsx, args.matrix_pdf)):
        raise UserError(
            "Give at least one of --pdf, --summary-pdf, --evidence-pack, --xlsx, --matrix-pdf.",
            "请至少指定 --pdf、--summary-pdf、--evidence-pack、--xlsx、--matrix-pdf 中的一项。")
    lang: Lang = args.lang or message_lang()
    paper: PaperSize = "Letter" if args.paper == "letter" else "A4"
    others = [p for p in (args.pdf, args.summary_pdf, args.evidence_pack, args.xlsx) if p]
    if args.matrix_pdf is not None and any(
            p.absolute() == args.matrix_pdf.absolute() for p in others):
        raise UserError(f"--matrix-pdf {args.matrix_pdf} is also another output; "
                        "give each output its own file.",
                        f"--matrix-pdf {args.matrix_pdf} 与另一项输出是同一个文件；"
                        "请为每项输出指定不同的文件。")
    session = open_project(args.project, load_catalog())
    written: list[Path] = []
    try:
        if others:
            result = export_reports(session, lang=lang, pdf=args.pdf,
                                    summary_pdf=args.summary_pdf,
                                    evidence_pack=args.evidence_pack, xlsx=args.xlsx,
                                    pagesize=paper, actions_by=args.actions_by,
                                    prepared_by=args.prepared_by)
            written.extend(result.files)
        if args.matrix_pdf is not None:
            from desktop.services.departments.matrix_report import export_matrix_pdf
            written.append(export_matrix_pdf(session, args.matrix_pdf, lang, args.matrix_view,
                                             pagesize=paper))
    finally:
        session.close()
    for path in written:
        print(path)
    return EXIT_OK
