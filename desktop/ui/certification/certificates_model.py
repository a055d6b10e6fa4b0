"""Table models of certificates, their events and the certificate calendar.

- :class:`CertificatesModel`: one row per certificate record with its state
  (symbol and word) and next deadline, from
  :class:`desktop.domain.certificates.CertificateStatus`.
- :class:`DeadlinesModel`: every deadline of every certificate's cycle in date
  order, done ones marked ✔ and overdue ones ⚠.
- :class:`EventsModel`: the dated events of one certificate (in its editor).

The panel hands in the rows; no model reads the project.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop.domain.certificates import (
    PREDICTED_STATES,
    CertificateState,
    CertificateStatus,
    DueDate,
)
from desktop.domain.records import Certificate, CertificateEvent
from desktop.ui.models.tables import RecordTable
from desktop.ui.shell.formatting import iso_date
from desktop.ui.shell.i18n import arg

#: A symbol per certificate state, so the state reads without colour.
STATE_SYMBOLS = {
    CertificateState.PLANNED: "◌",
    CertificateState.VALID: "✔",
    CertificateState.SURVEILLANCE_DUE: "◷",
    CertificateState.OVERDUE: "⚠",
    CertificateState.SUSPENDED: "‖",
    CertificateState.TO_BE_WITHDRAWN: "⚠",
    CertificateState.EXPIRED: "✘",
    CertificateState.WITHDRAWN: "⊘",
    CertificateState.CANCELLED: "⊘",
}

#: The due date (``datetime.date``) of a deadline row.
DueRole = Qt.ItemDataRole.UserRole + 2


def state_text(state: CertificateState, lang: str) -> str:
    """Symbol and word, e.g. "◷ Audit due soon" / "◷ 监督审核/再认证到期"."""
    return f"{STATE_SYMBOLS.get(state, '•')} {state.label.get(lang)}"


# -- certificates -----------------------------------------------------------------------


class CertificateColumn(IntEnum):
    """The columns of :class:`CertificatesModel`."""

    STANDARD = 0
    BODY = 1
    APPROVAL = 2
    NUMBER = 3
    ISSUED = 4
    EXPIRES = 5
    STATE = 6
    NEXT = 7


@dataclass(frozen=True, slots=True)
class CertificateRow:
    """A certificate, the label of its standard and its computed status (None: not known)."""

    certificate: Certificate
    standard: str
    status: CertificateStatus | None

    @property
    def id(self) -> int:
        """The certificate's id."""
        return self.certificate.id


class CertificatesModel(RecordTable):
    """Certificates: standard, body, CNCA approval number, certificate number, issued,
    expires, state (symbol and word) and the next deadline with the days left."""

    columns = len(CertificateColumn)

    def set_certificates(self, rows: Sequence[CertificateRow], lang: str) -> None:
        """Show ``rows`` (replaces every row)."""
        self._reset(rows, lang)

    def row_at(self, row: int) -> CertificateRow | None:
        """The row's certificate and status, or None when out of range."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Standard"), self.tr("Certification body"),
                self.tr("CNCA approval no."), self.tr("Certificate no."), self.tr("Issued"),
                self.tr("Expires"), self.tr("State"), self.tr("Next deadline"))

    def _cell(self, entry: Any, column: int, tooltip: bool) -> str | None:
        row: CertificateRow = entry
        cert, status = row.certificate, row.status
        if column == CertificateColumn.STANDARD:
            return row.standard
        if column == CertificateColumn.BODY:
            return cert.body
        if column == CertificateColumn.APPROVAL:
            return cert.body_approval
        if column == CertificateColumn.NUMBER:
            return cert.number or ("" if tooltip else self.tr("(not issued)"))
        if column == CertificateColumn.ISSUED:
            return iso_date(cert.issued_on)
        if column == CertificateColumn.EXPIRES:
            return iso_date(cert.expires_on)
        if status is None:
            return None
        if column == CertificateColumn.STATE:
            return status.reason.get(self._lang) if tooltip else state_text(status.state,
                                                                            self._lang)
        if column == CertificateColumn.NEXT:
            due = status.next_due
            if due is None:
                return None if tooltip else "—"
            if tooltip:
                return due.label.get(self._lang)
            return f"{iso_date(due.due)} ({self.days_text(status.days_to_next)})"
        return None

    def days_text(self, days: int | None) -> str:
        """"in 45 days", "today" or "12 days overdue" (for a deadline ``days`` from today)."""
        if days is None:
            return ""
        if days > 0:
            return self.tr("in %n day(s)", "", days)
        if days == 0:
            return self.tr("today")
        return self.tr("%n day(s) overdue", "", -days)

    def _extra(self, entry: Any, column: int, role: int) -> Any:
        row: CertificateRow = entry
        if (role == Qt.ItemDataRole.FontRole and column == CertificateColumn.STATE
                and row.status is not None and row.status.state in _ALARMING):
            font = QFont()
            font.setBold(True)
            # a prediction until the certification body's decision is recorded
            font.setItalic(row.status.state in PREDICTED_STATES)
            return font
        return None


_ALARMING = frozenset({CertificateState.SURVEILLANCE_DUE, CertificateState.OVERDUE,
                       CertificateState.SUSPENDED, CertificateState.EXPIRED,
                       CertificateState.WITHDRAWN, CertificateState.TO_BE_WITHDRAWN,
                       CertificateState.CANCELLED})


# -- deadlines (the calendar's list) ------------------------------------------------------


class DeadlineColumn(IntEnum):
    """The columns of :class:`DeadlinesModel`."""

    DATE = 0
    STANDARD = 1
    DEADLINE = 2
    STATUS = 3


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    """One deadline of one certificate's cycle."""

    certificate_id: int
    standard: str
    due: DueDate

    @property
    def id(self) -> int:
        """The certificate's id (what ``RecordIdRole`` gives)."""
        return self.certificate_id


