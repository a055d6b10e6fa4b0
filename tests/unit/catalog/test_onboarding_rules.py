"""The folder-import matching rules load from the knowledge base and refuse mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.catalog.onboarding import load_match_rules, normalize, rules_path
from desktop.domain.model import Catalog
from desktop.errors import CatalogError


def test_bundled_rules_load_and_fold_synonyms(catalog: Catalog) -> None:
    rules = load_match_rules(catalog)
    assert rules.canon("QP-7.5-01 文件管理程序") == rules.canon("QP 7.5 01 成文信息控制程序")
    assert rules.canon("纠正预防措施") == rules.canon("纠正措施")
    assert rules.canon("危害因素辨识") == rules.canon("危险源辨识")
    assert rules.canon("法律法规及其他要求") == rules.canon("合规义务")
    assert rules.canon("不合格输出") == rules.canon("不合格品")
    # a longer word is not split by a shorter synonym inside it
    assert "职业病危害因素" in rules.canon("职业病危害因素检测")


def test_normalize_drops_spaces_punctuation_and_width() -> None:
    assert normalize("Document Control_程序（Ａ）") == "documentcontrol程序a"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "onboarding.toml"
    path.write_text("format = 1\n" + text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "said"), [
    ('[[items]]\nitems = ["iso9001-2015:99:R"]\nphrases = ["xy"]\n', "iso9001-2015:99:R"),
    ('[[items]]\nitems = ["iso9001-2015:9.3.3:R"]\nphrases = ["x"]\n', "two characters"),
    ('[[items]]\nitems = ["iso9001-2015:9.3.3:R"]\nphrases = []\n', "phrases"),
    ('[[numbers]]\npattern = "(?P<clause"\n', "regular expression"),
    ('[[numbers]]\npattern = "q(\\\\d)"\n', "clause"),
    ('[[numbers]]\npattern = "(?P<clause>\\\\d)"\nstandards = ["ISO 9999"]\n', "ISO 9999"),
    ('[[natures]]\nnature = "poem"\nevidence = "record"\nwords = ["x"]\n', "nature"),
    ('[[synonyms]]\nwords = ["a1", "b1"]\n[[synonyms]]\nwords = ["c1", "b1"]\n', "b1"),
])
def test_a_broken_rule_names_file_and_entry(tmp_path: Path, catalog: Catalog, text: str,
                                            said: str) -> None:
    with pytest.raises(CatalogError) as caught:
        load_match_rules(catalog, write(tmp_path, text))
    assert said in caught.value.en and "onboarding.toml" in caught.value.en
    assert "onboarding.toml" in caught.value.zh


def test_the_bundled_file_is_a_knowledge_base_resource() -> None:
    assert rules_path().parent.name == "maps" and rules_path().is_file()
