"""The audit plan flags auditors of audited departments; checklists leave no clause without a
question; the programme shows what is held and what is only planned."""

from __future__ import annotations

import datetime as dt

from desktop.catalog import load_catalog
from desktop.domain.audit_kit import (
    DAY_START,
    LUNCH,
    MAX_SLOT,
    annual_programme,
    audit_plan,
    clause_lines,
    department_checklist,
)
from desktop.domain.departments import Department, Matrix, Role
from desktop.domain.records import Auditor, AuditProgramme, InternalAudit

CATALOG = load_catalog()
QMS = CATALOG.standard("iso9001-2015")
QUALITY = Department("dept-1", "品质部", "王敏", ("一厂",))
PRODUCTION = Department("dept-2", "生产部", "张建军", ("一厂", "二厂"))
MATRIX: Matrix = {
    ("iso9001-2015", "4"): {"dept-1": Role.RESPONSIBLE},
    ("iso9001-2015", "7.1.5"): {"dept-1": Role.RESPONSIBLE, "dept-2": Role.INVOLVED},
    ("iso9001-2015", "8.5"): {"dept-2": Role.RESPONSIBLE},
    ("iso9001-2015", "9.2"): {"dept-1": Role.RESPONSIBLE},
}
MONDAY = dt.date(2026, 11, 9)


def _audit(*auditors: Auditor, held: bool = True) -> InternalAudit:
    return InternalAudit(1, "内审", planned_on=MONDAY, held_from=MONDAY if held else None,
                         auditors=auditors, auditees=("生产部", "品质部"),
                         coverage=(("iso9001-2015:8.5", "一厂"),))


def test_checklist_asks_at_least_one_question_per_responsible_clause() -> None:
    checklist = department_checklist(QUALITY, MATRIX, [QMS])
    assert checklist.clauses() == (("iso9001-2015", "4"), ("iso9001-2015", "7.1.5"),
                                   ("iso9001-2015", "9.2"))
    for clause in ("4", "7.1.5", "9.2"):
        lines = [line for line in checklist.lines if line.clause == clause]
        assert lines and all(line.question.zh and line.question.en for line in lines)


def test_involved_clauses_are_not_on_the_checklist() -> None:
    checklist = department_checklist(PRODUCTION, MATRIX, [QMS])
    assert checklist.clauses() == (("iso9001-2015", "8.5"),)


def test_clause_with_item_questions_uses_the_knowledge_base() -> None:
    lines = clause_lines(QMS, "7.1.5.1")
    assert all(line.item_id is not None for line in lines)
    item = CATALOG.item(lines[0].item_id or "")
    assert lines[0].question == item.questions[0]


def test_clause_without_items_borrows_its_sub_clauses_questions() -> None:
    lines = clause_lines(QMS, "7.1.5")
    assert lines and all(CATALOG.item(line.item_id or "").clause.startswith("7.1.5.")
                         for line in lines)
    (general,) = clause_lines(QMS, "7.1.5", descend=False)
    assert general.item_id is None


def test_heading_clause_of_assigned_sub_clauses_gets_a_general_question() -> None:
    matrix: Matrix = {("iso9001-2015", "8"): {"dept-2": Role.RESPONSIBLE},
                      ("iso9001-2015", "8.5"): {"dept-2": Role.RESPONSIBLE}}
    checklist = department_checklist(PRODUCTION, matrix, [QMS])
    (line,) = [line for line in checklist.lines if line.clause == "8"]
    assert line.item_id is None and "8" in line.question.zh and "8" in line.question.en


def test_auditor_of_an_audited_department_is_flagged_and_not_given_it() -> None:
    plan = audit_plan(_audit(Auditor("王敏", "品质部"), Auditor("刘洋", "技术部")),
                      [QUALITY, PRODUCTION], MATRIX, [QMS], MONDAY)
    assert [(i.auditor, i.department) for i in plan.issues] == [("王敏", "品质部")]
    by_dept = {s.department.name: s for s in plan.slots}
    assert "王敏" not in by_dept["品质部"].auditors
    assert by_dept["品质部"].independent


def test_department_with_only_its_own_auditors_is_not_independent() -> None:
    plan = audit_plan(_audit(Auditor("王敏", "品质部")), [QUALITY, PRODUCTION], MATRIX, [QMS],
                      MONDAY)
    by_dept = {s.department.name: s for s in plan.slots}
    assert not by_dept["品质部"].independent and by_dept["生产部"].independent


def test_slots_follow_each_other_and_skip_lunch() -> None:
    plan = audit_plan(_audit(Auditor("刘洋", "技术部")), [QUALITY, PRODUCTION], MATRIX, [QMS],
                      MONDAY)
    first, second = plan.slots
    assert (first.day, first.start) == (MONDAY, DAY_START)
    assert second.start == first.end
    for slot in plan.slots:
        assert not (slot.start < LUNCH[1] and slot.end > LUNCH[0])
        minutes = (dt.datetime.combine(MONDAY, slot.end)
                   - dt.datetime.combine(MONDAY, slot.start)).seconds // 60
        assert minutes <= MAX_SLOT


def test_unknown_auditee_is_reported() -> None:
    audit = InternalAudit(1, "内审", auditees=("销售部",))
    plan = audit_plan(audit, [QUALITY], MATRIX, [QMS], MONDAY)
    assert plan.unknown_auditees == ("销售部",) and plan.slots == ()


def test_programme_tells_held_from_planned() -> None:
    programme = AuditProgramme(7, "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    planned = _audit(Auditor("刘洋", "技术部"), held=False)
    found = annual_programme(programme, [planned], [QUALITY, PRODUCTION], MATRIX, [QMS],
                             ["一厂", "二厂"])
    assert [r.planned for r in found.rows] == [True, True]
    assert not any(r.held for r in found.rows)
    assert found.planned.cells[("iso9001-2015:8.5", "一厂")]
    assert not found.held.cells[("iso9001-2015:8.5", "一厂")]
    assert found.unplanned_departments() == ()
    outside = annual_programme(programme, [], [QUALITY], MATRIX, [QMS], ["一厂"])
    assert outside.unplanned_departments() == (QUALITY,)
