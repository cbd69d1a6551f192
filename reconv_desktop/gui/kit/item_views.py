"""Helpers for Qt's item widgets (QTreeWidget, QListWidget) shared by several pages."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QTreeWidget


def clear_quietly(view: QTreeWidget | QListWidget) -> None:
    """Empty an item widget without emitting its signals.

    `clear()` announces the dying current item through currentItemChanged; a Python wrapper
    made for it in a connected slot then outlives the item: a later selection reads a wrong
    item (IndexError) and destroying the view at lock crashed the process. Callers refresh
    whatever the signal would have updated.
    """
    view.blockSignals(True)
    try:
        view.clear()
    finally:
        view.blockSignals(False)
