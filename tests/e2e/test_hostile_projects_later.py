"""The hostile project corpus opened the window's way: the evidence tables checked later.

The window shows a project before the tables that grow with the evidence
files are checked, and that check must pass before anything is written
(:class:`desktop.store.checks.LaterCheck`). Every file of the corpus
(``test_hostile_projects.py``) must be refused this way exactly when the
full check at open refuses it, and a refused file is never written to.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from desktop.domain.model import ItemState, ItemStatus
from desktop.errors import UserError
from desktop.store import ProjectStore
from tests.e2e import test_hostile_projects as hostile

sample_file = hostile.sample_file  # the corpus's sample project (a module fixture)

def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _refused_at_open(path: Path) -> bool:
    try:
        ProjectStore.open(path).close()
    except UserError:
        return True
    return False


def _refused_later(path: Path) -> bool:
    """Open with the check left for later, finish it, then try a write."""
    before = _sha256(path)
    try:
        store = ProjectStore.open(path, check_later=True)
    except UserError:
        return True
    try:
        assert store.later_check is not None
        try:
            store.later_check.run()
        except UserError:
            try:
                store.put_item_state(ItemState("iso9001-2015:4.1:M", ItemStatus.READY))
            except UserError:
                return True
            raise AssertionError("a write went ahead after the check failed") from None
        return False
    finally:
        store.close()
        assert _sha256(path) == before


def test_the_later_check_refuses_the_same_hostile_files_before_any_write(
        sample_file: Path, tmp_path: Path) -> None:
    refused = 0
    cases = list(hostile._corpus(sample_file))
    for number, case in enumerate(cases):
        copies = []
        for way in ("now", "later"):
            folder = tmp_path / f"{number:03d}-{way}"
            folder.mkdir()
            copies.append(folder / "client.auditready")
            shutil.copyfile(sample_file, copies[-1])
            case.make(copies[-1])
        now, later = _refused_at_open(copies[0]), _refused_later(copies[1])
        assert now == later, f"{case.name}: refused at open {now}, checked later {later}"
        refused += later
    print(f"{len(cases)} hostile project files, {refused} refused by opening alone")
