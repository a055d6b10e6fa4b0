"""``import-checklist``, ``import-workbook`` and ``apply-template``: imports from scripts.

They call the same services as the GUI (``desktop.services.custom`` and
``desktop.services.roundtrip``), so the limits and messages are the same
(docs/import-limits.md). Every import is all or nothing: on exit 2 the project
file is unchanged.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from desktop.catalog import load_catalog
from desktop.cli.common import EXIT_OK, EXIT_USER, message_lang
from desktop.domain.model import ItemStatus, Lang
from desktop.services.changes import Changes
from desktop.services.roundtrip import FieldChange, RoundTripPreview, RoundTripProblem
from desktop.services.session import ProjectSession, open_project


def register(sub: Any) -> None:
    """Add the three import sub-commands to ``sub`` (argparse subparsers)."""
    checklist = sub.add_parser(
        "import-checklist", help="import a checklist workbook (.xlsx) as a custom checklist")
    checklist.add_argument("project", type=Path)
    checklist.add_argument("xlsx", type=Path)
    checklist.add_argument("--name", default=None,
                           help="name of the new checklist (default: the file name)")
    checklist.set_defaults(func=_import_checklist_cmd)

    workbook = sub.add_parser(
        "import-workbook",
        help="preview (and with --apply, write) a filled-in checklist workbook")
    workbook.add_argument("project", type=Path)
    workbook.add_argument("xlsx", type=Path)
    workbook.add_argument("--apply", action="store_true",
                          help="write the changes (default: only print the preview)")
    workbook.add_argument("--conflicts", choices=("project", "workbook"), default="project",
                          help="for items changed in the project since the export, keep the "
                          "project's values (default) or take the workbook's")
    workbook.add_argument("--format", choices=("json", "text"), default="text")
    workbook.set_defaults(func=_import_workbook_cmd)

    template = sub.add_parser("apply-template", help="add a template's entries to a project")
    template.add_argument("project", type=Path)
    template.add_argument("template", type=Path)
    template.add_argument("--name", default=None,
                          help="name of the new checklist (default: the template's)")
    template.set_defaults(func=_apply_template_cmd)


def _created(changes: Changes, lang: Lang, source: Path) -> str:
    checklist, *entries = changes.created
    if lang == "zh":
        return f"已从 {source.name} 添加 {len(entries)} 个条目（检查表 {checklist}）。"
    return f"Added {len(entries)} entries from {source.name} (checklist {checklist})."


def _with_session(project: Path) -> ProjectSession:
    return open_project(project, load_catalog())


def _import_checklist_cmd(args: argparse.Namespace) -> int:
    from desktop.services.custom import import_checklist

    session = _with_session(args.project)
    try:
        changes = import_checklist(session, args.xlsx, name=args.name)
    finally:
        session.close()
    print(_created(changes, message_lang(), args.xlsx))
    return EXIT_OK


def _apply_template_cmd(args: argparse.Namespace) -> int:
    from desktop.services.custom import apply_template

    session = _with_session(args.project)
    try:
        changes = apply_template(session, args.template, name=args.name)
    finally:
        session.close()
    print(_created(changes, message_lang(), args.template))
    return EXIT_OK


def _import_workbook_cmd(args: argparse.Namespace) -> int:
    from desktop.services.roundtrip import apply_roundtrip, preview_roundtrip

    lang = message_lang()
    session = _with_session(args.project)
    try:
        preview = preview_roundtrip(session, args.xlsx)
        take = preview.conflicts if args.conflicts == "workbook" else frozenset()
        applied: Changes | None = None
        if args.apply and not preview.blocked:
            applied = apply_roundtrip(session, preview, take)
    finally:
        session.close()
    if args.format == "json":
        json.dump(preview_data(preview, take, applied), sys.stdout, ensure_ascii=False,
                  indent=2)
        sys.stdout.write("\n")
    else:
        _print_preview(preview, take, applied, lang)
    if preview.blocked:
        count = len(preview.errors)
        name = args.xlsx.name
        message = (f"工作簿 {name} 中有 {count} 处错误，请更正后重新导入。未作任何更改。"
                   if lang == "zh" else f"The workbook {name} has {count} error(s); correct "
                   "them and import it again. Nothing was changed.")
        print(f"auditready-cli: {message}", file=sys.stderr)
        return EXIT_USER
    return EXIT_OK


def _value(value: Any) -> Any:
    if isinstance(value, ItemStatus):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _problem(problem: RoundTripProblem) -> dict[str, Any]:
    return {"sheet": problem.sheet, "row": problem.row, "column": problem.column,
            "en": problem.en, "zh": problem.zh}


def _field(change: FieldChange, *, department: bool) -> dict[str, Any]:
    shown = {"field": change.field.value, "old": _value(change.old), "new": _value(change.new)}
    if department:
        shown.update(conflict=change.conflict, old_by=change.old_by)
    return shown


def preview_data(preview: RoundTripPreview, take: frozenset[str],
                 applied: Changes | None) -> dict[str, Any]:
    """The preview as JSON-ready data (the shape ``import-workbook --format json`` prints).

    Keys: ``source``, ``project`` (paths), ``sender`` (the department a
    department workbook comes from, else ""), ``applied`` (bool), ``changes``
    (list of {item_id, standard, clause, title {en, zh}, sheet, row, conflict,
    takes_workbook, fields [{field, old, new}]}; statuses by value, dates as
    YYYY-MM-DD; a department workbook's fields also have ``conflict`` and
    ``old_by``, who sent the project's value), ``errors`` and ``notes`` (lists
    of {sheet, row, column, en, zh}).
    """
    return {
        "source": str(preview.source),
        "project": str(preview.project),
        "sender": preview.sender,
        "applied": applied is not None,
        "changes": [
            {"item_id": c.item_id, "standard": c.standard, "clause": c.clause,
             "title": {"en": c.title.en, "zh": c.title.zh}, "sheet": c.sheet, "row": c.row,
             "conflict": c.conflict, "takes_workbook": not c.conflict or c.item_id in take,
             "fields": [_field(f, department=preview.stamp is not None) for f in c.fields]}
            for c in preview.items],
        "errors": [_problem(p) for p in preview.errors],
        "notes": [_problem(p) for p in preview.notes],
    }


def _print_preview(preview: RoundTripPreview, take: frozenset[str], applied: Changes | None,
                   lang: Lang) -> None:
    zh = lang == "zh"
    colon = "：" if zh else ": "
    conflicts = len(preview.conflicts)
    if preview.sender:
        print(f"{preview.sender} 的工作簿" if zh else f"Workbook of {preview.sender}")
    if zh:
        print(f"{preview.source.name}：{len(preview.items)} 项变更，其中 {conflicts} 项冲突；"
              f"{len(preview.errors)} 处错误，{len(preview.notes)} 条提示。")
    else:
        print(f"{preview.source.name}: {len(preview.items)} change(s), {conflicts} "
              f"conflict(s); {len(preview.errors)} error(s), {len(preview.notes)} note(s).")
    for change in preview.items:
        mark = ""
        if change.conflict:
            kept = change.item_id not in take
            mark = (" [冲突：保留项目中的值]" if kept else " [冲突：采用工作簿的值]") if zh else (
                " [conflict: project value kept]" if kept else " [conflict: workbook value taken]")
        print(f"  {change.standard} {change.clause} {change.title.get(lang)}{mark}")
        for item in change.fields:
            old, new = item.old_text(lang) or "—", item.new_text(lang) or "—"
            if item.conflict:
                by = item.old_by or ("本项目" if zh else "the project")
                old = f"{old}（{by}）" if zh else f"{old} ({by})"
                new = (f"{new}（{preview.sender}）[冲突]" if zh
                       else f"{new} ({preview.sender}) [conflict]")
            print(f"      {item.field.label.get(lang)}{colon}{old} → {new}")
    for title, problems in ((("错误", "Errors"), preview.errors),
                            (("提示", "Notes"), preview.notes)):
        if problems:
            print(f"{title[0] if zh else title[1]}{colon.strip()}")
            for problem in problems:
                print(f"  {problem.text(lang)}")
    if applied is not None:
        print(f"已写入 {len(applied.items)} 个检查项。" if zh
              else f"Applied: {len(applied.items)} item(s) written.")
    elif not preview.blocked:
        print("仅为预览，未作任何更改；加 --apply 写入。" if zh
              else "Preview only, nothing was changed; add --apply to write the changes.")
