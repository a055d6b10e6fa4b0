"""Custom content services: entries, checklists, templates and the Excel import."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.custom import CUSTOM_SYSTEM
from desktop.domain.model import Catalog, ItemKind, ItemStatus, Text
from desktop.errors import (
    ChecklistImportError,
    CorruptProjectError,
    TemplateError,
    ValidationError,
)
from desktop.services.custom import (
    EntryFields,
    add_custom_item,
    apply_template,
    edit_custom_item,
    import_checklist,
    remove_custom_checklist,
    remove_custom_item,
    save_template,
    slug,
)
from desktop.services.evidence import attach_evidence
from desktop.services.items import set_item_status
from desktop.services.reporting.data import report_data
from desktop.services.reporting.export import export_reports
from desktop.services.session import ProjectSession, open_project, save_project_as
from desktop.store import ProjectStore
from desktop.store.schema import SCHEMA
from tests.workbooks import malformed_workbook, valid_workbook

CLAUSE_715 = "iso9001-2015:7.1.5"
GAUGES = EntryFields("7.1.5", ItemKind.RETAIN, Text("Gauge register", "量具台账"))


def _readiness(session: ProjectSession, standard_id: str) -> tuple[int, int, int]:
    figures = next(r for r in session.readiness() if r.standard_id == standard_id)
    return figures.total, figures.ready, figures.mandatory_applicable


def test_an_item_under_a_bundled_clause_counts_in_that_standards_readiness(
    project: ProjectSession, catalog: Catalog
) -> None:
    before = _readiness(project, "iso9001-2015")

    changes = add_custom_item(project, GAUGES, parent=CLAUSE_715)

    (item_id,) = changes.created
    assert changes.custom and changes.readiness and item_id == "custom:iso9001-2015:7.1.5:R"
    item = project.catalog.item(item_id)
    assert (item.custom, item.standard_id, item.parent) == (True, "iso9001-2015", CLAUSE_715)
    std = project.catalog.standard("iso9001-2015")
    assert item in std.checklist() and item in next(
        s for s in project.standards() if s.id == "iso9001-2015").items
    assert _readiness(project, "iso9001-2015") == (before[0] + 1, 0, before[2] + 1)
    set_item_status(project, item_id, ItemStatus.READY)
    assert _readiness(project, "iso9001-2015")[1] == 1
    # The bundled catalog is a different, unchanged object.
    assert not catalog.has_item(item_id) and project.bundled is catalog
    assert len(catalog.standard("iso9001-2015").items) == len(std.items) - 1


def test_a_new_checklist_is_an_extra_standard_of_the_project(project: ProjectSession) -> None:
    heading = add_custom_item(project, EntryFields("S", ItemKind.CLAUSE, Text("", "供应商管理")),
                              new_checklist="Supplier audit 供应商").created[0]
    assert heading == "custom:supplier-audit:S"
    record = add_custom_item(project, EntryFields("S", ItemKind.RETAIN,
                                                  Text("Supplier evaluations", "")),
                             parent=heading).created[0]

    std = project.standards()[-1]
    assert (std.id, std.system, std.national, std.edition) == (
        "custom:supplier-audit", CUSTOM_SYSTEM, "", "")
    assert std.label == "Supplier audit 供应商"
    assert [i.id for i in std.items] == [heading, record]
    # One language filled in gives both sides something to show.
    assert project.catalog.item(heading).title == Text("供应商管理", "供应商管理")
    assert project.checklist_item(record).kind is ItemKind.RETAIN
    assert project.readiness()[-1].total == 1

    # It survives closing and reopening the project.
    path, catalog = project.path, project.bundled
    project.close()
    reopened = open_project(path, catalog)
    try:
        assert reopened.standards()[-1].id == "custom:supplier-audit"
        assert reopened.catalog.item(record).title.en == "Supplier evaluations"
    finally:
        reopened.close()


def test_places_and_fields_are_checked(project: ProjectSession) -> None:
    with pytest.raises(ValidationError, match="checklist item goes under a clause"):
        add_custom_item(project, GAUGES, new_checklist="X")
    with pytest.raises(ValidationError, match="is a checklist item"):
        add_custom_item(project, GAUGES, parent="iso9001-2015:5.2.2:M")
    with pytest.raises(ValidationError, match="outside clause 7"):
        add_custom_item(project, EntryFields("8.1", ItemKind.EVIDENCE, Text("x", "")),
                        parent=CLAUSE_715)
    with pytest.raises(ValidationError, match="title"):
        add_custom_item(project, EntryFields("7.1.5", ItemKind.EVIDENCE, Text(" ", "")),
                        parent=CLAUSE_715)
    with pytest.raises(ValidationError, match="Choose where"):
        add_custom_item(project, GAUGES)
    assert project.store.custom_content() == ([], [])


def test_edit_and_remove(project: ProjectSession) -> None:
    item_id = add_custom_item(project, GAUGES, parent=CLAUSE_715).created[0]
    changes = edit_custom_item(project, item_id, EntryFields(
        "7.1.5.1", ItemKind.EVIDENCE, Text("Gauge list", "量具清单"), Text("All gauges.", "")))
    assert changes.custom and changes.items == {item_id}
    item = project.catalog.item(item_id)
    assert (item.clause, item.kind, item.title.zh, item.description.zh) == (
        "7.1.5.1", ItemKind.EVIDENCE, "量具清单", "All gauges.")
    with pytest.raises(ValidationError, match="not a custom entry"):
        edit_custom_item(project, "iso9001-2015:5.2.2:M", GAUGES)

    source = project.path.parent / "台账.xlsx"
    source.write_bytes(b"register")
    attach_evidence(project, [item_id], source)
    set_item_status(project, item_id, ItemStatus.READY)
    with pytest.raises(ValidationError, match="cannot become a clause"):
        edit_custom_item(project, item_id, EntryFields("7.1.5", ItemKind.CLAUSE, Text("x", "")))

    changes = remove_custom_item(project, item_id)
    assert changes.custom and changes.evidence and changes.items == {item_id}
    assert not project.catalog.has_item(item_id)
    assert item_id not in project.store.item_states()
    (evidence,) = project.store.evidence_list()
    assert evidence.item_ids == ()  # the file stays in the register, unlinked


def test_remove_refuses_a_clause_with_children(project: ProjectSession) -> None:
    heading = add_custom_item(project, EntryFields("S", ItemKind.CLAUSE, Text("S", "")),
                              new_checklist="S").created[0]
    child = add_custom_item(project, EntryFields("S", ItemKind.EVIDENCE, Text("E", "")),
                            parent=heading).created[0]
    with pytest.raises(ValidationError, match="remove them first"):
        remove_custom_item(project, heading)
    remove_custom_item(project, child)
    remove_custom_item(project, heading)
    assert project.standards()[-1].id == "iso45001-2018"  # an empty checklist is not shown


def test_template_round_trip_into_another_project(
    project: ProjectSession, tmp_path: Path, catalog: Catalog
) -> None:
    heading = add_custom_item(project, EntryFields("S", ItemKind.CLAUSE, Text("Suppliers", "供方")),
                              new_checklist="Supplier audit").created[0]
    add_custom_item(project, EntryFields("S", ItemKind.RETAIN, Text("Evaluations", "评价")),
                    parent=heading)
    add_custom_item(project, GAUGES, parent=CLAUSE_715)
    whole = tmp_path / "supplier.auditready-template.json"
    extras = tmp_path / "iso9001-extras.json"

    assert save_template(project, "custom:supplier-audit", whole).custom is False
    save_template(project, "iso9001-2015", extras)

    data = json.loads(whole.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("auditready-template", 1)
    assert data["checklist"]["code"] == "Supplier audit"
    assert [(e["key"], e["parent"], e["under"]) for e in data["entries"]] == [
        ("S", None, None), ("S:R", "S", None)]
    assert [(e["key"], e["under"]) for e in json.loads(extras.read_text())["entries"]] == [
        ("7.1.5:R", CLAUSE_715)]
    assert not list(tmp_path.glob(".*.tmp"))

    # Applying into the same project renames: a fresh checklist id, no clashes.
    changes = apply_template(project, whole)
    assert changes.created[0] == "custom:supplier-audit-2"
    assert [s.id for s in project.standards()][-2:] == ["custom:supplier-audit",
                                                        "custom:supplier-audit-2"]
    apply_template(project, extras, name="ISO 9001 extras")
    added = [i for i in project.catalog.standard("iso9001-2015").items if i.custom]
    assert [i.id for i in added] == ["custom:iso9001-2015:7.1.5:R",
                                     "custom:iso-9001-extras:7.1.5:R"]


def test_a_template_is_applied_all_or_nothing(project: ProjectSession, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "auditready-template", "version": 1, "checklist": None,
                               "entries": [
                                   {"key": "a", "parent": None, "under": CLAUSE_715,
                                    "clause": "7.1.5", "kind": "evidence",
                                    "title": {"en": "ok", "zh": ""}},
                                   {"key": "b", "parent": None, "under": "iso14001-2026:6.1",
                                    "clause": "6.1", "kind": "evidence",
                                    "title": {"en": "other edition", "zh": ""}},
                                   {"key": "c", "parent": None, "under": None, "clause": "1",
                                    "kind": "record", "title": {"en": "x", "zh": ""}}]}),
                   encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        apply_template(project, bad)
    assert "unknown kind 'record'" in caught.value.en
    assert project.store.custom_content() == ([], [])

    del_c = json.loads(bad.read_text())
    del_c["entries"].pop()
    bad.write_text(json.dumps(del_c), encoding="utf-8")
    with pytest.raises(TemplateError, match=r"iso14001-2026:6\.1 is not a clause of this project"):
        apply_template(project, bad)
    assert project.store.custom_content() == ([], [])

    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "auditready-template", "version": 9, "entries": []}')
    with pytest.raises(TemplateError, match="newer AuditReady"):
        apply_template(project, newer)
    with pytest.raises(TemplateError, match="not an AuditReady template"):
        apply_template(project, _write(tmp_path / "x.json", "[1, 2]"))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _project_rows(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("custom_checklists", "custom_items", "item_state")}
    finally:
        conn.close()


def test_a_malformed_workbook_writes_nothing(project: ProjectSession, tmp_path: Path) -> None:
    set_item_status(project, "iso9001-2015:5.2.2:M", ItemStatus.READY)
    states = project.store.item_states()
    before = _project_rows(project.path)
    file_before = project.path.read_bytes()
    standards = project.standards()

    with pytest.raises(ChecklistImportError) as caught:
        import_checklist(project, malformed_workbook(tmp_path / "坏清单.xlsx"))

    assert sorted({p.row for p in caught.value.problems}) == [3, 4, 5, 6, 7, 8, 9, 10]
    assert project.store.item_states() == states
    assert _project_rows(project.path) == before == {
        "custom_checklists": 0, "custom_items": 0, "item_state": 1}
    assert project.standards() == standards
    assert project.path.read_bytes() == file_before


def test_a_valid_workbook_becomes_a_custom_checklist(
    project: ProjectSession, tmp_path: Path
) -> None:
    steps: list[tuple[int, int]] = []
    changes = import_checklist(project, valid_workbook(tmp_path / "供应商审核.xlsx"),
                               progress=lambda done, total: steps.append((done, total)))

    checklist_id = changes.created[0]
    assert checklist_id == "custom:checklist"  # a Chinese file name has no ASCII slug
    assert steps[-1] == (1, 1)
    std = project.catalog.standard(checklist_id)
    assert std in project.standards() and std.code == "供应商审核"
    assert [(i.id, i.kind, i.parent) for i in std.items] == [
        ("custom:checklist:S", ItemKind.CLAUSE, None),
        ("custom:checklist:S1", ItemKind.MAINTAIN, "custom:checklist:S"),
        ("custom:checklist:S2", ItemKind.RETAIN, "custom:checklist:S"),
        ("custom:checklist:3", ItemKind.EVIDENCE, "custom:checklist:S"),
    ]
    # The row under ISO 9001:2015 7.1.5 joined that standard.
    gauge = project.catalog.item("custom:checklist:G1")
    assert (gauge.standard_id, gauge.parent, gauge.custom) == ("iso9001-2015", CLAUSE_715, True)
    assert changes.items == {"custom:checklist:S1", "custom:checklist:S2", "custom:checklist:3",
                             "custom:checklist:G1"}
    assert project.readiness()[-1].total == 3

    # A second import of the same file gets its own ids; removal takes the checklist away.
    again = import_checklist(project, tmp_path / "供应商审核.xlsx", name="Suppliers 2026")
    assert again.created[0] == "custom:suppliers-2026"
    remove_custom_checklist(project, checklist_id)
    assert checklist_id not in [s.id for s in project.standards()]
    assert project.catalog.has_item("custom:checklist:G1")  # it belongs to ISO 9001 now


def test_a_non_xlsx_file_is_refused_clearly(project: ProjectSession, tmp_path: Path) -> None:
    path = _write(tmp_path / "notes.xlsx", "just text")
    with pytest.raises(ChecklistImportError, match=r"notes\.xlsx.*not an Excel workbook"):
        import_checklist(project, path)


def test_save_as_keeps_custom_content(project: ProjectSession, tmp_path: Path) -> None:
    item_id = add_custom_item(project, GAUGES, parent=CLAUSE_715).created[0]
    copy = save_project_as(project, tmp_path / "copy.auditready")
    try:
        assert copy.catalog.has_item(item_id)
        assert not copy.bundled.has_item(item_id)
    finally:
        copy.close()


def test_slugs() -> None:
    assert slug("Supplier Audit (2026)") == "supplier-audit-2026"
    assert slug("供应商审核") == "checklist"
    assert slug("Café") == "cafe"


def test_reports_include_custom_checklists_and_items(
    project: ProjectSession, tmp_path: Path
) -> None:
    import_checklist(project, valid_workbook(tmp_path / "suppliers.xlsx"), name="Suppliers")
    data = report_data(project, "en")
    section = data.standards[-1]
    assert section.standard_id == "custom:suppliers" and section.readiness.total == 3
    iso = next(s for s in data.standards if s.standard_id == "iso9001-2015")
    assert iso.readiness.total == next(
        r.total for r in project.readiness() if r.standard_id == "iso9001-2015")
    result = export_reports(project, lang="zh", pdf=tmp_path / "r.pdf", xlsx=tmp_path / "r.xlsx")
    assert result.pdf is not None and result.pdf.stat().st_size > 0
    assert result.xlsx is not None and result.xlsx.stat().st_size > 0


def test_damaged_custom_rows_refuse_the_project_and_release_it(
    project: ProjectSession, catalog: Catalog
) -> None:
    add_custom_item(project, EntryFields("S", ItemKind.CLAUSE, Text("S", "")), new_checklist="S")
    path = project.path
    project.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE custom_checklists SET created = 'yesterday'")
    conn.commit()
    conn.close()

    with pytest.raises(CorruptProjectError):
        open_project(path, catalog)
    with ProjectStore.open(path) as store:  # not left locked
        assert store.schema_version() == SCHEMA.version
