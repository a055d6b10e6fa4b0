"""New project dialog: the company profile, the standards, and where to save the file.

Standards are chosen per family (ISO 9001, ISO 14001 …): a check box to
include it and, when the knowledge base has several editions, a list to pick
one (a draft edition is marked as such, with what is known about its
publication as tooltip). The preselected edition is the newest published one
with a Chinese national adoption, the one certificates are issued against.

The dialog only collects input; creating the project is the caller's
``create`` callable (the ``new_project`` service through the project
actions). When it refuses (blank name, no standard, file exists) the message
is shown and the dialog stays open with what was typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.model import CompanyProfile, Standard
from desktop.services.session import PROJECT_SUFFIX
from desktop.ui.checklist.editions import edition_text
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg

CreateProject = Callable[[Path, CompanyProfile, Sequence[str]], bool]

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_project_path(folder: str, company: str) -> Path:
    """``<folder>/<company>.auditready`` with characters Windows forbids replaced."""
    name = _UNSAFE.sub("_", company).strip(" .") or "project"
    base = Path(folder) if folder else Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    return base / f"{name}{PROJECT_SUFFIX}"


def default_edition(editions: Sequence[Standard]) -> Standard:
    """The edition preselected for a family (oldest first in ``editions``): the newest
    published one with a national adoption, else the newest published, else the first."""
    published = [s for s in editions if s.status == "published"]
    adopted = [s for s in published if s.national]
    return (adopted or published or list(editions))[-1]


class NewProjectDialog(QDialog):
    """Company name, address, sites, headcount, scope, standards, who prepares and who
    approves the reports (name and job title each) and file path."""

    def __init__(self, ctx: AppContext, create: CreateProject,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newProjectDialog")
        self._ctx = ctx
        self._create = create
        self.name = QLineEdit(objectName="companyNameEdit")
        self.address = QLineEdit(objectName="addressEdit")
        self.sites = QPlainTextEdit(objectName="sitesEdit")
        self.sites.setMaximumHeight(70)
        self.sites.setTabChangesFocus(True)
        self.headcount = QSpinBox(objectName="headcountSpin")
        self.headcount.setRange(0, 1_000_000)
        self.scope = QPlainTextEdit(objectName="scopeEdit")
        self.scope.setMaximumHeight(70)
        self.scope.setTabChangesFocus(True)
        # Who prepares and who approves the reports: printed on the cover and sign-off.
        self.preparer = QLineEdit(objectName="preparerEdit")
        self.preparer_title = QLineEdit(objectName="preparerTitleEdit")
        self.approver = QLineEdit(objectName="approverEdit")
        self.approver_title = QLineEdit(objectName="approverTitleEdit")
        preparer_row = QHBoxLayout()
        approver_row = QHBoxLayout()
        for row, name, title in ((preparer_row, self.preparer, self.preparer_title),
                                 (approver_row, self.approver, self.approver_title)):
            row.addWidget(name, 1)
            row.addWidget(title, 1)
        self.family_boxes: dict[str, QCheckBox] = {}
        self.edition_combos: dict[str, QComboBox] = {}
        self.standards = QGroupBox(objectName="standardsBox")
        standards_layout = QGridLayout(self.standards)
        standards_layout.setColumnStretch(0, 1)
        for row, family in enumerate(self._families()):
            box = QCheckBox(objectName=f"standardCheck_{family}")
            box.setChecked(True)
            combo = QComboBox(objectName=f"editionCombo_{family}")
            editions = ctx.catalog.editions(family)
            for std in editions:
                combo.addItem("", std.id)
            combo.setCurrentIndex(combo.findData(default_edition(editions).id))
            combo.currentIndexChanged.connect(lambda _i, f=family: self._update_edition_tip(f))
            box.toggled.connect(combo.setEnabled)
            self.family_boxes[family] = box
            self.edition_combos[family] = combo
            standards_layout.addWidget(box, row, 0)
            standards_layout.addWidget(combo, row, 1)
        self.path = QLineEdit(objectName="projectPathEdit")
        self.browse = QPushButton(objectName="browseProjectButton")
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self._labels = [QLabel() for _ in range(8)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.name, self.address, self.sites,
                                               self.headcount, self.scope, preparer_row,
                                               approver_row, path_row),
                                strict=True):
            form.addRow(label, field)
        form.insertRow(5, self.standards)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self._browse)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(max(600, self.sizeHint().width()), self.sizeHint().height())

    def profile(self) -> CompanyProfile:
        """The company profile as typed (sites one per line, blank lines dropped)."""
        sites = tuple(s.strip() for s in self.sites.toPlainText().splitlines() if s.strip())
        return CompanyProfile(name=self.name.text().strip(),
                              address=self.address.text().strip(), sites=sites,
                              headcount=self.headcount.value(),
                              scope=self.scope.toPlainText().strip(),
                              preparer=self.preparer.text().strip(),
                              preparer_title=self.preparer_title.text().strip(),
                              approver=self.approver.text().strip(),
                              approver_title=self.approver_title.text().strip())

    def _families(self) -> list[str]:
        return list(dict.fromkeys(s.family for s in self._ctx.catalog.standards
                                  if s.system != "CUSTOM"))

    def choose_edition(self, standard_id: str) -> None:
        """Tick the family of ``standard_id`` and pick that edition."""
        family = self._ctx.catalog.standard(standard_id).family
        self.family_boxes[family].setChecked(True)
        combo = self.edition_combos[family]
        combo.setCurrentIndex(combo.findData(standard_id))

    def standard_ids(self) -> list[str]:
        """Ids of the chosen edition of each ticked family, in catalog order."""
        return [self.edition_combos[family].currentData()
                for family, box in self.family_boxes.items() if box.isChecked()]

    def project_path(self) -> Path:
        """The typed path, or a default in the last folder named after the company."""
        text = self.path.text().strip()
        if text:
            return Path(text)
        return default_project_path(self._ctx.settings.last_dir(), self.name.text())

    def accept(self) -> None:
        """Create the project; stay open when the service refuses."""
        path = self.project_path()
        if self._create(path, self.profile(), self.standard_ids()):
            self._ctx.settings.set_last_dir(path.parent)
            super().accept()

    def _browse(self) -> None:
        suggestion = str(self.project_path())
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New project file"), suggestion,
            self.tr("AuditReady projects (*.auditready)"))
        if name:
            self.path.setText(name)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("New project"))
        texts = (self.tr("Company name:"), self.tr("Address:"), self.tr("Sites (one per line):"),
                 self.tr("Headcount:"), self.tr("Scope statement:"),
                 self.tr("Reports prepared by:"), self.tr("Reports approved by:"),
                 self.tr("Project file:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.name.setAccessibleName(self.tr("Company name"))
        self.name.setPlaceholderText(self.tr("Legal name as on the business licence"))
        self.scope.setPlaceholderText(self.tr("Scope as it should appear on the certificate"))
        self.path.setPlaceholderText(self.tr("Default: the company name in your documents folder"))
        self.preparer.setPlaceholderText(self.tr("Name, e.g. Wang Min"))
        self.preparer.setAccessibleName(self.tr("Name of the person who prepares the reports"))
        self.preparer_title.setPlaceholderText(self.tr("Job title, e.g. Quality manager"))
        self.preparer_title.setAccessibleName(self.tr("Job title of the person who prepares "
                                                      "the reports"))
        self.approver.setPlaceholderText(self.tr("Name, e.g. Zhou Wenhua"))
        self.approver.setAccessibleName(self.tr("Name of the person who approves the reports"))
        self.approver_title.setPlaceholderText(self.tr("Job title, e.g. General manager"))
        self.approver_title.setAccessibleName(self.tr("Job title of the person who approves "
                                                      "the reports"))
        self.browse.setText(self.tr("Browse…"))
        self.standards.setTitle(self.tr("Standards and editions"))
        lang = self._ctx.content_lang
        catalog = self._ctx.catalog
        for family, box in self.family_boxes.items():
            editions = catalog.editions(family)
            latest = editions[-1]
            box.setText(f"{latest.code}  {latest.title.get(lang)}")
            combo = self.edition_combos[family]
            combo.setAccessibleName(arg(self.tr("Edition of %1"), latest.code))
            for row, std in enumerate(editions):
                text = edition_text(std)
                if std.national:
                    text += f" / {std.national}"
                combo.setItemText(row, text)
                tip = std.status_note.get(lang) if std.status_note else ""
                combo.setItemData(row, tip or None, Qt.ItemDataRole.ToolTipRole)
            self._update_edition_tip(family)

    def _update_edition_tip(self, family: str) -> None:
        combo = self.edition_combos[family]
        combo.setToolTip(combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) or "")