def deadline_rows(statuses: Sequence[CertificateStatus],
                  labels: Mapping[str, str]) -> list[DeadlineRow]:
    """Every deadline of ``statuses`` in date order (ties: standard label, then kind).

    ``labels`` maps a standard id to what the user reads (unknown ids show as given).
    """
    rows = [DeadlineRow(s.certificate_id, labels.get(s.standard_id, s.standard_id), d)
            for s in statuses for d in s.schedule]
    rows.sort(key=lambda r: (r.due.due, r.standard, str(r.due.kind)))
    return rows


class DeadlinesModel(RecordTable):
    """Deadlines in date order: date, standard, what is due, and ✔ done / ⚠ overdue / ◷ coming."""

    columns = len(DeadlineColumn)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = dt.date.today()

    def set_deadlines(self, rows: Sequence[DeadlineRow], today: dt.date, lang: str) -> None:
        """Show ``rows`` as they stand on ``today`` (replaces every row)."""
        self._today = today
        self._reset(rows, lang)

    def row_at(self, row: int) -> DeadlineRow | None:
        """The deadline of ``row``, or None when out of range."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Standard"), self.tr("Deadline"), self.tr("Status"))

    def _cell(self, entry: Any, column: int, tooltip: bool) -> str | None:
        row: DeadlineRow = entry
        due = row.due
        if column == DeadlineColumn.DATE:
            return iso_date(due.due)
        if column == DeadlineColumn.STANDARD:
            return row.standard
        if column == DeadlineColumn.DEADLINE:
            return due.label.get(self._lang)
        if column == DeadlineColumn.STATUS:
            if due.done_on is not None:
                return arg(self.tr("✔ Done %1"), iso_date(due.done_on))
            days = (due.due - self._today).days
            if days < 0:
                return self.tr("⚠ Overdue by %n day(s)", "", -days)
            if days == 0:
                return self.tr("◷ Due today")
            return self.tr("◷ In %n day(s)", "", days)
        return None

    def _extra(self, entry: Any, column: int, role: int) -> Any:
        row: DeadlineRow = entry
        if role == DueRole:
            return row.due.due
        if (role == Qt.ItemDataRole.FontRole and row.due.done_on is None
                and row.due.due < self._today):
            font = QFont()
            font.setBold(True)
            return font
        return None


# -- events of one certificate ------------------------------------------------------------


class EventColumn(IntEnum):
    """The columns of :class:`EventsModel`."""

    DATE = 0
    KIND = 1
    NOTE = 2


class EventsModel(RecordTable):
    """A certificate's events in date order: date, what happened, note."""

    columns = len(EventColumn)

    def set_events(self, events: Sequence[CertificateEvent], lang: str) -> None:
        """Show ``events`` sorted by date (replaces every row)."""
        self._reset(sorted(events, key=lambda e: e.on), lang)

    def events(self) -> tuple[CertificateEvent, ...]:
        """The events shown, in date order."""
        return tuple(self._rows)

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Event"), self.tr("Note"))

    def _cell(self, entry: Any, column: int, tooltip: bool) -> str | None:
        event: CertificateEvent = entry
        if column == EventColumn.DATE:
            return iso_date(event.on)
        if column == EventColumn.KIND:
            return event.kind.label.get(self._lang)
        if column == EventColumn.NOTE:
            return event.note
        return None
