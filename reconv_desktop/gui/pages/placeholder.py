"""A page that says what will be there, for features that later issues build."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def fill_placeholder(page: QWidget, title: str, text: str) -> None:
    """Lay out a title and an explanation on `page` (already translated strings)."""
    layout = QVBoxLayout(page)
    heading = QLabel(title)
    heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
    body = QLabel(text)
    body.setWordWrap(True)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                 | Qt.TextInteractionFlag.TextSelectableByMouse)
    body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    layout.addWidget(heading)
    layout.addWidget(body)
    layout.addStretch(1)
