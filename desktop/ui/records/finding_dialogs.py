"""Editors of an audit finding and of its corrective action (ISO 9001:2015 10.2).

Like every record editor (:class:`~desktop.ui.record_widgets.RecordEditor`),
each builds the edited record and hands it to ``submit``, staying open when
the service refuses it (e.g. closing a nonconformity whose corrective action
is not done).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.records import Action, ActionSource, ActionStatus, Finding, FindingGrade
from desktop.ui.records.record_widgets import OptionalDateEdit, RecordEditor, text_box


class FindingDialog(RecordEditor):
    """Add or edit a finding of one audit: grade, clause, site, statement, closure.

    Args:
        clauses: (clause node id, label) pairs to choose from, e.g.
            ("iso9001-2015:8.5", "ISO 9001:2015 8.5 Production and service provision").
        sites: the profile's sites.
        finding: the finding to edit, or a new one carrying its ``audit_id``.
    """

    def __init__(self, submit: Callable[[Finding], bool], finding: Finding,
                 clauses: Sequence[tuple[str, str]], sites: Sequence[str], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, "findingDialog", parent)
        self._finding = finding
        self.grade = QComboBox(objectName="findingGrade")
        for grade in FindingGrade:
            self.grade.addItem(grade.label.get(lang), grade.value)
        self.grade.setCurrentIndex(self.grade.findData(finding.grade.value))
        self.clause = QComboBox(objectName="findingClause")
        self.clause.addItem("", "")
        for clause_id, label in clauses:
            self.clause.addItem(label, clause_id)
        if finding.clause_id and self.clause.findData(finding.clause_id) < 0:
            self.clause.addItem(finding.clause_id, finding.clause_id)
        self.clause.setCurrentIndex(max(0, self.clause.findData(finding.clause_id)))
        self.site = QComboBox(objectName="findingSite")
        self.site.addItem("", "")
        for site in sites:
            self.site.addItem(site, site)
        if finding.site and self.site.findData(finding.site) < 0:
            self.site.addItem(finding.site, finding.site)
        self.site.setCurrentIndex(max(0, self.site.findData(finding.site)))
        self.statement = text_box("findingStatement", 110)
        self.statement.setPlainText(finding.statement)
        self.closed = OptionalDateEdit("findingClosed")
        self.closed.set_date(finding.closed_on)
        self.hint = QLabel(objectName="findingHint", wordWrap=True)
        for field in (self.grade, self.clause, self.site, self.statement, self.closed):
            self._row(field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(620, 0)
        self.retranslate()

    def record(self) -> Finding:
        """The finding as entered."""
        return Finding(id=self._finding.id, audit_id=self._finding.audit_id,
                       grade=FindingGrade(self.grade.currentData()),
                       statement=self.statement.toPlainText().strip(),
                       clause_id=self.clause.currentData() or "",
                       site=self.site.currentData() or "", closed_on=self.closed.date())

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Edit finding") if self._finding.id
                            else self.tr("New finding"))
        self._set_labels(self.tr("&Grade:"), self.tr("&Clause:"), self.tr("&Site:"),
                         self.tr("S&tatement and evidence:"), self.tr("Closed:"))
        self.clause.setItemText(0, self.tr("(no clause)"))
        self.site.setItemText(0, self.tr("(no site)"))
        self.closed.set_text(self.tr("Closed on"))
        self.hint.setText(self.tr("A nonconformity can be closed once its corrective "
                                  "action is done."))


# -- corrective action ------------------------------------------------------------------------


class CorrectiveActionDialog(RecordEditor):
    """The corrective action of a finding (ISO 9001:2015 10.2): what, who, when,
    root cause and the check of its effectiveness.

    Args:
        finding: the finding it answers (its id becomes the action's ``source_ref``).
        action: the existing action, or None to create one.
        default_title: the title proposed for a new action.
    """

    def __init__(self, submit: Callable[[Action], bool], finding: Finding,
                 action: Action | None, lang: str, default_title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, "correctiveActionDialog", parent)
        self._finding = finding
        self._action = action
        a = action or Action(0, default_title, ActionSource.FINDING, str(finding.id))
        self.finding = QLabel(finding.statement, objectName="correctiveFinding", wordWrap=True)
        self.finding.setTextFormat(Qt.TextFormat.PlainText)
        self.title = QLineEdit(a.title, objectName="correctiveTitle")
        self.owner = QLineEdit(a.owner, objectName="correctiveOwner")
        self.due = OptionalDateEdit("correctiveDue")
        self.due.set_date(a.due_on)
        self.status = QComboBox(objectName="correctiveStatus")
        for status in ActionStatus:
            self.status.addItem(status.label.get(lang), status.value)
        self.status.setCurrentIndex(self.status.findData(a.status.value))
        self.root_cause = text_box("correctiveRootCause", 72)
        self.root_cause.setPlainText(a.root_cause)
        self.effectiveness = text_box("correctiveEffectiveness", 72)
        self.effectiveness.setPlainText(a.effectiveness)
        self.checked_on = OptionalDateEdit("correctiveCheckedOn")
        self.checked_on.set_date(a.effectiveness_checked_on)
        for field in (self.finding, self.title, self.owner, self.due, self.status,
                      self.root_cause, self.effectiveness, self.checked_on):
            self._row(field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(620, 0)
        self.retranslate()

    def record(self) -> Action:
        """The action as entered, linked to the finding."""
        a = self._action
        return Action(
            id=a.id if a else 0, title=self.title.text().strip(), source=ActionSource.FINDING,
            source_ref=str(self._finding.id), owner=self.owner.text().strip(),
            due_on=self.due.date(), status=ActionStatus(self.status.currentData()),
            root_cause=self.root_cause.toPlainText().strip(),
            effectiveness=self.effectiveness.toPlainText().strip(),
            effectiveness_checked_on=self.checked_on.date(),
            created_on=a.created_on if a else None, closed_on=a.closed_on if a else None)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Corrective action"))
        self._set_labels(self.tr("Finding:"), self.tr("&Action:"), self.tr("&Owner:"),
                         self.tr("Due:"), self.tr("&Status:"), self.tr("&Root cause:"),
                         self.tr("&Effectiveness check:"), self.tr("Checked:"))
        self.due.set_text(self.tr("Due by"))
        self.checked_on.set_text(self.tr("Checked on"))
        self.root_cause.setPlaceholderText(self.tr("Why it happened (e.g. 5 whys)"))
        self.effectiveness.setPlaceholderText(
            self.tr("How you checked that it does not recur, and the result"))
