"""The evidence pack: every evidence file of a project in one zip, by standard and clause.

An evidence pack answers a certification body's document request. The zip
holds an index PDF (:data:`INDEX_NAME`, see
:mod:`desktop.reports.pack.evidence_pack_index`) and one folder per standard with a
folder per clause::

    00 索引 Index.pdf
    manifest.csv
    SHA256SUMS
    01 ISO 9001-2015/5.2.2 Communicating the quality policy/管理方针-QEHS-policy.pdf
    02 ISO 14001-2015/5.2 Environmental policy/管理方针-QEHS-policy.pdf
    04 Not linked to any item/old-draft.docx

A file serving items under several clauses or standards is copied into each
of their folders: auditors open the folder of the clause they are auditing
and expect to find everything there. The pack grows by the size of the
copies; the index says so.

Every name is made safe for Windows (:func:`sanitize_name`) and stored in
UTF-8 (zip flag bit 11, set by :mod:`zipfile` for non-ASCII names), so
Chinese names survive extraction. A path inside the zip has at most 214
characters (standard folder :data:`MAX_STANDARD_FOLDER_LENGTH`, clause folder
:data:`MAX_FOLDER_LENGTH`, file name :data:`MAX_NAME_LENGTH`), leaving room
below the 260-character Windows path limit for the folder it is extracted to.

``manifest.csv`` and ``SHA256SUMS`` (:mod:`desktop.reports.pack.evidence_pack_manifest`)
let an auditor check every file with standard tools (``sha256sum -c``). The
index, manifest and checksum list carry the export time; each evidence copy
carries its own date (approval date, else the day it was added).

File content is streamed chunk by chunk from a ``read`` callable (no file is
held in memory whole) and checked against its SHA-256 on the way; this module
makes no queries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
import zipfile
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4

from desktop.domain.layers import ExpiredEvidence
from desktop.domain.names import clean_name
from desktop.errors import CancelledError, EvidenceError
from desktop.reports.model import EvidenceRow, ReportData
from desktop.reports.output import write_atomically
from desktop.reports.pack.evidence_pack_index import render_pack_index
from desktop.reports.pack.evidence_pack_manifest import (
    MANIFEST_NAME,
    SUMS_NAME,
    file_date,
    render_manifest,
    render_sums,
)
from desktop.reports.pack.evidence_pack_plan import (
    EvidencePackPlan,
    PackedFile,
    PackedItem,
    PackedStandard,
    PackEntry,
)
from desktop.reports.pack.labels_pack import pack_label

INDEX_NAME = "00 索引 Index.pdf"
"""Name of the index PDF at the top of every pack (the same in both languages)."""

MAX_NAME_LENGTH = 120
"""Characters a file name in the pack may have, extension included."""

MAX_FOLDER_LENGTH = 60
"""Characters a clause folder name may have (clause titles are shortened)."""

MAX_STANDARD_FOLDER_LENGTH = 32
"""Characters a standard folder name may have, e.g. ``"01 ISO 9001-2015"`` (16)."""

STORED_EXTENSIONS = frozenset(
    {
        "pdf", "png", "jpg", "jpeg", "gif", "webp", "heic", "tif", "tiff",
        "docx", "xlsx", "xlsm", "pptx", "odt", "ods", "odp", "ofd",
        "zip", "7z", "rar", "gz", "tgz", "bz2", "xz",
        "mp3", "mp4", "m4a", "mov", "avi", "wmv",
    }
)
"""Extensions of already-compressed formats, stored as they are (ZIP_STORED).

