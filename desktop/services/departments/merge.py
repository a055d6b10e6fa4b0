"""Merging department workbooks that were edited at the same time (a three-way merge).

Each department workbook records, per item, digests of the item's fields at
export (its *base*). When it comes back, a field counts as changed by the
department only when the workbook's value differs from the base; a field
the department did not touch never overwrites the project. A field that the
department changed and that also changed in the project since the export
(typically by another department's workbook imported before) is a
*conflict*: the preview shows both values and who sent each. What was
imported from which workbook is kept in the project (setting
``department_imports``), so that the same workbook is not imported twice
and a conflict can name the department whose value the project holds.

Field names are :data:`FIELDS`, the values of
:class:`desktop.services.roundtrip.ChangedField`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from desktop.domain.model import ItemState, ItemStatus
from desktop.imports.department_stamp import DepartmentStamp
from desktop.imports.xlsx_roundtrip import RoundTripProblem
from desktop.services.session import ProjectSession

FIELDS = ("status", "justification", "owner", "due_date", "notes")
"""The fields a workbook may change, in the order of the base digests."""

JOURNAL_KEY = "department_imports"
"""Project setting holding the imported department workbooks (a JSON list)."""


def field_value(state: ItemState, name: str) -> Any:
    """The value of field ``name`` of ``state`` (ItemStatus, str or ``date | None``)."""
    return getattr(state, name)


def _normal(name: str, value: Any) -> str:
    if name == "status":
        return ItemStatus(value).value
    if name == "due_date":
        return value.isoformat() if isinstance(value, dt.date) else ""
    return str(value or "").strip()


def digest(name: str, value: Any) -> str:
    """A short digest of one field's value as compared (status by value, text stripped)."""
    return hashlib.sha256(f"{name}\0{_normal(name, value)}".encode()).hexdigest()[:12]


def base_of(state: ItemState) -> str:
    """The base row of an item at export: the digests of :data:`FIELDS`, comma-separated."""
    return ",".join(digest(name, field_value(state, name)) for name in FIELDS)


@dataclass(frozen=True)
class FieldMerge:
    """One field the department changed that differs from the project.

    Attributes:
        name: one of :data:`FIELDS`.
        conflict: the project changed it too since the export.
        old_by: who sent the project's value when it came from another
            department's workbook (its name), else "".
    """

    name: str
    conflict: bool
    old_by: str = ""


@dataclass(frozen=True)
class ItemMerge:
    """The merge of one workbook row into the project's state.

    Attributes:
        fields: the fields to show, in :data:`FIELDS` order (empty: nothing to do).
        after: the state with every field the department changed.
        kept: the state with the department's changes except the conflicting
            fields, which keep the project's values.
    """

    fields: tuple[FieldMerge, ...]
    after: ItemState
    kept: ItemState


def merge_item(before: ItemState, wanted: ItemState, base: str,
               journal: Journal) -> ItemMerge:
    """Merge the workbook's ``wanted`` state of one item into the project's ``before``.

    Args:
        before: the project's state now.
        wanted: the state the workbook's row asks for (every field).
        base: the item's base row from the workbook's stamp; a missing or
            unreadable base counts every differing field as changed by both.
        journal: the project's record of imported department workbooks.
    """
    digests = base.split(",")
    if len(digests) != len(FIELDS):
        digests = [""] * len(FIELDS)
    shown: list[FieldMerge] = []
    changed: dict[str, Any] = {}
    conflicting: set[str] = set()
    for name, base_digest in zip(FIELDS, digests, strict=True):
        new, old = field_value(wanted, name), field_value(before, name)
        if digest(name, new) == base_digest or _normal(name, new) == _normal(name, old):
            continue
        changed[name] = new
        conflict = digest(name, old) != base_digest
        if conflict:
            conflicting.add(name)
        if name == "justification" and not new:
            continue  # cleared with the status; not worth a line
        shown.append(FieldMerge(name, conflict,
                                journal.sender(before.item_id, name, old) if conflict else ""))
    after = replace(before, **changed)
    kept = replace(before, **{k: v for k, v in changed.items() if k not in conflicting})
    after = _consistent(after, before)
    kept = _consistent(kept, before)
    return ItemMerge(fields=tuple(shown), after=after, kept=kept)


