"""Undoable edits of departments, the matrix and an item's department.

Every edit calls a service of :mod:`desktop.services.departments.matrix` through
:meth:`ProjectActions.change_records` (which shows refusals and announces the
:class:`Changes`) and, when it changed something, pushes a
:class:`~desktop.ui.shell.undo.ServiceCommand` with a translated name onto
the project's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject

from desktop.domain.departments import INTEGRATED, Department, Role
from desktop.errors import UserError
from desktop.services.changes import Changes
from desktop.services.departments import matrix as svc
from desktop.services.session import ProjectSession
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg
from desktop.ui.shell.undo import ServiceCommand

_NEXT = {None: Role.RESPONSIBLE, Role.RESPONSIBLE: Role.INVOLVED, Role.INVOLVED: None}
"""What a click or Space makes of a cell: empty → responsible → involved → empty."""


def next_role(role: Role | None) -> Role | None:
    """The role after ``role`` in the click cycle (empty, ●, ○, empty …)."""
    return _NEXT[role]


class DepartmentCommands(QObject):
    """The department edits of the open project, each one undoable step."""

    def __init__(self, ctx: AppContext, actions: ProjectActions,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actions = actions

    @property
    def session(self) -> ProjectSession | None:
        """The open project."""
        return self._actions.session

    def _run(self, service: Callable[..., Changes], *args: Any) -> Changes | None:
        return self._actions.change_records(service, *args)

    def _push(self, text: str, do: Callable[[], object | None],
              undo: Callable[[], object | None]) -> None:
        self._actions.undo_stack.push(ServiceCommand(text, do, undo))

    # -- the matrix -----------------------------------------------------------------

    def _cells(self, view: str, clause: str, department_id: str
               ) -> dict[tuple[str, str, str], Role | None]:
        """The stored cells an edit of (view, clause, department) touches, as they are."""
        session = self.session
        if session is None:
            return {}
        matrix = session.store.departments.matrix()
        standards = ([s.id for s in svc.matrix_standards(session)] if view == INTEGRATED
                     else [view])
        return {(std, clause, department_id): matrix.get((std, clause), {}).get(department_id)
                for std in standards if clause in svc.matrix_clauses(session, std)}

    def set_role(self, view: str, clause: str, department: Department,
                 role: Role | None) -> bool:
        """Set one cell of ``view`` (a standard id or ``"integrated"``); False if refused."""
        try:
            before = self._cells(view, clause, department.id)
        except UserError as exc:  # a damaged project
            self._ctx.errors.user_error(exc, None)
            return False
        changes = self._run(svc.set_role, view, clause, department.id, role)
        if changes is None:
            return False
        if changes.records:
            if role is Role.RESPONSIBLE:
                text = arg(self.tr("Make %1 responsible for %2"), department.name, clause)
            elif role is Role.INVOLVED:
                text = arg(self.tr("Make %1 involved in %2"), department.name, clause)
            else:
                text = arg(self.tr("Clear %1 for %2"), department.name, clause)
            self._push(text, lambda: self._run(svc.set_role, view, clause, department.id, role),
                       lambda: self._run(svc.set_cells, before))
        return True

    def propose(self) -> bool:
        """Replace the matrix by the proposal from the items' owners and the clause
        defaults (undoable); False if refused."""
        session = self.session
        if session is None:
            return False
        try:
            before = session.store.departments.matrix()
            proposal = svc.propose_matrix(session)
        except UserError as exc:  # a damaged project
            self._ctx.errors.user_error(exc, None)
            return False
        changes = self._run(svc.replace_matrix, proposal)
        if changes is None:
            return False
        if changes.records:
            self._push(self.tr("Propose the responsibility matrix"),
                       lambda: self._run(svc.replace_matrix, proposal),
                       lambda: self._run(svc.replace_matrix, before))
        return True

    # -- departments ------------------------------------------------------------------

    def add_department(self, name: str, head: str, sites: Sequence[str]) -> Department | None:
        """Add a department (undoable); None if refused."""
        made: list[Department] = []

        def add(session: ProjectSession, *args: Any, **kwargs: Any) -> Changes:
            dept, changes = svc.add_department(session, *args, **kwargs)
            made[:] = [dept]
            return changes

        if self._run(add, name, head, list(sites)) is None or not made:
            return None
        dept = made[0]
        removed: list[svc.RemovedDepartment] = []

        def remove(session: ProjectSession) -> Changes:
            gone, changes = svc.remove_department(session, dept.id)
            removed[:] = [gone]
            return changes

        def again(session: ProjectSession) -> Changes:
            if removed:
                return svc.restore_department(session, removed[0])
            return svc.add_department(session, dept.name, dept.head, dept.sites,
                                      department_id=dept.id)[1]

        self._push(arg(self.tr("Add department %1"), dept.name),
                   lambda: self._run(again), lambda: self._run(remove))
        return dept

    def update_department(self, old: Department, name: str, head: str,
                          sites: Sequence[str]) -> bool:
        """Change a department's name, head and sites (undoable); False if refused."""
        changes = self._run(svc.update_department, old.id, name, head, list(sites))
        if changes is None:
            return False
        if changes.records:
            self._push(arg(self.tr("Edit department %1"), old.name),
                       lambda: self._run(svc.update_department, old.id, name, head,
                                         list(sites)),
                       lambda: self._run(svc.update_department, old.id, old.name, old.head,
                                         list(old.sites)))
        return True

    def remove_department(self, dept: Department) -> bool:
        """Remove a department with its cells; its items keep their owner (undoable)."""
        removed: list[svc.RemovedDepartment] = []

        def remove(session: ProjectSession) -> Changes:
            gone, changes = svc.remove_department(session, dept.id)
            removed[:] = [gone]
            return changes

        if self._run(remove) is None:
            return False
        self._push(arg(self.tr("Remove department %1"), dept.name),
                   lambda: self._run(remove),
                   lambda: self._run(svc.restore_department, removed[0]))
        return True

    # -- items ------------------------------------------------------------------------

    def set_item_department(self, item_id: str, department_id: str | None) -> bool:
        """Give a checklist item to a department, or to none (undoable); False if refused."""
        session = self.session
        if session is None:
            return False
        try:
            before = svc.item_departments(session).get(item_id)
        except UserError as exc:
            self._ctx.errors.user_error(exc, None)
            return False
        changes = self._run(svc.set_item_department, item_id, department_id)
        if changes is None:
            return False
        if changes.items:
            item = session.catalog.item(item_id)
            self._push(arg(self.tr("Set department of %1"), f"{item.clause} "
                           f"{item.title.get(self._ctx.content_lang)}"),
                       lambda: self._run(svc.set_item_department, item_id, department_id),
                       lambda: self._run(svc.set_item_department, item_id, before))
        return True
