"""Automatic and manual backups: made on each trigger, rotated, restored only as new files."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.domain.model import Catalog, ItemStatus
from desktop.reports.xlsx.xlsx import render_xlsx
from desktop.services import backups as backup_service
from desktop.services.backups import BackupError, BackupPolicy
from desktop.services.custom import apply_template, import_checklist, save_template
from desktop.services.editions import change_edition
from desktop.services.items import set_item_status
from desktop.services.reporting.data import report_data
from desktop.services.roundtrip import apply_roundtrip, preview_roundtrip
from desktop.services.session import ProjectSession, open_project, save_project_as
from desktop.store import ProjectStore
from desktop.store import schema as schema_module
from desktop.store.backups import list_folder
from desktop.store.schema import SCHEMA, Schema
from tests.workbooks import valid_workbook

ITEM = "iso9001-2015:7.1.5.1:R"
OTHER = "iso9001-2015:7.2:R"


def reasons(session: ProjectSession) -> list[str]:
    """Reasons of the project's backups, oldest first."""
    return [b.reason for b in reversed(session.store.backups.list())]


def status_in(path: Path, item_id: str) -> str | None:
    with closing(sqlite3.connect(path)) as conn:
        row = conn.execute("SELECT status FROM item_state WHERE item_id = ?",
                           [item_id]).fetchone()
    return None if row is None else str(row[0])


def test_the_first_change_of_each_day_is_backed_up_once(project: ProjectSession) -> None:
    keeper = project.store.backups
    assert keeper.list() == []

    set_item_status(project, ITEM, ItemStatus.READY)
    set_item_status(project, OTHER, ItemStatus.IN_PROGRESS)

    [daily] = keeper.list()
    assert daily.reason == "daily"
    assert status_in(daily.path, ITEM) is None  # the state before the day's first change
    assert daily.created.astimezone().date() == dt.date.today()

    keeper.today = lambda: dt.date.today() + dt.timedelta(days=1)
    set_item_status(project, ITEM, ItemStatus.IN_PROGRESS)
    assert reasons(project) == ["daily", "daily"]
    assert status_in(keeper.list()[0].path, ITEM) == "ready"


def test_imports_templates_and_edition_changes_are_backed_up_first(
    project: ProjectSession, tmp_path: Path
) -> None:
    set_item_status(project, ITEM, ItemStatus.READY)
    import_checklist(project, valid_workbook(tmp_path / "suppliers.xlsx"), name="Suppliers")
    template = tmp_path / "suppliers.json"
    save_template(project, "custom:suppliers", template)
    apply_template(project, template)
    change_edition(project, "iso14001-2026")

    assert reasons(project) == ["daily", "import", "import", "edition"]
    newest, _template, import_backup = project.store.backups.list()[:3]
    assert status_in(import_backup.path, ITEM) == "ready"
    with closing(sqlite3.connect(import_backup.path)) as conn:
        assert conn.execute("SELECT count(*) FROM custom_checklists").fetchone()[0] == 0
    with closing(sqlite3.connect(newest.path)) as conn:
        chosen = [r[0] for r in conn.execute("SELECT standard_id FROM standards")]
    assert "iso14001-2015" in chosen  # made before the edition changed
    assert import_backup.readiness is not None and 0 < import_backup.readiness < 1


def test_applying_a_returned_workbook_is_backed_up_first(
    sample: ProjectSession, tmp_path: Path
) -> None:
    path = tmp_path / "returned.xlsx"
    render_xlsx(report_data(sample, "en"), path, project=sample.path.name)
    before = len(sample.store.backups.list())
    apply_roundtrip(sample, preview_roundtrip(sample, path), set())
    listed = sample.store.backups.list()
    assert len(listed) == before + 1 and listed[0].reason == "import"


def m900_add_reviewers(db: Database) -> None:
    db.execute("CREATE TABLE reviewers (name TEXT PRIMARY KEY)")


