"""The Excel round trip: preview what a client's filled-in workbook would change, then apply it.

A consultant exports the checklist workbook (``desktop.reports.xlsx.xlsx``), the
client fills in status, owner, due dates, notes and "not applicable"
justifications, and the workbook comes back. :func:`preview_roundtrip`
compares every row with the open project and lists each changed field
(old → new), the conflicts (items changed in the project since the export)
and every problem with its sheet, row and column. :func:`apply_roundtrip`
writes the accepted changes in one transaction, or nothing.

A department's workbook (:mod:`desktop.services.departments.workbooks`) is
merged field by field against what it held at export
(:mod:`desktop.services.departments.merge`): fields the department did not
touch are left alone, a field changed both by the department and in the
project since the export is a conflict naming who sent each value; one from
another project or imported before is refused.

Rules: a "not applicable" status needs a justification (ISO 9001:2015 4.3,
ISO 14001:2015 4.3 and ISO 45001:2018 4.3 require non-applicability to be
justified); owners and justifications are compared without surrounding
spaces, notes without surrounding blank space; a conflict is kept as the
project has it unless the user chooses the workbook's value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Set
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.domain.model import ItemState, ItemStatus, Text
from desktop.errors import ValidationError
from desktop.imports.department_stamp import DepartmentStamp, read_department_stamp
from desktop.imports.xlsx_roundtrip import (
    COL_ID,
    COL_JUSTIFICATION,
    RoundTripProblem,
    WorkbookRow,
    read_roundtrip,
)
from desktop.services.backups import BackupReason, backup_before
from desktop.services.changes import Changes
from desktop.services.departments.merge import Journal, merge_item, stamp_problems
from desktop.services.session import ProjectSession

__all__ = ["ChangedField", "FieldChange", "ItemChange", "RoundTripPreview",
           "RoundTripProblem", "apply_roundtrip", "preview_roundtrip"]


class ChangedField(StrEnum):
    """A field of a checklist item the workbook may change."""

    STATUS = "status"
    JUSTIFICATION = "justification"
    OWNER = "owner"
    DUE_DATE = "due_date"
    NOTES = "notes"

    @property
    def label(self) -> Text:
        """The field's name for the user, e.g. Text("Due date", "截止日期")."""
        return _FIELD_LABELS[self]


_FIELD_LABELS = {
    ChangedField.STATUS: Text("Status", "状态"),
    ChangedField.JUSTIFICATION: Text("N/A justification", "不适用理由"),
    ChangedField.OWNER: Text("Owner", "负责人"),
    ChangedField.DUE_DATE: Text("Due date", "截止日期"),
    ChangedField.NOTES: Text("Notes", "备注"),
}


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one item, as the project has it and as the workbook has it.

    Attributes:
        field: which field.
        old: the project's value (ItemStatus, str, or ``datetime.date | None``).
        new: the workbook's value, same type.
        conflict: (department workbooks) the project changed this field too
            since the export.
        old_by: (department workbooks) the department whose workbook sent the
            project's value, "" when it was entered in the project.
    """

    field: ChangedField
    old: Any
    new: Any
    conflict: bool = False
    old_by: str = ""

    def old_text(self, lang: str) -> str:
        """The project's value for display, e.g. "◐ In progress", "2026-03-31", "" (empty)."""
        return _shown(self.old, lang)

    def new_text(self, lang: str) -> str:
        """The workbook's value for display, like :meth:`old_text`."""
        return _shown(self.new, lang)


def _shown(value: Any, lang: str) -> str:
    if isinstance(value, ItemStatus):
        return f"{value.symbol} {value.label.get(lang)}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


