"""The base of the store's record groups (``store.freshness``, ``store.departments`` …).

Each group reads and writes a few tables of one open project through the
store's database, its error guard and its transaction block; it is made by
:class:`~desktop.store.project.ProjectStore`, never directly.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

from sqlite_utils import Database

__all__ = ["Block", "RowGroup"]

#: A context manager factory: the store's error guard or its transaction block.
Block = Callable[[], AbstractContextManager[None]]


class RowGroup:
    """Tables of one open project read and written together.

    Args:
        db: the store's database.
        guard: the store's error guard (translates SQLite errors into the
            project's own errors; no transaction).
        atomic: the store's transaction block (one transaction, rolled back on
            any error).
    """

    def __init__(self, db: Database, guard: Block, atomic: Block) -> None:
        self._db = db
        self._guard = guard
        self._atomic = atomic
