"""A clean copy of a project whose schema holds foreign objects ("Repair a copy…").

:func:`repair_copy` never writes to the original. It builds a new file through
the migrations (so the copy holds exactly the objects of the original's schema
version), then copies the rows of every known table from the original, opened
read-only, inside one transaction: triggers, views, tables and indexes the
migrations do not create are left behind. The copy is checked like any project
being opened before it is moved into place.

What cannot be carried over is reported, not hidden: tables missing from the
original (empty in the copy) and rows that break the rules of their table.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.errors import NewerProjectError, UserError
from desktop.store import checks, failures, objects, opening
from desktop.store.schema import APPLICATION_ID, MIGRATIONS_TABLE, SCHEMA, Schema

_NOT_COPIED = frozenset({MIGRATIONS_TABLE, "sqlite_sequence"})
"""Tables the new file fills itself: its own migration records and AUTOINCREMENT counters."""


@dataclass(frozen=True)
class RepairReport:
    """What :func:`repair_copy` did.

    Attributes:
        dest: the clean copy written.
        version: its schema version (that of the original; opening it migrates as usual).
        left_out: the foreign or changed objects not carried over.
        missing: tables the original lacked (empty in the copy).
        rows: rows copied, over all tables.
        skipped: (table, rows) that were not copied because they break the
            table's rules (NOT NULL, CHECK, UNIQUE).
    """

    dest: Path
    version: int
    left_out: tuple[objects.SchemaObject, ...]
    missing: tuple[str, ...]
    rows: int
    skipped: tuple[tuple[str, int], ...]

    def text(self, lang: str) -> str:
        """A few lines for the user in ``lang`` ("zh..." or English): what was written and lost."""
        zh = lang.startswith("zh")
        lines = [f"已将干净的副本写入“{self.dest}”（{self.rows} 行数据）。" if zh else
                 f'Wrote a clean copy to "{self.dest}" ({self.rows} rows of data).']
        if self.left_out:
            lines.append("未复制的对象：" + "、".join(o.label_zh() for o in self.left_out) if zh
                         else "Left out: " + ", ".join(o.label() for o in self.left_out))
        if self.missing:
            lines.append(("原文件缺少这些表，副本中为空：" if zh else
                          "Missing in the original, empty in the copy: ") + ", ".join(self.missing))
        for table, count in self.skipped:
            lines.append(f"表 {table}：{count} 行不符合该表的规则，未复制。" if zh else
                         f"Table {table}: {count} rows break its rules and were not copied.")
        return "\n".join(lines)


def _source_version(path: Path, schema: Schema, facts: checks.Facts) -> int:
    """The original's schema version; tolerant of a damaged migrations table."""
    if facts.application_id != APPLICATION_ID:
        raise failures.not_a_project(
            path, "it is a database of another program", "它是其他程序的数据库"
        )
    try:
        return checks.recorded_version(path, schema, facts)
    except NewerProjectError:
        raise
    except UserError:
        if 1 <= facts.user_version <= schema.version:
            return facts.user_version
        raise


def _read_source(path: Path, schema: Schema) -> tuple[int, objects.SchemaDifference]:
    def read() -> checks.Facts:
        conn = opening.open_read_only(path)
        try:
            return checks.read_facts(conn)
        finally:
            conn.close()

    try:
        try:
            facts = read()
        except sqlite3.Error as exc:
            if failures.sqlite_code(exc) != failures.SQLITE_READONLY_ROLLBACK:
                raise
            opening.recover_hot_journal(path)
            facts = read()
    except sqlite3.Error as exc:
        raise _cannot_repair(path, exc) from exc
    version = _source_version(path, schema, facts)
    diff = objects.compare(facts.found, objects.expected_objects(schema, version))
    return version, diff


def _cannot_repair(path: Path, exc: sqlite3.Error) -> UserError:
    code = failures.primary_code(exc)
    if code in (failures.SQLITE_BUSY, failures.SQLITE_LOCKED):
        return failures.locked(path)
    if code in (failures.SQLITE_CANTOPEN, failures.SQLITE_IOERR):
        return failures.cannot_read(path, exc)
    return failures.corrupt(path, f"it cannot be repaired either: {exc}")


def _columns(conn: sqlite3.Connection, schema_name: str, table: str) -> list[str]:
    rows = conn.execute(f'PRAGMA "{schema_name}".table_info("{table}")').fetchall()
    return [str(row[1]) for row in rows]


def _quoted(names: list[str]) -> str:
    return ", ".join('"' + name.replace('"', '""') + '"' for name in names)


def _copy_rows(conn: sqlite3.Connection, tables: list[str]) -> tuple[int, list[tuple[str, int]]]:
    """Copy ``tables`` from schema ``src`` to ``main``; return (rows copied, rows skipped)."""
    copied = 0
    skipped: list[tuple[str, int]] = []
    for table in tables:
        wanted = set(_columns(conn, "src", table))
        columns = [c for c in _columns(conn, "main", table) if c in wanted]
        if not columns:
            continue
        names = _quoted(columns)
        # NOT INDEXED: read the table itself, never a (possibly altered) index of it.
        source = f'src."{table}" NOT INDEXED'
        total = conn.execute(f"SELECT count(*) FROM {source}").fetchone()[0]
        cursor = conn.execute(
            f'INSERT OR IGNORE INTO main."{table}" ({names}) SELECT {names} FROM {source}'
        )
        copied += max(cursor.rowcount, 0)
        if total - max(cursor.rowcount, 0) > 0:
            skipped.append((table, total - max(cursor.rowcount, 0)))
    return copied, skipped


