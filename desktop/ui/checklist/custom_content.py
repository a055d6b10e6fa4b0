"""Checklist ▸ custom content in the UI: add, edit and remove custom items, import a
checklist from Excel, save and apply templates.

:class:`CustomContentCommands` asks what it needs (dialogs, file pickers),
then calls ``desktop.services.custom`` through the project actions; the
Excel import runs on the worker. Results come back as :class:`Changes` with
``custom`` set, on which the main window rebuilds the trees.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from desktop.domain.custom import CUSTOM_SYSTEM
from desktop.domain.model import CatalogItem, Standard
from desktop.errors import ChecklistImportError
from desktop.services import custom as custom_service
from desktop.services.custom import EntryFields
from desktop.ui.checklist.checklist_model import ChecklistTreeModel
from desktop.ui.checklist.checklist_panel import ChecklistPanel
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg
from desktop.ui.shell.workers import Task

if TYPE_CHECKING:  # the dialogs are imported when first opened
    from desktop.ui.checklist.custom_dialogs import CustomItemDialog, Place

TEMPLATE_SUFFIX = ".json"


class CustomContentCommands(QObject):
    """The Checklist menu's custom-content commands.

    Args:
        ctx: the application context (errors, settings, language).
        actions: the project actions (session, services, worker).
        checklist: the tree panel (what is selected, which tab is shown).
        flush: saves pending edits of the item panel before content changes.
        window: parent of the dialogs.
    """

    def __init__(self, ctx: AppContext, actions: ProjectActions, checklist: ChecklistPanel,
                 flush: Callable[[], None], window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._actions = actions
        self._checklist = checklist
        self._flush = flush
        self._window = window

    # -- what is selected -------------------------------------------------------------

    def _selected(self) -> CatalogItem | None:
        session = self._actions.session
        item_id = self._checklist.current_item_id()
        if session is None or not item_id or not session.catalog.has_item(item_id):
            return None
        return session.catalog.item(item_id)

    def _current_standard(self) -> Standard | None:
        model = self._checklist.current_model()
        return model.standard if isinstance(model, ChecklistTreeModel) else None

    def _places(self) -> list[Place]:
        from desktop.ui.checklist.custom_dialogs import Place

        session = self._actions.session
        if session is None:
            return []
        lang = self._ctx.content_lang
        places = []
        item = self._selected()
        if item is not None and item.kind.is_checklist and item.parent:
            item = session.catalog.item(item.parent)
        if item is not None:
            std = session.catalog.standard(item.standard_id)
            places.append(Place(arg(self.tr('Under %1 "%2" (%3)'), item.clause,
                                    item.title.get(lang), std.label), parent=item.id))
        for std in session.standards():
            if std.system == CUSTOM_SYSTEM:
                places.append(Place(arg(self.tr('Top of the checklist "%1"'), std.label),
                                    checklist_id=std.id))
        places.append(Place(self.tr("A new checklist"), new_checklist=True))
        return places

    def _info(self, text: str) -> None:
        self._ctx.errors.info(self.tr("Custom content"), text, self._window)

    # -- entries ------------------------------------------------------------------------

    def add_item(self) -> CustomItemDialog | None:
        """Checklist ▸ Add custom item… (modeless dialog, so tests can fill it in)."""
        if self._actions.session is None:
            return None
        self._flush()
        from desktop.ui.checklist.custom_dialogs import CustomItemDialog

        def submit(place: Place | None, name: str, fields: EntryFields) -> bool:
            if place is None:
                return False
            return self._actions.change_custom(
                custom_service.add_custom_item, fields, parent=place.parent,
                checklist_id=place.checklist_id,
                new_checklist=name if place.new_checklist else None) is not None

        return self._open(CustomItemDialog(submit, places=self._places(), parent=self._window))

    def edit_item(self) -> CustomItemDialog | None:
        """Checklist ▸ Edit custom item… for the selected custom entry."""
        item = self._selected()
        if item is None or not item.custom:
            self._info(self.tr("Select a custom item in the tree first. Items of the "
                               "standards themselves cannot be edited."))
            return None
        self._flush()
        item_id = item.id
        from desktop.ui.checklist.custom_dialogs import CustomItemDialog

        def submit(_place: Place | None, _name: str, fields: EntryFields) -> bool:
            return self._actions.change_custom(custom_service.edit_custom_item, item_id,
                                               fields) is not None

        return self._open(CustomItemDialog(submit, item=item, parent=self._window))

    def _open(self, dialog: CustomItemDialog) -> CustomItemDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove_item(self) -> bool:
        """Checklist ▸ Remove custom item (asks first)."""
        item = self._selected()
        if item is None or not item.custom:
            self._info(self.tr("Select a custom item in the tree first. Items of the "
                               "standards themselves cannot be removed."))
            return False
        lang = self._ctx.content_lang
        question = arg(self.tr('Remove the custom item %1 "%2"? Its status and links to '
                               "evidence files are removed too; the files stay in the "
                               "project."), item.clause, item.title.get(lang))
        if not self._ctx.errors.confirm(self.tr("Remove custom item"), question, self._window):
            return False
        self._flush()
        return self._actions.change_custom(custom_service.remove_custom_item,
                                           item.id) is not None

    def remove_checklist(self) -> bool:
        """Checklist ▸ Remove custom checklist… for the custom checklist shown."""
        std = self._current_standard()
        if std is None or std.system != CUSTOM_SYSTEM:
            self._info(self.tr("Show the tab of a custom checklist first."))
            return False
        question = arg(self.tr('Remove the custom checklist "%1" with all its items? Their '
                               "status and links to evidence files are removed too; the "
                               "files stay in the project."), std.label)
        if not self._ctx.errors.confirm(self.tr("Remove custom checklist"), question,
                                        self._window):
            return False
        self._flush()
        return self._actions.change_custom(custom_service.remove_custom_checklist,
                                           std.id) is not None

    # -- Excel -------------------------------------------------------------------------

    def import_excel(self) -> Task | None:
        """Checklist ▸ Import checklist from Excel…: pick the file, name the checklist, import."""
        if self._actions.session is None:
            return None
        name, _filter = QFileDialog.getOpenFileName(
            self._window, self.tr("Import checklist from Excel"), self._ctx.settings.last_dir(),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"))
        if not name:
            return None
        path = Path(name)
        self._ctx.settings.set_last_dir(path.parent)
        title, ok = QInputDialog.getText(
            self._window, self.tr("Import checklist from Excel"),
            self.tr("Name of the new checklist:"), QLineEdit.EchoMode.Normal, path.stem)
        if not ok:
            return None
        self._flush()
        return self._actions.import_checklist(path, title.strip() or path.stem,
                                              self._import_failed)

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ChecklistImportError) and exc.problems:
            def show() -> None:
                from desktop.ui.checklist.custom_dialogs import ImportProblemsDialog

                dialog = ImportProblemsDialog(exc, self._ctx.content_lang, self._window)
                dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                dialog.open()

            self._ctx.errors.user_error_details(exc, show)
        else:
            self._ctx.errors.handle(exc, self._window)

    # -- templates -----------------------------------------------------------------------

    def save_template(self) -> bool:
        """Checklist ▸ Save items as template…: the custom checklist shown, or the custom
        items added to the standard shown."""
        std = self._current_standard()
        if std is None or not any(i.custom for i in std.items):
            self._info(self.tr("This tab has no custom items to save. Show a custom "
                               "checklist, or a standard you added custom items to."))
            return False
        default = Path(self._ctx.settings.last_dir()) / (custom_service.slug(std.label)
                                                         + TEMPLATE_SUFFIX)
        name, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Save items as template"), str(default),
            self.tr("AuditReady templates (*.json)"))
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(TEMPLATE_SUFFIX)
        self._ctx.settings.set_last_dir(path.parent)
        if self._actions.change_custom(custom_service.save_template, std.id, path) is None:
            return False
        self._info(arg(self.tr("Template saved: %1"), str(path)))
        return True

    def apply_template(self) -> bool:
        """Checklist ▸ Apply template…: add a template's items to this project."""
        if self._actions.session is None:
            return False
        name, _filter = QFileDialog.getOpenFileName(
            self._window, self.tr("Apply template"), self._ctx.settings.last_dir(),
            self.tr("AuditReady templates (*.json);;All files (*)"))
        if not name:
            return False
        self._ctx.settings.set_last_dir(Path(name).parent)
        self._flush()
        return self._actions.change_custom(custom_service.apply_template,
                                           Path(name)) is not None

