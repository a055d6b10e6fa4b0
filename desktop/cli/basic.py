"""``catalog`` and ``sample``: the knowledge base and the sample project."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.catalog import load_catalog
from desktop.catalog.export import catalog_as_data
from desktop.cli.common import EXIT_OK, message_lang


def register(sub: Any) -> None:
    """Add the ``catalog`` and ``sample`` sub-commands to ``sub`` (argparse subparsers)."""
    cat = sub.add_parser("catalog", help="print the knowledge base")
    cat.add_argument("--format", choices=("json", "text"), default="text")
    cat.set_defaults(func=_catalog_cmd)

    sample = sub.add_parser("sample", help="create the sample project")
    sample.add_argument("path", type=Path)
    sample.set_defaults(func=_sample_cmd)


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
            print(f"{'  ' * (depth + 1)}{item.clause} {marker}{item.shown_title.get(lang)}")
    return EXIT_OK


def _sample_cmd(args: argparse.Namespace) -> int:
    from desktop.services.sample.build import create_sample

    session = create_sample(args.path, load_catalog())
    try:
        print(session.path)
    finally:
        session.close()
    return EXIT_OK
