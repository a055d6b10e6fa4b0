"""User actions run in child processes that the crash harness (e2e/test_crash_harness.py) kills.

The module is preloaded by a ``forkserver``: the catalog is loaded once there,
so each child only opens the project and runs one action. A child dies by
SIGKILL either from the parent at a random time, or from itself inside SQLite
after a chosen number of progress-handler calls (every :data:`TICK` virtual
machine instructions), which lands kills inside statements and commits.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.catalog import load_catalog
from desktop.domain.model import ItemStatus
from desktop.services.custom import import_checklist
from desktop.services.editions import change_edition
from desktop.services.evidence import attach_evidence
from desktop.services.items import set_item_status
from desktop.services.session import ProjectSession, open_project
from tests.workbooks import write_workbook

CATALOG = load_catalog()
TICK = 10
"""SQLite virtual-machine instructions between two progress-handler calls."""

ATTACH_TO = "iso9001-2015:4.3:M"
NEW_EDITION = "iso14001-2026"
TIME_COLUMNS = frozenset({"updated_at", "added_at", "created", "applied_at"})
"""Columns holding the wall-clock time of an action; blanked when states are compared."""


def _attach(session: ProjectSession, payload: Path) -> None:
    attach_evidence(session, [ATTACH_TO], payload)


def _statuses(session: ProjectSession, payload: Path) -> None:
    items = [i.id for s in session.standards() for i in s.checklist()][:100]
    with session.store.atomic():
        for item_id in items:
            set_item_status(session, item_id, ItemStatus.IN_PROGRESS)


def _import(session: ProjectSession, payload: Path) -> None:
    import_checklist(session, payload, name="Suppliers")


def _edition(session: ProjectSession, payload: Path) -> None:
    change_edition(session, NEW_EDITION)


ACTIONS: dict[str, Callable[[ProjectSession, Path], None]] = {
    "attach": _attach, "statuses": _statuses, "import": _import, "edition": _edition,
}


def checklist_workbook(path: Path, rows: int) -> Path:
    """A valid checklist workbook with one clause and ``rows`` - 1 items under it."""
    body: list[tuple[Any, ...]] = [("S", None, "S", "供应商管理", "Supplier management", "", "",
                                    "clause")]
    body += [(f"S{n}", "S", f"S.{n}", f"供方记录 {n}", f"Supplier record {n}", "说明 " * 5,
              "", "retain") for n in range(1, rows)]
    return write_workbook(path, body)


def run(kind: str, project: Path, payload: Path, kill_after_ticks: int,
        started: Any) -> None:
    """Child process: open ``project``, signal ``started``, run action ``kind``.

    With ``kill_after_ticks`` > 0 the process SIGKILLs itself at that
    progress-handler call; 0 leaves killing to the parent.
    """
    session = open_project(project, CATALOG)
    if kill_after_ticks > 0:
        calls = 0

        def tick() -> int:
            nonlocal calls
            calls += 1
            if calls >= kill_after_ticks:
                os.kill(os.getpid(), signal.SIGKILL)
            return 0

        session.store._conn.set_progress_handler(tick, TICK)
    started.set()
    ACTIONS[kind](session, payload)
    session.close()


def measure(kind: str, project: Path, payload: Path) -> tuple[int, float]:
    """Run action ``kind`` to completion in this process.

    Returns:
        (progress-handler calls, seconds the action took without opening and closing).
    """
    session = open_project(project, CATALOG)
    calls = 0

    def tick() -> int:
        nonlocal calls
        calls += 1
        return 0

    session.store._conn.set_progress_handler(tick, TICK)
    try:
        start = time.perf_counter()
        ACTIONS[kind](session, payload)
        seconds = time.perf_counter() - start
    finally:
        session.close()
    return calls, seconds


def _value(column: str, value: object) -> object:
    if column in TIME_COLUMNS:
        return "<time>"
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    return value


def state_digest(project: Path) -> str:
    """SHA-256 over every row of every table of the closed ``project``, times blanked."""
    conn = sqlite3.connect(f"{project.absolute().as_uri()}?mode=ro", uri=True)
    digest = hashlib.sha256()
    try:
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            rows = sorted(repr(tuple(_value(n, v) for n, v in zip(names, row, strict=True)))
                          for row in cursor)
            digest.update(f"{table}:{len(rows)}\n".encode())
            for row in rows:
                digest.update(row.encode())
    finally:
        conn.close()
    return digest.hexdigest()
