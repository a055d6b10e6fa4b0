"""Files dropped or pasted as evidence: where drops are taken, and the preview.

:class:`FileDropTarget` lets any widget take a drop of files and folders from
the file manager; :class:`TreeFileDrop` does so for the rows of a checklist
tree (a drop on a row attaches to that row's item, never to a clause
heading). What would be attached is listed first in an
:class:`AttachPreviewDialog` (the files of dropped folders, without hidden and
temporary files), which the user confirms.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.session import ProjectSession
from desktop.ui.checklist.checklist_model import ItemIdRole
from desktop.ui.shell.i18n import arg


def local_files(mime: QMimeData | None) -> list[Path]:
    """The local files and folders a drag or the clipboard carries (web links left out)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile()]


def attachable_entry(session: ProjectSession | None, entry_id: str) -> bool:
    """True when evidence can be attached to tree entry ``entry_id``.

    A checklist item or a shared requirement of the integrated tree (an id the
    catalog does not hold) can take files; clause headings and "" cannot.
    """
    if session is None or not entry_id:
        return False
    if session.catalog.has_item(entry_id):
        return session.catalog.item(entry_id).kind.is_checklist
    return True


class FileDropTarget(QObject):
    """Makes ``widget`` take drops of local files (an event filter on it).

    Args:
        widget: the widget that takes drops (for a view, its viewport).
        accepts: called with the cursor position in ``widget``; True when a
            drop there would be taken.
        dropped: called with the position and the dropped paths, just after
            the drop event (the file manager is not held while dialogs open).
    """

    def __init__(self, widget: QWidget, accepts: Callable[[QPoint], bool],
                 dropped: Callable[[QPoint, list[Path]], None], *,
                 enters: Callable[[], bool] | None = None) -> None:
        super().__init__(widget)
        self._accepts = accepts
        self._dropped = dropped
        self._enters = enters
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take drag enter, move and drop events that carry local files.

        ``enters`` (when given) decides whether a drag may enter at all, so
        that it keeps receiving moves over places ``accepts`` refuses.
        """
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return super().eventFilter(watched, event)
        assert isinstance(event, QDropEvent)  # drag enter and move events are drop events
        pos = event.position().toPoint()
        paths = local_files(event.mimeData())
        entering = kind == QEvent.Type.DragEnter and self._enters is not None
        if not paths or not (self._enters() if entering and self._enters is not None
                             else self._accepts(pos)):
            event.ignore()
            return kind != QEvent.Type.DragEnter  # an ignored enter goes on to the parent
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if kind == QEvent.Type.Drop:
            QTimer.singleShot(0, self, lambda: self._dropped(pos, paths))
        return True


class TreeFileDrop(QObject):
    """Takes drops of files on the rows of a checklist tree.

    A drop on a row whose entry can take evidence (:func:`attachable_entry`)
    selects that row (so the item panel shows it) and then calls
    ``dropped(paths)``.
    """

    def __init__(self, view: QAbstractItemView,
                 session: Callable[[], ProjectSession | None],
                 dropped: Callable[[list[Path]], None]) -> None:
        super().__init__(view)
        self._view = view
        self._session = session
        self._dropped = dropped
        FileDropTarget(view.viewport(), self._accepts, self._drop,
                       enters=lambda: self._session() is not None)

    def _entry(self, pos: QPoint) -> QModelIndex:
        index = self._view.indexAt(pos)
        if not index.isValid():
            return QModelIndex()
        first = index.siblingAtColumn(0)
        return first if attachable_entry(self._session(), first.data(ItemIdRole) or "") \
            else QModelIndex()

    def _accepts(self, pos: QPoint) -> bool:
        return self._entry(pos).isValid()

    def _drop(self, pos: QPoint, paths: list[Path]) -> None:
        index = self._entry(pos)
        if index.isValid():
            self._view.setCurrentIndex(index)
            self._dropped(paths)


class AttachPreviewDialog(QDialog):
    """Lists the files a drop or paste would attach; Attach confirms, Cancel drops them.

    Args:
        files: the files to attach (at least one).
        skipped: hidden or temporary files left out (shown as a count, listed
            in its tooltip).
        target: what they are attached to, e.g. "9.3.3 Management review outputs".
    """

    def __init__(self, files: Sequence[Path], skipped: Sequence[Path], target: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachPreviewDialog")
        self.setWindowTitle(self.tr("Attach files"))
        self.files = tuple(files)
        self.question = QLabel(objectName="attachPreviewQuestion", wordWrap=True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setText(arg(self.tr('Attach %n file(s) to "%1"?', "", len(files)),
                                  target))
        self.list = QListWidget(objectName="attachPreviewList")
        for path in self.files:
            row = QListWidgetItem(path.name)
            row.setToolTip(str(path))
            self.list.addItem(row)
        self.skipped = QLabel(objectName="attachPreviewSkipped", wordWrap=True)
        self.skipped.setTextFormat(Qt.TextFormat.PlainText)
        self.skipped.setText(self.tr(
            "%n hidden or temporary file(s) left out.", "", len(skipped)))
        self.skipped.setToolTip("\n".join(str(p) for p in skipped))
        self.skipped.setVisible(bool(skipped))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.attach_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.attach_button.setText(self.tr("Attach"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.skipped)
        layout.addWidget(buttons)
        self.resize(480, 360)

    def names(self) -> list[str]:
        """The file names listed, in order (for tests)."""
        return [self.list.item(i).text() for i in range(self.list.count())]
