"""The filled-in workbook preview: changes with conflict choices, problems, Apply and Cancel."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.domain.model import ItemStatus
from desktop.services.roundtrip import RoundTripPreview, preview_roundtrip
from desktop.ui.exchange.roundtrip_dialog import RoundTripDialog
from desktop.ui.exchange.roundtrip_model import (
    ChangeColumn,
    ProblemColumn,
    RoundTripChangesModel,
    RoundTripProblemsModel,
)
from desktop.ui.shell.main_window import MainWindow
from tests.unit.services.test_roundtrip import (
    CALIBRATION,
    CLIENT_EDITS,
    COMPETENCE,
    EXPECTED,
    REVIEW,
    edit,
    export_for_client,
)

LATER = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)


def conflicting_preview(window: MainWindow, tmp_path: Path) -> RoundTripPreview:
    """The client's edits, after the project changed COMPETENCE's owner and REVIEW's status."""
    session = window.actions.session
    assert session is not None
    path = export_for_client(session, tmp_path / "client.xlsx")
    edit(path, CLIENT_EDITS)
    store = session.store
    store.put_item_state(replace(store.item_state(COMPETENCE), owner="顾问 张", updated_at=LATER))
    store.put_item_state(replace(store.item_state(REVIEW), status=ItemStatus.IN_PROGRESS,
                                 updated_at=LATER))
    return preview_roundtrip(session, path)


def test_both_models_pass_the_model_tester(qtmodeltester, window: MainWindow,
                                           tmp_path: Path) -> None:
    preview = conflicting_preview(window, tmp_path)
    changes = RoundTripChangesModel()
    changes.set_preview(preview, "zh")
    qtmodeltester.check(changes, force_py=True)
    qtmodeltester.check(changes)
    problems = RoundTripProblemsModel()
    problems.set_problems(preview.problems, "en")
    qtmodeltester.check(problems, force_py=True)
    empty = RoundTripChangesModel()
    qtmodeltester.check(empty, force_py=True)


def test_conflicts_read_without_colour_and_apply_takes_the_ticked_ones(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    preview = conflicting_preview(window, tmp_path)
    dialog = RoundTripDialog(window.ctx, window.actions, preview, window)
    qtbot.addWidget(dialog)
    model = dialog.changes
    # 8 field changes of the client + 1 (REVIEW's status, changed in the project)
    assert model.rowCount() == sum(len(f) for f in EXPECTED.values()) + 1
    rows = {model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1): r
            for r in range(model.rowCount())}
    conflict = model.index(rows[REVIEW], ChangeColumn.CONFLICT)
    assert conflict.data() == "⚠ changed in the project since export"
    assert model.index(rows[CALIBRATION], ChangeColumn.CONFLICT).data() == ""
    take_review = model.index(rows[REVIEW], ChangeColumn.TAKE)
    assert take_review.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(rows[CALIBRATION], ChangeColumn.TAKE).data(
        Qt.ItemDataRole.CheckStateRole) is None
    assert not model.setData(model.index(rows[CALIBRATION], ChangeColumn.TAKE),
                             Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    change = model.index(rows[REVIEW], ChangeColumn.CHANGE).data()
    assert change == "◐ In progress → ● Ready"
    where = model.index(rows[REVIEW], ChangeColumn.WHERE).data()
    assert where.startswith("ISO 9001 2015, row ")
    # tick COMPETENCE (two rows: owner and due date both follow)
    competence = [r for r in range(model.rowCount())
                  if model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) == COMPETENCE]
    assert len(competence) == 2
    assert model.setData(model.index(competence[0], ChangeColumn.TAKE),
                         Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.index(competence[1], ChangeColumn.TAKE).data(
        Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert dialog.chosen() == {COMPETENCE}
    assert "2 items changed in the project since the export" in dialog.intro.text()
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(window.actions.changed, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert blocker.args[0].items == {*EXPECTED}
    store = window.actions.session.store
    assert store.item_state(COMPETENCE).owner == "行政人事部 周婷"
    assert store.item_state(REVIEW).status is ItemStatus.IN_PROGRESS
    assert store.item_state(CALIBRATION).status is ItemStatus.READY


def test_errors_block_apply_and_cancel_writes_nothing(qtbot, window: MainWindow,
                                                      tmp_path: Path) -> None:
    session = window.actions.session
    path = export_for_client(session, tmp_path / "client.xlsx")
    edit(path, CLIENT_EDITS)
    wb = load_workbook(path)
    wb["ISO 14001 2015"]["E2"] = "finished"
    wb.create_sheet("Memo")
    wb.save(path)
    before = session.store.item_states()
    preview = preview_roundtrip(session, path)
    dialog = RoundTripDialog(window.ctx, window.actions, preview, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.apply_button.isEnabled()
    assert dialog.problems_view.isVisible()
    problems = dialog.problems
    kinds = [problems.index(r, ProblemColumn.KIND).data() for r in range(problems.rowCount())]
    assert kinds == ["✕ Error", "ℹ Note"]  # in sheet order; the extra sheet comes last
    assert problems.index(0, ProblemColumn.WHERE).data() == (
        'Sheet "ISO 14001 2015", row 2, column E')
    assert problems.index(1, ProblemColumn.WHERE).data() == 'Sheet "Memo"'
    assert "Nothing can be applied: the workbook has 1 error" in dialog.intro.text()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert session.store.item_states() == before


def test_a_refused_apply_keeps_the_dialog_open_with_a_message(qtbot, window: MainWindow,
                                                              tmp_path: Path) -> None:
    session = window.actions.session
    path = export_for_client(session, tmp_path / "client.xlsx")
    edit(path, CLIENT_EDITS)
    preview = preview_roundtrip(session, path)
    window.actions.update_details(CALIBRATION, notes="checked again after the preview")
    before = session.store.item_states()
    dialog = RoundTripDialog(window.ctx, window.actions, preview, window)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(window.ctx.errors.reported, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "changed after the preview" in str(blocker.args)
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert session.store.item_states() == before
