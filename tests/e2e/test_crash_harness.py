"""At least 200 SIGKILLs at random moments of real user actions; nothing is lost or half-applied.

Child processes (forked from a preloaded fork server, see tests/crash_actions.py)
attach a 4 MB evidence file, change the status of 100 items in one go, import
a checklist workbook or move the project to a new edition, and are killed at
a random moment: by the parent after a random delay, or by themselves inside
SQLite after a random number of steps. After each kill the project opens (the
crash's lock and journal are cleaned up: it is one file again), ``PRAGMA
integrity_check`` is ok, and its content is exactly the content before the
action or exactly the content after it. Seeded: a failure names its trial.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.model import CompanyProfile, ItemStatus
from desktop.services.evidence import attach_evidence
from desktop.services.items import set_item_status
from desktop.services.session import new_project
from desktop.store import ProjectStore
from tests import crash_actions

SEED = 20261207
KILLS_WANTED = 200
MAX_TRIALS = 400
STANDARDS = ["iso9001-2015", "iso14001-2015", "iso45001-2018"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL and a fork server"),
]


def _base_project(folder: Path) -> Path:
    """A project with work to carry over: statuses and a linked evidence file in ISO 14001."""
    path = folder / "base.auditready"
    session = new_project(path, CompanyProfile(name="苏州精工 Suzhou Precision"), STANDARDS,
                          crash_actions.CATALOG)
    try:
        items = [i.id for s in session.standards() for i in s.checklist()]
        for n, item_id in enumerate(items[::3]):
            set_item_status(session, item_id, (ItemStatus.READY, ItemStatus.IN_PROGRESS)[n % 2])
        notes = folder / "环境因素清单.txt"
        notes.write_text("环境因素 / environmental aspects\n" * 200, encoding="utf-8")
        attach_evidence(session, [i for i in items if i.startswith("iso14001-2015")][:3], notes)
    finally:
        session.close()
    return path


def _payloads(folder: Path) -> dict[str, Path]:
    large = folder / "scan of the certificate.pdf"
    large.write_bytes(random.Random(SEED).randbytes(4 * 1024 * 1024))
    workbook = crash_actions.checklist_workbook(folder / "suppliers.xlsx", rows=150)
    return {"attach": large, "statuses": large, "import": workbook, "edition": large}


def _clean_open(path: Path) -> None:
    """Open as a user would (recovering the crash), close, and check what is left."""
    with ProjectStore.open(path):
        pass
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_random_kills_leave_the_project_before_or_after_each_action(tmp_path: Path) -> None:
    base = _base_project(tmp_path)
    payloads = _payloads(tmp_path)
    before = crash_actions.state_digest(base)
    after: dict[str, str] = {}
    ticks: dict[str, int] = {}
    seconds: dict[str, float] = {}
    for kind in crash_actions.ACTIONS:
        done = tmp_path / f"done-{kind}" / "project.auditready"
        done.parent.mkdir()
        shutil.copyfile(base, done)
        ticks[kind], seconds[kind] = crash_actions.measure(kind, done, payloads[kind])
        after[kind] = crash_actions.state_digest(done)
        assert after[kind] != before, kind

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.crash_actions"])
    rng = random.Random(SEED)
    kinds = list(crash_actions.ACTIONS)
    kills = 0
    seen: dict[str, set[str]] = {kind: set() for kind in kinds}
    trial = 0
    while kills < KILLS_WANTED:
        assert trial < MAX_TRIALS, f"only {kills} kills in {trial} trials"
        kind = kinds[trial % len(kinds)]
        by_itself = (trial // len(kinds)) % 2 == 0  # each action both ways
        path = tmp_path / f"trial-{trial:03d}" / "project.auditready"
        path.parent.mkdir()
        shutil.copyfile(base, path)
        # A fifth of the self-kill points lie beyond the action: it completes.
        kill_after = rng.randint(1, ticks[kind] * 5 // 4 + 1) if by_itself else 0
        delay = rng.uniform(0.0, seconds[kind])
        started = context.Event()
        child = context.Process(target=crash_actions.run,
                                args=(kind, path, payloads[kind], kill_after, started))
        child.start()
        if not by_itself:
            assert started.wait(60), f"trial {trial}: the child never started"
            child.join(delay)  # the random moment
            if child.is_alive():
                os.kill(child.pid or 0, signal.SIGKILL)
        child.join(120)
        code = child.exitcode
        child.close()
        where = f"trial {trial} ({kind}, {'self' if by_itself else 'parent'} kill, exit {code})"
        assert code in (0, -signal.SIGKILL), where
        kills += code == -signal.SIGKILL
        _clean_open(path)
        state = crash_actions.state_digest(path)
        assert state in (before, after[kind]), where
        seen[kind].add("after" if state == after[kind] else "before")
        shutil.rmtree(path.parent)
        trial += 1
    print(f"{kills} kills in {trial} trials; outcomes {seen}")
    assert all(outcomes == {"before", "after"} for outcomes in seen.values()), seen
