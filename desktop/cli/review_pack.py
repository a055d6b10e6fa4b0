"""``review-pack``: the management review input report (管理评审输入) as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.catalog import load_catalog
from desktop.cli.common import EXIT_OK, message_lang
from desktop.domain.model import Lang


def register(sub: Any) -> None:
    """Add the ``review-pack`` sub-command to ``sub`` (argparse subparsers)."""
    cmd = sub.add_parser(
        "review-pack", help="export a management review's input report as PDF, for the chair "
                            "to sign")
    cmd.add_argument("project", type=Path)
    cmd.add_argument("--review", type=int, required=True,
                     help="the review's number (as listed by the GUI's reviews view)")
    cmd.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    cmd.add_argument("--lang", choices=("zh", "en"), default=None,
                     help="report language (default: the system language)")
    cmd.set_defaults(func=_review_pack_cmd)


def _review_pack_cmd(args: argparse.Namespace) -> int:
    from desktop.services.audits.review_pack import export_review_pack
    from desktop.services.session import open_project

    lang: Lang = args.lang or message_lang()
    session = open_project(args.project, load_catalog())
    try:
        path = export_review_pack(session, args.review, args.out, lang)
    finally:
        session.close()
    print(path)
    return EXIT_OK
