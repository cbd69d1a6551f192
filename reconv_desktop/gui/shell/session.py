"""The counsellor's vault in this window, locked or unlocked, for the window's whole life.

It keeps what outlives a lock: paths, the `Vault`, this computer's settings, and the signals
the window follows (`unlocked`, `locked`...). Each unlock creates an `UnlockedSession`
(`current`) that holds the connections and that pages are built with; locking closes it.
A write still running at the lock finishes first (`is_closing`, `finishing` progress);
`when_closed(callback)` runs work that needs the vault's file to itself (a restore, the
next unlock) once it is done, without ever blocking the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.paths import AppPaths
from reconv_desktop.settings import Settings, load_settings, save_settings
from reconv_desktop.vault.vault import Vault


class Session(QObject):
    """One counsellor's vault in this window: `current` is set while it is unlocked."""

    unlocked = Signal()
    about_to_lock = Signal()  # the window saves pending input and drops its pages
    locked = Signal()
    # A locked vault still finishing a write: (label, done, total); ("", 0, 0) when none.
    finishing = Signal(str, int, int)
    closed = Signal()  # the last unlock's connections are closed and its key forgotten
    settings_changed = Signal()

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
        self.current: UnlockedSession | None = None
        self._closing: UnlockedSession | None = None
        self._after_close: list[Callable[[], Any]] = []

    # --- state -------------------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self.current is not None

    @property
    def is_closing(self) -> bool:
        """Locked, but the last unlock's write is still finishing."""
        return self._closing is not None

    def open_with_key(self, raw_key: bytes) -> UnlockedSession:
        """Open the vault with an unwrapped key (after passphrase, recovery or keyring)."""
        if self.current is not None:
            return self.current
        if self._closing is not None:
            raise RuntimeError("the previous unlock is still closing: use when_closed()")
        store = self.vault.open_with_key(raw_key)
        # Not a Qt child of the Session: a write finishing after the lock keeps it alive.
        self.current = UnlockedSession(self, store, raw_key)
        self.unlocked.emit()
        return self.current

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
        """Drop the pages and start closing the unlock; returns at once (see `when_closed`)."""
        if self.current is None:
            return
        self.about_to_lock.emit()
        unlock, self.current = self.current, None
        self._closing = unlock
        unlock.write_progress.connect(self.finishing)
        unlock.closed.connect(lambda: self._closed(unlock))
        self.locked.emit()
        unlock.close()

    def finishing_status(self) -> tuple[str, int, int]:
        """What a locked vault is still finishing: (label, done, total), ("", 0, 0) if nothing."""
        return self._closing.write_status() if self._closing is not None else ("", 0, 0)

    def when_closed(self, callback: Callable[[], Any]) -> None:
        """Call `callback` now, or once the last unlock has finished closing."""
        if self._closing is None:
            callback()
        else:
            self._after_close.append(callback)

    def wait_closed(self) -> None:
        """Lock and block until every connection is closed: only when the app quits."""
        self.lock()
        if self._closing is not None:
            self._closing.wait_closed()

    def _closed(self, unlock: UnlockedSession) -> None:
        if not isValid(self) or self._closing is not unlock:  # the window was torn down
            return
        self._closing = None
        self.finishing.emit("", 0, 0)
        self.closed.emit()
        callbacks, self._after_close = self._after_close, []
        for callback in callbacks:
            callback()

    # --- settings ----------------------------------------------------------------------------
    def update_settings(self, **changes: Any) -> None:
        self.settings = self.settings.with_changes(**changes)
        save_settings(self.paths, self.settings)
        self.settings_changed.emit()

    def remember(self, enabled: bool) -> bool:
        """Keep the open vault's key in the OS keyring (or forget it)."""
        if not enabled:
            self.vault.forget()
            return True
        return self.current is not None and self.current.remember(True)
