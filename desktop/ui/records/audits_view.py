"""Internal audits: the audit programmes, the audits with their coverage, and findings
with their corrective actions (ISO 9001:2015 9.2 and 10.2; ISO 14001:2015 and
ISO 45001:2018 9.2 and 10.2).

The panel re-reads the records when it is handed an assessment (after every
change that may affect it) and shows the auditor independence warnings the
assessment found. Every change runs a record service through
:meth:`ProjectActions.change_records`; editors are modeless for the caller
(``open()``), so tests can fill and accept them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import (
    Action,
    ActionSource,
    AuditProgramme,
    Finding,
    FindingGrade,
    InternalAudit,
)
from desktop.services import records as record_service
from desktop.services.changes import Changes
from desktop.ui.checklist.clause_tree import clause_choices, clause_label
from desktop.ui.records.audit_dialogs import AuditDialog, ProgrammeDialog
from desktop.ui.records.audit_kit_ui import AuditKitControls
from desktop.ui.records.finding_dialogs import CorrectiveActionDialog, FindingDialog
from desktop.ui.records.record_widgets import (
    configure_table,
    fit_columns,
    select_row,
    selected_record_id,
    table_box,
)
from desktop.ui.records.records_model import (
    AuditColumn,
    AuditRow,
    AuditsModel,
    FindingColumn,
    FindingsModel,
    ProgrammeColumn,
    ProgrammesModel,
    first_line,
)
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg

if TYPE_CHECKING:
    from desktop.services.assessment import Assessment


class AuditsPanel(QWidget):
    """Audit programmes, internal audits and the findings of the selected audit."""

    def __init__(self, ctx: AppContext, actions: ProjectActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditsPanel")
        self._ctx = ctx
        self._actions = actions
        self._programmes: list[AuditProgramme] = []
        self._audits: list[InternalAudit] = []
        self._findings: list[Finding] = []
        self._corrective: list[Action] = []
        self._assessment: Assessment | None = None

        self.programme_model = ProgrammesModel(self)
        self.programme_table = QTableView()
        self.programme_table.setModel(self.programme_model)
        configure_table(self.programme_table, "programmesTable", stretch=ProgrammeColumn.NOTES)
        self.programme_table.setMaximumHeight(84)  # a header and two rows; it scrolls
        self.new_programme_button = QPushButton(objectName="newProgrammeButton")
        self.edit_programme_button = QPushButton(objectName="editProgrammeButton")
        self.delete_programme_button = QPushButton(objectName="deleteProgrammeButton")
        self.programme_box = table_box("programmesBox", self.programme_table,
                                       self.new_programme_button, self.edit_programme_button,
                                       self.delete_programme_button)

        self.independence = QLabel(objectName="independenceWarnings", wordWrap=True)
        self.independence.setTextFormat(Qt.TextFormat.PlainText)
        self.independence.setStyleSheet("QLabel { background: #fff4e5; color: #7a4a00; "
                                        "border: 1px solid #e0a040; padding: 4px; }")
        self.independence.hide()

        self.audit_model = AuditsModel(self)
        self.audit_table = QTableView()
        self.audit_table.setModel(self.audit_model)
        configure_table(self.audit_table, "auditsTable", stretch=AuditColumn.TITLE)
        self.new_audit_button = QPushButton(objectName="newAuditButton")
        self.edit_audit_button = QPushButton(objectName="editAuditButton")
        self.delete_audit_button = QPushButton(objectName="deleteAuditButton")
        audits_page = QWidget()
        audits_layout = QVBoxLayout(audits_page)
        audits_layout.setContentsMargins(0, 0, 0, 0)
        audits_layout.addWidget(self.independence)
        self.kit = AuditKitControls(ctx, actions, self.selected_audit_id, self)
        self.audit_box = table_box("auditsBox", self.audit_table, self.new_audit_button,
                                   self.edit_audit_button, self.delete_audit_button,
                                   self.kit)
        audits_layout.addWidget(self.audit_box)

        self.finding_model = FindingsModel(self)
        self.finding_table = QTableView()
        self.finding_table.setModel(self.finding_model)
        configure_table(self.finding_table, "findingsTable", stretch=FindingColumn.STATEMENT)
        self.new_finding_button = QPushButton(objectName="newFindingButton")
        self.edit_finding_button = QPushButton(objectName="editFindingButton")
        self.delete_finding_button = QPushButton(objectName="deleteFindingButton")
        self.corrective_button = QPushButton(objectName="correctiveActionButton")
        self.finding_box = table_box("findingsBox", self.finding_table, self.new_finding_button,
                                     self.edit_finding_button, self.delete_finding_button,
                                     self.corrective_button)

        splitter = QSplitter(Qt.Orientation.Vertical, objectName="auditsSplitter")
        splitter.addWidget(self.programme_box)
        splitter.addWidget(audits_page)
        splitter.addWidget(self.finding_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter, 1)

        self.new_programme_button.clicked.connect(lambda _checked=False: self.new_programme())
        self.edit_programme_button.clicked.connect(lambda _checked=False: self.edit_programme())
        self.delete_programme_button.clicked.connect(self.delete_programme)
        self.new_audit_button.clicked.connect(lambda _checked=False: self.new_audit())
        self.edit_audit_button.clicked.connect(lambda _checked=False: self.edit_audit())
        self.delete_audit_button.clicked.connect(self.delete_audit)
        self.new_finding_button.clicked.connect(lambda _checked=False: self.new_finding())
        self.edit_finding_button.clicked.connect(lambda _checked=False: self.edit_finding())
        self.delete_finding_button.clicked.connect(self.delete_finding)
        self.corrective_button.clicked.connect(lambda _checked=False: self.corrective_action())
        self.programme_table.doubleClicked.connect(lambda _i: self.edit_programme())
        self.audit_table.doubleClicked.connect(lambda _i: self.edit_audit())
        self.finding_table.doubleClicked.connect(lambda _i: self.edit_finding())
        self.programme_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.audit_table.selectionModel().selectionChanged.connect(self._on_audit_selected)
        self.finding_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.language.changed.connect(lambda _lang: self._fill())
        self.retranslate()
        self.show_assessment(None)

    # -- showing -----------------------------------------------------------------------

    def show_assessment(self, assessment: Assessment | None) -> None:
        """Show the open project's audit records and the independence warnings of ``assessment``.

        None (no project open) empties the tables and disables editing.
        """
        session = self._actions.session
        self._assessment = assessment if session is not None else None
        if session is None or assessment is None:
            self._programmes, self._audits, self._findings, self._corrective = [], [], [], []
        else:
            records = session.store.records
            self._programmes = records.programmes()
            self._audits = records.audits()
            self._findings = records.findings()
            self._corrective = [a for a in assessment.actions
                                if a.source is ActionSource.FINDING]
        self._fill()

    def _fill(self) -> None:
        lang = self._ctx.content_lang
        programme_id = selected_record_id(self.programme_table)
        audit_id = self.selected_audit_id()
        finding_id = selected_record_id(self.finding_table)
        self.programme_model.set_programmes(self._programmes, lang)
        rows = []
        for audit in self._audits:
            own = [f for f in self._findings if f.audit_id == audit.id]
            rows.append(AuditRow(audit, len(own), sum(1 for f in own if f.is_open)))
        self.audit_model.set_audits(rows, lang)
        warnings = self._assessment.independence if self._assessment else ()
        self.independence.setText("\n".join(f"⚠ {w.get(lang)}" for w in warnings))
        self.independence.setVisible(bool(warnings))
        select_row(self.programme_table, self.programme_model.row_of(programme_id or -1))
        row = self.audit_model.row_of(audit_id if audit_id is not None else -1)
        select_row(self.audit_table, row if row >= 0 else len(rows) - 1)  # else the latest
        self._fill_findings()
        select_row(self.finding_table, self.finding_model.row_of(finding_id or -1))
        for table in (self.programme_table, self.audit_table, self.finding_table):
            fit_columns(table)
        self.setEnabled(self._assessment is not None)
        self._update_buttons()

    def _fill_findings(self) -> None:
        audit_id = self.selected_audit_id()
        own = [f for f in self._findings if f.audit_id == audit_id]
        actions = {f.id: a for f in own if (a := self.corrective_action_of(f.id)) is not None}
        today = self._assessment.today if self._assessment else None
        self.finding_model.set_findings(own, self._ctx.content_lang, self._clause_label,
                                        actions, today)

    def _on_audit_selected(self, *_args: Any) -> None:
        self._fill_findings()
        self._update_buttons()

    def selected_audit_id(self) -> int | None:
        """The id of the audit selected in the table, if any."""
        return selected_record_id(self.audit_table)

    def select_audit(self, audit_id: int) -> bool:
        """Select audit ``audit_id`` (its findings are shown); False when not listed."""
        row = self.audit_model.row_of(audit_id)
        select_row(self.audit_table, row)
        return row >= 0

    def select_finding(self, finding_id: int) -> bool:
        """Select a finding of the selected audit; False when not listed."""
        row = self.finding_model.row_of(finding_id)
        select_row(self.finding_table, row)
        return row >= 0

    def _clause_label(self, clause_id: str) -> str:
        session = self._actions.session
        return clause_label(session.catalog, clause_id) if session else clause_id

    def _update_buttons(self, *_args: Any) -> None:
        has_programme = selected_record_id(self.programme_table) is not None
        has_audit = self.selected_audit_id() is not None
        finding = self._selected_finding()
        self.edit_programme_button.setEnabled(has_programme)
        self.delete_programme_button.setEnabled(has_programme)
        self.edit_audit_button.setEnabled(has_audit)
        self.kit.set_enabled(has_audit)
        self.delete_audit_button.setEnabled(has_audit)
        self.new_finding_button.setEnabled(has_audit)
        self.edit_finding_button.setEnabled(finding is not None)
        self.delete_finding_button.setEnabled(finding is not None)
        self.corrective_button.setEnabled(finding is not None)

    def _selected_finding(self) -> Finding | None:
        finding_id = selected_record_id(self.finding_table)
        return next((f for f in self._findings if f.id == finding_id), None)

    # -- running services ------------------------------------------------------------------

    def _saver(self, service: Callable[..., Changes],
               then: Callable[[int], Any] | None = None) -> Callable[[Any], bool]:
        def submit(record: Any) -> bool:
            changes = self._actions.change_records(service, record)
            if changes is None:
                return False
            if then is not None and changes.record_id is not None:
                then(changes.record_id)
            return True
        return submit

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _delete(self, service: Callable[..., Changes], record_id: int | None,
                question: str) -> bool:
        if record_id is None:
            return False
        if not self._ctx.errors.confirm(self.tr("Delete"), question, self):
            return False
        return self._actions.change_records(service, record_id) is not None

    # -- programmes ------------------------------------------------------------------------

    def new_programme(self) -> ProgrammeDialog:
        """Open the editor for a new audit programme."""
        return self._open(ProgrammeDialog(self._saver(record_service.save_programme),
                                          parent=self))  # type: ignore[return-value]

    def edit_programme(self) -> ProgrammeDialog | None:
        """Open the editor on the selected programme (None when none is selected)."""
        programme_id = selected_record_id(self.programme_table)
        programme = next((p for p in self._programmes if p.id == programme_id), None)
        if programme is None:
            return None
        return self._open(ProgrammeDialog(self._saver(record_service.save_programme),
                                          programme, parent=self))  # type: ignore[return-value]

    def delete_programme(self) -> bool:
        """Ask, then delete the selected programme (its audits stay, without a programme)."""
        programme_id = selected_record_id(self.programme_table)
        programme = next((p for p in self._programmes if p.id == programme_id), None)
        if programme is None:
            return False
        return self._delete(record_service.delete_programme, programme.id, arg(
            self.tr('Delete the audit programme "%1"? Its audits are kept.'), programme.title))

    # -- audits ----------------------------------------------------------------------------

    def _audit_dialog(self, audit: InternalAudit | None) -> AuditDialog:
        session = self._actions.session
        assert session is not None
        dialog = AuditDialog(self._saver(record_service.save_audit, self.select_audit),
                             session.standards(), session.store.profile().sites,
                             self._programmes, self._ctx.content_lang, audit, parent=self)
        self._open(dialog)
        return dialog

    def new_audit(self) -> AuditDialog | None:
        """Open the editor for a new internal audit (None without a project)."""
        if self._actions.session is None:
            return None
        return self._audit_dialog(None)

    def edit_audit(self) -> AuditDialog | None:
        """Open the editor on the selected audit (None when none is selected)."""
        audit_id = self.selected_audit_id()
        audit = next((a for a in self._audits if a.id == audit_id), None)
        if audit is None or self._actions.session is None:
            return None
        return self._audit_dialog(audit)

    def delete_audit(self) -> bool:
        """Ask, then delete the selected audit and its findings."""
        audit_id = self.selected_audit_id()
        audit = next((a for a in self._audits if a.id == audit_id), None)
        if audit is None:
            return False
        count = sum(1 for f in self._findings if f.audit_id == audit.id)
        question = arg(self.tr('Delete the internal audit "%1"?'), audit.title)
        if count:
            question += "\n\n" + self.tr("Its %n finding(s) will be deleted too.", "", count)
        return self._delete(record_service.delete_audit, audit.id, question)

    # -- findings --------------------------------------------------------------------------

    def _finding_dialog(self, finding: Finding) -> FindingDialog:
        session = self._actions.session
        assert session is not None
        lang = self._ctx.content_lang
        dialog = FindingDialog(self._saver(record_service.save_finding, self.select_finding),
                               finding, clause_choices(session.standards(), lang),
                               session.store.profile().sites, lang, parent=self)
        self._open(dialog)
        return dialog

    def new_finding(self) -> FindingDialog | None:
        """Open the editor for a new finding of the selected audit (None when none is selected)."""
        audit_id = self.selected_audit_id()
        if audit_id is None or self._actions.session is None:
            return None
        return self._finding_dialog(Finding(0, audit_id, FindingGrade.MINOR, ""))

    def edit_finding(self) -> FindingDialog | None:
        """Open the editor on the selected finding."""
        finding = self._selected_finding()
        if finding is None or self._actions.session is None:
            return None
        return self._finding_dialog(finding)

    def delete_finding(self) -> bool:
        """Ask, then delete the selected finding."""
        finding = self._selected_finding()
        if finding is None:
            return False
        return self._delete(record_service.delete_finding, finding.id, arg(
            self.tr('Delete the finding "%1"?'), first_line(finding.statement)))

    def corrective_action_of(self, finding_id: int) -> Action | None:
        """The corrective action recorded for a finding (the first if several)."""
        return next((a for a in self._corrective if a.source_ref == str(finding_id)), None)

    def corrective_action(self) -> CorrectiveActionDialog | None:
        """Open the corrective action of the selected finding, creating one when it has none."""
        finding = self._selected_finding()
        if finding is None:
            return None
        default = arg(self.tr("Correct: %1"), first_line(finding.statement))
        dialog = CorrectiveActionDialog(self._saver(record_service.save_action), finding,
                                        self.corrective_action_of(finding.id),
                                        self._ctx.content_lang, default, parent=self)
        self._open(dialog)
        return dialog

    # -- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.programme_box.setTitle(self.tr("Internal audit programmes"))
        self.audit_box.setTitle(self.tr("Internal audits"))
        self.finding_box.setTitle(self.tr("Findings of the selected audit"))
        self.new_programme_button.setText(self.tr("New programme…"))
        self.edit_programme_button.setText(self.tr("Edit…"))
        self.delete_programme_button.setText(self.tr("Delete"))
        self.new_audit_button.setText(self.tr("New audit…"))
        self.edit_audit_button.setText(self.tr("Edit…"))
        self.delete_audit_button.setText(self.tr("Delete"))
        self.new_finding_button.setText(self.tr("New finding…"))
        self.edit_finding_button.setText(self.tr("Edit…"))
        self.delete_finding_button.setText(self.tr("Delete"))
        self.corrective_button.setText(self.tr("Corrective action…"))
        self.audit_table.setAccessibleName(self.tr("Internal audits"))
        self.finding_table.setAccessibleName(self.tr("Findings of the selected audit"))
        for model in (self.programme_model, self.audit_model, self.finding_model):
            model.retranslate()
