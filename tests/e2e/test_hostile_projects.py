"""A corpus of hostile and damaged project files, each opened by the command line.

Every file is derived from the sample project by a seeded generator: truncations,
header and page byte flips, foreign triggers, views, tables and indexes,
changed table definitions, missing tables, newer schema versions and text that
no longer decodes. Each one is opened with ``auditready-cli readiness``: the
answer is exit 2 with the damaged / foreign / newer / not-a-project message,
never the internal-error path (exit 1), and the file is left byte for byte as
it was. Flips that happen to land in bytes nothing reads may open normally
(exit 0); the structural cases must all be refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.cli import readiness as readiness_cli
from desktop.domain.model import Catalog
from desktop.services.custom import import_checklist
from desktop.services.sample.build import create_sample
from desktop.store.schema import SCHEMA
from tests.workbooks import valid_workbook

SEED = 20261206
REFUSALS = (
    "is damaged or incomplete",
    "does not create",
    "newer version of AuditReady",
    "is not an AuditReady project",
)


@dataclass(frozen=True)
class Case:
    """One hostile file: its name, how to make it from the sample, and whether it must be refused.

    ``make`` receives the path of a fresh copy of the sample project and changes it.
    """

    name: str
    make: Callable[[Path], None]
    must_refuse: bool = True


def _sql(*statements: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            for statement in statements:
                conn.execute(statement)
        finally:
            conn.close()
    return make


def _truncate(offset: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with path.open("r+b") as handle:
            handle.truncate(offset)
    return make


def _flip(offsets: list[int], rng_seed: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        rng = random.Random(rng_seed)
        data = bytearray(path.read_bytes())
        for offset in offsets:
            if offset < len(data):
                data[offset] ^= rng.randrange(1, 256)
        path.write_bytes(bytes(data))
    return make


def _metadata_pages(path: Path) -> tuple[int, list[int]]:
    """(page size, numbers of the pages holding anything but evidence content)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        try:
            rows = conn.execute(
                "SELECT pageno FROM dbstat WHERE name NOT IN ('blob_chunks')").fetchall()
            pages = sorted({row[0] for row in rows})
        except sqlite3.OperationalError:  # SQLite built without dbstat
            count = conn.execute("PRAGMA page_count").fetchone()[0]
            pages = list(range(1, count + 1))
    finally:
        conn.close()
    return page_size, pages


TABLES_READ_BY_READINESS = ("profile", "standards", "item_state", "custom_checklists",
                            "custom_items", "system_info", "settings", "internal_audits",
                            "certificates", "actions", "readiness_snapshots")

FOREIGN = (
    "CREATE TRIGGER wipe AFTER UPDATE ON item_state BEGIN DELETE FROM evidence_links; "
    "DELETE FROM evidence; DELETE FROM blobs; END",
    "CREATE TRIGGER early BEFORE INSERT ON evidence BEGIN SELECT RAISE(IGNORE); END",
    "CREATE TRIGGER gone AFTER DELETE ON actions BEGIN DELETE FROM findings; END",
    "CREATE TRIGGER grow AFTER INSERT ON readiness_snapshots "
    "BEGIN INSERT INTO settings VALUES ('x', '1'); END",
    "CREATE VIEW everything AS SELECT * FROM evidence",
    "CREATE VIEW fake_state AS SELECT item_id, 'ready' AS status FROM item_state",
    "CREATE TABLE exfiltrate (data BLOB)",
    "CREATE TABLE audit_log (x TEXT)",
    "CREATE INDEX by_owner ON item_state (owner)",
    "CREATE UNIQUE INDEX one_name ON evidence (name)",
    "CREATE INDEX partial ON actions (status) WHERE status = 'open'",
    "CREATE VIRTUAL TABLE search USING fts5 (body)",
    "CREATE VIRTUAL TABLE boxes USING rtree (id, x0, x1)",
    "ANALYZE",
)

CHANGED = (
    ("item_state", "status TEXT NOT NULL", "status TEXT"),
    ("evidence", "UNIQUE (sha256, name)", "UNIQUE (name)"),
    ("actions", "'open', 'in_progress'", "'open', 'gone', 'in_progress'"),
    ("blob_chunks", "ON DELETE CASCADE", "ON DELETE SET NULL"),
    ("evidence_links_by_item", "(item_id)", "(item_id) WHERE item_id IS NOT NULL"),
)

UNDECODABLE = (
    ("item_state", "status"), ("item_state", "notes"), ("item_state", "owner"),
    ("profile", "name"), ("profile", "sites"), ("profile", "scope"),
    ("standards", "standard_id"), ("settings", "value"),
    ("internal_audits", "title"), ("certificates", "standard_id"), ("actions", "title"),
    ("actions", "status"), ("readiness_snapshots", "figures"), ("system_info", "operating_since"),
)


