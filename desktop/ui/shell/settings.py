"""UI state kept in QSettings: language, recent projects, window geometry, folders.

Only UI state lives here; project data stays in the project file so it
travels with it. The :class:`QSettings` object is passed in by the
composition root (tests pass an ini file in a temporary folder).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8

_LANGUAGE = "ui/language"
_RECENT = "projects/recent"
_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTER = "window/splitter"
_LAST_DIR = "paths/last_dir"
_SUMMARIES = "projects/summaries"
_USER_NAME = "user/name"
_REPORT_LANG = "reports/language"
_REPORT_PAPER = "reports/paper"
_FRESHNESS_WARNINGS = "warnings/freshness"


class UiSettings:
    """Typed access to the keys AuditReady keeps in :class:`QSettings`.

    Args:
        store: the QSettings to read and write (native, or an ini file in tests).
    """

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @property
    def qsettings(self) -> QSettings:
        """The underlying QSettings (for sync in tests)."""
        return self._store

    def language(self) -> str:
        """The chosen UI language ("zh_CN" or "en"), or "" when never chosen."""
        return str(self._store.value(_LANGUAGE, "") or "")

    def set_language(self, ui_lang: str) -> None:
        """Remember the UI language."""
        self._store.setValue(_LANGUAGE, ui_lang)

    def recent_projects(self) -> list[Path]:
        """Recently used project files, most recent first (may no longer exist)."""
        raw = self._store.value(_RECENT, [])
        if isinstance(raw, str):  # one entry comes back as a plain string
            raw = [raw]
        return [Path(p) for p in (raw or []) if p]

    def add_recent_project(self, path: Path) -> None:
        """Put ``path`` first in the recent list (at most :data:`MAX_RECENT`)."""
        path = path.resolve()
        items = [p for p in self.recent_projects() if p != path]
        self._write_recent([path, *items][:MAX_RECENT])

    def remove_recent_project(self, path: Path) -> None:
        """Drop ``path`` from the recent list (e.g. the file was deleted)."""
        self._write_recent([p for p in self.recent_projects() if p != path])

    def clear_recent_projects(self) -> None:
        """Empty the recent list."""
        self._write_recent([])

    def _write_recent(self, paths: list[Path]) -> None:
        self._store.setValue(_RECENT, [str(p) for p in paths])

    def project_summary(self, path: Path) -> dict[str, Any]:
        """What the start page shows of project ``path`` without opening it.

        Returns:
            The summary last stored by :meth:`set_project_summary` (keys such as
            ``company``, ``standards``, ``readiness``, ``deadline``, ``opened``),
            or an empty dict when none was stored.
        """
        value = self._summaries().get(str(path))
        return dict(value) if isinstance(value, dict) else {}

    def set_project_summary(self, path: Path, summary: dict[str, Any]) -> None:
        """Remember ``summary`` (JSON-able values) for ``path``; only recent projects are kept."""
        summaries = self._summaries()
        summaries[str(path.resolve())] = summary
        keep = {str(p) for p in self.recent_projects()} | {str(path.resolve())}
        self._store.setValue(_SUMMARIES, json.dumps(
            {k: v for k, v in summaries.items() if k in keep}, ensure_ascii=False))

    def _summaries(self) -> dict[str, Any]:
        try:
            value = json.loads(str(self._store.value(_SUMMARIES, "") or "{}"))
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def user_name(self) -> str:
        """The user's own name (for "mine" filters and report sign-off), or ""."""
        return str(self._store.value(_USER_NAME, "") or "").strip()

    def set_user_name(self, name: str) -> None:
        """Remember the user's own name."""
        self._store.setValue(_USER_NAME, name.strip())

    def report_language(self) -> str:
        """Default report language, "zh" or "en"; "" means: follow the interface."""
        value = str(self._store.value(_REPORT_LANG, "") or "")
        return value if value in {"zh", "en"} else ""

    def set_report_language(self, lang: str) -> None:
        """Remember the default report language ("zh", "en", or "" to follow the interface)."""
        self._store.setValue(_REPORT_LANG, lang)

    def paper_size(self) -> str:
        """Default paper size, "A4" or "Letter"; "" means: the system's."""
        value = str(self._store.value(_REPORT_PAPER, "") or "")
        return value if value in {"A4", "Letter"} else ""

    def set_paper_size(self, paper: str) -> None:
        """Remember the default paper size ("A4", "Letter", or "" for the system's)."""
        self._store.setValue(_REPORT_PAPER, paper)

    def freshness_warnings(self) -> bool:
        """Whether expired evidence is announced when a project opens (default on)."""
        value = self._store.value(_FRESHNESS_WARNINGS, True)
        return value not in (False, "false", "0", 0)

    def set_freshness_warnings(self, on: bool) -> None:
        """Turn the expired-evidence warning on or off."""
        self._store.setValue(_FRESHNESS_WARNINGS, bool(on))

    def last_dir(self) -> str:
        """The folder of the last file dialog, or "" (use the home folder)."""
        return str(self._store.value(_LAST_DIR, "") or "")

    def set_last_dir(self, folder: Path) -> None:
        """Remember the folder of a file picked in a dialog."""
        self._store.setValue(_LAST_DIR, str(folder))

    def window_geometry(self) -> QByteArray | None:
        """Saved main-window geometry, or None."""
        return self._bytes(_GEOMETRY)

    def window_state(self) -> QByteArray | None:
        """Saved main-window dock/toolbar state, or None."""
        return self._bytes(_STATE)

    def splitter_state(self) -> QByteArray | None:
        """Saved tree/item splitter sizes, or None."""
        return self._bytes(_SPLITTER)

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        """Remember the main-window layout."""
        self._store.setValue(_GEOMETRY, geometry)
        self._store.setValue(_STATE, state)
        self._store.setValue(_SPLITTER, splitter)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
