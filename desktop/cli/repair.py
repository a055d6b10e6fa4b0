"""``repair``: a clean copy of a project refused for foreign schema objects."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import EXIT_OK, message_lang
from desktop.services.session import repair_project


def register(sub: Any) -> None:
    """Add the ``repair`` sub-command to ``sub`` (argparse subparsers)."""
    repair = sub.add_parser(
        "repair",
        help="write a clean copy of a project without foreign triggers, views or tables",
    )
    repair.add_argument("project", type=Path, help="the project to repair (only read)")
    repair.add_argument("out", type=Path, help="the new file (must not exist)")
    repair.set_defaults(func=_repair_cmd)


def _repair_cmd(args: argparse.Namespace) -> int:
    report = repair_project(args.project, args.out)
    print(report.text(message_lang()))
    return EXIT_OK