Compressing them again costs time and saves next to nothing; every other
file (text, CSV, old binary Office formats) is deflated."""

_FORBIDDEN = {
    **{ch: "-" for ch in ':/\\|'},
    **{ch: "_" for ch in '<>"?*'},
    **{chr(code): "_" for code in range(32)},
    "\x7f": "_",
}
_TRANSLATE = str.maketrans(_FORBIDDEN)
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{base}{n}" for base in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)
_MAX_EXTENSION = 16

Read = Callable[[int], Iterable[bytes]]
"""Gives the content of an evidence file by evidence id, chunk by chunk."""


def sanitize_name(name: str, *, limit: int = MAX_NAME_LENGTH, keep_extension: bool = True) -> str:
    """Return ``name`` as a file or folder name Windows, macOS and Linux all accept.

    - Unicode is normalized to NFC (names from macOS arrive decomposed).
    - ``: / \\ |`` become ``-`` (so ``"ISO 9001:2015"`` reads ``"ISO 9001-2015"``);
      ``< > " ? *`` and control characters become ``_``.
    - Bidirectional controls and other format characters (Unicode category Cf)
      are dropped (:func:`desktop.domain.names.clean_name`), so
      ``"\u202etxt.exe"`` cannot pose as ``"exe.txt"``.
    - Leading spaces and trailing dots and spaces are removed (Windows drops them).
    - A reserved device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9), with or
      without an extension, gets a leading ``_``: ``"con.txt"`` -> ``"_con.txt"``.
    - Longer than ``limit`` characters: shortened, keeping an extension of up
      to 16 characters when ``keep_extension``.
    - An empty result becomes ``"_"``.

    Args:
        name: a single name, not a path (a ``/`` in it is replaced, not followed).
        limit: most characters allowed, >= 20.
        keep_extension: treat the text after the last dot as an extension to
            keep when shortening (file names); False for folder names such as
            ``"5.2.2 Communicating the quality policy"``.

    Source: Microsoft, "Naming Files, Paths, and Namespaces" (Win32 file naming
    conventions).
    """
    text = clean_name(unicodedata.normalize("NFC", name).translate(_TRANSLATE)).lstrip(" ")
    text = text.rstrip(". ")
    if len(text) > limit:
        stem, dot, ext = text.rpartition(".")
        if keep_extension and dot and stem and 0 < len(ext) <= _MAX_EXTENSION:
            text = stem[: limit - len(ext) - 1].rstrip(". ") + "." + ext
        else:
            text = text[:limit].rstrip(". ")
    if not text:
        return "_"
    if text.split(".", 1)[0].rstrip(" ").upper() in _RESERVED:
        text = "_" + text
        if len(text) > limit:
            text = sanitize_name(text, limit=limit, keep_extension=keep_extension)
    return text


def numbered_name(name: str, number: int, *, limit: int = MAX_NAME_LENGTH) -> str:
    """Return ``name`` with `` (number)`` before its extension: ``"a.pdf"`` -> ``"a (2).pdf"``.

    The result stays within ``limit`` characters (the stem is shortened).
    """
    suffix = f" ({number})"
    stem, dot, ext = name.rpartition(".")
    if not (dot and stem and len(ext) <= _MAX_EXTENSION):
        stem, ext = name, ""
    stem = stem[: limit - len(suffix) - (len(ext) + 1 if ext else 0)].rstrip(". ")
    return f"{stem}{suffix}.{ext}" if ext else f"{stem}{suffix}"


def compression_for(name: str) -> int:
    """Return ``zipfile.ZIP_STORED`` for already-compressed formats, else ``ZIP_DEFLATED``.

    The format is told by the extension of ``name`` (see :data:`STORED_EXTENSIONS`).
    """
    ext = name.rpartition(".")[2].lower() if "." in name else ""
    return zipfile.ZIP_STORED if ext in STORED_EXTENSIONS else zipfile.ZIP_DEFLATED


class _Folder:
    """Names already used in one folder; Windows compares them ignoring case."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._taken: set[str] = set()

    def claim(self, name: str) -> str:
        chosen, number = name, 1
        while chosen.casefold() in self._taken:
            number += 1
            chosen = numbered_name(name, number, limit=self._limit)
        self._taken.add(chosen.casefold())
        return chosen


