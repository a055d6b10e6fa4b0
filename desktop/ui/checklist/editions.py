"""Editions in the UI: moving a project to a newer edition, and the transition gaps dialog.

:class:`EditionCommands` runs Standards ▸ Change edition… (pick among
:func:`desktop.services.editions.newer_editions`, confirm, then the
``change_edition`` service through the project actions) and opens
:class:`TransitionGapsDialog`, a table of
:func:`desktop.services.editions.transition_gaps` for each edition change
that concerns the project (its editions to their newer ones, and the
editions it moved from to the ones it uses now).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.model import Standard
from desktop.errors import UserError
from desktop.services.session import ProjectSession
from desktop.ui.shell.actions import ProjectActions
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg

Pair = tuple[Standard, Standard]

#: Text, background and border of the note on the new edition: a draft warns.
_DRAFT_NOTE = ("#7a4100", "#fff3e0", "#f0a040")
_EDITION_NOTE = ("#263238", "#eef3f8", "#b0c4d8")


def edition_text(standard: Standard) -> str:
    """The edition's label, marked "(draft)" when it is not published, e.g.
    "ISO 9001:2026 (draft)"."""
    if standard.status == "draft":
        return arg(QCoreApplication.translate("Editions", "%1 (draft)"), standard.label)
    return standard.label


def pair_text(pair: Pair) -> str:
    """E.g. "ISO 14001:2015 → ISO 14001:2026"."""
    return f"{pair[0].label} → {edition_text(pair[1])}"


def transition_pairs(session: ProjectSession) -> list[Pair]:
    """Edition changes that concern the project: from each of its editions to a
    newer one, then from an older edition to each edition it now uses."""
    # The edition services and the gaps model are imported when first used (here and
    # below): the window's start-up needs neither.
    from desktop.services.editions import newer_editions

    pairs = list(newer_editions(session))
    for std in session.standards():
        for tr in session.catalog.transitions:
            if tr.to_id == std.id:
                pair = (session.catalog.standard(tr.from_id), std)
                if pair not in pairs:
                    pairs.append(pair)
    return pairs


class TransitionGapsDialog(QDialog):
    """What changes between two editions, row by row, with the new edition's items.

    Signals:
        changeRequested(str): the user asked to move the project to this edition id.
    """

    changeRequested = Signal(str)

    def __init__(self, ctx: AppContext, actions: ProjectActions, pairs: list[Pair],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.ui.checklist.transitions_model import GapColumn, TransitionGapsModel

        self.setObjectName("transitionGapsDialog")
        self._ctx = ctx
        self._actions = actions
        self._pairs = pairs
        self.pair_label = QLabel()
        self.pairs = QComboBox(objectName="transitionPairCombo")
        for pair in pairs:
            self.pairs.addItem(pair_text(pair), pair[1].id)
        self.period = QLabel(objectName="transitionPeriod", wordWrap=True)
        self.period.setTextFormat(Qt.TextFormat.PlainText)
        self.status_note = QLabel(objectName="editionStatusNote", wordWrap=True)
        self.status_note.setTextFormat(Qt.TextFormat.PlainText)
        self.model = TransitionGapsModel(self)
        self.table = QTableView(objectName="transitionGapsTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (GapColumn.CHANGE, GapColumn.OLD, GapColumn.NEW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GapColumn.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GapColumn.ITEMS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(GapColumn.ITEMS, 300)
        header.sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())
        self.change_button = QPushButton(objectName="changeEditionButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.change_button.clicked.connect(self._on_change_clicked)
        top = QHBoxLayout()
        top.addWidget(self.pair_label)
        top.addWidget(self.pairs, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.period)
        layout.addWidget(self.status_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.pairs.currentIndexChanged.connect(self._show_pair)
        self.resize(1080, 620)
        self.retranslate()

    def show_pair(self, from_id: str, to_id: str) -> bool:
        """Show the change from ``from_id`` to ``to_id``; False when it is not offered."""
        for row, (old, new) in enumerate(self._pairs):
            if (old.id, new.id) == (from_id, to_id):
                self.pairs.setCurrentIndex(row)
                self._show_pair()
                return True
        return False

    def current_pair(self) -> Pair | None:
        """The edition change shown, or None when there is none."""
        row = self.pairs.currentIndex()
        return self._pairs[row] if 0 <= row < len(self._pairs) else None

    def _show_pair(self, *_args: object) -> None:
        session = self._actions.session
        pair = self.current_pair()
        lang = self._ctx.content_lang
        self.pairs.setVisible(bool(self._pairs))
        if session is None or pair is None:
            self.model.set_gaps([], lang)
            self.period.setText(self.tr("No newer edition with a transition map is available "
                                        "for this project's standards."))
            self.status_note.hide()
            self.change_button.hide()
            return
        old, new = pair
        from desktop.services.editions import transition_gaps

        try:
            gaps = transition_gaps(session, old.id, new.id)
            period = session.catalog.transition(old.id, new.id).period.get(lang)
        except (UserError, KeyError):
            gaps, period = (), ""
        self.model.set_gaps(gaps, lang)
        self.table.resizeRowsToContents()
        self.period.setText(arg(self.tr("Transition period: %1"), period) if period else "")
        self.period.setVisible(bool(period))
        note = new.status_note.get(lang) if new.status_note else ""
        if new.status == "draft":
            note = arg(self.tr("%1 is a draft. %2"), new.label, note).strip()
        self.status_note.setText(note)
        self.status_note.setVisible(bool(note))
        colours = _DRAFT_NOTE if new.status == "draft" else _EDITION_NOTE
        self.status_note.setStyleSheet("QLabel {{ color: {}; background: {}; border: 1px solid "
                                       "{}; border-radius: 3px; padding: 4px 6px; }}"
                                       .format(*colours))
        in_project = old.id in {s.id for s in session.standards()}
        self.change_button.setVisible(in_project)
        self.change_button.setText(arg(self.tr("Move the project to %1…"), edition_text(new)))

    def _on_change_clicked(self) -> None:
        pair = self.current_pair()
        if pair is not None:
            self.changeRequested.emit(pair[1].id)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Transition gaps"))
        self.pair_label.setText(self.tr("Edition change:"))
        self.table.setAccessibleName(self.tr("Changes between the editions"))
        self.model.retranslate()
        self._show_pair()


class EditionCommands(QObject):
    """Standards ▸ Change edition… and Standards ▸ Transition gaps…

    Args:
        ctx: the application context (catalog, errors, language).
        actions: the project actions (session and the change_edition service).
        window: parent of the dialogs.
    """

    def __init__(self, ctx: AppContext, actions: ProjectActions, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._actions = actions
        self._window = window

    def change_edition(self, new_id: str | None = None) -> bool:
        """Ask which newer edition (unless ``new_id`` is given), confirm, and move the
        project to it; False when nothing changed."""
        session = self._actions.session
        if session is None:
            return False
        from desktop.services.editions import newer_editions

        pairs = list(newer_editions(session))
        title = self.tr("Change edition")
        if new_id is not None:
            pairs = [p for p in pairs if p[1].id == new_id] or self._any_pair(session, new_id)
        if not pairs:
            self._ctx.errors.info(title, self.tr("No newer edition with a transition map is "
                                                 "available for this project's standards."),
                                  self._window)
            return False
        pair = pairs[0]
        if len(pairs) > 1:
            names = [pair_text(p) for p in pairs]
            choice, ok = QInputDialog.getItem(self._window, title,
                                              self.tr("Move the project to:"), names, 0, False)
            if not ok or choice not in names:
                return False
            pair = pairs[names.index(choice)]
        if not self._ctx.errors.confirm(title, self._question(pair), self._window):
            return False
        return self._actions.change_edition(pair[1].id)

    def _any_pair(self, session: ProjectSession, new_id: str) -> list[Pair]:
        """(project's edition of that family, ``new_id``) even without a transition map."""
        try:
            new = session.catalog.standard(new_id)
        except KeyError:
            return []
        return [(s, new) for s in session.standards()
                if s.family == new.family and s.id != new.id]

    def _question(self, pair: Pair) -> str:
        old, new = pair
        lang = self._ctx.content_lang
        parts = [
            arg(self.tr("Move this project from %1 to %2?"), old.label, edition_text(new)),
            arg(self.tr("Your work is carried over: every checklist item that continues in %2 "
                        "keeps its status, owner, due date, notes and evidence files. Items "
                        "that are new in %2 start as not started; Standards ▸ Transition "
                        "gaps lists what changed. What you recorded for %1 stays in the "
                        "project file."), old.label, new.label),
        ]
        if new.status == "draft" or new.status_note is not None:
            note = new.status_note.get(lang) if new.status_note else ""
            if new.status == "draft":
                note = arg(self.tr("%1 is a draft. %2"), new.label, note).strip()
            parts.append(note)
        return "\n\n".join(parts)

    def show_transition_gaps(self, from_id: str | None = None,
                             to_id: str | None = None) -> TransitionGapsDialog | None:
        """Open the transition gaps dialog (modeless), on ``from_id`` → ``to_id`` if given."""
        session = self._actions.session
        if session is None:
            return None
        dialog = TransitionGapsDialog(self._ctx, self._actions, transition_pairs(session),
                                      self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if from_id is not None and to_id is not None:
            dialog.show_pair(from_id, to_id)
        dialog.changeRequested.connect(lambda new_id: self._change_from(dialog, new_id))
        dialog.show()
        return dialog

    def _change_from(self, dialog: TransitionGapsDialog, new_id: str) -> None:
        if self.change_edition(new_id):
            dialog.close()
