"""Edit what the user knows about one evidence file: document or record, version,
approval date, effective period and review-by date.

These details decide which readiness layer the file counts for and when it
stops counting (``desktop.domain.layers``): a record covers a period of
operation, a document has a version and an approval date (ISO 9001:2015 7.5).
The review-by date may be left to the checklist item's freshness rule.

The dialog only collects values; ``save`` (the window's call of
``set_evidence_meta`` through :class:`ProjectActions`) stores them, and the
dialog stays open when the service refuses them (message shown).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.model import Evidence
from desktop.domain.names import shown_name
from desktop.domain.records import EvidenceMeta, EvidenceNature
from desktop.ui.shell.i18n import arg


class OptionalDateEdit(QWidget):
    """A date that may be absent: a "Set" check box and a date editor (ISO format).

    Signals:
        changed(): the value changed (checked, unchecked or another date).
    """

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.check = QCheckBox(objectName=f"{name}Check")
        self.edit = QDateEdit(objectName=f"{name}Edit", calendarPopup=True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setEnabled(False)
        self.set_value(None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.check.setText(self.tr("Set"))

    def value(self) -> dt.date | None:
        """The date, or None when not set."""
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def set_value(self, day: dt.date | None, default: dt.date | None = None) -> None:
        """Show ``day`` (None: unchecked, the editor showing ``default`` or today)."""
        shown = day or default or dt.date.today()
        self.edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.check.setChecked(day is not None)
        self.edit.setEnabled(day is not None)

    def set_accessible_name(self, name: str) -> None:
        """Name both parts for screen readers, e.g. "Approval date"."""
        self.check.setAccessibleName(name)
        self.edit.setAccessibleName(name)


class EvidenceMetaDialog(QDialog):
    """Nature, version, approval date, effective from/to and review-by of one file.

    Args:
        evidence: the file described.
        meta: its stored details, or None when none were recorded.
        freshness: the checklist item's freshness rule in words ("" when the item
            has none), offered as the source of the review-by date.
        save: stores an :class:`EvidenceMeta`; returns False when refused.
        lang: "zh" or "en" for the document/record words.
    """

    def __init__(self, evidence: Evidence, meta: EvidenceMeta | None, freshness: str,
                 save: Callable[[EvidenceMeta], bool], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceMetaDialog")
        self._evidence = evidence
        self._save = save
        self._lang = lang
        self._freshness = freshness
        meta = meta or EvidenceMeta(evidence.id)
        self.file_label = QLabel(objectName="evidenceMetaFile", wordWrap=True)
        self.nature = QComboBox(objectName="natureCombo")
        self.nature.addItem("", "")
        for nature in EvidenceNature:
            self.nature.addItem(nature.label.get(lang), nature.value)
        self.nature.setCurrentIndex(self.nature.findData(meta.nature.value if meta.nature
                                                         else ""))
        self.version = QLineEdit(meta.version, objectName="versionEdit")
        self.approved = OptionalDateEdit("approvedOn")
        self.approved.set_value(meta.approved_on)
        self.effective_from = OptionalDateEdit("effectiveFrom")
        self.effective_from.set_value(meta.effective_from)
        self.effective_to = OptionalDateEdit("effectiveTo")
        self.effective_to.set_value(meta.effective_to, meta.effective_from)
        self.use_rule = QCheckBox(objectName="useFreshnessRule")
        self.use_rule.setChecked(meta.review_by is None)
        self.review_by = QDateEdit(objectName="reviewByEdit", calendarPopup=True)
        self.review_by.setDisplayFormat("yyyy-MM-dd")
        day = meta.review_by or dt.date.today()
        self.review_by.setDate(QDate(day.year, day.month, day.day))
        self.rule_text = QLabel(objectName="freshnessRuleText", wordWrap=True)
        review_row = QVBoxLayout()
        review_row.addWidget(self.use_rule)
        review_row.addWidget(self.rule_text)
        review_row.addWidget(self.review_by)
        self._labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.nature, self.version, self.approved,
                                               self.effective_from, self.effective_to,
                                               review_row), strict=True):
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("evidenceMetaButtons")
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.use_rule.toggled.connect(self._update_enabled)
        self.resize(480, self.sizeHint().height())
        self.retranslate()
        self._update_enabled()

    def meta(self) -> EvidenceMeta:
        """The details as entered."""
        data = self.nature.currentData()
        return EvidenceMeta(
            evidence_id=self._evidence.id,
            nature=EvidenceNature(data) if data else None,
            version=self.version.text().strip(),
            approved_on=self.approved.value(),
            effective_from=self.effective_from.value(),
            effective_to=self.effective_to.value(),
            review_by=None if self.use_rule.isChecked()
            else self.review_by.date().toPython(),  # type: ignore[arg-type]
        )

    def accept(self) -> None:
        """Store the details; stay open when they were refused."""
        if self._save(self.meta()):
            super().accept()

    def _update_enabled(self, *_args: object) -> None:
        self.review_by.setEnabled(not self.use_rule.isChecked())
        self.rule_text.setVisible(self.use_rule.isChecked())

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Evidence details"))
        self.file_label.setText(arg(self.tr("File: %1"), shown_name(self._evidence.name)))
        texts = (self.tr("Document or record:"), self.tr("Version:"), self.tr("Approved on:"),
                 self.tr("Effective from:"), self.tr("Effective to:"), self.tr("Review by:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.nature.setItemText(0, self.tr("Not stated"))
        self.nature.setToolTip(self.tr("A document is maintained (it has a version); a record "
                                       "is retained (it covers a period of operation)."))
        self.version.setPlaceholderText(self.tr("As printed on the document, e.g. A/2"))
        self.approved.set_accessible_name(self.tr("Approved on"))
        self.effective_from.set_accessible_name(self.tr("Effective from"))
        self.effective_to.set_accessible_name(self.tr("Effective to"))
        self.effective_from.setToolTip(self.tr("First day the record covers or the document "
                                               "takes effect (not the upload date)"))
        self.effective_to.setToolTip(self.tr("Last day a record covers; leave unset for a "
                                             "single day"))
        self.use_rule.setText(self.tr("Use the checklist item's freshness rule"))
        self.rule_text.setText(self._freshness or self.tr("This item has no freshness rule: "
                                                          "the file does not expire."))
        self.review_by.setAccessibleName(self.tr("Review by"))
