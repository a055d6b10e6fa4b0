"""Walk a folder, hash and read every document, and propose where each belongs.

:func:`scan_folder` is the engine behind File ▸ Import existing documents… and
``auditready-cli import-folder`` (docs/folder-import.md). It reads and writes no
project: the service :mod:`desktop.services.onboarding` marks files already in
the project and attaches what the user accepts.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.catalog.onboarding import MatchRules, load_match_rules
from desktop.domain.model import Catalog, Text
from desktop.errors import CancelledError, ValidationError
from desktop.onboarding.extract import TEXT_SUFFIXES, Unreadable, extract
from desktop.onboarding.match import Matcher
from desktop.onboarding.model import ScanLimits, ScannedFile, ScanResult, Skipped

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db"})
_JUNK_SUFFIXES = (".tmp", ".temp", ".crdownload", ".part", ".lnk", "~")
_CHUNK = 1024 * 1024


def is_skipped_name(name: str) -> bool:
    """True for names a scan leaves out silently: hidden (``.x``), Office lock files
    (``~$x.docx``), ``Thumbs.db``, ``desktop.ini``, ``.DS_Store``, temporary files."""
    lower = name.lower()
    return (name.startswith((".", "~$")) or lower in _JUNK_NAMES
            or lower.endswith(_JUNK_SUFFIXES))


def _hidden(info: os.stat_result) -> bool:
    attributes = getattr(info, "st_file_attributes", 0)
    mask = getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 2) | getattr(stat, "FILE_ATTRIBUTE_SYSTEM", 4)
    return bool(attributes & mask)


def list_files(root: Path, limits: ScanLimits) -> tuple[list[Path], list[Skipped]]:
    """Every file below ``root`` worth reading, sorted by relative path, and the
    files listed as skipped (not regular files).

    Hidden folders are not entered; hidden, lock and temporary files are left out
    (:func:`is_skipped_name`); symbolic links are not followed.

    Raises:
        ValidationError: ``root`` is not a folder, or holds more than
            ``limits.max_files`` files.
    """
    if not root.is_dir():
        raise ValidationError(f"{root} is not a folder.", f"{root} 不是文件夹。")
    files: list[Path] = []
    skipped: list[Skipped] = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not is_skipped_name(d)
                         and not Path(folder, d).is_symlink())
        for name in sorted(names):
            if is_skipped_name(name):
                continue
            path = Path(folder, name)
            try:
                info = path.lstat()
            except OSError:
                continue
            if _hidden(info):
                continue
            if not stat.S_ISREG(info.st_mode):
                skipped.append(Skipped(_rel(path, root), Text(
                    "Not a regular file (a link, pipe or device).",
                    "不是普通文件（链接、管道或设备）。")))
                continue
            files.append(path)
            if len(files) > limits.max_files:
                raise ValidationError(
                    f"{root} holds more than {limits.max_files} files; choose the folder of "
                    "the management system itself.",
                    f"{root} 中的文件超过 {limits.max_files} 个，请选择管理体系文件所在的文件夹。")
    files.sort(key=lambda p: _rel(p, root))
    return files, skipped


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def sha256_of(path: Path, cancelled: Cancelled | None = None) -> tuple[str, int]:
    """(hex SHA-256, size in bytes) of ``path``, read in 1 MiB chunks.

    Raises:
        OSError: the file cannot be read.
        CancelledError: ``cancelled`` returned True between chunks.
    """
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if cancelled is not None and size % (16 * _CHUNK) == 0 and cancelled():
                raise CancelledError()
    return digest.hexdigest(), size


def scan_folder(
    root: Path,
    catalog: Catalog,
    standard_ids: Sequence[str],
    *,
    limits: ScanLimits | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    rules: MatchRules | None = None,
) -> ScanResult:
    """Scan every file below ``root`` and propose checklist items for each.

    Files of equal content are read once: the likely original (fewest copy marks
    such as "副本" or "(1)" in its path, then the shortest name) is read, the others
    are listed with ``duplicate_of`` and its proposals. Text is read
    within ``limits`` (:mod:`desktop.onboarding.extract`); only the matching facts
    are kept, never the text.

    Args:
        root: the folder.
        catalog: the knowledge base (a session's catalog includes custom content).
        standard_ids: standards whose checklist items may be proposed.
        limits: bounds on reading (default :class:`ScanLimits`).
        progress: called with (steps done, steps total) after each step; every
            file counts twice, once hashed and once read.
        cancelled: polled before each step; True stops the scan.
        rules: matching rules (default: loaded from the knowledge base).

    Returns:
        Files and skipped files, each sorted by relative path.

    Raises:
        ValidationError: ``root`` is not a folder or holds too many files.
        CancelledError: ``cancelled`` returned True.
        CatalogError: the matching rules are broken (only when ``rules`` is None).
        KeyError: an id in ``standard_ids`` is not in ``catalog``.
    """
    limits = limits or ScanLimits()
    matcher = Matcher(catalog, standard_ids, rules or load_match_rules(catalog))
    paths, skipped = list_files(root, limits)
    total = 2 * len(paths)
    hashed: dict[str, tuple[Path, str, int]] = {}
    for done, path in enumerate(paths, 1):
        if cancelled is not None and cancelled():
            raise CancelledError()
        rel = _rel(path, root)
        try:
            hashed[rel] = (path, *sha256_of(path, cancelled))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            skipped.append(Skipped(rel, Text(f"Cannot be read ({reason}).",
                                             f"无法读取（{reason}）。")))
        if progress is not None:
            progress(done, total)
    originals: dict[str, str] = {}
    for rel in sorted(hashed, key=_original_first):
        originals.setdefault(hashed[rel][1], rel)
    read: dict[str, ScannedFile] = {}
    order = sorted(hashed, key=lambda rel: originals[hashed[rel][1]] != rel)
    for done, rel in enumerate(order, len(paths) + 1):
        if cancelled is not None and cancelled():
            raise CancelledError()
        path, sha, size = hashed[rel]
        original = read.get(originals[sha])
        if original is not None and path.suffix.lower() not in TEXT_SUFFIXES:
            facts = matcher.facts(rel, "")  # read by name only: its own name may tell more
            read[rel] = ScannedFile(rel, sha, size, facts.nature.value, facts.dates,
                                    facts.version, facts.proposals,
                                    duplicate_of=original.path, note=original.note)
        elif original is not None:
            read[rel] = ScannedFile(rel, sha, size, original.nature, original.dates,
                                    original.version, original.proposals,
                                    duplicate_of=original.path, note=original.note)
        elif originals[sha] == rel:
            try:
                extracted = extract(path, limits)
            except Unreadable as exc:
                skipped.append(Skipped(rel, exc.why))
            else:
                facts = matcher.facts(rel, extracted.text)
                read[rel] = ScannedFile(rel, sha, size, facts.nature.value, facts.dates,
                                        facts.version, facts.proposals, note=extracted.note)
        else:  # a copy of an unreadable file
            skipped.append(Skipped(rel, Text(f"Same content as {originals[sha]}, which cannot "
                                             "be read.", f"与无法读取的 {originals[sha]} "
                                             "内容相同。")))
        if progress is not None:
            progress(done, total)
    skipped.sort(key=lambda s: s.path)
    return ScanResult([read[rel] for rel in sorted(read)], skipped)


_COPY_MARKS = ("副本", "复件", "备份", "copy", "(1)", "(2)", "（1）", "（2）", "backup")


def _original_first(rel: str) -> tuple[int, int, str]:
    """Sort key putting the likely original of equal files first: fewest copy marks
    ("副本", "copy", "(1)" …) in its path, then the shortest name, then path order."""
    lower = rel.lower()
    return sum(mark in lower for mark in _COPY_MARKS), len(rel.rsplit("/", 1)[-1]), rel