def plan_evidence_pack(data: ReportData, links: Mapping[int, Collection[str]]) -> EvidencePackPlan:
    """Place every evidence file of ``data`` into its folders; pure, no I/O.

    Args:
        data: the report data in the pack's language (``data.evidence`` is the
            register; ``data.assessment``, when present, marks expired files).
        links: the checklist item ids each evidence file serves, by evidence id.

    Returns:
        The plan: a file serving items in several clause folders gets one copy
        in each; a file serving several items of one clause gets one copy
        there; a file serving no item of the report's standards goes to a
        final "not linked" folder. Two different files whose names collide in
        one folder (ignoring case) get ``" (2)"``, ``" (3)"`` suffixes.
    """
    lang = data.lang
    serving: dict[str, list[EvidenceRow]] = {}
    for register_row in data.evidence:  # register order: by name
        for item_id in dict.fromkeys(links.get(register_row.evidence_id, ())):
            serving.setdefault(item_id, []).append(register_row)
    expired: dict[tuple[str, int], ExpiredEvidence] = {}
    if data.assessment is not None:
        for gone in data.assessment.expired:
            expired.setdefault((gone.item_id, gone.evidence_id), gone)

    top = _Folder(MAX_STANDARD_FOLDER_LENGTH)
    for reserved in (INDEX_NAME, MANIFEST_NAME, SUMS_NAME):
        top.claim(reserved)
    entries: list[PackEntry] = []
    placed: dict[tuple[str, int], str] = {}
    folders: dict[str, _Folder] = {}

    def place(folder: str, evidence: EvidenceRow) -> str:
        key = (folder, evidence.evidence_id)
        if key not in placed:
            names = folders.setdefault(folder, _Folder(MAX_NAME_LENGTH))
            path = f"{folder}/{names.claim(sanitize_name(evidence.name))}"
            placed[key] = path
            entries.append(PackEntry(evidence, path, compression_for(evidence.name)))
        return placed[key]

    standards = []
    for number, section in enumerate(data.standards, start=1):
        std_folder = top.claim(
            _folder_name(f"{number:02d} {section.label}", MAX_STANDARD_FOLDER_LENGTH)
        )
        clauses = _Folder(MAX_FOLDER_LENGTH)
        clause_folders: dict[tuple[str, str], str] = {}
        items = []
        for row in section.rows:
            files = []
            for evidence in serving.get(row.item_id, ()):
                key = (row.clause, row.clause_title)
                if key not in clause_folders:
                    title = " ".join(part for part in key if part)
                    title = title or pack_label("pack_no_clause_folder", lang)
                    folder = clauses.claim(_folder_name(title, MAX_FOLDER_LENGTH))
                    clause_folders[key] = f"{std_folder}/{folder}"
                path = place(clause_folders[key], evidence)
                files.append(
                    PackedFile(evidence, path, expired.get((row.item_id, evidence.evidence_id)))
                )
            items.append(PackedItem(row, tuple(files)))
        standards.append(PackedStandard(section, std_folder, tuple(items)))

    linked = {evidence_id for (_, evidence_id) in placed}
    loose = [ev for ev in data.evidence if ev.evidence_id not in linked]
    unlinked: list[PackedFile] = []
    if loose:
        name = f"{len(data.standards) + 1:02d} {pack_label('pack_unlinked_folder', lang)}"
        folder = top.claim(_folder_name(name, MAX_STANDARD_FOLDER_LENGTH))
        unlinked = [PackedFile(ev, place(folder, ev)) for ev in loose]
    return EvidencePackPlan(tuple(standards), tuple(unlinked), tuple(entries))


def _folder_name(text: str, limit: int) -> str:
    return sanitize_name(" ".join(text.split()), limit=limit, keep_extension=False)


