"""Copying personal data: put it on the clipboard, and wipe it after the delay set in Settings.

The clipboard is only cleared if it still holds what the app put there, so text the
counsellor copied since from elsewhere is never lost.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication


def copy_sensitive(text: str, clear_after_seconds: int) -> QTimer | None:
    """Copy `text`; clear the clipboard after `clear_after_seconds` (0: keep it) if unchanged.

    Returns the timer that clears it (its `timeout` says the delay is over), or None.
    """
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)
    if clear_after_seconds <= 0:
        return None

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()

    # Owned by the clipboard, not by the page that copied: a lock meanwhile still clears it.
    timer = QTimer(clipboard)
    timer.setSingleShot(True)
    timer.setInterval(int(clear_after_seconds * 1000))
    timer.timeout.connect(clear)
    timer.timeout.connect(timer.deleteLater)
    timer.start()
    return timer
