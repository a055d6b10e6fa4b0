"""Two files alike in their first 1 MiB chunk are two contents, each read back exactly."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from desktop.store import ProjectStore, blobs

CHUNK = 1024 * 1024
MakeFile = Callable[[str, bytes], Path]
Rows = Callable[[Path, str], int]


def test_files_sharing_their_first_chunk_are_stored_as_two_contents(
    store: ProjectStore, make_file: MakeFile, rows: Rows
) -> None:
    assert CHUNK == blobs.CHUNK_SIZE
    head = bytes(range(256)) * (CHUNK // 256)           # the identical first chunk
    v1 = make_file("图纸 v1.dwg", head + b"revision A")
    v2 = make_file("图纸 v2.dwg", head + b"revision B, longer")
    same_size = make_file("图纸 v3.dwg", head + b"revision C")   # same length as v1

    stored = [store.add_evidence(path)[0] for path in (v1, v2, same_size)]

    assert len({e.sha256 for e in stored}) == 3
    assert rows(store.path, "blobs") == 3
    assert rows(store.path, "blob_chunks") == 6       # two chunks each, none shared
    for evidence, path in zip(stored, (v1, v2, same_size), strict=True):
        content = b"".join(store.read_evidence(evidence.id))
        assert content == path.read_bytes()
        assert hashlib.sha256(content).hexdigest() == evidence.sha256
    store.remove_evidence(stored[0].id)
    assert b"".join(store.read_evidence(stored[2].id)).endswith(b"revision C")
