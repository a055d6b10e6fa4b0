"""User actions on custom content: the consultant's own checklists and items.

Rules (docs/reference.md, "Custom checklists and templates"):

- A custom entry goes under a clause: a clause of a custom checklist, or a
  clause of one of the project's bundled standards (then it is shown in that
  standard's tree and counts in its readiness). A custom clause may also start
  a new custom checklist. Under a numbered clause, an entry keeps its
  top-level clause number (e.g. ``7.1.5.a`` under 7.1.5).
- Every custom id starts with ``custom:``; a new checklist gets a fresh
  ``custom:<slug>`` (``-2``, ``-3`` … when the name is taken), and imported or
  template entries are named ``custom:<slug>:<key>``, so they never clash with
  existing ids.
- Each function is one user action in one transaction; on success the
  session's catalog is rebuilt and :class:`Changes` has ``custom`` set.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.custom import CUSTOM_PREFIX, CUSTOM_SYSTEM, CustomChecklist, CustomItem
from desktop.domain.model import CatalogItem, ItemKind, Text
from desktop.errors import ChecklistImportError, ImportProblem, ValidationError
from desktop.services.backups import BackupReason, backup_before
from desktop.services.changes import Changes
from desktop.services.session import ProjectSession

_EMPTY = Text("", "")
_KEYS = {ItemKind.MAINTAIN: "M", ItemKind.RETAIN: "R", ItemKind.EVIDENCE: "E"}


@dataclass(frozen=True, slots=True)
class EntryFields:
    """What the user fills in for a custom entry.

    Attributes:
        clause: clause number as shown, e.g. ``"7.1.5"`` or ``"S-2"``; one line.
        kind: clause heading or checklist item kind.
        title: at least one language non-empty.
        description: may be empty.
    """

    clause: str
    kind: ItemKind
    title: Text
    description: Text = _EMPTY


# --- checks ----------------------------------------------------------------------


def _fields(fields: EntryFields) -> EntryFields:
    # Templates, workbooks and their limits are imported by the functions that read
    # or write them: the window's start-up needs none of them.
    from desktop.import_limits import MAX_TEXT

    clause = fields.clause.strip()
    title = Text(fields.title.en.strip(), fields.title.zh.strip())
    description = Text(fields.description.en.strip(), fields.description.zh.strip())
    if not clause or "\n" in clause or len(clause) > 64:
        raise ValidationError("Enter the clause number (one line, at most 64 characters).",
                              "请填写条款号（一行，不超过 64 个字符）。")
    if not title.en and not title.zh:
        raise ValidationError("Enter a title in Chinese or English.", "请填写中文或英文标题。")
    if max(len(t) for t in (title.en, title.zh, description.en, description.zh)) > MAX_TEXT:
        raise ValidationError(f"A text is longer than {MAX_TEXT} characters.",
                              f"文字超过 {MAX_TEXT} 个字符。")
    return EntryFields(clause=clause, kind=ItemKind(fields.kind), title=title,
                       description=description)


def _parent_clause(session: ProjectSession, parent_id: str) -> CatalogItem:
    if not session.catalog.has_item(parent_id):
        raise ValidationError(f"Unknown clause {parent_id!r}.", f"未知的条款 {parent_id!r}。")
    parent = session.catalog.item(parent_id)
    if parent.kind is not ItemKind.CLAUSE:
        raise ValidationError(
            f"{parent_id!r} is a checklist item; custom entries go under a clause.",
            f"{parent_id!r} 是检查项，自定义条目只能添加在条款下。")
    if parent.standard_id not in {s.id for s in session.standards()}:
        raise ValidationError(f"{parent_id!r} belongs to a standard this project does not include.",
                              f"{parent_id!r} 所属的标准不在本项目范围内。")
    return parent


def _top(clause: str) -> str:
    return clause.split(".", 1)[0]


def _check_top(session: ProjectSession, standard_id: str, parent: CatalogItem | None,
               clause: str) -> None:
    """Under a numbered clause (e.g. 7.1.5), keep its top-level number (7)."""
    std = session.catalog.standard(standard_id)
    if parent is None:
        return
    top = _top(parent.clause)
    if top.isdigit() and _top(clause) != top:
        raise ValidationError(
            f"Clause {clause!r} is outside clause {top} of {std.label}; start it with {top} "
            f"(e.g. {parent.clause}).",
            f"条款号 {clause!r} 不在 {std.label} 第 {top} 章内，"
            f"应以 {top} 开头（例如 {parent.clause}）。")


def _custom_entry(session: ProjectSession, item_id: str) -> CatalogItem:
    if not session.catalog.has_item(item_id) or not session.catalog.item(item_id).custom:
        raise ValidationError(f"{item_id!r} is not a custom entry of this project.",
                              f"{item_id!r} 不是本项目的自定义条目。")
    return session.catalog.item(item_id)


def _children(session: ProjectSession, item_id: str) -> list[CatalogItem]:
    return [i for s in session.catalog.standards for i in s.items if i.parent == item_id]


# --- ids and positions -------------------------------------------------------------


def slug(name: str) -> str:
    """A lower-case ASCII slug of ``name`` (``"Supplier audit"`` → ``"supplier-audit"``).

    Names without ASCII letters or digits (e.g. all Chinese) give ``"checklist"``.
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")
    return text or "checklist"


