"""The main window: a slim summary strip on top (unfolding to the warning banner and
the readiness summary), then pages:
the checklists (clause tree left, item panel right), gates and action plan,
internal audits, management reviews, certificates, audit time, readiness trend.

Thin by design: it creates the panels and the menus and wires them in
:meth:`MainWindow._connect_signals`. User actions go through
:class:`ProjectActions` (services); its :class:`Changes` are routed to the
panels, each refreshing only what changed. When a change may move the
assessment (:attr:`Changes.assessment`), :class:`AssessmentCommands`
recomputes it and hands it to every page; when readiness may have moved it
also keeps the day's snapshot for the trend.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop.ui.shell.window_frame import (  # noqa: F401 (re-exported)
    PREFERRED_SIZE,
    PRODUCT,
    WindowFrame,
    app_icon,
    first_geometry,
)

if TYPE_CHECKING:
    # The panels, menus and commands come from window_parts when the window is built;
    # the exchange dialogs pull in openpyxl and reportlab, the folder import the
    # onboarding code; the other dialogs are not needed for the first window either:
    # all imported when first used.
    from desktop.services.changes import Changes
    from desktop.services.roundtrip import RoundTripPreview
    from desktop.ui.checklist.editions import TransitionGapsDialog
    from desktop.ui.exchange.export_dialog import ExportDialog
    from desktop.ui.exchange.roundtrip_dialog import RoundTripDialog
    from desktop.ui.onboarding.folder_import import FolderImport
    from desktop.ui.shell.context import AppContext
    from desktop.ui.shell.profile_dialog import ProfileDialog
    from desktop.ui.shell.workers import Task


class MainWindow(WindowFrame):
    """AuditReady's window for one open project at a time.

    ``MainWindow(ctx)`` is the complete window. ``MainWindow()`` is only its
    frame (:class:`WindowFrame`), which start-up shows at once and completes
    with :meth:`build` once the rest of the program has loaded.
    """

    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.built = False
        if ctx is not None:
            self.place_from_settings(ctx.settings.window_geometry())
            self.build(ctx)

    def build(self, ctx: AppContext) -> None:
        """Create the panels, menus and commands in this window and restore their
        layout (the window keeps its size and place). Call once."""
        from desktop.ui.shell import window_parts as parts  # the first window's modules

        self.ctx = ctx
        self.actions = parts.ProjectActions(ctx, self)
        self.close_guard = parts.CloseGuard(ctx, self.actions.runner, self.close, self)
        self.editions = parts.EditionCommands(ctx, self.actions, self)
        self.menus = parts.MainMenus(self, self.actions.undo_stack)
        self._folder_import: FolderImport | None = None
        self.roundtrip_dialog: RoundTripDialog | None = None
        self.readiness = parts.ReadinessPanel()
        self.checklist = parts.ChecklistPanel(ctx.content_lang, user_name=lambda: str(
            ctx.settings.qsettings.value("user/name", "") or ""))
        self.menus.edit_menu.addSeparator()
        self.menus.edit_menu.addActions([self.checklist.find_action,
                                         self.checklist.find_next_action,
                                         self.checklist.find_previous_action])
        self.item_panel = parts.ItemPanel(ctx, self.actions)
        self.departments = parts.DepartmentsUi(ctx, self.actions, self.menus.project_menu,
                                               self.item_panel.form, self)
        self.custom = parts.CustomContentCommands(ctx, self.actions, self.checklist,
                                                  self.item_panel.flush, self)
        self.safety = parts.SafetyCommands(ctx, self.actions, self.menus, self.open_project,
                                           self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(self.checklist)
        self.splitter.addWidget(self.item_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.pages = parts.AssessmentArea(ctx, self.actions, self.splitter)
        self.banner = parts.WarningBanner()
        self.assessor = parts.AssessmentCommands(ctx, self.actions, self.readiness, self.pages,
                                                 self.item_panel.evidence, self)
        self.summary = parts.SummaryStrip([self.banner, self.readiness])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 2)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        self.shell = parts.ShellCommands(self, lambda: MainWindow(ctx))
        self.start_page = self.shell.start_page
        self.project_view = central
        self.central_stack = QStackedWidget(objectName="centralStack")
        self.central_stack.addWidget(central)
        self.central_stack.addWidget(self.start_page)
        self.setCentralWidget(self.central_stack)
        self.path_label = QLabel(objectName="projectPathLabel")
        self.statusBar().addPermanentWidget(self.path_label)
        self._restore_layout()
        self.built = True
        self._connect_signals()
        self.retranslate()
        self._on_session_changed()

    def _connect_signals(self) -> None:
        m, a = self.menus, self.actions
        m.new.triggered.connect(self.new_project)
        m.open.triggered.connect(self.open_project_dialog)
        m.save_as.triggered.connect(self.save_as_dialog)
        m.export.triggered.connect(self.export_dialog)
        m.import_roundtrip.triggered.connect(lambda _checked=False: self.import_roundtrip())
        m.import_folder.triggered.connect(
            lambda _checked=False: self.folder_import.choose_and_scan())
        m.quit.triggered.connect(self.close)
        m.preferences.triggered.connect(self.preferences_dialog)
        m.about.triggered.connect(self.about)
        sh, start = self.shell, self.start_page
        m.help_contents.triggered.connect(lambda _checked=False: sh.show_help())
        m.shortcuts.triggered.connect(lambda _checked=False: sh.shortcuts_dialog())
        m.open_new_window.triggered.connect(lambda _checked=False: sh.open_in_new_window())
        m.close_project.triggered.connect(lambda _checked=False: self.close_project())
        start.newRequested.connect(self.new_project)
        start.openRequested.connect(self.open_project_dialog)
        start.sampleRequested.connect(sh.open_sample)
        start.projectChosen.connect(self.open_project)
        m.recentChosen.connect(self.open_project)
        m.clear_recent.triggered.connect(self._clear_recent)
        m.recent_menu.aboutToShow.connect(self._fill_recent)
        m.languageChosen.connect(self.ctx.language.set_language)
        m.change_edition.triggered.connect(lambda _checked=False: self.change_edition())
        m.transition_gaps.triggered.connect(lambda _checked=False: self.transition_gaps_dialog())
        c = self.custom
        m.add_custom_item.triggered.connect(lambda _checked=False: c.add_item())
        m.edit_custom_item.triggered.connect(lambda _checked=False: c.edit_item())
        m.remove_custom_item.triggered.connect(lambda _checked=False: c.remove_item())
        m.remove_custom_checklist.triggered.connect(lambda _checked=False: c.remove_checklist())
        m.import_checklist.triggered.connect(lambda _checked=False: c.import_excel())
        m.save_template.triggered.connect(lambda _checked=False: c.save_template())
        m.apply_template.triggered.connect(lambda _checked=False: c.apply_template())
        s, p = self.assessor, self.pages
        m.system_info.triggered.connect(lambda _checked=False: s.system_dialog())
        m.company_profile.triggered.connect(lambda _checked=False: self.profile_dialog())
        m.item_action.triggered.connect(lambda _checked=False: self.create_item_action())
        m.next_item.triggered.connect(lambda _checked=False: self.step_item(1))
        m.previous_item.triggered.connect(lambda _checked=False: self.step_item(-1))
        p.itemActivated.connect(self.show_checklist_item)
        p.actionCreated.connect(self.show_action)
        a.sessionAboutToChange.connect(self.item_panel.flush)
        a.sessionAboutToChange.connect(sh.remember_summary)
        a.sessionChanged.connect(self._on_session_opened)
        from desktop.ui.shell import window_parts as parts  # loaded by build()

        self.open_check = parts.OpenCheck(a, self.ctx, self)  # after the window's own handler
        a.changed.connect(self._on_changed)
        a.busyChanged.connect(self._on_busy)
        self.checklist.itemSelected.connect(self.item_panel.show_item)
        self.checklist.itemSelected.connect(self.departments.picker.show_item)
        self.item_panel.targetActivated.connect(self.checklist.select_item)
        self.checklist.filesDropped.connect(self.item_panel.evidence.offer_files)
        self.ctx.language.changed.connect(self._on_language_changed)

    @property
    def folder_import(self) -> FolderImport:
        """File ▸ Import folder… (created on first use)."""
        if self._folder_import is None:
            from desktop.ui.onboarding.folder_import import FolderImport

            self._folder_import = FolderImport(self.ctx, self.actions, self)
        return self._folder_import

    # -- project ---------------------------------------------------------------------

    def open_project(self, path: Path) -> bool:
        """Open ``path``, replacing the current project; False (message shown) if it failed."""
        return self.actions.open_project(Path(path))

    def open_project_dialog(self) -> None:
        """File ▸ Open…"""
        name, _f = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), self.ctx.settings.last_dir(),
            self.tr("AuditReady projects (*.auditready);;All files (*)"))
        if name:
            self.ctx.settings.set_last_dir(Path(name).parent)
            self.open_project(Path(name))

    def new_project(self) -> None:
        """File ▸ New project…"""
        from desktop.ui.shell.new_project_dialog import NewProjectDialog

        NewProjectDialog(self.ctx, self.actions.new_project, self).exec()

    def save_as_dialog(self) -> None:
        """File ▸ Save as…"""
        session = self.actions.session
        if session is None:
            return
        name, _f = QFileDialog.getSaveFileName(
            self, self.tr("Save project as"), str(session.path),
            self.tr("AuditReady projects (*.auditready)"))
        if name:
            self.actions.save_as(Path(name))

    def export_dialog(self) -> ExportDialog | None:
        """File ▸ Export report… (modeless, so tests can drive it)."""
        if self.actions.session is None:
            return None
        self.item_panel.flush()
        from desktop.ui.exchange.export_dialog import ExportDialog  # slow import: on first use

        dialog = ExportDialog(self.ctx, self.actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def import_roundtrip(self, path: Path | None = None) -> Task | None:
        """File ▸ Import filled-in workbook…: read it on a worker, then preview the changes.

        Asks for the workbook unless ``path`` is given. When the workbook has
        been compared with the project, :attr:`roundtrip_dialog` (modeless, so
        tests can drive it) lists every change, conflict and problem; its Apply
        writes them in one transaction. Failures are shown as messages.
        """
        if self.actions.session is None:
            return None
        if path is None:
            name, _f = QFileDialog.getOpenFileName(
                self, self.tr("Import filled-in workbook"), self.ctx.settings.last_dir(),
                self.tr("Excel workbooks (*.xlsx);;All files (*)"))
            if not name:
                return None
            path = Path(name)
            self.ctx.settings.set_last_dir(path.parent)
        self.item_panel.flush()
        return self.actions.preview_roundtrip(
            Path(path), self._show_roundtrip, lambda exc: self.ctx.errors.handle(exc, self))

    def _show_roundtrip(self, preview: RoundTripPreview) -> None:
        from desktop.ui.exchange.roundtrip_dialog import RoundTripDialog

        dialog = RoundTripDialog(self.ctx, self.actions, preview, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "roundtrip_dialog", None))
        self.roundtrip_dialog = dialog
        dialog.show()

    def profile_dialog(self) -> ProfileDialog | None:
        """Project ▸ Company profile…; None without an open project."""
        from desktop.ui.shell.profile_dialog import open_profile_dialog

        return open_profile_dialog(self.ctx, self.actions, self)

    def change_edition(self, new_id: str | None = None) -> bool:
        """Standards ▸ Change edition… (asks which edition unless ``new_id`` is given)."""
        return self.editions.change_edition(new_id)

    def transition_gaps_dialog(self, from_id: str | None = None,
                               to_id: str | None = None) -> TransitionGapsDialog | None:
        """Standards ▸ Transition gaps… (modeless, so tests can read it)."""
        return self.editions.show_transition_gaps(from_id, to_id)

    def preferences_dialog(self) -> None:
        """Settings ▸ Preferences…"""
        from desktop.ui.shell.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def about(self) -> None:
        """Help ▸ About: versions and licences."""
        self.shell.about()

    def create_item_action(self) -> int | None:
        """Checklist ▸ Create action for this item; shows the action in the action plan."""
        action_id = self.assessor.create_item_action(self.checklist.current_item_id())
        if action_id is not None:
            self.show_action(action_id)
        return action_id

    def step_item(self, step: int) -> bool:
        """Checklist ▸ Next item (``step`` 1, Alt+Down) / Previous item (-1, Alt+Up):
        select the neighbouring checklist item of the tree in front, keeping the
        keyboard focus where it is; False when there is none that way."""
        view = self.checklist.current_view()
        if view is None:
            return False
        from desktop.ui.shell import window_parts as parts  # loaded by build()

        self.pages.show_page(self.splitter)
        return parts.step_item(view, step)

    def show_action(self, action_id: int) -> None:
        """Bring the action plan to the front with ``action_id`` selected."""
        self.pages.show_page(self.pages.action_plan)
        self.pages.action_plan.select_action(action_id)

    def show_checklist_item(self, item_id: str) -> bool:
        """Bring the checklists to the front with ``item_id`` selected."""
        self.pages.show_page(self.splitter)
        return self.checklist.select_item(item_id)

    def _fill_recent(self) -> None:
        self.menus.set_recent(self.ctx.settings.recent_projects(), self.shell.companies())

    def _clear_recent(self) -> None:
        self.ctx.settings.clear_recent_projects()
        self._fill_recent()

    # -- reacting ----------------------------------------------------------------------

    def _on_session_opened(self) -> None:
        """A project was opened, replaced or closed: rebuild, then say what needs attention."""
        self._on_session_changed()
        self.banner.show_warnings(self.shell.opening_warnings())
        if self.actions.session is None:
            self.banner.hide()
        else:
            self.shell.remember_summary()
        self.start_page.reload()
        self._show_summary()

    def _on_session_changed(self) -> None:
        session = self.actions.session
        self.item_panel.show_item("", save_pending=False)
        self.readiness.set_content_language(self.ctx.content_lang)
        self.readiness.set_session(session)
        self.checklist.set_session(session)
        self.menus.set_project_actions_enabled(session is not None)
        self.central_stack.setCurrentWidget(self.project_view if session is not None
                                            else self.start_page)
        self.splitter.setEnabled(session is not None)
        for page in range(1, self.pages.count()):
            self.pages.page(page).setEnabled(session is not None)
        self._fill_recent()
        self._update_title()
        if session is not None:
            first = self.checklist.first_index()
            view = self.checklist.current_view()
            if view is not None and first.isValid():
                view.setCurrentIndex(first)
        self.assessor.refresh(snapshot=True)
        self._show_summary()
        self._chain_tab_order()
        self.focus_tree()

    def _chain_tab_order(self) -> None:
        """Tab from any clause tree goes to the item panel's status box (trees are
        rebuilt with the project, so this follows every rebuild)."""
        tabs = self.checklist.tabs
        chain = [*(tabs.widget(i) for i in range(tabs.count())), *self.item_panel.tab_chain()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_tree(self) -> None:
        """Give the keyboard focus to the clause tree in front (where work starts)."""
        view = self.checklist.current_view()
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changed(self, changes: Changes) -> None:
        if changes.standards:  # another edition: every tab, row and figure changes
            self._on_session_changed()
            return
        if changes.custom:  # custom content: the session's catalog was rebuilt
            self._on_custom_changed(changes)
        if changes.items:
            self.checklist.refresh_items(changes.items)
        if changes.readiness:
            self.readiness.refresh()
        self.item_panel.apply_changes(changes)
        if changes.profile:
            self._update_title()
        if changes.assessment:
            self.assessor.refresh(snapshot=changes.readiness)
        elif "snapshots" in changes.records:
            self.assessor.show_trend()
        if changes.readiness or changes.assessment:
            self._show_summary()

    def _show_summary(self) -> None:
        """One line in the strip: each standard's share of items ready, and the warnings."""
        session = self.actions.session
        shares = []
        for standard in session.standards() if session is not None else ():
            if (figures := self.readiness.figures(standard.id)) is not None:
                shares.append((standard.label, figures.share))
        warnings = self.shell.opening_warnings() if session is not None else []
        self.summary.show_summary(shares, warnings)

    def _on_custom_changed(self, changes: Changes) -> None:
        """Rebuild trees and readiness rows, then select what was created (or kept)."""
        session = self.actions.session
        kept = self.checklist.current_item_id()
        self.readiness.set_session(session)
        self.checklist.set_session(session)
        self._chain_tab_order()
        for item_id in (*changes.created, kept):
            if item_id and self.checklist.select_item(item_id):
                break

    def _on_busy(self, busy: bool) -> None:
        stack, has_project = self.actions.undo_stack, self.actions.session is not None
        self.menus.new.setEnabled(not busy)
        self.menus.open.setEnabled(not busy)
        self.menus.set_project_actions_enabled(not busy and has_project)
        self.menus.close_project.setEnabled(has_project)  # asks first while busy
        self.menus.undo.setEnabled(not busy and stack.canUndo())
        self.menus.redo.setEnabled(not busy and stack.canRedo())
        # One writer at a time: no edits while a worker uses the project.
        self.splitter.setEnabled(not busy and has_project)
        for page in range(1, self.pages.count()):
            self.pages.page(page).setEnabled(not busy and has_project)

    def _on_language_changed(self, _ui_lang: str) -> None:
        lang = self.ctx.content_lang
        self.checklist.set_content_language(lang)
        self.item_panel.set_content_language(lang)
        self.readiness.set_content_language(lang)
        self.item_panel.evidence.reload()
        self.assessor.display(self.assessor.assessment)
        self.menus.set_language(self.ctx.ui_lang)
        self._show_summary()

    def _update_title(self) -> None:
        session = self.actions.session
        if session is None:
            self.setWindowTitle(PRODUCT)
            self.path_label.setText("")
            return
        from desktop.ui.shell import window_parts as parts  # loaded by build()

        company = session.store.profile().name
        self.setWindowTitle(f"{PRODUCT} — {company} — {parts.shown_name(session.path.name)}")
        self.path_label.setText(str(session.path))
        if notes := session.store.recovery_notes:  # what opening repaired after a crash
            self.statusBar().showMessage(" ".join(n.text(self.ctx.ui_lang) for n in notes))

    # -- window -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch (once the contents are built)."""
        if event.type() == QEvent.Type.LanguageChange and self.built:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.menus.retranslate()
        self.menus.set_language(self.ctx.ui_lang)
        self.statusBar().showMessage(self.tr("Every change is saved in the project file "
                                             "as soon as you make it."))

    def _restore_layout(self) -> None:
        """Toolbars, docks and the splitter as they were when the window last closed."""
        settings = self.ctx.settings
        if (state := settings.window_state()) is not None:
            self.restoreState(state)
        if (splitter := settings.splitter_state()) is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([780, 500])

    def close_project(self) -> None:
        """File ▸ Close project; while a task runs, ask first (wait, or cancel and close)."""
        if self.close_guard.may_close(self.close_project, project=True):
            self.actions.close_project()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save pending edits and the layout, then close the project.

        While a task runs the user is asked first: wait (the window closes
        when it ends) or cancel it and close. A frame not built yet just closes.
        """
        if not self.built:
            super().closeEvent(event)
            return
        if not self.close_guard.may_close():
            event.ignore()
            return
        self.item_panel.flush()
        self.ctx.settings.save_window(self.saveGeometry(), self.saveState(),
                                      self.splitter.saveState())
        self.actions.close_project()
        super().closeEvent(event)
