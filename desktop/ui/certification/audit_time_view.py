"""The certification audit-time estimate: its inputs and every step of the calculation.

Inputs (staff, part-time hours, a complexity per system, integration, sites,
adjustment factors) are stored in the project as the setting ``"audit_time"``
(``AuditTimeInputs.to_json()``) each time one changes; the estimate itself is
:func:`desktop.domain.audit_time.estimate_audit_time` (IAF MD 5:2019, IAF MD 11,
IAF MD 1), shown with its worked steps and, prominently, its disclaimer: the
certification body sets the audit time in its contract.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.audit_time import (
    FAMILY_SYSTEM,
    SYSTEM_COMPLEXITIES,
    Adjustment,
    AuditTimeEstimate,
    AuditTimeInputs,
    Complexity,
    System,
    estimate_audit_time,
    inputs_from_project,
)
from desktop.services import records as record_service
from desktop.ui.certification.audit_time_model import StepColumn, StepsModel, days_text
from desktop.ui.models.editable import EditableRowsModel
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg

if TYPE_CHECKING:
    from desktop.services.assessment import Assessment

AUDIT_TIME_KEY = "audit_time"
"""The project setting holding the inputs (``desktop.services.assessment.AUDIT_TIME_KEY``)."""


class PercentDelegate(QStyledItemDelegate):
    """Edits a signed percentage (-100 to +100) with a spin box."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        """A spin box with one decimal and a "%" suffix."""
        editor = QDoubleSpinBox(parent)
        editor.setRange(-100.0, 100.0)
        editor.setDecimals(1)
        editor.setSuffix(" %")
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        """Store the spin box's value."""
        assert isinstance(editor, QDoubleSpinBox)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class AuditTimePanel(QWidget):
    """Audit-time inputs on the left, the estimate and its worked steps on the right."""

    def __init__(self, ctx: AppContext, actions: ProjectActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditTimePanel")
        self._ctx = ctx
        self._actions = actions
        self._loading = False
        self._saved: AuditTimeInputs | None = None
        self._systems: list[System] = []
        self._estimate: AuditTimeEstimate | None = None
        self._error = ""

        self.full_time = self._spin("atFullTime", 0, 1_000_000)
        self.part_time = self._spin("atPartTime", 0, 1_000_000)
        self.part_time_hours = QDoubleSpinBox(objectName="atPartTimeHours")
        self.full_time_hours = QDoubleSpinBox(objectName="atFullTimeHours")
        for box in (self.part_time_hours, self.full_time_hours):
            box.setRange(0.0, 168.0)
            box.setDecimals(1)
            box.setKeyboardTracking(False)
        self.integration = self._spin("atIntegration", 0, 100)
        self.integration.setSuffix(" %")
        self.sites = self._spin("atSites", 1, 10_000)
        self.complexity: dict[System, QComboBox] = {}
        self.adjustments = EditableRowsModel(self._adjustment_headers, ("", 0.0), self)
        self.adjustment_table = QTableView(objectName="atAdjustmentsTable")
        self.adjustment_table.setModel(self.adjustments)
        self.adjustment_table.setItemDelegateForColumn(1, PercentDelegate(self.adjustment_table))
        self.adjustment_table.verticalHeader().hide()
        self.adjustment_table.setSelectionBehavior(
            QAbstractItemView.SelectionBehavior.SelectRows)
        self.adjustment_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.adjustment_table.setMinimumHeight(90)
        self.add_adjustment = QPushButton(objectName="atAddAdjustment")
        self.remove_adjustment = QPushButton(objectName="atRemoveAdjustment")
        self.from_profile = QPushButton(objectName="atFromProfile")
        adjust_buttons = QHBoxLayout()
        adjust_buttons.addWidget(self.add_adjustment)
        adjust_buttons.addWidget(self.remove_adjustment)
        adjust_buttons.addStretch(1)
        self.inputs_form = QFormLayout()
        self._labels = [QLabel() for _ in range(6)]
        for label, field in zip(self._labels, (
                self.full_time, self.part_time, self.part_time_hours, self.full_time_hours,
                self.integration, self.sites), strict=True):
            label.setBuddy(field)
            self.inputs_form.addRow(label, field)
        self.adjust_label = QLabel(wordWrap=True)
        self.inputs_box = QGroupBox(objectName="atInputsBox")
        inputs_layout = QVBoxLayout(self.inputs_box)
        inputs_layout.addLayout(self.inputs_form)
        inputs_layout.addWidget(self.adjust_label)
        inputs_layout.addWidget(self.adjustment_table, 1)
        inputs_layout.addLayout(adjust_buttons)
        inputs_layout.addWidget(self.from_profile, 0, Qt.AlignmentFlag.AlignLeft)

        self.disclaimer = QLabel(objectName="atDisclaimer", wordWrap=True)
        self.disclaimer.setTextFormat(Qt.TextFormat.PlainText)
        self.disclaimer.setStyleSheet("QLabel { background: #fff4e5; color: #5c3b00; "
                                      "border: 1px solid #e0a040; padding: 6px; "
                                      "font-weight: bold; }")
        self.error = QLabel(objectName="atError", wordWrap=True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("QLabel { color: #b71c1c; font-weight: bold; }")
        self.figures = {name: QLabel(objectName=f"at{name}") for name in (
            "Effective", "PerSystem", "Initial", "Surveillance", "Recertification", "Sampled")}
        for label in self.figures.values():
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.results_form = QFormLayout()
        self._result_labels = [QLabel() for _ in self.figures]
        for label, field in zip(self._result_labels, self.figures.values(), strict=True):
            self.results_form.addRow(label, field)
        self.steps = StepsModel(self)
        self.step_table = QTableView(objectName="atStepsTable")
        self.step_table.setModel(self.steps)
        self.step_table.verticalHeader().hide()
        self.step_table.setWordWrap(True)
        self.step_table.setAlternatingRowColors(True)
        self.step_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.step_table.horizontalHeader()
        header.setSectionResizeMode(StepColumn.TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(StepColumn.DETAIL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(StepColumn.DAYS, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(StepColumn.TITLE, 200)
        self.step_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.results_box = QGroupBox(objectName="atResultsBox")
        results_layout = QVBoxLayout(self.results_box)
        results_layout.addWidget(self.disclaimer)
        results_layout.addWidget(self.error)
        results_layout.addLayout(self.results_form)
        results_layout.addWidget(self.step_table, 1)

        layout = QHBoxLayout(self)
        layout.addWidget(self.inputs_box, 2)
        layout.addWidget(self.results_box, 5)

        for spin in (self.full_time, self.part_time, self.integration, self.sites):
            spin.valueChanged.connect(self._on_input)
        for box in (self.part_time_hours, self.full_time_hours):
            box.valueChanged.connect(self._on_input)
        self.adjustments.dataChanged.connect(self._on_input)
        self.adjustments.rowsRemoved.connect(self._on_input)
        self.add_adjustment.clicked.connect(self._on_add_adjustment)
        self.remove_adjustment.clicked.connect(self._on_remove_adjustment)
        self.from_profile.clicked.connect(self.reset_from_profile)
        ctx.language.changed.connect(self._on_language)
        self.retranslate()
        self.show_assessment(None)

    @staticmethod
    def _spin(name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(objectName=name)
        spin.setRange(low, high)
        spin.setKeyboardTracking(False)  # one change per finished edit, not per keystroke
        return spin

    def _adjustment_headers(self) -> tuple[str, ...]:
        return (self.tr("Factor"), self.tr("Change (%)"))

    # -- showing -----------------------------------------------------------------------

    def show_assessment(self, assessment: Assessment | None) -> None:
        """Show the inputs in force and their estimate (None: no project, editing disabled)."""
        session = self._actions.session
        if session is None or assessment is None:
            self._saved, self._estimate, self._error = None, None, ""
            self.setEnabled(False)
            self._show_estimate()
            return
        self.setEnabled(True)
        systems = [FAMILY_SYSTEM[s.family] for s in session.standards()
                   if s.family in FAMILY_SYSTEM]
        inputs = assessment.audit_time_inputs
        self._saved = inputs
        if inputs != self._safe_inputs() or systems != self._systems:
            self._set_form(inputs, systems)
        self._estimate = assessment.audit_time
        error = assessment.audit_time_error
        self._error = error.get(self._ctx.content_lang) if error is not None else ""
        self._show_estimate()

    def _safe_inputs(self) -> AuditTimeInputs | None:
        try:
            return self.inputs()
        except ValueError:
            return None

    def _set_form(self, inputs: AuditTimeInputs, systems: list[System]) -> None:
        self._loading = True
        try:
            self.full_time.setValue(inputs.full_time)
            self.part_time.setValue(inputs.part_time)
            self.part_time_hours.setValue(inputs.part_time_hours)
            self.full_time_hours.setValue(inputs.full_time_hours)
            self.integration.setValue(round(inputs.integration_percent))
            self.sites.setValue(inputs.sites)
            self.adjustments.set_values([(a.label, a.percent) for a in inputs.adjustments])
            self._build_complexity(systems, dict(inputs.systems))
        finally:
            self._loading = False
        self.integration.setEnabled(len(self._systems) > 1)

    def _build_complexity(self, systems: list[System], chosen: dict[System, Complexity]) -> None:
        while self.inputs_form.rowCount() > len(self._labels):
            self.inputs_form.removeRow(len(self._labels))
        self.complexity = {}
        self._systems = list(systems)
        lang = self._ctx.content_lang
        for system in systems:
            combo = QComboBox(objectName=f"atComplexity_{system.value}")
            for complexity in SYSTEM_COMPLEXITIES[system]:
                combo.addItem(complexity.label.get(lang), complexity.value)
            index = combo.findData(chosen.get(system, Complexity.MEDIUM).value)
            combo.setCurrentIndex(max(0, index))
            combo.setEnabled(combo.count() > 1)
            combo.currentIndexChanged.connect(self._on_input)
            self.inputs_form.addRow(self._complexity_label(system), combo)
            self.complexity[system] = combo

    def _complexity_label(self, system: System) -> str:
        name = system.label.get(self._ctx.content_lang).replace("&", "&&")  # not a mnemonic
        return arg(self.tr("Complexity, %1:"), name)

    def inputs(self) -> AuditTimeInputs:
        """The inputs as the form shows them (adjustment rows without a label are left out)."""
        return AuditTimeInputs(
            full_time=self.full_time.value(), part_time=self.part_time.value(),
            part_time_hours=self.part_time_hours.value(),
            full_time_hours=self.full_time_hours.value(),
            systems=tuple((system, Complexity(self.complexity[system].currentData()))
                          for system in self._systems),
            adjustments=tuple(Adjustment(label, percent)
                              for label, percent in self.adjustments.values() if label.strip()),
            integration_percent=float(self.integration.value()), sites=self.sites.value())

    def _show_estimate(self) -> None:
        lang = self._ctx.content_lang
        estimate = self._estimate
        self.error.setText(self._error)
        self.error.setVisible(bool(self._error))
        self.disclaimer.setText("⚠ " + (estimate.disclaimer.get(lang) if estimate else self.tr(
            "This is an estimate for budgeting; the certification body sets the audit time "
            "in its contract.")))
        self.steps.set_steps(estimate.steps if estimate else (), lang)
        if estimate is None:
            for label in self.figures.values():
                label.setText("—")
            return
        self.figures["Effective"].setText(str(estimate.effective_personnel))
        self.figures["PerSystem"].setText("\n".join(
            arg(self.tr("%1: %2 auditor-days"), system.label.get(lang), days_text(days))
            for system, days in estimate.per_system))
        self.figures["Initial"].setText(arg(self.tr("%1 auditor-days (stage 1 + stage 2)"),
                                            days_text(estimate.initial_days)))
        self.figures["Surveillance"].setText(arg(self.tr("%1 auditor-days per audit"),
                                                 days_text(estimate.surveillance_days)))
        self.figures["Recertification"].setText(arg(self.tr("%1 auditor-days"),
                                                    days_text(estimate.recertification_days)))
        sites = self._saved.sites if self._saved else self.sites.value()
        self.figures["Sampled"].setText(arg(self.tr("%1 of %n site(s) at the initial audit",
                                                    "", sites), estimate.sampled_sites))

    # -- editing ---------------------------------------------------------------------------

    def _on_input(self, *_args: Any) -> None:
        if self._loading or self._actions.session is None:
            return
        self.integration.setEnabled(len(self._systems) > 1)
        inputs = self.inputs()
        if inputs == self._saved:
            return
        if self.save(inputs) and self._saved != inputs:
            # The window did not hand a new assessment back: show the estimate ourselves.
            self._saved = inputs
            try:
                self._estimate, self._error = estimate_audit_time(inputs), ""
            except ValueError as exc:
                self._estimate, self._error = None, str(exc)
            self._show_estimate()

    def save(self, inputs: AuditTimeInputs) -> bool:
        """Store ``inputs`` as the project's audit-time setting; False if refused."""
        return self._actions.change_records(record_service.save_setting, AUDIT_TIME_KEY,
                                            inputs.to_json()) is not None

    def _on_add_adjustment(self) -> None:
        row = self.adjustments.add_row()
        index = self.adjustments.index(row, 0)
        self.adjustment_table.setCurrentIndex(index)
        self.adjustment_table.edit(index)

    def _on_remove_adjustment(self) -> None:
        self.adjustments.remove_row(self.adjustment_table.currentIndex().row())

    def reset_from_profile(self) -> None:
        """Start again from the company profile: headcount all full time, its sites, medium."""
        session = self._actions.session
        if session is None:
            return
        profile = session.store.profile()
        inputs = inputs_from_project(max(0, profile.headcount), max(1, len(profile.sites)),
                                     [s.family for s in session.standards()])
        self._set_form(inputs, [s for s, _c in inputs.systems])
        self._on_input()

    # -- language ---------------------------------------------------------------------------

    def _on_language(self, _ui_lang: str) -> None:
        """Complexity words and the estimate's texts follow the content language."""
        chosen = {s: Complexity(c.currentData()) for s, c in self.complexity.items()}
        self._loading = True
        try:
            self._build_complexity(list(self._systems), chosen)
        finally:
            self._loading = False
        self._show_estimate()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.inputs_box.setTitle(self.tr("Inputs"))
        self.results_box.setTitle(self.tr("Estimated certification audit time"))
        texts = (self.tr("Full-time staff:"), self.tr("Part-time staff:"),
                 self.tr("Part-time hours per week:"), self.tr("Full-time hours per week:"),
                 self.tr("Integration of the systems:"), self.tr("Sites in the scope:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.full_time.setToolTip(self.tr("Everyone in the scope, all shifts"))
        self.integration.setToolTip(self.tr(
            "How far one integrated system serves all standards (IAF MD 11): 100 % gives "
            "the full 20 % reduction."))
        self.adjust_label.setText(self.tr("Adjustment factors (e.g. +10 % several buildings, "
                                          "-10 % no design):"))
        self.add_adjustment.setText(self.tr("Add factor"))
        self.remove_adjustment.setText(self.tr("Remove"))
        self.from_profile.setText(self.tr("Reset from the company profile"))
        for n, system in enumerate(self._systems, start=len(self._labels)):
            label = self.inputs_form.itemAt(n, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setText(self._complexity_label(system))
        result_texts = (self.tr("Effective personnel:"), self.tr("Per system:"),
                        self.tr("Initial certification:"), self.tr("Each surveillance audit:"),
                        self.tr("Recertification:"), self.tr("Sites to visit:"))
        for label, text in zip(self._result_labels, result_texts, strict=True):
            label.setText(text)
        self.adjustments.retranslate()
        self.steps.retranslate()
        self._show_estimate()