def _new_checklist_id(session: ProjectSession, name: str) -> str:
    taken = {s.id for s in session.catalog.standards}
    prefixes = {i.id.split(":", 2)[1] for s in session.catalog.standards for i in s.items
                if i.custom}
    base = slug(name)
    candidate, number = base, 1
    while f"{CUSTOM_PREFIX}{candidate}" in taken or candidate in taken or candidate in prefixes:
        number += 1
        candidate = f"{base}-{number}"
    return f"{CUSTOM_PREFIX}{candidate}"


def _next_positions(session: ProjectSession) -> dict[str, int]:
    _checklists, items = session.store.custom_content()
    positions: dict[str, int] = {}
    for item in items:
        positions[item.checklist_id] = max(positions.get(item.checklist_id, 0),
                                           item.position + 1)
    return positions


def _unique(session: ProjectSession, base: str) -> str:
    candidate, number = base, 1
    while session.catalog.has_item(candidate):
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _new_checklist(checklist_id: str, name: str, title: Text | None = None) -> CustomChecklist:
    return CustomChecklist(id=checklist_id, code=name, title=title or Text(name, name),
                           created=dt.datetime.now(dt.UTC).replace(microsecond=0))


def _done(session: ProjectSession, items: Iterable[str], *, created: Sequence[str] = (),
          evidence: bool = False) -> Changes:
    session.reload_custom()
    return Changes(items=frozenset(items), custom=True, created=tuple(created),
                   evidence=evidence)


# --- entries -----------------------------------------------------------------------


def add_custom_item(
    session: ProjectSession,
    fields: EntryFields,
    *,
    parent: str | None = None,
    checklist_id: str | None = None,
    new_checklist: str | None = None,
) -> Changes:
    """Add one custom entry (clause heading or checklist item).

    Give exactly one place: ``parent`` (a clause of the project, custom or
    bundled), ``checklist_id`` (top of an existing custom checklist) or
    ``new_checklist`` (the name of a new custom checklist it starts). Only a
    clause heading may stand at the top of a checklist.

    Returns:
        Changes with ``custom`` set and ``created`` = (the new entry's id,).

    Raises:
        ValidationError: missing or several places, an unknown or non-clause
            parent, a checklist item at the top, a clause number outside its
            bundled clause, or empty title/clause.
    """
    fields = _fields(fields)
    places = [p for p in (parent, checklist_id, new_checklist) if p is not None]
    if len(places) != 1:
        raise ValidationError("Choose where the new entry goes.", "请选择新条目的位置。")
    if parent is None and fields.kind.is_checklist:
        raise ValidationError(
            "A checklist item goes under a clause; add a clause heading first.",
            "检查项必须位于条款之下，请先添加条款标题。")
    store = session.store
    new_row: CustomChecklist | None = None
    parent_item: CatalogItem | None = None
    if parent is not None:
        parent_item = _parent_clause(session, parent)
        owner = parent_item.standard_id
    elif checklist_id is not None:
        std = next((s for s in session.catalog.standards if s.id == checklist_id), None)
        if std is None or std.system != CUSTOM_SYSTEM:
            raise ValidationError(f"{checklist_id!r} is not a custom checklist of this project.",
                                  f"{checklist_id!r} 不是本项目的自定义检查表。")
        owner = checklist_id
    else:
        name = (new_checklist or "").strip()
        if not name:
            raise ValidationError("Enter a name for the new checklist.", "请填写新检查表的名称。")
        owner = _new_checklist_id(session, name)
        new_row = _new_checklist(owner, name)
    if parent_item is not None:
        _check_top(session, owner, parent_item, fields.clause)
    prefix = owner if owner.startswith(CUSTOM_PREFIX) else f"{CUSTOM_PREFIX}{owner}"
    key = f":{_KEYS[fields.kind]}" if fields.kind.is_checklist else ""
    item_id = _unique(session, f"{prefix}:{fields.clause}{key}")
    with store.atomic():
        if new_row is not None:
            store.add_custom_checklist(new_row)
        store.put_custom_item(CustomItem(
            id=item_id, checklist_id=owner, clause=fields.clause, kind=fields.kind,
            parent=parent, title=fields.title, description=fields.description,
            position=_next_positions(session).get(owner, 0)))
    items = [item_id] if fields.kind.is_checklist else []
    return _done(session, items, created=[item_id])


