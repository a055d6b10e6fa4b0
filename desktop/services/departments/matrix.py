"""User actions on departments and the responsibility matrix (职能分配表).

Each function is one user action, runs in one transaction and returns
:class:`~desktop.services.changes.Changes` with ``records`` holding
``"departments"`` (or nothing when nothing changed). Reads return domain
values (:mod:`desktop.domain.departments`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop.domain.departments import (
    INTEGRATED,
    ClauseRow,
    Department,
    Matrix,
    Role,
    clause_sort_key,
    owner_department,
)
from desktop.domain.departments import propose_matrix as _propose
from desktop.domain.model import ItemState, Standard
from desktop.errors import ValidationError
from desktop.services.changes import Changes
from desktop.services.items import update_item_details
from desktop.services.session import ProjectSession

CHANGED = Changes(records=frozenset({"departments"}))
"""What every department or matrix edit returns when it changed something."""


def list_departments(session: ProjectSession) -> list[Department]:
    """The project's departments in display order.

    Raises:
        CorruptProjectError: a stored department is malformed.
    """
    return session.store.departments.all()


def department(session: ProjectSession, department_id: str) -> Department:
    """One department by id.

    Raises:
        ValidationError: no such department.
    """
    for dept in list_departments(session):
        if dept.id == department_id:
            return dept
    raise ValidationError(f"There is no department {department_id!r} in this project.",
                          f"本项目中没有部门 {department_id!r}。")


def _clean(session: ProjectSession, name: str, head: str, sites: Sequence[str],
           own_id: str | None) -> tuple[str, str, tuple[str, ...]]:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("Enter the department's name.", "请填写部门名称。")
    for other in list_departments(session):
        if other.id != own_id and other.name.casefold() == name.casefold():
            raise ValidationError(f"There is already a department named {name!r}.",
                                  f"已有名为“{name}”的部门。")
    cleaned: list[str] = []
    for raw in sites:
        site = raw.strip()
        if site and site not in cleaned:
            cleaned.append(site)
    return name, head.strip(), tuple(cleaned)


def add_department(session: ProjectSession, name: str, head: str = "",
                   sites: Sequence[str] = (), *, position: int | None = None,
                   department_id: str | None = None) -> tuple[Department, Changes]:
    """Add a department.

    Args:
        name: e.g. ``"质量部"``; blanks are collapsed; unique (case-insensitive).
        head: the person leading it; may be empty.
        sites: site names (as in the company profile) it works at; blanks and
            repeats are dropped.
        position: display position (0-based; default last).
        department_id: reuse this id (only to undo a removal); default a new one.

    Returns:
        (the stored department, changes).

    Raises:
        ValidationError: blank or duplicate name, or ``department_id`` in use.
    """
    name, head, cleaned = _clean(session, name, head, sites, None)
    rows = session.store.departments
    with session.store.atomic():
        if department_id is not None and any(d.id == department_id for d in rows.all()):
            raise ValidationError(f"The department id {department_id!r} is in use.",
                                  f"部门编号 {department_id!r} 已被使用。")
        dept = Department(id=department_id or rows.new_id(), name=name, head=head,
                          sites=cleaned)
        rows.insert(dept, position)
    return dept, CHANGED


def update_department(session: ProjectSession, department_id: str, *, name: str | None = None,
                      head: str | None = None, sites: Sequence[str] | None = None) -> Changes:
    """Change name, head and/or sites of a department (arguments left out are kept).

    Raises:
        ValidationError: no such department, or a blank or duplicate name.
    """
    old = department(session, department_id)
    new_name, new_head, new_sites = _clean(
        session, old.name if name is None else name, old.head if head is None else head,
        old.sites if sites is None else sites, department_id)
    new = replace(old, name=new_name, head=new_head, sites=new_sites)
    if new == old:
        return Changes()
    session.store.departments.update(new)
    return CHANGED


@dataclass(frozen=True)
class RemovedDepartment:
    """What :func:`remove_department` took away, so that an undo can put it back.

    Attributes:
        department: the department as it was.
        position: its display position.
        cells: its matrix cells, (standard_id, clause) -> role.
        item_ids: the items that belonged to it.
    """

    department: Department
    position: int
    cells: dict[tuple[str, str], Role]
    item_ids: tuple[str, ...]


def remove_department(session: ProjectSession, department_id: str
                      ) -> tuple[RemovedDepartment, Changes]:
    """Remove a department with its matrix cells; its items keep their owner but no department.

    Returns:
        (what was removed, for :func:`restore_department`; changes).

    Raises:
        ValidationError: no such department.
    """
    dept = department(session, department_id)
    rows = session.store.departments
    with session.store.atomic():
        removed = RemovedDepartment(
            department=dept, position=rows.position(department_id),
            cells={key: cell[department_id] for key, cell in rows.matrix().items()
                   if department_id in cell},
            item_ids=tuple(i for i, d in rows.item_departments().items() if d == department_id))
        rows.delete(department_id)
    return removed, Changes(items=frozenset(removed.item_ids),
                            records=frozenset({"departments"}))


def restore_department(session: ProjectSession, removed: RemovedDepartment) -> Changes:
    """Put a removed department back as it was (undo of :func:`remove_department`).

    Raises:
        ValidationError: its id or name is in use again.
    """
    dept = removed.department
    rows = session.store.departments
    with session.store.atomic():
        add_department(session, dept.name, dept.head, dept.sites, position=removed.position,
                       department_id=dept.id)
        for (std, clause), role in removed.cells.items():
            rows.set_cell(std, clause, dept.id, role)
        rows.assign_items((item_id, dept.id) for item_id in removed.item_ids)
    return Changes(items=frozenset(removed.item_ids), records=frozenset({"departments"}))


def matrix_standards(session: ProjectSession) -> tuple[Standard, ...]:
    """The standards whose clauses form matrix rows: the project's standards with clauses."""
    return tuple(s for s in session.standards()
                 if any(not i.kind.is_checklist for i in s.items))


