"""The small dialog that adds or edits one department: name, head and sites."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desktop.domain.departments import Department


class DepartmentEditor(QDialog):
    """Name, head (负责人) and the sites of the company profile where the department works.

    Args:
        sites: the sites of the company profile (checkable).
        department: the department to edit, or None to add one.
    """

    def __init__(self, sites: Sequence[str], department: Department | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("departmentEditor")
        self.setWindowTitle(self.tr("Edit department") if department is not None
                            else self.tr("Add department"))
        self.name = QLineEdit(objectName="departmentName")
        self.head = QLineEdit(objectName="departmentHead")
        self.sites = QListWidget(objectName="departmentSites")
        chosen = set(department.sites) if department is not None else set()
        for site in [*sites, *(s for s in sorted(chosen) if s not in sites)]:
            entry = QListWidgetItem(site, self.sites)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if site in chosen
                                else Qt.CheckState.Unchecked)
        self.sites.setMaximumHeight(110)
        if department is not None:
            self.name.setText(department.name)
            self.head.setText(department.head)
        self.name.setPlaceholderText(self.tr("e.g. Quality department"))
        self.head.setPlaceholderText(self.tr("the person leading it"))
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Head"), self.head)
        form.addRow(self.tr("Sites"), self.sites)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def chosen_sites(self) -> list[str]:
        """The checked sites, in list order."""
        return [self.sites.item(n).text() for n in range(self.sites.count())
                if self.sites.item(n).checkState() == Qt.CheckState.Checked]
