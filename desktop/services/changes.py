"""What a user action changed, so views refresh only that (an "OpChanges" value)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    """The result of one service call.

    Attributes:
        items: checklist item ids whose state or evidence links changed.
        evidence: the evidence register changed (added, removed, relinked).
        profile: the company profile changed.
        standards: the chosen standards changed.
        evidence_id: the evidence row an attach action produced or reused.
        stored_new_content: the attach stored new bytes (False: deduplicated).
        custom: the project's custom content changed; the session's catalog was
            rebuilt, so trees and standard lists must be rebuilt too.
        created: ids of entries (or a checklist) an action created, in order.
    """

    items: frozenset[str] = field(default_factory=frozenset)
    evidence: bool = False
    profile: bool = False
    standards: bool = False
    evidence_id: int | None = None
    stored_new_content: bool = False
    custom: bool = False
    created: tuple[str, ...] = ()

    @property
    def readiness(self) -> bool:
        """True when readiness figures may have changed."""
        return bool(self.items) or self.standards or self.custom
