"""``profile``: show the company profile and set who prepares and approves the reports."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.catalog import load_catalog
from desktop.cli.common import EXIT_OK, message_lang
from desktop.services.profile import set_report_people
from desktop.services.session import open_project

_FIELDS = ("preparer", "preparer_title", "approver", "approver_title")


def register(sub: Any) -> None:
    """Add the ``profile`` sub-command to ``sub`` (argparse subparsers)."""
    cmd = sub.add_parser(
        "profile",
        help="show the company profile; set who prepares and who approves the reports",
        description="Print the company profile. With any of the options, first set who "
                    "prepares and who approves the reports (printed on the PDF cover and "
                    "sign-off page); an empty value clears a field.",
    )
    cmd.add_argument("project", type=Path)
    cmd.add_argument("--preparer", help="name of the person who prepares the reports")
    cmd.add_argument("--preparer-title", help="job title of the preparer, e.g. 品质部经理")
    cmd.add_argument("--approver", help="name of the person who approves the reports")
    cmd.add_argument("--approver-title", help="job title of the approver, e.g. 总经理")
    cmd.set_defaults(func=_profile_cmd)


def _profile_cmd(args: argparse.Namespace) -> int:
    session = open_project(args.project, load_catalog())
    try:
        values = {key: getattr(args, key) for key in _FIELDS}
        if any(value is not None for value in values.values()):
            set_report_people(session, **values)
        profile = session.store.profile()
    finally:
        session.close()
    zh = message_lang() == "zh"
    rows = (
        ("公司名称" if zh else "Company", profile.name),
        ("编制人" if zh else "Prepared by", profile.preparer),
        ("编制人职务" if zh else "Preparer's title", profile.preparer_title),
        ("批准人" if zh else "Approved by", profile.approver),
        ("批准人职务" if zh else "Approver's title", profile.approver_title),
    )
    for name, value in rows:
        print(f"{name}{'：' if zh else ': '}{value or '—'}")
    return EXIT_OK
