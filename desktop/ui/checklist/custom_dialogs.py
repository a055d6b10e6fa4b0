"""Dialogs of custom content: add or edit a custom entry, and the import problems table.

:class:`CustomItemDialog` collects the place and fields of a custom entry and
hands them to a ``submit`` callable (the project actions), staying open when
the service refuses. :class:`ImportProblemsDialog` lists every bad row of a
checklist workbook that could not be imported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.model import CatalogItem, ItemKind, Text
from desktop.errors import ChecklistImportError
from desktop.services.custom import EntryFields
from desktop.ui.exchange.import_problems import ImportProblemsModel, ProblemColumn
from desktop.ui.shell.formatting import kind_text


@dataclass(frozen=True, slots=True)
class Place:
    """Where a new custom entry goes: exactly one of the three is set.

    Attributes:
        parent: a clause id (custom or of a bundled standard).
        checklist_id: the top of an existing custom checklist.
        new_checklist: True to start a new custom checklist (named in the dialog).
        label: what the place combobox shows.
    """

    label: str
    parent: str | None = None
    checklist_id: str | None = None
    new_checklist: bool = False


Submit = Callable[[Place | None, str, EntryFields], bool]
"""(place or None when editing, new checklist name, fields) → True when saved."""


class CustomItemDialog(QDialog):
    """Add a custom entry (``places`` given) or edit one (``item`` given).

    Args:
        submit: called on OK; the dialog closes only when it returns True.
        places: where a new entry may go, the first preselected.
        item: the custom entry to edit (its place cannot change).
    """

    def __init__(self, submit: Submit, *, places: Sequence[Place] = (),
                 item: CatalogItem | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customItemDialog")
        self._submit = submit
        self._places = list(places)
        self._item = item
        self.place = QComboBox(objectName="customPlaceCombo")
        for place in self._places:
            self.place.addItem(place.label)
        self.checklist_name = QLineEdit(objectName="customChecklistName")
        self.clause = QLineEdit(objectName="customClause")
        self.kind = QComboBox(objectName="customKind")
        for kind in ItemKind:
            self.kind.addItem("", kind.value)
        self.title_zh = QLineEdit(objectName="customTitleZh")
        self.title_en = QLineEdit(objectName="customTitleEn")
        self.description_zh = QPlainTextEdit(objectName="customDescriptionZh")
        self.description_en = QPlainTextEdit(objectName="customDescriptionEn")
        for edit in (self.description_zh, self.description_en):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(72)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel() for _ in range(8)]
        form = QFormLayout()
        widgets = (self.place, self.checklist_name, self.clause, self.kind, self.title_zh,
                   self.title_en, self.description_zh, self.description_en)
        for label, widget in zip(self._labels, widgets, strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._form = form
        self.place.currentIndexChanged.connect(self._on_place)
        if item is not None:
            form.setRowVisible(0, False)
            self.clause.setText(item.clause)
            self.kind.setCurrentIndex(self.kind.findData(item.kind.value))
            self.title_zh.setText(item.title.zh)
            self.title_en.setText(item.title.en)
            self.description_zh.setPlainText(item.description.zh)
            self.description_en.setPlainText(item.description.en)
        self._on_place()
        self.resize(560, 0)
        self.retranslate()

    def current_place(self) -> Place | None:
        """The chosen place (None when editing)."""
        if self._item is not None:
            return None
        index = self.place.currentIndex()
        return self._places[index] if 0 <= index < len(self._places) else None

    def fields(self) -> EntryFields:
        """The entered clause, kind, title and description."""
        return EntryFields(
            clause=self.clause.text(), kind=ItemKind(self.kind.currentData()),
            title=Text(en=self.title_en.text(), zh=self.title_zh.text()),
            description=Text(en=self.description_en.toPlainText(),
                             zh=self.description_zh.toPlainText()))

    def _on_place(self, *_args: object) -> None:
        place = self.current_place()
        self._form.setRowVisible(1, place is not None and place.new_checklist)
        if place is not None and place.parent is None:
            self.kind.setCurrentIndex(self.kind.findData(ItemKind.CLAUSE.value))

    def accept(self) -> None:
        """Save through ``submit``; stay open when it refuses."""
        if self._submit(self.current_place(), self.checklist_name.text(), self.fields()):
            super().accept()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Edit custom item") if self._item is not None
                            else self.tr("Add custom item"))
        texts = (self.tr("&Place:"), self.tr("Checklist &name:"), self.tr("&Clause:"),
                 self.tr("&Kind:"), self.tr("Title (&Chinese):"), self.tr("Title (&English):"),
                 self.tr("Description (Chinese):"), self.tr("Description (English):"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for row, kind in enumerate(ItemKind):
            self.kind.setItemText(row, kind_text(kind))
        self.clause.setPlaceholderText(self.tr("e.g. 7.1.5 or S-1"))
        self.title_en.setPlaceholderText(self.tr("Chinese or English title, or both"))
        self.checklist_name.setPlaceholderText(self.tr("e.g. Supplier audit / 供应商审核"))


class ImportProblemsDialog(QDialog):
    """Every problem of a workbook that was not imported: row, column, what is wrong."""

    def __init__(self, error: ChecklistImportError, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProblemsDialog")
        self._error = error
        self.intro = QLabel(objectName="importProblemsIntro", wordWrap=True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.model = ImportProblemsModel(self)
        self.model.set_problems(error.problems, lang)
        self.table = QTableView(objectName="importProblemsTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ProblemColumn.ROW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemColumn.COLUMN,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemColumn.PROBLEM, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Checklist not imported"))
        count = len(self._error.problems)
        self.intro.setText(self.tr(
            "Nothing was imported: the workbook has %n problem(s). Correct these rows in "
            "Excel and import it again.", "", count))
        self.table.setAccessibleName(self.tr("Problems in the workbook"))
        self.model.retranslate()
