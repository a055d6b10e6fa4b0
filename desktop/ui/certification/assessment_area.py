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
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
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
from desktop.ui.checklist.evidence_box import EvidenceBox
from desktop.ui.checklist.readiness_panel import ReadinessPanel
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg

if TYPE_CHECKING:
    from desktop.ui.certification.audit_time_view import AuditTimePanel
    from desktop.ui.certification.certificates_view import CertificatesPanel
    from desktop.ui.certification.gates_view import GatesPanel
    from desktop.ui.certification.trend_chart import TrendChart
    from desktop.ui.records.action_plan import ActionPlanPanel
    from desktop.ui.records.audits_view import AuditsPanel
    from desktop.ui.records.reviews_view import ReviewsPanel
    from desktop.ui.shell.system_dialog import SystemDialog


def _scrolled(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area, so a short window scrolls it instead of
    growing past the screen (1366×768 laptops)."""
    area = QScrollArea(widgetResizable=True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    _put(area, page)
    return area


def _put(area: QScrollArea, page: QWidget) -> None:
    """Show ``page`` in ``area`` (the widget it held is deleted)."""
    area.setObjectName(f"{page.objectName() or 'page'}Scroll")
    area.setWidget(page)


#: Tab index of each page built on first show (the checklists, index 0, are built
#: by the window).
GATES, AUDITS, REVIEWS, CERTIFICATES, AUDIT_TIME, TREND = range(1, 7)


class AssessmentArea(QTabWidget):
    """Top-level pages of the window (object name ``pageTabs``).

    Only the checklists are built at start; every other page is built (its
    module imported, its panels created and given the latest assessment)
    the first time it is shown or one of its panels is asked for, so that
    start-up pays only for what the first window shows.

    Attributes:
        gates, action_plan, audits, reviews, certificates, audit_time, trend:
            the panels, for the window's wiring and for tests (each builds its
            page when first asked for).

    Signals:
        itemActivated(str): the gates panel asks to show a checklist item.
        actionCreated(int): the gates panel created an action (its id).
    """

    itemActivated = Signal(str)
    actionCreated = Signal(int)

    def __init__(self, ctx: AppContext, actions: ProjectActions, checklists: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageTabs")
        self._ctx = ctx
        self._actions = actions
        self.checklists = checklists
        self._assessment: Assessment | None = None
        self._trend: tuple[tuple[ReadinessSnapshot, ...], Mapping[str, str]] = ((), {})
        self._pages: dict[int, QWidget] = {}
        self.addTab(checklists, "")  # its tree and item panel scroll on their own
        for _index in range(GATES, TREND + 1):
            self.addTab(_scrolled(QWidget()), "")
        self.setDocumentMode(True)
        self.currentChanged.connect(self._build)
        self.retranslate()

    # -- pages built on first use ------------------------------------------------------

    def _build(self, index: int) -> QWidget | None:
        """The page at tab ``index``, built now if it was not yet; None for the checklists."""
        if index in self._pages or not GATES <= index <= TREND:
            return self._pages.get(index)
        page = self._make(index)
        self._pages[index] = page
        area = self.widget(index)
        assert isinstance(area, QScrollArea)
        locked = area.widget().testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
        _put(area, page)
        self._retranslate_built()
        if index == TREND:
            self.trend.set_snapshots(*self._trend)
        for panel in self._panels(index):
            panel.show_assessment(self._assessment)
        if locked:  # the window locks pages without a project or while a task runs
            page.setEnabled(False)
        return page

    def _make(self, index: int) -> QWidget:
        # Imported here: together about a third of the window's start-up imports.
        ctx, actions = self._ctx, self._actions
        if index == GATES:
            from desktop.ui.certification.gates_view import GatesPanel
            from desktop.ui.records.action_plan import ActionPlanPanel

            self._gates = GatesPanel(ctx, actions)
            self._gates.itemActivated.connect(self.itemActivated)
            self._gates.actionCreated.connect(self.actionCreated)
            self._action_plan = ActionPlanPanel(ctx, actions)
            self.plan_title = QLabel(objectName="actionPlanTitle")
            plan_page = QWidget()
            plan_layout = QVBoxLayout(plan_page)
            plan_layout.setContentsMargins(0, 4, 0, 0)
            plan_layout.addWidget(self.plan_title)
            plan_layout.addWidget(self._action_plan, 1)
            gates_page = QSplitter(Qt.Orientation.Vertical, objectName="gatesPage")
            gates_page.addWidget(self._gates)
            gates_page.addWidget(plan_page)
            gates_page.setChildrenCollapsible(False)
            gates_page.setStretchFactor(0, 1)
            gates_page.setStretchFactor(1, 1)
            return gates_page
        if index == AUDITS:
            from desktop.ui.records.audits_view import AuditsPanel

            return AuditsPanel(ctx, actions)
        if index == REVIEWS:
            from desktop.ui.records.reviews_view import ReviewsPanel

            return ReviewsPanel(ctx, actions)
        if index == CERTIFICATES:
            from desktop.ui.certification.certificates_view import CertificatesPanel

            return CertificatesPanel(ctx, actions)
        if index == AUDIT_TIME:
            from desktop.ui.certification.audit_time_view import AuditTimePanel

            return AuditTimePanel(ctx, actions)
        from desktop.ui.certification.trend_chart import TrendChart

        self._trend_chart = TrendChart()
        self.trend_hint = QLabel(objectName="trendHint", wordWrap=True)
        trend_page = QWidget(objectName="trendPage")
        trend_layout = QVBoxLayout(trend_page)
        trend_layout.addWidget(self.trend_hint)
        trend_layout.addWidget(self._trend_chart, 1)
        return trend_page

    def _panels(self, index: int) -> list[Any]:
        """The panels of a built page that take the assessment."""
        if index not in self._pages or index == TREND:
            return []
        if index == GATES:
            return [self._gates, self._action_plan]
        return [self._pages[index]]

    @property
    def gates_page(self) -> QSplitter:
        """The gates and action plan page (built now if it was not yet)."""
        page = self._build(GATES)
        assert isinstance(page, QSplitter)
        return page

    @property
    def gates(self) -> GatesPanel:
        """The gates panel."""
        self._build(GATES)
        return self._gates

    @property
    def action_plan(self) -> ActionPlanPanel:
        """The action plan."""
        self._build(GATES)
        return self._action_plan

    @property
    def audits(self) -> AuditsPanel:
        """The internal audits panel."""
        return cast("AuditsPanel", self._build(AUDITS))

    @property
    def reviews(self) -> ReviewsPanel:
        """The management reviews panel."""
        return cast("ReviewsPanel", self._build(REVIEWS))

    @property
    def certificates(self) -> CertificatesPanel:
        """The certificates panel."""
        return cast("CertificatesPanel", self._build(CERTIFICATES))

    @property
    def audit_time(self) -> AuditTimePanel:
        """The audit time panel."""
        return cast("AuditTimePanel", self._build(AUDIT_TIME))

    @property
    def trend_page(self) -> QWidget:
        """The readiness trend page."""
        return cast(QWidget, self._build(TREND))

    @property
    def trend(self) -> TrendChart:
        """The readiness trend chart."""
        self._build(TREND)
        return self._trend_chart

    # -- content -----------------------------------------------------------------------

    def show_assessment(self, assessment: Assessment | None) -> None:
        """Hand ``assessment`` (None: no project) to every page but the checklists (a
        page not built yet gets it when it is)."""
        self._assessment = assessment
        for index in sorted(self._pages):
            for panel in self._panels(index):
                panel.show_assessment(assessment)

    def show_trend(self, snapshots: tuple[ReadinessSnapshot, ...],
                   labels: Mapping[str, str]) -> None:
        """Draw the readiness history; ``labels`` names the project's standards in order."""
        self._trend = (snapshots, labels)
        if TREND in self._pages:
            self._trend_chart.set_snapshots(snapshots, labels)

    def page(self, index: int) -> QWidget:
        """The page at tab ``index``, without the scroll area it sits in (a page not
        built yet is an empty placeholder)."""
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
        self._retranslate_built()

    def _retranslate_built(self) -> None:
        if GATES in self._pages:
            self.plan_title.setText("<b>" + self.tr("Action plan") + "</b>")
        if TREND in self._pages:
            self.trend_hint.setText(self.tr(
                "Readiness is recorded once a day when the project is opened or changed. "
                "Lines: each standard's weighted readiness (items ready, with mandatory "
                "documented information counting double), and the integrated system's "
                "documented, implemented and sustained layers."))


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

        from desktop.ui.shell.system_dialog import SystemDialog

        dialog = SystemDialog(session.store.records.system_info(), save, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _info(self, text: str) -> None:
        self._ctx.errors.info(self.tr("Action plan"), text, self._window)
