"""User actions on checklist items: status, owner, due date, notes.

Each function is one user action, runs in one transaction and returns
:class:`Changes`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from desktop.domain.model import ItemState, ItemStatus
from desktop.errors import ValidationError
from desktop.services.changes import Changes
from desktop.services.session import ProjectSession

#: Marks an argument that was not given (``None`` is a value: "clear the date").
UNSET = object()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def set_item_status(
    session: ProjectSession, item_id: str, status: ItemStatus, justification: str = ""
) -> Changes:
    """Set the status of one checklist item.

    Args:
        item_id: a checklist item of one of the project's standards.
        status: the new status.
        justification: why the item does not apply; required and kept only
            for :attr:`ItemStatus.NOT_APPLICABLE` (ISO 9001:2015 4.3 requires
            a justification for any requirement determined not applicable).

    Raises:
        ValidationError: unknown item, or "not applicable" with a blank justification.
    """
    session.checklist_item(item_id)
    status = ItemStatus(status)
    justification = justification.strip()
    if status is ItemStatus.NOT_APPLICABLE and not justification:
        raise ValidationError(
            '"Not applicable" needs a justification: say why this requirement '
            "does not apply to your organization.",
            "选择“不适用”时必须填写理由：说明该要求为何不适用于本组织。",
        )
    if status is not ItemStatus.NOT_APPLICABLE:
        justification = ""
    store = session.store
    with store.atomic():
        old = store.item_state(item_id)
        if old.status is status and old.justification == justification:
            return Changes()
        store.put_item_state(
            replace(old, status=status, justification=justification, updated_at=_now())
        )
    return Changes(items=frozenset({item_id}))


def update_item_details(
    session: ProjectSession,
    item_id: str,
    *,
    owner: str | None = None,
    due_date: dt.date | object | None = UNSET,
    notes: str | None = None,
) -> Changes:
    """Change owner, due date and/or notes of one checklist item.

    Arguments left out are kept; ``due_date=None`` clears the date.

    Raises:
        ValidationError: unknown item or a due date that is not a date.
    """
    session.checklist_item(item_id)
    if due_date is not UNSET and due_date is not None and not isinstance(due_date, dt.date):
        raise ValidationError("The due date is not a valid date.", "截止日期不是有效日期。")
    store = session.store
    with store.atomic():
        old: ItemState = store.item_state(item_id)
        new = old
        if owner is not None:
            new = replace(new, owner=owner.strip())
        if due_date is not UNSET:
            new = replace(new, due_date=due_date)  # type: ignore[arg-type]
        if notes is not None:
            new = replace(new, notes=notes)
        if new == old:
            return Changes()
        store.put_item_state(replace(new, updated_at=_now()))
    return Changes(items=frozenset({item_id}))
