"""Rows of the project file to and from domain objects: profile, standards, item state.

Formats on disk: dates are ISO-8601 text (``"2025-03-31"``), date-times are
ISO-8601 UTC text with microseconds (``"2025-03-31T08:15:00.000000+00:00"``, so
text order is time order), statuses are :class:`~desktop.domain.model.ItemStatus`
values and the list of sites is a JSON array of strings.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from desktop.domain.model import CompanyProfile, ItemState, ItemStatus


class RecordError(ValueError):
    """A row in the project file does not hold what the schema promises (damaged data)."""


def now_utc() -> dt.datetime:
    """Return the current time as an aware UTC date-time."""
    return dt.datetime.now(dt.UTC)


def datetime_to_text(value: dt.datetime) -> str:
    """Return ``value`` as fixed-width ISO-8601 UTC text; naive values are taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")


def text_to_datetime(text: str) -> dt.datetime:
    """Parse text written by :func:`datetime_to_text` into an aware UTC date-time.

    Raises:
        RecordError: the text is not an ISO-8601 date-time.
    """
    try:
        value = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError) as exc:
        raise RecordError(f"bad date-time {text!r}") from exc
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def _text_to_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError) as exc:
        raise RecordError(f"bad date {text!r}") from exc


# --- profile -----------------------------------------------------------------


_SIGNATORY_COLUMNS = ("preparer", "preparer_title", "approver", "approver_title")
"""Profile columns added by migration m006 (who prepares and approves the reports)."""


def write_profile(db: Database, profile: CompanyProfile) -> None:
    """Insert or replace the single profile row with ``profile``.

    The preparer and approver (schema version 6 on) are written by a second
    statement, which a file of an older schema version skips when the
    profile has none of them (test fixtures build such files).

    Raises:
        sqlite3.Error: from SQLite; the caller translates it.
    """
    db.execute(
        """
        INSERT INTO profile (id, name, address, sites, headcount, scope)
        VALUES (1, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET
            name = excluded.name, address = excluded.address, sites = excluded.sites,
            headcount = excluded.headcount, scope = excluded.scope
        """,
        [
            profile.name,
            profile.address,
            json.dumps(list(profile.sites), ensure_ascii=False),
            profile.headcount,
            profile.scope,
        ],
    )
    values = [getattr(profile, column) for column in _SIGNATORY_COLUMNS]
    if any(values) or _has_signatory_columns(db):
        assignments = ", ".join(f"{column} = ?" for column in _SIGNATORY_COLUMNS)
        db.execute(f"UPDATE profile SET {assignments} WHERE id = 1", values)


def _has_signatory_columns(db: Database) -> bool:
    columns = {row[1] for row in db.execute("PRAGMA table_info(profile)").fetchall()}
    return set(_SIGNATORY_COLUMNS) <= columns


def read_profile(db: Database) -> CompanyProfile:
    """Return the profile stored in the project.

    Raises:
        RecordError: the row is missing or its sites are not a JSON list of strings.
    """
    row = db.execute(
        "SELECT name, address, sites, headcount, scope, "
        f"{', '.join(_SIGNATORY_COLUMNS)} FROM profile WHERE id = 1"
    ).fetchone()
    if row is None:
        raise RecordError("the company profile is missing")
    name, address, sites_json, headcount, scope, *signatories = row
    try:
        sites: Any = json.loads(sites_json)
    except (TypeError, ValueError) as exc:
        raise RecordError("the list of sites is not valid JSON") from exc
    if not isinstance(sites, list) or not all(isinstance(s, str) for s in sites):
        raise RecordError("the list of sites is not a list of text")
    preparer, preparer_title, approver, approver_title = (str(x) for x in signatories)
    return CompanyProfile(
        name=name, address=address, sites=tuple(sites), headcount=int(headcount), scope=scope,
        preparer=preparer, preparer_title=preparer_title, approver=approver,
        approver_title=approver_title,
    )


# --- standards ---------------------------------------------------------------


def write_standard_ids(db: Database, ids: Sequence[str]) -> None:
    """Replace the chosen standards with ``ids``, keeping their order.

    Must run inside a transaction (it deletes, then inserts).

    Raises:
        TypeError: ``ids`` is a single string rather than a sequence of them.
        ValueError: an id appears twice.
        sqlite3.Error: from SQLite; the caller translates it.
    """
    if isinstance(ids, str):
        raise TypeError("standard ids must be a sequence of strings, not one string")
    if len(set(ids)) != len(ids):
        raise ValueError(f"duplicate standard ids in {list(ids)!r}")
    db.execute("DELETE FROM standards")
    for position, standard_id in enumerate(ids):
        db.execute(
            "INSERT INTO standards (standard_id, position) VALUES (?, ?)",
            [standard_id, position],
        )


def read_standard_ids(db: Database) -> tuple[str, ...]:
    """Return the chosen standard ids in display order."""
    rows = db.execute("SELECT standard_id FROM standards ORDER BY position").fetchall()
    return tuple(row[0] for row in rows)


# --- item state --------------------------------------------------------------

_ITEM_COLUMNS = "item_id, status, justification, owner, due_date, notes, updated_at"


def write_item_state(db: Database, state: ItemState) -> None:
    """Insert or replace the row for ``state.item_id``.

    ``updated_at`` is stored as given; None is stored as the current UTC time.

    Raises:
        sqlite3.Error: from SQLite; the caller translates it.
    """
    updated_at = state.updated_at if state.updated_at is not None else now_utc()
    db.execute(
        f"""
        INSERT INTO item_state ({_ITEM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (item_id) DO UPDATE SET
            status = excluded.status, justification = excluded.justification,
            owner = excluded.owner, due_date = excluded.due_date, notes = excluded.notes,
            updated_at = excluded.updated_at
        """,
        [
            state.item_id,
            ItemStatus(state.status).value,
            state.justification,
            state.owner,
            state.due_date.isoformat() if state.due_date is not None else None,
            state.notes,
            datetime_to_text(updated_at),
        ],
    )


def _item_state_from_row(row: Sequence[Any]) -> ItemState:
    item_id, status, justification, owner, due_date, notes, updated_at = row
    try:
        status_value = ItemStatus(status)
    except ValueError as exc:
        raise RecordError(f"item {item_id!r} has an unknown status {status!r}") from exc
    return ItemState(
        item_id=item_id,
        status=status_value,
        justification=justification,
        owner=owner,
        due_date=_text_to_date(due_date),
        notes=notes,
        updated_at=text_to_datetime(updated_at) if updated_at is not None else None,
    )


def read_item_states(db: Database) -> dict[str, ItemState]:
    """Return every stored item state keyed by item id.

    Raises:
        RecordError: a row holds an unknown status or a malformed date.
    """
    rows = db.execute(f"SELECT {_ITEM_COLUMNS} FROM item_state ORDER BY item_id").fetchall()
    return {row[0]: _item_state_from_row(row) for row in rows}


def read_item_state(db: Database, item_id: str) -> ItemState | None:
    """Return the stored state of ``item_id``, or None when nothing was recorded.

    Raises:
        RecordError: the row holds an unknown status or a malformed date.
    """
    row = db.execute(
        f"SELECT {_ITEM_COLUMNS} FROM item_state WHERE item_id = ?", [item_id]
    ).fetchone()
    return None if row is None else _item_state_from_row(row)
