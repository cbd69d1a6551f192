"""What the window holds while the vault is unlocked: created at unlock, destroyed at lock.

Pages are built as `Page(session, parent)` with an `UnlockedSession`, whose `store` is the
GUI thread's connection (short reads and interactive saves of a few milliseconds) and is
never None. Longer work goes to one of its two threads, each with a connection of its own:

- `query(parent, op(store), success)`: reads on the reader thread (WAL lets it read while
  the GUI thread writes); a result that arrives after the lock or a newer search is dropped.
- `write(parent, op(store, progress), success)`: long writes (imports, exports, backups,
  erasure) on the writer thread, one at a time, with an optional progress dialog.

Locking (`close()`) disconnects every signal pages connected to, drops queued reads, lets a
running write finish, then closes the connections (each in its own thread) and forgets the
key. `write_progress` tells the unlock screen what is still finishing meanwhile.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import SIGNAL, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit.operations import Progress, QueryOp, alive, show_error
from reconv_desktop.gui.kit.store_thread import StoreThread
from reconv_desktop.paths import HEADER_FILENAME, AppPaths
from reconv_desktop.settings import Settings
from reconv_desktop.store.store import Store
from reconv_desktop.vault import header as hdr
from reconv_desktop.vault.vault import Vault

if TYPE_CHECKING:
    from reconv_desktop.gui.shell.session import Session

log = logging.getLogger(__name__)
T = TypeVar("T")
# Signals pages and dialogs connect to; all their connections are cut at the lock.
PAGE_SIGNALS = (
    "data_changed(QString)",
    "open_worker_requested(QString)",
    "open_audit_requested(QString)",
    "closing()",
)
# Unlocks still finishing a write after their lock: kept alive until their connections close,
# whatever happens to the window or the Session meanwhile.
_finishing: set[UnlockedSession] = set()


class _State(enum.Enum):
    OPEN = "open"
    CLOSING = "closing"  # locked: pages gone, a write may still be finishing
    CLOSED = "closed"


@dataclass(slots=True)
class _Write:
    label: str
    done: int = 0
    total: int = 0


class _Stale(Exception):
    """A read queued before the lock: nothing to show."""


class UnlockedSession(QObject):
    """One unlock of the vault: its connections, undo stack and the signals pages share."""

    # A worker's data changed (id), or "" when several things may have changed.
    data_changed = Signal(str)
    open_worker_requested = Signal(str)
    open_audit_requested = Signal(str)  # a worker id: show their skills audit
    closing = Signal()  # the vault is being locked: dialogs close
    closed = Signal()  # connections closed, key forgotten
    # The write running now (label, done, total); ("", 0, 0) when none is left.
    write_progress = Signal(str, int, int)

    def __init__(
        self, session: Session, store: Store, raw_key: bytes, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.shell = session  # the long-lived session: paths, vault, settings
        self.store = store
        self._raw_key: bytes | None = raw_key
        self._state = _State.OPEN
        self._writes: list[_Write] = []
        self._open_threads: set[StoreThread] = set()
        self.reader = StoreThread(self._open_connection, self)
        self.writer = StoreThread(self._open_connection, self)
        # Window-level undo (Ctrl+Z) of the last changes; it dies with this unlock.
        self.undo_stack = QUndoStack(self)
        # The person whose file is open on the caseload page (the CV page follows it).
        self.worker_in_file: str | None = None

    # --- what pages read through the session ------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._state is _State.OPEN

    @property
    def paths(self) -> AppPaths:
        return self.shell.paths

    @property
    def vault(self) -> Vault:
        return self.shell.vault

    @property
    def settings(self) -> Settings:
        return self.shell.settings

    @property
    def demo(self) -> bool:
        return self.shell.demo

    def update_settings(self, **changes: Any) -> None:
        self.shell.update_settings(**changes)

    def remember(self, enabled: bool) -> bool:
        """Keep the key in the OS keyring (or forget it); False when the keyring refuses."""
        if not enabled:
            self.vault.forget()
            return True
        return self._raw_key is not None and self.vault.remember(self._raw_key)

    def backup_key(self, folder: Path) -> bytes | None:
        """The open vault's key when it opens this backup (a backup of this vault), else None."""
        if self._raw_key is None:
            return None
        try:
            hdr.verify_seal(hdr.read_header(Path(folder) / HEADER_FILENAME), self._raw_key)
        except ReconvError:
            return None
        return self._raw_key

    def notify_changed(self, worker_id: str = "") -> None:
        if self.is_open:
            self.data_changed.emit(worker_id)

    # --- background work ----------------------------------------------------------------------
    def query(
        self,
        parent: QWidget | None,
        op: Callable[[Store], T],
        success: Callable[[T], Any],
        *,
        is_current: Callable[[], bool] | None = None,
    ) -> None:
        """Run `op(reader_store)` on the reader thread; `success(result)` on the GUI thread.

        Dropped when the vault was locked meanwhile or `is_current()` says it is stale.
        """
        if not self.is_open:
            return

        def current() -> bool:
            return self.is_open and (is_current is None or is_current())

        def run(_progress: Progress) -> T:
            if not self.is_open:  # queued before the lock: not worth opening a connection
                raise _Stale()
            return op(self.reader.store())

        self.reader.start(
            QueryOp(parent, run, success)
            .only_if(current)
            .failure(lambda exc: None if isinstance(exc, _Stale) else show_error(parent, exc))
        )

    def write(
        self,
        parent: QWidget | None,
        op: Callable[[Store, Progress], T],
        success: Callable[[T], Any],
        *,
        progress_label: str | None = None,
        failure: Callable[[BaseException], Any] | None = None,
    ) -> None:
        """Run `op(writer_store, progress)` on the writer thread, after the writes before it.

        `success(result)` / `failure(exc)` run on the GUI thread while the vault is open
        (failure defaults to a message box). A write still running when the vault locks
        finishes; its result is dropped, a failure is still shown. `progress_label` shows a
        progress dialog over `parent`.
        """
        if not self.is_open:
            raise RuntimeError("the vault is locked: nothing can be written")
        job = _Write(
            progress_label
            or QCoreApplication.translate("UnlockedSession", "Enregistrement en cours…")
        )
        self._writes.append(job)
        self._report_writes()

        def progressed(done: int, total: int, label: str) -> None:
            job.done, job.total = done, total
            self._report_writes()

        def finished() -> None:
            self._writes.remove(job)
            self._report_writes()

        def succeeded(result: T) -> None:
            if self.is_open:
                success(result)

        def failed(exc: BaseException) -> None:
            if self.is_open and alive(parent) and failure is not None:
                failure(exc)
            else:
                show_error(parent if self.is_open else None, exc)

        query_op = (
            QueryOp(parent, self.writer.bind(op), succeeded)
            .failure(failed)
            .on_progress(progressed)
            .on_finished(finished)
        )
        if progress_label is not None:
            query_op.with_progress(progress_label)
        self.writer.start(query_op)

    @property
    def is_writing(self) -> bool:
        """A write is queued or running on the writer thread."""
        return bool(self._writes)

    def write_status(self) -> tuple[str, int, int]:
        """(label, done, total) of the write running now; ("", 0, 0) when none."""
        if not self._writes:
            return "", 0, 0
        job = self._writes[0]
        return job.label, job.done, job.total

    def _report_writes(self) -> None:
        self.write_progress.emit(*self.write_status())

    def _open_connection(self) -> Store:
        # Runs in the reader's or the writer's thread, which then owns the connection.
        key = self._raw_key
        if key is None:
            raise RuntimeError("the vault is locked")
        return self.vault.open_with_key(key, log_unlock=False)

    # --- locking ------------------------------------------------------------------------------
    def close(self) -> None:
        """Lock: nothing reaches pages any more; the connections close at once when no work
        is running, else once the running write is done; then `closed` is emitted."""
        if self._state is not _State.OPEN:
            return
        self._state = _State.CLOSING
        self.closing.emit()
        for signature in PAGE_SIGNALS:
            if self.receivers(SIGNAL(signature)):
                getattr(self, signature.split("(")[0]).disconnect()
        self.undo_stack.clear()
        threads = (self.reader, self.writer)
        if not any(thread.busy for thread in threads):
            # Nothing running: closing each connection in its thread takes milliseconds.
            for thread in threads:
                thread.close_now()
            self._finish()
            return
        self._open_threads = set(threads)
        _finishing.add(self)
        for thread in threads:
            thread.close(lambda t=thread: self._thread_closed(t))

    def wait_closed(self) -> None:
        """Lock and block until the connections are closed (only when quitting the app)."""
        self.close()
        for thread in (self.reader, self.writer):
            thread.wait()
        self._finish()

    def _thread_closed(self, thread: StoreThread) -> None:
        self._open_threads.discard(thread)
        if not self._open_threads:
            self._finish()

    def _finish(self) -> None:
        if self._state is _State.CLOSED:
            return
        self._state = _State.CLOSED
        self._open_threads.clear()
        self.store.close()
        self._raw_key = None
        self.closed.emit()
        _finishing.discard(self)
        self.deleteLater()
