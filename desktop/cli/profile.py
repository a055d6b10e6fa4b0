"""``profile``: show the company profile and change it (company, sites, scope, who signs)."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from desktop.catalog import load_catalog
from desktop.cli.common import EXIT_OK, message_lang
from desktop.services.profile import update_profile
from desktop.services.session import open_project

_FIELDS = ("name", "address", "headcount", "scope",
           "preparer", "preparer_title", "approver", "approver_title")


def register(sub: Any) -> None:
    """Add the ``profile`` sub-command to ``sub`` (argparse subparsers)."""
    cmd = sub.add_parser(
        "profile",
        help="show the company profile; change the company, its sites and scope, and who "
             "prepares and who approves the reports",
        description="Print the company profile. With any of the options, first change those "
                    "fields (the company, the sites and the scope are printed on the PDF cover; "
                    "the preparer and the approver on the cover and sign-off page); an empty "
                    "value clears a field, other fields keep their values.",
    )
    cmd.add_argument("project", type=Path)
    cmd.add_argument("--company", dest="name", help="the company's legal name (required, "
                                                     "cannot be cleared)")
    cmd.add_argument("--address", help="the registered or main address")
    cmd.add_argument("--site", dest="sites", action="append", metavar="SITE",
                     help="a site in the scope; repeat for each site (replaces the list; "
                          "--site '' clears it)")
    cmd.add_argument("--headcount", type=_headcount, help="number of personnel, a whole number")
    cmd.add_argument("--scope", help="the scope statement as it should appear on the "
                                     "certificate")
    cmd.add_argument("--preparer", help="name of the person who prepares the reports")
    cmd.add_argument("--preparer-title", help="job title of the preparer, e.g. 品质部经理")
    cmd.add_argument("--approver", help="name of the person who approves the reports")
    cmd.add_argument("--approver-title", help="job title of the approver, e.g. 总经理")
    cmd.set_defaults(func=_profile_cmd)


def _profile_cmd(args: argparse.Namespace) -> int:
    session = open_project(args.project, load_catalog())
    try:
        values = {key: getattr(args, key) for key in _FIELDS if getattr(args, key) is not None}
        if args.sites is not None:
            values["sites"] = tuple(args.sites)
        if values:
            update_profile(session, dataclasses.replace(session.store.profile(), **values))
        profile = session.store.profile()
    finally:
        session.close()
    zh = message_lang() == "zh"
    rows = (
        ("公司名称" if zh else "Company", profile.name),
        ("地址" if zh else "Address", profile.address),
        ("场所" if zh else "Sites", ("；" if zh else "; ").join(profile.sites)),
        ("人数" if zh else "Headcount", str(profile.headcount)),
        ("认证范围" if zh else "Scope", profile.scope.replace("\n", " ")),
        ("编制人" if zh else "Prepared by", profile.preparer),
        ("编制人职务" if zh else "Preparer's title", profile.preparer_title),
        ("批准人" if zh else "Approved by", profile.approver),
        ("批准人职务" if zh else "Approver's title", profile.approver_title),
    )
    for name, value in rows:
        print(f"{name}{'：' if zh else ': '}{value or '—'}")
    return EXIT_OK


def _headcount(text: str) -> int:
    """argparse type: a whole number (the range is checked by the service)."""
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
