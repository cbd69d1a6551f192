"""The base of the window's pages: what the navigation asks of every page, with defaults.

A page is built on its first visit with the `UnlockedSession` of the current unlock and
destroyed at the next lock; it is declared once in `gui/shell/pages.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from reconv_desktop.gui.shell.unlocked_session import UnlockedSession


class Page(QWidget):
    """One page of the window (Accueil, Dossiers...)."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def activate(self) -> None:
        """The page was just shown: refresh what may be stale, put the focus somewhere useful."""

    def commit_pending(self) -> list[str]:
        """Before locking: save valid input; return a description of what had to be dropped."""
        return []

    def can_leave(self) -> bool:
        """Before closing the window: save pending input, or ask; False keeps the window."""
        return True

    def location(self) -> dict[str, Any]:
        """Where the counsellor is in the page (kept across a lock, restored after)."""
        return {}

    def restore(self, location: dict[str, Any]) -> None:
        """Go back to a `location()` after an unlock."""
