"""check_outputs: no output may land on the project, its side files, a source or another output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.errors import OutputPathError
from desktop.store import outputs
from desktop.store.outputs import check_outputs, folder_ignores_case, same_file, side_files


def _ignores_case(_folder: Path) -> bool:
    return True


def _minds_case(_folder: Path) -> bool:
    return False


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "Client.auditready"
    path.write_bytes(b"project")
    return path


def test_side_files_are_journal_wal_shm_and_lock(project: Path) -> None:
    assert [p.name for p in side_files(project)] == [
        "Client.auditready-journal", "Client.auditready-wal", "Client.auditready-shm",
        "Client.auditready.lock"]


@pytest.mark.parametrize("kind", ["pdf", "xlsx", "pack", "project", "template", "file"])
def test_the_open_project_is_never_an_output(project: Path, kind: str) -> None:
    with pytest.raises(OutputPathError) as caught:
        check_outputs([(kind, project)], project=project)  # type: ignore[list-item]
    assert "the open project" in caught.value.en and str(project) in caught.value.en
    assert "当前打开的项目" in caught.value.zh
    assert project.read_bytes() == b"project"


@pytest.mark.parametrize("suffix", ["-journal", "-wal", "-shm", ".lock"])
def test_side_files_are_never_outputs_whether_or_not_they_exist(
        project: Path, suffix: str) -> None:
    side = project.with_name(project.name + suffix)
    with pytest.raises(OutputPathError, match="of the open project"):
        check_outputs([("file", side)], project=project)
    side.write_bytes(b"")
    with pytest.raises(OutputPathError, match="of the open project"):
        check_outputs([("file", side)], project=project)


def test_a_relative_or_roundabout_path_to_the_project_is_refused(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project.parent)
    roundabout = project.parent / "sub" / ".." / project.name
    for path in (Path(project.name), Path(".") / project.name, roundabout):
        with pytest.raises(OutputPathError):
            check_outputs([("file", path)], project=project)


def test_a_symlink_or_hard_link_to_the_project_is_refused(project: Path) -> None:
    link = project.with_name("link.pdf")
    link.symlink_to(project)
    hard = project.with_name("hard.pdf")
    os.link(project, hard)
    for path in (link, hard):
        with pytest.raises(OutputPathError, match="the open project"):
            check_outputs([("pdf", path)], project=project)


def test_a_path_through_a_symlinked_folder_is_refused(project: Path, tmp_path: Path) -> None:
    alias = tmp_path / "alias"
    alias.symlink_to(project.parent, target_is_directory=True)
    with pytest.raises(OutputPathError):
        check_outputs([("file", alias / project.name)], project=project)


def test_two_outputs_on_one_file_are_refused(tmp_path: Path) -> None:
    first, second = tmp_path / "r.pdf", tmp_path / "x" / ".." / "r.pdf"
    with pytest.raises(OutputPathError, match="another file this action writes") as caught:
        check_outputs([("pdf", first), ("pdf", second)])
    assert "本操作要写入的另一个文件" in caught.value.zh


def test_a_file_being_read_is_never_an_output(tmp_path: Path) -> None:
    source = tmp_path / "policy.pdf"
    source.write_bytes(b"%PDF")
    with pytest.raises(OutputPathError, match="a file this action reads"):
        check_outputs([("pdf", source)], sources=[source])
    assert source.read_bytes() == b"%PDF"


def test_the_side_files_of_a_project_copy_are_kept_free(tmp_path: Path) -> None:
    copy = tmp_path / "copy.auditready"
    with pytest.raises(OutputPathError, match="lock file"):
        check_outputs([("project", copy), ("file", tmp_path / "copy.auditready.lock")])


def test_a_case_only_difference_is_the_same_file_where_the_folder_ignores_case(
        project: Path) -> None:
    upper = project.with_name("CLIENT.AUDITREADY")
    with pytest.raises(OutputPathError, match="the open project"):
        check_outputs([("project", upper)], project=project, ignores_case=_ignores_case)
    with pytest.raises(OutputPathError, match="lock file"):
        check_outputs([("file", project.with_name("client.AUDITREADY.LOCK"))],
                      project=project, ignores_case=_ignores_case)
    check_outputs([("project", upper)], project=project, ignores_case=_minds_case)


def test_the_default_case_probe_is_looked_up_when_called(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outputs, "folder_ignores_case", _ignores_case)
    with pytest.raises(OutputPathError):
        check_outputs([("file", project.with_name("client.auditready"))], project=project)


def test_names_differing_in_more_than_case_are_different(project: Path) -> None:
    assert not same_file(project, project.with_name("Client2.auditready"),
                         ignores_case=_ignores_case)
    assert not same_file(project, project.parent / "other" / project.name,
                         ignores_case=_ignores_case)


def test_unicode_normalisation_counts_as_the_same_name_where_case_is_ignored(
        tmp_path: Path) -> None:
    composed, decomposed = tmp_path / "r\u00e9sum\u00e9.pdf", tmp_path / "re\u0301sume\u0301.pdf"
    assert same_file(composed, decomposed, ignores_case=_ignores_case)
    assert not same_file(composed, decomposed, ignores_case=_minds_case)


@pytest.mark.parametrize(("kind", "name"), [
    ("pdf", "report.xlsx"), ("xlsx", "x.pdf"), ("pack", "evidence.pdf"),
    ("project", "copy.zip"), ("template", "items.txt"), ("pdf", "report"),
])
def test_an_extension_that_does_not_fit_the_kind_is_refused(
        tmp_path: Path, kind: str, name: str) -> None:
    with pytest.raises(OutputPathError, match="must be named with the extension") as caught:
        check_outputs([(kind, tmp_path / name)])  # type: ignore[list-item]
    assert "扩展名必须是" in caught.value.zh
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize(("kind", "name"), [
    ("pdf", "Report.PDF"), ("xlsx", "r.xlsx"), ("pack", "e.ZIP"), ("project", "c.auditready"),
    ("template", "t.json"), ("file", "any name.exe"),
])
def test_fitting_outputs_pass_and_nothing_is_created(
        tmp_path: Path, project: Path, kind: str, name: str) -> None:
    check_outputs([(kind, tmp_path / name)], project=project)  # type: ignore[list-item]
    assert sorted(p.name for p in tmp_path.iterdir()) == [project.name]


def test_an_unknown_kind_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown output kind"):
        check_outputs([("docx", tmp_path / "a.docx")])  # type: ignore[list-item]


def test_case_probe_of_a_case_sensitive_folder(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outputs, "platform_ignores_case", lambda: False)
    (tmp_path / "Report.pdf").write_bytes(b"")
    assert folder_ignores_case(tmp_path) is os.path.exists(tmp_path / "rEPORT.PDF")
    empty = tmp_path / "Empty"
    empty.mkdir()
    assert folder_ignores_case(empty) is os.path.exists(tmp_path / "eMPTY")


def test_case_probe_sees_a_case_insensitive_folder(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated: the swapped-case name finds the same file, as on FAT, NTFS or APFS."""
    monkeypatch.setattr(outputs, "platform_ignores_case", lambda: False)
    (tmp_path / "Report.pdf").write_bytes(b"")
    real_samefile = os.path.samefile

    def samefile(a: object, b: object) -> bool:
        return str(a).lower() == str(b).lower() or real_samefile(a, b)  # type: ignore[arg-type]

    monkeypatch.setattr(outputs.os.path, "samefile", samefile)
    assert folder_ignores_case(tmp_path)


def test_windows_and_macos_are_assumed_to_ignore_case(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for platform, expected in (("win32", True), ("darwin", True), ("linux", False)):
        monkeypatch.setattr(outputs.sys, "platform", platform)
        assert outputs.platform_ignores_case() is expected
