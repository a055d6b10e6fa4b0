"""``export-departments``: one workbook per department, for the department heads to fill in.

Each comes back through ``import-workbook``, which merges several department
workbooks edited at the same time field by field (docs/departments.md).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.catalog import load_catalog
from desktop.cli.common import EXIT_OK, message_lang
from desktop.domain.model import Lang


def register(sub: Any) -> None:
    """Add the ``export-departments`` sub-command to ``sub`` (argparse subparsers)."""
    cmd = sub.add_parser(
        "export-departments",
        help="write one workbook per department with only its items, actions and findings")
    cmd.add_argument("project", type=Path)
    cmd.add_argument("outdir", type=Path, help="an existing folder for the workbooks")
    cmd.add_argument("--department", action="append", metavar="NAME",
                     help="only this department, by name or id (repeatable)")
    cmd.add_argument("--lang", choices=("zh", "en"), default=None,
                     help="workbook language (default: the system language)")
    cmd.set_defaults(func=_export_departments_cmd)


def _export_departments_cmd(args: argparse.Namespace) -> int:
    from desktop.services.departments.matrix import list_departments
    from desktop.services.departments.workbooks import export_department_workbooks
    from desktop.services.session import open_project

    lang: Lang = args.lang or message_lang()
    session = open_project(args.project, load_catalog())
    try:
        wanted = None
        if args.department:
            by_name = {d.name.casefold(): d.id for d in list_departments(session)}
            wanted = [by_name.get(name.strip().casefold(), name.strip())
                      for name in args.department]
        written = export_department_workbooks(session, args.outdir, lang, wanted)
    finally:
        session.close()
    for path in written:
        print(path)
    return EXIT_OK
