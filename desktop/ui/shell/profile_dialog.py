"""Project ▸ Company profile…: edit the company and who signs the reports after creation.

The company name, the sites and the scope are printed on the report cover;
the preparer and the approver (name and job title each) on the cover and the
sign-off page; headcount and sites feed the audit-time estimate.

The dialog checks the values with the profile service
(:func:`desktop.services.profile.checked_profile`) and shows a refusal in
the dialog itself, in the UI language, keeping what was typed. OK stores
the profile as one undoable step ("Edit company profile"); Cancel stores
nothing. The step runs through :meth:`ProjectActions.change_records`, which
runs any service on the open project, shows what it refused and emits
``changed`` (``Changes(profile=True)``), so the readiness and audit-time
views refresh as after any other edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.model import CompanyProfile
from desktop.errors import ValidationError
from desktop.services.profile import (
    checked_profile,
    parse_headcount,
    restore_profile,
    update_profile,
)
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.undo import ServiceCommand

if TYPE_CHECKING:
    from desktop.ui.shell.actions import ProjectActions


class ProfileDialog(QDialog):
    """Edit the open project's :class:`CompanyProfile` (departments are edited elsewhere).

    Args:
        ctx: the application context (UI language).
        actions: the project actions; the profile is read from and stored into
            their open project.
    """

    def __init__(self, ctx: AppContext, actions: ProjectActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self._ctx = ctx
        self._actions = actions
        session = actions.session
        if session is None:
            raise RuntimeError("no open project")
        self._old = old = session.store.profile()
        self._error: ValidationError | None = None
        self.intro = QLabel(objectName="profileIntro", wordWrap=True)
        self.name = QLineEdit(old.name, objectName="profileNameEdit")
        self.address = QLineEdit(old.address, objectName="profileAddressEdit")
        self.sites = QPlainTextEdit("\n".join(old.sites), objectName="profileSitesEdit")
        self.sites.setTabChangesFocus(True)
        self.sites.setMaximumHeight(90)
        self.headcount = QLineEdit(str(old.headcount), objectName="profileHeadcountEdit")
        self.headcount.setMaximumWidth(140)
        self.scope = QPlainTextEdit(old.scope, objectName="profileScopeEdit")
        self.scope.setTabChangesFocus(True)
        self.scope.setMaximumHeight(90)
        self.preparer = QLineEdit(old.preparer, objectName="profilePreparerEdit")
        self.preparer_title = QLineEdit(old.preparer_title,
                                        objectName="profilePreparerTitleEdit")
        self.approver = QLineEdit(old.approver, objectName="profileApproverEdit")
        self.approver_title = QLineEdit(old.approver_title,
                                        objectName="profileApproverTitleEdit")
        self.error = QLabel(objectName="profileError", wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        company_box = QGroupBox(objectName="profileCompanyBox")
        company_form = QFormLayout(company_box)
        self._company_labels = [QLabel() for _ in range(5)]
        for label, field in zip(self._company_labels, (self.name, self.address, self.sites,
                                                       self.headcount, self.scope), strict=True):
            label.setBuddy(field)
            company_form.addRow(label, field)
        self.signers_box = QGroupBox(objectName="profileSignersBox")
        signers_form = QFormLayout(self.signers_box)
        self._signer_labels = [QLabel() for _ in range(4)]
        for label, field in zip(self._signer_labels, (self.preparer, self.preparer_title,
                                                      self.approver, self.approver_title),
                                strict=True):
            label.setBuddy(field)
            signers_form.addRow(label, field)
        self.company_box = company_box
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("profileButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(company_box)
        layout.addWidget(self.signers_box)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())

    def profile(self) -> CompanyProfile:
        """The profile as typed, checked and cleaned up (sites one per line).

        Raises:
            ValidationError: a value is refused (blank name, bad headcount …).
        """
        return checked_profile(CompanyProfile(
            name=self.name.text(), address=self.address.text(),
            sites=tuple(self.sites.toPlainText().splitlines()),
            headcount=parse_headcount(self.headcount.text()),
            scope=self.scope.toPlainText(),
            preparer=self.preparer.text(), preparer_title=self.preparer_title.text(),
            approver=self.approver.text(), approver_title=self.approver_title.text()))

    def accept(self) -> None:
        """Store the profile as one undoable step and close; stay open when refused."""
        try:
            parse_headcount(self.headcount.text())
        except ValidationError as exc:
            self._show_error(exc)
            self.headcount.setFocus()
            self.headcount.selectAll()
            return
        try:
            new = self.profile()
        except ValidationError as exc:
            self._show_error(exc)
            return
        self._show_error(None)
        if new == self._old:
            super().accept()
            return
        old, actions = self._old, self._actions
        changes = actions.change_records(update_profile, new)
        if changes is None:
            return  # refused or not saved: the message was shown, the dialog stays open
        actions.undo_stack.push(ServiceCommand(
            self.tr("Edit company profile"),
            lambda: actions.change_records(update_profile, new),
            lambda: actions.change_records(restore_profile, old)))
        super().accept()

    def _show_error(self, error: ValidationError | None) -> None:
        self._error = error
        self.error.setVisible(error is not None)
        if error is not None:
            self.error.setText(error.text(self._ctx.content_lang))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Company profile"))
        self.intro.setText(self.tr("The company as the reports name it. Headcount and sites "
                                   "also set the audit-time estimate."))
        self.company_box.setTitle(self.tr("Company"))
        texts = (self.tr("&Company name:"), self.tr("A&ddress:"),
                 self.tr("&Sites (one per line):"), self.tr("&Headcount:"),
                 self.tr("Sco&pe statement:"))
        for label, text in zip(self._company_labels, texts, strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("Legal name as on the business licence"))
        self.headcount.setPlaceholderText(self.tr("Whole number, e.g. 120"))
        self.headcount.setAccessibleName(self.tr("Headcount"))
        self.sites.setAccessibleName(self.tr("Sites, one per line"))
        self.scope.setAccessibleName(self.tr("Scope statement"))
        self.scope.setPlaceholderText(self.tr("Scope as it should appear on the certificate"))
        self.signers_box.setTitle(self.tr("Reports are signed by"))
        texts = (self.tr("P&reparer:"), self.tr("Preparer's &job title:"),
                 self.tr("&Approver:"), self.tr("Approver's job tit&le:"))
        for label, text in zip(self._signer_labels, texts, strict=True):
            label.setText(text)
        self.preparer.setPlaceholderText(self.tr("Name, e.g. Wang Min"))
        self.preparer_title.setPlaceholderText(self.tr("Job title, e.g. Quality manager"))
        self.approver.setPlaceholderText(self.tr("Name, e.g. Zhou Wenhua"))
        self.approver_title.setPlaceholderText(self.tr("Job title, e.g. General manager"))
        if self._error is not None:
            self.error.setText(self._error.text(self._ctx.content_lang))


def open_profile_dialog(ctx: AppContext, actions: ProjectActions,
                        parent: QWidget | None = None) -> ProfileDialog | None:
    """Project ▸ Company profile… (window-modal, not blocking); None without a project."""
    if actions.session is None:
        return None
    dialog = ProfileDialog(ctx, actions, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
