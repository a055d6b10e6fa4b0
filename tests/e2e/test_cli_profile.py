"""``auditready-cli profile`` edits the company profile; ``report --prepared-by`` names another
preparer for one export only."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample_path(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AUDITREADY_LANG", "en")
    path = tmp_path / "s.auditready"
    code, _, err = run(capsys, "sample", str(path))
    assert code == 0, err
    return path


def _cover(pdf: Path) -> str:
    return PdfReader(pdf).pages[0].extract_text() or ""


def _prepared_by(pdf: Path) -> str:
    """The line under "Prepared by" on the cover."""
    lines = _cover(pdf).splitlines()
    return lines[lines.index("Prepared by") + 1]


def test_profile_options_change_the_report_cover(sample_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "profile", str(sample_path), "--company", "Suzhou Precision Ltd",
                         "--address", "1 Lake Street, Suzhou", "--site", "Plant 1",
                         "--site", "Plant 2", "--headcount", "80",
                         "--scope", "Machining of precision parts",
                         "--preparer", "Chen Gang", "--approver", "Liu Yang")
    assert code == 0, err
    assert "Company: Suzhou Precision Ltd" in out and "Sites: Plant 1; Plant 2" in out
    assert "Headcount: 80" in out and "Prepared by: Chen Gang" in out

    pdf = tmp_path / "r.pdf"
    code, _, err = run(capsys, "report", str(sample_path), "--pdf", str(pdf), "--lang", "en")
    assert code == 0, err
    cover = _cover(pdf)
    for text in ("Suzhou Precision Ltd", "Chen Gang", "Liu Yang"):
        assert text in cover


def test_prepared_by_replaces_the_preparer_for_one_export(
        sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "profile", str(sample_path))
    profile_preparer = next(line for line in out.splitlines()
                            if line.startswith("Prepared by: ")).removeprefix("Prepared by: ")
    pdf = tmp_path / "r.pdf"
    code, _, err = run(capsys, "report", str(sample_path), "--pdf", str(pdf), "--lang", "en",
                       "--prepared-by", "Zhang Wei")
    assert code == 0, err
    assert _prepared_by(pdf) == "Zhang Wei"  # the name alone, without the profile's title
    assert PdfReader(pdf).metadata.author == "Zhang Wei"

    code, out, _ = run(capsys, "profile", str(sample_path))  # the profile keeps its preparer
    assert f"Prepared by: {profile_preparer}" in out
    code, _, err = run(capsys, "report", str(sample_path), "--pdf", str(pdf), "--lang", "en")
    assert code == 0, err
    assert profile_preparer in _prepared_by(pdf)


def test_profile_refuses_a_bad_headcount_in_chinese(
        sample_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITREADY_LANG", "zh_CN")
    code, _, err = run(capsys, "profile", str(sample_path), "--headcount", "2000000")
    assert code == 2 and "人数应为 0 至" in err