@dataclass(frozen=True, slots=True)
class ItemChange:
    """What the workbook changes on one checklist item.

    Attributes:
        item_id: the checklist item.
        sheet, row: where its row is in the workbook.
        clause: the item's clause number, e.g. "7.1.5".
        title: the item's requirement text.
        standard: the standard's label, e.g. "ISO 9001:2015".
        fields: the changed fields, in status, justification, owner, due date,
            notes order (never empty).
        conflict: True when the item changed in the project since the export
            (its ``updated_at`` differs from the row's Stamp).
        before: the project's state when previewed.
        after: the state the workbook asks for (``updated_at`` is set on apply).
        kept: (department workbooks) the state written when the project keeps
            its values in a conflict: the department's other changes still apply.
    """

    item_id: str
    sheet: str
    row: int
    clause: str
    title: Text
    standard: str
    fields: tuple[FieldChange, ...]
    conflict: bool
    before: ItemState
    after: ItemState
    kept: ItemState | None = None


@dataclass(frozen=True, slots=True)
class RoundTripPreview:
    """Everything a returned workbook would change, for the user to confirm.

    Attributes:
        source: the workbook.
        project: the project file previewed against.
        items: the items with changes, in sheet then row order.
        problems: errors (``blocking``) and notes, in sheet then row order.
        stamp: the department the workbook was made for, None for a full
            project workbook.
    """

    source: Path
    project: Path
    items: tuple[ItemChange, ...]
    problems: tuple[RoundTripProblem, ...]
    stamp: DepartmentStamp | None = None

    @property
    def sender(self) -> str:
        """The department the workbook comes from ("" for a full project workbook)."""
        return self.stamp.department_name if self.stamp is not None else ""

    @property
    def errors(self) -> tuple[RoundTripProblem, ...]:
        """The problems that block applying."""
        return tuple(p for p in self.problems if p.blocking)

    @property
    def notes(self) -> tuple[RoundTripProblem, ...]:
        """The problems that are only worth knowing (extra or renamed sheets)."""
        return tuple(p for p in self.problems if not p.blocking)

    @property
    def blocked(self) -> bool:
        """True when any error remains: :func:`apply_roundtrip` then writes nothing."""
        return any(p.blocking for p in self.problems)

    @property
    def conflicts(self) -> frozenset[str]:
        """Ids of the items changed in the project since the export."""
        return frozenset(c.item_id for c in self.items if c.conflict)

    def accepted(self, take_workbook_for: Set[str]) -> tuple[ItemChange, ...]:
        """The changes applied when the workbook wins the conflicts in ``take_workbook_for``.

        A conflicting item of a department workbook that keeps the project's
        values still applies the department's other fields (``kept``).
        """
        return tuple(c for c in self.items
                     if not c.conflict or c.item_id in take_workbook_for
                     or (c.kept is not None and c.kept != c.before))

    def target(self, change: ItemChange, take_workbook_for: Set[str]) -> ItemState:
        """The state ``change`` writes given the conflicts the workbook wins."""
        if not change.conflict or change.item_id in take_workbook_for or change.kept is None:
            return change.after
        return change.kept


def preview_roundtrip(session: ProjectSession, path: Path) -> RoundTripPreview:
    """Compare the returned workbook ``path`` with the open project; nothing is written.

    Problems added here besides the reader's (all blocking, with their row):
    an ID that is unknown or altered, a clause heading's ID, an item of a
    standard the project does not include, and "not applicable" without a
    justification. A workbook exported from another project gives a note.

    Raises:
        ChecklistImportError: the file is not a readable workbook exported by
            AuditReady (see :func:`desktop.imports.xlsx_roundtrip.read_roundtrip`).
        CorruptProjectError: a stored item state is malformed.
    """
    workbook = read_roundtrip(path)
    problems = list(workbook.problems)
    stamp = read_department_stamp(path)
    journal = Journal.load(session)
    if stamp is not None:
        problems[:0] = stamp_problems(session, stamp, workbook.meta.project, journal)
    project_names = {session.path.name, session.path.stem, session.store.profile().name}
    if stamp is None and workbook.meta.project and workbook.meta.project not in project_names:
        problems.insert(0, RoundTripProblem(
            "", 0, "", f"the workbook was exported from another project "
            f'("{workbook.meta.project}"); check the changes carefully',
            f"该工作簿导出自另一个项目（“{workbook.meta.project}”），请仔细核对变更",
            blocking=False))
    standards = {s.id: s for s in session.standards()}
    states = session.store.item_states()
    items: list[ItemChange] = []
    for row in workbook.rows:
        problem = _row_problem(session, standards, row)
        if problem is not None:
            problems.append(problem)
            continue
        if not row.valid or row.status is None:
            continue
        before = states.get(row.item_id, ItemState(row.item_id))
        change = (_change(session, row, before) if stamp is None
                  else _merged_change(session, row, before, stamp, journal))
        if change is not None:
            items.append(change)
    problems.sort(key=lambda p: (p.sheet != "", _sheet_order(workbook.meta.sheets, p.sheet),
                                 p.row))
    return RoundTripPreview(source=workbook.path, project=session.path, items=tuple(items),
                            problems=tuple(problems), stamp=stamp)


