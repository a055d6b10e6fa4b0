"""File ▸ Backups…: the open project's backups, restored only as new files.

:class:`BackupsModel` lists the backups (date, reason, size, readiness then),
newest first. :class:`BackupsDialog` shows them, makes one by hand, sets how
many are kept for every project, and restores the selected one to a new file
next to the project (a Save dialog proposes ``<name> (restored YYYY-MM-DD
HHMM).auditready``), then offers to open it. :func:`offer_latest_backup` is
what opening a damaged project offers: restore its latest backup as a new
file and open that.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services import backups as backup_service
from desktop.services.backups import BackupInfo, BackupPolicy
from desktop.services.session import ProjectSession
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import human_size, local_datetime, percent
from desktop.ui.shell.i18n import arg

_Index = QModelIndex | QPersistentModelIndex
OpenFn = Callable[[Path], bool]


class BackupsModel(QAbstractTableModel):
    """Backups as rows: date (local time), reason, size, readiness then."""

    COLUMNS = 4

    def __init__(self, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []
        self._lang = lang

    def set_backups(self, backups: list[BackupInfo], lang: str) -> None:
        """Show ``backups`` (newest first), reasons in ``lang`` ("zh" or "en")."""
        self.beginResetModel()
        self._rows = list(backups)
        self._lang = lang
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        """The backup shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per backup."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Date, reason, size, readiness then."""
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, the file as tool tip, numbers right-aligned."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return local_datetime(info.created)
            if column == 1:
                return info.reason_label.get(self._lang)
            if column == 2:
                return human_size(info.size)
            return "–" if info.readiness is None else percent(info.readiness)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles in the UI language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Date"), self.tr("Reason"), self.tr("Size"),
                  self.tr("Readiness then"))
        return titles[section] if 0 <= section < len(titles) else None


class BackupsDialog(QDialog):
    """The backups of the open project; restore one as a new file, then open it.

    Args:
        ctx: the application context.
        session: the open project.
        open_project: opens a project file in the window; returns False if it failed.
    """

    def __init__(self, ctx: AppContext, session: ProjectSession, open_project: OpenFn,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self._ctx = ctx
        self._session = session
        self._open = open_project
        self.model = BackupsModel(ctx.content_lang, self)
        self.view = QTableView(objectName="backupsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        self.intro = QLabel(objectName="backupsIntro", wordWrap=True)
        self.keep_label = QLabel()
        self.keep = QSpinBox(objectName="backupsKeepSpin")
        self.keep.setRange(1, 999)
        self.keep.setValue(backup_service.backup_policy().keep)
        self.keep.valueChanged.connect(self._keep_changed)
        self.keep_label.setBuddy(self.keep)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        self.restore_button = QPushButton(objectName="restoreBackupButton")
        self.backup_button = QPushButton(objectName="backupNowButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(lambda _c=False: self.restore_selected())
        self.backup_button.clicked.connect(lambda _c=False: self.backup_now())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(keep_row)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        """List the project's backups again (newest first, the newest selected)."""
        try:
            found = backup_service.list_backups(self._session)
        except UserError as exc:
            self._ctx.errors.user_error(exc, self)
            found = []
        self.model.set_backups(found, self._ctx.content_lang)
        if found:
            self.view.selectRow(0)
        self.restore_button.setEnabled(bool(found))

    def selected(self) -> BackupInfo | None:
        """The backup selected in the list, or None."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def backup_now(self) -> BackupInfo | None:
        """Make a backup by hand and list it; None (message shown) if it failed."""
        try:
            info = backup_service.backup_now(self._session)
        except UserError as exc:
            self._ctx.errors.user_error(exc, self)
            return None
        self.reload()
        return info

    def restore_selected(self, dest: Path | None = None) -> Path | None:
        """Restore the selected backup to ``dest`` (asked for when None), then offer to open it.

        Returns the new file, or None when cancelled or refused (message shown).
        """
        info = self.selected()
        if info is None:
            return None
        if dest is None:
            proposed = backup_service.restored_name(self._session.path, info)
            name, _f = QFileDialog.getSaveFileName(
                self, self.tr("Restore backup as"), str(proposed),
                self.tr("AuditReady projects (*.auditready)"),
                options=QFileDialog.Option.DontConfirmOverwrite)
            if not name:
                return None
            dest = Path(name)
        try:
            written = backup_service.restore_backup(info, dest)
        except UserError as exc:
            self._ctx.errors.user_error(exc, self)
            return None
        question = arg(self.tr("The backup was restored as a new file:\n%1\n\nOpen it now?"),
                       str(written))
        if self._ctx.errors.confirm(self.tr("Backup restored"), question, self):
            self.accept()
            self._open(written)
        return written

    def _keep_changed(self, value: int) -> None:
        current = backup_service.backup_policy()
        try:
            backup_service.save_backup_policy(BackupPolicy(
                keep=value, max_total_bytes=current.max_total_bytes))
        except UserError as exc:
            self._ctx.errors.user_error(exc, self)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a UI language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Backups"))
        self.intro.setText(self.tr(
            "AuditReady backs up the project before each import, edition change and file "
            "format update, and before the first change of each day. A backup is restored "
            "as a new file; the project itself is never replaced."))
        self.keep_label.setText(self.tr("Backups kept per project:"))
        self.restore_button.setText(self.tr("Restore as new file…"))
        self.backup_button.setText(self.tr("Back up now"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, BackupsModel.COLUMNS - 1)


def offer_latest_backup(ctx: AppContext, parent: QWidget, path: Path, error: UserError,
                        open_project: OpenFn) -> bool:
    """A damaged project could not be opened: offer to open its latest backup instead.

    The backup is restored as a new file next to the damaged one (which stays
    as it is), then opened. Returns True when the restored copy was opened;
    False when there is no backup or the user declined (the caller then shows
    ``error`` as usual).
    """
    try:
        latest = backup_service.latest_backup(path)
    except UserError:
        return False
    if latest is None:
        return False
    lang = ctx.content_lang
    tr = QCoreApplication.translate
    question = (error.text(ctx.ui_lang) + "\n\n" + arg(
        tr("BackupOffer", "Open the latest backup (%1, %2)? It is restored as a new file "
           "next to the project; the damaged file is left as it is."),
        local_datetime(latest.created), latest.reason_label.get(lang)))
    if not ctx.errors.confirm(tr("BackupOffer", "Open the latest backup"), question, parent):
        return False
    try:
        written = backup_service.restore_backup(
            latest, backup_service.restored_name(Path(path), latest))
    except UserError as exc:
        ctx.errors.user_error(exc, parent)
        return True
    return open_project(written)