def matrix_clauses(session: ProjectSession, standard_id: str) -> tuple[str, ...]:
    """The clause numbers of one standard in document order (rows of its matrix).

    ``standard_id`` may be :data:`~desktop.domain.departments.INTEGRATED`: the
    clause numbers of every matrix standard, each once, in the order first met.

    Raises:
        ValidationError: not one of the project's standards.
    """
    standards = matrix_standards(session)
    if standard_id == INTEGRATED:
        seen: dict[str, None] = {}
        for std in standards:
            for clause in matrix_clauses(session, std.id):
                seen.setdefault(clause)
        return tuple(sorted(seen, key=clause_sort_key))
    for std in standards:
        if std.id == standard_id:
            return tuple(i.clause for i in std.items if not i.kind.is_checklist)
    raise ValidationError(f"The project has no standard {standard_id!r}.",
                          f"本项目不包含标准 {standard_id!r}。")


def responsibility_matrix(session: ProjectSession) -> Matrix:
    """The stored matrix of the project's standards (only clauses with cells appear).

    Use :func:`desktop.domain.departments.integrated_view` for the integrated view.

    Raises:
        CorruptProjectError: a stored cell is malformed.
    """
    chosen = {s.id for s in matrix_standards(session)}
    return {key: cell for key, cell in session.store.departments.matrix().items()
            if key[0] in chosen}


def set_role(session: ProjectSession, standard_id: str, clause: str, department_id: str,
             role: Role | None) -> Changes:
    """Set one cell of the matrix; None empties it.

    ``standard_id`` :data:`~desktop.domain.departments.INTEGRATED` sets the
    cell for that clause number in every project standard that has it.

    Raises:
        ValidationError: unknown standard, clause or department.
    """
    department(session, department_id)
    role = None if role is None else Role(role)
    targets = ([s.id for s in matrix_standards(session)] if standard_id == INTEGRATED
               else [standard_id])
    targets = [s for s in targets if clause in matrix_clauses(session, s)]
    if not targets:
        raise ValidationError(f"Clause {clause} is not in {standard_id}.",
                              f"{standard_id} 中没有条款 {clause}。")
    rows = session.store.departments
    current = rows.matrix()
    if all(current.get((s, clause), {}).get(department_id) is role for s in targets):
        return Changes()
    with session.store.atomic():
        for std in targets:
            rows.set_cell(std, clause, department_id, role)
    return CHANGED


