"""Evidence sources that vanish, change while read, are FIFOs, folders or unreadable.

Each attach is refused with an EvidenceError naming the file, the project file
is byte for byte unchanged once closed (SHA-256), and nothing is stored.

Unreadable files: tests run as root in CI, where ``chmod 000`` does not stop
reads, so under root the refusal of ``open`` is simulated by making
``Path.open`` raise PermissionError for that one file (the same error the OS
gives a normal user); as a normal user the file is really ``chmod 000``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.domain.model import Catalog, CompanyProfile
from desktop.errors import EvidenceError
from desktop.services.evidence import attach_evidence
from desktop.services.session import new_project, open_project
from desktop.store import blobs

ITEM = "iso9001-2015:7.1.5.1:R"
SIZE = 40 * 1024


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project_file(tmp_path: Path, catalog: Catalog) -> Path:
    path = tmp_path / "evidence.auditready"
    new_project(path, CompanyProfile(name="E", headcount=5, sites=("A",)), ["iso9001-2015"],
                catalog).close()
    return path


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A 40 KiB file read in 4 KiB chunks, so a change can land between chunks."""
    monkeypatch.setattr(blobs, "CHUNK_SIZE", 4096)
    path = tmp_path / "记录.pdf"
    path.write_bytes(os.urandom(SIZE))
    return path


def refused(project_file: Path, catalog: Catalog, path: Path,
            progress: Callable[[int, int], None] | None = None) -> str:
    """Attach ``path``; assert a clear refusal and an unchanged project; return the message."""
    before = sha256(project_file)
    session = open_project(project_file, catalog)
    try:
        with pytest.raises(EvidenceError) as caught:
            attach_evidence(session, [ITEM], path, progress=progress)
        assert not session.store.evidence_for_item(ITEM)
    finally:
        session.close()
    assert sha256(project_file) == before
    assert path.name in caught.value.en and path.name in caught.value.zh
    return caught.value.en


def _after(calls: int, action: Callable[[], None]) -> Callable[[int, int], None]:
    """A progress callback running ``action`` once, on call number ``calls``."""
    seen = [0]

    def progress(_done: int, _total: int) -> None:
        seen[0] += 1
        if seen[0] == calls:
            action()
    return progress


def test_a_missing_file(project_file: Path, catalog: Catalog, tmp_path: Path) -> None:
    refused(project_file, catalog, tmp_path / "gone.pdf")


def test_a_folder(project_file: Path, catalog: Catalog, tmp_path: Path) -> None:
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    refused(project_file, catalog, folder)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_blocking(project_file: Path, catalog: Catalog,
                                            tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    refused(project_file, catalog, fifo)


@pytest.mark.parametrize("target", ["/dev/zero", "loop", "nowhere"])
def test_symlinks_to_devices_loops_and_nothing(project_file: Path, catalog: Catalog,
                                               tmp_path: Path, target: str) -> None:
    if target == "/dev/zero" and not Path(target).exists():
        pytest.skip("no /dev/zero")
    link = tmp_path / f"link-{target.strip('/').replace('/', '-')}.pdf"
    link.symlink_to(link if target == "loop" else tmp_path / target
                    if target == "nowhere" else Path(target))
    refused(project_file, catalog, link)


@pytest.mark.parametrize("calls", [1, 5, 12, 15])  # first pass has 10 chunks, the copy 10 more
@pytest.mark.parametrize("change", ["vanish", "rewrite", "grow", "shrink", "folder"])
def test_a_source_that_changes_while_read(project_file: Path, catalog: Catalog, source: Path,
                                          change: str, calls: int) -> None:
    def act() -> None:
        if change == "vanish":
            source.unlink()
        elif change == "rewrite":
            source.write_bytes(os.urandom(SIZE))
            os.utime(source, ns=(0, 0))
        elif change == "grow":
            with source.open("ab") as handle:
                handle.write(b"more")
        elif change == "shrink":
            os.truncate(source, SIZE // 2)
        else:
            source.unlink()
            source.mkdir()

    refused(project_file, catalog, source, progress=_after(calls, act))


def test_an_unreadable_file(project_file: Path, catalog: Catalog, source: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    if os.geteuid() == 0:  # root reads through chmod 000: simulate the refusal instead
        real_open = Path.open

        def deny(self: Path, *args: object, **kwargs: object) -> object:
            if self == source:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", deny)
    else:
        source.chmod(0)
    message = refused(project_file, catalog, source)
    assert "Permission denied" in message or "cannot be read" in message