def apply_roundtrip(session: ProjectSession, preview: RoundTripPreview,
                    take_workbook_for: Set[str]) -> Changes:
    """Write every accepted change of ``preview`` in one transaction.

    Args:
        preview: from :func:`preview_roundtrip` on this project.
        take_workbook_for: ids of conflicting items where the workbook's
            values replace the project's; other conflicts keep the project's.

    Returns:
        ``Changes(items=...)`` naming every item written.

    Raises:
        ValidationError: the preview has errors, belongs to another project,
            or an item changed after the preview (import the workbook again);
            nothing was written.
        StorageFullError, ProjectWriteError: the write failed; nothing was written.
    """
    if preview.blocked:
        count = len(preview.errors)
        raise ValidationError(
            f"The workbook has {count} error(s); correct them and import it again. "
            "Nothing was changed.", f"工作簿中有 {count} 处错误，请更正后重新导入。未作任何更改。")
    if preview.project != session.path:
        raise ValidationError("The preview belongs to another project; import the workbook "
                              "again.", "该预览属于另一个项目，请重新导入工作簿。")
    accepted = preview.accepted(take_workbook_for)
    store = session.store
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    backup_before(session, BackupReason.IMPORT)
    sent: dict[str, dict[str, Any]] = {}
    with store.atomic():
        if preview.stamp is not None and Journal.load(session).imported(preview.stamp.export_id):
            raise ValidationError(
                "This workbook was imported already; nothing was changed.",
                "该工作簿已导入过，未作任何更改。")
        for change in accepted:
            session.checklist_item(change.item_id)
            if store.item_state(change.item_id) != change.before:
                raise ValidationError(
                    f"Item {change.clause} {change.title.en} changed after the preview; "
                    "import the workbook again. Nothing was changed.",
                    f"检查项 {change.clause} {change.title.zh} 在预览之后又有变更，"
                    "请重新导入工作簿。未作任何更改。")
            target = preview.target(change, take_workbook_for)
            store.put_item_state(replace(target, updated_at=now))
            sent[change.item_id] = {f.field.value: f.new for f in change.fields
                                    if getattr(target, f.field.value) == f.new}
        if preview.stamp is not None:
            Journal.load(session).record(session, preview.stamp, sent)
    return Changes(items=frozenset(c.item_id for c in accepted))


def _sheet_order(sheets: tuple[str, ...], sheet: str) -> int:
    return sheets.index(sheet) if sheet in sheets else len(sheets)


