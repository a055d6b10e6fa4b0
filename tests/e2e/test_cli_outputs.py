"""The command line never writes an output over its input, and a closed pipe is not an error."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.catalog import load_catalog
from desktop.cli import main
from desktop.services.session import open_project
from desktop.store import outputs

ROOT = Path(__file__).resolve().parents[2]
FLAGS = ("--pdf", "--summary-pdf", "--evidence-pack", "--xlsx")


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "s.auditready"
    assert main(["sample", str(path)]) == 0
    return path


@pytest.fixture
def project(sample_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "s.auditready"
    shutil.copyfile(sample_file, path)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(capsys: pytest.CaptureFixture[str], project: Path, *args: str) -> str:
    """Run ``report project *args``; assert exit 2, no traceback, the project intact."""
    digest = _digest(project)
    code = main(["report", str(project), *args])
    out, err = capsys.readouterr()
    assert code == 2, err
    assert out == "" and "Traceback" not in err
    assert _digest(project) == digest
    open_project(project, load_catalog()).close()
    assert sorted(p.name for p in project.parent.iterdir()) == [project.name]
    return err


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITREADY_LANG", "en")


@pytest.mark.parametrize("flag", FLAGS)
def test_an_output_onto_the_project_is_refused(
        project: Path, flag: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    err = _refused(capsys, project, flag, str(project))
    assert "the open project" in err
    monkeypatch.chdir(project.parent)  # the same file by a relative name
    assert "the open project" in _refused(capsys, project, flag, project.name)


@pytest.mark.parametrize("flag", FLAGS)
@pytest.mark.parametrize("suffix", ["-journal", "-wal", "-shm", ".lock"])
def test_an_output_onto_a_side_file_is_refused(
        project: Path, flag: str, suffix: str, capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(capsys, project, flag, str(project) + suffix)
    assert "of the open project" in err


def test_two_outputs_on_one_file_are_refused(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = project.parent / "r.pdf"
    err = _refused(capsys, project, "--pdf", str(out), "--summary-pdf",
                   str(project.parent / "x" / ".." / "r.pdf"))
    assert "another file this action writes" in err


@pytest.mark.parametrize("flag", FLAGS)
def test_a_case_only_difference_is_refused_where_the_folder_ignores_case(
        project: Path, flag: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outputs, "folder_ignores_case", lambda _folder: True)
    err = _refused(capsys, project, flag, str(project.with_name("S.AuditReady")))
    assert "the open project" in err


def test_an_extension_that_does_not_fit_is_refused(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for flag, name, wanted in (("--xlsx", "x.pdf", ".xlsx"), ("--pdf", "r.xlsx", ".pdf"),
                               ("--summary-pdf", "s.zip", ".pdf"),
                               ("--evidence-pack", "e.pdf", ".zip")):
        err = _refused(capsys, project, flag, str(project.parent / name))
        assert f"extension {wanted}" in err


def test_the_documented_command_exits_2_and_the_project_still_opens(project: Path) -> None:
    digest = _digest(project)
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "report", str(project), "--pdf", str(project)],
        capture_output=True, text=True, cwd=ROOT, env=_env(), check=False, timeout=300)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and str(project) in result.stderr
    assert _digest(project) == digest
    open_project(project, load_catalog()).close()


def _env() -> dict[str, str]:
    env = dict(os.environ, AUDITREADY_LANG="en", PYTHONPATH=str(ROOT))
    env.pop("PYTHONWARNINGS", None)
    return env


def _into_closing_pipe(args: list[str], read_first: int) -> tuple[int, str]:
    """Run the CLI writing into a pipe whose reader takes ``read_first`` bytes, then closes."""
    read_fd, write_fd = os.pipe()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "desktop.cli", *args], stdout=write_fd,
                                stderr=subprocess.PIPE, cwd=ROOT, env=_env())
    finally:
        os.close(write_fd)
    with os.fdopen(read_fd, "rb") as reader:
        if read_first:
            reader.read(read_first)
    _, err = proc.communicate(timeout=300)
    return proc.returncode, err.decode("utf-8", "replace")


@pytest.mark.parametrize(("command", "read_first"), [
    (["catalog"], 0),  # the reader is gone before the first line
    (["catalog", "--format", "json"], 0),
    (["catalog", "--format", "json"], 200),  # more than a pipe holds is still unread
])
def test_a_reader_closing_the_pipe_early_is_not_an_error(
        command: list[str], read_first: int) -> None:
    code, err = _into_closing_pipe(command, read_first)
    assert (code, err) == (0, "")


def test_readiness_into_a_closed_pipe_is_not_an_error(sample_file: Path) -> None:
    code, err = _into_closing_pipe(["readiness", str(sample_file), "--format", "json"], 0)
    assert (code, err) == (0, "")
