"""The sample project's departments, the department of each item, and its matrix.

Names follow the sample's records (:mod:`desktop.services.sample.records`:
auditors from 品质部 and 技术部, auditees 生产部, 品质部, 采购部, 仓储部, 安环部,
行政人事部). Items belong to the department their owner text names; the
matrix is the proposal from those items and the clause defaults, with a few
cells changed by hand as a quality manager would.
"""

from __future__ import annotations

from desktop.domain.departments import Role, owner_department
from desktop.domain.model import CompanyProfile
from desktop.services.departments.matrix import (
    add_department,
    list_departments,
    matrix_standards,
    propose_matrix,
    replace_matrix,
)
from desktop.services.session import ProjectSession

# (name, head, site numbers (0: head office and plant 1, 1: plant 2 warehouse))
SAMPLE_DEPARTMENTS: tuple[tuple[str, str, tuple[int, ...]], ...] = (
    ("总经理办公室", "周文华", (0, 1)),
    ("品质部", "王敏", (0, 1)),
    ("生产部", "张建军", (0,)),
    ("技术部", "刘洋", (0,)),
    ("采购部", "赵磊", (0,)),
    ("仓储部", "钱晓红", (1,)),
    ("销售部", "吴婷", (0,)),
    ("安环部", "陈刚", (0, 1)),
    ("行政人事部", "李娜", (0, 1)),
)

_OWNER_ALIASES = {"管理者代表 孙建国": "总经理办公室"}
"""Owner texts naming no department or head; the management representative sits
in the general manager's office."""

_BY_HAND: tuple[tuple[str, str, str, Role | None], ...] = (
    # (standard, clause, department name, role): the warehouse keeps the
    # measuring equipment of plant 2 and preserves the product.
    ("iso9001-2015", "7.1.5", "仓储部", Role.INVOLVED),
    ("iso9001-2015", "8.5.4", "仓储部", Role.RESPONSIBLE),
    ("iso9001-2015", "8.5.4", "生产部", Role.INVOLVED),
)


def add_sample_departments(session: ProjectSession, profile: CompanyProfile) -> None:
    """Add the departments, give each item with an owner its department, store the matrix.

    Args:
        session: the sample project, its items already filled.
        profile: the sample company (its sites are named by the departments).
    """
    with session.store.atomic():
        for name, head, site_numbers in SAMPLE_DEPARTMENTS:
            sites = [profile.sites[n] for n in site_numbers if n < len(profile.sites)]
            add_department(session, name, head, sites)
        depts = list_departments(session)
        by_name = {d.name: d.id for d in depts}
        assignments: list[tuple[str, str | None]] = []
        for item_id, state in session.store.item_states().items():
            dept_id = (by_name.get(_OWNER_ALIASES.get(state.owner, ""))
                       or owner_department(state.owner, depts))
            if dept_id is not None:
                assignments.append((item_id, dept_id))
        session.store.departments.assign_items(assignments)
        matrix = propose_matrix(session)
        chosen = {s.id for s in matrix_standards(session)}
        for std, clause, name, role in _BY_HAND:
            if std in chosen and name in by_name:
                cell = matrix.setdefault((std, clause), {})
                if role is Role.RESPONSIBLE:
                    for dept_id, old in list(cell.items()):
                        if old is Role.RESPONSIBLE:
                            cell[dept_id] = Role.INVOLVED
                if role is None:
                    cell.pop(by_name[name], None)
                else:
                    cell[by_name[name]] = role
        replace_matrix(session, matrix)