def _changed(name: str, old: str, new: str) -> Callable[[Path], None]:
    def quoted(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    return _sql("PRAGMA writable_schema = ON",
                f"UPDATE sqlite_master SET sql = replace(sql, {quoted(old)}, {quoted(new)}) "
                f"WHERE name = {quoted(name)}",
                "PRAGMA writable_schema = OFF")


def _corpus(sample: Path) -> Iterator[Case]:
    rng = random.Random(SEED)
    size = sample.stat().st_size
    page_size, pages = _metadata_pages(sample)
    offsets = sorted({*rng.sample(range(1, size), 40), 50, 99, 100, 101,
                      page_size - 1, page_size, page_size + 1, size - 1, size - page_size})
    for offset in offsets:
        yield Case(f"truncated-at-{offset}", _truncate(offset))
    for n in range(30):
        field = rng.choice([(0, 16), (16, 18), (18, 20), (20, 24), (28, 32), (44, 48),
                            (56, 60), (60, 64), (68, 72)])
        yield Case(f"header-flip-{n}", _flip([rng.randrange(*field)], rng.randrange(2**32)),
                   must_refuse=False)
    for n in range(80):
        page = rng.choice(pages)
        start = (page - 1) * page_size
        flips = [start + rng.randrange(page_size) for _ in range(8)]
        yield Case(f"page-{page}-flip-{n}", _flip(flips, rng.randrange(2**32)), must_refuse=False)
    for n, statement in enumerate(FOREIGN):
        yield Case(f"foreign-{n}", _sql(statement))
    for name, old, new in CHANGED:
        yield Case(f"changed-{name}", _changed(name, old, new))
    conn = sqlite3.connect(f"{sample.as_uri()}?mode=ro", uri=True)
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'sqlite_sequence'")]
    indexes = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")]
    conn.close()
    for table in tables:
        yield Case(f"missing-table-{table}", _sql(f'DROP TABLE "{table}"'))
    for index in indexes:
        yield Case(f"missing-index-{index}", _sql(f'DROP INDEX "{index}"'))
    for step in (1, 2, 50):
        yield Case(f"newer-version-{step}", _sql(f"PRAGMA user_version = {SCHEMA.version + step}"))
    for name in ("m004_from_the_future", "m999_x"):
        yield Case(f"newer-migration-{name}", _sql(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            f"VALUES ('auditready', '{name}', '2030-01-01')"))
    for table, column in UNDECODABLE:
        # The project id (a settings row only the backups read, tolerantly) is left
        # alone: the damage goes into a row that readiness reads.
        only_read = " WHERE key <> 'project_id'" if table == "settings" else ""
        yield Case(f"undecodable-{table}-{column}", _sql(
            "PRAGMA ignore_check_constraints = ON",
            f"UPDATE \"{table}\" SET \"{column}\" = CAST(X'C3A9FF80E4B8' AS TEXT) "
            f"WHERE rowid = (SELECT min(rowid) FROM \"{table}\"{only_read})"))


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory, catalog: Catalog) -> Path:
    """The sample project with every table read by ``readiness`` holding at least one row."""
    folder = tmp_path_factory.mktemp("corpus")
    path = folder / "sample.auditready"
    session = create_sample(path, catalog, today=dt.date(2026, 11, 22))
    try:
        import_checklist(session, valid_workbook(folder / "suppliers.xlsx"))
    finally:
        session.close()
    conn = sqlite3.connect(path, isolation_level=None)
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
              for t in TABLES_READ_BY_READINESS}
    conn.close()
    assert all(counts.values()), counts
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def test_hostile_project_files_are_refused_cleanly_and_left_unchanged(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The knowledge base is not under test: load it once, not once per file.
    monkeypatch.setattr(readiness_cli, "load_catalog", lambda: catalog)
    cases = list(_corpus(sample_file))
    assert len(cases) >= 200
    outcomes: dict[str, int] = {}
    for number, case in enumerate(cases):
        folder = tmp_path / f"{number:03d}"
        folder.mkdir()
        path = folder / "client.auditready"
        shutil.copyfile(sample_file, path)
        case.make(path)
        before = _sha256(path)
        code = main(["readiness", str(path)])
        _out, err = capsys.readouterr()
        where = f"{case.name}: exit {code}, {err[:300]!r}"
        assert code in (0, 2), where
        if case.must_refuse:
            assert code == 2, where
        if code == 2:
            assert any(text in err for text in REFUSALS), where
            assert "Traceback" not in err, where
            assert _sha256(path) == before, where
            assert [p.name for p in folder.iterdir()] == [path.name], where
        outcomes[case.name] = code
    refused = sum(1 for code in outcomes.values() if code == 2)
    print(f"{len(outcomes)} hostile project files, {refused} refused")
    assert refused >= 0.8 * len(outcomes)


def test_repair_makes_a_working_copy_of_every_project_with_foreign_objects(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(readiness_cli, "load_catalog", lambda: catalog)
    cases = [c for c in _corpus(sample_file) if c.name.startswith(("foreign-", "changed-"))]
    assert len(cases) == len(FOREIGN) + len(CHANGED)
    for number, case in enumerate(cases):
        folder = tmp_path / f"{number:03d}"
        folder.mkdir()
        path = folder / "client.auditready"
        shutil.copyfile(sample_file, path)
        case.make(path)
        before = _sha256(path)
        code = main(["repair", str(path), str(folder / "repaired")])
        out, err = capsys.readouterr()
        assert code == 0, f"{case.name}: {err}"
        assert "Left out:" in out, case.name
        assert main(["readiness", str(folder / "repaired.auditready")]) == 0, case.name
        capsys.readouterr()
        assert _sha256(path) == before, case.name
        assert main(["repair", str(path), str(folder / "repaired.auditready")]) == 2
        assert "already exists" in capsys.readouterr().err
