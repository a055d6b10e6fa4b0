"""User actions on the freshness rules a project has in force.

The knowledge base gives each item's freshness rule and whose rule it is
(organization, regulation, certification-body practice). A project may set
another period for an item, put an item's rule out of force, or go back to
the default; the choice is stored in the project file and the session's
catalog is rebuilt, so layers, expiry dates, the item panel and the reports
all use the rule in force.
"""

from __future__ import annotations

from desktop.domain.freshness import (
    FreshnessSetting,
    FreshnessSettingError,
    check_setting,
    project_rule_text,
)
from desktop.domain.model import Freshness, Text
from desktop.errors import ValidationError
from desktop.services.changes import Changes
from desktop.services.session import ProjectSession

__all__ = ["default_rule", "freshness_setting", "project_note", "set_item_freshness"]


def default_rule(session: ProjectSession, item_id: str) -> Freshness | None:
    """The knowledge base's rule of ``item_id`` (before the project's changes), or None.

    Raises:
        ValidationError: ``item_id`` is not a checklist item of the project.
    """
    item = session.checklist_item(item_id)
    if session.bundled.has_item(item.id):
        return session.bundled.item(item.id).freshness
    return item.freshness


def freshness_setting(session: ProjectSession, item_id: str) -> FreshnessSetting:
    """The project's setting for ``item_id`` (the default setting when none is stored).

    Raises:
        CorruptProjectError: a stored setting is malformed.
    """
    return session.store.freshness.all().get(item_id, FreshnessSetting(item_id))


def project_note(session: ProjectSession, item_id: str) -> Text | None:
    """What this project does differently from the default rule of ``item_id``, or None."""
    return project_rule_text(default_rule(session, item_id), freshness_setting(session, item_id))


def set_item_freshness(session: ProjectSession, item_id: str, *, months: int | None = None,
                       in_force: bool = True) -> Changes:
    """Set the freshness rule ``item_id`` has in this project.

    Args:
        item_id: a checklist item of the project with a freshness rule.
        months: the period to use (1-120 months) instead of the default;
            ``None`` keeps the default period.
        in_force: False to stop applying the rule (evidence then does not
            expire by date); ``months`` is then ignored.

    Returns:
        ``Changes(items={item_id}, records={"settings"})``: readiness layers and
        expiry dates may have changed.

    Raises:
        ValidationError: not a checklist item of the project, it has no rule,
            or the period is not possible (English and Chinese).
    """
    setting = FreshnessSetting(item_id, None if not in_force else months, in_force)
    try:
        check_setting(default_rule(session, item_id), setting)
    except FreshnessSettingError as exc:
        raise ValidationError(exc.en, exc.zh) from exc
    session.store.freshness.put(setting)
    session.reload_custom()
    return Changes(items=frozenset({item_id}), records=frozenset({"settings"}))
