"""Editing the whole company profile: ``update_profile`` and ``auditready-cli profile``."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.model import CompanyProfile
from desktop.errors import ValidationError
from desktop.services.profile import (
    MAX_HEADCOUNT,
    MAX_LINE_CHARS,
    MAX_SCOPE_CHARS,
    update_profile,
)
from desktop.services.session import ProjectSession


def _edited(project: ProjectSession, **fields: object) -> CompanyProfile:
    return dataclasses.replace(project.store.profile(), **fields)  # type: ignore[arg-type]


def test_update_profile_stores_every_field_cleaned_up(project: ProjectSession) -> None:
    new = CompanyProfile(name=" 苏州精工有限公司 ", address=" 苏州市工业园区星湖街 1 号 ",
                         sites=(" 一厂 ", "", "二厂", "一厂", "二厂\n三厂"), headcount=120,
                         scope="  精密零件的加工\n  ", preparer="王敏", preparer_title="品质部经理",
                         approver="周文华", approver_title="总经理")
    changes = update_profile(project, new)

    assert changes.profile and changes.assessment  # the audit-time view refreshes
    stored = project.store.profile()
    assert stored == CompanyProfile(name="苏州精工有限公司", address="苏州市工业园区星湖街 1 号",
                                    sites=("一厂", "二厂", "三厂"), headcount=120,
                                    scope="精密零件的加工", preparer="王敏",
                                    preparer_title="品质部经理", approver="周文华",
                                    approver_title="总经理")
    assert not update_profile(project, new).profile  # the same values again change nothing


@pytest.mark.parametrize(("fields", "zh_part"), [
    ({"name": "  "}, "请填写公司名称"),
    ({"name": "甲\n乙"}, "公司名称应为一行"),
    ({"address": "x" * (MAX_LINE_CHARS + 1)}, "地址应为一行"),
    ({"sites": ("y" * (MAX_LINE_CHARS + 1),)}, "场所应为一行"),
    ({"headcount": -1}, "人数应为 0 至"),
    ({"headcount": MAX_HEADCOUNT + 1}, "人数应为 0 至"),
    ({"headcount": 12.5}, "整数"),
    ({"scope": "z" * (MAX_SCOPE_CHARS + 1)}, "认证范围过长"),
    ({"approver": "周文华\n李四"}, "姓名或职务应为一行"),
])
def test_update_profile_refuses_bad_values_and_stores_nothing(
        project: ProjectSession, fields: dict[str, object], zh_part: str) -> None:
    before = project.store.profile()
    with pytest.raises(ValidationError) as caught:
        update_profile(project, _edited(project, **fields))
    assert zh_part in caught.value.zh
    assert caught.value.en and caught.value.en != caught.value.zh
    assert project.store.profile() == before


def test_headcount_bounds_are_accepted(project: ProjectSession) -> None:
    update_profile(project, _edited(project, headcount=MAX_HEADCOUNT))
    assert project.store.profile().headcount == MAX_HEADCOUNT
    update_profile(project, _edited(project, headcount=0))
    assert project.store.profile().headcount == 0


def test_cli_changes_the_company_fields_and_keeps_the_others(
        project: ProjectSession, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    path: Path = project.path
    before = project.store.profile()
    project.close()
    monkeypatch.setenv("AUDITREADY_LANG", "en")

    assert main(["profile", str(path), "--company", "Suzhou Precision Ltd",
                 "--site", "Plant 1", "--site", "Plant 2", "--site", "Plant 1",
                 "--headcount", "80", "--scope", "Machining of parts"]) == 0
    out = capsys.readouterr().out
    assert "Company: Suzhou Precision Ltd" in out
    assert "Sites: Plant 1; Plant 2" in out and "Headcount: 80" in out
    assert "Scope: Machining of parts" in out
    assert f"Address: {before.address or '—'}" in out  # not given: kept

    assert main(["profile", str(path), "--headcount", "-3"]) == 2
    assert "0" in capsys.readouterr().err
    assert main(["profile", str(path), "--company", ""]) == 2
    assert "company name" in capsys.readouterr().err
