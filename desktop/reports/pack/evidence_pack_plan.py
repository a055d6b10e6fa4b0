"""What goes where in an evidence pack: the plan the writer follows and the index prints.

Plain frozen dataclasses, computed by
:func:`desktop.reports.pack.evidence_pack.plan_evidence_pack` and read by both the
zip writer and :mod:`desktop.reports.pack.evidence_pack_index`.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.layers import ExpiredEvidence
from desktop.reports.model import ChecklistRow, EvidenceRow, StandardSection


@dataclass(frozen=True, slots=True)
class PackedFile:
    """One evidence file as the index lists it under an item (or as unlinked).

    Attributes:
        evidence: the register row (name, size, SHA-256).
        path: where the copy is inside the zip, ``/``-separated.
        expired: set when the file no longer counts for the item it is
            listed under (from the assessment); ``None`` otherwise.
    """

    evidence: EvidenceRow
    path: str
    expired: ExpiredEvidence | None = None


@dataclass(frozen=True, slots=True)
class PackedItem:
    """One checklist item in the index: its row and the files serving it."""

    row: ChecklistRow
    files: tuple[PackedFile, ...]


@dataclass(frozen=True, slots=True)
class PackedStandard:
    """One standard of the pack: its section, its folder and every checklist item."""

    section: StandardSection
    folder: str
    items: tuple[PackedItem, ...]


@dataclass(frozen=True, slots=True)
class PackEntry:
    """One evidence file to write into the zip.

    Attributes:
        evidence: the register row; ``evidence.size`` bytes with ``evidence.sha256``.
        path: entry name inside the zip, ``/``-separated.
        compression: ``zipfile.ZIP_STORED`` or ``zipfile.ZIP_DEFLATED``.
    """

    evidence: EvidenceRow
    path: str
    compression: int


@dataclass(frozen=True, slots=True)
class EvidencePackPlan:
    """What goes where in an evidence pack; computed by :func:`plan_evidence_pack`.

    Attributes:
        standards: one per report standard, in report order.
        unlinked: files serving no item of the report's standards, by name.
        entries: every evidence copy to write, in zip order (after the index).
    """

    standards: tuple[PackedStandard, ...]
    unlinked: tuple[PackedFile, ...]
    entries: tuple[PackEntry, ...]

    @property
    def total_bytes(self) -> int:
        """Bytes of evidence content in the zip, copies counted (before compression)."""
        return sum(entry.evidence.size for entry in self.entries)

    @property
    def file_count(self) -> int:
        """Distinct evidence files in the pack."""
        return len({entry.evidence.evidence_id for entry in self.entries})
