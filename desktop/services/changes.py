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
        evidence_ids: every evidence row an attach of several files produced or
            reused, in the order of the files (empty for other actions).
        stored_new_content: the attach stored new bytes (False: deduplicated).
        custom: the project's custom content changed; the session's catalog was
            rebuilt, so trees and standard lists must be rebuilt too.
        created: ids of entries (or a checklist) an action created, in order.
        records: kinds of system records changed, any of ``"evidence_meta"``,
            ``"system"``, ``"programmes"``, ``"audits"``, ``"findings"``,
            ``"reviews"``, ``"actions"``, ``"certificates"``, ``"settings"``,
            ``"snapshots"``, ``"departments"`` (departments and the responsibility
            matrix; see :data:`RECORD_KINDS`).
        record_id: the row id a save of a new record produced (or the saved one).
    """

    items: frozenset[str] = field(default_factory=frozenset)
    evidence: bool = False
    profile: bool = False
    standards: bool = False
    evidence_id: int | None = None
    evidence_ids: tuple[int, ...] = ()
    stored_new_content: bool = False
    custom: bool = False
    created: tuple[str, ...] = ()
    records: frozenset[str] = field(default_factory=frozenset)
    record_id: int | None = None

    @property
    def readiness(self) -> bool:
        """True when readiness figures may have changed."""
        return (bool(self.items) or self.standards or self.custom
                or bool(self.records & _LAYER_RECORDS))

    @property
    def assessment(self) -> bool:
        """True when gates, the action plan, certificate states or audit time may have changed."""
        return self.readiness or self.profile or bool(self.records - _NOT_ASSESSED)


RECORD_KINDS = frozenset({"evidence_meta", "system", "programmes", "audits", "findings",
                          "reviews", "actions", "certificates", "settings", "snapshots",
                          "departments"})
"""Every value :attr:`Changes.records` may hold."""

_LAYER_RECORDS = frozenset({"evidence_meta", "system"})
_NOT_ASSESSED = frozenset({"snapshots", "departments"})  # no gate or figure reads them
