"""The certification gates, the items each concerns, and the internal audit coverage matrix.

The gates come from the assessment (``desktop.domain.gates``): each row
says "✔ Passed" or "✘ Failed" (symbol and word), the gate and the reason.
Selecting a gate lists the checklist items it concerns; double-clicking one
asks the window to show it in the checklist (:attr:`GatesPanel.itemActivated`).
"Create action" turns a failing gate into an action of the action plan unless
an open one exists for it already. Beside them, the coverage matrix shows which
clauses were covered by a held internal audit at each site (✔ / ✘).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.gates import GateResult
from desktop.domain.model import ItemState
from desktop.domain.records import Action, ActionSource, ActionStatus
from desktop.services import records as record_service
from desktop.services.assessment import Assessment
from desktop.ui.certification.gates_model import (
    CoverageTableModel,
    GateColumn,
    GateItemsModel,
    GatesTableModel,
    ItemIdRole,
)
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg


class GatesPanel(QWidget):
    """Gates table, the selected gate's items, "Create action", coverage matrix.

    Signals:
        itemActivated(str): a checklist item of the selected gate was double-clicked.
        actionCreated(int): an action was created from a gate (its id), or an open
            one already existed (its id), so the window can show it.
    """

    itemActivated = Signal(str)
    actionCreated = Signal(int)

    def __init__(self, ctx: AppContext, actions: ProjectActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gatesPanel")
        self._ctx = ctx
        self._actions = actions
        self._assessment: Assessment | None = None
        self.model = GatesTableModel(self)
        self.items_model = GateItemsModel(self)
        self.coverage_model = CoverageTableModel(self)
        self.table = QTableView(objectName="gatesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(GateColumn.RESULT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GateColumn.GATE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(GateColumn.GATE, 230)
        header.setSectionResizeMode(GateColumn.REASON, QHeaderView.ResizeMode.Stretch)
        self.items_label = QLabel(objectName="gateItemsLabel", wordWrap=True)
        self.items = QListView(objectName="gateItemsList")
        self.items.setModel(self.items_model)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setWordWrap(True)
        self.items.setMinimumHeight(60)
        self.create_action = QPushButton(objectName="createGateActionButton")
        self.coverage_label = QLabel(objectName="coverageLabel", wordWrap=True)
        self.coverage = QTableView(objectName="coverageTable")
        self.coverage.setModel(self.coverage_model)
        self.coverage.verticalHeader().hide()
        self.coverage.setWordWrap(False)
        coverage_header = self.coverage.horizontalHeader()
        coverage_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        coverage_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.coverage.verticalHeader().setDefaultSectionSize(
            self.coverage.fontMetrics().height() + 8)

        # Left: the gates over the items of the selected gate; right: the coverage matrix.
        items_row = QHBoxLayout()
        items_row.addWidget(self.items, 1)
        items_row.addWidget(self.create_action, 0, Qt.AlignmentFlag.AlignTop)
        gates = QWidget()
        gates_layout = QVBoxLayout(gates)
        gates_layout.setContentsMargins(0, 0, 0, 0)
        gates_layout.addWidget(self.table, 3)
        gates_layout.addWidget(self.items_label)
        gates_layout.addLayout(items_row, 1)
        coverage = QWidget()
        coverage_layout = QVBoxLayout(coverage)
        coverage_layout.setContentsMargins(0, 0, 0, 0)
        coverage_layout.addWidget(self.coverage_label)
        coverage_layout.addWidget(self.coverage, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="gatesSplitter")
        self.splitter.addWidget(gates)
        self.splitter.addWidget(coverage)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.table.selectionModel().selectionChanged.connect(self._on_gate_selected)
        self.items.doubleClicked.connect(self._on_item_activated)
        self.create_action.clicked.connect(self._on_create_clicked)
        self.retranslate()

    # -- showing ------------------------------------------------------------------------

    def show_assessment(self, assessment: Assessment | None) -> None:
        """Show the gates and coverage of ``assessment`` (None: no project); keeps the
        selected gate selected."""
        selected = self.selected_gate()
        self._assessment = assessment
        lang = self._ctx.content_lang
        session = self._actions.session
        if assessment is None or session is None:
            self.model.set_gates([], lang)
            self.coverage_model.clear()
        else:
            self.model.set_gates(assessment.gates, lang)
            labels = {}
            for clause_id in assessment.coverage.rows:
                if session.catalog.has_item(clause_id):
                    item = session.catalog.item(clause_id)
                    code = session.catalog.standard(item.standard_id).code
                    labels[clause_id] = f"{code} {item.clause} {item.title.get(lang)}"
            titles = {a.id: a.title for a in session.store.records.audits()}
            self.coverage_model.set_matrix(assessment.coverage, labels, titles)
        row = self.model.row_of(selected.id) if selected is not None else -1
        if row < 0 and self.model.rowCount():
            failed = [r for r in range(self.model.rowCount())
                      if not self.model.gate_at(r).passed]  # type: ignore[union-attr]
            row = failed[0] if failed else 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._on_gate_selected()
        self.table.resizeRowsToContents()
        self._coverage_summary()

    def select_gate(self, gate_id: str) -> bool:
        """Select the row of ``gate_id``; False when there is none."""
        row = self.model.row_of(gate_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def selected_gate(self) -> GateResult | None:
        """The gate of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.gate_at(rows[0].row()) if rows else None

    def _on_gate_selected(self, *_args: object) -> None:
        gate = self.selected_gate()
        session = self._actions.session
        rows: list[tuple[str, str]] = []
        if gate is not None and session is not None:
            lang = self._ctx.content_lang
            states = session.store.item_states()
            for item_id in gate.item_ids:
                if not session.catalog.has_item(item_id):
                    continue
                item = session.catalog.item(item_id)
                status = (states.get(item_id) or ItemState(item_id)).status
                status_word = f" — {status.symbol} {status.label.get(lang)}"
                code = session.catalog.standard(item.standard_id).code
                rows.append((item_id, f"{code} {item.clause} {item.title.get(lang)}{status_word}"))
        self.items_model.set_items(rows)
        self._update_texts()

    def _on_item_activated(self, index: QModelIndex) -> None:
        item_id = self.items_model.data(index, ItemIdRole)
        if item_id:
            self.itemActivated.emit(item_id)

    # -- creating an action -------------------------------------------------------------

    def open_action_for(self, gate_id: str) -> Action | None:
        """The open (not done, not cancelled) action raised for ``gate_id``, if any."""
        if self._assessment is None:
            return None
        return next((a for a in self._assessment.actions
                     if a.source is ActionSource.GATE and a.source_ref == gate_id
                     and not a.status.is_closed), None)

    def create_action_for_selected(self) -> int | None:
        """Turn the selected failing gate into an action; returns its id.

        When an open action for the gate exists, nothing is created: the user is
        told so and its id is returned. None when no failing gate is selected or
        the service refused (message shown).
        """
        gate = self.selected_gate()
        if gate is None or gate.passed or self._assessment is None:
            return None
        existing = self.open_action_for(gate.id)
        if existing is not None:
            self._ctx.errors.info(self.tr("Create action"), arg(
                self.tr('The action "%1" for this gate is still open.'), existing.title), self)
            self.actionCreated.emit(existing.id)
            return existing.id
        lang = self._ctx.content_lang
        action = Action(id=0, title=gate.title.get(lang), source=ActionSource.GATE,
                        source_ref=gate.id, status=ActionStatus.OPEN,
                        created_on=self._assessment.today)
        changes = self._actions.change_records(record_service.save_action, action)
        if changes is None or changes.record_id is None:
            return None
        self.actionCreated.emit(changes.record_id)
        return changes.record_id

    def _on_create_clicked(self, _checked: bool = False) -> None:
        self.create_action_for_selected()

    # -- texts --------------------------------------------------------------------------

    def _update_texts(self) -> None:
        gate = self.selected_gate()
        if gate is None:
            self.items_label.setText(self.tr("Select a gate to see the checklist items it "
                                             "concerns."))
        elif not gate.item_ids:
            self.items_label.setText(arg(self.tr('"%1" concerns no particular checklist item.'),
                                         gate.title.get(self._ctx.content_lang)))
        else:
            self.items_label.setText(arg(self.tr('Items concerned by "%1" (double-click to '
                                                 "open):"),
                                         gate.title.get(self._ctx.content_lang)))
        self.create_action.setEnabled(gate is not None and not gate.passed)

    def _coverage_summary(self) -> None:
        matrix = self._assessment.coverage if self._assessment is not None else None
        if matrix is None:
            self.coverage_label.setText(self.tr("Internal audit coverage"))
        elif matrix.is_complete():
            self.coverage_label.setText(self.tr("Internal audit coverage: ✔ every clause was "
                                                "audited at every site."))
        else:
            self.coverage_label.setText(self.tr(
                "Internal audit coverage: ✘ %n clause/site pair(s) not yet covered by a held "
                "internal audit.", "", len(matrix.missing())))

    def set_content_language(self, _lang: str) -> None:
        """Show gate, clause and status texts in the new content language."""
        self.show_assessment(self._assessment)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.table.setAccessibleName(self.tr("Certification gates"))
        self.items.setAccessibleName(self.tr("Checklist items concerned"))
        self.coverage.setAccessibleName(self.tr("Internal audit coverage"))
        self.create_action.setText(self.tr("Create action"))
        self.create_action.setToolTip(self.tr("Add an action to the action plan to make the "
                                              "selected gate pass"))
        self.model.retranslate()
        self.coverage_model.retranslate()
        self._update_texts()
        self._coverage_summary()