def test_a_migration_is_preceded_by_a_backup_of_the_old_file(
    project: ProjectSession, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = project.path
    project.close()
    monkeypatch.setattr(schema_module, "SCHEMA",
                        Schema(steps=(*SCHEMA.steps, m900_add_reviewers)))

    with ProjectStore.open(path) as store:
        [backup] = store.backups.list()
        assert backup.reason == "migration"
        assert backup.project_id == store.backups.project_id()
        assert store.schema_version() == SCHEMA.version + 1
    with closing(sqlite3.connect(backup.path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA.version
    with ProjectStore.open(path) as again:  # the id stored after migrating names the folder
        assert [b.id for b in again.backups.list()] == [backup.id]


def test_rotation_keeps_the_newest_within_count_and_size(project: ProjectSession) -> None:
    keeper = project.store.backups
    keeper.policy = BackupPolicy(keep=3)
    made = [backup_service.backup_now(project) for _ in range(5)]
    assert [b.id for b in keeper.list()] == [b.id for b in reversed(made[2:])]
    assert not made[0].path.exists() and not made[0].sidecar.exists()

    size = made[-1].size
    keeper.policy = BackupPolicy(keep=10, max_total_bytes=int(size * 2.5))
    newest = backup_service.backup_now(project)
    assert [b.id for b in keeper.list()] == [newest.id, made[-1].id]

    keeper.policy = BackupPolicy(keep=10, max_total_bytes=1)  # the newest always stays
    last = backup_service.backup_now(project)
    assert [b.id for b in keeper.list()] == [last.id]


def test_the_saved_policy_is_used(project: ProjectSession) -> None:
    backup_service.save_backup_policy(BackupPolicy(keep=2))
    assert backup_service.backup_policy().keep == 2
    for _ in range(4):
        backup_service.backup_now(project)
    assert len(project.store.backups.list()) == 2


def test_restore_writes_a_new_file_and_never_replaces_one(
    project: ProjectSession, catalog: Catalog, tmp_path: Path
) -> None:
    set_item_status(project, ITEM, ItemStatus.READY)
    backup = backup_service.backup_now(project)
    set_item_status(project, ITEM, ItemStatus.NOT_STARTED)
    original = project.path.read_bytes()
    other = tmp_path / "other.auditready"
    other.write_bytes(b"keep me")

    for dest in (project.path, other, tmp_path / "other"):
        with pytest.raises(BackupError, match="already exists"):
            backup_service.restore_backup(backup, dest)
    assert project.path.read_bytes() == original
    assert other.read_bytes() == b"keep me"

    suggested = backup_service.restored_name(project.path, backup)
    stamp = backup.created.astimezone().strftime("%Y-%m-%d %H%M")
    assert suggested == project.path.with_name(f"acme (restored {stamp}).auditready")
    restored = backup_service.restore_backup(backup, suggested)
    assert not list(tmp_path.glob(".*"))
    reopened = open_project(restored, catalog)
    try:
        assert reopened.store.item_state(ITEM).status is ItemStatus.READY
    finally:
        reopened.close()
    assert backup_service.restored_name(project.path, backup) != suggested


def test_a_backup_to_a_chosen_file_never_replaces_one(project: ProjectSession,
                                                      tmp_path: Path) -> None:
    original = project.path.read_bytes()
    with pytest.raises(BackupError):
        backup_service.backup_now(project, out=project.path)
    assert project.path.read_bytes() == original

    copy = backup_service.backup_now(project, out=tmp_path / "copy")
    assert copy.path == tmp_path / "copy.auditready"
    with pytest.raises(BackupError):
        backup_service.backup_now(project, out=tmp_path / "copy.auditready")
    assert project.store.backups.list() == []  # a copy of one's own is not rotated


def test_the_latest_backup_of_a_damaged_project_is_found_by_its_path(
    project: ProjectSession,
) -> None:
    set_item_status(project, ITEM, ItemStatus.READY)
    backup_service.backup_now(project)
    newest = backup_service.backup_now(project)
    path = project.path
    project.close()
    latest = backup_service.latest_backup(path)
    assert latest is not None and latest.id == newest.id
    with path.open("r+b") as handle:  # the header is gone: the id cannot be read
        handle.write(b"\0" * 100)
    found = backup_service.latest_backup(path)
    assert found is not None and found.id == newest.id


def test_backups_are_listed_without_opening_the_file(project: ProjectSession,
                                                     catalog: Catalog) -> None:
    set_item_status(project, ITEM, ItemStatus.READY)
    manual = backup_service.backup_now(project)
    path = project.path
    project.close()
    listed = backup_service.list_file_backups(path, catalog)
    assert [b.reason for b in listed] == ["manual", "daily"]
    assert listed[0].readiness == manual.readiness
    assert listed[1].readiness == 0.0  # read from the backup itself, then recorded
    assert list_folder(listed[1].path.parent)[1].readiness == 0.0


def test_a_failing_daily_backup_does_not_stop_the_change(project: ProjectSession,
                                                         tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    project.store.backups.policy = BackupPolicy(root=blocker)
    set_item_status(project, ITEM, ItemStatus.READY)
    assert project.store.item_state(ITEM).status is ItemStatus.READY


def test_a_failing_backup_stops_an_import_before_it_writes(project: ProjectSession,
                                                           tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    project.store.backups.policy = BackupPolicy(root=blocker)
    with pytest.raises(BackupError):
        import_checklist(project, valid_workbook(tmp_path / "s.xlsx"))
    assert project.store.custom_content() == ([], [])


def test_a_file_is_backed_up_before_repair_without_being_opened(
    project: ProjectSession, catalog: Catalog
) -> None:
    set_item_status(project, ITEM, ItemStatus.READY)
    path = project.path
    project.close()
    with closing(sqlite3.connect(path)) as conn, conn:  # something a repair would remove
        conn.execute("CREATE TRIGGER wipe AFTER UPDATE ON item_state "
                     "BEGIN DELETE FROM evidence_links; END")
    before = path.read_bytes()
    made = backup_service.backup_file_before_repair(path)
    assert path.read_bytes() == before
    assert made.reason == "repair"
    assert backup_service.list_file_backups(path, catalog)[0].id == made.id
    assert status_in(made.path, ITEM) == "ready"


def test_a_copy_saved_as_gets_its_own_first_change_backup(project: ProjectSession,
                                                          tmp_path: Path) -> None:
    set_item_status(project, ITEM, ItemStatus.READY)
    copy = save_project_as(project, tmp_path / "visit-2.auditready")
    try:
        set_item_status(copy, ITEM, ItemStatus.IN_PROGRESS)
        daily = [b for b in copy.store.backups.list() if b.reason == "daily"]
        assert [Path(b.project_path).name for b in daily] == ["visit-2.auditready",
                                                              "acme.auditready"]
    finally:
        copy.close()
