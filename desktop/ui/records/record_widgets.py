"""Small widgets and functions shared by the record editors (audits, reviews, certificates).

- :class:`OptionalDateEdit`: a date that may be left unset (a check box and a date field).
- :func:`to_qdate` / :func:`from_qdate`: between ``datetime.date`` and ``QDate``.
- :func:`split_names`: "生产部、品质部, Stores" → ("生产部", "品质部", "Stores").
- :func:`configure_table`: the look every record table shares.
- :class:`RecordEditor`: the base of the record dialogs (form, OK/Cancel, submit).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

_SEPARATORS = re.compile(r"[,，、;；\n]+")


def to_qdate(day: dt.date) -> QDate:
    """``datetime.date`` → ``QDate``."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    """``QDate`` → ``datetime.date``."""
    return dt.date(day.year(), day.month(), day.day())


def split_names(text: str) -> tuple[str, ...]:
    """Names separated by commas (ASCII or full width), 、, semicolons or new lines.

    Blank names are dropped and the order is kept, e.g. "生产部、品质部, Stores" →
    ("生产部", "品质部", "Stores").
    """
    return tuple(part.strip() for part in _SEPARATORS.split(text) if part.strip())


def date_edit(name: str, day: dt.date | None = None) -> QDateEdit:
    """A calendar-popup date field in ISO form, showing ``day`` (default: today)."""
    edit = QDateEdit(objectName=name, calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit


def configure_table(table: QTableView, name: str, *, stretch: int | None = None) -> None:
    """Whole-row single selection, alternating colours, no row numbers, read-only.

    ``stretch`` is the column that takes the spare width (the others fit their text).
    """
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def fit_columns(table: QTableView, *, cap: int = 320) -> None:
    """Size the non-stretched columns to their contents, none wider than ``cap`` pixels."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            table.resizeColumnToContents(column)
            if header.sectionSize(column) > cap:
                header.resizeSection(column, cap)


class OptionalDateEdit(QWidget):
    """A date that may be unset: a check box turns the date field on.

    Object names: ``<name>Check`` for the box, ``<name>Edit`` for the date field.

    Signals:
        changed(): the box was toggled or the date changed.
    """

    changed = Signal()

    def __init__(self, name: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.check = QCheckBox(text, objectName=f"{name}Check")
        self.edit = date_edit(f"{name}Edit")
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def date(self) -> dt.date | None:
        """The date, or None while the box is unchecked."""
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_date(self, day: dt.date | None, *, default: dt.date | None = None) -> None:
        """Show ``day`` (checked), or unchecked with ``default`` (or today) in the field."""
        self.edit.setDate(to_qdate(day or default or dt.date.today()))
        self.check.setChecked(day is not None)

    def set_text(self, text: str) -> None:
        """The check box's label (e.g. "Held")."""
        self.check.setText(text)


class RecordEditor(QDialog):
    """OK/Cancel around a form; OK hands :meth:`record` to ``submit`` and closes on True.

    Subclasses fill :attr:`form` (one label per :meth:`_row`), implement
    :meth:`record` and :meth:`retranslate` (calling :meth:`_set_labels`).
    """

    def __init__(self, submit: Callable[[Any], bool], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._submit = submit
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName(f"{name}Buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._labels: list[QLabel] = []

    def _row(self, field: QWidget | Any) -> QLabel:
        label = QLabel()
        if isinstance(field, QWidget):
            label.setBuddy(field)
        self.form.addRow(label, field)
        self._labels.append(label)
        return label

    def _set_labels(self, *texts: str) -> None:
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)

    def record(self) -> Any:
        """The edited record (subclasses)."""
        raise NotImplementedError

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
        """Set every visible text in the current UI language (subclasses)."""


def text_box(name: str, height: int = 72) -> QPlainTextEdit:
    """A plain-text box of fixed ``height`` pixels where Tab moves to the next field."""
    box = QPlainTextEdit(objectName=name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def table_box(name: str, table: QTableView, *buttons: QPushButton) -> QGroupBox:
    """A group box (object name ``name``) with ``table`` over a row of ``buttons``."""
    box = QGroupBox(objectName=name)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(box)
    layout.addWidget(table, 1)
    layout.addLayout(row)
    return box


def selected_record_id(table: QTableView) -> int | None:
    """The id of the record selected in ``table`` (a model with ``record_at(row)``), if any."""
    rows = table.selectionModel().selectedRows()
    model: Any = table.model()
    record = model.record_at(rows[0].row()) if rows else None
    return record.id if record is not None else None


def select_row(table: QTableView, row: int) -> None:
    """Select ``row`` of ``table``; a negative row clears the selection."""
    if row >= 0:
        table.selectRow(row)
    else:
        table.clearSelection()
