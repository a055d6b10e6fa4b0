"""Everything the main window builds its panels, menus and commands from.

:class:`~desktop.ui.shell.main_window.MainWindow` imports this module when it
builds its contents (:meth:`~desktop.ui.shell.main_window.MainWindow.build`),
not when it is imported: at start-up the empty window is on screen before the
knowledge base, the project store, the readiness rules and the panels load
(some four hundred modules). Importing this module loads all that the first
complete window needs, and nothing that only a dialog, an export or another
page needs (``tests/test_startup_imports.py`` checks both).
"""

from __future__ import annotations

from desktop.domain.names import shown_name
from desktop.ui.certification.assessment_area import (
    AssessmentArea,
    AssessmentCommands,
    WarningBanner,
)
from desktop.ui.checklist.checklist_panel import ChecklistPanel
from desktop.ui.checklist.custom_content import CustomContentCommands
from desktop.ui.checklist.editions import EditionCommands
from desktop.ui.checklist.item_panel import ItemPanel
from desktop.ui.checklist.item_steps import step_item
from desktop.ui.checklist.readiness_panel import ReadinessPanel
from desktop.ui.departments.install import DepartmentsUi
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.close_guard import CloseGuard
from desktop.ui.shell.menus import MainMenus
from desktop.ui.shell.open_check import OpenCheck
from desktop.ui.shell.safety import SafetyCommands
from desktop.ui.shell.shell_commands import ShellCommands
from desktop.ui.shell.summary_strip import SummaryStrip

__all__ = ["AssessmentArea", "AssessmentCommands", "ChecklistPanel", "CloseGuard",
           "CustomContentCommands", "DepartmentsUi", "EditionCommands", "ItemPanel",
           "MainMenus", "OpenCheck", "ProjectActions", "ReadinessPanel", "SafetyCommands",
           "ShellCommands", "SummaryStrip", "WarningBanner", "shown_name", "step_item"]
