"""The certificate editor: every field of a certificate record and its dated events.

The certification body's CNCA approval number is checked as it is typed
(:func:`desktop.domain.certificates.check_approval_number`, format
``CNCA-R-YYYY-NNN``); while it is malformed an inline message says so and OK
is disabled. Saving hands the record to ``submit`` (``save_certificate``
through the project actions), which validates the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.certificates import check_approval_number
from desktop.domain.model import Standard
from desktop.domain.records import Certificate, CertificateEvent, CertificateEventKind
from desktop.ui.certification.certificates_model import EventColumn, EventsModel
from desktop.ui.records.record_widgets import (
    OptionalDateEdit,
    configure_table,
    date_edit,
    fit_columns,
    from_qdate,
)
from desktop.ui.shell.i18n import arg

_OK_STYLE = "QLabel { color: #1b5e20; }"
_BAD_STYLE = "QLabel { color: #b71c1c; font-weight: bold; }"


class CertificateDialog(QDialog):
    """Add or edit a certificate (or the certification being prepared).

    Args:
        submit: saves the certificate; True closes the dialog.
        standards: the project's standards (one is chosen per certificate).
        lang: "zh" or "en" for event names.
        certificate: the certificate to edit; None for a new one.
    """

    def __init__(self, submit: Callable[[Certificate], bool], standards: Sequence[Standard],
                 lang: str, certificate: Certificate | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateDialog")
        self._submit = submit
        self._certificate = certificate
        self._lang = lang
        c = certificate or Certificate(0, standards[0].id if standards else "")
        self.standard = QComboBox(objectName="certStandard")
        for std in standards:
            self.standard.addItem(f"{std.label} ({std.designation})" if std.national
                                  else std.label, std.id)
        if self.standard.findData(c.standard_id) < 0:
            self.standard.addItem(c.standard_id, c.standard_id)
        self.standard.setCurrentIndex(self.standard.findData(c.standard_id))
        self.body = QLineEdit(c.body, objectName="certBody")
        self.approval = QLineEdit(c.body_approval, objectName="certApproval")
        self.approval_message = QLabel(objectName="certApprovalMessage", wordWrap=True)
        approval = QVBoxLayout()
        approval.setSpacing(2)
        approval.addWidget(self.approval)
        approval.addWidget(self.approval_message)
        self.number = QLineEdit(c.number, objectName="certNumber")
        self.scope = QPlainTextEdit(c.scope, objectName="certScope")
        self.scope.setTabChangesFocus(True)
        self.scope.setFixedHeight(64)
        self.stage1 = OptionalDateEdit("certStage1")
        self.stage1.set_date(c.stage1_on)
        self.stage2 = OptionalDateEdit("certStage2")
        self.stage2.set_date(c.stage2_on)
        self.issued = OptionalDateEdit("certIssued")
        self.issued.set_date(c.issued_on)
        self.expires = OptionalDateEdit("certExpires")
        self.expires.set_date(c.expires_on)
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(9)]
        for label, field in zip(self._labels, (
                self.standard, self.body, approval, self.number, self.scope, self.stage1,
                self.stage2, self.issued, self.expires), strict=True):
            label.setBuddy(field if isinstance(field, QWidget) else self.approval)
            self.form.addRow(label, field)

        self.events = EventsModel(self)
        self.events.set_events(c.events, lang)
        self.event_table = QTableView()
        self.event_table.setModel(self.events)
        configure_table(self.event_table, "certEventsTable", stretch=EventColumn.NOTE)
        self.event_table.setMinimumHeight(100)
        self.event_kind = QComboBox(objectName="certEventKind")
        for kind in CertificateEventKind:
            self.event_kind.addItem(kind.label.get(lang), kind.value)
        self.event_date = date_edit("certEventDate")
        self.event_note = QLineEdit(objectName="certEventNote")
        self.add_event = QPushButton(objectName="certAddEventButton")
        self.remove_event = QPushButton(objectName="certRemoveEventButton")
        adder = QHBoxLayout()
        adder.addWidget(self.event_date)
        adder.addWidget(self.event_kind)
        adder.addWidget(self.event_note, 1)
        adder.addWidget(self.add_event)
        adder.addWidget(self.remove_event)
        self.events_box = QGroupBox(objectName="certEventsBox")
        events_layout = QVBoxLayout(self.events_box)
        events_layout.addWidget(self.event_table, 1)
        events_layout.addLayout(adder)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("certificateButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.events_box, 1)
        layout.addWidget(self.buttons)

        self.approval.textChanged.connect(self._check_approval)
        self.add_event.clicked.connect(self._on_add_event)
        self.remove_event.clicked.connect(self._on_remove_event)
        self.event_table.selectionModel().selectionChanged.connect(self._update_event_buttons)
        self.events.modelReset.connect(self._update_event_buttons)
        self.resize(720, 700)
        self.retranslate()

    # -- approval number ------------------------------------------------------------------

    def approval_ok(self) -> bool:
        """True when the approval number is empty or has the CNCA-R-YYYY-NNN form."""
        text = self.approval.text().strip()
        return not text or check_approval_number(text)

    def _check_approval(self, *_args: object) -> None:
        text = self.approval.text().strip()
        if not text:
            self.approval_message.setStyleSheet("")
            self.approval_message.setText(self.tr("Optional. Format CNCA-R-YYYY-NNN; check "
                                                  "the body on the CNCA platform (cx.cnca.cn)."))
        elif check_approval_number(text):
            self.approval_message.setStyleSheet(_OK_STYLE)
            self.approval_message.setText(self.tr("✔ Format of a CNCA approval number."))
        else:
            self.approval_message.setStyleSheet(_BAD_STYLE)
            self.approval_message.setText(arg(
                self.tr('✘ "%1" is not a CNCA approval number: the form is CNCA-R-YYYY-NNN, '
                        "e.g. CNCA-R-2002-001."), text))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.approval_ok())

    # -- events ------------------------------------------------------------------------------

    def _on_add_event(self) -> None:
        event = CertificateEvent(CertificateEventKind(self.event_kind.currentData()),
                                 from_qdate(self.event_date.date()),
                                 self.event_note.text().strip())
        self.add_event_record(event)
        self.event_note.clear()

    def add_event_record(self, event: CertificateEvent) -> None:
        """Add ``event`` to the list (kept in date order)."""
        self.events.set_events((*self.events.events(), event), self._lang)
        fit_columns(self.event_table)

    def _on_remove_event(self) -> None:
        rows = self.event_table.selectionModel().selectedRows()
        if not rows:
            return
        kept = [e for n, e in enumerate(self.events.events()) if n != rows[0].row()]
        self.events.set_events(kept, self._lang)

    def _update_event_buttons(self, *_args: object) -> None:
        self.remove_event.setEnabled(bool(self.event_table.selectionModel().selectedRows()))

    # -- saving ------------------------------------------------------------------------------

    def record(self) -> Certificate:
        """The certificate as entered."""
        return Certificate(
            id=self._certificate.id if self._certificate else 0,
            standard_id=self.standard.currentData() or "", body=self.body.text().strip(),
            body_approval=self.approval.text().strip().upper(),
            number=self.number.text().strip(), scope=self.scope.toPlainText().strip(),
            stage1_on=self.stage1.date(), stage2_on=self.stage2.date(),
            issued_on=self.issued.date(), expires_on=self.expires.date(),
            events=self.events.events())

    def accept(self) -> None:
        """Save through ``submit`` unless the approval number is malformed; stay open if refused."""
        if not self.approval_ok():
            self.approval.setFocus()
            return
        if self._submit(self.record()):
            super().accept()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Edit certificate") if self._certificate
                            else self.tr("New certificate"))
        texts = (self.tr("&Standard:"), self.tr("Certification &body:"),
                 self.tr("CNCA &approval no.:"), self.tr("Certificate &no.:"),
                 self.tr("Sco&pe:"), self.tr("Stage 1 audit:"), self.tr("Stage 2 audit:"),
                 self.tr("Issued:"), self.tr("Expires:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.approval.setPlaceholderText("CNCA-R-2002-001")
        self.body.setPlaceholderText(self.tr("The certification body (认证机构)"))
        self.number.setPlaceholderText(self.tr("Empty while not issued"))
        for edit, text in ((self.stage1, self.tr("Last day")), (self.stage2, self.tr("Last day")),
                           (self.issued, self.tr("Issued on")),
                           (self.expires, self.tr("Expires on"))):
            edit.set_text(text)
        self.events_box.setTitle(self.tr("Events (surveillance audits, suspension …)"))
        self.event_note.setPlaceholderText(self.tr("Note"))
        self.add_event.setText(self.tr("Add event"))
        self.remove_event.setText(self.tr("Remove"))
        self.events.retranslate()
        self._check_approval()
        self._update_event_buttons()

