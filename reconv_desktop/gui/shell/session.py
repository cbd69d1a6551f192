"""The open vault as the window sees it: the Store, a reader connection, settings and signals.

Pages are built as `Page(session, parent)` and reach the data only through `session.store`
(GUI-thread writes and short reads) or `session.query(...)` (reads on a second connection in
a background thread, so that a search over 5,000 workers never freezes the window).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from reconv_desktop.gui.kit.operations import QueryOp
from reconv_desktop.paths import AppPaths
from reconv_desktop.settings import Settings, load_settings, save_settings
from reconv_desktop.store.store import Store
from reconv_desktop.vault.vault import Vault

T = TypeVar("T")


class Session(QObject):
    """One counsellor's vault in this window, locked or unlocked."""

    unlocked = Signal()
    locked = Signal()
    # A worker's data changed (id), or "" when several things may have changed.
    data_changed = Signal(str)
    open_worker_requested = Signal(str)
    open_audit_requested = Signal(str)  # a worker id: show their skills audit

    def __init__(
        self, paths: AppPaths, *, demo: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.vault = Vault(paths)
        self.demo = demo
        # Demo only: the throwaway vault's passphrase, shown on its unlock screen.
        self.demo_passphrase: str | None = None
        self.settings: Settings = load_settings(paths)
        self.store: Store | None = None
        self._raw_key: bytes | None = None
        self._reader: Store | None = None
        # Incremented at each lock: background results of an older epoch are dropped.
        self.epoch = 0
        # One reader thread: the reader connection is used by one thread at a time.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        # Window-level undo (Ctrl+Z) of the last changes; emptied when the vault locks.
        self.undo_stack = QUndoStack(self)

    # --- state -------------------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self.store is not None

    def open_with_key(self, raw_key: bytes) -> None:
        """Open the vault with an unwrapped key (after passphrase, recovery or keyring)."""
        self.store = self.vault.open_with_key(raw_key)
        self._raw_key = raw_key
        self.unlocked.emit()

    def try_remembered(self) -> bool:
        """Open with the key kept in the OS keyring, when there is one."""
        from reconv_desktop.vault import remembered_key

        if not self.vault.exists() or not remembered_key.keyring_status().available:
            return False
        key = remembered_key.remembered_key(self.vault.header().vault_id)
        if key is None:
            return False
        store = self.vault.unlock_remembered()
        if store is None:
            return False
        store.close()
        self.open_with_key(key)
        return True

    def lock(self) -> None:
        """Close both connections and forget the key; pending background reads are dropped."""
        self.epoch += 1
        self.pool.waitForDone()
        for store in (self._reader, self.store):
            if store is not None:
                store.close()
        self._reader = None
        self.store = None
        self._raw_key = None
        self.undo_stack.clear()
        self.locked.emit()

    def remember(self, enabled: bool) -> bool:
        """Keep the key in the OS keyring (or forget it); False when the keyring refuses."""
        if not enabled:
            self.vault.forget()
            return True
        if self._raw_key is None:
            return False
        return self.vault.remember(self._raw_key)

    # --- settings ----------------------------------------------------------------------------
    def update_settings(self, **changes: Any) -> None:
        self.settings = self.settings.with_changes(**changes)
        save_settings(self.paths, self.settings)

    # --- reading off the GUI thread ------------------------------------------------------------
    def _reader_store(self) -> Store:
        # Runs in the pool thread. WAL lets this connection read while the GUI thread writes.
        if self._reader is None:
            if self._raw_key is None:
                raise RuntimeError("vault is locked")
            self._reader = self.vault.open_with_key(self._raw_key, log_unlock=False)
        return self._reader

    def query(
        self,
        parent: QWidget | None,
        op: Callable[[Store], T],
        success: Callable[[T], Any],
        *,
        is_current: Callable[[], bool] | None = None,
    ) -> None:
        """Run `op(reader_store)` in the reader thread; `success(result)` on the GUI thread.

        Dropped when the vault was locked meanwhile or `is_current()` says it is stale.
        """
        epoch = self.epoch

        def current() -> bool:
            return epoch == self.epoch and self.is_unlocked and (is_current is None or is_current())

        def run(_progress: Any) -> T:
            if epoch != self.epoch:
                raise _Stale()
            return op(self._reader_store())

        QueryOp(parent, run, success).only_if(current).failure(
            lambda exc: None if isinstance(exc, _Stale) else _report(parent, exc)
        ).run(self.pool)

    def open_connection(self) -> Store:
        """One more connection to the open vault, for long writes (referential import) in a
        background thread; the caller closes it."""
        if self._raw_key is None:
            raise RuntimeError("vault is locked")
        return self.vault.open_with_key(self._raw_key, log_unlock=False)

    def backup_key(self, folder: Path) -> bytes | None:
        """The open vault's key when it opens this backup (a backup of this vault), else None."""
        from reconv_desktop.errors import ReconvError
        from reconv_desktop.paths import HEADER_FILENAME
        from reconv_desktop.vault import header as hdr

        if self._raw_key is None:
            return None
        try:
            hdr.verify_seal(hdr.read_header(Path(folder) / HEADER_FILENAME), self._raw_key)
        except ReconvError:
            return None
        return self._raw_key

    def notify_changed(self, worker_id: str = "") -> None:
        self.data_changed.emit(worker_id)


class _Stale(Exception):
    """A read queued before a lock: nothing to show."""


def _report(parent: QWidget | None, exc: BaseException) -> None:
    from reconv_desktop.gui.kit.operations import show_error

    show_error(parent, exc)