def propose_matrix(session: ProjectSession) -> Matrix:
    """A proposed first matrix for every clause of the project's standards (nothing stored).

    Items count for their department (or, with none, the department their
    owner text names: see :func:`~desktop.domain.departments.owner_department`);
    the defaults per clause complete it (see
    :func:`desktop.domain.departments.propose_matrix`).
    """
    depts = list_departments(session)
    states = session.store.item_states()
    assigned = item_departments(session)
    rows: list[ClauseRow] = []
    owners: dict[tuple[str, str], list[str]] = {}
    for std in matrix_standards(session):
        for item in std.items:
            if not item.kind.is_checklist:
                rows.append(ClauseRow(std.id, std.system, item.clause))
                continue
            state = states.get(item.id)
            if state is None and item.id not in assigned:
                continue
            if state is None:
                state = ItemState(item.id)
            dept_id = assigned.get(item.id) or owner_department(state.owner, depts)
            if dept_id is not None:
                owners.setdefault((std.id, item.clause), []).append(dept_id)
    return _propose(rows, depts, owners)


def replace_matrix(session: ProjectSession, matrix: Matrix) -> Changes:
    """Store ``matrix`` as the project's matrix (e.g. the proposal the user accepted).

    Cells of departments that do not exist are dropped.
    """
    known = {d.id for d in list_departments(session)}
    cleaned: Matrix = {key: {d: Role(r) for d, r in cell.items() if d in known}
                       for key, cell in matrix.items()}
    if {k: v for k, v in cleaned.items() if v} == session.store.departments.matrix():
        return Changes()
    session.store.departments.replace_matrix(cleaned)
    return CHANGED


def item_departments(session: ProjectSession) -> dict[str, str]:
    """item id -> department id for every checklist item that has a department."""
    return session.store.departments.item_departments()


def set_item_department(session: ProjectSession, item_id: str, department_id: str | None,
                        owner: str | None = None) -> Changes:
    """Set the department owning a checklist item, and optionally the person (owner).

    Args:
        department_id: a department of the project, or None for no department.
        owner: the person in it; None keeps the current owner text.

    Raises:
        ValidationError: unknown item or department.
    """
    session.checklist_item(item_id)
    if department_id is not None:
        department(session, department_id)
    store = session.store
    rows = store.departments
    with store.atomic():
        changed = rows.item_departments().get(item_id) != department_id
        if changed:
            rows.assign_items([(item_id, department_id)])
        if owner is not None:
            changed = bool(update_item_details(session, item_id, owner=owner).items) or changed
    return Changes(items=frozenset({item_id})) if changed else Changes()


def set_cells(session: ProjectSession, cells: dict[tuple[str, str, str], Role | None]
              ) -> Changes:
    """Set several cells at once, e.g. to undo an edit of the integrated view.

    Args:
        cells: (standard_id, clause, department_id) -> role, None to empty it;
            standard ids are real standards (not the integrated view).

    Raises:
        ValidationError: a department that does not exist.
    """
    known = {d.id for d in list_departments(session)}
    rows = session.store.departments
    current = rows.matrix()
    wanted = {key: role for key, role in cells.items()
              if current.get((key[0], key[1]), {}).get(key[2]) is not role}
    if not wanted:
        return Changes()
    with session.store.atomic():
        for (std, clause, dept_id), role in wanted.items():
            if dept_id not in known:
                raise ValidationError(f"There is no department {dept_id!r} in this project.",
                                      f"本项目中没有部门 {dept_id!r}。")
            rows.set_cell(std, clause, dept_id, None if role is None else Role(role))
    return CHANGED
