"""The item models pass pytest-qt's model tester and show what a user expects."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.domain.model import Catalog, Evidence, ItemState, ItemStatus
from desktop.services.session import ProjectSession
from desktop.ui.checklist.checklist_model import ChecklistTreeModel, Column, ItemIdRole
from desktop.ui.checklist.evidence_model import EvidenceIdRole, EvidenceTableModel


def _sample_model(sample: ProjectSession, standard_id: str, lang: str = "en"
                  ) -> ChecklistTreeModel:
    model = ChecklistTreeModel(sample.catalog.standard(standard_id), lang,
                               today=lambda: dt.date(2026, 11, 22))
    counts = Counter(i for e in sample.store.evidence_list() for i in e.item_ids)
    model.set_states(sample.store.item_states(), counts)
    return model


@pytest.mark.parametrize("standard_id", ["iso9001-2015", "iso14001-2015", "iso45001-2018"])
def test_checklist_model_passes_model_tester(qtmodeltester, sample: ProjectSession,
                                             standard_id: str) -> None:
    model = _sample_model(sample, standard_id)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_checklist_model_rows_follow_the_catalog(sample: ProjectSession) -> None:
    model = _sample_model(sample, "iso9001-2015")
    standard = sample.catalog.standard("iso9001-2015")
    top = [i for i in standard.items if i.parent is None]
    assert model.rowCount() == len(top)
    for item in standard.items:
        index = model.index_for(item.id)
        assert index.isValid()
        assert model.data(index, ItemIdRole) == item.id
        parent = model.parent(index)
        assert (model.data(parent, ItemIdRole) if parent.isValid() else None) == item.parent


def test_checklist_model_shows_status_owner_evidence_and_rollup(sample: ProjectSession) -> None:
    model = _sample_model(sample, "iso9001-2015")
    policy = model.index_for("iso9001-2015:5.2.2:M")
    assert model.data(policy.siblingAtColumn(Column.STATUS)) == "● Ready"
    assert model.data(policy.siblingAtColumn(Column.OWNER)) == "总经理 周文华"
    assert model.data(policy.siblingAtColumn(Column.EVIDENCE)) == "1"
    assert "Quality policy" in model.data(policy)
    clause = model.index_for("iso9001-2015:5")
    ready, applicable = model.rollup("iso9001-2015:5")
    assert model.data(clause.siblingAtColumn(Column.STATUS)) == f"{ready}/{applicable}"
    design = model.index_for("iso9001-2015:8.3")
    assert model.data(design.siblingAtColumn(Column.STATUS)) == "–"  # all not applicable


def test_checklist_model_update_items_refreshes_row_and_rollups(qtbot, sample: ProjectSession
                                                                ) -> None:
    model = _sample_model(sample, "iso9001-2015")
    item_id = "iso9001-2015:9.3.3:R"
    before = model.rollup("iso9001-2015:9")
    with qtbot.waitSignals([model.dataChanged, model.dataChanged]):
        model.update_items({item_id: ItemState(item_id, ItemStatus.READY)}, {item_id: 2})
    index = model.index_for(item_id)
    assert model.data(index.siblingAtColumn(Column.STATUS)) == "● Ready"
    assert model.data(index.siblingAtColumn(Column.EVIDENCE)) == "2"
    assert model.rollup("iso9001-2015:9") == (before[0] + 1, before[1])


def test_checklist_model_speaks_chinese(sample: ProjectSession) -> None:
    model = _sample_model(sample, "iso9001-2015", lang="zh")
    policy = model.index_for("iso9001-2015:5.2.2:M")
    assert model.data(policy.siblingAtColumn(Column.STATUS)) == "● 就绪"
    assert "质量方针" in model.data(policy)
    model.set_language("en")
    assert model.data(policy.siblingAtColumn(Column.STATUS)) == "● Ready"


def test_checklist_model_marks_overdue_dates(catalog: Catalog) -> None:
    standard = catalog.standard("iso9001-2015")
    model = ChecklistTreeModel(standard, today=lambda: dt.date(2026, 11, 22))
    item_id = standard.checklist()[0].id
    late = ItemState(item_id, ItemStatus.IN_PROGRESS, due_date=dt.date(2026, 11, 1))
    model.set_states({item_id: late}, {})
    due = model.index_for(item_id, Column.DUE)
    assert model.data(due) == "2026-11-01"
    assert model.data(due, Qt.ItemDataRole.ToolTipRole) == "Overdue"
    assert model.data(due, Qt.ItemDataRole.ForegroundRole) is not None


def _evidence(n: int) -> Evidence:
    return Evidence(id=n, sha256=f"{n:064x}", name=f"记录 {n}.pdf", size=1536 * n,
                    media_type="application/pdf",
                    added_at=dt.datetime(2026, 11, 22, 8, 30, tzinfo=dt.UTC),
                    item_ids=("iso9001-2015:5.2.2:M",))


def test_evidence_model_passes_model_tester(qtmodeltester) -> None:
    model = EvidenceTableModel()
    model.set_rows([_evidence(1), _evidence(2), _evidence(3)])
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_evidence_model_shows_name_size_type_added() -> None:
    model = EvidenceTableModel()
    model.set_rows([_evidence(2)])
    assert model.rowCount() == 1
    assert model.rowCount(model.index(0, 0)) == 0
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[0] == "记录 2.pdf"
    assert row[1] == "3.0 KB"
    assert row[2] == "application/pdf"
    assert row[3].startswith("2026-11-2")
    assert model.data(model.index(0, 0), EvidenceIdRole) == 2
    assert model.row_of(2) == 0
    assert model.row_of(9) == -1
    assert model.data(QModelIndex()) is None
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Name", "Size", "Type", "Added"]
