"""The main window as it first appears: title, icon, size and place on screen, and
a line saying which project is being opened, before its contents exist.

At start-up the program shows this frame as soon as Qt is up, then loads the
knowledge base, the project store and the panels and builds the contents into
the same window (:meth:`desktop.ui.shell.main_window.MainWindow.build`). On an
office laptop that turns a blank wait of a second or more into a window that is
there at once and fills in; the window never changes place or size on the way.
This module imports nothing of AuditReady but its paths.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from desktop.paths import resource

PRODUCT = "AuditReady 审核就绪助手"
#: The size the first window would like, in pixels; smaller screens get it maximized.
PREFERRED_SIZE = QSize(1280, 800)


def first_geometry(available: QRect) -> tuple[QRect, bool]:
    """Where the first window goes on a screen whose free area is ``available``
    (screen pixels, without the taskbar): :data:`PREFERRED_SIZE` centred in it,
    or all of it and maximized (True) when the screen is smaller than that."""
    if (available.width() < PREFERRED_SIZE.width()
            or available.height() < PREFERRED_SIZE.height()):
        return QRect(available), True
    rect = QRect(0, 0, PREFERRED_SIZE.width(), PREFERRED_SIZE.height())
    rect.moveCenter(available.center())
    return rect, False


def app_icon() -> QIcon:
    """The application icon (resources/icons/auditready.svg)."""
    return QIcon(str(resource("icons", "auditready.svg")))


class WindowFrame(QMainWindow):
    """The top-level window of AuditReady without its contents: the base of
    :class:`~desktop.ui.shell.main_window.MainWindow`.

    Attributes:
        start_maximized: True when :meth:`place_on_screen` found the screen
            smaller than :data:`PREFERRED_SIZE` (:meth:`show_first` then maximizes).
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setWindowTitle(PRODUCT)
        self.start_maximized = False

    def place_from_settings(self, geometry: QByteArray | None) -> None:
        """Take the size and place saved when the window last closed
        (``QMainWindow.saveGeometry`` bytes), else :meth:`place_on_screen`."""
        if geometry is None or not self.restoreGeometry(geometry):
            self.place_on_screen()

    def place_on_screen(self) -> None:
        """Take the screen's free area as :func:`first_geometry` says; sets
        :attr:`start_maximized` for :meth:`show_first`."""
        screen = self.screen()
        if screen is None:
            return
        rect, self.start_maximized = first_geometry(screen.availableGeometry())
        self.setGeometry(rect)

    def show_first(self) -> None:
        """Show the window as the application starts (maximized on a small screen)."""
        if self.start_maximized:
            self.showMaximized()
        else:
            self.show()

    def show_starting(self, project_name: str | None) -> None:
        """Fill the still empty window with the application's icon and name over one
        line: the project being opened (its file name, already made safe to show),
        or that AuditReady is starting when the project is not known yet. Replaced
        when the contents are built."""
        if project_name:
            text = QCoreApplication.translate("MainWindow", "Opening %1…").replace(
                "%1", project_name)
        else:
            text = QCoreApplication.translate("MainWindow", "Starting AuditReady…")
        starting = QWidget(objectName="startingView")
        icon = QLabel(objectName="startingIcon")
        icon.setPixmap(app_icon().pixmap(64, 64))
        name = QLabel(PRODUCT, objectName="startingProduct")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        name.setFont(font)
        line = QLabel(text, objectName="startingLabel")
        line.setEnabled(False)  # drawn in the palette's muted text colour
        layout = QVBoxLayout(starting)
        layout.addStretch(1)
        for label in (icon, name, line):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setCentralWidget(starting)
