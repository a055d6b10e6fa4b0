"""User actions in the integrated (三体系) view: one action reaches every standard.

A shared requirement stands for its targets in the project's standards (see
:mod:`desktop.domain.integrated`). Each function here is one user action in
one transaction and returns :class:`Changes` naming every target touched.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.domain.custom import CUSTOM_SYSTEM
from desktop.domain.integrated import IntegratedGroup, IntegratedItem, integrated_items
from desktop.domain.integrated import integrated_view as build_view
from desktop.domain.model import ItemStatus, Standard
from desktop.errors import ValidationError
from desktop.services.changes import Changes
from desktop.services.evidence import Cancelled, Progress, attach_evidence
from desktop.services.items import UNSET, set_item_status, update_item_details
from desktop.services.session import ProjectSession


def _bundled_standards(session: ProjectSession) -> tuple[Standard, ...]:
    """The project's standards without its custom checklists (they have no HS clauses).

    Custom entries added under a bundled standard's clauses stay in its view.
    """
    return tuple(s for s in session.standards() if s.system != CUSTOM_SYSTEM)


def integrated_view(session: ProjectSession) -> tuple[IntegratedGroup, ...]:
    """The integrated tree of the project (clauses 4 to 10)."""
    return build_view(session.catalog, _bundled_standards(session))


def integrated_item(session: ProjectSession, shared_id: str) -> IntegratedItem:
    """Return the shared requirement ``shared_id`` as it applies to this project.

    Raises:
        ValidationError: unknown id, or it applies to fewer than two of the
            project's standards.
    """
    for item in integrated_items(session.catalog, _bundled_standards(session)):
        if item.id == shared_id:
            return item
    raise ValidationError(
        f"{shared_id!r} is not an integrated item of this project's standards.",
        f"{shared_id!r} 不是本项目所选标准的整合检查项。")


def set_shared_status(
    session: ProjectSession, shared_id: str, status: ItemStatus, justification: str = ""
) -> Changes:
    """Set the status of every target of a shared requirement, in one transaction.

    Raises:
        ValidationError: unknown shared item, or "not applicable" without a
            justification (nothing is changed).
    """
    targets = integrated_item(session, shared_id).targets
    changed: set[str] = set()
    with session.store.atomic():
        for target in targets:
            changed |= set_item_status(session, target.id, status, justification).items
    return Changes(items=frozenset(changed))


def update_shared_details(
    session: ProjectSession,
    shared_id: str,
    *,
    owner: str | None = None,
    due_date: dt.date | object | None = UNSET,
    notes: str | None = None,
) -> Changes:
    """Set owner, due date and/or notes on every target, in one transaction.

    Raises:
        ValidationError: unknown shared item or a bad date.
    """
    targets = integrated_item(session, shared_id).targets
    changed: set[str] = set()
    with session.store.atomic():
        for target in targets:
            changed |= update_item_details(session, target.id, owner=owner,
                                           due_date=due_date, notes=notes).items
    return Changes(items=frozenset(changed))


def attach_shared_evidence(
    session: ProjectSession,
    shared_id: str,
    source: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Changes:
    """Store ``source`` once and link it to every target of the shared requirement.

    The file then counts as evidence for each standard it serves.

    Raises:
        ValidationError, EvidenceError, StorageFullError, CancelledError:
            as :func:`desktop.services.evidence.attach_evidence`.
    """
    targets = [t.id for t in integrated_item(session, shared_id).targets]
    return attach_evidence(session, targets, source, progress=progress, cancelled=cancelled)
