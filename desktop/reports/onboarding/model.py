"""The data of the "what the folder lacks" list (built by a service, Qt-free)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.domain.model import Text


@dataclass(frozen=True, slots=True)
class LackingItem:
    """A checklist item no file of the folder matched.

    Attributes:
        item_id: e.g. ``"iso9001-2015:9.3.3:R"``.
        standard: the standard's label, e.g. ``"ISO 9001:2015"``.
        clause: e.g. ``"9.3.3"``.
        title: the item's title.
        why_listed: "Required by the standard" (mandatory documented information)
            or "Commonly requested by certification bodies".
        required: True for mandatory documented information, False for a
            certification-body request.
        has_evidence: the project already holds evidence for it.
    """

    item_id: str
    standard: str
    clause: str
    title: Text
    why_listed: Text
    required: bool
    has_evidence: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON shape used by ``import-folder --format json`` under ``"lacks"``."""
        return {"item_id": self.item_id, "standard": self.standard, "clause": self.clause,
                "title": {"en": self.title.en, "zh": self.title.zh},
                "required": self.required, "has_evidence": self.has_evidence}


@dataclass(frozen=True, slots=True)
class FolderLacks:
    """What a scanned folder lacks.

    Attributes:
        folder: the folder's name as the user chose it.
        project: the project's company name.
        scanned_on: the day of the scan.
        files: files scanned (skipped ones not counted).
        considered: mandatory and commonly requested items looked for.
        items: those no file matched, in checklist order.
    """

    folder: str
    project: str
    scanned_on: dt.date
    files: int
    considered: int
    items: tuple[LackingItem, ...]
