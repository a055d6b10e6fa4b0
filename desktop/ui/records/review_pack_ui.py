"""The reviews view's management review pack: "Inputs and outputs…" and
"Export input report…" for the selected review.

Saving the outputs is one undoable step (undo restores the notes and
decisions and removes the actions the save added); the export writes the
input report (管理评审输入) as PDF on the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from desktop.domain.records import ManagementReview
from desktop.domain.review_pack import ReviewOutputs
from desktop.services.audits import review_pack as pack_service
from desktop.services.changes import Changes
from desktop.ui.records.kit_jobs import run_export
from desktop.ui.records.review_outputs_dialog import ReviewOutputsDialog
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg
from desktop.ui.shell.undo import ServiceCommand
from desktop.ui.shell.workers import Task


class ReviewPackControls(QWidget):
    """Two buttons acting on the review ``selected()`` returns.

    Signals:
        exported(object): the PDF written (a :class:`~pathlib.Path`).
    """

    exported = Signal(object)

    def __init__(self, ctx: AppContext, actions: ProjectActions,
                 selected: Callable[[], ManagementReview | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actions = actions
        self._selected = selected
        self.outputs_button = QPushButton(objectName="reviewOutputsButton")
        self.export_button = QPushButton(objectName="exportReviewPackButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outputs_button)
        layout.addWidget(self.export_button)
        self.outputs_button.clicked.connect(lambda _c=False: self.edit_outputs())
        self.export_button.clicked.connect(lambda _c=False: self.export_pack())
        self.retranslate()
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        """Enable the buttons when a review is selected."""
        self.outputs_button.setEnabled(enabled)
        self.export_button.setEnabled(enabled)

    def _save(self, outputs: ReviewOutputs) -> Changes | None:
        session = self._actions.session
        if session is None:
            return None
        before = pack_service.review_outputs(session, outputs.review_id)
        changes = self._actions.change_records(pack_service.save_review_outputs, outputs)
        if changes is None:
            return None
        created = self._created(before)
        text = self.tr("Edit the management review's inputs and outputs")

        def redo() -> Changes | None:
            again = pack_service.review_outputs(session, outputs.review_id)
            done = self._actions.change_records(pack_service.save_review_outputs, outputs)
            if done is not None:
                created[:] = self._created(again)
            return done

        def undo() -> Changes | None:
            return self._actions.change_records(pack_service.restore_review_outputs, before,
                                                tuple(created))

        self._actions.undo_stack.push(ServiceCommand(text, redo, undo))
        return changes

    def _created(self, before: ReviewOutputs) -> list[int]:
        """Actions the last save added: linked now, not linked in ``before``."""
        session = self._actions.session
        if session is None:
            return []
        old = {d.action_id for d in before.decisions}
        now = pack_service.review_outputs(session, before.review_id)
        return [d.action_id for d in now.decisions
                if d.action_id is not None and d.action_id not in old]

    def edit_outputs(self) -> ReviewOutputsDialog | None:
        """Open the inputs-and-outputs editor on the selected review."""
        session = self._actions.session
        review = self._selected()
        if session is None or review is None:
            return None
        dialog = ReviewOutputsDialog(lambda o: self._save(o) is not None,
                                     pack_service.review_outputs(session, review.id),
                                     self._ctx.content_lang, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_pack(self, path: Path | None = None) -> Task | None:
        """Ask where (unless ``path`` is given), then write the input report of the selected
        review in the content language, on the worker."""
        session = self._actions.session
        review = self._selected()
        if session is None or review is None:
            return None
        if path is None:
            suggested = (f"管理评审输入-{review.held_on.isoformat()}.pdf"
                         if self._ctx.content_lang == "zh"
                         else f"management-review-input-{review.held_on.isoformat()}.pdf")
            name, _f = QFileDialog.getSaveFileName(
                self, self.tr("Save the management review input report as"),
                str(session.path.parent / suggested), self.tr("PDF files (*.pdf)"))
            if not name:
                return None
            path = Path(name)
        lang = self._ctx.content_lang
        target = path

        def job() -> Path:
            return pack_service.export_review_pack(session, review.id, target,
                                                   "zh" if lang == "zh" else "en")

        def done(written: object) -> None:
            self._ctx.errors.info(self.tr("Management review input report"),
                                  arg(self.tr("Saved %1"), str(written)), self)
            self.exported.emit(written)

        return run_export(self._ctx, self._actions, self, job,
                          self.tr("Writing the management review input report…"), done)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.outputs_button.setText(self.tr("Inputs and outputs…"))
        self.export_button.setText(self.tr("Export input report…"))
        self.export_button.setToolTip(self.tr(
            "The management review input report as PDF, with a signature line for the chair"))
