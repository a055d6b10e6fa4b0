"""Expected problems that reach the user as a clear message, in English or Chinese.

Two error channels exist (see docs/reference.md "Errors"): a :class:`UserError` is an
expected problem (a broken file, a missing evidence file, a full disk) that is
shown to the user as a message in their language; everything else is a bug and
goes to the crash handler.

Every :class:`UserError` carries its message in both languages because the
core is Qt-free and cannot use Qt Linguist; the UI and the CLI pick one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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


class ForeignSchemaError(ProjectFileError):
    """The project's schema holds objects AuditReady never creates (or changed ones).

    Such a file is refused untouched; ``auditready-cli repair`` (or the GUI's
    "Repair a copy…") writes a clean copy without them.

    Args:
        en, zh: the message, naming the objects.
        objects: the unexpected objects, e.g. ``('trigger "wipe" on item_state',)``.
    """

    def __init__(self, en: str, zh: str, objects: Sequence[str] = ()) -> None:
        super().__init__(en, zh)
        self.objects = tuple(objects)


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


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """One problem found in an imported workbook.

    Attributes:
        row: the Excel row number (1 = the header row).
        column: the column's header name (e.g. ``"kind"``), or "" for the whole row.
        en, zh: what is wrong, e.g. "unknown kind 'record'" / "未知的类型 'record'".
    """

    row: int
    column: str
    en: str
    zh: str

    def text(self, lang: str) -> str:
        """The problem in ``lang``, e.g. "Row 7, column kind: unknown kind 'record'".

        In Chinese: "第 7 行，kind 列：未知的类型 'record'".
        """
        if lang.startswith("zh"):
            where = f"第 {self.row} 行，{self.column} 列" if self.column else f"第 {self.row} 行"
            return f"{where}：{self.zh}"
        where = f"Row {self.row}, column {self.column}" if self.column else f"Row {self.row}"
        return f"{where}: {self.en}"


class ChecklistImportError(UserError):
    """A checklist workbook cannot be imported; nothing was written.

    Args:
        en, zh: the message (it lists the problems too).
        problems: every bad row found, in row order; empty when the file as a
            whole is unusable (not an xlsx, unreadable).
    """

    def __init__(self, en: str, zh: str, problems: Sequence[ImportProblem] = ()) -> None:
        super().__init__(en, zh)
        self.problems = tuple(problems)


class OutputPathError(ValidationError):
    """An output would replace its own input (the open project, a side file, a file being
    read, another output) or has the wrong extension for its kind; nothing was written."""


class TemplateError(UserError):
    """A custom-content template cannot be read, written or applied; nothing was changed."""


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
