"""Departments and the responsibility matrix through the services, stored in the project."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.departments import INTEGRATED, Role
from desktop.domain.model import Catalog
from desktop.errors import ValidationError
from desktop.services.departments import matrix as svc
from desktop.services.items import update_item_details
from desktop.services.sample.build import create_sample
from desktop.services.session import ProjectSession, open_project

ITEM = "iso9001-2015:7.1.5.1:R"


def test_departments_are_stored_in_order_and_survive_reopening(
        project: ProjectSession, catalog: Catalog) -> None:
    quality, _ = svc.add_department(project, " 质量部 ", "王敏", ["Site A", "", "Site A"])
    svc.add_department(project, "生产部", "刘洋")
    svc.add_department(project, "总经理办公室", "周文华", position=0)
    path = project.path
    project.close()
    reopened = open_project(path, catalog)
    try:
        names = [d.name for d in svc.list_departments(reopened)]
        assert names == ["总经理办公室", "质量部", "生产部"]
        assert svc.department(reopened, quality.id).sites == ("Site A",)
    finally:
        reopened.close()


def test_names_must_be_given_and_unique(project: ProjectSession) -> None:
    svc.add_department(project, "质量部")
    with pytest.raises(ValidationError):
        svc.add_department(project, "  ")
    with pytest.raises(ValidationError) as caught:
        svc.add_department(project, "质量部")
    assert "质量部" in caught.value.zh


def test_update_changes_only_what_is_given(project: ProjectSession) -> None:
    dept, _ = svc.add_department(project, "质量部", "王敏", ["Site A"])
    assert svc.update_department(project, dept.id, head="李静").records == {"departments"}
    assert svc.department(project, dept.id) == dept.__class__(dept.id, "质量部", "李静",
                                                              ("Site A",))
    assert svc.update_department(project, dept.id, head="李静").records == frozenset()


def test_a_removed_department_comes_back_with_cells_and_items(project: ProjectSession) -> None:
    svc.add_department(project, "生产部")
    dept, _ = svc.add_department(project, "质量部")
    svc.set_role(project, "iso9001-2015", "7.1.5", dept.id, Role.RESPONSIBLE)
    svc.set_item_department(project, ITEM, dept.id, owner="王敏")
    removed, changes = svc.remove_department(project, dept.id)
    assert ITEM in changes.items
    assert ITEM not in svc.item_departments(project)
    assert project.store.item_state(ITEM).owner == "王敏"
    assert svc.responsibility_matrix(project) == {}
    # a new department never gets the removed one's id
    other, _ = svc.add_department(project, "采购部")
    assert other.id != dept.id
    svc.restore_department(project, removed)
    assert [d.name for d in svc.list_departments(project)] == ["生产部", "质量部", "采购部"]
    assert svc.item_departments(project)[ITEM] == dept.id
    assert svc.responsibility_matrix(project) == {
        ("iso9001-2015", "7.1.5"): {dept.id: Role.RESPONSIBLE}}


def test_set_role_sets_and_clears_one_cell(project: ProjectSession) -> None:
    dept, _ = svc.add_department(project, "质量部")
    assert svc.set_role(project, "iso9001-2015", "9.2", dept.id, Role.INVOLVED).records
    assert svc.set_role(project, "iso9001-2015", "9.2", dept.id, Role.INVOLVED).records == set()
    assert svc.responsibility_matrix(project)[("iso9001-2015", "9.2")] == {
        dept.id: Role.INVOLVED}
    svc.set_role(project, "iso9001-2015", "9.2", dept.id, None)
    assert svc.responsibility_matrix(project) == {}
    with pytest.raises(ValidationError):
        svc.set_role(project, "iso9001-2015", "99.9", dept.id, Role.INVOLVED)
    with pytest.raises(ValidationError):
        svc.set_role(project, "iso9001-2015", "9.2", "dept-404", Role.INVOLVED)


def test_integrated_cell_sets_every_standard_with_that_clause(project: ProjectSession) -> None:
    dept, _ = svc.add_department(project, "安环部")
    svc.set_role(project, INTEGRATED, "5.4", dept.id, Role.RESPONSIBLE)
    # 5.4 (consultation and participation of workers) exists only in ISO 45001
    assert svc.responsibility_matrix(project) == {
        ("iso45001-2018", "5.4"): {dept.id: Role.RESPONSIBLE}}
    svc.set_role(project, INTEGRATED, "9.2", dept.id, Role.INVOLVED)
    assert {k for k in svc.responsibility_matrix(project) if k[1] == "9.2"} == {
        ("iso9001-2015", "9.2"), ("iso14001-2015", "9.2"), ("iso45001-2018", "9.2")}
    assert "9.2" in svc.matrix_clauses(project, INTEGRATED)


def test_proposal_uses_item_departments_and_owner_text(project: ProjectSession) -> None:
    quality, _ = svc.add_department(project, "质量部", "王敏")
    buying, _ = svc.add_department(project, "采购部", "赵磊")
    ehs, _ = svc.add_department(project, "安环部", "陈刚")
    svc.set_item_department(project, ITEM, buying.id)
    update_item_details(project, "iso9001-2015:8.4.1:R", owner="王敏")
    proposal = svc.propose_matrix(project)
    assert proposal[("iso9001-2015", "7.1.5.1")][buying.id] is Role.RESPONSIBLE
    assert proposal[("iso9001-2015", "7.1.5.1")][quality.id] is Role.INVOLVED
    assert proposal[("iso9001-2015", "8.4.1")][quality.id] is Role.RESPONSIBLE
    assert proposal[("iso14001-2015", "6.1.2")][ehs.id] is Role.RESPONSIBLE
    assert svc.responsibility_matrix(project) == {}  # a proposal stores nothing
    svc.replace_matrix(project, proposal)
    stored = svc.responsibility_matrix(project)
    assert stored == {k: v for k, v in proposal.items() if v}


def test_item_department_needs_a_known_department(project: ProjectSession) -> None:
    with pytest.raises(ValidationError):
        svc.set_item_department(project, ITEM, "dept-7")
    dept, _ = svc.add_department(project, "质量部")
    assert svc.set_item_department(project, ITEM, dept.id).items == {ITEM}
    assert svc.set_item_department(project, ITEM, dept.id).items == frozenset()


def test_the_sample_has_departments_items_and_a_matrix_with_one_lead_per_clause(
        tmp_path: Path, catalog: Catalog) -> None:
    sample = create_sample(tmp_path / "sample.auditready", catalog)
    try:
        depts = {d.name: d for d in svc.list_departments(sample)}
        assert {"总经理办公室", "品质部", "生产部", "采购部", "销售部", "安环部",
                "行政人事部"} <= set(depts)
        assert all(d.head and d.sites for d in depts.values())
        owned = svc.item_departments(sample)
        assert owned["iso9001-2015:8.4.1:R"] == depts["采购部"].id
        matrix = svc.responsibility_matrix(sample)
        for std in svc.matrix_standards(sample):
            for clause in svc.matrix_clauses(sample, std.id):
                roles = list(matrix.get((std.id, clause), {}).values())
                assert roles.count(Role.RESPONSIBLE) == 1, (std.id, clause)
        assert matrix[("iso9001-2015", "8.5.4")][depts["仓储部"].id] is Role.RESPONSIBLE
    finally:
        sample.close()
