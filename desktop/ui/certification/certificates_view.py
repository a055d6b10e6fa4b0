"""Certificates and their calendar: states, deadlines, and the rules they follow.

The table lists the project's certificate records with the state and next
deadline computed by :func:`desktop.domain.certificates.certificate_status`
(handed in through the :class:`Assessment`). Under it a calendar marks every
deadline of every certificate's cycle (bold, shaded, with the deadlines as
tooltip) and a list shows them in date order, met ones ✔ and missed ones ⚠.
The rule set in force and its source (CNCA-QMS-01:2025 and the 2026 EMS and
OH&S rules by default) are named in a small label, with the suspension
period and where it comes from. States the certification body decides
(overdue: to be suspended; to be withdrawn) are predictions, shown in italics
until the body's decision is recorded as an event.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.certificates import SUSPENSION_SOURCE, CertificateStatus, DueDate
from desktop.domain.records import Certificate
from desktop.services import records as record_service
from desktop.ui.certification.certificate_dialog import CertificateDialog
from desktop.ui.certification.certificates_model import (
    CertificateColumn,
    CertificateRow,
    CertificatesModel,
    DeadlineColumn,
    DeadlinesModel,
    deadline_rows,
)
from desktop.ui.records.record_widgets import configure_table, fit_columns, from_qdate, to_qdate
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg

if TYPE_CHECKING:
    from desktop.services.assessment import Assessment

_DONE = QColor("#d8efd9")
_LATE = QColor("#f8d0cc")
_COMING = QColor("#fde6b0")
_RANK = {"✔": 0, "◷": 1, "⚠": 2}  # a day shows its most pressing deadline's colour


def deadline_mark(due: DueDate, today: dt.date) -> str:
    """✔ for a met deadline, ⚠ for a missed one, ◷ for one still to come."""
    if due.done_on is not None:
        return "✔"
    return "⚠" if due.due < today else "◷"


class CertificatesPanel(QWidget):
    """Certificate records, their state and reasons, and the deadline calendar."""

    def __init__(self, ctx: AppContext, actions: ProjectActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificatesPanel")
        self._ctx = ctx
        self._actions = actions
        self._assessment: Assessment | None = None
        self._certificates: list[Certificate] = []
        self._statuses: dict[int, CertificateStatus] = {}
        self._marked: dict[dt.date, list[str]] = {}

        self.rules = QLabel(objectName="certificateRules", wordWrap=True)
        self.rules.setTextFormat(Qt.TextFormat.PlainText)
        small = self.rules.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.rules.setFont(small)
        self.model = CertificatesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table, "certificatesTable", stretch=CertificateColumn.BODY)
        self.new_button = QPushButton(objectName="newCertificateButton")
        self.edit_button = QPushButton(objectName="editCertificateButton")
        self.delete_button = QPushButton(objectName="deleteCertificateButton")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.reason = QLabel(objectName="certificateReason", wordWrap=True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.missing = QLabel(objectName="certificateMissing", wordWrap=True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.box = QGroupBox(objectName="certificatesBox")
        box_layout = QVBoxLayout(self.box)
        box_layout.addWidget(self.table, 1)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.reason)
        box_layout.addWidget(self.missing)

        self.calendar = QCalendarWidget(objectName="certificateCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumWidth(300)
        self.deadlines = DeadlinesModel(self)
        self.deadline_table = QTableView()
        self.deadline_table.setModel(self.deadlines)
        configure_table(self.deadline_table, "deadlinesTable", stretch=DeadlineColumn.DEADLINE)
        self.calendar_box = QGroupBox(objectName="calendarBox")
        calendar_layout = QHBoxLayout(self.calendar_box)
        calendar_layout.addWidget(self.calendar, 0)
        calendar_layout.addWidget(self.deadline_table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, objectName="certificatesSplitter")
        splitter.addWidget(self.box)
        splitter.addWidget(self.calendar_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.rules)

        self.new_button.clicked.connect(lambda _checked=False: self.new_certificate())
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_certificate())
        self.delete_button.clicked.connect(self.delete_certificate)
        self.table.doubleClicked.connect(lambda _i: self.edit_certificate())
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        self.deadline_table.selectionModel().selectionChanged.connect(self._on_deadline)
        self.calendar.clicked.connect(self._on_day_clicked)
        ctx.language.changed.connect(lambda _lang: self._fill())
        self.retranslate()
        self.show_assessment(None)

    # -- showing -----------------------------------------------------------------------

    def show_assessment(self, assessment: Assessment | None) -> None:
        """Show the certificates of the open project with their states from ``assessment``.

        None (no project open) empties the views and disables editing.
        """
        session = self._actions.session
        self._assessment = assessment if session is not None else None
        if session is None or assessment is None:
            self._certificates, self._statuses = [], {}
        else:
            self._certificates = session.store.records.certificates()
            self._statuses = {s.certificate_id: s for s in assessment.certificates}
        self.setEnabled(self._assessment is not None)
        self._fill()

    def _labels(self) -> dict[str, str]:
        session = self._actions.session
        if session is None:
            return {}
        labels = {s.id: s.label for s in session.catalog.standards}
        return labels

    def _fill(self) -> None:
        lang = self._ctx.content_lang
        labels = self._labels()
        selected = self.selected_certificate()
        rows = [CertificateRow(c, labels.get(c.standard_id, c.standard_id),
                               self._statuses.get(c.id)) for c in self._certificates]
        self.model.set_certificates(rows, lang)
        today = self._assessment.today if self._assessment else dt.date.today()
        statuses = [s for c in self._certificates if (s := self._statuses.get(c.id))]
        self.deadlines.set_deadlines(deadline_rows(statuses, labels), today, lang)
        self._mark_calendar(today)
        row = self.model.row_of(selected.id) if selected else (0 if rows else -1)
        if row >= 0:
            self.table.selectRow(row)
        rules = self._assessment.rules if self._assessment else None
        self.rules.setText(arg(self.tr("Certificate cycle rules in force: %1"),
                               rules.source.get(lang))
                           + "\n" + arg(self.tr("Suspension period: %1 months. %2"),
                                        rules.suspension_months,
                                        SUSPENSION_SOURCE.get(lang)) if rules else "")
        session = self._actions.session
        uncovered = ([s.label for s in session.standards()
                      if s.id not in {c.standard_id for c in self._certificates}]
                     if session is not None and self._assessment is not None else [])
        self.missing.setText(arg(self.tr("No certificate recorded yet for: %1"),
                                 ", ".join(uncovered)) if uncovered else "")
        self.missing.setVisible(bool(uncovered))
        fit_columns(self.table)
        fit_columns(self.deadline_table)
        self._on_selected()

    def _mark_calendar(self, today: dt.date) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear every mark
        self._marked = {}
        lang = self._ctx.content_lang
        worst: dict[dt.date, str] = {}
        for row in (self.deadlines.row_at(n) for n in range(self.deadlines.rowCount())):
            if row is None:
                continue
            mark = deadline_mark(row.due, today)
            self._marked.setdefault(row.due.due, []).append(
                f"{mark} {row.standard} — {row.due.label.get(lang)}")
            if _RANK[mark] > _RANK[worst.get(row.due.due, "✔")]:
                worst[row.due.due] = mark
            worst.setdefault(row.due.due, mark)
        for day, lines in self._marked.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setBackground(QBrush({"✔": _DONE, "⚠": _LATE}.get(worst[day], _COMING)))
            fmt.setToolTip("\n".join(lines))
            self.calendar.setDateTextFormat(to_qdate(day), fmt)
        upcoming = [d for d in sorted(self._marked) if d >= today]
        if upcoming:
            self.calendar.setSelectedDate(to_qdate(upcoming[0]))

    def marked_dates(self) -> dict[dt.date, list[str]]:
        """Every highlighted calendar date with its tooltip lines ("◷ ISO 9001:2015 — …")."""
        return {day: list(lines) for day, lines in self._marked.items()}

    def selected_certificate(self) -> Certificate | None:
        """The certificate selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        entry = self.model.row_at(rows[0].row()) if rows else None
        return entry.certificate if entry else None

    def select_certificate(self, certificate_id: int) -> bool:
        """Select certificate ``certificate_id``; False when not listed."""
        row = self.model.row_of(certificate_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _on_selected(self, *_args: Any) -> None:
        cert = self.selected_certificate()
        self.edit_button.setEnabled(cert is not None)
        self.delete_button.setEnabled(cert is not None)
        status = self._statuses.get(cert.id) if cert else None
        lang = self._ctx.content_lang
        if status is None:
            self.reason.setText("")
            self.reason.hide()
            return
        lines = [status.reason.get(lang), *(f"⚠ {w.get(lang)}" for w in status.warnings)]
        self.reason.setText("\n".join(lines))
        self.reason.show()

    def _on_deadline(self, *_args: Any) -> None:
        rows = self.deadline_table.selectionModel().selectedRows()
        entry = self.deadlines.row_at(rows[0].row()) if rows else None
        if entry is not None:
            self.calendar.setSelectedDate(to_qdate(entry.due.due))
            self.select_certificate(entry.certificate_id)

    def _on_day_clicked(self, day: QDate) -> None:
        wanted = from_qdate(day)
        for n in range(self.deadlines.rowCount()):
            entry = self.deadlines.row_at(n)
            if entry is not None and entry.due.due == wanted:
                self.deadline_table.selectRow(n)
                return

    # -- editing ---------------------------------------------------------------------------

    def _dialog(self, certificate: Certificate | None) -> CertificateDialog | None:
        session = self._actions.session
        if session is None:
            return None

        def submit(record: Certificate) -> bool:
            changes = self._actions.change_records(record_service.save_certificate, record)
            if changes is not None and changes.record_id is not None:
                self.select_certificate(changes.record_id)
            return changes is not None

        dialog = CertificateDialog(submit, session.standards(), self._ctx.content_lang,
                                   certificate, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_certificate(self) -> CertificateDialog | None:
        """Open the editor for a new certificate record."""
        return self._dialog(None)

    def edit_certificate(self) -> CertificateDialog | None:
        """Open the editor on the selected certificate."""
        cert = self.selected_certificate()
        return self._dialog(cert) if cert is not None else None

    def delete_certificate(self) -> bool:
        """Ask, then delete the selected certificate record and its events."""
        cert = self.selected_certificate()
        if cert is None:
            return False
        name = self._labels().get(cert.standard_id, cert.standard_id)
        question = arg(self.tr("Delete the certificate record of %1 (%2)?"), name,
                       cert.number or self.tr("not issued"))
        if not self._ctx.errors.confirm(self.tr("Delete"), question, self):
            return False
        return self._actions.change_records(record_service.delete_certificate,
                                            cert.id) is not None

    # -- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.box.setTitle(self.tr("Certificates"))
        self.calendar_box.setTitle(self.tr("Certificate calendar"))
        self.new_button.setText(self.tr("New certificate…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.table.setAccessibleName(self.tr("Certificates"))
        self.deadline_table.setAccessibleName(self.tr("Deadlines in date order"))
        self.calendar.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                                if self._ctx.ui_lang.startswith("zh")
                                else QLocale(QLocale.Language.English))
        self.calendar.setToolTip(self.tr("Bold, shaded days have deadlines: point at one to "
                                         "see them."))
        self.model.retranslate()
        self.deadlines.retranslate()
