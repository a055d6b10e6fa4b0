"""The item panel's department: which department owns the checklist item shown.

A combo box (object name ``departmentCombo``) placed in the item panel's
details form just above the owner, which then names the person. It lists
"(no department)" and the project's departments; choosing one is an undoable
edit (:class:`~desktop.ui.departments.commands.DepartmentCommands`). It is
disabled for a shared item of the integrated view (choose the department on
each standard's item).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop.errors import UserError
from desktop.services.changes import Changes
from desktop.services.departments.matrix import item_departments, list_departments
from desktop.ui.departments.commands import DepartmentCommands
from desktop.ui.shell.actions import ProjectActions


class DepartmentPicker(QComboBox):
    """Chooses the department of the checklist item shown in the item panel.

    Args:
        actions: the project actions (session, changes).
        commands: the undoable department edits.
    """

    def __init__(self, actions: ProjectActions, commands: DepartmentCommands,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("departmentCombo")
        self._actions = actions
        self._commands = commands
        self._item_id = ""
        self.label = QLabel()
        self.activated.connect(self._on_chosen)
        actions.changed.connect(self._on_changed)
        self.retranslate()

    def place_in(self, form: QFormLayout, row: int) -> None:
        """Insert the label and the box as row ``row`` of ``form`` (the item panel's details)."""
        form.insertRow(row, self.label, self)

    @property
    def item_id(self) -> str:
        """The checklist item shown ("" for none, a clause or a shared item)."""
        return self._item_id

    def show_item(self, item_id: str) -> None:
        """Show the department of ``item_id`` (any id the checklist selects)."""
        session = self._actions.session
        is_item = bool(session is not None and item_id and session.catalog.has_item(item_id)
                       and session.catalog.item(item_id).kind.is_checklist)
        self._item_id = item_id if is_item else ""
        self.setEnabled(is_item)
        self._fill()

    def _fill(self) -> None:
        session = self._actions.session
        entries = [(self.tr("(no department)"), "")]
        current = ""
        if session is not None:
            try:
                for dept in list_departments(session):
                    label = f"{dept.name} · {dept.head}" if dept.head else dept.name
                    entries.append((label, dept.id))
                if self._item_id:
                    current = item_departments(session).get(self._item_id, "")
            except UserError:
                current = ""
        self.blockSignals(True)
        shown = [(self.itemText(row), self.itemData(row)) for row in range(self.count())]
        if shown != entries:  # refilling resizes the box and lays the panel out again
            self.clear()
            for label, dept_id in entries:
                self.addItem(label, dept_id)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)

    def choose(self, department_id: str | None) -> bool:
        """Give the item shown to ``department_id`` (None: no department), undoably."""
        if not self._item_id:
            return False
        done = self._commands.set_item_department(self._item_id, department_id or None)
        self._fill()
        return done

    def _on_chosen(self, index: int) -> None:
        self.choose(str(self.itemData(index) or "") or None)

    def _on_changed(self, changes: Changes) -> None:
        if "departments" in changes.records or self._item_id in changes.items:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.label.setText(self.tr("Department:"))
        self.setToolTip(self.tr("The department that owns this item; the owner below "
                                "names the person in it"))
        self.setAccessibleName(self.tr("Department"))
        if self.count():
            self.setItemText(0, self.tr("(no department)"))
