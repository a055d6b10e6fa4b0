"""What a folder scan returns: files with their proposed checklist items, and skipped files.

All values are plain frozen dataclasses (no Qt, no database), so a GUI review
table, the CLI and the tests read the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.domain.model import Text


class Nature(StrEnum):
    """What kind of document a file looks like (from its name, then its first pages).

    ``manual``, ``procedure``, ``instruction`` and ``plan`` are documents a company
    maintains; ``record_form`` (a blank or filled form, list, register, ledger),
    ``report`` and ``certificate`` are records it retains; ``other`` when nothing
    told.
    """

    MANUAL = "manual"
    PROCEDURE = "procedure"
    INSTRUCTION = "instruction"
    PLAN = "plan"
    RECORD_FORM = "record_form"
    REPORT = "report"
    CERTIFICATE = "certificate"
    OTHER = "other"

    @property
    def label(self) -> Text:
        """User-facing name, e.g. "Procedure" / "程序文件"."""
        return _NATURE_LABELS[self]


_NATURE_LABELS = {
    Nature.MANUAL: Text("Manual", "手册"),
    Nature.PROCEDURE: Text("Procedure", "程序文件"),
    Nature.INSTRUCTION: Text("Work instruction", "作业指导书"),
    Nature.PLAN: Text("Plan", "计划或方案"),
    Nature.RECORD_FORM: Text("Record or form", "记录或表单"),
    Nature.REPORT: Text("Report", "报告"),
    Nature.CERTIFICATE: Text("Certificate", "证书"),
    Nature.OTHER: Text("Other", "其他"),
}


@dataclass(frozen=True, slots=True)
class Proposal:
    """One checklist item a scanned file probably serves.

    Attributes:
        item_id: e.g. ``"iso9001-2015:9.3.3:R"``.
        standard_id: e.g. ``"iso9001-2015"``.
        clause: e.g. ``"9.3.3"``.
        confidence: 0.0 to 1.0; higher is surer (not a probability).
        reason: why, in words a person can check against the file (en, zh).
    """

    item_id: str
    standard_id: str
    clause: str
    confidence: float
    reason: Text

    def to_dict(self) -> dict[str, Any]:
        """JSON shape: ``{"item_id", "clause", "confidence", "reason": {"en", "zh"}}``."""
        return {"item_id": self.item_id, "clause": self.clause,
                "confidence": round(self.confidence, 2),
                "reason": {"en": self.reason.en, "zh": self.reason.zh}}


@dataclass(frozen=True, slots=True)
class ScannedFile:
    """One file found below the scanned folder.

    Attributes:
        path: relative to the scanned folder, with ``/`` separators.
        sha256: hex digest of the content.
        size: bytes.
        nature: what the file looks like (:class:`Nature` value).
        dates: dates found in the name and first page, oldest first (years alone
            become 1 January of that year).
        version: version from the name or first page (e.g. ``"A/1"``, ``"V2.0"``), or None.
        proposals: up to three, best first; empty when nothing matched.
        duplicate_of: path of the first file with the same content, or None.
        note: how the file was read (en, zh), e.g. "Read by its name only (.doc)".
    """

    path: str
    sha256: str
    size: int
    nature: str
    dates: tuple[dt.date, ...]
    version: str | None
    proposals: tuple[Proposal, ...]
    duplicate_of: str | None = None
    note: Text | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON shape of ``import-folder --format json`` (docs/folder-import.md)."""
        out: dict[str, Any] = {
            "path": self.path, "sha256": self.sha256, "size": self.size, "nature": self.nature,
            "dates": [d.isoformat() for d in self.dates], "version": self.version,
            "proposals": [p.to_dict() for p in self.proposals],
        }
        if self.duplicate_of is not None:
            out["duplicate_of"] = self.duplicate_of
        if self.note is not None:
            out["note"] = {"en": self.note.en, "zh": self.note.zh}
        return out


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file left out of the scan: ``path`` (relative, ``/``) and ``why`` (en, zh)."""

    path: str
    why: Text

    def to_dict(self) -> dict[str, Any]:
        """JSON shape: ``{"path", "why": {"en", "zh"}}``."""
        return {"path": self.path, "why": {"en": self.why.en, "zh": self.why.zh}}


@dataclass(frozen=True, slots=True)
class ScanResult:
    """Everything a scan found: ``files`` sorted by path, ``skipped`` likewise."""

    files: list[ScannedFile] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON shape: ``{"files": [...], "skipped": [...]}``."""
        return {"files": [f.to_dict() for f in self.files],
                "skipped": [s.to_dict() for s in self.skipped]}


@dataclass(frozen=True, slots=True)
class ScanLimits:
    """Bounds on what a scan reads, per file and in all.

    Attributes:
        max_files: most files listed (a whole drive chosen by mistake stops here).
        max_file_bytes: a larger file is read by its name only (still hashed).
        max_text_chars: most characters of text kept from one file.
        max_pdf_pages: PDF pages read for text.
        max_sheet_rows: rows read per worksheet; max_sheets: worksheets read.
        max_paragraphs: Word paragraphs and table cells read.
        seconds_per_file: text reading stops after this long (checked between
            pages, rows and paragraphs).
    """

    max_files: int = 20_000
    max_file_bytes: int = 64 * 1024 * 1024
    max_text_chars: int = 8_000
    max_pdf_pages: int = 3
    max_sheet_rows: int = 60
    max_sheets: int = 3
    max_paragraphs: int = 400
    seconds_per_file: float = 5.0
