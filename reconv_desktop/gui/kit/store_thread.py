"""One background thread that owns one connection to the open vault.

SQLite connections belong to the thread that opened them (`Store` checks it), so the window
keeps two such threads while a vault is unlocked: a reader for queries and a writer for long
writes. The connection is opened lazily in the thread itself and closed there too; the pool
keeps its single thread for its whole life (`expiryTimeout` -1), so the OS thread never
changes under the connection.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool

from reconv_desktop.gui.kit.operations import Progress, QueryOp
from reconv_desktop.store.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")


class StoreThread(QObject):
    """A single worker thread and the Store it opens with `open_store()` on first use."""

    def __init__(self, open_store: Callable[[], Store], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_store = open_store
        self._store: Store | None = None  # created, used and closed in the pool thread only
        self._closed = False
        self._in_flight = 0  # ops started and not finished yet (GUI thread's count)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)

    def bind(self, op: Callable[[Store, Progress], T]) -> Callable[[Progress], T]:
        """`op(store, progress)` as a QueryOp function running on this thread's Store."""

        def run(progress: Progress) -> T:
            return op(self.store(), progress)

        return run

    def start(self, query_op: QueryOp[Any]) -> None:
        """Queue an op built with `bind`; ops run one after the other, in order."""
        self._in_flight += 1
        query_op.on_finished(self._one_finished)
        query_op.run(self.pool)

    @property
    def busy(self) -> bool:
        """An op is queued or running."""
        return self._in_flight > 0

    def _one_finished(self) -> None:
        self._in_flight -= 1

    def close(self, then: Callable[[], Any]) -> None:
        """Close the connection in its thread after every op already queued; then `then()`
        on the GUI thread."""

        def failed(exc: BaseException) -> None:
            log.error("a background connection did not close cleanly", exc_info=exc)
            then()

        QueryOp(None, lambda _progress: self._close_store(), lambda _r: then()).failure(failed).run(
            self.pool
        )

    def close_now(self) -> None:
        """Close the connection in its thread and wait for it: call it when not `busy`
        (a few milliseconds), or when quitting."""
        self.pool.start(_CloseRunnable(self))
        self.pool.waitForDone()

    def wait(self) -> None:
        """Block until the queued ops and the close have run (only when quitting)."""
        self.pool.waitForDone()

    # --- in the pool thread -------------------------------------------------------------------
    def store(self) -> Store:
        """This thread's Store, opened on first use: call it from inside an op only."""
        if self._closed:
            raise RuntimeError("the vault is locked")
        if self._store is None:
            self._store = self._open_store()
        return self._store

    def _close_store(self) -> None:
        self._closed = True
        store, self._store = self._store, None
        if store is not None:
            store.close()


class _CloseRunnable(QRunnable):
    def __init__(self, thread: StoreThread) -> None:
        super().__init__()
        self._thread = thread

    def run(self) -> None:
        try:
            self._thread._close_store()
        except Exception:  # logged: a lock is never refused
            log.exception("a background connection did not close cleanly")
