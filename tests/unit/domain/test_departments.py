"""The responsibility matrix proposal and the integrated view, without a project."""

from __future__ import annotations

from desktop.domain.departments import (
    INTEGRATED,
    ClauseRow,
    Department,
    Function,
    Role,
    clause_sort_key,
    default_functions,
    department_function,
    integrated_view,
    owner_department,
    propose_matrix,
)

QUALITY = Department("dept-1", "质量部", "王敏", ("一厂",))
PURCHASING = Department("dept-2", "采购部", "赵磊", ())
EHS = Department("dept-3", "安环部", "陈刚", ())
OTHER = Department("dept-4", "Team Blue", "", ())


def test_department_kind_comes_from_the_name() -> None:
    assert department_function(QUALITY) is Function.QUALITY
    assert department_function(EHS) is Function.EHS
    assert department_function(Department("d", "Purchasing", "", ())) is Function.PURCHASING
    assert department_function(OTHER) is None


def test_owner_text_names_a_department_by_name_or_head() -> None:
    depts = [QUALITY, PURCHASING]
    assert owner_department("质量部 王敏", depts) == "dept-1"
    assert owner_department("赵磊", depts) == "dept-2"
    assert owner_department("somebody", depts) is None
    assert owner_department("", depts) is None


def test_system_default_beats_the_shared_one_for_the_same_clause() -> None:
    assert default_functions("QMS", "8.4.1") == (Function.PURCHASING,
                                                (Function.QUALITY, Function.WAREHOUSE))
    responsible, _ = default_functions("EMS", "6.1.2") or (None, ())
    assert responsible is Function.EHS
    assert default_functions("QMS", "11") is None


def test_item_owners_decide_before_the_defaults() -> None:
    rows = [ClauseRow("iso9001-2015", "QMS", "8.4"), ClauseRow("iso9001-2015", "QMS", "8.4.1")]
    owners = {("iso9001-2015", "8.4.1"): ["dept-1", "dept-1", "dept-2"]}
    matrix = propose_matrix(rows, [QUALITY, PURCHASING, EHS], owners)
    # quality owns most items of 8.4.1 (and so of 8.4): responsible; purchasing,
    # the default responsible, takes part.
    assert matrix[("iso9001-2015", "8.4.1")] == {"dept-1": Role.RESPONSIBLE,
                                                 "dept-2": Role.INVOLVED}
    assert matrix[("iso9001-2015", "8.4")]["dept-1"] is Role.RESPONSIBLE


def test_defaults_fill_clauses_no_item_names() -> None:
    rows = [ClauseRow("iso14001-2015", "EMS", "6.1.2"), ClauseRow("iso9001-2015", "QMS", "8.4")]
    matrix = propose_matrix(rows, [QUALITY, PURCHASING, EHS, OTHER], {})
    assert matrix[("iso14001-2015", "6.1.2")]["dept-3"] is Role.RESPONSIBLE
    assert matrix[("iso9001-2015", "8.4")] == {"dept-2": Role.RESPONSIBLE,
                                               "dept-1": Role.INVOLVED}
    assert all("dept-4" not in cell for cell in matrix.values())


def test_unknown_departments_in_owners_are_ignored() -> None:
    rows = [ClauseRow("iso9001-2015", "QMS", "7.1.5")]
    matrix = propose_matrix(rows, [QUALITY], {("iso9001-2015", "7.1.5"): ["dept-99"]})
    assert matrix[("iso9001-2015", "7.1.5")] == {"dept-1": Role.RESPONSIBLE}


def test_integrated_view_keeps_the_strongest_role() -> None:
    matrix = {
        ("iso9001-2015", "9.2"): {"dept-1": Role.RESPONSIBLE, "dept-3": Role.INVOLVED},
        ("iso14001-2015", "9.2"): {"dept-3": Role.RESPONSIBLE},
        ("iso14001-2015", "6.1.2"): {"dept-3": Role.RESPONSIBLE},
        ("custom:x", "1"): {"dept-1": Role.RESPONSIBLE},
    }
    view = integrated_view(matrix, ["iso9001-2015", "iso14001-2015"])
    assert view[(INTEGRATED, "9.2")] == {"dept-1": Role.RESPONSIBLE, "dept-3": Role.RESPONSIBLE}
    assert view[(INTEGRATED, "6.1.2")] == {"dept-3": Role.RESPONSIBLE}
    assert (INTEGRATED, "1") not in view


def test_clauses_sort_in_document_order() -> None:
    assert sorted(["10", "7.10", "7.9", "7", "4.1"], key=clause_sort_key) == [
        "4.1", "7", "7.9", "7.10", "10"]
    assert Role.RESPONSIBLE.symbol == "●" and Role.INVOLVED.label.zh == "相关"
