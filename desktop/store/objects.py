"""The schema objects a project file may hold, and how a file's objects are compared with them.

A project file arrives from clients and colleagues by e-mail or USB stick, so
its schema is untrusted: a foreign trigger (``AFTER UPDATE ON item_state ...
DELETE FROM evidence``) would run on the next ordinary change. A file opens
only when ``sqlite_master`` holds exactly the tables, indexes, triggers and
views that the migrations of its schema version create.

The expected list is not written down by hand: :func:`expected_objects` runs
the first *n* migration steps on an in-memory database once per version and
caches what ``sqlite_master`` then holds, so the migrations stay the only
definition of the schema. SQL text is compared after :func:`normalise_sql`
(comments, white space, identifier quoting and keyword case removed), so that
a different sqlite-utils quoting style is not mistaken for a foreign object.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.store.schema import Schema

_TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<line_comment>--[^\n]*)
    | (?P<block_comment>/\*.*?(?:\*/|\Z))
    | (?P<string>'(?:[^']|'')*')
    | (?P<dquoted>"(?:[^"]|"")*")
    | (?P<bracketed>\[[^\]]*\])
    | (?P<backquoted>`(?:[^`]|``)*`)
    | (?P<word>[A-Za-z_][A-Za-z0-9_$]*)
    | (?P<number>[0-9][0-9A-Za-z_.]*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def normalise_sql(sql: str | None) -> str:
    """Return ``sql`` as space-separated tokens, for comparing two CREATE statements.

    Comments and white space are dropped, quoted identifiers (``"x"``, ``[x]``,
    ```x```) are unquoted, and identifiers and keywords are lower-cased; string
    literals are kept exactly. ``None`` (automatic indexes have no SQL) gives "".
    """
    if sql is None:
        return ""
    tokens: list[str] = []
    for match in _TOKEN.finditer(sql):
        kind = match.lastgroup
        text = match.group()
        if kind in ("space", "line_comment", "block_comment"):
            continue
        if kind == "dquoted":
            text = text[1:-1].replace('""', '"').lower()
        elif kind == "bracketed":
            text = text[1:-1].lower()
        elif kind == "backquoted":
            text = text[1:-1].replace("``", "`").lower()
        elif kind == "word":
            text = text.lower()
        tokens.append(text)
    return " ".join(tokens)


@dataclass(frozen=True, order=True)
class SchemaObject:
    """One row of ``sqlite_master``, with its SQL normalised.

    Attributes:
        type: "table", "index", "trigger" or "view".
        name: the object's name, e.g. ``"evidence_links_by_item"``.
        table: the table it belongs to (``tbl_name``); a table's own name for a table.
        sql: :func:`normalise_sql` of its CREATE statement ("" for automatic indexes).
    """

    type: str
    name: str
    table: str
    sql: str

    def label(self) -> str:
        """Short description for messages, e.g. ``trigger "wipe" on item_state``."""
        if self.type in ("table", "view") or self.table == self.name:
            return f'{self.type} "{self.name}"'
        return f'{self.type} "{self.name}" on {self.table}'

    def label_zh(self) -> str:
        """The same in Chinese, e.g. ``表 item_state 上的触发器“wipe”``."""
        kind = _TYPES_ZH.get(self.type, self.type)
        if self.type in ("table", "view") or self.table == self.name:
            return f"{kind}“{self.name}”"
        return f"表 {self.table} 上的{kind}“{self.name}”"


_TYPES_ZH = {"table": "表", "index": "索引", "trigger": "触发器", "view": "视图"}


def read_objects(conn: sqlite3.Connection) -> frozenset[SchemaObject]:
    """Return every object listed in ``sqlite_master`` of the main database of ``conn``.

    Raises:
        sqlite3.Error: the schema cannot be read (damaged file).
    """
    return read_objects_of(conn, "main")


def read_objects_of(conn: sqlite3.Connection, schema_name: str) -> frozenset[SchemaObject]:
    """Like :func:`read_objects` for the attached database ``schema_name`` (e.g. "src")."""
    rows = conn.execute(
        f'SELECT type, name, tbl_name, sql FROM "{schema_name}".sqlite_master'
    ).fetchall()
    return frozenset(
        SchemaObject(str(kind), str(name), str(table), normalise_sql(sql))
        for kind, name, table, sql in rows
    )


@functools.cache
def expected_objects(schema: Schema, version: int) -> frozenset[SchemaObject]:
    """Return the objects that the first ``version`` migration steps of ``schema`` create.

    Computed once per (schema, version) by migrating an empty in-memory database.

    Raises:
        ValueError: ``version`` is not between 1 and ``schema.version``.
    """
    if not 1 <= version <= schema.version:
        raise ValueError(f"schema version {version} outside 1..{schema.version}")
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        Schema(steps=schema.steps[:version]).apply(Database(conn, execute_plugins=False))
        return read_objects(conn)
    finally:
        conn.close()


@dataclass(frozen=True)
class SchemaDifference:
    """How a file's schema objects differ from those of its schema version.

    Attributes:
        foreign: objects the migrations never create (by name).
        changed: objects whose name is known but whose type, table or SQL differ.
        missing: expected objects the file lacks.
    """

    foreign: tuple[SchemaObject, ...]
    changed: tuple[SchemaObject, ...]
    missing: tuple[SchemaObject, ...]

    def __bool__(self) -> bool:
        return bool(self.foreign or self.changed or self.missing)

    def unexpected(self) -> tuple[SchemaObject, ...]:
        """Foreign and changed objects together: what a repair must leave out."""
        return self.foreign + self.changed


def compare(found: Iterable[SchemaObject], expected: Iterable[SchemaObject]) -> SchemaDifference:
    """Compare a file's objects with the expected ones (see :class:`SchemaDifference`)."""
    found_by_name = {obj.name: obj for obj in found}
    expected_by_name = {obj.name: obj for obj in expected}
    foreign = sorted(o for n, o in found_by_name.items() if n not in expected_by_name)
    changed = sorted(
        o for n, o in found_by_name.items() if n in expected_by_name and o != expected_by_name[n]
    )
    missing = sorted(o for n, o in expected_by_name.items() if n not in found_by_name)
    return SchemaDifference(tuple(foreign), tuple(changed), tuple(missing))
