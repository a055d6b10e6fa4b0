"""The project's own freshness rules (table ``freshness_settings``), as domain objects.

:class:`FreshnessSettings` reads and writes the table of migration
:func:`~desktop.store.schema.m004_freshness_settings`: one row per checklist
item whose freshness rule the project changed (another period, or the rule
not in force). It is reached as ``store.freshness`` of an open
:class:`~desktop.store.project.ProjectStore`; reads run inside the store's
error guard, writes inside its transaction block, so failures come out as the
store's user errors and a malformed row as ``CorruptProjectError``.
"""

from __future__ import annotations

from typing import Any

from desktop.domain.freshness import MAX_MONTHS, FreshnessSetting
from desktop.store.records import RecordError
from desktop.store.row_group import RowGroup


def _setting(row: Any) -> FreshnessSetting:
    item_id, months, in_force = row
    if not isinstance(item_id, str) or not item_id:
        raise RecordError(f"table freshness_settings, row {item_id!r}: item_id is not text")
    if months is not None and (not isinstance(months, int) or not 1 <= months <= MAX_MONTHS):
        raise RecordError(f"table freshness_settings, row {item_id}: months {months!r} "
                          f"is not 1-{MAX_MONTHS}")
    if in_force not in (0, 1):
        raise RecordError(f"table freshness_settings, row {item_id}: in_force is not 0 or 1")
    return FreshnessSetting(item_id=item_id, months=months, in_force=bool(in_force))


class FreshnessSettings(RowGroup):
    """The freshness settings of one open project (``store.freshness``).

    Make it through :class:`~desktop.store.project.ProjectStore`, never directly.

    Args:
        db: the store's database.
        guard: the store's error guard (translates errors, no transaction).
        atomic: the store's transaction block.
    """

    def all(self) -> dict[str, FreshnessSetting]:
        """Every stored setting by item id.

        Raises:
            CorruptProjectError: a stored row is malformed.
        """
        with self._guard():
            rows = self._db.execute(
                "SELECT item_id, months, in_force FROM freshness_settings ORDER BY item_id"
            ).fetchall()
            found = [_setting(row) for row in rows]
        return {s.item_id: s for s in found}

    def put(self, setting: FreshnessSetting) -> None:
        """Store ``setting``; a setting that changes nothing removes the item's row.

        Raises:
            StorageFullError, ProjectWriteError, ProjectLockedError: not saved.
        """
        with self._atomic():
            self._db.execute("DELETE FROM freshness_settings WHERE item_id = ?",
                             [setting.item_id])
            if not setting.is_default:
                self._db.execute(
                    "INSERT INTO freshness_settings (item_id, months, in_force) VALUES (?, ?, ?)",
                    [setting.item_id, setting.months, int(setting.in_force)])
