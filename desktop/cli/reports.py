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
    rep.add_argument("--lang", choices=("zh", "en"), default=None,
                     help="report language (default: the system language)")
    rep.add_argument("--paper", choices=("a4", "letter"), default="a4",
                     help="paper size of the PDFs (default: a4)")
    rep.add_argument("--prepared-by", metavar="NAME", default="",
                     help="the preparer named on the PDF cover and sign-off for this export "
                          "only (default: the preparer of the company profile)")
    rep.set_defaults(func=_report_cmd)


def _report_cmd(args: argparse.Namespace) -> int:
    from desktop.services.reporting import PaperSize, export_reports
    from desktop.services.session import open_project

    if not any((args.pdf, args.summary_pdf, args.evidence_pack, args.xlsx)):
        raise UserError("Give at least one of --pdf, --summary-pdf, --evidence-pack, --xlsx.",
                        "请至少指定 --pdf、--summary-pdf、--evidence-pack、--xlsx 中的一项。")
    lang: Lang = args.lang or message_lang()
    paper: PaperSize = "Letter" if args.paper == "letter" else "A4"
    session = open_project(args.project, load_catalog())
    try:
        result = export_reports(session, lang=lang, pdf=args.pdf, summary_pdf=args.summary_pdf,
                                evidence_pack=args.evidence_pack, xlsx=args.xlsx,
                                pagesize=paper, prepared_by=args.prepared_by)
    finally:
        session.close()
    for path in result.files:
        print(path)
    return EXIT_OK