def edit_custom_item(session: ProjectSession, item_id: str, fields: EntryFields) -> Changes:
    """Change clause number, kind, title and description of a custom entry.

    A clause heading with entries under it stays a clause; a checklist item
    with a recorded state or evidence cannot become a clause heading.

    Raises:
        ValidationError: not a custom entry, a forbidden kind change, or bad fields.
    """
    item = _custom_entry(session, item_id)
    fields = _fields(fields)
    parent = session.catalog.item(item.parent) if item.parent else None
    _check_top(session, item.standard_id, parent, fields.clause)
    if fields.kind is not item.kind:
        if fields.kind.is_checklist and _children(session, item_id):
            raise ValidationError("This clause has entries under it; it must stay a clause.",
                                  "该条款下还有条目，不能改为检查项。")
        if fields.kind is ItemKind.CLAUSE and item.kind.is_checklist:
            store = session.store
            if item_id in store.item_states() or store.evidence_for_item(item_id):
                raise ValidationError(
                    "This item has a status or evidence; it cannot become a clause heading.",
                    "该检查项已有状态或证据，不能改为条款标题。")
        if fields.kind.is_checklist and parent is None:
            raise ValidationError("An entry at the top of a checklist must be a clause.",
                                  "检查表顶层条目必须是条款。")
    _checklists, rows = session.store.custom_content()
    old = next(r for r in rows if r.id == item_id)
    new = CustomItem(id=old.id, checklist_id=old.checklist_id, clause=fields.clause,
                     kind=fields.kind, parent=old.parent, title=fields.title,
                     description=fields.description, position=old.position)
    if new == old:
        return Changes()
    with session.store.atomic():
        session.store.put_custom_item(new)
    return _done(session, [item_id])


def remove_custom_item(session: ProjectSession, item_id: str) -> Changes:
    """Remove a custom entry with its recorded state and evidence links.

    Evidence files stay in the project's register.

    Raises:
        ValidationError: not a custom entry, or entries stand under it
            (remove those first).
    """
    _custom_entry(session, item_id)
    children = _children(session, item_id)
    if children:
        raise ValidationError(
            f"{item_id!r} has {len(children)} entries under it; remove them first.",
            f"{item_id!r} 下还有 {len(children)} 个条目，请先删除它们。")
    linked = bool(session.store.evidence_for_item(item_id))
    with session.store.atomic():
        session.store.remove_custom_item(item_id)
    return _done(session, [item_id], evidence=linked)


def remove_custom_checklist(session: ProjectSession, checklist_id: str) -> Changes:
    """Remove a custom checklist with all its entries, their states and evidence links.

    Raises:
        ValidationError: not a custom checklist of this project.
    """
    std = next((s for s in session.catalog.standards if s.id == checklist_id), None)
    if std is None or std.system != CUSTOM_SYSTEM:
        raise ValidationError(f"{checklist_id!r} is not a custom checklist of this project.",
                              f"{checklist_id!r} 不是本项目的自定义检查表。")
    with session.store.atomic():
        session.store.remove_custom_checklist(checklist_id)
    return _done(session, [i.id for i in std.items], evidence=True)


