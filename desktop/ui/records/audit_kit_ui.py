"""The audits view's internal-audit kit: "Audit kit…" writes the programme, plan and
department checklists of the selected audit into a folder; "Checklist result…" records
what was found on one checklist line (coverage, and a finding with its department).

Recording a result is one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.domain.audit_kit import ChecklistLine
from desktop.domain.records import FindingGrade
from desktop.services.audits import kit as kit_service
from desktop.services.changes import Changes
from desktop.services.departments.matrix import list_departments
from desktop.ui.records.kit_jobs import run_export
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg
from desktop.ui.shell.undo import ServiceCommand
from desktop.ui.shell.workers import Task

CONFORMS = ""
"""The result combo's value for a line that conformed (no finding)."""


class ChecklistResultDialog(QDialog):
    """Pick a department, one of its checklist lines and the site; give the result.

    Args:
        submit: called with (clause id, department id, site, grade or None,
            statement); True closes the dialog.
        lines_of: department id → its checklist lines.
        departments: (id, name, sites) of each department; choosing one selects
            its first site.
        sites: the company's sites (``("",)`` when it names none).
        lang: "zh" or "en" for the questions.
    """

    def __init__(self, submit: Callable[[str, str, str, FindingGrade | None, str], bool],
                 lines_of: Callable[[str], tuple[ChecklistLine, ...]],
                 departments: list[tuple[str, str, tuple[str, ...]]], sites: tuple[str, ...],
                 lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistResultDialog")
        self._submit = submit
        self._lines_of = lines_of
        self._lang = lang
        self.department = QComboBox(objectName="resultDepartment")
        self._sites_of = {dept_id: dept_sites for dept_id, _name, dept_sites in departments}
        for dept_id, name, _sites in departments:
            self.department.addItem(name, dept_id)
        self.line = QComboBox(objectName="resultLine")
        self.site = QComboBox(objectName="resultSite")
        for site in sites:
            self.site.addItem(site or "—", site)
        self.result = QComboBox(objectName="resultGrade")
        self.statement = QPlainTextEdit(objectName="resultStatement")
        self.form = QFormLayout(self)
        self._labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self._labels, (self.department, self.line, self.site,
                                                self.result, self.statement), strict=True):
            self.form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.form.addRow(self.buttons)
        self.department.currentIndexChanged.connect(lambda _i: self._fill_lines())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._fill_lines()
        self.retranslate()
        self.resize(680, 360)

    def _fill_lines(self) -> None:
        self.line.clear()
        dept_id = self.department.currentData()
        if dept_id is None:
            return
        for line in self._lines_of(dept_id):
            self.line.addItem(f"{line.clause} — {line.question.get(self._lang)}", line.clause_id)
        own = self._sites_of.get(dept_id, ())
        if own and self.site.findData(own[0]) >= 0:
            self.site.setCurrentIndex(self.site.findData(own[0]))

    def save(self) -> bool:
        """Submit the result; close when recorded."""
        grade_value = self.result.currentData()
        grade = FindingGrade(grade_value) if grade_value else None
        if self._submit(self.line.currentData() or "", self.department.currentData() or "",
                        self.site.currentData() or "", grade, self.statement.toPlainText()):
            self.accept()
            return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Checklist result"))
        texts = (self.tr("Department:"), self.tr("Checklist line:"), self.tr("Site:"),
                 self.tr("Result:"), self.tr("Finding and evidence:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        current = self.result.currentIndex()
        self.result.clear()
        self.result.addItem(self.tr("Conforms (no finding)"), CONFORMS)
        names = {FindingGrade.MAJOR: self.tr("Major nonconformity"),
                 FindingGrade.MINOR: self.tr("Minor nonconformity"),
                 FindingGrade.OBSERVATION: self.tr("Observation"),
                 FindingGrade.IMPROVEMENT: self.tr("Opportunity for improvement")}
        for grade, name in names.items():
            self.result.addItem(name, grade.value)
        self.result.setCurrentIndex(max(0, current))


class AuditKitControls(QWidget):
    """The two buttons acting on the audit ``selected()`` returns (its id).

    Signals:
        exported(object): the files written (a tuple of :class:`~pathlib.Path`).
    """

    exported = Signal(object)

    def __init__(self, ctx: AppContext, actions: ProjectActions,
                 selected: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actions = actions
        self._selected = selected
        self.kit_button = QPushButton(objectName="auditKitButton")
        self.result_button = QPushButton(objectName="checklistResultButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kit_button)
        layout.addWidget(self.result_button)
        self.kit_button.clicked.connect(lambda _c=False: self.export_kit())
        self.result_button.clicked.connect(lambda _c=False: self.record_result())
        self.retranslate()
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        """Enable the buttons when an audit is selected."""
        self.kit_button.setEnabled(enabled)
        self.result_button.setEnabled(enabled)

    def export_kit(self, folder: Path | None = None) -> Task | None:
        """Ask for a folder (unless given), then write the kit of the selected audit in the
        content language, on the worker."""
        session = self._actions.session
        audit_id = self._selected()
        if session is None or audit_id is None:
            return None
        if folder is None:
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the internal audit kit"), str(session.path.parent))
            if not name:
                return None
            folder = Path(name)
        lang = "zh" if self._ctx.content_lang == "zh" else "en"
        target = folder

        def job() -> tuple[Path, ...]:
            return kit_service.export_audit_kit(session, audit_id, target, lang)

        def done(files: object) -> None:
            self._ctx.errors.info(self.tr("Internal audit kit"),
                                  arg(self.tr("Saved in %1"), str(target)), self)
            self.exported.emit(files)

        return run_export(self._ctx, self._actions, self, job,
                          self.tr("Writing the internal audit kit…"), done)

    def _record(self, audit_id: int, clause_id: str, dept_id: str, site: str,
                grade: FindingGrade | None, statement: str) -> Changes | None:
        session = self._actions.session
        if session is None:
            return None
        before = next(a for a in session.store.records.audits() if a.id == audit_id)
        changes = self._actions.change_records(kit_service.record_checklist_result, audit_id,
                                               clause_id, dept_id, site, grade, statement)
        if changes is None:
            return None
        made = [changes.record_id if grade is not None else None]

        def redo() -> Changes | None:
            done = self._actions.change_records(kit_service.record_checklist_result, audit_id,
                                                clause_id, dept_id, site, grade, statement)
            if done is not None:
                made[0] = done.record_id if grade is not None else None
            return done

        def undo() -> Changes | None:
            return self._actions.change_records(kit_service.undo_checklist_result, before,
                                                made[0])

        self._actions.undo_stack.push(ServiceCommand(
            self.tr("Record a checklist result"), redo, undo))
        return changes

    def record_result(self) -> ChecklistResultDialog | None:
        """Open the checklist result dialog for the selected audit."""
        session = self._actions.session
        audit_id = self._selected()
        if session is None or audit_id is None:
            return None
        departments = [(d.id, d.name, d.sites) for d in list_departments(session)]
        sites = session.store.profile().sites or ("",)
        dialog = ChecklistResultDialog(
            lambda c, d, s, g, t: self._record(audit_id, c, d, s, g, t) is not None,
            lambda dept_id: kit_service.checklist_lines(session, audit_id, dept_id),
            departments, tuple(sites), self._ctx.content_lang, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.kit_button.setText(self.tr("Audit kit…"))
        self.kit_button.setToolTip(self.tr(
            "Annual programme, audit plan and one checklist per audited department, "
            "as PDF and a workbook"))
        self.result_button.setText(self.tr("Checklist result…"))
