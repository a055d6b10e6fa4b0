"""The project file's schema: its application id and the numbered migrations that build it.

Every table is created only by a migration below, applied in order by a
:class:`sqlite_utils.Migrations` set named ``"auditready"`` that records what it
applied in the ``_sqlite_migrations`` table. After migrating, a project file has

- ``PRAGMA application_id`` = :data:`APPLICATION_ID`, which tells an AuditReady
  project from any other SQLite file, and
- ``PRAGMA user_version`` = the number of migrations applied (the schema version).

A new migration is a new function ``mNNN_what_it_does(db)`` appended to the
steps of :data:`SCHEMA`; existing steps are never edited once released.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database, Migrations

APPLICATION_ID = 0x41755264
"""``PRAGMA application_id`` of every project file: the bytes ``b"AuRd"`` (1098207844)."""

MIGRATION_SET = "auditready"
"""Name of the sqlite-utils migration set recorded in ``_sqlite_migrations``."""

MIGRATIONS_TABLE = Migrations.migrations_table
"""Table in which sqlite-utils records applied migrations (``"_sqlite_migrations"``)."""

MigrationStep = Callable[[Database], None]

_M001_STATEMENTS = (
    # The organization being prepared: exactly one row (id 1).
    # sites: JSON list of strings; headcount: persons.
    """
    CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        address TEXT NOT NULL DEFAULT '',
        sites TEXT NOT NULL DEFAULT '[]',
        headcount INTEGER NOT NULL DEFAULT 0,
        scope TEXT NOT NULL DEFAULT ''
    )
    """,
    # Standards chosen for the project, in display order (position 0, 1, ...).
    """
    CREATE TABLE standards (
        standard_id TEXT PRIMARY KEY,
        position INTEGER NOT NULL UNIQUE
    )
    """,
    # What the user recorded per checklist item. status: ItemStatus value;
    # due_date: ISO-8601 date; updated_at: ISO-8601 UTC date-time.
    """
    CREATE TABLE item_state (
        item_id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        justification TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        notes TEXT NOT NULL DEFAULT '',
        updated_at TEXT
    )
    """,
    # One row per distinct content (sha256: lowercase hex). size: bytes.
    """
    CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL CHECK (size >= 0),
        chunk_count INTEGER NOT NULL CHECK (chunk_count >= 0)
    )
    """,
    # The content itself, in chunks numbered 0 .. chunk_count - 1, so that no
    # single value comes near SQLite's one-gigabyte value limit.
    """
    CREATE TABLE blob_chunks (
        sha256 TEXT NOT NULL REFERENCES blobs (sha256) ON DELETE CASCADE,
        seq INTEGER NOT NULL CHECK (seq >= 0),
        data BLOB NOT NULL,
        PRIMARY KEY (sha256, seq)
    )
    """,
    # Evidence as the user sees it: a named file. The same content under two
    # names is two rows sharing one blob. added_at: ISO-8601 UTC date-time.
    """
    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        sha256 TEXT NOT NULL REFERENCES blobs (sha256),
        name TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        media_type TEXT NOT NULL,
        added_at TEXT NOT NULL,
        UNIQUE (sha256, name)
    )
    """,
    "CREATE INDEX evidence_by_added_at ON evidence (added_at, id)",
    # Which checklist items (of any standard) each evidence serves.
    """
    CREATE TABLE evidence_links (
        evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        PRIMARY KEY (evidence_id, item_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX evidence_links_by_item ON evidence_links (item_id)",
)


def m001_initial(db: Database) -> None:
    """Create the first schema.

    Tables: profile, standards, item_state, blobs, blob_chunks, evidence,
    evidence_links (see the comments on each statement for units and formats).

    Args:
        db: an open project database inside a transaction.
    """
    for statement in _M001_STATEMENTS:
        db.execute(statement)


_M002_STATEMENTS = (
    # Checklists the consultant created, imported from Excel or applied from a
    # template. id: "custom:<slug>"; created: ISO-8601 UTC date-time. One of
    # title_en / title_zh may be empty.
    """
    CREATE TABLE custom_checklists (
        id TEXT PRIMARY KEY CHECK (id LIKE 'custom:_%'),
        code TEXT NOT NULL,
        title_en TEXT NOT NULL DEFAULT '',
        title_zh TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL
    )
    """,
    # Custom entries. checklist_id: the standard the entry is shown in, a
    # custom checklist id or a bundled standard id (an entry under one of its
    # clauses). parent_id: a clause id (custom or bundled) or NULL at the top
    # of a custom checklist. kind: ItemKind value. position: order within
    # checklist_id, parents before children.
    """
    CREATE TABLE custom_items (
        id TEXT PRIMARY KEY CHECK (id LIKE 'custom:_%'),
        checklist_id TEXT NOT NULL,
        clause TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('clause', 'maintain', 'retain', 'evidence')),
        parent_id TEXT,
        title_en TEXT NOT NULL DEFAULT '',
        title_zh TEXT NOT NULL DEFAULT '',
        description_en TEXT NOT NULL DEFAULT '',
        description_zh TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        UNIQUE (checklist_id, position)
    )
    """,
    "CREATE INDEX custom_items_by_parent ON custom_items (parent_id)",
)


def m002_custom_content(db: Database) -> None:
    """Add the consultant's own content: custom checklists and custom entries.

    Tables: custom_checklists, custom_items (see the comments on each
    statement). A version 1 project gains both, empty.

    Args:
        db: an open project database inside a transaction.
    """
    for statement in _M002_STATEMENTS:
        db.execute(statement)


@dataclass(frozen=True)
class Schema:
    """An ordered list of migration steps; the schema version is how many there are.

    Attributes:
        steps: migration functions in the order they are applied; each takes the
            :class:`sqlite_utils.Database` and is recorded under its ``__name__``.
    """

    steps: tuple[MigrationStep, ...]

    @property
    def version(self) -> int:
        """The schema version this list produces (``PRAGMA user_version``), >= 1."""
        return len(self.steps)

    @property
    def names(self) -> tuple[str, ...]:
        """Names of the steps as recorded in ``_sqlite_migrations``, in order."""
        return tuple(step.__name__ for step in self.steps)

    def migrations(self) -> Migrations:
        """Return a fresh sqlite-utils migration set holding these steps."""
        migrations = Migrations(MIGRATION_SET)
        for step in self.steps:
            migrations(name=step.__name__)(step)
        return migrations

    def apply(self, db: Database) -> None:
        """Apply every pending step, then set the application id and user version.

        Everything happens in one transaction (a savepoint when one is already
        open): either the file reaches :attr:`version` or it is left as it was.

        Args:
            db: a read-write project database (new and empty, or an older project).

        Raises:
            sqlite3.Error: from SQLite (e.g. disk full); the caller translates it.
        """
        with db.atomic():
            self.migrations().apply(db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
            db.execute(f"PRAGMA user_version = {self.version:d}")


SCHEMA = Schema(steps=(m001_initial, m002_custom_content))
"""The schema this version of AuditReady writes and understands."""
