"""The one check every writer runs first: an output never lands on an input.

A report, a workbook, an evidence pack, a copy of the project ("Save As"), an
exported evidence file, a template or a backup is written by replacing the
file at its target path. If that path is the open project (or one of the
files SQLite and the lock keep beside it), another output of the same request
or a file being read for the request, the replacement destroys it.
:func:`check_outputs` refuses such a request before anything is written.

Two paths are "the same file" when any of these holds:

* their real paths (symbolic links resolved, ``os.path.realpath``) are equal;
* both exist and ``os.path.samefile`` says so (hard links, Windows short names,
  a different letter case on a case-insensitive disk);
* their folders are the same folder and their names differ only in letter
  case (and Unicode normalisation) while that folder's file system ignores
  case. Windows and macOS are assumed to ignore case; elsewhere the folder is
  probed (:func:`folder_ignores_case`) because a USB stick formatted FAT or
  exFAT ignores case on Linux too. Tests pass their own probe.

The check is Qt-free and lives in the store layer so that services, the
command line and the UI can all call it.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop.errors import OutputPathError

OutputKind = Literal["pdf", "xlsx", "pack", "project", "template", "file"]
"""What an output is; decides the file name extension it must have."""

OUTPUT_SUFFIXES: dict[str, str | None] = {
    "pdf": ".pdf",
    "xlsx": ".xlsx",
    "pack": ".zip",
    "project": ".auditready",
    "template": ".json",
    "file": None,  # an exported evidence file keeps whatever name it had
}
"""Kind → required extension (compared ignoring case); None: any name."""

SIDE_SUFFIXES: tuple[tuple[str, str, str], ...] = (
    ("-journal", "journal file", "日志文件"),
    ("-wal", "write-ahead log", "预写日志文件"),
    ("-shm", "shared-memory file", "共享内存文件"),
    (".lock", "lock file", "锁文件"),
)
"""Files SQLite and the project lock keep beside a project: (suffix, English, Chinese)."""

CaseProbe = Callable[[Path], bool]
"""``probe(folder) -> True`` when names in ``folder`` compare ignoring letter case."""

_PROBE_ENTRIES = 200
"""At most this many folder entries are looked at to find one whose name has letters."""


@dataclass(frozen=True, slots=True)
class _Guarded:
    """A path no output may land on, with what it is for the message."""

    path: Path
    en: str
    zh: str


def side_files(project: Path) -> tuple[Path, ...]:
    """The files beside ``project`` that belong to it: journal, WAL, shared memory, lock.

    E.g. ``a.auditready`` → ``a.auditready-journal``, ``-wal``, ``-shm``, ``.lock``.
    """
    return tuple(project.with_name(project.name + suffix) for suffix, _en, _zh in SIDE_SUFFIXES)


def platform_ignores_case() -> bool:
    """True on Windows and macOS, whose usual file systems ignore letter case."""
    return sys.platform.startswith("win") or sys.platform == "darwin"


def folder_ignores_case(folder: Path) -> bool:
    """Whether names in ``folder`` compare ignoring letter case; never writes anything.

    True on Windows and macOS. Elsewhere the folder is probed: the first entry
    whose name has ASCII letters is looked up again with its letter case
    swapped; the folder ignores case when that finds the same file. A folder
    without such entries is judged by its own name the same way. When nothing
    can be probed (empty folder named without letters, unreadable) the answer
    is False, the usual case on Linux.
    """
    if platform_ignores_case():
        return True
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count >= _PROBE_ENTRIES:
                    break
                verdict = _probe(Path(entry.path))
                if verdict is not None:
                    return verdict
    except OSError:
        pass
    verdict = _probe(folder)
    return bool(verdict)


def _probe(path: Path) -> bool | None:
    """True/False when ``path``'s name with swapped case is/is not the same file; None: no test."""
    name = path.name
    swapped = name.swapcase()
    if not name.isascii() or swapped == name:
        return None
    try:
        return os.path.samefile(path, path.with_name(swapped))
    except FileNotFoundError:
        return False
    except OSError:
        return None


def _folded(name: str) -> str:
    name = unicodedata.normalize("NFC", name).lower()
    return name.rstrip(" .") if sys.platform.startswith("win") else name


