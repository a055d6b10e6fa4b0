"""Pick other checklist items for a file: a searchable, checkable list of the
project's items (standard, clause, title in the content language)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.session import ProjectSession


class ItemPickerDialog(QDialog):
    """Choose the items a file serves; :meth:`chosen` gives their ids in list order.

    Args:
        session: the open project (its standards' checklists are listed).
        lang: "en" or "zh" for the titles.
        chosen: item ids ticked at first.
        file_name: the file, shown above the list.
    """

    def __init__(self, session: ProjectSession, lang: str, chosen: Sequence[str],
                 file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemPickerDialog")
        self.resize(640, 520)
        self.model = QStandardItemModel(self)
        for std in session.standards():
            for item in std.checklist():
                entry = QStandardItem(f"{std.label}  {item.clause}  {item.title.get(lang)}")
                entry.setData(item.id, Qt.ItemDataRole.UserRole)
                entry.setCheckable(True)
                entry.setEditable(False)
                entry.setCheckState(Qt.CheckState.Checked if item.id in chosen
                                    else Qt.CheckState.Unchecked)
                self.model.appendRow(entry)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.file_label = QLabel(file_name, objectName="pickerFile")
        self.file_label.setWordWrap(True)
        self.search = QLineEdit(objectName="pickerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView(objectName="pickerList")
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def chosen(self) -> list[str]:
        """Ids of the ticked items, in checklist order."""
        out = []
        for r in range(self.model.rowCount()):
            entry = self.model.item(r)
            if entry.checkState() == Qt.CheckState.Checked:
                out.append(str(entry.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_checked(self, item_id: str, checked: bool) -> bool:
        """Tick or untick ``item_id`` (as a click would); False if it is not listed."""
        for r in range(self.model.rowCount()):
            entry = self.model.item(r)
            if entry.data(Qt.ItemDataRole.UserRole) == item_id:
                entry.setCheckState(Qt.CheckState.Checked if checked
                                    else Qt.CheckState.Unchecked)
                return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the current UI language."""
        self.setWindowTitle(self.tr("Choose checklist items"))
        self.search.setPlaceholderText(self.tr("Search clause or title…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
