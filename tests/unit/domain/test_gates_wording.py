"""Gate and warning texts say what the 2015/2018 standards ask, in their terms."""

from __future__ import annotations

import datetime as dt

from desktop.domain.gates import GateInputs, evaluate_gates, independence_warnings
from desktop.domain.model import Catalog, ItemState, ItemStatus
from desktop.domain.records import Auditor, InternalAudit, SystemInfo


def test_independence_warning_cites_objectivity_and_impartiality() -> None:
    audit = InternalAudit(id=1, title="2026 内审", auditees=("品质部",),
                          auditors=(Auditor("张伟", "品质部"),))
    [warning] = independence_warnings([audit])
    assert "9.2.2 c)" in warning.en and "objective and impartial" in warning.en
    assert "9.2.2 c)" in warning.zh and "客观、公正" in warning.zh
    # ISO 9001:2008 wording, not in the 2015 editions.
    assert "must not audit their own work" not in warning.en
    assert "不应审核自己的工作" not in warning.zh


def test_iso45001_continual_improvement_gate_asks_for_evidence_not_a_programme(
        catalog: Catalog) -> None:
    ohs = catalog.standard("iso45001-2018")
    mandatory = [i.id for i in ohs.checklist() if i.kind.is_mandatory_documented]
    states = {i: ItemState(i, ItemStatus.READY) for i in mandatory}
    states["iso45001-2018:10.3:M"] = ItemState("iso45001-2018:10.3:M", ItemStatus.NOT_STARTED)
    inputs = GateInputs(standards=(ohs,), states=states, sites=("A",), system=SystemInfo(),
                        audits=(), findings=(), reviews=(), today=dt.date(2026, 6, 1))
    gate = next(g for g in evaluate_gates(inputs) if g.id == "mandatory_documented")
    assert not gate.passed and gate.item_ids == ("iso45001-2018:10.3:M",)
    blocking = catalog.item(gate.item_ids[0])
    assert "evidence of continual improvement" in blocking.title.en
    assert "programme" not in blocking.title.en.lower()
    # The drill records moved out of the mandatory set: they demonstrate 8.2.
    assert "iso45001-2018:8.2:E" not in mandatory
    assert "iso45001-2018:6.1.2.2:E" not in mandatory