def _copy_sequences(conn: sqlite3.Connection) -> None:
    """Keep AUTOINCREMENT counters at least as high as the original's (ids never reused)."""
    has = conn.execute(
        "SELECT 1 FROM src.sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'"
    ).fetchone()
    if not has:
        return
    for name, seq in conn.execute("SELECT name, seq FROM src.sqlite_sequence").fetchall():
        if not isinstance(seq, int) or not isinstance(name, str):
            continue
        updated = conn.execute(
            "UPDATE main.sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", [seq, name]
        ).rowcount
        if not updated and conn.execute(
            "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?", [name]
        ).fetchone():
            conn.execute("INSERT INTO main.sqlite_sequence (name, seq) VALUES (?, ?)", [name, seq])


def _broken_links(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("PRAGMA main.foreign_key_check").fetchall()
    return sorted({str(row[0]) for row in rows})


def _build(source: Path, tmp: Path, dest: Path, schema: Schema,
           version: int) -> tuple[int, list[tuple[str, int]], list[str]]:
    """Write the clean copy to ``tmp``; return (rows, skipped, tables missing in the original).

    Raises:
        UserError: the new file ``tmp`` (to become ``dest``) cannot be created.
        sqlite3.Error: while copying (the caller translates it).
    """
    with failures.translated(dest):
        conn = opening.create_file(tmp)
    try:
        with failures.translated(dest):
            Schema(steps=schema.steps[:version]).apply(Database(conn, execute_plugins=False))
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("ATTACH DATABASE ? AS src", [opening.read_only_uri(source)])
        readable = {obj.name for obj in objects.read_objects_of(conn, "src")
                    if obj.type == "table" and not obj.sql.startswith("create virtual")}
        expected = sorted(obj.name for obj in objects.expected_objects(schema, version)
                          if obj.type == "table" and obj.name not in _NOT_COPIED)
        tables = [name for name in expected if name in readable]
        missing = [name for name in expected if name not in readable]
        conn.execute("BEGIN")
        try:
            rows, skipped = _copy_rows(conn, tables)
            _copy_sequences(conn)
            broken = _broken_links(conn)
            if broken:
                raise failures.corrupt(
                    source, "it cannot be repaired: broken links in " + ", ".join(broken)
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("DETACH DATABASE src")
    finally:
        conn.close()
    return rows, skipped, missing


def repair_copy(source: Path, dest: Path, schema: Schema = SCHEMA) -> RepairReport:
    """Write a clean copy of project ``source`` to ``dest`` without foreign schema objects.

    ``source`` is only read (a crash's hot journal is rolled back first, as on
    any open). ``dest`` must not exist; it appears only once complete and
    checked as on open.

    Args:
        source: the project to repair (a project refused with ForeignSchemaError,
            or any project of this or an older schema version).
        dest: the new file.
        schema: the schema whose migrations define the known objects.

    Raises:
        NotAProjectError: ``source`` is not an AuditReady project.
        NewerProjectError: ``source`` is from a newer AuditReady.
        CorruptProjectError: ``source`` is damaged beyond what a copy can fix.
        ProjectExistsError: ``dest`` exists.
        ProjectWriteError / StorageFullError: ``dest`` cannot be written.
    """
    source = Path(source).absolute()
    dest = Path(dest).absolute()
    opening.check_signature(source)
    if dest.exists() or dest.is_symlink():
        raise failures.dest_exists(dest)
    if not dest.parent.is_dir():
        no_folder = FileNotFoundError(2, "No such folder", str(dest.parent))
        raise failures.os_project_error(no_folder, dest)
    version, diff = _read_source(source, schema)
    tmp = opening.temp_sibling(dest)
    journal = opening.journal_path(tmp)
    try:
        try:
            rows, skipped, missing = _build(source, tmp, dest, schema, version)
        except sqlite3.Error as exc:
            if failures.primary_code(exc) == failures.SQLITE_FULL:
                raise failures.storage_full(dest) from exc
            raise _cannot_repair(source, exc) from exc
        opening.inspect(tmp, schema)
        try:
            opening.place_without_overwrite(tmp, dest)
        except FileExistsError as exc:
            raise failures.dest_exists(dest) from exc
    except OSError as exc:
        opening.remove_quietly(tmp, journal)
        raise failures.os_project_error(exc, dest) from exc
    except BaseException:
        opening.remove_quietly(tmp, journal)
        raise
    return RepairReport(
        dest=dest,
        version=version,
        left_out=diff.unexpected(),
        missing=tuple(missing),
        rows=rows,
        skipped=tuple(skipped),
    )