def write_evidence_pack(
    data: ReportData,
    links: Mapping[int, Collection[str]],
    path: Path,
    read: Read,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    pagesize: tuple[float, float] = A4,
) -> EvidencePackPlan:
    """Write the evidence pack of ``data`` to the zip file ``path``, replacing it atomically.

    The zip is built in a temporary file beside ``path`` and renamed only
    when complete; on any error or cancel ``path`` is left as it was and no
    temporary file remains.

    Args:
        data: the report data in the pack's language.
        links: the checklist item ids each evidence file serves, by evidence id.
        path: the target ``.zip``; its folder must exist.
        read: gives an evidence file's content by id as byte chunks (any size);
            called once per copy, so memory use stays near one chunk.
        progress: called with (bytes_done, bytes_total) of evidence content,
            copies counted; starts with (0, total), ends with (total, total).
        cancelled: polled between chunks; returning True cancels.
        pagesize: paper of the index PDF, (width, height) in points; A4 by default.

    Returns:
        The plan that was written (folders, paths, entries).

    Raises:
        EvidenceError: a file's content does not match its SHA-256 or size
            (damaged project), or ``read`` raised it.
        CancelledError: ``cancelled()`` returned True.
        ExportError: the zip cannot be written (folder missing, access denied,
            disk full); the message names ``path``.
    """
    plan = plan_evidence_pack(data, links)
    total = plan.total_bytes
    stamp = _zip_time(data.generated_at)

    def write(handle: BinaryIO) -> None:
        done = 0
        _check(cancelled)
        if progress:
            progress(0, total)
        index = render_pack_index(data, plan, pagesize=pagesize)
        manifest = render_manifest(plan, data.evidence_meta, data.lang,
                                   index_name=INDEX_NAME, index=index)
        sums = render_sums([
            (INDEX_NAME, hashlib.sha256(index).hexdigest()),
            (MANIFEST_NAME, hashlib.sha256(manifest).hexdigest()),
            *((entry.path, entry.evidence.sha256) for entry in plan.entries),
        ])
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            archive.writestr(_info(INDEX_NAME, len(index), stamp, zipfile.ZIP_STORED), index)
            for name, content in ((MANIFEST_NAME, manifest), (SUMS_NAME, sums)):
                archive.writestr(_info(name, len(content), stamp, zipfile.ZIP_DEFLATED), content)
            for entry in plan.entries:
                day = file_date(entry.evidence, data.evidence_meta)
                info = _info(entry.path, entry.evidence.size, _zip_time(_noon(day)),
                             entry.compression)
                with archive.open(info, "w") as target:
                    for chunk in _verified(entry.evidence, read(entry.evidence.evidence_id)):
                        _check(cancelled)
                        target.write(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
        if progress:
            progress(total, total)

    write_atomically(path, write)
    return plan


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise CancelledError()


def _noon(day: dt.date) -> dt.datetime:
    """Midday of ``day``: the date reads the same in any time zone an unzip tool shows it in."""
    return dt.datetime.combine(day, dt.time(12, 0))


def _zip_time(moment: dt.datetime) -> tuple[int, int, int, int, int, int]:
    """Zip timestamps are local wall-clock time, 1980 to 2107."""
    year = min(max(moment.year, 1980), 2107)
    return (year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def _info(
    name: str, size: int, stamp: tuple[int, int, int, int, int, int], compression: int
) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = compression
    info.file_size = size  # lets zipfile choose ZIP64 headers for files over 2 GiB
    info.external_attr = 0o644 << 16
    return info


def _verified(evidence: EvidenceRow, chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Pass ``chunks`` through, then raise :class:`EvidenceError` if size or SHA-256 differ."""
    digest = hashlib.sha256()
    size = 0
    for chunk in chunks:
        digest.update(chunk)
        size += len(chunk)
        yield chunk
    if size != evidence.size or digest.hexdigest() != evidence.sha256:
        raise EvidenceError(
            f'The stored copy of "{evidence.name}" is damaged (its content no longer matches '
            "its SHA-256), so the evidence pack was not written. Attach the file again, "
            "then export the pack again.",
            f"“{evidence.name}”的存储副本已损坏（内容与 SHA-256 不符），因此未生成证据包。"
            "请重新添加该文件后再导出证据包。",
        )
