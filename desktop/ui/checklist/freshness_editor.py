"""The freshness rule of one checklist item, and this project's choice about it.

Shown in the item panel's evidence tab under the typical evidence. It says
whose rule it is (the organization's interval, a regulation with its
citation, or certification-body practice), and lets the user set the period
this project uses, take the rule out of force for this item, or go back to
the knowledge base's default. Changes go through
:func:`desktop.services.freshness.set_item_freshness` and are stored in the
project file; evidence then expires only by the rule in force. Each change
is one step on the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.freshness import MAX_MONTHS, FreshnessSetting, basis_line
from desktop.domain.model import Freshness, FreshnessRule
from desktop.services import freshness as freshness_service
from desktop.services.changes import Changes
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.i18n import arg
from desktop.ui.shell.undo import ServiceCommand


class FreshnessEditor(QGroupBox):
    """Whose freshness rule an item has, and the period this project applies.

    Hidden for items without a rule and in shared mode (each standard's item
    keeps its own rule).
    """

    def __init__(self, actions: ProjectActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("freshnessEditor")
        self._actions = actions
        self._item_id = ""
        self._lang = "en"
        self._loading = False
        self.basis_text = QLabel(objectName="freshnessBasis", wordWrap=True)
        self.basis_text.setTextFormat(Qt.TextFormat.PlainText)
        self.basis_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.project_text = QLabel(objectName="freshnessProject", wordWrap=True)
        self.project_text.setTextFormat(Qt.TextFormat.PlainText)
        self.in_force = QCheckBox(objectName="freshnessInForce")
        self.months = QSpinBox(objectName="freshnessMonths")
        self.months.setRange(1, MAX_MONTHS)
        self.months_label = QLabel()
        self.default_button = QPushButton(objectName="freshnessDefault")

        row = QHBoxLayout()
        row.addWidget(self.in_force)
        row.addSpacing(12)
        row.addWidget(self.months_label)
        row.addWidget(self.months)
        row.addStretch(1)
        row.addWidget(self.default_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.basis_text)
        layout.addLayout(row)
        layout.addWidget(self.project_text)

        self.in_force.toggled.connect(self._on_edited)
        self.months.editingFinished.connect(self._on_edited)
        self.default_button.clicked.connect(self.reset_to_default)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Set the fixed texts in the UI language."""
        self.setTitle(self.tr("Freshness rule in this project"))
        self.in_force.setText(self.tr("Apply this rule"))
        self.in_force.setToolTip(self.tr(
            "When off, this item's evidence does not expire by date in this project."))
        self.months_label.setText(self.tr("Period (months):"))
        self.months.setToolTip(self.tr(
            "The period this project uses; stored in the project file."))
        self.default_button.setText(self.tr("Use the default"))

    def show_item(self, item_id: str, lang: str) -> None:
        """Show the rule of checklist item ``item_id`` ("" or no rule: hide)."""
        self._item_id = item_id
        self._lang = lang
        session = self._actions.session
        default = (freshness_service.default_rule(session, item_id)
                   if session is not None and item_id else None)
        if session is None or default is None:
            self.hide()
            return
        setting = freshness_service.freshness_setting(session, item_id)
        self._loading = True
        self.basis_text.setText(basis_line(default).get(lang))
        self.in_force.setChecked(setting.in_force)
        has_period = default.rule is not FreshnessRule.LATEST and default.months is not None
        self.months.setVisible(has_period)
        self.months_label.setVisible(has_period)
        self.months.setValue(setting.months or default.months or 12)
        self.months.setEnabled(setting.in_force)
        self.default_button.setEnabled(not setting.is_default)
        note = freshness_service.project_note(session, item_id)
        self.project_text.setText(note.get(lang) if note else self._default_words(default))
        self._loading = False
        self.show()

    def _default_words(self, default: Freshness) -> str:
        if default.months is None:
            return self.tr("This project uses the default rule.")
        return arg(self.tr("This project uses the default period: %1 months."), default.months)

    def _on_edited(self, *_args: object) -> None:
        if self._loading or not self._item_id:
            return
        session = self._actions.session
        if session is None:
            return
        default = freshness_service.default_rule(session, self._item_id)
        months: int | None = None
        if (default is not None and default.months is not None
                and default.rule is not FreshnessRule.LATEST
                and self.months.value() != default.months):
            months = self.months.value()
        in_force = self.in_force.isChecked()
        current = freshness_service.freshness_setting(session, self._item_id)
        if (current.months, current.in_force) == (None if not in_force else months, in_force):
            return  # focus left the box without a change
        self.apply(months=months, in_force=in_force)

    def apply(self, *, months: int | None, in_force: bool) -> bool:
        """Store this project's rule for the item shown (undoable); False when refused."""
        session = self._actions.session
        if session is None or not self._item_id:
            return False
        item_id = self._item_id
        before = freshness_service.freshness_setting(session, item_id)
        changes = self._actions.change_records(
            freshness_service.set_item_freshness, item_id, months=months, in_force=in_force)
        if changes is not None:
            after = freshness_service.freshness_setting(session, item_id)
            item = session.catalog.item(item_id)
            text = arg(self.tr("Change the freshness rule of %1"),
                       f"{item.clause} {item.title.get(self._lang)}")
            self._actions.undo_stack.push(ServiceCommand(
                text, lambda: self._apply(after), lambda: self._apply(before)))
        self.show_item(item_id, self._lang)
        return changes is not None

    def _apply(self, setting: FreshnessSetting) -> Changes | None:
        """Store ``setting`` for its item (an undo or redo step); None when refused."""
        return self._actions.change_records(
            freshness_service.set_item_freshness, setting.item_id, months=setting.months,
            in_force=setting.in_force)

    def reset_to_default(self) -> bool:
        """Go back to the knowledge base's rule for the item shown."""
        return self.apply(months=None, in_force=True)
