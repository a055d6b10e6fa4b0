"""The integrated (三体系) view: one shared item, every standard's readiness follows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog

from desktop.domain.model import ItemStatus
from desktop.services.integrated import integrated_view
from desktop.services.items import set_item_status
from desktop.services.session import ProjectSession
from desktop.ui.checklist.checklist_model import ItemIdRole
from desktop.ui.checklist.integrated_model import (
    MIXED,
    IntegratedColumn,
    IntegratedTreeModel,
    NodeKind,
)
from desktop.ui.checklist.shared_mode import merged_state
from desktop.ui.checklist.shared_targets import SharedTargetsModel
from desktop.ui.shell.main_window import MainWindow

REVIEW = "ims:9.3:R"  # management review results: a record in all three standards
REVIEW_TARGETS = {"iso9001-2015": "iso9001-2015:9.3.3:R", "iso14001-2015": "iso14001-2015:9.3:R",
                  "iso45001-2018": "iso45001-2018:9.3:R"}


def choose(combo: QComboBox, data: str) -> None:
    """Pick the entry with ``data`` as a user would (index change, then ``activated``)."""
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def _model(session: ProjectSession) -> IntegratedTreeModel:
    model = IntegratedTreeModel(integrated_view(session), session.standards())
    files: dict[str, set[int]] = {}
    for evidence in session.store.evidence_list():
        for item_id in evidence.item_ids:
            files.setdefault(item_id, set()).add(evidence.id)
    model.set_states(session.store.item_states(), files)
    return model


def test_integrated_model_passes_model_tester(qtmodeltester, sample: ProjectSession) -> None:
    model = _model(sample)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_integrated_model_of_two_standards_passes_model_tester(
        qtmodeltester, sample: ProjectSession) -> None:
    sample.store.set_standard_ids(["iso9001-2015", "iso45001-2018"])
    model = _model(sample)
    qtmodeltester.check(model, force_py=True)
    assert model.index_for(REVIEW).isValid()
    standards = model.index_for(REVIEW, IntegratedColumn.STANDARDS)
    assert model.data(standards) == "9001 · 45001"


def test_integrated_model_groups_shared_items_then_each_standards_own(
        sample: ProjectSession) -> None:
    model = _model(sample)
    groups = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert [g.split()[0] for g in groups] == ["4", "5", "6", "7", "8", "9", "10"]
    review = model.index_for(REVIEW)
    assert model.kind_at(review) is NodeKind.SHARED
    assert model.data(review.siblingAtColumn(IntegratedColumn.STANDARDS)) == (
        "9001 · 14001 · 45001")
    assert "Management review results" in model.data(review)
    assert model.data(review.siblingAtColumn(IntegratedColumn.STATUS)) == "○ Not started"
    assert model.data(review.siblingAtColumn(IntegratedColumn.OWNER)) == "管理者代表 孙建国"
    # Below the shared items of clause 8: one heading per standard with its own items.
    operation = model.index(4, 0)
    kinds = [model.kind_at(model.index(r, 0, operation)) for r in range(model.rowCount(operation))]
    first_heading = kinds.index(NodeKind.STANDARD)
    assert set(kinds[:first_heading]) == {NodeKind.SHARED}
    assert set(kinds[first_heading:]) == {NodeKind.STANDARD}
    heading = model.index(first_heading, 0, operation)
    assert model.data(heading) == "ISO 9001:2015 specific requirements"
    design = model.index_for("iso9001-2015:8.3.2:R")
    assert design.parent() == heading
    assert model.data(design, ItemIdRole) == "iso9001-2015:8.3.2:R"
    assert model.data(heading, ItemIdRole) == ""
    # Every checklist item of the project appears exactly once (shared or own).
    shown: list[str] = []
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            stack.append(index)
            if model.kind_at(index) is NodeKind.ITEM:
                shown.append(model.data(index, ItemIdRole))
    shown += [t for s in model.shared_ids() for t in _targets(sample, s)]
    assert sorted(shown) == sorted(i.id for s in sample.standards() for i in s.checklist())


def _targets(session: ProjectSession, shared_id: str) -> list[str]:
    from desktop.services.integrated import integrated_item

    return [t.id for t in integrated_item(session, shared_id).targets]


def test_integrated_model_reports_mixed_status_and_evidence_union(
        qtbot, sample: ProjectSession) -> None:
    model = _model(sample)
    target = REVIEW_TARGETS["iso14001-2015"]
    state = sample.store.item_state(target)
    from dataclasses import replace

    with qtbot.waitSignal(model.dataChanged):
        model.update_items({target: replace(state, status=ItemStatus.READY)},
                           {target: {7, 8}, REVIEW_TARGETS["iso9001-2015"]: {8}})
    review = model.index_for(REVIEW)
    status = review.siblingAtColumn(IntegratedColumn.STATUS)
    assert model.data(status) == "≠ Mixed"
    assert model.data(status, Qt.ItemDataRole.ToolTipRole).splitlines() == [
        "ISO 9001:2015 9.3.3: ○ Not started", "ISO 14001:2015 9.3: ● Ready",
        "ISO 45001:2018 9.3: ○ Not started"]
    assert model.status_of(REVIEW) is None
    assert model.data(review, Qt.ItemDataRole.UserRole + 2) == MIXED
    assert model.data(review.siblingAtColumn(IntegratedColumn.EVIDENCE)) == "2"


def test_shared_targets_model_passes_model_tester(qtmodeltester, sample: ProjectSession) -> None:
    from desktop.services.integrated import integrated_item

    item = integrated_item(sample, REVIEW)
    model = SharedTargetsModel()
    model.set_targets(item.targets, sample.standards(), sample.store.item_states(), "en")
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 0)) for r in range(3)] == [
        "ISO 9001:2015", "ISO 14001:2015", "ISO 45001:2018"]


def test_merged_state_blanks_the_fields_that_differ(sample: ProjectSession) -> None:
    from desktop.services.integrated import integrated_item

    item = integrated_item(sample, "ims:5.2:M")  # policy: ready everywhere, one owner
    state, mixed = merged_state(item.targets, sample.store.item_states())
    assert state.status is ItemStatus.READY
    assert state.owner == "总经理 周文华"
    assert mixed == frozenset()
    set_item_status(sample, "iso14001-2015:5.2:M", ItemStatus.IN_PROGRESS)
    state, mixed = merged_state(item.targets, sample.store.item_states())
    assert mixed == {"status"}


# -- in the main window ---------------------------------------------------------------


@pytest.fixture
def review_file(tmp_path: Path) -> Path:
    path = tmp_path / "2026 年度管理评审报告.pdf"
    path.write_bytes(b"%PDF-1.4\n% management review 2026\n" * 100)
    return path


def _open_review(window: MainWindow) -> None:
    checklist = window.checklist
    assert checklist.integrated_view is not None
    checklist.tabs.setCurrentWidget(checklist.integrated_view)
    assert checklist.select_item(REVIEW)
    assert checklist.tabs.currentWidget() is checklist.integrated_view
    assert window.item_panel.item_id() == REVIEW


def test_shared_item_in_the_item_panel_lists_each_standards_status(window: MainWindow) -> None:
    _open_review(window)
    panel = window.item_panel
    assert panel.shared_item() is not None
    assert panel.title.text() == "9.3  Management review results"
    assert panel.targets.isVisibleTo(window)
    assert panel.shared_hint.isVisibleTo(window)
    targets = panel.targets.targets
    rows = [[targets.data(targets.index(r, c)) for c in range(4)] for r in range(3)]
    assert rows == [
        ["ISO 9001:2015", "9.3.3", "[Record] Results of management reviews", "○ Not started"],
        ["ISO 14001:2015", "9.3", "[Record] Results of management reviews", "○ Not started"],
        ["ISO 45001:2018", "9.3", "[Record] Management review results", "○ Not started"],
    ]
    assert panel.chosen_status() is ItemStatus.NOT_STARTED
    assert panel.owner.text() == "管理者代表 孙建国"


def test_attaching_and_setting_ready_on_the_shared_item_moves_every_standard(
        window: MainWindow, qtbot, review_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session = window.actions.session
    _open_review(window)
    panel = window.item_panel
    before = {f.standard_id: f for f in session.readiness()}
    shown_before = {sid: window.readiness.figures(sid) for sid in REVIEW_TARGETS}
    assert shown_before == before

    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(review_file)], "")))
    with qtbot.waitSignal(window.actions.changed, timeout=20_000):
        panel.evidence.attach_button.click()
    qtbot.waitUntil(lambda: not window.actions.runner.busy)
    [evidence] = [e for e in session.store.evidence_list() if e.name == review_file.name]
    assert set(evidence.item_ids) == set(REVIEW_TARGETS.values())
    files = panel.evidence.model
    assert [files.data(files.index(r, 0)) for r in range(files.rowCount())] == [review_file.name]
    assert panel.tabs.tabText(1) == "Evidence (1)"
    tree = window.checklist.integrated_model
    assert tree.data(tree.index_for(REVIEW, IntegratedColumn.EVIDENCE)) == "1"
    own = window.checklist.model_for("iso45001-2018")
    assert own.data(own.index_for(REVIEW_TARGETS["iso45001-2018"], 4)) == "1"

    choose(panel.status, ItemStatus.READY.value)

    after = {f.standard_id: f for f in session.readiness()}
    for standard_id, target in REVIEW_TARGETS.items():
        assert session.store.item_state(target).status is ItemStatus.READY
        assert after[standard_id].ready == before[standard_id].ready + 1
        assert after[standard_id].mandatory_ready == before[standard_id].mandatory_ready + 1
        shown = window.readiness.figures(standard_id)
        assert shown == after[standard_id]
        label = window.readiness.findChild(type(window.readiness._empty),
                                           f"readiness_{standard_id}_mandatory")
        assert f"({shown.mandatory_ready} of {shown.mandatory_applicable})" in label.text()
    assert tree.data(tree.index_for(REVIEW, IntegratedColumn.STATUS)) == "● Ready"
    targets = panel.targets.targets
    assert [targets.data(targets.index(r, 3)) for r in range(3)] == ["● Ready"] * 3

    window.menus.undo.trigger()  # one step restores every standard
    assert {f.standard_id: f for f in session.readiness()} == before
    assert panel.chosen_status() is ItemStatus.NOT_STARTED


def test_mixed_shared_item_shows_blank_status_and_sets_all(window: MainWindow) -> None:
    session = window.actions.session
    assert window.actions.set_status(REVIEW_TARGETS["iso9001-2015"], ItemStatus.IN_PROGRESS)
    assert window.actions.update_details(REVIEW_TARGETS["iso14001-2015"], owner="安环部 陈刚")
    _open_review(window)
    panel = window.item_panel
    assert panel.status.currentIndex() == -1
    assert panel.chosen_status() is None
    assert "Mixed" in panel.status.placeholderText()
    assert panel.owner.text() == ""
    assert "Differs" in panel.owner.placeholderText()
    assert "shown blank" in panel.shared_hint.text()
    tree = window.checklist.integrated_model
    assert tree.data(tree.index_for(REVIEW, IntegratedColumn.STATUS)) == "≠ Mixed"

    panel.owner.setText("管理者代表 孙建国")
    panel.owner.editingFinished.emit()
    assert {session.store.item_state(t).owner for t in REVIEW_TARGETS.values()} == {
        "管理者代表 孙建国"}
    choose(panel.status, ItemStatus.IN_PROGRESS.value)
    assert {session.store.item_state(t).status for t in REVIEW_TARGETS.values()} == {
        ItemStatus.IN_PROGRESS}
    assert tree.data(tree.index_for(REVIEW, IntegratedColumn.STATUS)) == "◐ In progress"


def test_shared_not_applicable_needs_a_justification(window: MainWindow) -> None:
    session = window.actions.session
    _open_review(window)
    panel = window.item_panel
    choose(panel.status, ItemStatus.NOT_APPLICABLE.value)
    assert panel.justification.isEnabled()
    panel.apply_status.click()
    assert window.ctx.errors.messages[-1][0] == "user"
    assert {session.store.item_state(t).status for t in REVIEW_TARGETS.values()} == {
        ItemStatus.NOT_STARTED}


def test_double_clicking_a_target_shows_it_in_its_standard(window: MainWindow) -> None:
    _open_review(window)
    panel = window.item_panel
    panel.targets.doubleClicked.emit(panel.targets.targets.index(1, 0))
    assert window.checklist.tabs.tabText(window.checklist.tabs.currentIndex()) == (
        "ISO 14001:2015")
    assert panel.item_id() == REVIEW_TARGETS["iso14001-2015"]
    assert panel.shared_item() is None
    assert not panel.targets.isVisibleTo(window)


def test_integrated_view_speaks_chinese(window: MainWindow) -> None:
    assert window.actions.set_status(REVIEW_TARGETS["iso9001-2015"], ItemStatus.READY)
    window.ctx.language.set_language("zh_CN")
    tabs = window.checklist.tabs
    assert tabs.tabText(tabs.count() - 1) == "三体系整合"
    _open_review(window)
    tree = window.checklist.integrated_model
    assert tree.data(tree.index_for(REVIEW, IntegratedColumn.STATUS)) == "≠ 不一致"
    assert tree.headerData(IntegratedColumn.STANDARDS, Qt.Orientation.Horizontal) == "适用标准"
    assert window.item_panel.title.text() == "9.3  管理评审结果"
