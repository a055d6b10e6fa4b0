"""Puts the departments feature into the main window: a menu entry, the dialog, the picker.

:class:`DepartmentsUi` is created by the main window with the pieces it
needs; it adds "Departments and responsibilities…" to the Project menu,
opens :class:`DepartmentsDialog` (modeless, one at a time) and places the
:class:`DepartmentPicker` in the item panel's details form above the owner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFormLayout, QMenu, QWidget

from desktop.ui.departments.commands import DepartmentCommands
from desktop.ui.departments.department_picker import DepartmentPicker
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext

if TYPE_CHECKING:
    # The dialog brings the matrix report code: loaded when first opened.
    from desktop.ui.departments.departments_dialog import DepartmentsDialog

OWNER_ROW = 2
"""The owner's row in the item panel's details form (status, justification, owner …)."""


class DepartmentsUi(QObject):
    """The departments feature of one main window.

    Args:
        ctx, actions: the application context and the project actions.
        menu: the Project menu (the entry is appended to it).
        details_form: the item panel's details form (the picker goes above the owner).
        window: parent of the dialog.

    Attributes:
        action: the menu entry (object name ``actionDepartments``).
        commands: the undoable department edits.
        picker: the item panel's department box.
        dialog: the open dialog, or None.
    """

    def __init__(self, ctx: AppContext, actions: ProjectActions, menu: QMenu,
                 details_form: QFormLayout, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._actions = actions
        self._window = window
        self.commands = DepartmentCommands(ctx, actions, self)
        self.picker = DepartmentPicker(actions, self.commands)
        self.picker.place_in(details_form, OWNER_ROW)
        self.dialog: DepartmentsDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("actionDepartments")
        self.action.triggered.connect(lambda _checked=False: self.show_dialog())
        menu.addAction(self.action)
        actions.sessionChanged.connect(self._update_enabled)
        actions.sessionChanged.connect(lambda: self.picker.show_item(self.picker.item_id))
        actions.busyChanged.connect(lambda _busy: self._update_enabled())
        window.installEventFilter(self)
        self.retranslate()
        self._update_enabled()

    def show_dialog(self) -> DepartmentsDialog | None:
        """Project ▸ Departments and responsibilities… (modeless; raised when open)."""
        if self._actions.session is None:
            return None
        if self.dialog is None:
            from desktop.ui.departments.departments_dialog import DepartmentsDialog

            dialog = DepartmentsDialog(self._ctx, self._actions, self.commands, self._window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
            self.dialog = dialog
        self.dialog.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen (tests) cannot raise
            self.dialog.raise_()
            self.dialog.activateWindow()
        return self.dialog

    def _update_enabled(self) -> None:
        self.action.setEnabled(self._actions.session is not None
                               and not self._actions.runner.busy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Retranslate the menu entry when the window's language changes."""
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """Set the menu entry's texts in the current UI language."""
        self.action.setText(self.tr("&Departments and responsibilities…"))
        self.action.setStatusTip(self.tr("The departments and the responsibility matrix "
                                         "(职能分配表)"))