def _consistent(state: ItemState, before: ItemState) -> ItemState:
    """Keep "not applicable" justified and other statuses without a justification."""
    if state.status is ItemStatus.NOT_APPLICABLE and not state.justification:
        return replace(state, justification=before.justification)
    if state.status is not ItemStatus.NOT_APPLICABLE and state.justification:
        return replace(state, justification="")
    return state


class Journal:
    """The department workbooks imported into a project (setting :data:`JOURNAL_KEY`).

    Each entry: ``{"export_id", "department_id", "department", "at",
    "fields": {item id: {field: digest of the value sent}}}``, oldest first.
    """

    def __init__(self, entries: Iterable[Mapping[str, Any]]) -> None:
        self.entries = [dict(e) for e in entries if isinstance(e, Mapping)]

    @classmethod
    def load(cls, session: ProjectSession) -> Journal:
        """The project's journal (empty when none was recorded or it is unreadable)."""
        found = session.store.records.setting(JOURNAL_KEY)
        return cls(found if isinstance(found, list) else [])

    def imported(self, export_id: str) -> Mapping[str, Any] | None:
        """The entry of workbook ``export_id`` when it was imported already."""
        return next((e for e in self.entries if export_id and e.get("export_id") == export_id),
                    None)

    def sender(self, item_id: str, name: str, value: Any) -> str:
        """The department whose workbook last sent ``value`` for this field, or ""."""
        wanted = digest(name, value)
        for entry in reversed(self.entries):
            fields = entry.get("fields", {})
            sent = fields.get(item_id, {}) if isinstance(fields, Mapping) else {}
            if isinstance(sent, Mapping) and name in sent:
                return str(entry.get("department", "")) if sent[name] == wanted else ""
        return ""

    def record(self, session: ProjectSession, stamp: DepartmentStamp,
               sent: Mapping[str, Mapping[str, Any]]) -> None:
        """Add the import of ``stamp``'s workbook, with the field values it wrote, and store it.

        Args:
            sent: item id -> {field name: value written}.
        """
        self.entries.append({
            "export_id": stamp.export_id, "department_id": stamp.department_id,
            "department": stamp.department_name,
            "at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            "fields": {item: {n: digest(n, v) for n, v in fields.items()}
                       for item, fields in sent.items()},
        })
        session.store.records.put_setting(JOURNAL_KEY, self.entries)


def stamp_problems(session: ProjectSession, stamp: DepartmentStamp, project_name: str,
                   journal: Journal) -> list[RoundTripProblem]:
    """Blocking problems of a department workbook as a whole: another project, or imported twice.

    Args:
        project_name: what the workbook names as its project (for the message).
    """
    problems: list[RoundTripProblem] = []
    own = session.store.backups.project_id()
    if stamp.project_id != own:
        problems.append(RoundTripProblem(
            "", 0, "",
            f'this is the workbook of {stamp.department_name} from another project '
            f'("{project_name}"); import it into that project',
            f"这是另一个项目（“{project_name}”）中{stamp.department_name}的工作簿，"
            "请导入到那个项目中"))
    done = journal.imported(stamp.export_id)
    if done is not None:
        when = str(done.get("at", ""))[:16].replace("T", " ")
        problems.append(RoundTripProblem(
            "", 0, "",
            f"this workbook of {stamp.department_name} was already imported ({when} UTC); "
            "importing it again would undo later changes. Export a new workbook for the "
            "department if more changes are needed",
            f"{stamp.department_name}的这个工作簿已于 {when}（UTC）导入过；"
            "再次导入会覆盖之后的更改。如需继续修改，请为该部门重新导出工作簿"))
    return problems
