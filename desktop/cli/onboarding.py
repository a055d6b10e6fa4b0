"""``import-folder``: scan a company's existing folder and propose where each document
belongs; with ``--apply``, attach the proposals above a confidence in one transaction.

    auditready-cli import-folder PROJECT DIR [--apply] [--min-confidence N]
                   [--format json|text] [--lang zh|en]
                   [--lacks-pdf FILE] [--lacks-xlsx FILE]

The JSON printed is ``{"files": [...], "skipped": [...], "lacks": [...]}``
(docs/folder-import.md), plus ``"applied"`` after ``--apply``. Exit 2 on a user
error; the project is then unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.catalog import load_catalog
from desktop.cli.common import EXIT_OK, message_lang
from desktop.domain.model import Lang
from desktop.reports.onboarding import FolderLacks
from desktop.services.changes import Changes
from desktop.services.onboarding import ProjectScan, apply, folder_lacks, scan
from desktop.services.session import ProjectSession, open_project

DEFAULT_MIN_CONFIDENCE = 0.5


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("the confidence is a number from 0 to 1")
    return value


def register(sub: Any) -> None:
    """Add the ``import-folder`` sub-command to ``sub`` (argparse subparsers)."""
    cmd = sub.add_parser(
        "import-folder",
        help="propose checklist items for every document of an existing folder "
             "(with --apply, attach them)")
    cmd.add_argument("project", type=Path)
    cmd.add_argument("folder", type=Path)
    cmd.add_argument("--apply", action="store_true",
                     help="attach every proposal at or above --min-confidence, in one "
                          "transaction (default: only print the proposals)")
    cmd.add_argument("--min-confidence", type=_confidence, default=DEFAULT_MIN_CONFIDENCE,
                     help=f"lowest confidence (0 to 1) --apply accepts "
                          f"(default {DEFAULT_MIN_CONFIDENCE})")
    cmd.add_argument("--format", choices=("json", "text"), default="text")
    cmd.add_argument("--lang", choices=("zh", "en"), default=None,
                     help="language of the text output and the lacks list "
                          "(default: the system language)")
    cmd.add_argument("--lacks-pdf", type=Path, default=None,
                     help="write what the folder lacks as a PDF")
    cmd.add_argument("--lacks-xlsx", type=Path, default=None,
                     help="write what the folder lacks as an Excel workbook")
    cmd.set_defaults(func=_import_folder_cmd)


def _import_folder_cmd(args: argparse.Namespace) -> int:
    lang: Lang = args.lang or message_lang()
    session: ProjectSession = open_project(args.project, load_catalog())
    try:
        found = scan(session, args.folder)
        accepted = found.accepted_above(args.min_confidence)
        changes = apply(session, accepted, args.folder) if args.apply and accepted else None
        matched = ({i for _f, ids in accepted for i in ids} if args.apply else None)
        lacks = folder_lacks(session, found, matched)
        _export_lacks(lacks, args, lang)
    finally:
        session.close()
    if args.format == "json":
        json.dump(_json(found, lacks, changes, accepted if args.apply else None),
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(_text(found, lacks, changes, lang, args.apply))
    return EXIT_OK


def _export_lacks(lacks: FolderLacks, args: argparse.Namespace, lang: Lang) -> None:
    if args.lacks_pdf is not None:
        from desktop.reports.onboarding.lacks_pdf import render_lacks_pdf

        render_lacks_pdf(lacks, args.lacks_pdf, lang=lang)
    if args.lacks_xlsx is not None:
        from desktop.reports.onboarding.lacks_xlsx import render_lacks_xlsx

        render_lacks_xlsx(lacks, args.lacks_xlsx, lang=lang)


def _json(found: ProjectScan, lacks: FolderLacks, changes: Changes | None,
          accepted: list[Any] | None) -> dict[str, Any]:
    out = found.result.to_dict()
    for entry, file in zip(out["files"], found.result.files, strict=True):
        entry["in_project"] = found.is_in_project(file)
    out["lacks"] = [item.to_dict() for item in lacks.items]
    if accepted is not None:
        out["applied"] = [{"path": f.path, "item_ids": ids} for f, ids in accepted]
        out["items_linked"] = len(changes.items) if changes else 0
    return out


def _text(found: ProjectScan, lacks: FolderLacks, changes: Changes | None, lang: Lang,
          applied: bool) -> str:
    zh = lang == "zh"
    lines: list[str] = []
    for file in found.result.files:
        head = f"{file.path}  [{file.nature}]"
        if file.dates:
            head += "  " + ", ".join(d.isoformat() for d in file.dates)
        if file.version:
            head += f"  {file.version}"
        lines.append(head)
        if file.duplicate_of:
            lines.append(("  与以下文件内容相同：" if zh else "  same content as: ")
                         + file.duplicate_of)
        if found.is_in_project(file):
            lines.append("  项目中已有此文件" if zh else "  already in the project")
        if file.note is not None:
            lines.append("  " + file.note.get(lang))
        if not file.proposals:
            lines.append("  （没有建议）" if zh else "  (no proposal)")
        for p in file.proposals:
            lines.append(f"  {p.confidence:.2f}  {p.item_id}  {p.reason.get(lang)}")
    for gone in found.result.skipped:
        lines.append(f"{'已跳过' if zh else 'skipped'}: {gone.path}: {gone.why.get(lang)}")
    lines.append("")
    files, skipped = len(found.result.files), len(found.result.skipped)
    lines.append(f"扫描了 {files} 个文件，跳过 {skipped} 个。" if zh
                 else f"{files} files scanned, {skipped} skipped.")
    if applied:
        linked = len(changes.items) if changes else 0
        lines.append(f"已附加到 {linked} 个检查项（未更改任何状态）。" if zh
                     else f"Attached to {linked} checklist items (no status changed).")
    lines.append(
        f"文件夹缺少 {len(lacks.items)} 项（共查找 {lacks.considered} 项强制性或"
        "认证机构常要求的文件）。"
        if zh else f"The folder lacks {len(lacks.items)} of {lacks.considered} mandatory or "
        "commonly requested items.")
    for item in lacks.items:
        lines.append(f"  {item.standard} {item.clause}  {item.title.get(lang)}")
    return "\n".join(lines)
