"""Custom-content templates: reusable checklists and items saved to a JSON file.

A consultant saves custom entries of one project as a template and applies it
to other projects. The file is UTF-8 JSON (docs/reference.md, "Custom checklists and
templates")::

    {"format": "auditready-template", "version": 1,
     "checklist": {"code": "供应商审核", "title": {"en": "...", "zh": "..."}} | null,
     "entries": [
       {"key": "S", "parent": null, "under": null, "clause": "S", "kind": "clause",
        "title": {"en": "...", "zh": "..."}, "description": {"en": "...", "zh": "..."}},
       {"key": "7.1.5:E", "parent": null, "under": "iso9001-2015:7.1.5", ...}]}

``key`` is unique in the file; ``parent`` names an earlier entry's key,
``under`` a clause of a bundled standard (at most one of the two; neither
means the top of the template's checklist). One of ``title.en``/``title.zh``
may be empty. Reading validates everything and reports every problem at once.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.model import ItemKind, Text
from desktop.errors import TemplateError
from desktop.import_limits import (
    MAX_ENTRIES,
    MAX_TEMPLATE_BYTES,
    MAX_TEMPLATE_DEPTH,
    read_limited,
    too_long,
    too_long_message,
)

FORMAT = "auditready-template"
VERSION = 1
_SHOWN = 30


@dataclass(frozen=True, slots=True)
class TemplateEntry:
    """One entry of a template; see the module docstring for the fields."""

    key: str
    parent: str | None
    under: str | None
    clause: str
    kind: ItemKind
    title: Text
    description: Text


@dataclass(frozen=True, slots=True)
class Template:
    """A template: an optional checklist (for top-level entries) and its entries in order."""

    checklist_code: str | None
    checklist_title: Text | None
    entries: tuple[TemplateEntry, ...]


def template_data(template: Template) -> dict[str, Any]:
    """The template as JSON-ready data."""
    checklist = None
    if template.checklist_code is not None:
        title = template.checklist_title or Text(template.checklist_code, template.checklist_code)
        checklist = {"code": template.checklist_code, "title": {"en": title.en, "zh": title.zh}}
    return {
        "format": FORMAT,
        "version": VERSION,
        "checklist": checklist,
        "entries": [
            {"key": e.key, "parent": e.parent, "under": e.under, "clause": e.clause,
             "kind": e.kind.value, "title": {"en": e.title.en, "zh": e.title.zh},
             "description": {"en": e.description.en, "zh": e.description.zh}}
            for e in template.entries
        ],
    }


def write_template(path: Path, template: Template) -> None:
    """Write ``template`` to ``path`` as JSON, atomically (a complete file or none).

    Raises:
        TemplateError: the folder is missing or not writable, or the disk is full;
            an existing file at ``path`` is left as it was.
    """
    data = json.dumps(template_data(template), ensure_ascii=False, indent=2) + "\n"
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with tmp.open("x", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        reason = exc.strerror or str(exc)
        raise TemplateError(f"Cannot save the template {path}: {reason}.",
                            f"无法保存模板 {path}：{reason}。") from exc


def read_template(path: Path) -> Template:
    """Read and validate the template in ``path``.

    Raises:
        TemplateError: unreadable, not a template, a newer version, or invalid
            entries (the message lists every problem).
    """
    path = Path(path)

    def refuse(en: str, zh: str) -> TemplateError:
        return TemplateError(f"Cannot read the template {path}: {en}.",
                             f"无法读取模板 {path}：{zh}。")

    data = read_limited(path, refuse, MAX_TEMPLATE_BYTES)
    try:
        raw = json.loads(data.decode("utf-8-sig"))  # Windows Notepad may start it with a BOM
    except UnicodeDecodeError as exc:
        raise refuse("it is not UTF-8 text", "它不是 UTF-8 文本") from exc
    except RecursionError as exc:
        raise _too_deep(path) from exc
    except ValueError as exc:  # json.JSONDecodeError
        raise _not_template(path) from exc
    if _depth(raw) > MAX_TEMPLATE_DEPTH:
        raise _too_deep(path)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _not_template(path)
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _not_template(path)
    if version > VERSION:
        raise TemplateError(
            f"The template {path} was saved by a newer AuditReady (version {version}); "
            "update AuditReady to use it.",
            f"模板 {path} 由更新版本的审核就绪助手保存（版本 {version}），请升级后再使用。")
    problems: list[tuple[str, str]] = []
    code, title = _checklist(raw.get("checklist"), problems)
    entries = raw.get("entries")
    if not isinstance(entries, list) or not entries:
        problems.append(("it has no entries", "其中没有条目"))
        entries = []
    elif len(entries) > MAX_ENTRIES:
        problems.append((f"more than {MAX_ENTRIES} entries", f"条目超过 {MAX_ENTRIES} 个"))
        entries = []
    parsed = _entries(entries, problems)
    if any(e.parent is None and e.under is None for e in parsed) and code is None:
        problems.append(("top-level entries need a checklist (\"checklist\" is missing)",
                         "顶层条目需要所属检查表（缺少 \"checklist\"）"))
    if problems:
        raise template_error(path, problems)
    return Template(checklist_code=code, checklist_title=title, entries=tuple(parsed))


def template_error(path: Path, problems: Sequence[tuple[str, str]]) -> TemplateError:
    """A :class:`TemplateError` listing ``problems`` ((en, zh) pairs) of template ``path``."""
    shown = problems[:_SHOWN]
    more = f"\n… and {len(problems) - _SHOWN} more." if len(problems) > _SHOWN else ""
    more_zh = f"\n……另有 {len(problems) - _SHOWN} 处。" if len(problems) > _SHOWN else ""
    return TemplateError(
        f"The template {path.name} cannot be used ({len(problems)} problem(s)); nothing "
        "was changed.\n" + "\n".join(en for en, _zh in shown) + more,
        f"无法使用模板 {path.name}（{len(problems)} 处问题），未做任何更改。\n"
        + "\n".join(zh for _en, zh in shown) + more_zh)


def _too_deep(path: Path) -> TemplateError:
    return TemplateError(
        f"{path} is not an AuditReady template file: its lists and objects are nested more "
        f"than {MAX_TEMPLATE_DEPTH} levels deep.",
        f"{path} 不是审核就绪助手的模板文件：其中的列表和对象嵌套超过 {MAX_TEMPLATE_DEPTH} 层。")


def _depth(value: Any) -> int:
    """How deeply lists and dicts nest in ``value`` (a scalar is 0), without recursion."""
    deepest = 0
    todo: list[tuple[Any, int]] = [(value, 0)]
    while todo:
        current, level = todo.pop()
        if isinstance(current, dict):
            children: Iterable[Any] = current.values()
        elif isinstance(current, list):
            children = current
        else:
            continue
        deepest = max(deepest, level + 1)
        if deepest > MAX_TEMPLATE_DEPTH:
            return deepest
        todo.extend((child, level + 1) for child in children
                    if isinstance(child, dict | list))
    return deepest


def _not_template(path: Path) -> TemplateError:
    return TemplateError(f"{path} is not an AuditReady template file.",
                         f"{path} 不是审核就绪助手的模板文件。")


def _text(value: Any) -> Text | None:
    if not isinstance(value, dict):
        return None
    en, zh = value.get("en", ""), value.get("zh", "")
    if not isinstance(en, str) or not isinstance(zh, str):
        return None
    return Text(en=en.strip(), zh=zh.strip())


def _checklist(value: Any, problems: list[tuple[str, str]]) -> tuple[str | None, Text | None]:
    if value is None:
        return None, None
    code = value.get("code") if isinstance(value, dict) else None
    title = _text(value.get("title")) if isinstance(value, dict) else None
    if not isinstance(code, str) or not code.strip() or title is None:
        problems.append(("\"checklist\" needs a code and a title {en, zh}",
                         "\"checklist\" 需要 code 和 title {en, zh}"))
        return None, None
    for name, text in (("code", code), ("title.en", title.en), ("title.zh", title.zh)):
        if too_long(text):
            en, zh = too_long_message(name, name, len(text))
            problems.append((f"\"checklist\": {en}", f"\"checklist\"：{zh}"))
            return None, None
    return code.strip(), title


def _entries(raw: list[Any], problems: list[tuple[str, str]]) -> list[TemplateEntry]:
    result: list[TemplateEntry] = []
    kinds: dict[str, ItemKind] = {}
    broken: set[str] = set()  # keys of entries with problems (children are not blamed)
    for number, entry in enumerate(raw, start=1):
        where_en, where_zh = f"Entry {number}", f"第 {number} 个条目"

        def bad(en: str, zh: str, where_en: str = where_en, where_zh: str = where_zh) -> None:
            problems.append((f"{where_en}: {en}", f"{where_zh}：{zh}"))

        if not isinstance(entry, dict):
            bad("not an object", "不是对象")
            continue
        key, clause, parent, under = (entry.get(k) for k in ("key", "clause", "parent", "under"))
        if not isinstance(key, str) or not key.strip():
            bad("the key is missing", "缺少 key")
            continue
        key = key.strip()
        where_en, where_zh = f"Entry {number} ({key})", f"第 {number} 个条目（{key}）"
        kind = next((k for k in ItemKind if k.value == entry.get("kind")), None)
        title, description = _text(entry.get("title")), _text(entry.get("description", {}))
        if key in kinds or key in broken:
            bad("the key is used twice", "key 重复", where_en, where_zh)
        if not isinstance(clause, str) or not clause.strip():
            bad("the clause is missing", "缺少 clause", where_en, where_zh)
        if kind is None:
            shown = _shown(entry.get("kind"))
            bad(f"unknown kind {shown}", f"未知的类型 {shown}", where_en, where_zh)
        if title is None or not (title.en or title.zh):
            bad("a title {en, zh} is needed", "需要标题 {en, zh}", where_en, where_zh)
        if description is None:
            bad("the description must be {en, zh}", "description 应为 {en, zh}", where_en, where_zh)
        for field_name, value in _fields(key, clause, title, description):
            if too_long(value):
                bad(*too_long_message(field_name, field_name, len(value)), where_en, where_zh)
                broken.add(key)
        if parent is not None and under is not None:
            bad("give parent or under, not both", "parent 与 under 只能填一个", where_en, where_zh)
        elif parent is not None and not isinstance(parent, str):
            bad("parent must be a key", "parent 应为 key", where_en, where_zh)
        elif (parent is not None and parent not in broken
              and kinds.get(parent) is not ItemKind.CLAUSE):
            bad(f"parent {_shown(parent)} is not an earlier clause entry",
                f"上级 {_shown(parent)} 不是前面的条款条目", where_en, where_zh)
        elif under is not None and (not isinstance(under, str) or not under):
            bad("under must be a clause id", "under 应为条款 id", where_en, where_zh)
        elif parent is None and under is None and kind is not None and kind.is_checklist:
            bad("a checklist item needs a parent clause", "检查项必须有上级条款",
                where_en, where_zh)
        if (kind is None or title is None or description is None or not isinstance(clause, str)
                or key in broken):
            broken.add(key)
            continue
        kinds.setdefault(key, kind)
        result.append(TemplateEntry(key=key, parent=parent, under=under, clause=clause.strip(),
                                    kind=kind, title=title, description=description))
    return result


def _shown(value: Any) -> str:
    """``value`` for a message: its repr, cut to 40 characters."""
    text = repr(value) if isinstance(value, str | int | float | bool | None) else (
        type(value).__name__)
    return text if len(text) <= 40 else text[:39] + "…"


def _fields(key: str, clause: Any, title: Text | None,
            description: Text | None) -> list[tuple[str, str]]:
    """(field name, text) of an entry's text fields, for the length check."""
    found = [("key", key)]
    if isinstance(clause, str):
        found.append(("clause", clause))
    for name, text in (("title", title), ("description", description)):
        if text is not None:
            found += [(f"{name}.en", text.en), (f"{name}.zh", text.zh)]
    return found
