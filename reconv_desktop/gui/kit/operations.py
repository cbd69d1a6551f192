"""Run core work off the GUI thread, in the spirit of Anki's QueryOp.

The GUI hands a plain function to `QueryOp`; it runs in a thread pool and its result comes
back on the GUI thread through `success`, or its error through `failure` (by default a
message box with the French message of a ReconvError). The op never touches widgets, nor
the GUI thread's Store: ops that need the vault go through `UnlockedSession.query` (reader
thread) or `UnlockedSession.write` (writer thread), which hand them a Store of their thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from reconv_desktop.errors import ReconvError

log = logging.getLogger(__name__)
T = TypeVar("T")
Progress = Callable[[int, int, str], None]

# Ops in flight keep their signal objects alive until their result is delivered.
_running: set[_Relay] = set()


def alive(widget: QObject | None) -> bool:
    """True when `widget` is None or its C++ object still exists (pages die at each lock)."""
    return widget is None or isValid(widget)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user what went wrong: the French message of a ReconvError, else a generic one."""
    if not alive(parent):
        parent = None
    title = QCoreApplication.translate("operations", "Reconv Desktop")
    if isinstance(exc, ReconvError):
        QMessageBox.warning(parent, title, exc.message)
        return
    log.error("unexpected error in background work", exc_info=exc)
    QMessageBox.critical(
        parent,
        title,
        QCoreApplication.translate(
            "operations",
            "Une erreur inattendue s'est produite. Vos données enregistrées ne sont pas "
            "touchées ; le détail technique est dans le journal.",
        ),
    )


class _Relay(QObject):
    """Carries results from the worker thread to the GUI thread (queued signals)."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        relay = self._relay
        try:
            result = self._fn(lambda done, total, label: relay.progressed.emit(done, total, label))
        except BaseException as exc:  # delivered to the GUI thread, never lost in the thread
            relay.failed.emit(exc)
        else:
            relay.done.emit(result)


class QueryOp(Generic[T]):
    """Background work with GUI-thread callbacks: `QueryOp(parent, op, success).run()`.

    `op(progress)` runs in a pool thread; `progress(done, total, label)` may be called from it.
    `is_current()` (optional) is asked before delivering: when it answers False (the vault
    was locked meanwhile, a newer search started), the result is dropped. A result whose
    parent widget was destroyed meanwhile is dropped too.
    """

    def __init__(
        self, parent: QWidget | None, op: Callable[[Progress], T], success: Callable[[T], Any]
    ) -> None:
        self._parent = parent
        self._op = op
        self._success = success
        self._failure: Callable[[BaseException], Any] | None = None
        self._progress_label: str | None = None
        self._is_current: Callable[[], bool] = lambda: True
        self._on_progress: Callable[[int, int, str], Any] | None = None
        self._on_finished: list[Callable[[], Any]] = []

    def failure(self, callback: Callable[[BaseException], Any]) -> QueryOp[T]:
        self._failure = callback
        return self

    def with_progress(self, label: str) -> QueryOp[T]:
        self._progress_label = label
        return self

    def only_if(self, is_current: Callable[[], bool]) -> QueryOp[T]:
        self._is_current = is_current
        return self

    def on_progress(self, callback: Callable[[int, int, str], Any]) -> QueryOp[T]:
        """Also hand every progress report to `callback` (GUI thread), dialog or not."""
        self._on_progress = callback
        return self

    def on_finished(self, callback: Callable[[], Any]) -> QueryOp[T]:
        """Call `callback` (GUI thread) once the op ended, before success or failure, even
        when its result is dropped (several callbacks run in the order given)."""
        self._on_finished.append(callback)
        return self

    def run(self, pool: QThreadPool | None = None) -> None:
        relay = _Relay()
        _running.add(relay)
        dialog = self._make_dialog()

        def finish() -> None:
            _running.discard(relay)
            # The dialog dies with its parent (a page dropped at lock): only a live one resets.
            if dialog is not None and isValid(dialog):
                dialog.reset()
                dialog.deleteLater()
            for callback in self._on_finished:
                callback()

        def on_done(result: Any) -> None:
            finish()
            if self._is_current() and alive(self._parent):
                self._success(result)

        def on_failed(exc: BaseException) -> None:
            finish()
            if not self._is_current():
                return
            if self._failure is not None:
                self._failure(exc)
            else:
                show_error(self._parent, exc)  # above the window when the parent is gone

        queued = Qt.ConnectionType.QueuedConnection
        relay.done.connect(on_done, queued)
        relay.failed.connect(on_failed, queued)
        if dialog is not None:
            relay.progressed.connect(
                lambda d, t, label: _show_progress(dialog, d, t, label), queued
            )
        if self._on_progress is not None:
            relay.progressed.connect(self._on_progress, queued)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self._op, relay))

    def _make_dialog(self) -> QProgressDialog | None:
        if self._progress_label is None or not alive(self._parent):
            return None
        dialog = QProgressDialog(self._progress_label, "", 0, 0, self._parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # quick work finishes before the dialog shows
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        return dialog


def _show_progress(dialog: QProgressDialog, done: int, total: int, label: str) -> None:
    if not isValid(dialog):
        return
    dialog.setMaximum(max(total, 0))
    dialog.setValue(min(done, total) if total else 0)
    if label:
        dialog.setLabelText(label)
