"""``audit-kit``: an internal audit's programme, plan and department checklists (PDF + workbook)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.catalog import load_catalog
from desktop.cli.common import EXIT_OK, message_lang
from desktop.domain.model import Lang


def register(sub: Any) -> None:
    """Add the ``audit-kit`` sub-command to ``sub`` (argparse subparsers)."""
    cmd = sub.add_parser(
        "audit-kit", help="write an internal audit's annual programme, audit plan and "
                          "per-department checklists (PDF and a workbook) into a folder")
    cmd.add_argument("project", type=Path)
    cmd.add_argument("--audit", type=int, required=True,
                     help="the internal audit's number (as listed by the GUI's audits view)")
    cmd.add_argument("--out", type=Path, required=True,
                     help="the folder to write into (created when missing)")
    cmd.add_argument("--lang", choices=("zh", "en"), default=None,
                     help="language of the documents (default: the system language)")
    cmd.set_defaults(func=_audit_kit_cmd)


def _audit_kit_cmd(args: argparse.Namespace) -> int:
    from desktop.services.audits.kit import export_audit_kit
    from desktop.services.session import open_project

    lang: Lang = args.lang or message_lang()
    session = open_project(args.project, load_catalog())
    try:
        files = export_audit_kit(session, args.audit, args.out, lang)
    finally:
        session.close()
    for path in files:
        print(path)
    return EXIT_OK
