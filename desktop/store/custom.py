"""Rows of custom checklists and custom entries to and from domain objects.

Tables ``custom_checklists`` and ``custom_items`` (migration
:func:`~desktop.store.schema.m002_custom_content`). Kinds are stored by
:class:`~desktop.domain.model.ItemKind` value, ``created`` as ISO-8601 UTC text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from desktop.domain.custom import CustomChecklist, CustomItem
from desktop.domain.model import ItemKind, Text
from desktop.store.records import RecordError, datetime_to_text, text_to_datetime

_ITEM_COLUMNS = ("id, checklist_id, clause, kind, parent_id, title_en, title_zh, "
                 "description_en, description_zh, position")


def read_checklists(db: Database) -> list[CustomChecklist]:
    """Return every custom checklist, oldest first.

    Raises:
        RecordError: a malformed creation time.
    """
    rows = db.execute(
        "SELECT id, code, title_en, title_zh, created FROM custom_checklists "
        "ORDER BY created, id").fetchall()
    return [CustomChecklist(id=row[0], code=row[1], title=Text(en=row[2], zh=row[3]),
                            created=text_to_datetime(row[4])) for row in rows]


def insert_checklist(db: Database, checklist: CustomChecklist) -> None:
    """Insert a custom checklist.

    Raises:
        sqlite3.IntegrityError: the id exists or does not start with ``custom:``.
    """
    db.execute(
        "INSERT INTO custom_checklists (id, code, title_en, title_zh, created) "
        "VALUES (?, ?, ?, ?, ?)",
        [checklist.id, checklist.code, checklist.title.en, checklist.title.zh,
         datetime_to_text(checklist.created)])


def delete_checklist(db: Database, checklist_id: str) -> None:
    """Delete a custom checklist, its entries and their states and evidence links.

    Must run inside a transaction. Evidence files stay in the register.
    """
    owned = "SELECT id FROM custom_items WHERE checklist_id = ?"
    db.execute(f"DELETE FROM item_state WHERE item_id IN ({owned})", [checklist_id])
    db.execute(f"DELETE FROM evidence_links WHERE item_id IN ({owned})", [checklist_id])
    db.execute("DELETE FROM custom_items WHERE checklist_id = ?", [checklist_id])
    db.execute("DELETE FROM custom_checklists WHERE id = ?", [checklist_id])


def _item(row: Sequence[Any]) -> CustomItem:
    try:
        kind = ItemKind(row[3])
    except ValueError as exc:
        raise RecordError(f"custom entry {row[0]!r} has an unknown kind {row[3]!r}") from exc
    return CustomItem(id=row[0], checklist_id=row[1], clause=row[2], kind=kind, parent=row[4],
                      title=Text(en=row[5], zh=row[6]),
                      description=Text(en=row[7], zh=row[8]), position=int(row[9]))


def read_items(db: Database) -> list[CustomItem]:
    """Return every custom entry, by standard then position.

    Raises:
        RecordError: an unknown kind.
    """
    rows = db.execute(
        f"SELECT {_ITEM_COLUMNS} FROM custom_items ORDER BY checklist_id, position").fetchall()
    return [_item(row) for row in rows]


def write_item(db: Database, item: CustomItem) -> None:
    """Insert or replace the custom entry ``item.id``.

    Raises:
        sqlite3.IntegrityError: the position is taken in its standard, or a bad id or kind.
    """
    db.execute(
        f"""
        INSERT INTO custom_items ({_ITEM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET
            checklist_id = excluded.checklist_id, clause = excluded.clause,
            kind = excluded.kind, parent_id = excluded.parent_id,
            title_en = excluded.title_en, title_zh = excluded.title_zh,
            description_en = excluded.description_en,
            description_zh = excluded.description_zh, position = excluded.position
        """,
        [item.id, item.checklist_id, item.clause, ItemKind(item.kind).value, item.parent,
         item.title.en, item.title.zh, item.description.en, item.description.zh,
         item.position])


def delete_item(db: Database, item_id: str) -> None:
    """Delete one custom entry row (its state and links are the caller's business)."""
    db.execute("DELETE FROM custom_items WHERE id = ?", [item_id])


def forget_item(db: Database, item_id: str) -> None:
    """Delete the recorded state and every evidence link of ``item_id``.

    Evidence files themselves stay in the register.
    """
    db.execute("DELETE FROM item_state WHERE item_id = ?", [item_id])
    db.execute("DELETE FROM evidence_links WHERE item_id = ?", [item_id])
