"""``auditready-cli audit-time``: checking a quotation without a project."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_30_percent_reduction_keeps_70_percent_of_the_table_time(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "audit-time", "--persons", "3", "--systems", "qms",
                       "--reduction", "30", "--format", "json")
    assert code == 0
    data = json.loads(out)
    table = next(s["days"] for s in data["steps"] if s["title"]["en"].startswith("Table time"))
    assert table == 1.5
    assert data["initial_days"] >= 0.7 * table
    assert data["initial_days"] == 1.5     # 1.05 rounded up, not 1.0
    assert data["inputs"]["adjustments"][0]["percent"] == -30.0


def test_text_output_prints_every_step_as_the_window_does(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AUDITREADY_LANG", "en")
    code, out, _ = run(
        capsys, "audit-time", "--persons", "40", "--part-time", "20", "--part-time-hours", "20",
        "--week-hours", "40", "--systems", "qms,ems,ohs", "--ems-complexity", "high",
        "--ohs-complexity", "low", "--reduction", "45", "--increase", "10",
        "--integration", "100", "--sites", "10")
    assert code == 0
    for title in ("Effective personnel", "Table time: QMS", "Table time: EMS",
                  "Table time: OH&S", "Adjustments", "Adjusted time: QMS", "Sum of the systems",
                  "Initial certification audit (integrated)", "Minimum time on site",
                  "Surveillance audit", "Recertification audit", "Sites to visit"):
        assert title in out, title
    assert "20 × 20 h ÷ 40 h = 10" in out and "50 persons" in out
    assert "capped at −30 %" in out
    assert "table EMS 1, high complexity" in out and "table OH&S 1, low complexity" in out
    assert "√10 = 3.16 → 4" in out
    assert "certification body" in out     # the disclaimer


def test_text_output_follows_the_message_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AUDITREADY_LANG", "zh_CN.UTF-8")
    code, out, _ = run(capsys, "audit-time", "--persons", "55", "--systems", "qms")
    assert code == 0
    assert "查表时间：质量管理体系" in out and "初次认证 5 人日" in out


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--persons", "0", "--systems", "qms"), 2, "at least 1"),
        (("--persons", "5", "--systems", "qms", "--reduction", "-5"), 2, "positive"),
        (("--persons", "5", "--systems", "qms", "--part-time", "2"), 2, "part-time hours"),
        (("--persons", "5", "--systems", "qms,gmp"), 3, "unknown system"),
        (("--persons", "5", "--systems", "ohs", "--ohs-complexity", "limited"), 3, "limited"),
    ],
)
def test_bad_input_is_a_message_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...], code: int, message: str,
) -> None:
    monkeypatch.setenv("AUDITREADY_LANG", "en")
    result, _, err = run(capsys, "audit-time", *args)
    assert result == code
    assert message in err and "Traceback" not in err
