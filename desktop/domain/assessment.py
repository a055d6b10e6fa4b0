"""The honest readiness assessment of a project on one day, as one value.

:class:`Assessment` gathers the three readiness layers per standard and for
the integrated system, the certification gates and the internal audit
coverage matrix, auditor independence warnings, certificate states and
deadlines, the audit-time estimate, the action plan with its overdue actions,
expired evidence and the readiness history. It is computed by
:func:`desktop.services.assessment.assess`; the GUI, the CLI
(``auditready-cli readiness --format json``) and the reports all read the same
value, so they can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.audit_time import AuditTimeEstimate, AuditTimeInputs
from desktop.domain.certificates import CertificateStatus, CycleRules, suspension_rule
from desktop.domain.coverage import CoverageMatrix
from desktop.domain.gates import GateResult
from desktop.domain.layers import ExpiredEvidence, StandardLayers
from desktop.domain.model import Standard, Text
from desktop.domain.readiness import StandardReadiness
from desktop.domain.records import Action, LayerShares, ReadinessSnapshot

INTEGRATED = "integrated"
"""Key of the whole-system figures in snapshots and JSON."""


@dataclass(frozen=True)
class Assessment:
    """Everything known about a project's readiness on one day.

    Attributes:
        today: the day it was computed for.
        readiness: the simple figures per standard (share of ready items and
            of ready mandatory documented information), in project order.
        layers: documented / implemented / sustained per standard, same order.
        integrated: the layers over the whole management system.
        gates: the six certification gates, in a fixed order.
        coverage: internal audit coverage of clauses by sites.
        independence: auditors who audited their own department.
        certificates: state and deadlines of every certificate record.
        audit_time: the estimate, or ``None`` when the inputs cannot give one.
        audit_time_inputs: the inputs used (stored ones, or defaults from the profile).
        audit_time_error: why there is no estimate, when there is none.
        actions: the whole action plan, as stored.
        overdue_actions: open actions whose due date has passed.
        expired: evidence that no longer counts, per item.
        snapshots: readiness history, oldest first.
        rules: the certificate cycle rules in force (their source included).
        warnings: what to tell the user when the project opens.
    """

    today: dt.date
    readiness: tuple[StandardReadiness, ...]
    layers: tuple[StandardLayers, ...]
    integrated: LayerShares
    gates: tuple[GateResult, ...]
    coverage: CoverageMatrix
    independence: tuple[Text, ...]
    certificates: tuple[CertificateStatus, ...]
    audit_time: AuditTimeEstimate | None
    audit_time_inputs: AuditTimeInputs
    audit_time_error: Text | None
    actions: tuple[Action, ...]
    overdue_actions: tuple[Action, ...]
    expired: tuple[ExpiredEvidence, ...]
    snapshots: tuple[ReadinessSnapshot, ...]
    rules: CycleRules
    warnings: tuple[Text, ...]

    @property
    def figures(self) -> tuple[tuple[str, LayerShares], ...]:
        """Layer shares per standard id, then ``"integrated"`` (what a snapshot keeps)."""
        return (*((lay.standard_id, lay.shares) for lay in self.layers),
                (INTEGRATED, self.integrated))

    @property
    def failed_gates(self) -> tuple[GateResult, ...]:
        """The gates that do not pass."""
        return tuple(g for g in self.gates if not g.passed)

    def to_dict(self, standards: Sequence[Standard] = ()) -> dict[str, Any]:
        """JSON-ready form (the shape of ``auditready-cli readiness --format json``).

        Args:
            standards: the project's standards, to add code and label per standard.

        Returns:
            A dict of plain values: shares as fractions 0-1 rounded to 4 places,
            dates as ISO-8601 strings, texts as ``{"en", "zh"}``.
        """
        by_id = {s.id: s for s in standards}
        per_standard = []
        for simple, lay in zip(self.readiness, self.layers, strict=True):
            std = by_id.get(simple.standard_id)
            per_standard.append({
                "standard": simple.standard_id,
                "code": std.code if std else None,
                "edition": std.edition if std else None,
                "applicable": simple.applicable,
                "ready": simple.ready,
                "share": round(simple.share, 4),
                "mandatory_applicable": simple.mandatory_applicable,
                "mandatory_ready": simple.mandatory_ready,
                "mandatory_share": round(simple.mandatory_share, 4),
                "layers": _shares(lay.shares),
                "expired_evidence": len(lay.expired),
            })
        return {
            "today": self.today.isoformat(),
            "standards": per_standard,
            INTEGRATED: {"layers": _shares(self.integrated)},
            "gates": [g.to_dict() for g in self.gates],
            "coverage": {
                "complete": self.coverage.is_complete(),
                "sites": list(self.coverage.sites),
                "missing": [{"clause": c, "site": s} for c, s in self.coverage.missing()],
            },
            "independence_warnings": [_text(t) for t in self.independence],
            "certificates": [c.to_dict() for c in self.certificates],
            "certificate_rules": self.rules.to_json(),
            "suspension_rule": suspension_rule(self.rules),
            "audit_time": (self.audit_time.to_dict() if self.audit_time is not None
                           else {"error": _text(self.audit_time_error or _NO_ESTIMATE)}),
            "actions": {
                "total": len(self.actions),
                "open": sum(1 for a in self.actions if not a.status.is_closed),
                "overdue": [_action(a) for a in self.overdue_actions],
            },
            "expired_evidence": [
                {"item": e.item_id, "evidence": e.evidence_id,
                 "expired_on": e.expired_on.isoformat()} for e in self.expired
            ],
            "history": [
                {"day": s.day.isoformat(),
                 **{key: _shares(shares) for key, shares in s.figures}}
                for s in self.snapshots
            ],
            "warnings": [_text(t) for t in self.warnings],
        }


_NO_ESTIMATE = Text("No estimate: the inputs are incomplete.", "无法估算：输入信息不完整。")


def _text(text: Text) -> dict[str, str]:
    return {"en": text.en, "zh": text.zh}


def _shares(shares: LayerShares) -> dict[str, float]:
    return {
        "documented": round(shares.documented, 4),
        "implemented": round(shares.implemented, 4),
        "sustained": round(shares.sustained, 4),
        "overall": round(shares.overall, 4),
    }


def _action(action: Action) -> dict[str, Any]:
    return {
        "id": action.id,
        "title": action.title,
        "source": action.source.value,
        "source_ref": action.source_ref,
        "owner": action.owner,
        "due_on": action.due_on.isoformat() if action.due_on else None,
        "status": action.status.value,
    }
