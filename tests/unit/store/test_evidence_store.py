"""Evidence: streaming, de-duplication, links, removal, export, failures mid-copy."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.errors import CancelledError, EvidenceError, StorageFullError
from desktop.store import ProjectStore, blobs

MiB = 1024 * 1024
MakeFile = Callable[[str, bytes], Path]
Rows = Callable[[Path, str], int]
Digest = Callable[[Path], str]


def _pattern(size: int) -> bytes:
    """Deterministic bytes whose chunks all differ (so misordered chunks would show)."""
    block = bytes(range(251))
    return (block * (size // len(block) + 1))[:size]


def _evidence_rows(store: ProjectStore, rows: Rows) -> tuple[int, int, int]:
    return (
        rows(store.path, "evidence"),
        rows(store.path, "blobs"),
        rows(store.path, "blob_chunks"),
    )


def test_same_file_twice_is_stored_once(
    store: ProjectStore, make_file: MakeFile, rows: Rows
) -> None:
    source = make_file("policy.pdf", b"quality policy")
    first, first_new = store.add_evidence(source)
    second, second_new = store.add_evidence(source)

    assert (first_new, second_new) == (True, False)
    assert second == first
    assert _evidence_rows(store, rows) == (1, 1, 1)


def test_same_content_under_another_name_shares_one_blob(
    store: ProjectStore, make_file: MakeFile, rows: Rows
) -> None:
    original = make_file("policy.pdf", b"quality policy")
    renamed = make_file("方针.pdf", b"quality policy")
    a, _ = store.add_evidence(original)
    b, b_new = store.add_evidence(renamed)

    assert b_new
    assert a.id != b.id
    assert a.sha256 == b.sha256
    assert _evidence_rows(store, rows) == (2, 1, 1)

    store.remove_evidence(a.id)
    assert _evidence_rows(store, rows) == (1, 1, 1)
    assert b"".join(store.read_evidence(b.id)) == b"quality policy"

    store.remove_evidence(b.id)
    assert _evidence_rows(store, rows) == (0, 0, 0)
    assert store.evidence_list() == []


def test_a_multi_chunk_file_round_trips_byte_exact(
    store: ProjectStore, make_file: MakeFile, tmp_path: Path, digest: Digest
) -> None:
    data = _pattern(3 * MiB + MiB // 2)
    source = make_file("site walk.mp4", data)

    evidence, _ = store.add_evidence(source)
    chunks = list(store.read_evidence(evidence.id))
    dest = tmp_path / "exported.mp4"
    store.export_evidence(evidence.id, dest)

    assert [len(c) for c in chunks] == [MiB, MiB, MiB, MiB // 2]
    assert evidence.size == len(data)
    assert evidence.media_type == "video/mp4"
    assert digest(dest) == digest(source) == evidence.sha256
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("size", [0, 1, 999, 1000, 1001, 7777])
def test_small_chunks_round_trip_at_every_boundary(
    store: ProjectStore,
    make_file: MakeFile,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    size: int,
) -> None:
    monkeypatch.setattr(blobs, "CHUNK_SIZE", 1000)
    data = _pattern(size)
    evidence, _ = store.add_evidence(make_file("f.bin", data))
    store.close()

    with ProjectStore.open(store.path) as reopened:
        assert b"".join(reopened.read_evidence(evidence.id)) == data
        dest = tmp_path / "out.bin"
        reopened.export_evidence(evidence.id, dest)
    assert dest.read_bytes() == data


def test_progress_is_monotonic_and_reaches_the_total(
    store: ProjectStore, make_file: MakeFile
) -> None:
    source = make_file("big.bin", _pattern(2 * MiB + 5))
    seen: list[tuple[int, int]] = []
    store.add_evidence(source, progress=lambda done, total: seen.append((done, total)))

    totals = {total for _, total in seen}
    assert totals == {2 * (2 * MiB + 5)}
    dones = [done for done, _ in seen]
    assert dones == sorted(dones)
    assert seen[0][0] == 0
    assert seen[-1] == (2 * (2 * MiB + 5), 2 * (2 * MiB + 5))


def test_progress_reaches_the_total_when_the_content_is_already_stored(
    store: ProjectStore, make_file: MakeFile
) -> None:
    source = make_file("a.bin", _pattern(MiB + 1))
    store.add_evidence(source)
    seen: list[tuple[int, int]] = []
    store.add_evidence(source, name="copy.bin", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (2 * (MiB + 1), 2 * (MiB + 1))


@pytest.mark.parametrize("cancel_after_calls", [1, 3, 6])
def test_cancelling_rolls_everything_back(
    store: ProjectStore, make_file: MakeFile, rows: Rows, cancel_after_calls: int
) -> None:
    source = make_file("big.bin", _pattern(3 * MiB))
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > cancel_after_calls

    with pytest.raises(CancelledError) as caught:
        store.add_evidence(source, cancelled=cancelled)

    assert (caught.value.en, caught.value.zh) == ("Cancelled.", "已取消。")
    assert _evidence_rows(store, rows) == (0, 0, 0)
    assert source.read_bytes() == _pattern(3 * MiB)


def _after_bytes(threshold: int, action: Callable[[], None]) -> Callable[[int, int], None]:
    """A progress callback that runs ``action`` once, when bytes_done first passes threshold."""
    done_once = False

    def progress(done: int, total: int) -> None:
        nonlocal done_once
        if done > threshold and not done_once:
            done_once = True
            action()

    return progress


@pytest.mark.skipif(sys.platform == "win32", reason="Windows refuses to delete an open file")
def test_a_file_deleted_mid_copy_raises_and_stores_nothing(
    store: ProjectStore, make_file: MakeFile, rows: Rows
) -> None:
    size = 3 * MiB
    source = make_file("vanishing.pdf", _pattern(size))
    with pytest.raises(EvidenceError, match="moved or deleted") as caught:
        store.add_evidence(source, progress=_after_bytes(size + 1, source.unlink))
    assert str(source) in caught.value.en
    assert str(source) in caught.value.zh
    assert _evidence_rows(store, rows) == (0, 0, 0)


@pytest.mark.parametrize("threshold", [0, 3 * MiB, 4 * MiB])
def test_a_file_changed_while_being_read_raises_and_stores_nothing(
    store: ProjectStore, make_file: MakeFile, rows: Rows, threshold: int
) -> None:
    size = 3 * MiB
    source = make_file("editing.xlsx", _pattern(size))

    def scribble() -> None:
        with source.open("r+b") as handle:
            handle.seek(size - 10)
            handle.write(b"0123456789")

    with pytest.raises(EvidenceError, match="changed") as caught:
        store.add_evidence(source, progress=_after_bytes(threshold, scribble))
    assert str(source) in caught.value.zh
    assert _evidence_rows(store, rows) == (0, 0, 0)


def test_a_file_that_grows_while_being_read_raises(
    store: ProjectStore, make_file: MakeFile, rows: Rows
) -> None:
    source = make_file("log.txt", _pattern(2 * MiB))

    def append() -> None:
        with source.open("ab") as handle:
            handle.write(b"one more line\n")

    with pytest.raises(EvidenceError, match="changed"):
        store.add_evidence(source, progress=_after_bytes(2 * MiB + 1, append))
    assert _evidence_rows(store, rows) == (0, 0, 0)


def test_a_missing_or_unreadable_source_is_an_evidence_error(
    store: ProjectStore, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.pdf"
    with pytest.raises(EvidenceError, match="cannot be found") as caught:
        store.add_evidence(missing)
    assert str(missing) in caught.value.zh
    with pytest.raises(EvidenceError, match="not a file"):
        store.add_evidence(tmp_path)
    assert store.evidence_list() == []


def test_media_type_is_guessed_unless_given(store: ProjectStore, make_file: MakeFile) -> None:
    pdf, _ = store.add_evidence(make_file("a.pdf", b"1"))
    unknown, _ = store.add_evidence(make_file("a.zzqq", b"2"))
    given, _ = store.add_evidence(make_file("scan", b"3"), media_type="image/tiff")
    renamed, _ = store.add_evidence(make_file("b.bin", b"4"), name="会议纪要.txt")
    assert pdf.media_type == "application/pdf"
    assert unknown.media_type == "application/octet-stream"
    assert given.media_type == "image/tiff"
    assert (renamed.name, renamed.media_type) == ("会议纪要.txt", "text/plain")


def test_links_serve_many_items_across_standards(store: ProjectStore, make_file: MakeFile) -> None:
    register, _ = store.add_evidence(make_file("legal register.xlsx", b"laws"))
    other, _ = store.add_evidence(make_file("training.pdf", b"training"))
    for item in ("iso14001-2015:6.1.3:R", "iso45001-2018:6.1.3:R", "iso14001-2015:6.1.3:R"):
        store.link_evidence(register.id, item)
    store.link_evidence(other.id, "iso45001-2018:6.1.3:R")

    assert store.evidence(register.id).item_ids == (
        "iso14001-2015:6.1.3:R",
        "iso45001-2018:6.1.3:R",
    )
    assert [e.id for e in store.evidence_for_item("iso45001-2018:6.1.3:R")] == [
        register.id,
        other.id,
    ]
    store.unlink_evidence(register.id, "iso45001-2018:6.1.3:R")
    store.unlink_evidence(register.id, "never-linked")
    assert store.evidence(register.id).item_ids == ("iso14001-2015:6.1.3:R",)

    store.remove_evidence(register.id)
    assert store.evidence_for_item("iso14001-2015:6.1.3:R") == []
    assert [e.id for e in store.evidence_list()] == [other.id]


def test_evidence_list_is_ordered_by_time_added(store: ProjectStore, make_file: MakeFile) -> None:
    added = [store.add_evidence(make_file(f"{n}.txt", n.encode()))[0] for n in "cab"]
    listed = store.evidence_list()
    assert [e.id for e in listed] == [e.id for e in added]
    assert [e.added_at for e in listed] == sorted(e.added_at for e in listed)


def test_missing_evidence_is_a_key_error(store: ProjectStore, tmp_path: Path) -> None:
    with pytest.raises(KeyError):
        store.evidence(42)
    with pytest.raises(KeyError):
        store.read_evidence(42)
    with pytest.raises(KeyError):
        store.link_evidence(42, "x")
    with pytest.raises(KeyError):
        store.remove_evidence(42)
    with pytest.raises(KeyError):
        store.export_evidence(42, tmp_path / "x")
    assert not (tmp_path / "x").exists()


def test_export_refuses_a_damaged_stored_copy(
    store: ProjectStore, make_file: MakeFile, tmp_path: Path
) -> None:
    evidence, _ = store.add_evidence(make_file("a.pdf", b"genuine content"))
    store._db.execute(
        "UPDATE blob_chunks SET data = ? WHERE sha256 = ?", [b"forged content!", evidence.sha256]
    )
    dest = tmp_path / "out.pdf"

    with pytest.raises(EvidenceError, match="damaged") as caught:
        store.export_evidence(evidence.id, dest)

    assert "a.pdf" in caught.value.zh
    assert not dest.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_into_a_missing_folder_is_an_evidence_error(
    store: ProjectStore, make_file: MakeFile, tmp_path: Path
) -> None:
    evidence, _ = store.add_evidence(make_file("a.pdf", b"x"))
    dest = tmp_path / "gone" / "a.pdf"
    with pytest.raises(EvidenceError, match="does not exist") as caught:
        store.export_evidence(evidence.id, dest)
    assert str(dest) in caught.value.zh


def test_export_on_a_full_disk_keeps_the_old_destination(
    store: ProjectStore, make_file: MakeFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    evidence, _ = store.add_evidence(make_file("a.pdf", b"new content"))
    dest = tmp_path / "a.pdf"
    dest.write_bytes(b"previous export")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(StorageFullError) as caught:
        store.export_evidence(evidence.id, dest)

    assert str(dest) in caught.value.en
    assert dest.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_can_be_cancelled_and_reports_progress(
    store: ProjectStore, make_file: MakeFile, tmp_path: Path
) -> None:
    evidence, _ = store.add_evidence(make_file("a.bin", _pattern(2 * MiB + 3)))
    dest = tmp_path / "a.bin"
    seen: list[tuple[int, int]] = []
    store.export_evidence(evidence.id, dest, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 2 * MiB + 3)
    assert seen[-1] == (2 * MiB + 3, 2 * MiB + 3)

    dest.write_bytes(b"keep me")
    with pytest.raises(CancelledError):
        store.export_evidence(evidence.id, dest, cancelled=lambda: True)
    assert dest.read_bytes() == b"keep me"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