# --- templates ---------------------------------------------------------------------


def _local_key(item_id: str) -> str:
    """``"custom:supplier-audit:2.1"`` → ``"2.1"``."""
    parts = item_id.split(":", 2)
    return parts[2] if len(parts) == 3 else item_id


def save_template(session: ProjectSession, selection: str | Sequence[str], path: Path) -> Changes:
    """Save custom entries as a reusable template file (JSON, written atomically).

    Args:
        selection: a custom checklist id (the whole checklist), a bundled
            standard id (its custom entries), or custom entry ids (each with the
            custom entries under and above it).
        path: the file to write (replaced if it exists), a ``.json``.

    Returns:
        An empty :class:`Changes`: the project itself is not changed.

    Raises:
        ValidationError: unknown ids, or nothing custom to save.
        OutputPathError: ``path`` is the project or one of its side files, or
            does not end in ``.json``.
        TemplateError: the file cannot be written.
    """
    from desktop.catalog.templates import Template, TemplateEntry
    from desktop.catalog.templates import write_template as write_template_file
    from desktop.store.outputs import check_outputs  # the guard every writer runs first

    check_outputs([("template", Path(path))], project=session.path)
    catalog = session.catalog
    if isinstance(selection, str):
        std = next((s for s in catalog.standards if s.id == selection), None)
        if std is None:
            raise ValidationError(f"Unknown checklist {selection!r}.",
                                  f"未知的检查表 {selection!r}。")
        chosen = {i.id for i in std.items if i.custom}
    else:
        chosen = {_custom_entry(session, item_id).id for item_id in selection}
        for item_id in list(chosen):
            chosen |= _descendants(session, item_id)
            parent = catalog.item(item_id).parent
            while parent and catalog.has_item(parent) and catalog.item(parent).custom:
                chosen.add(parent)
                parent = catalog.item(parent).parent
    ordered = [i for s in catalog.standards for i in s.items if i.id in chosen]
    if not ordered:
        raise ValidationError("There are no custom entries to save here.",
                              "这里没有可保存的自定义条目。")
    keys: dict[str, str] = {}
    entries = []
    for item in ordered:
        key = _local_key(item.id)
        base, number = key, 1
        while key in keys.values():
            number += 1
            key = f"{base}~{number}"
        keys[item.id] = key
        parent_key = keys.get(item.parent or "")
        entries.append(TemplateEntry(
            key=key, parent=parent_key, under=None if parent_key or not item.parent
            else item.parent, clause=item.clause, kind=item.kind, title=item.title,
            description=item.description))
    root_std = next((catalog.standard(i.standard_id) for i in ordered if i.parent is None), None)
    write_template_file(Path(path), Template(
        checklist_code=root_std.code if root_std else None,
        checklist_title=root_std.title if root_std else None, entries=tuple(entries)))
    return Changes()


def _descendants(session: ProjectSession, item_id: str) -> set[str]:
    found: set[str] = set()
    todo = [item_id]
    while todo:
        for child in _children(session, todo.pop()):
            if child.custom and child.id not in found:
                found.add(child.id)
                todo.append(child.id)
    return found


def apply_template(session: ProjectSession, path: Path, *, name: str | None = None) -> Changes:
    """Add a template's entries to the project: all of them, or none.

    A new custom checklist named ``name`` (default: the template's checklist
    code, else the file name) holds the template's top-level entries and gives
    every new id its unique ``custom:<slug>:`` prefix. Entries ``under`` a
    bundled clause join that standard.

    Raises:
        TemplateError: unreadable or invalid template, or entries under clauses
            of standards this project does not include (all listed; nothing is
            written).
    """
    from desktop.catalog.templates import read_template, template_error

    path = Path(path)
    template = read_template(path)
    known = _project_clauses(session)
    problems: list[tuple[str, str]] = []
    for entry in template.entries:
        if entry.under is not None and entry.under not in known:
            problems.append((f"Entry {entry.key}: clause {entry.under} is not a clause of this "
                             "project's standards",
                             f"条目 {entry.key}：{entry.under} 不是本项目标准中的条款"))
        elif entry.under is not None:
            top = _top(known[entry.under])
            if top.isdigit() and _top(entry.clause) != top:
                problems.append((
                    f"Entry {entry.key}: clause {entry.clause!r} is outside clause {top}",
                    f"条目 {entry.key}：条款号 {entry.clause!r} 不在第 {top} 章内"))
    if problems:
        raise template_error(path, problems)
    label = (name or "").strip() or template.checklist_code or path.stem
    title = template.checklist_title if not (name or "").strip() else None
    rows = [(e.key, e.parent, e.under, e.clause, e.kind, e.title, e.description)
            for e in template.entries]
    backup_before(session, BackupReason.IMPORT)
    return _add_entries(session, label, title, rows)


