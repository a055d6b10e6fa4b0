"""``backup``, ``backups`` and ``restore-backup`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "s.auditready"
    assert run(capsys, "sample", str(path))[0] == 0
    return path


def listed(capsys: pytest.CaptureFixture[str], project: Path) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "backups", str(project), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["project"] == str(project)
    backups: list[dict[str, object]] = data["backups"]
    return backups


def test_backup_list_and_restore(sample_path: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, "backup", str(sample_path))
    assert code == 0
    made = Path(out.strip())
    assert made.is_file() and made.suffix == ".auditready"

    backups = listed(capsys, sample_path)
    assert [b["reason"] for b in backups] == ["manual", "daily"]
    assert backups[0]["file"] == str(made)
    assert 0 < float(backups[0]["readiness"]) < 1  # type: ignore[arg-type]
    assert backups[0]["size"] == made.stat().st_size

    monkeypatch.setenv("AUDITREADY_LANG", "en")
    code, out, _ = run(capsys, "backups", str(sample_path))
    assert code == 0
    assert out.splitlines()[0].startswith(f"{backups[0]['id']}  ")
    assert "Made by hand" in out.splitlines()[0]

    original = sample_path.read_bytes()
    code, _, err = run(capsys, "restore-backup", str(sample_path), str(backups[0]["id"]),
                       str(sample_path))
    assert code == 2 and "already exists" in err
    assert sample_path.read_bytes() == original

    out_path = tmp_path / "restored.auditready"
    code, out, _ = run(capsys, "restore-backup", str(sample_path), str(backups[0]["id"]),
                       str(out_path))
    assert code == 0 and out.strip() == str(out_path)
    code, out, _ = run(capsys, "readiness", str(out_path), "--format", "json")
    assert code == 0 and json.loads(out)["project"]["company"]

    code, _, err = run(capsys, "restore-backup", str(sample_path), "no-such-backup",
                       str(tmp_path / "x.auditready"))
    assert code == 2 and "no-such-backup" in err


def test_backup_to_a_chosen_file_never_replaces_one(sample_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out_path = tmp_path / "copy.auditready"
    code, out, _ = run(capsys, "backup", str(sample_path), "--out", str(out_path))
    assert code == 0 and out.strip() == str(out_path) and out_path.is_file()
    before = out_path.read_bytes()

    code, _, err = run(capsys, "backup", str(sample_path), "--out", str(out_path))
    assert code == 2 and str(out_path) in err
    assert out_path.read_bytes() == before
    original = sample_path.read_bytes()
    code, _, _ = run(capsys, "backup", str(sample_path), "--out", str(sample_path))
    assert code == 2 and sample_path.read_bytes() == original
    assert [b["reason"] for b in listed(capsys, sample_path)] == ["daily"]


def test_a_project_without_backups_lists_none(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITREADY_LANG", "zh_CN.UTF-8")
    code, out, _ = run(capsys, "backups", str(tmp_path / "none.auditready"))
    assert code == 0 and "没有找到" in out