def same_file(a: Path, b: Path, *, ignores_case: CaseProbe | None = None) -> bool:
    """Whether paths ``a`` and ``b`` name the same file, existing or not (see module doc).

    Args:
        ignores_case: ``probe(folder) -> bool`` for case-insensitive folders;
            default :func:`folder_ignores_case` (looked up when called, so a
            test can replace it for every caller).

    Never raises for missing or unreadable paths: what cannot be compared counts
    as different, except that equal real paths are always the same.
    """
    real_a, real_b = os.path.realpath(a), os.path.realpath(b)
    if real_a == real_b:
        return True
    try:
        if os.path.samefile(real_a, real_b):
            return True
    except (OSError, ValueError):
        pass
    folder_a, name_a = os.path.split(real_a)
    folder_b, name_b = os.path.split(real_b)
    if _folded(name_a) != _folded(name_b):
        return False
    if folder_a != folder_b:
        try:
            if not os.path.samefile(folder_a, folder_b):
                return False
        except (OSError, ValueError):
            return False
    probe = ignores_case if ignores_case is not None else folder_ignores_case
    return probe(Path(folder_a))


def is_project_file(path: Path, project: Path, *, ignores_case: CaseProbe | None = None) -> bool:
    """True when ``path`` is ``project`` or one of its side files (:func:`side_files`).

    For inputs that must not be the open project, e.g. a file attached as
    evidence (the project cannot hold a copy of itself while it changes).
    """
    return any(same_file(path, own, ignores_case=ignores_case)
               for own in (project, *side_files(project)))


def check_outputs(
    outputs: Iterable[tuple[OutputKind, Path]],
    *,
    project: Path | None = None,
    sources: Iterable[Path] = (),
    ignores_case: CaseProbe | None = None,
) -> None:
    """Refuse a request whose outputs would land on its inputs or on each other.

    Call this before writing anything, with every output of one request (an
    export of several reports, a Save As, an evidence export, a template, a
    backup). Nothing is written or created by the check.

    Args:
        outputs: (kind, path) of each file the request writes; the kind decides
            the required extension (:data:`OUTPUT_SUFFIXES`, compared ignoring
            case; "file" accepts any name).
        project: the open project, if any; neither it nor its side files
            (:func:`side_files`) may be an output.
        sources: other files the request reads (e.g. evidence files being
            attached or copied); none may be an output.
        ignores_case: ``probe(folder) -> bool``, whether names in ``folder``
            ignore letter case (default :func:`folder_ignores_case`).

    Raises:
        OutputPathError: an output has the wrong extension for its kind, or is
            the same file (see :func:`same_file`) as the project, one of its
            side files, a source, another output, or a side file of another
            output that is a project; the message names both paths in English
            and Chinese.
        ValueError: a kind not in :data:`OUTPUT_SUFFIXES` (a programming error).
    """
    wanted = [(kind, Path(path)) for kind, path in outputs]
    guarded: list[_Guarded] = []
    if project is not None:
        guarded.extend(_project_files(Path(project), "the open project", "当前打开的项目"))
    guarded.extend(_Guarded(Path(s), f'"{s}", a file this action reads',
                            f"本操作正在读取的文件“{s}”") for s in sources)
    for kind, path in wanted:
        for other in guarded:
            if same_file(path, other.path, ignores_case=ignores_case):
                raise OutputPathError(
                    f"Cannot write {path}: it is the same file as {other.en}. "
                    "Nothing was written; choose another file name.",
                    f"无法写入 {path}：它与{other.zh}是同一个文件。"
                    "未写入任何内容，请选择其他文件名。")
        guarded.append(_Guarded(path, f'"{path}", another file this action writes',
                                f"本操作要写入的另一个文件“{path}”"))
        if kind == "project":
            guarded.extend(_project_files(path, "the project copy being written",
                                          "正在写入的项目副本")[1:])
    for kind, path in wanted:  # after the collisions: those are the graver mistake
        _check_suffix(kind, path)


def _project_files(project: Path, en: str, zh: str) -> list[_Guarded]:
    """``project`` and its side files, each described for a message."""
    found = [_Guarded(project, f'{en} "{project}", which writing it would destroy',
                      f"{zh}“{project}”，写入会将其破坏")]
    for side, (_suffix, side_en, side_zh) in zip(side_files(project), SIDE_SUFFIXES,
                                                  strict=True):
        found.append(_Guarded(
            side, f'the {side_en} "{side.name}" of {en} "{project}", which the project '
            "needs intact", f"{zh}“{project}”的{side_zh}“{side.name}”，项目需要它保持完好"))
    return found


def _check_suffix(kind: OutputKind, path: Path) -> None:
    try:
        suffix = OUTPUT_SUFFIXES[kind]
    except KeyError:
        raise ValueError(f"unknown output kind {kind!r}") from None
    if suffix is not None and path.suffix.lower() != suffix:
        raise OutputPathError(
            f"Cannot write {path}: this file must be named with the extension {suffix}, "
            f"so that it opens in the right program. Choose a name ending in {suffix}.",
            f"无法写入 {path}：此文件的扩展名必须是 {suffix}，才能用正确的程序打开。"
            f"请选择以 {suffix} 结尾的文件名。")
