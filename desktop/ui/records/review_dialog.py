"""The management review editor: date, chair, attendees, the standards covered,
each standard's required inputs (ticked when considered) and the outputs.

The required inputs come from :mod:`desktop.domain.reviews` (ISO 9001:2015
9.3.2, ISO 14001:2015 9.3, ISO 45001:2018 9.3, with the Amd 1:2024 climate
point); the editor lists those not yet ticked, so a review that would not
satisfy the management review gate shows it before it is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.model import Standard
from desktop.domain.records import ManagementReview
from desktop.domain.reviews import REQUIRED_INPUTS, ReviewInput, required_inputs
from desktop.ui.records.record_widgets import date_edit, from_qdate, split_names

InputIdRole = Qt.ItemDataRole.UserRole + 1
_KNOWN_INPUTS = frozenset(i.id for inputs in REQUIRED_INPUTS.values() for i in inputs)


def review_counts(review: ManagementReview, families: Sequence[str]) -> tuple[int, int]:
    """(required inputs considered, required inputs) of ``review`` for ``families``."""
    required = required_inputs(families)
    return sum(1 for i in required if i.id in review.inputs), len(required)


def input_text(item: ReviewInput, lang: str) -> str:
    """"9.3.2 c) 1 — customer satisfaction …": the clause, then the title in ``lang``."""
    return f"{item.clause} — {item.title.get(lang)}"


class ReviewDialog(QDialog):
    """Add or edit a management review.

    Args:
        submit: saves the review; True closes the dialog.
        standards: the project's standards (the ones the review may cover).
        lang: "zh" or "en" for the inputs' titles.
        review: the review to edit; None for a new one (covering every standard).
    """

    def __init__(self, submit: Callable[[ManagementReview], bool],
                 standards: Sequence[Standard], lang: str,
                 review: ManagementReview | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self._submit = submit
        self._review = review
        self._lang = lang
        self._standards = list(standards)
        r = review or ManagementReview(0, dt.date.today(),
                                       standard_ids=tuple(s.id for s in standards))
        self.held_on = date_edit("reviewHeldOn", r.held_on)
        self.chair = QLineEdit(r.chair, objectName="reviewChair")
        self.attendees = QLineEdit("、".join(r.attendees), objectName="reviewAttendees")
        self.standard_checks: dict[str, QCheckBox] = {}
        standards_row = QHBoxLayout()
        for std in self._standards:
            check = QCheckBox(std.label, objectName=f"reviewStandard_{std.id}")
            check.setChecked(std.id in r.standard_ids)
            standards_row.addWidget(check)
            self.standard_checks[std.id] = check
        standards_row.addStretch(1)
        self.outputs = QPlainTextEdit(r.outputs, objectName="reviewOutputs")
        self.outputs.setTabChangesFocus(True)
        self.outputs.setFixedHeight(96)
        form = QFormLayout()
        self._labels = [QLabel() for _ in range(4)]
        for label, field in zip(self._labels, (self.held_on, self.chair, self.attendees,
                                               standards_row), strict=True):
            form.addRow(label, field)

        self.inputs = QTreeWidget(objectName="reviewInputsTree")
        self.inputs.setHeaderHidden(True)
        self.inputs.setWordWrap(True)
        self._branches: dict[str, QTreeWidgetItem] = {}
        self._input_items: dict[str, QTreeWidgetItem] = {}
        for std in self._standards:
            needed = REQUIRED_INPUTS.get(std.family, ())
            if not needed:
                continue
            branch = QTreeWidgetItem(self.inputs, [std.label])
            branch.setFlags(branch.flags() | Qt.ItemFlag.ItemIsAutoTristate
                            | Qt.ItemFlag.ItemIsUserCheckable)
            branch.setCheckState(0, Qt.CheckState.Unchecked)
            for item in needed:
                node = QTreeWidgetItem(branch, [input_text(item, lang)])
                node.setFlags(node.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                node.setData(0, InputIdRole, item.id)
                node.setToolTip(0, input_text(item, lang))
                node.setCheckState(0, Qt.CheckState.Checked if item.id in r.inputs
                                   else Qt.CheckState.Unchecked)
                self._input_items[item.id] = node
            self._branches[std.id] = branch
        self.inputs.expandAll()
        self._other_inputs = frozenset(i for i in r.inputs if i not in _KNOWN_INPUTS)
        self.all_inputs = QPushButton(objectName="reviewAllInputsButton")
        self.missing = QLabel(objectName="reviewMissing", wordWrap=True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing_list = QPlainTextEdit(objectName="reviewMissingList", readOnly=True)
        self.missing_list.setMaximumHeight(120)
        self.missing_list.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.inputs_box = QGroupBox(objectName="reviewInputsBox")
        inputs_layout = QVBoxLayout(self.inputs_box)
        inputs_layout.addWidget(self.inputs, 1)
        inputs_layout.addWidget(self.all_inputs, 0, Qt.AlignmentFlag.AlignLeft)
        inputs_layout.addWidget(self.missing)
        inputs_layout.addWidget(self.missing_list)
        self.outputs_label = QLabel()
        self.outputs_label.setBuddy(self.outputs)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.inputs_box, 1)
        layout.addWidget(self.outputs_label)
        layout.addWidget(self.outputs)
        layout.addWidget(self.buttons)

        for check in self.standard_checks.values():
            check.toggled.connect(self._update)
        self.inputs.itemChanged.connect(self._update)
        self.all_inputs.clicked.connect(self.check_all_inputs)
        self.resize(760, 720)
        self.retranslate()

    def selected_standards(self) -> list[Standard]:
        """The standards ticked as covered, in project order."""
        return [s for s in self._standards if self.standard_checks[s.id].isChecked()]

    def input_item(self, input_id: str) -> QTreeWidgetItem | None:
        """The check box row of a required input (e.g. ``"iso9001:9.3.2.c.6"``), if shown."""
        return self._input_items.get(input_id)

    def check_all_inputs(self) -> None:
        """Tick every required input of the covered standards."""
        for std in self.selected_standards():
            branch = self._branches.get(std.id)
            if branch is not None:
                branch.setCheckState(0, Qt.CheckState.Checked)

    def considered(self) -> frozenset[str]:
        """Ids of the ticked inputs of the covered standards (and unknown ids kept as stored)."""
        chosen = {s.family for s in self.selected_standards()}
        ticked = {item_id for item_id, node in self._input_items.items()
                  if node.checkState(0) == Qt.CheckState.Checked}
        wanted = {i.id for i in required_inputs(chosen)}
        return frozenset(ticked & wanted) | self._other_inputs

    def missing_inputs(self) -> list[tuple[Standard, ReviewInput]]:
        """Required inputs of the covered standards that are not ticked, in order."""
        considered = self.considered()
        return [(std, item) for std in self.selected_standards()
                for item in REQUIRED_INPUTS.get(std.family, ()) if item.id not in considered]

    def _update(self, *_args: Any) -> None:
        for std_id, branch in self._branches.items():
            branch.setHidden(not self.standard_checks[std_id].isChecked())
        missing = self.missing_inputs()
        self.missing_list.setPlainText("\n".join(
            f"• {std.label} {input_text(item, self._lang)}" for std, item in missing))
        self.missing_list.setVisible(bool(missing))
        if not self.selected_standards():
            self.missing.setText(self.tr("⚠ Tick the standards this review covered."))
        elif missing:
            self.missing.setText(self.tr("⚠ %n required input(s) not considered yet:", "",
                                         len(missing)))
        else:
            self.missing.setText(self.tr("✔ Every required input of the covered standards "
                                         "was considered."))

    def record(self) -> ManagementReview:
        """The review as entered."""
        return ManagementReview(
            id=self._review.id if self._review else 0, held_on=from_qdate(self.held_on.date()),
            chair=self.chair.text().strip(), attendees=split_names(self.attendees.text()),
            standard_ids=tuple(s.id for s in self.selected_standards()),
            inputs=self.considered(), outputs=self.outputs.toPlainText().strip())

    def accept(self) -> None:
        """Save through ``submit``; stay open when it refuses."""
        if self._submit(self.record()):
            super().accept()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Edit management review") if self._review
                            else self.tr("New management review"))
        for label, text in zip(self._labels, (self.tr("&Held on:"), self.tr("&Chaired by:"),
                                              self.tr("&Attendees:"),
                                              self.tr("Standards covered:")), strict=True):
            label.setText(text)
        self.chair.setPlaceholderText(self.tr("Top management, e.g. 总经理 周文华"))
        self.attendees.setPlaceholderText(self.tr("Names or roles, separated by commas"))
        self.inputs_box.setTitle(self.tr("Required inputs considered"))
        self.all_inputs.setText(self.tr("Tick all"))
        self.outputs_label.setText(self.tr("&Outputs (decisions and actions):"))
        self._update()
