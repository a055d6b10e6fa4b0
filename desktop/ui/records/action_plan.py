"""The action plan: every action with its source, owner, due date and status; add,
edit and delete; overdue actions marked; closed ones hidden unless asked.

Actions come from the assessment (``Assessment.actions``); changes go through
``desktop.services.records`` (``save_action`` / ``delete_action``) via
:meth:`ProjectActions.change_records`. For a corrective action (ISO 9001:2015
10.2.1) the dialog also records the root cause and how effectiveness was
checked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import Action, ActionSource, ActionStatus
from desktop.services import records as record_service
from desktop.services.assessment import Assessment
from desktop.ui.checklist.evidence_meta_dialog import OptionalDateEdit
from desktop.ui.records.actions_model import (
    STATUS_SYMBOLS,
    ActionColumn,
    ActionFilterModel,
    ActionIdRole,
    ActionsTableModel,
)
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg


def _text_edit(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(objectName=name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(72)
    return edit


class ActionDialog(QDialog):
    """Add or edit one action.

    Args:
        action: the action to edit (``id`` 0 for a new one).
        origin: what the action comes from, in words ("" when nothing).
        save: stores the action; returns False when refused (the dialog stays open).
        today: default for new dates.
        lang: "zh" or "en" for status and source words.
    """

    def __init__(self, action: Action, origin: str, save: Callable[[Action], bool],
                 today: dt.date, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self._action = action
        self._save = save
        self._origin = origin
        self.title = QLineEdit(action.title, objectName="actionTitleEdit")
        self.title.setCursorPosition(0)  # a long title shows its beginning
        self.source = QComboBox(objectName="actionSourceCombo")
        for source in ActionSource:
            self.source.addItem(source.label.get(lang), source.value)
        self.source.setCurrentIndex(self.source.findData(action.source.value))
        self.source.setEnabled(not action.source_ref)  # a linked action keeps its origin
        self.origin = QLabel(origin, objectName="actionOrigin", wordWrap=True)
        self.origin.setVisible(bool(origin))
        self.owner = QLineEdit(action.owner, objectName="actionOwnerEdit")
        self.due = OptionalDateEdit("actionDue")
        self.due.set_value(action.due_on, today)
        self.status = QComboBox(objectName="actionStatusCombo")
        for status in ActionStatus:
            self.status.addItem(f"{STATUS_SYMBOLS[status]} {status.label.get(lang)}",
                                status.value)
        self.status.setCurrentIndex(self.status.findData(action.status.value))
        self.root_cause = _text_edit("actionRootCause")
        self.root_cause.setPlainText(action.root_cause)
        self.effectiveness = _text_edit("actionEffectiveness")
        self.effectiveness.setPlainText(action.effectiveness)
        self.checked_on = OptionalDateEdit("actionCheckedOn")
        self.checked_on.set_value(action.effectiveness_checked_on, today)
        self._labels = [QLabel() for _ in range(8)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.title, self.source, self.owner, self.due,
                                               self.status, self.root_cause,
                                               self.effectiveness, self.checked_on),
                                strict=True):
            form.addRow(label, field)
        form.insertRow(2, "", self.origin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("actionButtons")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, self.sizeHint().height())
        self.retranslate()

    def action(self) -> Action:
        """The action as entered (same id, origin and dates it was created with)."""
        return dataclasses.replace(
            self._action,
            title=self.title.text().strip(),
            source=ActionSource(self.source.currentData()),
            owner=self.owner.text().strip(),
            due_on=self.due.value(),
            status=ActionStatus(self.status.currentData()),
            root_cause=self.root_cause.toPlainText().strip(),
            effectiveness=self.effectiveness.toPlainText().strip(),
            effectiveness_checked_on=self.checked_on.value(),
        )

    def accept(self) -> None:
        """Store the action; stay open when it was refused."""
        if self._save(self.action()):
            super().accept()

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("New action") if not self._action.id
                            else self.tr("Edit action"))
        texts = (self.tr("Action:"), self.tr("Source:"), self.tr("Owner:"), self.tr("Due:"),
                 self.tr("Status:"), self.tr("Root cause:"), self.tr("Effectiveness:"),
                 self.tr("Effectiveness checked on:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.title.setPlaceholderText(self.tr("What is to be done"))
        self.owner.setPlaceholderText(self.tr("Department and person responsible"))
        self.root_cause.setPlaceholderText(self.tr("For a corrective action: the cause found"))
        self.effectiveness.setPlaceholderText(self.tr("How effectiveness was checked and the "
                                                      "result"))
        self.due.set_accessible_name(self.tr("Due date"))
        self.checked_on.set_accessible_name(self.tr("Effectiveness checked on"))


class ActionPlanPanel(QWidget):
    """The action plan table with Add…, Edit…, Delete and "Show closed"."""

    def __init__(self, ctx: AppContext, actions: ProjectActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionPlanPanel")
        self._ctx = ctx
        self._actions = actions
        self._assessment: Assessment | None = None
        self._origins: dict[int, str] = {}
        self.model = ActionsTableModel(self)
        self.proxy = ActionFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(objectName="actionTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActionColumn.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((ActionColumn.TITLE, 260), (ActionColumn.SOURCE, 120),
                              (ActionColumn.OWNER, 130), (ActionColumn.DUE, 90),
                              (ActionColumn.STATUS, 170), (ActionColumn.ROOT_CAUSE, 160)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.summary = QLabel(objectName="actionSummary")
        self.show_closed = QCheckBox(objectName="showClosedActions")
        self.add_button = QPushButton(objectName="addActionButton")
        self.edit_button = QPushButton(objectName="editActionButton")
        self.delete_button = QPushButton(objectName="deleteActionButton")
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.show_closed)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.show_closed.toggled.connect(self.proxy.set_show_closed)
        self.add_button.clicked.connect(lambda _checked=False: self.add_action())
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_selected())
        self.delete_button.clicked.connect(lambda _checked=False: self.delete_selected())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.retranslate()

    # -- showing ------------------------------------------------------------------------

    def show_assessment(self, assessment: Assessment | None) -> None:
        """List the action plan of ``assessment`` (None: no project); keeps the selection."""
        selected = self.selected_action()
        self._assessment = assessment
        if assessment is None or self._actions.session is None:
            self.model.set_actions([], dt.date.today(), self._ctx.content_lang)
        else:
            findings = {str(f.id): f.statement
                        for f in self._actions.session.store.records.findings()}
            self._origins = {a.id: self._origin(a, findings) for a in assessment.actions}
            self.model.set_actions(assessment.actions, assessment.today,
                                   self._ctx.content_lang, self._origins)
        if selected is not None:
            self.select_action(selected.id)
        self._update_summary()
        self._update_buttons()

    def _origin(self, action: Action, findings: dict[str, str]) -> str:
        """What ``action`` comes from, in words (gate title, checklist item), or ""."""
        lang, session = self._ctx.content_lang, self._actions.session
        ref = action.source_ref
        if not ref or session is None:
            return ""
        if action.source is ActionSource.GATE and self._assessment is not None:
            gate = next((g for g in self._assessment.gates if g.id == ref), None)
            return gate.title.get(lang) if gate is not None else ref
        if action.source is ActionSource.GAP and session.catalog.has_item(ref):
            item = session.catalog.item(ref)
            code = session.catalog.standard(item.standard_id).code
            return f"{code} {item.clause} {item.title.get(lang)}"
        if action.source is ActionSource.FINDING:
            text = arg(self.tr("Finding #%1"), ref)
            return f"{text}: {findings[ref]}" if ref in findings else text
        return ref

    def select_action(self, action_id: int) -> bool:
        """Select the row of ``action_id`` (showing closed actions if it is closed)."""
        row = self.model.row_of(action_id)
        if row < 0:
            return False
        action = self.model.action_at(row)
        if action is not None and action.status.is_closed and not self.proxy.show_closed:
            self.show_closed.setChecked(True)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def selected_action(self) -> Action | None:
        """The action of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.action_at(self.proxy.mapToSource(rows[0]).row())

    def visible_action_ids(self) -> list[int]:
        """Ids of the actions listed, in display order."""
        return [self.proxy.data(self.proxy.index(r, 0), ActionIdRole)
                for r in range(self.proxy.rowCount())]

    # -- editing ------------------------------------------------------------------------

    def _today(self) -> dt.date:
        return self._assessment.today if self._assessment is not None else dt.date.today()

    def _save(self, action: Action) -> bool:
        changes = self._actions.change_records(record_service.save_action, action)
        if changes is None:
            return False
        if changes.record_id is not None:
            self.select_action(changes.record_id)
        return True

    def _dialog(self, action: Action) -> ActionDialog:
        dialog = ActionDialog(action, self._origins.get(action.id, ""), self._save,
                              self._today(), self._ctx.content_lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal without blocking: tests can fill it in
        return dialog

    def add_action(self) -> ActionDialog | None:
        """Open the dialog for a new action (source "other"); None without a project."""
        if self._actions.session is None:
            return None
        return self._dialog(Action(id=0, title="", created_on=self._today()))

    def edit_selected(self) -> ActionDialog | None:
        """Open the dialog on the selected action; None when nothing is selected."""
        action = self.selected_action()
        return self._dialog(action) if action is not None else None

    def delete_selected(self) -> bool:
        """Ask, then delete the selected action; False when nothing was deleted."""
        action = self.selected_action()
        if action is None:
            return False
        question = arg(self.tr('Delete the action "%1" from the action plan?'), action.title)
        if not self._ctx.errors.confirm(self.tr("Delete action"), question, self):
            return False
        return self._actions.change_records(record_service.delete_action,
                                            action.id) is not None

    # -- texts --------------------------------------------------------------------------

    def _update_buttons(self, *_args: object) -> None:
        has_project = self._actions.session is not None
        selected = self.selected_action() is not None
        self.add_button.setEnabled(has_project)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _update_summary(self) -> None:
        assessment = self._assessment
        if assessment is None:
            self.summary.setText("")
            return
        open_count = sum(1 for a in assessment.actions if not a.status.is_closed)
        text = self.tr("%n open action(s)", "", open_count)
        if assessment.overdue_actions:
            text += " · ⚠ " + self.tr("%n overdue", "", len(assessment.overdue_actions))
        self.summary.setText(text)

    def set_content_language(self, _lang: str) -> None:
        """Show status and source words in the new content language."""
        self.show_assessment(self._assessment)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.table.setAccessibleName(self.tr("Action plan"))
        self.show_closed.setText(self.tr("Show closed"))
        self.show_closed.setToolTip(self.tr("Also list done and cancelled actions"))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.model.retranslate()
        self._update_summary()

    def current_index(self) -> QModelIndex:
        """The table's current index (for tests)."""
        return self.table.currentIndex()
