"""The find field and filters above the clause tree.

:class:`FindBar` only collects what the user asks for and shows the count;
:class:`~desktop.ui.checklist.checklist_panel.ChecklistPanel` computes the
matches (:func:`desktop.domain.find.matching_ids`) and hides the other rows.
Enter goes to the next match, Escape clears the field and every filter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.find import DueFilter, FindFilters
from desktop.domain.model import ItemStatus
from desktop.ui.shell.formatting import status_text
from desktop.ui.shell.i18n import arg

_MINE = "\x00mine"  # owner combo data: the user's own name
_NOBODY = "\x00nobody"  # owner combo data: items without an owner


class FindBar(QWidget):
    """Find field, status / owner / due filters, more filters and the match count.

    Args:
        lang: content language ("zh" or "en") for the status words.
        user_name: returns the user's own name ("" when not set), for "Mine".

    Signals:
        filtersChanged(): the text or a filter changed (read :meth:`filters`).
        nextRequested(), previousRequested(): Enter / Shift+Enter in the field.
        cleared(): Escape in an empty field (the tree may take the focus).
    """

    filtersChanged = Signal()
    nextRequested = Signal()
    previousRequested = Signal()
    cleared = Signal()

    def __init__(self, lang: str, user_name: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._lang = lang
        self._user_name = user_name
        self._owners: list[str] = []
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.filtersChanged)
        self.field.installEventFilter(self)
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.owner = _OwnerCombo(self._fill_owners)
        self.owner.setObjectName("ownerFilter")
        self.due = QComboBox()
        self.due.setObjectName("dueFilter")
        for combo in (self.status, self.owner, self.due):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(self.filtersChanged)
        self.more = QToolButton()
        self.more.setObjectName("moreFilters")
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more)
        self.mandatory_only = self._check(menu, "filterMandatory")
        self.no_evidence = self._check(menu, "filterNoEvidence")
        self.expired_evidence = self._check(menu, "filterExpired")
        self.more.setMenu(menu)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.field, 1)
        top.addWidget(self.count)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status, self.owner, self.due):
            filters.addWidget(widget, 1)
        filters.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addLayout(filters)
        self.retranslate()

    def _check(self, menu: QMenu, name: str) -> QAction:
        action = menu.addAction("")
        action.setObjectName(name)
        action.setCheckable(True)
        action.toggled.connect(self._more_toggled)
        return action

    def _more_toggled(self, _checked: bool) -> None:
        on = sum(a.isChecked() for a in (self.mandatory_only, self.no_evidence,
                                          self.expired_evidence))
        font = self.more.font()
        font.setBold(bool(on))
        self.more.setFont(font)
        self.filtersChanged.emit()

    # -- what the user asks for ------------------------------------------------

    def filters(self) -> FindFilters:
        """The text and filters as chosen now."""
        owner = self.owner.currentData()
        if owner == _MINE:
            owner = self._user_name().strip() or None
        elif owner == _NOBODY:
            owner = ""
        status = self.status.currentData()
        return FindFilters(
            text=self.field.text(),
            status=ItemStatus(status) if status else None,
            owner=owner,
            due=DueFilter(self.due.currentData() or DueFilter.ANY.value),
            mandatory_only=self.mandatory_only.isChecked(),
            no_evidence=self.no_evidence.isChecked(),
            expired_evidence=self.expired_evidence.isChecked(),
        )

    def clear(self) -> None:
        """Empty the field and reset every filter (one ``filtersChanged``)."""
        widgets: list[QObject] = [self.field, self.status, self.owner, self.due,
                                  self.mandatory_only, self.no_evidence, self.expired_evidence]
        for widget in widgets:
            widget.blockSignals(True)
        self.field.clear()
        for combo in (self.status, self.owner, self.due):
            combo.setCurrentIndex(0)
        for action in (self.mandatory_only, self.no_evidence, self.expired_evidence):
            action.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._more_toggled(False)

    def set_owners(self, owners: Iterable[str]) -> None:
        """Offer these owners (the project's, sorted) in the owner filter."""
        self._owners = sorted(set(owners))
        self._fill_owners()

    def owners(self) -> list[str]:
        """The owners offered in the owner filter."""
        return list(self._owners)

    def set_count(self, matches: int | None) -> None:
        """Show "12 matches" (None: nothing asked, no count)."""
        if matches is None:
            self.count.clear()
        else:
            self.count.setText(self.tr("%n match(es)", "", matches))

    def set_content_language(self, lang: str) -> None:
        """Show the status words in ``lang``."""
        self._lang = lang
        self.retranslate()

    def focus_field(self) -> None:
        """Put the cursor in the find field with its text selected (Ctrl+F)."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    # -- keys ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter: next match (Shift+Enter: previous); Escape: clear, or leave when empty."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previousRequested.emit()
                else:
                    self.nextRequested.emit()
                return True
            if key == Qt.Key.Key_Escape:
                if self.filters().active:
                    self.clear()
                else:
                    self.cleared.emit()
                return True
        return super().eventFilter(watched, event)

    # -- language -------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-read every translated text (the choices made are kept)."""
        self.field.setPlaceholderText(self.tr("Find clause, title, owner, file… (Ctrl+F)"))
        self.field.setToolTip(self.tr(
            "Finds clause numbers, titles, descriptions, guidance, notes, owners and "
            "evidence file names, in English and Chinese.\nEnter or F3: next match; "
            "Shift+F3: previous; Escape: clear."))
        self.field.setAccessibleName(self.tr("Find in the checklist"))
        self.count.setAccessibleName(self.tr("Number of matches"))
        self._refill(self.status, [(None, self.tr("Any status"))] + [
            (s.value, status_text(s, self._lang)) for s in ItemStatus])
        self.status.setToolTip(self.tr("Show only items with this status"))
        self._refill(self.due, [(None, self.tr("Any due date")),
                                (DueFilter.DUE.value, self.tr("Due within 14 days or overdue")),
                                (DueFilter.OVERDUE.value, self.tr("Overdue"))])
        self.due.setToolTip(self.tr("Open items by due date"))
        self._fill_owners()
        self.owner.setToolTip(self.tr("Show only items of this owner"))
        self.more.setText(self.tr("More"))
        self.more.setToolTip(self.tr("More filters"))
        self.mandatory_only.setText(self.tr("Mandatory documented information only"))
        self.no_evidence.setText(self.tr("No evidence yet"))
        self.expired_evidence.setText(self.tr("Expired evidence"))

    def _fill_owners(self) -> None:
        name = self._user_name().strip()
        mine = (arg(self.tr("Mine (%1)"), name) if name
                else self.tr("Mine (set your name in Preferences)"))
        choices: list[tuple[str | None, str]] = [(None, self.tr("Any owner")), (_MINE, mine),
                                                 (_NOBODY, self.tr("No owner"))]
        choices += [(o, o) for o in self._owners]
        self._refill(self.owner, choices)
        item = self.owner.model().item(1)  # type: ignore[attr-defined]
        item.setEnabled(bool(name))

    @staticmethod
    def _refill(combo: QComboBox, choices: list[tuple[str | None, str]]) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in choices:
            combo.addItem(text, data)
        found = combo.findData(kept) if kept is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)


class _OwnerCombo(QComboBox):
    """The owner filter; re-reads the user's name (for "Mine") when it opens."""

    def __init__(self, refill: Callable[[], None]) -> None:
        super().__init__()
        self._before_popup = refill

    def showPopup(self) -> None:
        """Refresh the choices (the name may have been set meanwhile), then open."""
        self._before_popup()
        super().showPopup()
