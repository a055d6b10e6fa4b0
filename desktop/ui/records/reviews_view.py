"""Management reviews (ISO 9001:2015 9.3, ISO 14001:2015 9.3, ISO 45001:2018 9.3):
the reviews held, with the required inputs each one did not consider.

The editor is :class:`~desktop.ui.review_dialog.ReviewDialog`; saving runs
``save_review`` through :meth:`ProjectActions.change_records`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import ManagementReview
from desktop.domain.reviews import REQUIRED_INPUTS
from desktop.services import records as record_service
from desktop.ui.records.record_widgets import (
    configure_table,
    fit_columns,
)
from desktop.ui.records.records_model import ReviewColumn, ReviewRow, ReviewsModel
from desktop.ui.records.review_dialog import ReviewDialog, input_text, review_counts
from desktop.ui.records.review_pack_ui import ReviewPackControls
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg

if TYPE_CHECKING:
    from desktop.services.assessment import Assessment



class ReviewsPanel(QWidget):
    """Management reviews held: the table, the selected review's missing inputs and outputs."""

    def __init__(self, ctx: AppContext, actions: ProjectActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewsPanel")
        self._ctx = ctx
        self._actions = actions
        self._reviews: list[ManagementReview] = []
        self.model = ReviewsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table, "reviewsTable", stretch=ReviewColumn.OUTPUTS)
        self.new_button = QPushButton(objectName="newReviewButton")
        self.edit_button = QPushButton(objectName="editReviewButton")
        self.delete_button = QPushButton(objectName="deleteReviewButton")
        self.pack = ReviewPackControls(ctx, actions, self.selected_review, self)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.pack)
        buttons.addStretch(1)
        self.detail = QLabel(objectName="reviewDetail", wordWrap=True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box = QGroupBox(objectName="reviewsBox")
        box_layout = QVBoxLayout(self.box)
        box_layout.addWidget(self.table, 2)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.detail, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        self.new_button.clicked.connect(lambda _checked=False: self.new_review())
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_review())
        self.delete_button.clicked.connect(self.delete_review)
        self.table.doubleClicked.connect(lambda _i: self.edit_review())
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        ctx.language.changed.connect(lambda _lang: self._fill())
        self.retranslate()
        self.show_assessment(None)

    def _families(self, standard_ids: Sequence[str]) -> list[str]:
        session = self._actions.session
        if session is None:
            return []
        families = []
        for sid in standard_ids:
            try:
                families.append(session.catalog.standard(sid).family)
            except KeyError:
                continue
        return families

    def _label(self, standard_id: str) -> str:
        session = self._actions.session
        try:
            return session.catalog.standard(standard_id).label if session else standard_id
        except KeyError:
            return standard_id

    def show_assessment(self, assessment: Assessment | None) -> None:
        """Show the open project's management reviews (None: no project, editing disabled)."""
        session = self._actions.session
        ok = session is not None and assessment is not None
        self._reviews = (sorted(session.store.records.reviews(), key=lambda r: r.held_on)
                         if ok and session is not None else [])
        self.setEnabled(ok)
        self._fill()

    def _fill(self) -> None:
        selected = self.selected_review()
        rows = []
        for review in self._reviews:
            considered, required = review_counts(review, self._families(review.standard_ids))
            rows.append(ReviewRow(review, tuple(self._label(s) for s in review.standard_ids),
                                  considered, required))
        self.model.set_reviews(rows, self._ctx.content_lang)
        row = self.model.row_of(selected.id) if selected else -1
        if row < 0 and rows:
            row = len(rows) - 1  # the latest review
        if row >= 0:
            self.table.selectRow(row)
        fit_columns(self.table)
        self._on_selected()

    def selected_review(self) -> ManagementReview | None:
        """The review selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def select_review(self, review_id: int) -> bool:
        """Select review ``review_id``; False when not listed."""
        row = self.model.row_of(review_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _on_selected(self, *_args: Any) -> None:
        review = self.selected_review()
        self.edit_button.setEnabled(review is not None)
        self.delete_button.setEnabled(review is not None)
        self.pack.set_enabled(review is not None)
        self.detail.setText(self.detail_text(review) if review else self._empty_text())

    def _empty_text(self) -> str:
        if self.model.rowCount() or self._actions.session is None:
            return ""
        return self.tr("No management review has been held yet. Certification bodies expect "
                       "at least one before the stage 1 audit, considering every input the "
                       "standards require (ISO 9001:2015 9.3.2, ISO 14001:2015 and "
                       "ISO 45001:2018 9.3).")

    def detail_text(self, review: ManagementReview) -> str:
        """The selected review's missing required inputs (per standard) and its outputs."""
        session = self._actions.session
        lang = self._ctx.content_lang
        lines = []
        for sid in review.standard_ids:
            try:
                std = session.catalog.standard(sid) if session else None
            except KeyError:
                std = None
            if std is None:
                continue
            missing = [i for i in REQUIRED_INPUTS.get(std.family, ()) if i.id not in review.inputs]
            if missing:
                lines.append(arg(self.tr("⚠ %1: not considered:"), std.label))
                lines.extend(f"    • {input_text(i, lang)}" for i in missing)
            elif std.family in REQUIRED_INPUTS:
                lines.append(arg(self.tr("✔ %1: every required input considered."), std.label))
        lines.append("")
        lines.append(self.tr("Outputs:"))
        lines.append(review.outputs or self.tr("(none recorded)"))
        return "\n".join(lines)

    def _dialog(self, review: ManagementReview | None) -> ReviewDialog | None:
        session = self._actions.session
        if session is None:
            return None

        def submit(record: ManagementReview) -> bool:
            changes = self._actions.change_records(record_service.save_review, record)
            if changes is not None and changes.record_id is not None:
                self.select_review(changes.record_id)
            return changes is not None

        dialog = ReviewDialog(submit, session.standards(), self._ctx.content_lang, review,
                              parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_review(self) -> ReviewDialog | None:
        """Open the editor for a new management review."""
        return self._dialog(None)

    def edit_review(self) -> ReviewDialog | None:
        """Open the editor on the selected review."""
        review = self.selected_review()
        return self._dialog(review) if review is not None else None

    def delete_review(self) -> bool:
        """Ask, then delete the selected review."""
        review = self.selected_review()
        if review is None:
            return False
        question = arg(self.tr("Delete the management review of %1?"),
                       review.held_on.isoformat())
        if not self._ctx.errors.confirm(self.tr("Delete"), question, self):
            return False
        return self._actions.change_records(record_service.delete_review,
                                            review.id) is not None

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.box.setTitle(self.tr("Management reviews"))
        self.new_button.setText(self.tr("New review…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.table.setAccessibleName(self.tr("Management reviews"))
        self.model.retranslate()
        review = self.selected_review()
        self.detail.setText(self.detail_text(review) if review else self._empty_text())