def _row_problem(session: ProjectSession, standards: dict[str, Any],
                 row: WorkbookRow) -> RoundTripProblem | None:
    """The blocking problem of a row's ID or justification, or None."""
    def problem(column: str, en: str, zh: str) -> RoundTripProblem:
        return RoundTripProblem(row.sheet, row.row, column, en, zh)

    if not session.catalog.has_item(row.item_id):
        return problem(COL_ID, f"unknown ID {row.item_id}: it was changed or does not come "
                       "from this project; restore the exported ID",
                       f"未知的 ID {row.item_id}：已被改动或不属于本项目，请恢复导出时的 ID")
    item = session.catalog.item(row.item_id)
    if not item.kind.is_checklist:
        return problem(COL_ID, f"{row.item_id} is a clause heading, not a checklist item",
                       f"{row.item_id} 是条款标题，不是检查项")
    if item.standard_id not in standards:
        label = session.catalog.standard(item.standard_id).label
        return problem(COL_ID, f"{row.item_id} belongs to {label}, which this project does "
                       "not include", f"{row.item_id} 属于 {label}，本项目不包含该标准")
    if row.status is ItemStatus.NOT_APPLICABLE and not row.justification:
        return problem(COL_JUSTIFICATION, '"Not applicable" needs a justification: say why '
                       "this requirement does not apply to the organization",
                       "选择“不适用”时必须填写理由：说明该要求为何不适用于本组织")
    return None


def _change(session: ProjectSession, row: WorkbookRow, before: ItemState) -> ItemChange | None:
    """The item's changes from ``row`` (valid, known item), or None when nothing differs."""
    assert row.status is not None
    justification = row.justification if row.status is ItemStatus.NOT_APPLICABLE else ""
    notes = before.notes if row.notes.strip() == before.notes.strip() else row.notes
    after = replace(before, status=row.status, justification=justification,
                    owner=row.owner, due_date=row.due_date, notes=notes)
    fields: list[FieldChange] = []
    if after.status is not before.status:
        fields.append(FieldChange(ChangedField.STATUS, before.status, after.status))
    if after.justification != before.justification and after.justification:
        fields.append(FieldChange(ChangedField.JUSTIFICATION, before.justification,
                                  after.justification))
    if after.owner != before.owner:
        fields.append(FieldChange(ChangedField.OWNER, before.owner, after.owner))
    if after.due_date != before.due_date:
        fields.append(FieldChange(ChangedField.DUE_DATE, before.due_date, after.due_date))
    if after.notes != before.notes:
        fields.append(FieldChange(ChangedField.NOTES, before.notes, after.notes))
    if not fields:
        return None
    item = session.catalog.item(row.item_id)
    return ItemChange(
        item_id=row.item_id, sheet=row.sheet, row=row.row, clause=item.clause,
        title=item.title, standard=session.catalog.standard(item.standard_id).label,
        fields=tuple(fields), conflict=_changed_since_export(row, before),
        before=before, after=after)


def _merged_change(session: ProjectSession, row: WorkbookRow, before: ItemState,
                   stamp: DepartmentStamp, journal: Journal) -> ItemChange | None:
    """The changes of a department workbook's row, merged against its base at export."""
    assert row.status is not None
    justification = row.justification if row.status is ItemStatus.NOT_APPLICABLE else ""
    wanted = replace(before, status=row.status, justification=justification,
                     owner=row.owner, due_date=row.due_date, notes=row.notes)
    merged = merge_item(before, wanted, stamp.base.get(row.item_id, ""), journal)
    if not merged.fields:
        return None
    item = session.catalog.item(row.item_id)
    fields = tuple(FieldChange(ChangedField(f.name), getattr(before, f.name),
                               getattr(merged.after, f.name), f.conflict, f.old_by)
                   for f in merged.fields)
    return ItemChange(
        item_id=row.item_id, sheet=row.sheet, row=row.row, clause=item.clause,
        title=item.title, standard=session.catalog.standard(item.standard_id).label,
        fields=fields, conflict=any(f.conflict for f in fields), before=before,
        after=merged.after, kept=merged.kept)


def _changed_since_export(row: WorkbookRow, before: ItemState) -> bool:
    """True when the project's ``updated_at`` differs from the row's Stamp (to the second)."""
    if not row.stamp_readable:
        return True
    if before.updated_at is None or row.stamp is None:
        return (before.updated_at is None) != (row.stamp is None)
    return _second(before.updated_at) != _second(row.stamp)


def _second(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).replace(microsecond=0)
