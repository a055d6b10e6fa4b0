"""Expected problems that reach the user as a clear message, in English or Chinese.

Two error channels exist (see README "Errors"): a :class:`UserError` is an
expected problem (a broken file, a missing evidence file, a full disk) that is
shown to the user as a message in their language; everything else is a bug and
goes to the crash handler.

Every :class:`UserError` carries its message in both languages because the
core is Qt-free and cannot use Qt Linguist; the UI and the CLI pick one.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["en", "zh"]


class UserError(Exception):
    """An expected problem with a message for the user in English and Chinese.

    Args:
        en: the message in English, complete and specific (names the file or item).
        zh: the same message in Simplified Chinese.
    """

    def __init__(self, en: str, zh: str) -> None:
        super().__init__(en)
        self.en = en
        self.zh = zh

    def text(self, lang: str) -> str:
        """Return the message in ``lang`` ("zh" or anything else for English)."""
        return self.zh if lang.startswith("zh") else self.en


class ProjectFileError(UserError):
    """A project file cannot be opened: not a project, damaged, or from a newer version.

    The file is never modified when this is raised.
    """


class NotAProjectError(ProjectFileError):
    """The file is not an AuditReady project (wrong format or application id)."""


class CorruptProjectError(ProjectFileError):
    """The file looks like a project but is truncated or damaged."""


class NewerProjectError(ProjectFileError):
    """The project was written by a newer AuditReady with a schema this version lacks."""


class ProjectLockedError(ProjectFileError):
    """Another AuditReady window or process has the project open for writing."""


class EvidenceError(UserError):
    """An evidence file cannot be attached or exported (missing, unreadable, changed)."""


class ValidationError(UserError):
    """User input breaks a rule (e.g. "not applicable" without a justification)."""


class CatalogError(UserError):
    """A knowledge-base file is invalid; the message names the file and the item."""


class ExportError(UserError):
    """A report cannot be written (folder missing, disk full, file open elsewhere)."""


class StorageFullError(UserError):
    """The disk holding the project is full; the action was rolled back."""


class ProjectExistsError(UserError):
    """A new project would replace a file that already exists; nothing was written."""


class ProjectWriteError(UserError):
    """The project (or a copy of it) cannot be written: read-only, drive removed, permission.

    The action was rolled back; the project keeps its previous content.
    """


class CancelledError(UserError):
    """The user cancelled a long action; everything it had done was rolled back."""

    def __init__(self) -> None:
        super().__init__("Cancelled.", "已取消。")
