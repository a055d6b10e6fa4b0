"""One function decides Chinese or English, from each source in its order (desktop.language)."""

from __future__ import annotations

import ctypes
import locale
import sys
from types import SimpleNamespace

import pytest

from desktop import language
from desktop.cli.common import message_lang
from desktop.language import choose_lang, lang_of

ENV = ("AUDITREADY_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def bare(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No language variable set, an English C-library locale, not Windows."""
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(locale, "getlocale", lambda *a: ("en_US", "UTF-8"))
    monkeypatch.setattr(language, "windows_ui_langid", lambda: None)
    return monkeypatch


@pytest.mark.parametrize(("value", "expected"), [
    ("zh_CN.UTF-8", "zh"), ("zh-Hans-CN", "zh"), ("zh_TW", "zh"),
    ("Chinese (Simplified)_China", "zh"), ("en_US.UTF-8", "en"), ("de_DE", "en"),
    ("C", None), ("C.UTF-8", None), ("POSIX", None), ("", None), (None, None),
])
def test_names_of_languages_and_locales(value: str | None, expected: str | None) -> None:
    assert lang_of(value) == expected


def test_the_users_setting_comes_first(bare: pytest.MonkeyPatch) -> None:
    bare.setenv("AUDITREADY_LANG", "zh")
    bare.setenv("LANG", "zh_CN.UTF-8")
    assert choose_lang("en") == "en"
    assert choose_lang("zh_CN", environ={"AUDITREADY_LANG": "en"}) == "zh"


@pytest.mark.parametrize("winner", ENV)
def test_each_variable_beats_the_ones_after_it(bare: pytest.MonkeyPatch, winner: str) -> None:
    later = ENV[ENV.index(winner) + 1:]
    for name in later:
        bare.setenv(name, "en_US.UTF-8")
    bare.setenv(winner, "zh_CN.UTF-8")
    assert message_lang() == "zh"
    assert choose_lang(None) == "zh"
    bare.setenv(winner, "en_GB.UTF-8")
    for name in later:
        bare.setenv(name, "zh_CN.UTF-8")
    assert message_lang() == "en"


def test_c_locale_names_no_language_so_the_next_source_decides(
        bare: pytest.MonkeyPatch) -> None:
    bare.setenv("LC_ALL", "C.UTF-8")
    bare.setenv("LANG", "zh_CN.UTF-8")
    assert message_lang() == "zh"


def test_windows_ui_language_when_no_variable_is_set(bare: pytest.MonkeyPatch) -> None:
    bare.setattr(language, "windows_ui_langid", lambda: 0x0804)  # Chinese (PRC)
    assert message_lang() == "zh"
    bare.setattr(language, "windows_ui_langid", lambda: 0x0C04)  # Chinese (Hong Kong)
    assert message_lang() == "zh"
    bare.setattr(language, "windows_ui_langid", lambda: 0x0409)  # English (US)
    bare.setattr(locale, "getlocale", lambda *a: ("Chinese (Simplified)_China", "936"))
    assert message_lang() == "en"
    bare.setenv("LANG", "zh_CN.UTF-8")
    assert message_lang() == "zh"


def test_windows_call_goes_to_get_user_default_ui_language(
        monkeypatch: pytest.MonkeyPatch) -> None:
    kernel32 = SimpleNamespace(GetUserDefaultUILanguage=lambda: 0x0804)
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(kernel32=kernel32), raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    assert language.windows_ui_langid() == 0x0804
    monkeypatch.setattr(sys, "platform", "linux")
    assert language.windows_ui_langid() is None


def test_system_ui_languages_from_qt_come_before_the_c_locale(
        bare: pytest.MonkeyPatch) -> None:
    assert choose_lang(None, ui_languages=["zh-Hans-CN", "en-US"]) == "zh"
    assert choose_lang(None, ui_languages=["en-US", "zh-Hans-CN"]) == "en"
    assert choose_lang(None, ui_languages=[]) == "en"


def test_c_library_locale_is_the_last_source(bare: pytest.MonkeyPatch) -> None:
    bare.setattr(locale, "getlocale", lambda *a: ("zh_CN", "UTF-8"))
    assert message_lang() == "zh"
    bare.setattr(locale, "getlocale", lambda *a: (None, None))
    assert message_lang() == "en"
