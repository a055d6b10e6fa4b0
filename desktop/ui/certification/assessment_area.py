"""The pages under the readiness summary, the warning banner, and the commands that
keep them in step with the project's assessment.

Pages, in order: Checklists (the clause trees and the item panel, built by
the window), Gates & action plan, Internal audits, Management reviews,
Certificates, Audit time, Readiness trend. :meth:`AssessmentArea.show_assessment`
hands the latest :class:`~desktop.services.assessment.Assessment` to every
page; each page refreshes itself from it.

:class:`AssessmentCommands` recomputes the assessment (``assess``) when a
change may have moved it, hands it to the readiness summary, the pages and
the evidence list, keeps the day's readiness for the trend (``take_snapshot``),
and runs the commands that start from it: Project ▸ Management system… and
Checklist ▸ Create action for this item.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.model import ItemStatus
from desktop.domain.records import Action, ActionSource, ReadinessSnapshot, SystemInfo
from desktop.errors import UserError
from desktop.services import records as record_service
from desktop.services.assessment import Assessment, assess
from desktop.ui.certification.audit_time_view import AuditTimePanel
from desktop.ui.certification.certificates_view import CertificatesPanel
from desktop.ui.certification.gates_view import GatesPanel
from desktop.ui.certification.trend_chart import TrendChart
from desktop.ui.checklist.evidence_box import EvidenceBox
from desktop.ui.checklist.readiness_panel import ReadinessPanel
from desktop.ui.records.action_plan import ActionPlanPanel
from desktop.ui.records.audits_view import AuditsPanel
from desktop.ui.records.reviews_view import ReviewsPanel
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg
from desktop.ui.shell.system_dialog import SystemDialog


def _scrolled(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area, so a short window scrolls it instead of
    growing past the screen (1366×768 laptops)."""
    area = QScrollArea(objectName=f"{page.objectName() or 'page'}Scroll", widgetResizable=True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class AssessmentArea(QTabWidget):
    """Top-level pages of the window (object name ``pageTabs``).

    Attributes:
        gates, action_plan, audits, reviews, certificates, audit_time, trend:
            the panels, for the window's wiring and for tests.
    """

    def __init__(self, ctx: AppContext, actions: ProjectActions, checklists: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageTabs")
        self._ctx = ctx
        self.checklists = checklists
        self.gates = GatesPanel(ctx, actions)
        self.action_plan = ActionPlanPanel(ctx, actions)
        self.audits = AuditsPanel(ctx, actions)
        self.reviews = ReviewsPanel(ctx, actions)
        self.certificates = CertificatesPanel(ctx, actions)
        self.audit_time = AuditTimePanel(ctx, actions)
        self.trend = TrendChart()

        self.plan_title = QLabel(objectName="actionPlanTitle")
        plan_page = QWidget()
        plan_layout = QVBoxLayout(plan_page)
        plan_layout.setContentsMargins(0, 4, 0, 0)
        plan_layout.addWidget(self.plan_title)
        plan_layout.addWidget(self.action_plan, 1)
        self.gates_page = QSplitter(Qt.Orientation.Vertical, objectName="gatesPage")
        self.gates_page.addWidget(self.gates)
        self.gates_page.addWidget(plan_page)
        self.gates_page.setChildrenCollapsible(False)
        self.gates_page.setStretchFactor(0, 1)
        self.gates_page.setStretchFactor(1, 1)
        self.trend_hint = QLabel(objectName="trendHint", wordWrap=True)
        self.trend_page = QWidget(objectName="trendPage")
        trend_layout = QVBoxLayout(self.trend_page)
        trend_layout.addWidget(self.trend_hint)
        trend_layout.addWidget(self.trend, 1)

        self.addTab(checklists, "")  # its tree and item panel scroll on their own
        for page in (self.gates_page, self.audits, self.reviews, self.certificates,
                     self.audit_time, self.trend_page):
            self.addTab(_scrolled(page), "")
        self.setDocumentMode(True)
        self.retranslate()

    def show_assessment(self, assessment: Assessment | None) -> None:
        """Hand ``assessment`` (None: no project) to every page but the checklists."""
        for panel in (self.gates, self.action_plan, self.audits, self.reviews,
                      self.certificates, self.audit_time):
            panel.show_assessment(assessment)

    def show_trend(self, snapshots: tuple[ReadinessSnapshot, ...],
                   labels: Mapping[str, str]) -> None:
        """Draw the readiness history; ``labels`` names the project's standards in order."""
        self.trend.set_snapshots(snapshots, labels)

    def page(self, index: int) -> QWidget:
        """The page at tab ``index``, without the scroll area it sits in."""
        widget = self.widget(index)
        return widget.widget() if isinstance(widget, QScrollArea) else widget

    def current_page(self) -> QWidget:
        """The page in front, without the scroll area it sits in."""
        return self.page(self.currentIndex())

    def show_page(self, page: QWidget) -> None:
        """Bring the page holding ``page`` (a page or a panel on it) to the front."""
        for index in range(self.count()):
            candidate = self.widget(index)
            if candidate is page or candidate.isAncestorOf(page):
                self.setCurrentIndex(index)
                return

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        titles = (self.tr("Checklists"), self.tr("Gates && action plan"),
                  self.tr("Internal audits"), self.tr("Management reviews"),
                  self.tr("Certificates"), self.tr("Audit time"), self.tr("Readiness trend"))
        tips = (self.tr("Clause by clause: status, owner, due date and evidence"),
                self.tr("What a certification body checks before the audit, and the actions "
                        "to close the gaps"),
                self.tr("Audit programme, audits held, findings and clause coverage "
                        "(ISO 9001:2015 9.2)"),
                self.tr("Management reviews and the inputs each standard requires (9.3)"),
                self.tr("Certificates, surveillance and recertification deadlines"),
                self.tr("Estimate of auditor-days (IAF MD 5, MD 11, MD 1)"),
                self.tr("Readiness layers over time"))
        for index, (title, tip) in enumerate(zip(titles, tips, strict=True)):
            self.setTabText(index, title)
            self.setTabToolTip(index, tip)
        self.setAccessibleName(self.tr("Pages"))
        self.plan_title.setText("<b>" + self.tr("Action plan") + "</b>")
        self.trend_hint.setText(self.tr(
            "Readiness is recorded once a day when the project is opened or changed. Lines: "
            "each standard's weighted readiness (items ready, with mandatory documented "
            "information counting double), and the integrated system's documented, "
            "implemented and sustained layers."))


class WarningBanner(QFrame):
    """A closable strip at the top of the window listing what needs attention
    (object name ``warningBanner``); hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#warningBanner { background: #fff4ce; border: 1px solid #d9b200; }"
                           "#warningBanner QLabel { color: #3b2f00; }")
        self.label = QLabel(objectName="warningText", wordWrap=True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QToolButton(objectName="closeWarningButton")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.close_button.clicked.connect(self.hide)
        self.hide()
        self.retranslate()

    def show_warnings(self, texts: Sequence[str]) -> None:
        """Show ``texts`` (already in the content language), one per line; hide when empty."""
        self.label.setText("\n".join(f"⚠ {t}" for t in texts))
        self.setVisible(bool(texts))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.label.setAccessibleName(self.tr("Things that need attention"))


class AssessmentCommands(QObject):
    """Recomputes the assessment and runs the commands that start from it.

    Args:
        ctx: the application context.
        actions: the project actions (session, services).
        readiness: the readiness summary (layers, expired count).
        area: the pages.
        evidence: the evidence list of the item panel (expired marks).
        window: parent of dialogs.

    Attributes:
        today: the clock; tests replace it to fix the day.
        assessment: the last assessment, None without a project.
        last_seconds: how long the last ``assess`` took (for the status bar and tests).
    """

    def __init__(self, ctx: AppContext, actions: ProjectActions, readiness: ReadinessPanel,
                 area: AssessmentArea, evidence: EvidenceBox, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._actions = actions
        self._readiness = readiness
        self._area = area
        self._evidence = evidence
        self._window = window
        self.today: Callable[[], dt.date] = dt.date.today
        self.assessment: Assessment | None = None
        self.last_seconds = 0.0

    def refresh(self, *, snapshot: bool = False) -> Assessment | None:
        """Recompute the assessment and show it everywhere; with ``snapshot`` also keep
        the day's readiness for the trend. None (message shown) when it failed."""
        session = self._actions.session
        assessment = None
        if session is not None:
            started = time.perf_counter()
            try:
                assessment = assess(session, self.today())
            except UserError as exc:
                self._ctx.errors.user_error(exc, self._window)
            self.last_seconds = time.perf_counter() - started
        self.assessment = assessment
        self.display(assessment)
        if assessment is not None and snapshot:
            changes = self._actions.take_snapshot(assessment)
            if changes is not None and "snapshots" in changes.records:
                self.show_trend()
        return assessment

    def display(self, assessment: Assessment | None) -> None:
        """Hand ``assessment`` to the summary, the pages, the trend and the evidence list."""
        self._readiness.show_assessment(assessment)
        self._area.show_assessment(assessment)
        self._evidence.set_expired(assessment.expired if assessment is not None else ())
        self.show_trend()

    def show_trend(self) -> None:
        """Redraw the trend from the stored snapshots (they change after an assessment)."""
        session = self._actions.session
        if session is None or self.assessment is None:
            self._area.show_trend((), {})
            return
        snapshots = tuple(session.store.records.snapshots())
        self.assessment = dataclasses.replace(self.assessment, snapshots=snapshots)
        labels = {s.id: s.label for s in session.standards()}
        self._area.show_trend(snapshots, labels)

    def warnings(self) -> list[str]:
        """The assessment's opening warnings in the content language."""
        if self.assessment is None:
            return []
        return [w.get(self._ctx.content_lang) for w in self.assessment.warnings]

    # -- commands -----------------------------------------------------------------------

    def create_item_action(self, item_id: str) -> int | None:
        """Checklist ▸ Create action for this item: a "checklist gap" action for a
        checklist item that is not ready (owner and due date taken from the item).

        Returns the new action's id, or the id of the open action the item already
        has; None (message shown) for a clause, a ready or not applicable item.
        """
        session = self._actions.session
        if session is None or not item_id or not session.catalog.has_item(item_id):
            self._info(self.tr("Choose a checklist item first."))
            return None
        item = session.catalog.item(item_id)
        state = session.store.item_state(item_id)
        if not item.kind.is_checklist or state.status in (ItemStatus.READY,
                                                          ItemStatus.NOT_APPLICABLE):
            self._info(self.tr("Only a checklist item that is not ready yet can be added to "
                               "the action plan."))
            return None
        existing = next((a for a in session.store.records.actions()
                         if a.source is ActionSource.GAP and a.source_ref == item_id
                         and not a.status.is_closed), None)
        if existing is not None:
            self._info(arg(self.tr('The action "%1" for this item is still open.'),
                           existing.title))
            return existing.id
        lang = self._ctx.content_lang
        title = arg(self.tr("Close the gap: %1"), f"{item.clause} {item.title.get(lang)}")
        action = Action(id=0, title=title, source=ActionSource.GAP, source_ref=item_id,
                        owner=state.owner, due_on=state.due_date, created_on=self.today())
        changes = self._actions.change_records(record_service.save_action, action)
        return changes.record_id if changes is not None else None

    def system_dialog(self) -> SystemDialog | None:
        """Project ▸ Management system… (window-modal, not blocking, so tests can fill it)."""
        session = self._actions.session
        if session is None:
            return None

        def save(info: SystemInfo) -> bool:
            return self._actions.change_records(record_service.set_system_info,
                                                info) is not None

        dialog = SystemDialog(session.store.records.system_info(), save, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _info(self, text: str) -> None:
        self._ctx.errors.info(self.tr("Action plan"), text, self._window)
