"""The certificate cycle rule file: the bundled one loads, broken ones name file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.catalog.rules import cycle_rules_path, load_cycle_rules
from desktop.domain.certificates import CycleRules
from desktop.errors import CatalogError

GOOD = """
format = 1
validity_years = 3
first_surveillance_months = 12
surveillance_interval_months = 12
recert_apply_months_before = 3
suspension_months = 6
warning_days = 60

[source]
en = "Our certification body's contract, clause 5"
zh = "认证合同第 5 条"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "certificate_cycle.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_rules_are_the_documented_defaults() -> None:
    assert cycle_rules_path().is_file()
    rules = load_cycle_rules()
    assert rules == CycleRules()
    assert "CNCA-QMS-01:2025" in rules.source.en and "CNCA-QMS-01:2025" in rules.source.zh


def test_a_project_specific_file_is_read(tmp_path: Path) -> None:
    rules = load_cycle_rules(write(tmp_path, GOOD))
    assert (rules.suspension_months, rules.warning_days) == (6, 60)
    assert rules.source.zh == "认证合同第 5 条"


@pytest.mark.parametrize(("old", "new", "key"), [
    ("suspension_months = 6", "suspension_months = 0", "suspension_months"),
    ("warning_days = 60", 'warning_days = "60"', "warning_days"),
    ("validity_years = 3\n", "", "validity_years"),
    ("suspension_months", "suspention_months", "suspention_months"),
    ("format = 1", "format = 2", "format"),
    ('zh = "认证合同第 5 条"', 'zh = ""', "source.zh"),
])
def test_bad_value_names_file_and_key(tmp_path: Path, old: str, new: str, key: str) -> None:
    path = write(tmp_path, GOOD.replace(old, new))
    with pytest.raises(CatalogError) as info:
        load_cycle_rules(path)
    assert "certificate_cycle.toml" in info.value.en and repr(key) in info.value.en
    assert "certificate_cycle.toml" in info.value.zh and repr(key) in info.value.zh


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError) as info:
        load_cycle_rules(write(tmp_path, GOOD.replace("warning_days = 60", "warning_days = ")))
    assert "certificate_cycle.toml" in info.value.en and "TOML" in info.value.en
    assert "certificate_cycle.toml" in info.value.zh


def test_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogError) as info:
        load_cycle_rules(tmp_path / "certificate_cycle.toml")
    assert "certificate_cycle.toml" in info.value.en and "无法读取" in info.value.zh
