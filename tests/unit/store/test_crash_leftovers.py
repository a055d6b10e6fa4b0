"""After a crash the project is one file again, and damage found while reading is a message.

A killed process leaves a lock file and sometimes an empty or zeroed
``-journal`` beside the project; opening cleans both up.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

import desktop
from desktop.domain.model import CompanyProfile, ItemState, ItemStatus
from desktop.errors import CorruptProjectError, EvidenceError
from desktop.store import ProjectStore
from desktop.store.opening import journal_path, lock_path

ITEM = "iso9001-2015:9.3.3:R"


def _child_env() -> dict[str, str]:
    root = str(Path(desktop.__file__).resolve().parent.parent)
    return {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}


@pytest.fixture
def closed(store: ProjectStore) -> Path:
    store.put_item_state(ItemState(ITEM, status=ItemStatus.READY))
    store.close()
    return store.path


@pytest.mark.parametrize("leftover", [b"", bytes(512), bytes(28) + b"\xd9\xd5\x05\xf9" * 100])
def test_a_journal_no_transaction_needs_is_removed_on_open(
    closed: Path, profile: CompanyProfile, leftover: bytes
) -> None:
    journal = journal_path(closed)
    journal.write_bytes(leftover)
    with ProjectStore.open(closed) as reopened:
        assert not journal.exists()
        assert any("interrupted change" in note.en for note in reopened.recovery_notes)
        assert reopened.profile() == profile
        assert reopened.item_state(ITEM).status is ItemStatus.READY
    assert sorted(p.name for p in closed.parent.iterdir()) == [closed.name]


def test_a_clean_open_has_nothing_to_report(closed: Path) -> None:
    with ProjectStore.open(closed) as reopened:
        assert reopened.recovery_notes == ()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_the_lock_of_a_killed_process_is_taken_over_with_a_note(closed: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent("""
            import sys
            from pathlib import Path
            from desktop.store import ProjectStore
            store = ProjectStore.open(Path(sys.argv[1]))
            print("open", flush=True)
            sys.stdin.readline()
            """), str(closed)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_child_env(),
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "open"
    holder.send_signal(signal.SIGKILL)
    assert holder.wait(timeout=60) == -signal.SIGKILL
    holder.stdin.close()  # type: ignore[union-attr]
    holder.stdout.close()
    assert lock_path(closed).exists()

    with ProjectStore.open(closed) as reopened:
        [note] = reopened.recovery_notes
        assert "not closed properly" in note.en and "未正常关闭" in note.text("zh_CN")
        assert reopened.item_state(ITEM).status is ItemStatus.READY
    assert sorted(p.name for p in closed.parent.iterdir()) == [closed.name]


@pytest.mark.parametrize("statement", [
    "UPDATE item_state SET status = CAST(X'80FF41' AS TEXT)",
    "UPDATE profile SET name = CAST(X'E4B8' AS TEXT)",
])
def test_text_that_no_longer_decodes_is_damage_not_a_crash(
    closed: Path, statement: str
) -> None:
    conn = sqlite3.connect(closed, isolation_level=None)
    conn.execute(statement)
    conn.close()
    with ProjectStore.open(closed) as damaged, pytest.raises(CorruptProjectError) as caught:
        damaged.item_states()
        damaged.profile()
    assert "decode" in caught.value.en
    assert str(closed) in caught.value.zh


def test_damaged_evidence_content_is_found_when_read_not_at_open(
    store: ProjectStore, make_file: Callable[[str, bytes], Path]
) -> None:
    evidence, _ = store.add_evidence(make_file("scan.pdf", bytes(range(256)) * 4096))
    store.close()
    path = store.path
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [row[0] for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'blob_chunks' AND pagetype = 'overflow'")]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table")
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    start = (pages[len(pages) // 2] - 1) * page_size
    data[start + 4 : start + page_size] = b"\xa5" * (page_size - 4)  # keep the overflow link
    path.write_bytes(bytes(data))

    out = path.parent / "exported.pdf"
    # The open-time check does not read the content; the export verifies it.
    with ProjectStore.open(path) as damaged, pytest.raises(EvidenceError, match=r"scan\.pdf"):
        damaged.export_evidence(evidence.id, out)
    assert not out.exists()
