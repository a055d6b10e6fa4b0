"""``verify``: check a project's file, evidence content and links; exit 2 when anything is wrong."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.catalog import load_catalog
from desktop.cli.common import EXIT_OK, EXIT_USER, message_lang


def register(sub: Any) -> None:
    """Add the ``verify`` sub-command to ``sub`` (argparse subparsers)."""
    check = sub.add_parser(
        "verify", help="check a project's structure and every stored evidence file "
        "against its SHA-256; exit 2 when anything is wrong")
    check.add_argument("project", type=Path)
    check.add_argument("--format", choices=("json", "text"), default="text")
    check.set_defaults(func=_verify_cmd)


def _verify_cmd(args: argparse.Namespace) -> int:
    from desktop.services.verify import verify_path

    report = verify_path(args.project, load_catalog())
    lang = message_lang()
    if args.format == "json":
        json.dump({"project": str(args.project), "ok": report.ok,
                   "evidence_contents_checked": report.blobs_checked,
                   "bytes_checked": report.bytes_checked,
                   "problems": [{"kind": p.kind, "message": p.text(lang)}
                                for p in report.problems]},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif report.ok:
        count = report.blobs_checked
        print(f"项目完好：已核对 {count} 份证据内容，未发现问题。" if lang == "zh" else
              f"The project is sound: {count} stored evidence contents checked, no problems.")
    else:
        for problem in report.problems:
            print(problem.text(lang))
        count = len(report.problems)
        print(f"发现 {count} 个问题。" if lang == "zh" else f"{count} problem(s) found.",
              file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_USER
