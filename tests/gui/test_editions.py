"""Editions: pick one in the New project dialog, see the transition gaps, change edition."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop.domain.model import Catalog, ChangeKind, ItemStatus
from desktop.services.editions import transition_gaps
from desktop.services.session import ProjectSession
from desktop.ui.checklist.editions import TransitionGapsDialog
from desktop.ui.checklist.transitions_model import ChangeRole, GapColumn, TransitionGapsModel
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.new_project_dialog import NewProjectDialog

OLD_EMS, NEW_EMS = "iso14001-2015", "iso14001-2026"


def _has_transition(catalog: Catalog, from_id: str, to_id: str) -> bool:
    try:
        catalog.transition(from_id, to_id)
    except KeyError:
        return False
    return True


@pytest.fixture
def ems_2026(catalog: Catalog) -> None:
    """Skip unless the knowledge base has ISO 14001:2026 and its transition map."""
    if not any(s.id == NEW_EMS for s in catalog.standards):
        pytest.skip("the knowledge base has no ISO 14001:2026 (iso14001-2026.toml) yet")
    if not _has_transition(catalog, OLD_EMS, NEW_EMS):
        pytest.skip("the knowledge base has no ISO 14001:2015 → 2026 transition map yet")


def test_transition_gaps_model_passes_model_tester(qtmodeltester, sample: ProjectSession) -> None:
    if not sample.catalog.transitions:
        pytest.skip("the knowledge base has no transition map yet")
    tr = sample.catalog.transitions[0]
    model = TransitionGapsModel()
    model.set_gaps(transition_gaps(sample, tr.from_id, tr.to_id), "en")
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    assert model.rowCount() == len(tr.entries)
    first = tr.entries[0]
    assert model.data(model.index(0, GapColumn.CHANGE)) == first.change.label.en
    assert model.data(model.index(0, GapColumn.CHANGE), ChangeRole) == first.change.value
    assert model.data(model.index(0, GapColumn.NOTE)) == first.note.en
    model.set_language("zh")
    assert model.data(model.index(0, GapColumn.CHANGE)) == first.change.label.zh


def test_transition_gaps_dialog_lists_the_new_ems_clauses(window: MainWindow, qtbot,
                                                          ems_2026: None) -> None:
    window.menus.transition_gaps.trigger()
    dialog = window.findChild(TransitionGapsDialog, "transitionGapsDialog")
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.show_pair(OLD_EMS, NEW_EMS)
    assert dialog.pairs.currentText() == "ISO 14001:2015 → ISO 14001:2026"
    model = dialog.model
    rows = {model.data(model.index(r, GapColumn.NEW)): r for r in range(model.rowCount())}
    assert {"6.1.4", "6.3"} <= set(rows)
    for clause in ("6.1.4", "6.3"):
        gap = model.gap_at(rows[clause])
        assert gap.entry.to_clause == clause
        assert model.data(model.index(rows[clause], GapColumn.NOTE))
        assert gap.items, f"the new edition has checklist items at {clause}"
        assert gap.items[0].title.en in model.data(model.index(rows[clause], GapColumn.ITEMS))
    new_rows = [r for r in range(model.rowCount())
                if model.data(model.index(r, 0), ChangeRole) == ChangeKind.NEW.value]
    assert new_rows
    assert model.data(model.index(new_rows[0], GapColumn.CHANGE)) == "New"
    assert dialog.period.text().startswith("Transition period:")
    assert dialog.change_button.isVisibleTo(dialog)
    assert dialog.change_button.text() == "Move the project to ISO 14001:2026…"


def test_change_edition_through_the_menu_carries_the_work_over(
        window: MainWindow, ems_2026: None, monkeypatch: pytest.MonkeyPatch) -> None:
    session = window.actions.session
    catalog = session.catalog
    old_states = session.store.item_states()
    carried = next(i for i in catalog.standard(NEW_EMS).checklist()
                   if i.origin in old_states
                   and old_states[i.origin].status is ItemStatus.READY)
    old_state = old_states[carried.origin]
    asked: list[list[str]] = []

    def pick(_parent, _title, _label, items, *_args, **_kwargs):
        asked.append(list(items))
        return next(i for i in items if "ISO 14001:2026" in i), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    window.menus.change_edition.trigger()

    assert [s.id for s in session.standards() if s.family == "iso14001"] == [NEW_EMS]
    state = session.store.item_state(carried.id)
    assert (state.status, state.owner, state.due_date) == (
        old_state.status, old_state.owner, old_state.due_date)
    kind, question = window.ctx.errors.messages[-1]
    assert kind == "confirm"
    assert "carried over" in question
    tabs = window.checklist.tabs
    assert "ISO 14001:2026" in [tabs.tabText(i) for i in range(tabs.count())]
    assert window.readiness.figures(NEW_EMS) is not None
    assert window.readiness.figures(OLD_EMS) is None
    assert window.checklist.select_item(carried.id)
    assert window.item_panel.chosen_status() is ItemStatus.READY
    assert not window.menus.undo.isEnabled()  # old-edition commands are gone


def test_change_edition_without_a_newer_edition_says_so(window: MainWindow) -> None:
    session = window.actions.session
    session.store.set_standard_ids(["iso45001-2018"])
    assert not window.change_edition()
    kind, text = window.ctx.errors.messages[-1]
    assert kind == "info"
    assert "No newer edition" in text


def test_new_project_dialog_picks_one_edition_per_family(window: MainWindow, qtbot,
                                                         tmp_path: Path) -> None:
    catalog = window.ctx.catalog
    dialog = NewProjectDialog(window.ctx, window.actions.new_project, window)
    qtbot.addWidget(dialog)
    assert set(dialog.family_boxes) == {s.family for s in catalog.standards}
    assert dialog.standard_ids() == ["iso9001-2015", "iso14001-2015", "iso45001-2018"]
    for family, combo in dialog.edition_combos.items():
        editions = catalog.editions(family)
        assert combo.count() == len(editions)
        assert combo.isEnabled()
    if not any(s.id == NEW_EMS for s in catalog.standards):
        pytest.skip("the knowledge base has no ISO 14001:2026 yet")
    dialog.choose_edition(NEW_EMS)
    dialog.family_boxes["iso9001"].setChecked(False)
    assert not dialog.edition_combos["iso9001"].isEnabled()
    dialog.name.setText("常州示例环保科技有限公司")
    dialog.path.setText(str(tmp_path / "ems2026"))
    dialog.accept()
    assert dialog.result() == 1
    assert [s.id for s in window.actions.session.standards()] == [NEW_EMS, "iso45001-2018"]


def test_draft_editions_are_labelled_with_their_status_note(window: MainWindow, qtbot) -> None:
    drafts = [s for s in window.ctx.catalog.standards if s.status == "draft"]
    if not drafts:
        pytest.skip("the knowledge base has no draft edition yet")
    draft = drafts[0]
    dialog = NewProjectDialog(window.ctx, window.actions.new_project, window)
    qtbot.addWidget(dialog)
    combo = dialog.edition_combos[draft.family]
    row = combo.findData(draft.id)
    assert combo.itemText(row).startswith(f"{draft.label} (draft)")
    assert combo.itemData(row, Qt.ItemDataRole.ToolTipRole) == draft.status_note.en
    window.ctx.language.set_language("zh_CN")
    assert combo.itemText(row).startswith(f"{draft.label}（草案）")
    assert combo.itemData(row, Qt.ItemDataRole.ToolTipRole) == draft.status_note.zh
