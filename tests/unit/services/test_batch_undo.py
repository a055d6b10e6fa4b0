"""Taking back batch edits for undo and making them again: several files attached at
once, and custom checklists with their entries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.domain.model import ItemKind, ItemStatus, Text
from desktop.errors import ValidationError
from desktop.services.custom import EntryFields, add_custom_item
from desktop.services.custom_restore import restore_custom_content, take_custom_content
from desktop.services.evidence import (
    attach_evidence,
    attach_evidence_files,
    restore_attachments,
    take_attachments,
)
from desktop.services.items import set_item_status
from desktop.services.session import ProjectSession, open_project

ITEM = "iso9001-2015:7.1.5.1:R"
OTHER = "iso14001-2015:9.2.2:R"


def _blobs(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM blobs").fetchone()[0])


def test_a_batch_attach_is_taken_back_and_made_again_with_the_same_rows(
        project: ProjectSession, tmp_path: Path) -> None:
    old = tmp_path / "台账.xlsx"
    old.write_bytes(b"register")
    stored = attach_evidence(project, [OTHER], old).evidence_id
    new = [tmp_path / "a.pdf", tmp_path / "b.pdf"]
    for i, path in enumerate(new):
        path.write_bytes(b"%PDF " + bytes([i]) * 500)
    changes = attach_evidence_files(project, [ITEM], [*new, old, new[0]])
    assert changes.evidence_ids[2] == stored and len(changes.evidence_ids) == 3
    before = {e.id: e for e in project.store.evidence_list()}

    taken = take_attachments(project, changes.evidence_ids[:2], [(stored, ITEM)])
    assert taken.changes.items == {ITEM}
    assert [e.id for e in project.store.evidence_list()] == [stored]
    assert project.store.evidence(stored).item_ids == (OTHER,)
    assert _blobs(project.path) == 3  # the bytes wait for a redo

    restore_attachments(project, taken)
    assert {e.id: e for e in project.store.evidence_list()} == before

    take_attachments(project, changes.evidence_ids[:2], [(stored, ITEM)])
    path = project.path
    project.close()
    assert _blobs(path) == 1  # closing drops what nothing uses
    reopened = open_project(path, project.bundled)
    try:
        with pytest.raises(ValidationError):
            restore_attachments(reopened, taken)
        assert [e.id for e in reopened.store.evidence_list()] == [stored]
    finally:
        reopened.close()


def _entry(project: ProjectSession, clause: str, **place: str) -> str:
    kind = ItemKind.CLAUSE if "new_checklist" in place else ItemKind.RETAIN
    changes = add_custom_item(project, EntryFields(clause, kind, Text("", f"条目 {clause}")),
                              **place)
    return changes.created[0]


def test_a_custom_checklist_and_an_entry_under_a_standard_come_back_whole(
        project: ProjectSession, tmp_path: Path) -> None:
    heading = _entry(project, "S", new_checklist="供应商审核")
    checklist_id = project.catalog.item(heading).standard_id
    record = _entry(project, "S.1", parent=heading)
    under_iso = _entry(project, "7.1.5", parent="iso9001-2015:7.1.5")
    set_item_status(project, record, ItemStatus.READY)
    proof = tmp_path / "评价记录.pdf"
    proof.write_bytes(b"%PDF proof")
    evidence = attach_evidence(project, [record, under_iso], proof).evidence_id
    before = project.store.custom_content()

    removed = take_custom_content(project, [checklist_id], [under_iso])
    assert not any(project.catalog.has_item(i) for i in (heading, record, under_iso))
    assert project.store.custom_content() == ([], [])
    assert project.store.evidence(evidence).item_ids == ()  # the file stays in the register
    assert removed.changes.items == {record, under_iso}

    restore_custom_content(project, removed)
    assert project.store.custom_content() == before
    assert project.store.item_state(record).status is ItemStatus.READY
    assert set(project.store.evidence(evidence).item_ids) == {record, under_iso}
    assert project.catalog.has_item(under_iso)

    with pytest.raises(ValidationError):  # already back: its ids are taken
        restore_custom_content(project, removed)


def test_only_custom_content_can_be_taken(project: ProjectSession) -> None:
    with pytest.raises(ValidationError):
        take_custom_content(project, ["iso9001-2015"])
    with pytest.raises(ValidationError):
        take_custom_content(project, [], [ITEM])
