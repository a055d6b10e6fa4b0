"""Departments and the responsibility matrix in the project file.

:class:`DepartmentRows` reads and writes the tables of migration
:func:`~desktop.store.schema.m006_departments` (``departments``,
``responsibility_matrix``, ``item_departments``). It is
reached as ``store.departments`` of an open
:class:`~desktop.store.project.ProjectStore`; reads run inside the store's
error guard, writes inside its transaction block, so failures come out as the
store's user errors and a malformed row as ``CorruptProjectError``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from desktop.domain.departments import Department, Matrix, Role
from desktop.store.records import RecordError
from desktop.store.row_group import RowGroup

_ID = re.compile(r"^dept-(\d+)$")


def _department(row: Any) -> Department:
    dept_id, name, head, sites = row
    if not isinstance(dept_id, str) or not _ID.match(dept_id):
        raise RecordError(f"table departments: id {dept_id!r} is not dept-<n>")
    if not isinstance(name, str) or not name or not isinstance(head, str):
        raise RecordError(f"table departments, row {dept_id}: name or head is not text")
    try:
        parsed = json.loads(sites)
    except (TypeError, ValueError) as exc:
        raise RecordError(f"table departments, row {dept_id}: sites is not JSON") from exc
    if not isinstance(parsed, list) or not all(isinstance(s, str) for s in parsed):
        raise RecordError(f"table departments, row {dept_id}: sites is not a list of text")
    return Department(id=dept_id, name=name, head=head, sites=tuple(parsed))


class DepartmentRows(RowGroup):
    """The departments and matrix of one open project (``store.departments``).

    Make it through :class:`~desktop.store.project.ProjectStore`, never directly.

    Args:
        db: the store's database.
        guard: the store's error guard (translates errors, no transaction).
        atomic: the store's transaction block.
    """

    # --- departments -----------------------------------------------------------

    def all(self) -> list[Department]:
        """Every department in display order.

        Raises:
            CorruptProjectError: a stored row is malformed.
        """
        with self._guard():
            rows = self._db.execute(
                "SELECT id, name, head, sites FROM departments ORDER BY position").fetchall()
            return [_department(row) for row in rows]

    def new_id(self) -> str:
        """An id no department of this project has had yet would collide with, e.g. ``"dept-4"``.

        Ids of removed departments may come back only through :meth:`insert`
        of the removed department itself (undo).
        """
        with self._guard():
            rows = self._db.execute("SELECT id FROM departments").fetchall()
            used = self._db.execute(
                "SELECT value FROM settings WHERE key = 'departments_last_id'").fetchone()
        numbers = [int(m.group(1)) for (i,) in rows if (m := _ID.match(str(i)))]
        if used is not None and str(used[0]).isdigit():
            numbers.append(int(used[0]))
        return f"dept-{max(numbers, default=0) + 1}"

    def insert(self, department: Department, position: int | None = None) -> None:
        """Store a new department at ``position`` (default: last); later ones move down.

        Raises:
            sqlite3.IntegrityError (as a user error from the store): the id or name is taken.
            StorageFullError, ProjectWriteError: not saved.
        """
        with self._atomic():
            count = self._db.execute("SELECT COUNT(*) FROM departments").fetchone()[0]
            at = count if position is None else max(0, min(position, count))
            # Two steps so that UNIQUE (position) never sees a duplicate.
            self._db.execute("UPDATE departments SET position = -position - 1 "
                             "WHERE position >= ?", [at])
            self._db.execute("UPDATE departments SET position = -position WHERE position < 0")
            self._db.execute(
                "INSERT INTO departments (id, name, head, sites, position) VALUES (?, ?, ?, ?, ?)",
                [department.id, department.name, department.head,
                 json.dumps(list(department.sites), ensure_ascii=False), at])
            match = _ID.match(department.id)
            if match:
                self._db.execute(
                    "INSERT INTO settings (key, value) VALUES ('departments_last_id', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = max(CAST(value AS INTEGER), "
                    "CAST(excluded.value AS INTEGER))", [match.group(1)])

    def update(self, department: Department) -> None:
        """Replace name, head and sites of department ``department.id``.

        Raises:
            KeyError: no such department.
            StorageFullError, ProjectWriteError: not saved.
        """
        with self._atomic():
            cursor = self._db.execute(
                "UPDATE departments SET name = ?, head = ?, sites = ? WHERE id = ?",
                [department.name, department.head,
                 json.dumps(list(department.sites), ensure_ascii=False), department.id])
            if cursor.rowcount == 0:
                raise KeyError(department.id)

    def position(self, department_id: str) -> int:
        """The display position (0-based) of a department.

        Raises:
            KeyError: no such department.
        """
        with self._guard():
            row = self._db.execute("SELECT position FROM departments WHERE id = ?",
                                   [department_id]).fetchone()
        if row is None:
            raise KeyError(department_id)
        return int(row[0])

    def delete(self, department_id: str) -> None:
        """Delete a department; its matrix cells go, its items keep no department.

        Raises:
            KeyError: no such department.
            StorageFullError, ProjectWriteError: not saved.
        """
        with self._atomic():
            at = self.position(department_id)
            self._db.execute("DELETE FROM departments WHERE id = ?", [department_id])
            self._db.execute("UPDATE departments SET position = -position + 1 "
                             "WHERE position > ?", [at])
            self._db.execute("UPDATE departments SET position = -position WHERE position < 0")

    # --- items -----------------------------------------------------------------

    def item_departments(self) -> dict[str, str]:
        """item id -> department id, for every item that has a department."""
        with self._guard():
            rows = self._db.execute(
                "SELECT item_id, department_id FROM item_departments ORDER BY item_id").fetchall()
        return {str(item): str(dept) for item, dept in rows}

    def assign_items(self, assignments: Iterable[tuple[str, str | None]]) -> None:
        """Set the department of items.

        Args:
            assignments: (item id, department id or None for no department) pairs.

        Raises:
            sqlite3.IntegrityError (as a user error from the store): an unknown department.
            StorageFullError, ProjectWriteError: not saved.
        """
        with self._atomic():
            for item_id, dept_id in assignments:
                if dept_id is None:
                    self._db.execute("DELETE FROM item_departments WHERE item_id = ?",
                                     [item_id])
                else:
                    self._db.execute(
                        "INSERT INTO item_departments (item_id, department_id) VALUES (?, ?) "
                        "ON CONFLICT (item_id) DO UPDATE SET "
                        "department_id = excluded.department_id",
                        [item_id, dept_id])

    # --- matrix ----------------------------------------------------------------

    def matrix(self) -> Matrix:
        """The stored matrix: only clauses with at least one cell appear.

        Raises:
            CorruptProjectError: a stored role is unknown.
        """
        with self._guard():
            rows = self._db.execute(
                "SELECT standard_id, clause, department_id, role FROM responsibility_matrix "
                "ORDER BY standard_id, clause, department_id").fetchall()
            found: Matrix = {}
            for std, clause, dept, role in rows:
                try:
                    value = Role(role)
                except ValueError as exc:
                    raise RecordError(f"table responsibility_matrix: unknown role {role!r}"
                                      ) from exc
                found.setdefault((str(std), str(clause)), {})[str(dept)] = value
        return found

    def set_cell(self, standard_id: str, clause: str, department_id: str,
                 role: Role | None) -> None:
        """Set one cell; None empties it.

        Raises:
            StorageFullError, ProjectWriteError: not saved.
        """
        with self._atomic():
            self._db.execute("DELETE FROM responsibility_matrix WHERE standard_id = ? "
                             "AND clause = ? AND department_id = ?",
                             [standard_id, clause, department_id])
            if role is not None:
                self._db.execute(
                    "INSERT INTO responsibility_matrix (standard_id, clause, department_id, role)"
                    " VALUES (?, ?, ?, ?)", [standard_id, clause, department_id, Role(role).value])

    def replace_matrix(self, matrix: Matrix) -> None:
        """Replace the whole matrix with ``matrix`` (cells of unknown departments must not occur).

        Raises:
            StorageFullError, ProjectWriteError: not saved.
        """
        with self._atomic():
            self._db.execute("DELETE FROM responsibility_matrix")
            for (std, clause), cell in sorted(matrix.items()):
                for dept_id, role in sorted(cell.items()):
                    self.set_cell(std, clause, dept_id, role)
