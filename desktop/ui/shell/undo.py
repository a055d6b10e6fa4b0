"""Undo/redo: QUndoCommands that call services, never widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from desktop.domain.model import ItemStatus
from desktop.services.changes import Changes


class StatusApplier(Protocol):
    """What a command needs: apply a status through the set_item_status service."""

    def apply_status(self, item_id: str, status: ItemStatus,
                     justification: str) -> Changes | None:
        """Call the service; None when it refused (the error was already shown)."""
        ...


class SetStatusCommand(QUndoCommand):
    """One status change of one checklist item.

    The change has already been applied when the command is pushed (so a
    refused change never reaches the stack); the first ``redo()`` does nothing.

    Args:
        applier: runs the service (the project actions).
        item_id: the checklist item.
        before, after: (status, justification) pairs.
        text: the undo text, already translated, e.g. "Set 5.2.2 to Ready".
    """

    def __init__(self, applier: StatusApplier, item_id: str,
                 before: tuple[ItemStatus, str], after: tuple[ItemStatus, str],
                 text: str) -> None:
        super().__init__(text)
        self._applier = applier
        self._item_id = item_id
        self._before = before
        self._after = after
        self._applied = True

    def redo(self) -> None:
        """Apply ``after`` (skipped right after the push: it is already applied)."""
        if self._applied:
            self._applied = False
            return
        self._run(self._after)

    def undo(self) -> None:
        """Restore ``before``."""
        self._run(self._before)

    def _run(self, target: tuple[ItemStatus, str]) -> None:
        status, justification = target
        if self._applier.apply_status(self._item_id, status, justification) is None:
            self.setObsolete(True)


class ServiceCommand(QUndoCommand):
    """One user edit as a pair of service calls: one that makes it, one that takes it back.

    The edit has already been made when the command is pushed; the first
    ``redo()`` does nothing. Each call returns None when the service refused
    (the message was already shown); the command then becomes obsolete and
    leaves the stack.

    Args:
        text: the undo text, already translated, e.g. "Set owner 7.1.5.1".
        do: makes the edit again (redo).
        undo: restores the state before the edit.
    """

    def __init__(self, text: str, do: Callable[[], object | None],
                 undo: Callable[[], object | None]) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._applied = True

    def redo(self) -> None:
        """Make the edit again (skipped right after the push: it is already made)."""
        if self._applied:
            self._applied = False
            return
        if self._do() is None:
            self.setObsolete(True)

    def undo(self) -> None:
        """Restore the state before the edit."""
        if self._undo() is None:
            self.setObsolete(True)
