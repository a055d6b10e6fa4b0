"""The new project dialog records who prepares and who approves the reports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.new_project_dialog import NewProjectDialog


def test_preparer_and_approver_reach_the_new_project(window: MainWindow, qtbot,
                                                     tmp_path: Path) -> None:
    dialog = NewProjectDialog(window.ctx, window.actions.new_project, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("常州示例机械有限公司")
    dialog.preparer.setText(" 王敏 ")
    dialog.preparer_title.setText("品质部经理")
    dialog.approver.setText("周文华")
    dialog.approver_title.setText("总经理")
    dialog.path.setText(str(tmp_path / "people"))
    dialog.accept()

    assert dialog.result() == 1
    profile = window.actions.session.store.profile()
    assert (profile.preparer, profile.preparer_title) == ("王敏", "品质部经理")
    assert (profile.approver, profile.approver_title) == ("周文华", "总经理")


def test_the_new_fields_are_labelled_in_chinese(window: MainWindow, qtbot) -> None:
    window.ctx.language.set_language("zh_CN")
    dialog = NewProjectDialog(window.ctx, window.actions.new_project, window)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}

    assert {"报告编制人：", "报告批准人："} <= labels
    assert dialog.approver_title.placeholderText() == "职务，如：总经理"
