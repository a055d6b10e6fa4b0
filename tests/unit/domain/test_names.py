"""Names without invisible characters that change how they read (bidi spoofing)."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.domain.names import BIDI_CONTROLS, clean_name, has_hidden_chars, shown_name

SPOOF = "invoice\u202efdp.exe"  # displays as "invoiceexe.pdf"


@pytest.mark.parametrize("char", sorted(BIDI_CONTROLS))
def test_every_bidi_control_is_dropped_and_shown_escaped(char: str) -> None:
    name = f"a{char}b.pdf"
    assert clean_name(name) == "ab.pdf"
    assert shown_name(name) == f"a\\u{ord(char):04x}b.pdf"


def test_the_bidi_controls_are_the_documented_ones() -> None:
    expected = {0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
    assert {ord(c) for c in BIDI_CONTROLS} == expected
    assert all(unicodedata.category(c) == "Cf" for c in BIDI_CONTROLS)


@pytest.mark.parametrize(("name", "cleaned", "shown"), [
    (SPOOF, "invoicefdp.exe", "invoice\\u202efdp.exe"),
    ("zero\u200bwidth.pdf", "zerowidth.pdf", "zero\\u200bwidth.pdf"),
    ("\ufeffbom.txt", "bom.txt", "\\ufeffbom.txt"),
    ("soft\u00adhyphen.doc", "softhyphen.doc", "soft\\u00adhyphen.doc"),
    ("tag\U000e0041.pdf", "tag.pdf", "tag\\U000e0041.pdf"),
    ("line\nbreak\t.pdf", "linebreak.pdf", "line\\u000abreak\\u0009.pdf"),
])
def test_format_and_control_characters(name: str, cleaned: str, shown: str) -> None:
    assert has_hidden_chars(name)
    assert clean_name(name) == cleaned
    assert shown_name(name) == shown


@pytest.mark.parametrize("name", ["管理方针-QEHS-policy.pdf", "عربي.pdf", "עברית.docx",
                                  "résumé (2).pdf", "", "emoji 📄.png"])
def test_ordinary_names_are_untouched(name: str) -> None:
    assert not has_hidden_chars(name)
    assert clean_name(name) == name
    assert shown_name(name) == name


def test_a_name_of_nothing_but_controls_cleans_to_empty() -> None:
    assert clean_name("\u202e\u2066") == ""