def _project_clauses(session: ProjectSession) -> dict[str, str]:
    """Clause ids of the project's standards → clause numbers."""
    return {i.id: i.clause for s in session.standards() for i in s.items
            if i.kind is ItemKind.CLAUSE}


_Row = tuple[str, str | None, str | None, str, ItemKind, Text, Text]


def _add_entries(session: ProjectSession, name: str, title: Text | None,
                 rows: Sequence[_Row]) -> Changes:
    """Create checklist ``name`` and add ``rows`` (key, parent key, under, clause, kind,
    title, description) in one transaction."""
    checklist_id = _new_checklist_id(session, name)
    positions = _next_positions(session)
    ids: dict[str, str] = {}
    owners: dict[str, str] = {}
    items = []
    for key, parent_key, under, clause, kind, text, description in rows:
        item_id = f"{checklist_id}:{key}"
        if parent_key is not None:
            parent, owner = ids[parent_key], owners[parent_key]
        elif under is not None:
            parent, owner = under, session.catalog.item(under).standard_id
        else:
            parent, owner = None, checklist_id
        ids[key], owners[key] = item_id, owner
        position = positions.get(owner, 0)
        positions[owner] = position + 1
        items.append(CustomItem(id=item_id, checklist_id=owner, clause=clause, kind=kind,
                                parent=parent, title=text, description=description,
                                position=position))
    with session.store.atomic():
        session.store.add_custom_checklist(_new_checklist(checklist_id, name, title))
        for item in items:
            session.store.put_custom_item(item)
    checklist_items = [i.id for i in items if i.kind.is_checklist]
    return _done(session, checklist_items, created=[checklist_id, *(i.id for i in items)])


# --- Excel import ------------------------------------------------------------------


def import_checklist(
    session: ProjectSession,
    path: Path,
    *,
    name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Changes:
    """Import a checklist workbook (.xlsx) as a new custom checklist: all rows, or none.

    The layout is in docs/reference.md, "Importing a checklist from Excel". Rows under a
    clause of one of the project's standards (``parent`` = e.g.
    ``iso9001-2015:7.1.5``) join that standard; the others form the new
    checklist, named ``name`` (default: the file name without extension).

    Returns:
        Changes with ``custom`` set; ``created`` starts with the checklist id.

    Raises:
        ChecklistImportError: not an xlsx, unreadable, or any bad row (its
            ``problems`` list every one with its Excel row number); nothing is
            written.
        CancelledError: cancelled while reading; nothing is written.
    """
    from desktop.imports.checklist_import import read_checklist

    path = Path(path)
    rows = read_checklist(path, _project_clauses(session), progress=progress,
                          cancelled=cancelled)
    if not rows:
        problem = ImportProblem(2, "", "the sheet has no entries below the header row",
                                "标题行下方没有任何条目")
        raise ChecklistImportError(
            f"The workbook {path.name} cannot be imported: {problem.text('en')}.",
            f"无法导入工作簿 {path.name}：{problem.text('zh')}。", [problem])
    keys = {r.key for r in rows}
    label = (name or "").strip() or path.stem
    backup_before(session, BackupReason.IMPORT)
    return _add_entries(session, label, None, [
        (r.key, r.parent if r.parent in keys else None,
         r.parent if r.parent and r.parent not in keys else None,
         r.clause, r.kind, r.title, r.description) for r in rows])
