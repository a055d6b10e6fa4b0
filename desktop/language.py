"""Which language AuditReady speaks: Chinese or English, decided in one place.

Both front ends ask :func:`choose_lang`: the command line with no arguments,
the window with the language saved in its settings and Qt's list of the
system's UI languages. The first source that names a language wins:

1. the user's own choice (the window's setting ``ui/language``);
2. ``AUDITREADY_LANG`` (e.g. ``zh``, ``zh_CN``, ``en``);
3. ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, in the order POSIX gives them
   precedence (``zh_CN.UTF-8`` → Chinese);
4. the system's UI language: on Windows ``GetUserDefaultUILanguage`` (primary
   language id 0x04 is Chinese, simplified or traditional); elsewhere the
   languages passed in (the GUI passes ``QLocale.system().uiLanguages()``,
   which on macOS are the languages of System Settings), then the C library's
   locale (``locale.getlocale()``).

A value names Chinese when it starts with ``zh`` or ``chinese`` (Windows
spells locales ``Chinese (Simplified)_China``); any other language is shown
in English. ``C`` and ``POSIX`` (the default of containers and CI machines)
name no language, so the next source is asked. Nothing here imports Qt.
"""

from __future__ import annotations

import locale
import os
import sys
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.domain.model import Lang  # a type only: the model module is large

#: Environment variables asked, in order, after the user's choice.
ENV_VARS = ("AUDITREADY_LANG", "LC_ALL", "LC_MESSAGES", "LANG")
#: Primary language id of Chinese in a Windows LANGID (low 10 bits).
WINDOWS_LANG_CHINESE = 0x04
_NO_LANGUAGE = {"", "c", "posix"}


def lang_of(value: str | None) -> Lang | None:
    """The language a setting or locale name stands for, or None when it names none.

    ``"zh_CN.UTF-8"``, ``"zh-Hans-CN"``, ``"Chinese (Simplified)_China"`` → ``"zh"``;
    ``"en_US"``, ``"de_DE.UTF-8"`` → ``"en"``; ``""``, ``"C"``, ``"POSIX.UTF-8"``, None → None.
    """
    text = (value or "").strip().lower()
    if text.split(".", 1)[0].split("@", 1)[0] in _NO_LANGUAGE:
        return None
    return "zh" if text.startswith(("zh", "chinese")) else "en"


def windows_ui_langid() -> int | None:
    """The Windows user's UI LANGID (``GetUserDefaultUILanguage``), None elsewhere.

    E.g. 0x0804 for Chinese (PRC), 0x0409 for English (US). None when not on
    Windows or when the call is unavailable.
    """
    if sys.platform == "win32":
        import ctypes

        try:
            return int(ctypes.windll.kernel32.GetUserDefaultUILanguage())
        except (AttributeError, OSError):
            return None
    return None


def system_lang(ui_languages: Iterable[str] = ()) -> Lang:
    """The language of the system's user interface (step 4 of the module's order).

    Args:
        ui_languages: the system's preferred UI languages, most preferred first
            (BCP 47 names such as ``"zh-Hans-CN"``), e.g. from Qt; may be empty.

    Returns:
        ``"zh"`` or ``"en"``; ``"en"`` when no source names a language.
    """
    langid = windows_ui_langid()
    if langid is not None:
        return "zh" if langid & 0x3FF == WINDOWS_LANG_CHINESE else "en"
    for name in ui_languages:
        found = lang_of(name)
        if found is not None:
            return found
    return lang_of(locale.getlocale()[0]) or "en"


def choose_lang(user_setting: str | None = None, *, ui_languages: Iterable[str] = (),
                environ: Mapping[str, str] | None = None) -> Lang:
    """Chinese or English for messages and the interface, by the module's order.

    Args:
        user_setting: the language the user chose (``"zh_CN"``, ``"en"``), or
            None / ``""`` when they never chose one.
        ui_languages: the system's UI languages (see :func:`system_lang`).
        environ: the environment to read (default ``os.environ``).

    Returns:
        ``"zh"`` or ``"en"``.
    """
    env = os.environ if environ is None else environ
    for value in (user_setting, *(env.get(name) for name in ENV_VARS)):
        found = lang_of(value)
        if found is not None:
            return found
    return system_lang(ui_languages)
