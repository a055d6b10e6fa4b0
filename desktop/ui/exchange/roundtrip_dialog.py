"""The preview of a client's filled-in workbook: every change, conflicts, problems, Apply / Cancel.

File ▸ "Import filled-in workbook…" builds a
:class:`desktop.services.roundtrip.RoundTripPreview` and opens
:class:`RoundTripDialog` on it. Nothing is written until Apply, which applies
every accepted change in one transaction through the project actions.
Conflicts (items changed in the project since the export) keep the
project's value unless the user ticks "Take workbook value"; errors block
Apply and are listed with their sheet, row and column.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.names import shown_name
from desktop.services.roundtrip import RoundTripPreview
from desktop.ui.exchange.roundtrip_model import (
    ChangeColumn,
    ProblemColumn,
    RoundTripChangesModel,
    RoundTripProblemsModel,
)
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg

if TYPE_CHECKING:
    from desktop.ui.shell.actions import ProjectActions


class RoundTripDialog(QDialog):
    """Shows what a returned workbook changes and applies it on confirmation.

    Args:
        ctx: the application context (content language).
        actions: the project actions; Apply calls ``actions.apply_roundtrip(
            preview, chosen) -> bool`` (one transaction; a refusal is shown
            through the error channel and the dialog stays open).
        preview: what the workbook changes, from ``preview_roundtrip``.
        parent: the window.

    The dialog is accepted only when the changes were written.
    """

    def __init__(self, ctx: AppContext, actions: ProjectActions, preview: RoundTripPreview,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundTripDialog")
        self._ctx = ctx
        self._actions = actions
        self.preview = preview
        lang = ctx.content_lang
        self.intro = QLabel(objectName="roundTripIntro", wordWrap=True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.changes = RoundTripChangesModel(self)
        self.changes.set_preview(preview, lang)
        self.changes_view = self._table("roundTripChanges", self.changes)
        header = self.changes_view.horizontalHeader()
        for column in ChangeColumn:
            mode = (QHeaderView.ResizeMode.Stretch if column in (ChangeColumn.ITEM,
                                                                  ChangeColumn.CHANGE)
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(column, mode)
        self.problems_label = QLabel(objectName="roundTripProblemsLabel", wordWrap=True)
        self.problems = RoundTripProblemsModel(self)
        self.problems.set_problems(preview.problems, lang)
        self.problems_view = self._table("roundTripProblems", self.problems)
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(ProblemColumn.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemColumn.WHERE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemColumn.PROBLEM, QHeaderView.ResizeMode.Stretch)
        has_problems = bool(preview.problems)
        self.problems_label.setVisible(has_problems)
        self.problems_view.setVisible(has_problems)
        self.buttons = QDialogButtonBox()
        self.apply_button = QPushButton(objectName="roundTripApply")
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.clicked.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.setEnabled(not preview.blocked and bool(preview.items))
        self.apply_button.setDefault(self.apply_button.isEnabled())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.changes_view, 3)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 560)
        self.retranslate()

    @staticmethod
    def _table(name: str, model: Any) -> QTableView:
        view = QTableView(objectName=name)
        view.setModel(model)
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        return view

    def chosen(self) -> set[str]:
        """Ids of the conflicting items where the workbook's values are taken."""
        return self.changes.chosen()

    def _apply(self) -> None:
        chosen = self.chosen()
        if self._actions.apply_roundtrip(self.preview, chosen):
            self.accept()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        preview = self.preview
        self.setWindowTitle(self.tr("Import filled-in workbook"))
        fields = sum(len(c.fields) for c in preview.items)
        parts = [arg(self.tr('%n change(s) to %1 item(s) from "%2".', "", fields),
                     len(preview.items), shown_name(preview.source.name))]
        if preview.sender:
            parts.insert(0, arg(self.tr("The workbook of the department %1."), preview.sender))
        if preview.conflicts:
            parts.append(self.tr(
                "%n item(s) changed in the project since the export (⚠): the project's "
                'value is kept unless you tick "Take workbook value".', "",
                len(preview.conflicts)))
        if preview.blocked:
            parts.append(self.tr(
                "Nothing can be applied: the workbook has %n error(s). Correct them in "
                "Excel and import it again.", "", len(preview.errors)))
        elif not preview.items:
            parts.append(self.tr("The workbook changes nothing in the project."))
        else:
            parts.append(self.tr("Apply writes every change at once; Cancel writes nothing."))
        self.intro.setText("\n".join(parts))
        self.problems_label.setText(self.tr("Problems and notes (✕ errors block applying):"))
        self.apply_button.setText(self.tr("&Apply"))
        self.changes_view.setAccessibleName(self.tr("Changes in the workbook"))
        self.problems_view.setAccessibleName(self.tr("Problems in the workbook"))
        self.changes.retranslate()
        self.problems.retranslate()
