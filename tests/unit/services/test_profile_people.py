"""Setting who prepares and approves the reports: the service and ``auditready-cli profile``."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.errors import ValidationError
from desktop.services.profile import MAX_PERSON_CHARS, set_report_people
from desktop.services.session import ProjectSession


def test_set_report_people_changes_only_what_is_given(project: ProjectSession) -> None:
    changes = set_report_people(project, preparer=" 王敏 ", preparer_title="品质部经理",
                                approver="周文华", approver_title="总经理")
    assert changes.profile
    set_report_people(project, approver_title="总经理（法定代表人）")

    profile = project.store.profile()
    assert (profile.preparer, profile.preparer_title) == ("王敏", "品质部经理")
    assert (profile.approver, profile.approver_title) == ("周文华", "总经理（法定代表人）")
    assert profile.name == "ACME 精工" and profile.headcount == 55


@pytest.mark.parametrize("value", ["王" * (MAX_PERSON_CHARS + 1), "王敏\n李四"])
def test_a_name_must_be_one_short_line(project: ProjectSession, value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        set_report_people(project, preparer=value)
    assert "一行" in caught.value.zh
    assert project.store.profile().preparer == ""


def test_cli_sets_and_prints_the_people(project: ProjectSession, capsys,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path: Path = project.path
    project.close()
    monkeypatch.setenv("AUDITREADY_LANG", "zh_CN")

    assert main(["profile", str(path), "--approver", "周文华", "--approver-title", "总经理"]) == 0
    out = capsys.readouterr().out
    assert "批准人：周文华" in out and "批准人职务：总经理" in out and "编制人：—" in out

    assert main(["profile", str(path), "--preparer", "x" * 200]) == 2
    assert "不超过" in capsys.readouterr().err
