"""The start page, shown while no project is open: New, Open, Open sample, and the
recent projects as cards.

A card shows what the user needs to pick the right project (company, standards,
readiness, next deadline, folder, last opened) without opening its file: the
window stores a small summary in QSettings (:meth:`UiSettings.set_project_summary`)
whenever a project is opened or closed, and the card reads it back. A recent
project whose file is gone is marked "file not found" and cannot be opened.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.domain.assessment import Assessment
from desktop.domain.names import shown_name
from desktop.errors import UserError
from desktop.services.backups import readiness_share
from desktop.services.session import ProjectSession
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.i18n import arg

SAMPLE_NAME = "sample.auditready"
CARD_COLUMNS = 2


def ensure_sample(ctx: AppContext) -> Path | None:
    """The sample project in the user data folder, created now if missing.

    Returns:
        Its path, or None when it cannot be created (the message is shown).
    """
    sample = paths.user_data_dir() / SAMPLE_NAME
    if not sample.exists():
        from desktop.services.sample.build import create_sample  # only when the sample is missing

        try:
            create_sample(sample, ctx.catalog).close()
        except UserError as exc:
            ctx.errors.user_error(exc)
            return None
    return sample


def project_summary(session: ProjectSession, assessment: Assessment | None,
                    today: dt.date) -> dict[str, Any]:
    """What a start-page card shows of ``session``, as JSON-able values.

    Keys: ``company`` (str), ``standards`` (list of labels), ``readiness``
    (0.0-1.0 or None), ``deadline`` ([ISO date, en label, zh label] of the
    next certificate deadline, or None), ``opened`` (ISO date).
    """
    deadline = None
    if assessment is not None:
        dues = [c.next_due for c in assessment.certificates if c.next_due is not None]
        if dues:
            first = min(dues, key=lambda d: d.due)
            deadline = [first.due.isoformat(), first.label.en, first.label.zh]
    return {"company": session.store.profile().name,
            "standards": [s.label for s in session.standards()],
            "readiness": readiness_share(session),
            "deadline": deadline,
            "opened": today.isoformat()}


class ProjectCard(QFrame):
    """One recent project: click or Enter opens it (unless its file is missing).

    Signals:
        chosen(object): the project path.
    """

    chosen = Signal(object)

    def __init__(self, path: Path, summary: dict[str, Any], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectCard")
        self.path = path
        self.missing = not path.is_file()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if not self.missing
                            else Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor if not self.missing
                       else Qt.CursorShape.ArrowCursor)
        self.setEnabled(not self.missing)
        self.title = QLabel(objectName="cardTitle", wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.details = QLabel(objectName="cardDetails", wordWrap=True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        self._summary = summary
        self.show_texts(lang)

    def show_texts(self, lang: str) -> None:
        """Fill the card in the UI language (``lang``: "zh" or "en" for labels)."""
        s = self._summary
        company = str(s.get("company") or "") or shown_name(self.path.stem)
        title = company
        if self.missing:
            title = arg(self.tr("%1 (file not found)"), company)
        self.title.setText(title)
        lines = []
        if s.get("standards"):
            lines.append(" · ".join(str(x) for x in s["standards"]))
        share = s.get("readiness")
        if isinstance(share, (int, float)):
            lines.append(arg(self.tr("Readiness %1%"), str(round(share * 100))))
        deadline = s.get("deadline")
        if isinstance(deadline, list) and len(deadline) == 3:
            label = deadline[2] if lang == "zh" else deadline[1]
            lines.append(arg(self.tr("Next deadline: %1 %2"), str(label), str(deadline[0])))
        lines.append(arg(self.tr("Folder: %1"), str(self.path.parent)))
        lines.append(arg(self.tr("File: %1"), shown_name(self.path.name)))
        if s.get("opened"):
            lines.append(arg(self.tr("Last opened: %1"), str(s["opened"])))
        self.details.setText("\n".join(lines))
        self.setToolTip(str(self.path))
        self.setAccessibleName(title)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click opens the project."""
        if event.button() == Qt.MouseButton.LeftButton and not self.missing:
            self.chosen.emit(self.path)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter, Return or Space opens the project."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self.path)
            return
        super().keyPressEvent(event)


class StartPage(QScrollArea):
    """What the window shows while no project is open.

    Signals:
        newRequested(): the New project button.
        openRequested(): the Open button.
        sampleRequested(): the Open sample button.
        projectChosen(object): a recent project's card (its path).
    """

    newRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    projectChosen = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self._ctx = ctx
        self.setWidgetResizable(True)
        body = QWidget()
        self.heading = QLabel(objectName="startHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(objectName="startIntro", wordWrap=True)
        self.new_button = QPushButton(objectName="startNewButton")
        self.open_button = QPushButton(objectName="startOpenButton")
        self.sample_button = QPushButton(objectName="startSampleButton")
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.sample_button.clicked.connect(self.sampleRequested)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.sample_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.recent_label = QLabel(objectName="startRecentLabel")
        self.recent_label.setFont(font)
        self.no_recent = QLabel(objectName="startNoRecent", wordWrap=True)
        self.grid = QGridLayout()
        self.cards: list[ProjectCard] = []
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addSpacing(16)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.no_recent)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.setWidget(body)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        """Rebuild the cards from the recent list and the stored summaries."""
        for card in self.cards:
            self.grid.removeWidget(card)
            card.hide()  # gone at once, deleted when control returns to the event loop
            card.deleteLater()
        self.cards = []
        lang = self._ctx.content_lang
        for number, path in enumerate(self._ctx.settings.recent_projects()):
            card = ProjectCard(path, self._ctx.settings.project_summary(path), lang)
            card.chosen.connect(self.projectChosen)
            self.grid.addWidget(card, number // CARD_COLUMNS, number % CARD_COLUMNS)
            self.cards.append(card)
        self.no_recent.setVisible(not self.cards)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.heading.setText(self.tr("Welcome to AuditReady"))
        self.intro.setText(self.tr("No project is open. Start a new project for a company, "
                                   "open an existing project file, or look around in the "
                                   "sample project first. Press F1 for the user guide."))
        self.new_button.setText(self.tr("New project…"))
        self.open_button.setText(self.tr("Open…"))
        self.sample_button.setText(self.tr("Open sample project"))
        self.recent_label.setText(self.tr("Recent projects"))
        self.no_recent.setText(self.tr("Projects you open will be listed here."))
        for card in self.cards:
            card.show_texts(self._ctx.content_lang)
