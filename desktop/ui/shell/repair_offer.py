"""The "Repair a copy…" choice offered when a project is refused for foreign schema objects.

The refusal message gets a second button; choosing it asks where to save the
clean copy (never over the original), repairs through the same service as
``auditready-cli repair`` and returns the copy for the caller to open. With
dialogs off (tests, smoke runs) only the refusal is reported.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.errors import ForeignSchemaError, UserError
from desktop.services import session as session_service
from desktop.ui.shell.errors import ErrorReporter

_CONTEXT = "RepairOffer"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def ask_repair(parent: QWidget | None, text: str) -> bool:
    """Show the refusal ``text`` with "Repair a copy…" and "Close"; True when repair is chosen."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("AuditReady"), text,
                      QMessageBox.StandardButton.Close, parent)
    repair = box.addButton(_tr("Repair a copy…"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.clickedButton() is repair


def choose_copy(parent: QWidget | None, original: Path) -> Path | None:
    """Ask where to save the repaired copy; None when cancelled."""
    suggested = original.with_name(f"{original.stem} (repaired){original.suffix}")
    name, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Save the repaired copy"), str(suggested),
        _tr("AuditReady projects (*.auditready)"))
    return Path(name) if name else None


def offer_repair(errors: ErrorReporter, parent: QWidget | None, lang: str, path: Path,
                 refusal: ForeignSchemaError) -> Path | None:
    """Report ``refusal`` of ``path`` with the choice to repair a copy.

    Args:
        lang: the UI language ("zh_CN" or "en").

    Returns:
        the repaired copy (not yet opened), or None when the user closed the
        message, cancelled the save dialog, the repair failed (reported), or
        dialogs are off.
    """
    repaired: Path | None = None

    def show() -> None:
        nonlocal repaired
        if not ask_repair(parent, refusal.text(lang)):
            return
        dest = choose_copy(parent, path)
        if dest is None:
            return
        try:
            report = session_service.repair_project(path, dest)
        except UserError as exc:
            errors.user_error(exc, parent)
            return
        errors.info(_tr("AuditReady"), report.text(lang), parent)
        repaired = report.dest

    errors.user_error_details(refusal, show)
    return repaired
