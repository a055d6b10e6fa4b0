"""Editors of the internal audit programme and of an internal audit.

Each dialog is filled from a record (or blank for a new one), builds the
edited record in :meth:`record` and hands it to a ``submit`` callable (the
project actions running a record service); it closes only when ``submit``
returns True, so a refused save (shown through the error channel) keeps the
user's input.

The audit editor stores its coverage as (clause node id, site) pairs: every
checked clause of the clause tree (levels 1–2 of each standard) at every
checked site; ISO 9001:2015 9.2.2 b asks for the criteria and scope of each audit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.model import Standard
from desktop.domain.records import Auditor, AuditProgramme, InternalAudit
from desktop.ui.checklist.clause_tree import ClauseTree
from desktop.ui.models.editable import EditableRowsModel
from desktop.ui.records.record_widgets import (
    OptionalDateEdit,
    RecordEditor,
    date_edit,
    from_qdate,
    split_names,
    text_box,
)
from desktop.ui.shell.i18n import arg

# -- programme ----------------------------------------------------------------------------


class ProgrammeDialog(RecordEditor):
    """Add or edit an internal audit programme (ISO 9001:2015 9.2.2 a)."""

    def __init__(self, submit: Callable[[AuditProgramme], bool],
                 programme: AuditProgramme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(submit, "programmeDialog", parent)
        self._programme = programme
        year = dt.date.today().year
        p = programme or AuditProgramme(0, "", dt.date(year, 1, 1), dt.date(year, 12, 31))
        self.title = QLineEdit(p.title, objectName="programmeTitle")
        self.period_from = date_edit("programmeFrom", p.period_from)
        self.period_to = date_edit("programmeTo", p.period_to)
        period = QHBoxLayout()
        self._to_label = QLabel()
        period.addWidget(self.period_from)
        period.addWidget(self._to_label)
        period.addWidget(self.period_to)
        period.addStretch(1)
        self.approved_by = QLineEdit(p.approved_by, objectName="programmeApprovedBy")
        self.notes = text_box("programmeNotes", 96)
        self.notes.setPlainText(p.notes)
        for field in (self.title, period, self.approved_by, self.notes):
            self._row(field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(520, 0)
        self.retranslate()

    def record(self) -> AuditProgramme:
        """The programme as entered."""
        return AuditProgramme(
            id=self._programme.id if self._programme else 0, title=self.title.text().strip(),
            period_from=from_qdate(self.period_from.date()),
            period_to=from_qdate(self.period_to.date()),
            approved_by=self.approved_by.text().strip(), notes=self.notes.toPlainText().strip())

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Edit audit programme") if self._programme
                            else self.tr("New audit programme"))
        self._set_labels(self.tr("&Title:"), self.tr("Period:"), self.tr("&Approved by:"),
                         self.tr("Criteria, method, frequency:"))
        self._to_label.setText(self.tr("to"))
        self.title.setPlaceholderText(self.tr("e.g. 2026 internal audit programme"))


# -- audit --------------------------------------------------------------------------------


class AuditDialog(RecordEditor):
    """Add or edit an internal audit: dates, team, auditees, sites and clauses covered.

    Args:
        submit: saves the audit; True closes the dialog.
        standards: the project's standards (their clauses fill the tree).
        sites: the company profile's sites; none means a single unnamed site ("").
        programmes: the programmes the audit may belong to.
        lang: "zh" or "en" for clause titles.
        audit: the audit to edit; None for a new one.
    """

    def __init__(self, submit: Callable[[InternalAudit], bool], standards: Sequence[Standard],
                 sites: Sequence[str], programmes: Sequence[AuditProgramme], lang: str,
                 audit: InternalAudit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(submit, "auditDialog", parent)
        self._audit = audit
        a = audit or InternalAudit(0, "")
        self.programme = QComboBox(objectName="auditProgramme")
        self.programme.addItem("", None)
        for p in programmes:
            self.programme.addItem(p.title, p.id)
        self.programme.setCurrentIndex(max(0, self.programme.findData(a.programme_id))
                                       if a.programme_id is not None else 0)
        self.title = QLineEdit(a.title, objectName="auditTitle")
        self.planned = OptionalDateEdit("auditPlanned")
        self.planned.set_date(a.planned_on)
        self.held_from = OptionalDateEdit("auditHeldFrom")
        self.held_from.set_date(a.held_from)
        self.held_to = OptionalDateEdit("auditHeldTo")
        self.held_to.set_date(a.held_to)
        self.auditors = EditableRowsModel(self._auditor_headers, ("", ""), self)
        self.auditors.set_values([(x.name, x.department) for x in a.auditors])
        self.auditor_table = QTableView(objectName="auditorsTable")
        self.auditor_table.setModel(self.auditors)
        self.auditor_table.verticalHeader().hide()
        self.auditor_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.auditor_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditor_table.setFixedHeight(110)
        self.add_auditor = QPushButton(objectName="addAuditorButton")
        self.remove_auditor = QPushButton(objectName="removeAuditorButton")
        team_buttons = QVBoxLayout()
        team_buttons.addWidget(self.add_auditor)
        team_buttons.addWidget(self.remove_auditor)
        team_buttons.addStretch(1)
        team = QHBoxLayout()
        team.addWidget(self.auditor_table, 1, Qt.AlignmentFlag.AlignTop)
        team.addLayout(team_buttons)
        self.auditees = QLineEdit("、".join(a.auditees), objectName="auditAuditees")
        self.notes = text_box("auditNotes", 60)
        self.notes.setPlainText(a.notes)
        for field in (self.programme, self.title, self.planned, self.held_from, self.held_to,
                      team, self.auditees, self.notes):
            self._row(field)

        self._sites = list(sites)
        covered_sites = {site for _c, site in a.coverage}
        self.site_box = QGroupBox(objectName="auditSitesBox")
        site_layout = QVBoxLayout(self.site_box)
        self.site_checks: list[QCheckBox] = []
        for n, site in enumerate(self._sites):
            check = QCheckBox(site, objectName=f"auditSite{n}")
            check.setChecked(site in covered_sites or audit is None)
            site_layout.addWidget(check)
            self.site_checks.append(check)
        self.single_site = QLabel(objectName="auditSingleSite", wordWrap=True)
        site_layout.addWidget(self.single_site)
        self.single_site.setVisible(not self._sites)

        self.clauses = ClauseTree()
        self.clauses.set_standards(standards, lang)
        self.clauses.set_checked(c for c, _s in a.coverage)
        self._kept = tuple(pair for pair in a.coverage if not self.clauses.shows(pair[0]))
        self._pairs = {pair for pair in a.coverage if self.clauses.shows(pair[0])}
        self._clauses0 = {c for c, _s in self._pairs}
        self._sites0 = {s for _c, s in self._pairs}
        gaps = [(c, s) for c in self.clauses.checked_ids() for s in self._sites_in_order()
                if c in self._clauses0 and s in self._sites0 and (c, s) not in self._pairs]
        self._gaps = gaps
        self.gap_note = QLabel(objectName="auditGapNote", wordWrap=True)
        self.gap_note.setTextFormat(Qt.TextFormat.PlainText)
        self.fill_gaps = QPushButton(objectName="auditFillGapsButton")
        self.fill_gaps.clicked.connect(self.cover_everywhere)
        for widget in (self.gap_note, self.fill_gaps):
            widget.setVisible(bool(gaps))
        self.clause_number = QComboBox(objectName="selectClauseNumber")
        self.clause_number.addItems(self.clauses.main_clauses())
        self.select_clause = QPushButton(objectName="selectClauseButton")
        self.clear_clauses = QPushButton(objectName="clearClausesButton")
        picker = QHBoxLayout()
        picker.addWidget(self.clause_number)
        picker.addWidget(self.select_clause)
        picker.addStretch(1)
        picker.addWidget(self.clear_clauses)
        self.clause_box = QGroupBox(objectName="auditClausesBox")
        clause_layout = QVBoxLayout(self.clause_box)
        clause_layout.addLayout(picker)
        clause_layout.addWidget(self.clauses, 1)

        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.site_box)
        left.addWidget(self.gap_note)
        left.addWidget(self.fill_gaps, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self.clause_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        self.add_auditor.clicked.connect(self._on_add_auditor)
        self.remove_auditor.clicked.connect(self._on_remove_auditor)
        self.select_clause.clicked.connect(
            lambda: self.clauses.select_clause(self.clause_number.currentText()))
        self.clear_clauses.clicked.connect(lambda _checked=False: self.clauses.set_checked(()))
        self.resize(1040, 640)
        self.retranslate()

    def _auditor_headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Department"))

    def _on_add_auditor(self) -> None:
        row = self.auditors.add_row()
        index = self.auditors.index(row, 0)
        self.auditor_table.setCurrentIndex(index)
        self.auditor_table.edit(index)

    def _on_remove_auditor(self) -> None:
        self.auditors.remove_row(self.auditor_table.currentIndex().row())

    def checked_sites(self) -> list[str]:
        """The sites ticked, or [""] for a company without named sites."""
        if not self._sites:
            return [""]
        return [site for site, check in zip(self._sites, self.site_checks, strict=True)
                if check.isChecked()]

    def _sites_in_order(self) -> list[str]:
        return list(self._sites) if self._sites else [""]

    def cover_everywhere(self) -> None:
        """Forget the stored gaps: every ticked clause counts at every ticked site."""
        self._gaps = []
        self._pairs = set()
        self._clauses0, self._sites0 = set(), set()
        self.gap_note.hide()
        self.fill_gaps.hide()

    def coverage(self) -> tuple[tuple[str, str], ...]:
        """The (clause, site) pairs covered, plus stored pairs the tree cannot show.

        Every ticked clause at every ticked site, except the gaps of the audit
        as stored: a clause and a site both already in the audit but never
        together stay uncovered (until :meth:`cover_everywhere`), so editing
        an audit never covers what it did not audit.
        """
        pairs = [(clause, site) for clause in self.clauses.checked_ids()
                 for site in self.checked_sites()
                 if not (clause in self._clauses0 and site in self._sites0)
                 or (clause, site) in self._pairs]
        return (*pairs, *(p for p in self._kept if p not in pairs))

    def record(self) -> InternalAudit:
        """The audit as entered (auditor rows without a name and department are dropped)."""
        team = tuple(Auditor(name.strip(), dept.strip())
                     for name, dept in self.auditors.values() if name.strip() or dept.strip())
        return InternalAudit(
            id=self._audit.id if self._audit else 0, title=self.title.text().strip(),
            programme_id=self.programme.currentData(), planned_on=self.planned.date(),
            held_from=self.held_from.date(), held_to=self.held_to.date(), auditors=team,
            auditees=split_names(self.auditees.text()), coverage=self.coverage(),
            notes=self.notes.toPlainText().strip())

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Edit internal audit") if self._audit
                            else self.tr("New internal audit"))
        self._set_labels(self.tr("&Programme:"), self.tr("&Title:"), self.tr("Planned:"),
                         self.tr("Held from:"), self.tr("Held to:"),
                         self.tr("Audit team (lead first):"), self.tr("Au&ditees:"),
                         self.tr("Notes:"))
        self.programme.setItemText(0, self.tr("(no programme)"))
        self.planned.set_text(self.tr("Planned"))
        self.held_from.set_text(self.tr("Held"))
        self.held_to.set_text(self.tr("Last day"))
        self.auditors.retranslate()
        self.add_auditor.setText(self.tr("Add auditor"))
        self.remove_auditor.setText(self.tr("Remove"))
        self.auditees.setPlaceholderText(self.tr("Departments audited, e.g. 生产部、品质部"))
        self.title.setPlaceholderText(self.tr("e.g. 2026 first internal audit (integrated)"))
        self.site_box.setTitle(self.tr("Sites audited"))
        self.single_site.setText(self.tr("The company profile names no sites: the audit "
                                         "covers the single site."))
        self.clause_box.setTitle(self.tr("Clauses covered"))
        self.select_clause.setText(self.tr("Select all of clause"))
        self.clear_clauses.setText(self.tr("Clear"))
        shown = "; ".join(arg(self.tr("%1 at %2"), self.clauses.label(c), s or "—")
                          for c, s in self._gaps[:3])
        more = len(self._gaps) - 3
        self.gap_note.setText(
            self.tr("⚠ This audit did not cover every ticked clause at every ticked site: %n "
                    "gap(s), e.g. %1. The gaps are kept when you save; clauses and sites you "
                    "tick now are covered everywhere.", "", len(self._gaps)).replace("%1", shown)
            + (" " + self.tr("(%n more)", "", more) if more > 0 else ""))
        self.fill_gaps.setText(self.tr("Cover every ticked clause at every ticked site"))
        self.clause_number.setToolTip(self.tr("Main clause to select in every standard"))
