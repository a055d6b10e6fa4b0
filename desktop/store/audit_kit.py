"""The department of each audit finding (table ``finding_departments``).

Migration :func:`m008_finding_department` adds the table; findings raised
against a department's checklist line keep the department there, so findings
can be counted per department. A finding without a row has no department.
:class:`FindingDepartments` (reached with :func:`finding_departments`) reads
and writes it inside the store's error guard and transaction block.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlite_utils import Database

from desktop.store.records import RecordError
from desktop.store.row_group import RowGroup

if TYPE_CHECKING:
    from desktop.store.project import ProjectStore


_M008_STATEMENTS = (
    # The department a finding was raised against; goes with its finding and
    # with its department (the finding then has none).
    """
    CREATE TABLE finding_departments (
        finding_id INTEGER PRIMARY KEY REFERENCES findings (id) ON DELETE CASCADE,
        department_id TEXT NOT NULL REFERENCES departments (id) ON DELETE CASCADE
    )
    """,
    "CREATE INDEX finding_departments_by_department ON finding_departments (department_id)",
)


def m008_finding_department(db: Database) -> None:
    """Add the department of each finding (table ``finding_departments``), empty.

    Args:
        db: an open project database inside a transaction.
    """
    for statement in _M008_STATEMENTS:
        db.execute(statement)


class FindingDepartments(RowGroup):
    """Finding id → department id of one open project.

    Args:
        db: the store's database.
        guard: the store's error guard (translates errors, no transaction).
        atomic: the store's transaction block.
    """

    def all(self) -> dict[int, str]:
        """Every finding that has a department: finding id → department id.

        Raises:
            CorruptProjectError: a stored row is malformed.
        """
        with self._guard():
            rows = self._db.execute(
                "SELECT finding_id, department_id FROM finding_departments").fetchall()
            for finding_id, department_id in rows:
                if not isinstance(department_id, str):
                    raise RecordError(f"table finding_departments, row {finding_id}: "
                                      "department_id is not text")
        return {int(f): d for f, d in rows}

    def put(self, finding_id: int, department_id: str | None) -> None:
        """Set (or with None remove) the department of a finding.

        Raises:
            sqlite3.IntegrityError: no such finding or department.
        """
        with self._atomic():
            self._db.execute("DELETE FROM finding_departments WHERE finding_id = ?",
                             [finding_id])
            if department_id is not None:
                self._db.execute("INSERT INTO finding_departments (finding_id, department_id) "
                                 "VALUES (?, ?)", [finding_id, department_id])


def finding_departments(store: ProjectStore) -> FindingDepartments:
    """The finding departments of the open project ``store``."""
    return FindingDepartments(store._db, store._guard, store.atomic)
