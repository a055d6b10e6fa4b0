"""Project ▸ Management system…: when the system went live and the climate change decision.

The operating-since date feeds the operating-period gate (certification
bodies expect the system to have run as documented for at least three
months before the certification audit). The climate change decision is the
one ISO 9001, ISO 14001 and ISO 45001 Amd 1:2024 added to clause 4.1: the
organization determines whether climate change is a relevant issue; the
dialog records the answer, when it was decided and why.

The dialog only collects values; ``save`` (``set_system_info`` through
:class:`ProjectActions`) stores them and the dialog stays open when refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import SystemInfo
from desktop.ui.checklist.evidence_meta_dialog import OptionalDateEdit

_UNDECIDED, _RELEVANT, _NOT_RELEVANT = 0, 1, 2


class SystemDialog(QDialog):
    """Edit the project's :class:`SystemInfo`.

    Args:
        info: the stored values.
        save: stores a :class:`SystemInfo`; returns False when refused.
    """

    def __init__(self, info: SystemInfo, save: Callable[[SystemInfo], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("systemDialog")
        self._save = save
        self.intro = QLabel(objectName="systemIntro", wordWrap=True)
        self.operating_since = OptionalDateEdit("operatingSince")
        self.operating_since.set_value(info.operating_since)
        self.operating_hint = QLabel(objectName="operatingHint", wordWrap=True)
        self.undecided = QRadioButton(objectName="climateUndecided")
        self.relevant = QRadioButton(objectName="climateRelevant")
        self.not_relevant = QRadioButton(objectName="climateNotRelevant")
        self.climate = QButtonGroup(self)
        for button, key in ((self.undecided, _UNDECIDED), (self.relevant, _RELEVANT),
                            (self.not_relevant, _NOT_RELEVANT)):
            self.climate.addButton(button, key)
        {None: self.undecided, True: self.relevant,
         False: self.not_relevant}[info.climate_relevant].setChecked(True)
        self.decided_on = OptionalDateEdit("climateDecidedOn")
        self.decided_on.set_value(info.climate_decided_on)
        self.rationale = QPlainTextEdit(info.climate_rationale, objectName="climateRationale")
        self.rationale.setTabChangesFocus(True)
        self.rationale.setMaximumHeight(100)

        system_box = QGroupBox(objectName="operatingBox")
        system_form = QFormLayout(system_box)
        self._since_label = QLabel()
        system_form.addRow(self._since_label, self.operating_since)
        system_form.addRow(self.operating_hint)
        self.climate_box = QGroupBox(objectName="climateBox")
        choices = QHBoxLayout()
        for button in (self.relevant, self.not_relevant, self.undecided):
            choices.addWidget(button)
        choices.addStretch(1)
        climate_form = QFormLayout(self.climate_box)
        self._climate_labels = [QLabel() for _ in range(3)]
        for label, field in zip(self._climate_labels, (choices, self.decided_on,
                                                       self.rationale), strict=True):
            climate_form.addRow(label, field)
        self.system_box = system_box
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("systemButtons")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(system_box)
        layout.addWidget(self.climate_box)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, self.sizeHint().height())
        self.retranslate()

    def info(self) -> SystemInfo:
        """The values as entered."""
        choice = self.climate.checkedId()
        relevant = {_RELEVANT: True, _NOT_RELEVANT: False}.get(choice)
        return SystemInfo(
            operating_since=self.operating_since.value(),
            climate_relevant=relevant,
            climate_decided_on=self.decided_on.value(),
            climate_rationale=self.rationale.toPlainText().strip(),
        )

    def accept(self) -> None:
        """Store the values; stay open when they were refused."""
        if self._save(self.info()):
            super().accept()

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Management system"))
        self.intro.setText(self.tr("Facts about the management system as a whole. They are "
                                   "checked by the certification gates."))
        self.system_box.setTitle(self.tr("Operation"))
        self._since_label.setText(self.tr("Operating since:"))
        self.operating_since.set_accessible_name(self.tr("Operating since"))
        self.operating_hint.setText(self.tr("The day the system started to run as documented. "
                                            "Certification bodies usually expect at least three "
                                            "months of operation before the certification "
                                            "audit."))
        self.climate_box.setTitle(self.tr("Climate change (clause 4.1, Amd 1:2024)"))
        texts = (self.tr("Relevant issue?"), self.tr("Decided on:"), self.tr("Rationale:"))
        for label, text in zip(self._climate_labels, texts, strict=True):
            label.setText(text)
        self.relevant.setText(self.tr("Yes, relevant"))
        self.not_relevant.setText(self.tr("No, not relevant"))
        self.undecided.setText(self.tr("Not decided yet"))
        self.decided_on.set_accessible_name(self.tr("Climate decision date"))
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setPlaceholderText(self.tr("Why climate change is or is not relevant "
                                                  "to the organization's purpose and its "
                                                  "ability to achieve the intended outcomes"))
