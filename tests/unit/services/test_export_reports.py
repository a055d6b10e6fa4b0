"""export_reports: several outputs written as one unit, progress, cancel, refused requests."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.errors import CancelledError, ExportError, ValidationError
from desktop.services.reporting.export import PROGRESS_PER_STAGE, export_reports


def test_progress_runs_through_every_stage_once(sample, tmp_path: Path) -> None:
    steps: list[str] = []
    calls: list[tuple[int, int]] = []
    result = export_reports(sample, lang="en", summary_pdf=tmp_path / "s.pdf",
                            pdf=tmp_path / "r.pdf", step=steps.append,
                            progress=lambda done, total: calls.append((done, total)))
    assert steps == ["data", "pdf", "summary_pdf"]  # stage order, not argument order
    assert result.files == (tmp_path / "r.pdf", tmp_path / "s.pdf")
    assert result.xlsx is None and result.evidence_pack is None
    total = 3 * PROGRESS_PER_STAGE  # data + two outputs
    assert {t for _d, t in calls} == {total}
    done = [d for d, _t in calls]
    assert done == sorted(done)
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert (PROGRESS_PER_STAGE, total) in calls  # the data stage finished
    assert (2 * PROGRESS_PER_STAGE, total) in calls  # the full PDF finished


def test_cancel_after_one_output_leaves_every_target_as_it_was(sample, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    old = out / "r.pdf"
    old.write_bytes(b"last month")
    steps: list[str] = []

    with pytest.raises(CancelledError):
        # the full PDF is complete when the user cancels during the summary
        export_reports(sample, lang="zh", pdf=old, summary_pdf=out / "s.pdf",
                       step=steps.append, cancelled=lambda: "summary_pdf" in steps)

    assert steps == ["data", "pdf", "summary_pdf"]
    assert old.read_bytes() == b"last month"
    assert [p.name for p in out.iterdir()] == ["r.pdf"]  # no summary, no temporary file


def test_an_already_cancelled_export_collects_nothing(sample, tmp_path: Path) -> None:
    steps: list[str] = []
    with pytest.raises(CancelledError):
        export_reports(sample, lang="en", pdf=tmp_path / "r.pdf", step=steps.append,
                       cancelled=lambda: True)
    assert steps == []
    assert not (tmp_path / "r.pdf").exists()


def test_letter_paper_applies_to_both_pdfs(sample, tmp_path: Path) -> None:
    export_reports(sample, lang="en", pdf=tmp_path / "r.pdf", summary_pdf=tmp_path / "s.pdf",
                   pagesize="Letter")
    for name in ("r.pdf", "s.pdf"):
        box = PdfReader(tmp_path / name).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_refused_requests_write_nothing(sample, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="at least one output"):
        export_reports(sample, lang="en")
    with pytest.raises(ValidationError, match="same file"):
        export_reports(sample, lang="en", pdf=tmp_path / "x.pdf",
                       summary_pdf=tmp_path / "." / "x.pdf")
    with pytest.raises(ValidationError, match="is a folder"):
        export_reports(sample, lang="en", pdf=tmp_path)
    with pytest.raises(ValidationError, match="paper"):
        export_reports(sample, lang="en", pdf=tmp_path / "x.pdf",
                       pagesize="A3")  # type: ignore[arg-type]
    missing = tmp_path / "gone" / "x.pdf"
    with pytest.raises(ExportError) as caught:
        export_reports(sample, lang="en", pdf=tmp_path / "y.pdf", summary_pdf=missing)
    assert str(missing) in caught.value.en and "不存在" in caught.value.zh
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*"))
