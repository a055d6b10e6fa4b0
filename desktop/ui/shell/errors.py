"""The two error channels of the UI, and the switch that turns dialogs into log lines.

- A :class:`desktop.errors.UserError` is an expected problem: it is shown as a
  message box with the text in the UI language (:meth:`ErrorReporter.user_error`).
- Anything else is a bug: :meth:`ErrorReporter.excepthook` (installed as
  ``sys.excepthook``) shows a dialog whose report can be copied and sent.

With ``AUDITREADY_NO_DIALOGS=1`` (tests, smoke runs) nothing modal is shown:
messages become lines on stderr and confirmations answer yes.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.errors import UserError

NO_DIALOGS_ENV = "AUDITREADY_NO_DIALOGS"


def dialogs_disabled() -> bool:
    """True when ``AUDITREADY_NO_DIALOGS`` is set to 1/true/yes."""
    return os.environ.get(NO_DIALOGS_ENV, "").strip().lower() in ("1", "true", "yes")


def crash_report(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> str:
    """Plain-text report of an unexpected error: versions, platform and traceback."""
    lines = [
        f"AuditReady {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class ErrorReporter(QObject):
    """Shows user errors and crashes, or logs them when dialogs are off.

    Args:
        lang: returns the current UI language ("zh_CN" or "en").
        dialogs: False turns every dialog into a line on stderr.

    Signals:
        reported(str, str): kind ("user", "crash", "info", "confirm") and the text,
            emitted for every message (tests wait on it).
    """

    reported = Signal(str, str)

    def __init__(self, lang: Callable[[], str], *, dialogs: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.dialogs = dialogs
        self.messages: list[tuple[str, str]] = []

    def _log(self, kind: str, text: str) -> None:
        self.messages.append((kind, text))
        if not self.dialogs:
            print(f"AuditReady [{kind}]: {text}", file=sys.stderr, flush=True)
        self.reported.emit(kind, text)

    def user_error(self, exc: UserError, parent: QWidget | None = None) -> None:
        """Show an expected problem in the UI language."""
        text = exc.text(self._lang())
        self._log("user", text)
        if self.dialogs:
            title = QCoreApplication.translate("ErrorReporter", "AuditReady")
            QMessageBox.warning(parent, title, text)

    def user_error_details(self, exc: UserError, show: Callable[[], None]) -> None:
        """Report an expected problem whose details need more than a message box.

        Logged and signalled like :meth:`user_error`; with dialogs on, ``show``
        opens the detailed dialog (e.g. a table of bad rows) instead of the box.
        """
        self._log("user", exc.text(self._lang()))
        if self.dialogs:
            show()

    def info(self, title: str, text: str, parent: QWidget | None = None) -> None:
        """Show a short piece of information (already translated)."""
        self._log("info", text)
        if self.dialogs:
            QMessageBox.information(parent, title, text)

    def confirm(self, title: str, question: str, parent: QWidget | None = None) -> bool:
        """Ask a yes/no question (already translated); without dialogs the answer is yes."""
        self._log("confirm", question)
        if not self.dialogs:
            return True
        answer = QMessageBox.question(parent, title, question,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def handle(self, exc: BaseException, parent: QWidget | None = None) -> None:
        """Route any exception: UserError to :meth:`user_error`, the rest to the crash dialog."""
        if isinstance(exc, UserError):
            self.user_error(exc, parent)
        else:
            self.excepthook(type(exc), exc, exc.__traceback__)

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        """``sys.excepthook`` replacement: the crash channel."""
        if isinstance(exc, UserError):  # raised where nobody caught it: still expected
            self.user_error(exc)
            return
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        report = crash_report(exc_type, exc, tb)
        self._log("crash", report)
        if self.dialogs and QApplication.instance() is not None:
            CrashDialog(report).exec()

    def install(self) -> None:
        """Make this reporter the process-wide crash handler (``sys.excepthook``)."""
        sys.excepthook = self.excepthook


class CrashDialog(QDialog):
    """An unexpected error: apology, the copyable report, Copy and Close buttons."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.resize(640, 420)
        self._intro = QLabel(wordWrap=True)
        self._text = QPlainTextEdit(report, readOnly=True)
        self._text.setObjectName("crashReport")
        self._text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._copy = QPushButton()
        self._copy.setObjectName("copyReportButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self._copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self._copy.clicked.connect(self.copy_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._text)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("AuditReady — unexpected error"))
        self._intro.setText(self.tr(
            "Something went wrong inside AuditReady. Your project is saved after every "
            "change, so your work is safe. Please copy the report below and send it "
            "to your AuditReady contact."))
        self._copy.setText(self.tr("Copy report"))

    def copy_report(self) -> None:
        """Put the whole report on the clipboard."""
        QGuiApplication.clipboard().setText(self._text.toPlainText())
