"""``backup``, ``backups`` and ``restore-backup``: a project's backups from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.catalog import load_catalog
from desktop.cli.common import EXIT_OK, message_lang
from desktop.domain.model import Lang
from desktop.store.backups import BackupInfo


def register(sub: Any) -> None:
    """Add ``backup``, ``backups`` and ``restore-backup`` to ``sub`` (argparse subparsers)."""
    make = sub.add_parser("backup", help="back up a project now (into its backup folder)")
    make.add_argument("project", type=Path)
    make.add_argument("--out", type=Path, default=None,
                      help="write the backup to this new file instead (never replaced)")
    make.set_defaults(func=_backup_cmd)

    show = sub.add_parser("backups", help="list the backups of a project, newest first")
    show.add_argument("project", type=Path)
    show.add_argument("--format", choices=("json", "text"), default="text")
    show.set_defaults(func=_backups_cmd)

    back = sub.add_parser("restore-backup",
                          help="restore one backup of a project as a new project file")
    back.add_argument("project", type=Path)
    back.add_argument("backup_id", help="the backup's id, as `backups` lists it")
    back.add_argument("out", type=Path, help="the new project file (never replaced)")
    back.set_defaults(func=_restore_cmd)


def size_text(size: int) -> str:
    """Bytes for people: ``"812 KB"``, ``"3.4 MB"``, ``"1.2 GB"`` (1 KB = 1024 bytes)."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    if size < 1024**3:
        return f"{size / 1024**2:.1f} MB"
    return f"{size / 1024**3:.1f} GB"


def _line(info: BackupInfo, lang: Lang) -> str:
    when = info.created.astimezone().strftime("%Y-%m-%d %H:%M")
    ready = "–" if info.readiness is None else f"{info.readiness:.0%}"
    return (f"{info.id}  {when}  {size_text(info.size):>8}  {ready:>4}  "
            f"{info.reason_label.get(lang)}")


def _backup_cmd(args: argparse.Namespace) -> int:
    from desktop.services.backups import backup_now
    from desktop.services.session import open_project

    session = open_project(args.project, load_catalog())
    try:
        info = backup_now(session, out=args.out)
    finally:
        session.close()
    print(info.path)
    return EXIT_OK


def _backups_cmd(args: argparse.Namespace) -> int:
    from desktop.services.backups import list_file_backups

    found = list_file_backups(args.project, load_catalog())
    if args.format == "json":
        json.dump({"project": str(args.project), "backups": [b.to_dict() for b in found]},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    lang = message_lang()
    if not found:
        print("没有找到此项目的备份。" if lang == "zh" else "No backups of this project.")
        return EXIT_OK
    for info in found:
        print(_line(info, lang))
    return EXIT_OK


def _restore_cmd(args: argparse.Namespace) -> int:
    from desktop.services.backups import find_backup, list_file_backups, restore_backup

    found = list_file_backups(args.project, load_catalog())
    info = find_backup(found, args.backup_id)
    print(restore_backup(info, args.out))
    return EXIT_OK
