"""The main window's menus and QActions (texts, shortcuts, object names).

The main window connects these actions in its ``_connect_signals()``; this
module only builds and translates them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.domain.names import shown_name
from desktop.ui.shell.i18n import LANGUAGE_NAMES, UI_LANGUAGES, arg


def _action(parent: QObject, name: str, shortcut: QKeySequence.StandardKey | str | None = None,
            ) -> QAction:
    action = QAction(parent)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


class MainMenus(QObject):
    """File, Edit, Project, Standards, Checklist, Settings and Help menus of the main window.

    Signals:
        recentChosen(object): a project path picked in File ▸ Recent projects.
        languageChosen(str): "zh_CN" or "en" picked in Settings ▸ Language.
    """

    recentChosen = Signal(object)
    languageChosen = Signal(str)

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self._undo_stack = undo_stack
        keys = QKeySequence.StandardKey
        self.new = _action(window, "actionNew", keys.New)
        self.open = _action(window, "actionOpen", keys.Open)
        self.save_as = _action(window, "actionSaveAs", "Ctrl+Shift+S")  # none on Windows
        self.export = _action(window, "actionExport", "Ctrl+E")
        self.import_roundtrip = _action(window, "actionImportRoundTrip")
        self.import_folder = _action(window, "actionImportFolder")
        self.quit = _action(window, "actionQuit", "Ctrl+Q")  # keys.Quit is empty on Windows
        self.undo = _action(window, "actionUndo", keys.Undo)
        self.redo = _action(window, "actionRedo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.preferences = _action(window, "actionPreferences", keys.Preferences)
        self.about = _action(window, "actionAbout")
        self.help_contents = _action(window, "actionHelp", keys.HelpContents)
        self.shortcuts = _action(window, "actionShortcuts")
        self.open_new_window = _action(window, "actionOpenNewWindow", "Ctrl+Shift+O")
        self.close_project = _action(window, "actionCloseProject", "Ctrl+W")
        self.clear_recent = _action(window, "actionClearRecent")
        self.change_edition = _action(window, "actionChangeEdition")
        self.transition_gaps = _action(window, "actionTransitionGaps")
        self.add_custom_item = _action(window, "actionAddCustomItem")
        self.edit_custom_item = _action(window, "actionEditCustomItem")
        self.remove_custom_item = _action(window, "actionRemoveCustomItem")
        self.remove_custom_checklist = _action(window, "actionRemoveCustomChecklist")
        self.import_checklist = _action(window, "actionImportChecklist")
        self.save_template = _action(window, "actionSaveTemplate")
        self.apply_template = _action(window, "actionApplyTemplate")
        self.system_info = _action(window, "actionManagementSystem")
        self.company_profile = _action(window, "actionCompanyProfile", "Ctrl+Shift+P")
        self.item_action = _action(window, "actionCreateItemAction")
        self.next_item = _action(window, "actionNextItem", "Alt+Down")
        self.previous_item = _action(window, "actionPreviousItem", "Alt+Up")
        self.languages: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code in UI_LANGUAGES:
            action = _action(window, f"actionLanguage_{code}")
            # A mnemonic Latin letter, as Chinese menus write it: "中文(&Z)".
            action.setText("&English" if code == "en" else f"{LANGUAGE_NAMES[code]}(&Z)")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, c=code: self.languageChosen.emit(c))
            group.addAction(action)
            self.languages[code] = action

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("menuFile")
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("menuRecent")
        self.file_menu.addActions([self.new, self.open, self.open_new_window])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.close_project)
        self.file_menu.addAction(self.save_as)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export)
        self.file_menu.addAction(self.import_roundtrip)
        self.file_menu.addAction(self.import_folder)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("menuEdit")
        self.edit_menu.addActions([self.undo, self.redo])
        self.project_menu = bar.addMenu("")
        self.project_menu.setObjectName("menuProject")
        self.project_menu.addActions([self.company_profile, self.system_info])
        self.standards_menu = bar.addMenu("")
        self.standards_menu.setObjectName("menuStandards")
        self.standards_menu.addActions([self.change_edition, self.transition_gaps])
        self.checklist_menu = bar.addMenu("")
        self.checklist_menu.setObjectName("menuChecklist")
        self.checklist_menu.addActions([self.next_item, self.previous_item])
        self.checklist_menu.addSeparator()
        self.checklist_menu.addAction(self.item_action)
        self.checklist_menu.addSeparator()
        self.checklist_menu.addActions([self.add_custom_item, self.edit_custom_item,
                                        self.remove_custom_item])
        self.checklist_menu.addSeparator()
        self.checklist_menu.addActions([self.import_checklist, self.save_template,
                                        self.apply_template])
        self.checklist_menu.addSeparator()
        self.checklist_menu.addAction(self.remove_custom_checklist)
        self.settings_menu = bar.addMenu("")
        self.settings_menu.setObjectName("menuSettings")
        self.language_menu = QMenu(window)
        self.language_menu.setObjectName("menuLanguage")
        self.language_menu.addActions(list(self.languages.values()))
        self.settings_menu.addMenu(self.language_menu)
        self.settings_menu.addAction(self.preferences)
        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("menuHelp")
        self.help_menu.addActions([self.help_contents, self.shortcuts])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about)

        undo_stack.canUndoChanged.connect(self.undo.setEnabled)
        undo_stack.canRedoChanged.connect(self.redo.setEnabled)
        undo_stack.undoTextChanged.connect(lambda _t: self._undo_texts())
        undo_stack.redoTextChanged.connect(lambda _t: self._undo_texts())
        self.undo.triggered.connect(undo_stack.undo)
        self.redo.triggered.connect(undo_stack.redo)
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)

    def set_recent(self, paths: list[Path], companies: dict[Path, str] | None = None) -> None:
        """Fill File ▸ Recent projects with ``paths`` (most recent first).

        Each entry reads "company — folder" (the file name when the company is
        not known), so projects of different clients are told apart.
        """
        self.recent_menu.clear()
        for number, path in enumerate(paths, start=1):
            company = (companies or {}).get(path) or shown_name(path.name)
            text = f"&{number % 10}  {company.replace('&', '&&')} — {path.parent}"
            action = self.recent_menu.addAction(text)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.recentChosen.emit(p))
        if paths:
            self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent)
        self.clear_recent.setEnabled(bool(paths))

    def set_language(self, ui_lang: str) -> None:
        """Tick the current language in Settings ▸ Language."""
        if ui_lang in self.languages:
            self.languages[ui_lang].setChecked(True)

    def set_project_actions_enabled(self, enabled: bool) -> None:
        """Save As, Export, Import filled-in workbook and the edition actions need a project."""
        self.save_as.setEnabled(enabled)
        self.export.setEnabled(enabled)
        self.import_roundtrip.setEnabled(enabled)
        self.import_folder.setEnabled(enabled)
        self.close_project.setEnabled(enabled)
        self.change_edition.setEnabled(enabled)
        self.transition_gaps.setEnabled(enabled)
        self.system_info.setEnabled(enabled)
        self.company_profile.setEnabled(enabled)
        self.item_action.setEnabled(enabled)
        self.next_item.setEnabled(enabled)
        self.previous_item.setEnabled(enabled)
        for action in self.custom_actions():
            action.setEnabled(enabled)

    def custom_actions(self) -> list[QAction]:
        """The Checklist menu's custom-content actions (they need an open project)."""
        return [self.add_custom_item, self.edit_custom_item, self.remove_custom_item,
                self.remove_custom_checklist, self.import_checklist, self.save_template,
                self.apply_template]

    def _undo_texts(self) -> None:
        undo_text = self._undo_stack.undoText()
        redo_text = self._undo_stack.redoText()
        self.undo.setText(arg(self.tr("&Undo %1"), undo_text).strip() if undo_text
                          else self.tr("&Undo"))
        self.redo.setText(arg(self.tr("&Redo %1"), redo_text).strip() if redo_text
                          else self.tr("&Redo"))

    def retranslate(self) -> None:
        """Set every menu and action text in the current UI language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("&Recent projects"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.new.setText(self.tr("&New project…"))
        self.open.setText(self.tr("&Open…"))
        self.save_as.setText(self.tr("Save &as…"))
        self.save_as.setStatusTip(self.tr("Copy the project to a new file and continue there"))
        self.export.setText(self.tr("&Export report…"))
        self.import_roundtrip.setText(self.tr("&Import filled-in workbook…"))
        self.import_roundtrip.setStatusTip(self.tr(
            "Read back a checklist workbook the client filled in: preview every change, "
            "then apply"))
        self.import_folder.setText(self.tr("Import existing &documents…"))
        self.import_folder.setStatusTip(self.tr("Scan a folder of existing documents, review "
                                                "where each belongs, then attach them"))
        self.quit.setText(self.tr("&Quit"))
        self.preferences.setText(self.tr("&Preferences…"))
        self.about.setText(self.tr("&About AuditReady"))
        self.help_contents.setText(self.tr("AuditReady &help"))
        self.help_contents.setStatusTip(self.tr("The user guide; F1 opens the page of the "
                                                "view you are in"))
        self.shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.open_new_window.setText(self.tr("Open in new &window…"))
        self.open_new_window.setStatusTip(self.tr("Open another project in a second window, "
                                                  "beside this one"))
        self.close_project.setText(self.tr("&Close project"))
        self.clear_recent.setText(self.tr("&Clear list"))
        self.standards_menu.setTitle(self.tr("S&tandards"))
        self.change_edition.setText(self.tr("&Change edition…"))
        self.change_edition.setStatusTip(self.tr("Move the project to a newer edition of one "
                                                 "of its standards, carrying the work over"))
        self.transition_gaps.setText(self.tr("&Transition gaps…"))
        self.transition_gaps.setStatusTip(self.tr("What changes from one edition of a standard "
                                                  "to the next"))
        self.project_menu.setTitle(self.tr("&Project"))
        self.system_info.setText(self.tr("&Management system…"))
        self.system_info.setStatusTip(self.tr("When the system went live and the climate "
                                              "change decision (Amd 1:2024)"))
        self.company_profile.setText(self.tr("&Company profile…"))
        self.company_profile.setStatusTip(self.tr("The company, its sites and scope, and who "
                                                  "prepares and approves the reports"))
        self._retranslate_checklist_menu()
        self._undo_texts()

    def _retranslate_checklist_menu(self) -> None:
        self.checklist_menu.setTitle(self.tr("&Checklist"))
        self.next_item.setText(self.tr("&Next item"))
        self.next_item.setStatusTip(self.tr("Go to the next checklist item of the tree, "
                                            "from anywhere in the window"))
        self.previous_item.setText(self.tr("Pre&vious item"))
        self.previous_item.setStatusTip(self.tr("Go to the previous checklist item of the "
                                                "tree, from anywhere in the window"))
        self.item_action.setText(self.tr("Create a&ction for this item"))
        self.item_action.setStatusTip(self.tr("Add the selected checklist item, not ready "
                                              "yet, to the action plan"))
        self.add_custom_item.setText(self.tr("&Add custom item…"))
        self.add_custom_item.setStatusTip(self.tr("Add your own clause or checklist item, "
                                                  "under a clause or in a new checklist"))
        self.edit_custom_item.setText(self.tr("&Edit custom item…"))
        self.remove_custom_item.setText(self.tr("&Remove custom item"))
        self.remove_custom_checklist.setText(self.tr("Remove custom &checklist…"))
        self.import_checklist.setText(self.tr("&Import checklist from Excel…"))
        self.import_checklist.setStatusTip(self.tr("Add a checklist from an Excel workbook "
                                                   "(columns: Help ▸ AuditReady help ▸ "
                                                   "Export and Excel)"))
        self.save_template.setText(self.tr("&Save items as template…"))
        self.save_template.setStatusTip(self.tr("Save the custom items of this tab to a file "
                                                "for use in other projects"))
        self.apply_template.setText(self.tr("A&pply template…"))
