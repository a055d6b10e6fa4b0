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

from desktop.store.audit_kit import m008_finding_department
from desktop.store.review_outputs import m007_review_outputs

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


_M003_STATEMENTS = (
    # What the user said about one evidence file (EvidenceMeta). Dropped with
    # its evidence. nature: EvidenceNature value or NULL while not stated;
    # dates: ISO-8601 dates or NULL.
    """
    CREATE TABLE evidence_meta (
        evidence_id INTEGER PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
        nature TEXT CHECK (nature IS NULL OR nature IN ('document', 'record')),
        version TEXT NOT NULL DEFAULT '',
        approved_on TEXT,
        effective_from TEXT,
        effective_to TEXT,
        review_by TEXT
    )
    """,
    # Project-wide facts about the management system (SystemInfo): at most one
    # row (id 1); no row means nothing recorded yet. climate_relevant: NULL
    # (no decision), 0 or 1; dates: ISO-8601 dates or NULL.
    """
    CREATE TABLE system_info (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        operating_since TEXT,
        climate_relevant INTEGER CHECK (climate_relevant IS NULL OR climate_relevant IN (0, 1)),
        climate_decided_on TEXT,
        climate_rationale TEXT NOT NULL DEFAULT ''
    )
    """,
    # Named project settings; value: JSON text (e.g. "audit_time" holds
    # AuditTimeInputs.to_json(), "cycle_rules" holds CycleRules.to_json()).
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )
    """,
    # Record tables below use AUTOINCREMENT so that an id is never given out
    # twice: actions refer to findings by id as text (source_ref), and a reused
    # id would silently attach an old corrective action to a new finding.
    #
    # Internal audit programmes; period_from / period_to: ISO-8601 dates, inclusive.
    """
    CREATE TABLE audit_programmes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        approved_by TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    )
    """,
    # Internal audits, planned or held; an audit outlives its programme.
    # Dates: ISO-8601 or NULL. auditors: JSON array of {"name", "department"}
    # objects, lead auditor first; auditees: JSON array of department names.
    """
    CREATE TABLE internal_audits (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        programme_id INTEGER REFERENCES audit_programmes (id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        planned_on TEXT,
        held_from TEXT,
        held_to TEXT,
        auditors TEXT NOT NULL DEFAULT '[]',
        auditees TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX internal_audits_by_programme ON internal_audits (programme_id)",
    # What each audit covered: (clause node id, site) pairs in the user's order
    # (position 0, 1, ...); site '' for a company with no named sites. A child
    # table rather than JSON because the all-clauses-at-all-sites check reads
    # it pair by pair, and SQLite then refuses the same pair twice in one audit
    # and drops the pairs with their audit.
    """
    CREATE TABLE audit_coverage (
        audit_id INTEGER NOT NULL REFERENCES internal_audits (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        clause_id TEXT NOT NULL,
        site TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (audit_id, position),
        UNIQUE (audit_id, clause_id, site)
    ) WITHOUT ROWID
    """,
    # Findings raised by an internal audit; they go with their audit.
    # grade: FindingGrade value; closed_on: ISO-8601 date, NULL while open.
    """
    CREATE TABLE findings (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        audit_id INTEGER NOT NULL REFERENCES internal_audits (id) ON DELETE CASCADE,
        grade TEXT NOT NULL CHECK (grade IN ('major', 'minor', 'observation', 'improvement')),
        statement TEXT NOT NULL,
        clause_id TEXT NOT NULL DEFAULT '',
        site TEXT NOT NULL DEFAULT '',
        closed_on TEXT
    )
    """,
    "CREATE INDEX findings_by_audit ON findings (audit_id)",
    # Management reviews. held_on: ISO-8601 date. attendees, standard_ids:
    # JSON arrays of text in the user's order; inputs: JSON array of input ids,
    # sorted (a set).
    """
    CREATE TABLE management_reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        held_on TEXT NOT NULL,
        chair TEXT NOT NULL DEFAULT '',
        attendees TEXT NOT NULL DEFAULT '[]',
        standard_ids TEXT NOT NULL DEFAULT '[]',
        inputs TEXT NOT NULL DEFAULT '[]',
        outputs TEXT NOT NULL DEFAULT ''
    )
    """,
    # The action plan. source: ActionSource value, source_ref: item id, gate id
    # or finding id as text; status: ActionStatus value; dates: ISO-8601 or NULL.
    """
    CREATE TABLE actions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('gap', 'gate', 'finding', 'other')),
        source_ref TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        due_on TEXT,
        status TEXT NOT NULL
            CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
        root_cause TEXT NOT NULL DEFAULT '',
        effectiveness TEXT NOT NULL DEFAULT '',
        effectiveness_checked_on TEXT,
        created_on TEXT,
        closed_on TEXT
    )
    """,
    "CREATE INDEX actions_by_source ON actions (source, source_ref)",
    # Certificates (or the certification being prepared). standard_id: catalog
    # standard id; dates: ISO-8601 or NULL.
    """
    CREATE TABLE certificates (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        standard_id TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT '',
        body_approval TEXT NOT NULL DEFAULT '',
        number TEXT NOT NULL DEFAULT '',
        scope TEXT NOT NULL DEFAULT '',
        stage1_on TEXT,
        stage2_on TEXT,
        issued_on TEXT,
        expires_on TEXT
    )
    """,
    # Dated events of a certificate, in date order (position 0, 1, ...); they
    # go with their certificate. kind: CertificateEventKind value; on_date:
    # ISO-8601 date.
    """
    CREATE TABLE certificate_events (
        certificate_id INTEGER NOT NULL REFERENCES certificates (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        kind TEXT NOT NULL CHECK (kind IN ('surveillance', 'recert_applied', 'recertified',
                                           'suspended', 'restored', 'withdrawn')),
        on_date TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (certificate_id, position)
    ) WITHOUT ROWID
    """,
    # Readiness on one day, for the trend chart: at most one row per day.
    # day: ISO-8601 date; figures: JSON object {standard id or "integrated":
    # {"documented", "implemented", "sustained", "overall"}}, shares 0.0-1.0.
    """
    CREATE TABLE readiness_snapshots (
        day TEXT PRIMARY KEY,
        figures TEXT NOT NULL
    )
    """,
)


def m003_system_records(db: Database) -> None:
    """Add the records of a running management system and project settings.

    Tables: evidence_meta, system_info, settings, audit_programmes,
    internal_audits, audit_coverage, findings, management_reviews, actions,
    certificates, certificate_events, readiness_snapshots (see the comments on
    each statement). A version 2 project gains them all, empty.

    Args:
        db: an open project database inside a transaction.
    """
    for statement in _M003_STATEMENTS:
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


def m005_certificate_cancelled(db: Database) -> None:
    """Allow the certificate event ``cancelled`` (注销), keeping every stored event.

    SQLite cannot change a CHECK constraint in place, so ``certificate_events``
    is rebuilt with the wider list of kinds and its rows copied over.

    Args:
        db: an open project database inside a transaction.
    """
    db.execute("ALTER TABLE certificate_events RENAME TO certificate_events_v3")
    db.execute("""
    CREATE TABLE certificate_events (
        certificate_id INTEGER NOT NULL REFERENCES certificates (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        kind TEXT NOT NULL CHECK (kind IN ('surveillance', 'recert_applied', 'recertified',
                                           'suspended', 'restored', 'withdrawn',
                                           'cancelled')),
        on_date TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (certificate_id, position)
    ) WITHOUT ROWID
    """)
    db.execute("INSERT INTO certificate_events SELECT certificate_id, position, kind, on_date, "
               "note FROM certificate_events_v3")
    db.execute("DROP TABLE certificate_events_v3")


_M004_STATEMENTS = (
    # A project's own freshness rules: one row per checklist item whose rule
    # the project changed. months: the period used instead of the catalog's
    # (NULL: the catalog's); in_force: 0 when the project does not apply the
    # item's rule at all (its evidence then never expires by date).
    """
    CREATE TABLE freshness_settings (
        item_id TEXT PRIMARY KEY,
        months INTEGER CHECK (months IS NULL OR months BETWEEN 1 AND 120),
        in_force INTEGER NOT NULL DEFAULT 1 CHECK (in_force IN (0, 1))
    ) WITHOUT ROWID
    """,
)


def m004_freshness_settings(db: Database) -> None:
    """Add the project's own freshness rules (table ``freshness_settings``).

    A version 3 project gains the table, empty: every item keeps the
    knowledge base's rule until the user changes it.

    Args:
        db: an open project database inside a transaction.
    """
    for statement in _M004_STATEMENTS:
        db.execute(statement)


_M006_STATEMENTS = (
    # The company's departments in display order (position 0, 1, ...). id:
    # "dept-<n>", never reused; sites: JSON array of site names as written in
    # the profile.
    """
    CREATE TABLE departments (
        id TEXT PRIMARY KEY CHECK (id LIKE 'dept-_%'),
        name TEXT NOT NULL UNIQUE CHECK (name <> ''),
        head TEXT NOT NULL DEFAULT '',
        sites TEXT NOT NULL DEFAULT '[]',
        position INTEGER NOT NULL UNIQUE
    )
    """,
    # The responsibility matrix (职能分配表): one row per non-empty cell.
    # standard_id: catalog standard id; clause: clause number, e.g. "7.1.5";
    # role: Role value. Cells go with their department.
    """
    CREATE TABLE responsibility_matrix (
        standard_id TEXT NOT NULL,
        clause TEXT NOT NULL,
        department_id TEXT NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('responsible', 'involved')),
        PRIMARY KEY (standard_id, clause, department_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX responsibility_matrix_by_department ON responsibility_matrix (department_id)",
    # The department owning a checklist item (the item's owner in item_state
    # stays the person); no row: no department. Goes with its department.
    """
    CREATE TABLE item_departments (
        item_id TEXT PRIMARY KEY,
        department_id TEXT NOT NULL REFERENCES departments (id) ON DELETE CASCADE
    ) WITHOUT ROWID
    """,
    "CREATE INDEX item_departments_by_department ON item_departments (department_id)",
)


def m006_departments(db: Database) -> None:
    """Add departments, the responsibility matrix and the department of each item.

    Tables: departments, responsibility_matrix, item_departments (see the
    comments on each statement). A version 5 project gains them empty.

    Args:
        db: an open project database inside a transaction.
    """
    for statement in _M006_STATEMENTS:
        db.execute(statement)


def m009_profile_approver(db: Database) -> None:
    """Add who prepares and who approves the reports to the profile (name and job title each).

    Four text columns, empty in an existing project: ``preparer``,
    ``preparer_title``, ``approver``, ``approver_title``.

    Args:
        db: an open project database inside a transaction.
    """
    for column in ("preparer", "preparer_title", "approver", "approver_title"):
        db.execute(f"ALTER TABLE profile ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


SCHEMA = Schema(steps=(m001_initial, m002_custom_content, m003_system_records,
                       m004_freshness_settings, m005_certificate_cancelled,
                       m006_departments, m007_review_outputs, m008_finding_department,
                       m009_profile_approver))
"""The schema this version of AuditReady writes and understands."""
