"""``auditready-cli``: headless entry points for scripts, CI and batch exports.

Commands::

    auditready-cli catalog [--format json|text]
    auditready-cli sample PATH
    auditready-cli report PROJECT [--pdf OUT.pdf] [--summary-pdf OUT.pdf]
                          [--evidence-pack OUT.zip] [--xlsx OUT.xlsx]
                          [--lang zh|en] [--paper a4|letter]
    auditready-cli readiness PROJECT [--format json|text] [--date YYYY-MM-DD]

Exit codes: 0 success, 1 unexpected internal error, 2 a problem with the
input (message printed in the user's language), 3 bad command line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import locale
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.catalog import load_catalog
from desktop.catalog.export import catalog_as_data
from desktop.domain.model import Lang, Standard
from desktop.errors import UserError
from desktop.services.assessment import Assessment, assess
from desktop.services.reporting import PaperSize, export_reports
from desktop.services.sample import create_sample
from desktop.services.session import open_project

EXIT_OK, EXIT_INTERNAL, EXIT_USER, EXIT_USAGE = 0, 1, 2, 3


def message_lang() -> Lang:
    """Language for messages: ``AUDITREADY_LANG``, else the system locale (zh* → zh)."""
    value = os.environ.get("AUDITREADY_LANG") or os.environ.get("LANG") or ""
    if not value:
        value = locale.getlocale()[0] or ""
    return "zh" if value.lower().startswith("zh") else "en"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="auditready-cli",
        description="AuditReady 审核就绪助手: ISO 9001 / 14001 / 45001 audit preparation.",
    )
    parser.add_argument("--version", action="version", version=f"AuditReady {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    cat = sub.add_parser("catalog", help="print the knowledge base")
    cat.add_argument("--format", choices=("json", "text"), default="text")

    sample = sub.add_parser("sample", help="create the sample project")
    sample.add_argument("path", type=Path)

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

    ready = sub.add_parser(
        "readiness", help="print readiness layers, gates, certificates and audit time")
    ready.add_argument("project", type=Path)
    ready.add_argument("--format", choices=("json", "text"), default="text")
    ready.add_argument("--date", type=_iso_date, default=None,
                       help="assess as of this day (default: today)")
    return parser


def _catalog_cmd(args: argparse.Namespace) -> int:
    catalog = load_catalog()
    if args.format == "json":
        json.dump(catalog_as_data(catalog), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    lang = message_lang()
    for std in catalog.standards:
        print(f"{std.national}/{std.label}  {std.title.get(lang)}")
        for item in std.items:
            depth = item.clause.count(".") + (0 if item.kind.value == "clause" else 1)
            marker = "" if item.kind.value == "clause" else f"[{item.kind.value}] "
            print(f"{'  ' * (depth + 1)}{item.clause} {marker}{item.title.get(lang)}")
    return EXIT_OK


def _sample_cmd(args: argparse.Namespace) -> int:
    session = create_sample(args.path, load_catalog())
    try:
        print(session.path)
    finally:
        session.close()
    return EXIT_OK


def _report_cmd(args: argparse.Namespace) -> int:
    if not any((args.pdf, args.summary_pdf, args.evidence_pack, args.xlsx)):
        raise UserError("Give at least one of --pdf, --summary-pdf, --evidence-pack, --xlsx.",
                        "请至少指定 --pdf、--summary-pdf、--evidence-pack、--xlsx 中的一项。")
    lang: Lang = args.lang or message_lang()
    paper: PaperSize = "Letter" if args.paper == "letter" else "A4"
    session = open_project(args.project, load_catalog())
    try:
        result = export_reports(session, lang=lang, pdf=args.pdf, summary_pdf=args.summary_pdf,
                                evidence_pack=args.evidence_pack, xlsx=args.xlsx,
                                pagesize=paper)
    finally:
        session.close()
    for path in result.files:
        print(path)
    return EXIT_OK


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _percent(share: float) -> str:
    return f"{share:.0%}"


def _readiness_cmd(args: argparse.Namespace) -> int:
    session = open_project(args.project, load_catalog())
    try:
        result = assess(session, args.date)
        standards = session.standards()
        name = session.store.profile().name
    finally:
        session.close()
    if args.format == "json":
        data = {"project": {"path": str(args.project), "company": name},
                **result.to_dict(standards)}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    _print_assessment(result, standards, message_lang())
    return EXIT_OK


_GATE_MARKS = {(True, False): "✔ passed", (True, True): "✔ 通过",
               (False, False): "✘ failed", (False, True): "✘ 未通过"}


def _print_assessment(result: Assessment, standards: Sequence[Standard], lang: Lang) -> None:
    zh = lang == "zh"
    labels = {s.id: s.label for s in standards}
    for simple, lay in zip(result.readiness, result.layers, strict=True):
        sh = lay.shares
        if zh:
            print(f"{labels[simple.standard_id]}：就绪 {_percent(simple.share)}"
                  f"（{simple.ready}/{simple.applicable}），文件化 {_percent(sh.documented)}，"
                  f"实施 {_percent(sh.implemented)}，持续运行 {_percent(sh.sustained)}")
        else:
            print(f"{labels[simple.standard_id]}: {_percent(simple.share)} ready "
                  f"({simple.ready}/{simple.applicable}), documented {_percent(sh.documented)}, "
                  f"implemented {_percent(sh.implemented)}, sustained {_percent(sh.sustained)}")
    for gate in result.gates:
        mark = _GATE_MARKS[(gate.passed, zh)]
        print(f"{mark}  {gate.title.get(lang)}: {gate.reason.get(lang)}")
    for cert in result.certificates:
        due = cert.next_due
        when = f" → {due.label.get(lang)} {due.due.isoformat()}" if due else ""
        print(f"{labels.get(cert.standard_id, cert.standard_id)}: "
              f"{cert.state.label.get(lang)}{when}")
    if result.audit_time is not None:
        est = result.audit_time
        print(("审核时间估算：初次认证 {0} 人日，监督 {1} 人日，再认证 {2} 人日" if zh else
               "Audit time estimate: initial {0}, surveillance {1}, recertification {2} "
               "auditor-days").format(est.initial_days, est.surveillance_days,
                                      est.recertification_days))
    for warning in result.warnings:
        print(f"⚠ {warning.get(lang)}")


_COMMANDS = {
    "catalog": _catalog_cmd,
    "sample": _sample_cmd,
    "report": _report_cmd,
    "readiness": _readiness_cmd,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (see module docstring)."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_OK if exc.code == 0 else EXIT_USAGE
    try:
        return _COMMANDS[args.command](args)
    except UserError as exc:
        print(f"auditready-cli: {exc.text(message_lang())}", file=sys.stderr)
        return EXIT_USER
    except Exception:  # the crash channel: report, never a bare traceback
        print("auditready-cli: internal error, please report it with the details below.",
              file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
