"""``auditready-cli``: headless entry points for scripts, CI and batch exports.

Commands::

    auditready-cli catalog [--format json|text]
    auditready-cli sample PATH
    auditready-cli report PROJECT [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--lang zh|en]
    auditready-cli readiness PROJECT [--format json|text]

Exit codes: 0 success, 1 unexpected internal error, 2 a problem with the
input (message printed in the user's language), 3 bad command line.
"""

from __future__ import annotations

import argparse
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
from desktop.domain.model import Lang
from desktop.errors import UserError
from desktop.services.reporting import export_reports
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

    rep = sub.add_parser("report", help="export the PDF report and/or the Excel workbook")
    rep.add_argument("project", type=Path)
    rep.add_argument("--pdf", type=Path)
    rep.add_argument("--xlsx", type=Path)
    rep.add_argument("--lang", choices=("zh", "en"), default=None,
                     help="report language (default: the system language)")

    ready = sub.add_parser("readiness", help="print readiness per standard")
    ready.add_argument("project", type=Path)
    ready.add_argument("--format", choices=("json", "text"), default="text")
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
    if args.pdf is None and args.xlsx is None:
        raise UserError("Give --pdf and/or --xlsx.", "请指定 --pdf 和/或 --xlsx。")
    lang: Lang = args.lang or message_lang()
    session = open_project(args.project, load_catalog())
    try:
        result = export_reports(session, lang=lang, pdf=args.pdf, xlsx=args.xlsx)
    finally:
        session.close()
    for path in (result.pdf, result.xlsx):
        if path is not None:
            print(path)
    return EXIT_OK


def _readiness_cmd(args: argparse.Namespace) -> int:
    session = open_project(args.project, load_catalog())
    try:
        figures = session.readiness()
        standards = {s.id: s for s in session.standards()}
    finally:
        session.close()
    if args.format == "json":
        data = [
            {
                "standard": r.standard_id,
                "code": standards[r.standard_id].code,
                "total": r.total,
                "applicable": r.applicable,
                "ready": r.ready,
                "in_progress": r.in_progress,
                "share": round(r.share, 4),
                "mandatory_applicable": r.mandatory_applicable,
                "mandatory_ready": r.mandatory_ready,
                "mandatory_share": round(r.mandatory_share, 4),
            }
            for r in figures
        ]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for r in figures:
            std = standards[r.standard_id]
            print(f"{std.label}: {r.share:.0%} ready ({r.ready}/{r.applicable}), "
                  f"mandatory documented information {r.mandatory_share:.0%} "
                  f"({r.mandatory_ready}/{r.mandatory_applicable})")
    return EXIT_OK


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
