"""Undo of the last changes (Ctrl+Z at window level) as QUndoCommands over the repositories.

A command is pushed after the change was saved, so its first `redo` does nothing; undoing
writes the previous values back through the same validated repository call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession


class StoreCommand(QUndoCommand):
    """A change already applied: `undo_fn` / `redo_fn` re-apply either side on the store."""

    def __init__(
        self,
        session: UnlockedSession,
        worker_id: str,
        text: str,
        undo_fn: Callable[[Any], None],
        redo_fn: Callable[[Any], None],
    ) -> None:
        super().__init__(text)
        self.session = session
        self.worker_id = worker_id
        self._undo_fn = undo_fn
        self._redo_fn = redo_fn
        self._applied = True

    def _run(self, fn: Callable[[Any], None]) -> None:
        if not self.session.is_open:  # locking: nothing to write to
            return
        try:
            fn(self.session.store)
        except ReconvError:
            # The record changed meanwhile (removed, synced): keep the current data.
            self.setObsolete(True)
            return
        self.session.notify_changed(self.worker_id)

    def undo(self) -> None:
        self._run(self._undo_fn)
        self._applied = False

    def redo(self) -> None:
        if self._applied:
            return
        self._run(self._redo_fn)
        self._applied = True


def field_edit(
    session: UnlockedSession,
    worker_id: str,
    label: str,
    before: dict[str, Any],
    after: dict[str, Any],
) -> StoreCommand:
    """Undoable edit of worker fields (values as the form shows them)."""
    return StoreCommand(
        session,
        worker_id,
        QCoreApplication.translate("Session", "Modification : {field}").format(field=label),
        lambda store: store.workers.update(worker_id, **before),
        lambda store: store.workers.update(worker_id, **after),
    )
