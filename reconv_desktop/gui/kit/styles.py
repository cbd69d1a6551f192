"""The window's one palette and the few style sheets built from it.

Every colour the window shows is named here (forms in `ui/` use the same values; a test
keeps them in step): one red says "error" everywhere, one grey "secondary", one green
"saved". Charts use the series colours of the printed reports so screen and paper match.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# --- palette -------------------------------------------------------------------------------------
ERROR = "#b00020"
WARNING = "#9a3412"
SUCCESS = "#2e7d32"
MUTED_GREY = "#555"
TEXT = "#222"
FRAME = "#c8d0d9"
DIFF_REMOVED = "#991b1b"
DIFF_ADDED = "#166534"
# Passphrase strength, from "too weak" to "very strong".
STRENGTH = (ERROR, "#e65100", "#f9a825", SUCCESS, "#1b5e20")
# Same colours as the reportlab chart of the PDF, so screen and paper look alike.
SERIES = (
    "#1f4e79",
    "#c55a11",
    "#548235",
    "#7030a0",
    "#bf9000",
    "#2e75b6",
    "#a50021",
    "#00796b",
)

# --- style sheets --------------------------------------------------------------------------------
ERROR_TEXT = f"color: {ERROR};"
WARNING_TEXT = f"color: {WARNING};"
SUCCESS_TEXT = f"color: {SUCCESS};"
MUTED = f"color: {MUTED_GREY};"
ERROR_BORDER = f"border: 1px solid {ERROR};"
DANGER_BUTTON = f"QPushButton:enabled {{ color: {ERROR}; font-weight: 600; }}"
FRAMED = f"border: 1px solid {FRAME}; color: {MUTED_GREY};"
PAGE_HEADING = "font-size: 16pt; font-weight: 600;"
HEADING = "font-size: 14pt; font-weight: 600;"
BOLD = "font-weight: 600;"
NAVIGATION = "QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px; }"
MESSAGE = "font-size: 11pt; padding: 12px;"
PLAIN = ""


def strength_bar(score: int) -> str:
    """Style of the passphrase strength bar for a score 0 (weak) to 4 (strong)."""
    return f"QProgressBar::chunk {{ background: {STRENGTH[score]}; }}"


def diff_line(text: str, added: bool) -> str:
    """One line of a before/after comparison as rich text (`text` already escaped)."""
    if added:
        return f'<div style="color:{DIFF_ADDED}">+ {text}</div>'
    return f'<div style="color:{DIFF_REMOVED}">− <s>{text}</s></div>'


def mark_invalid(widget: QWidget, on: bool = True) -> None:
    """Outline a field holding invalid input (or stop outlining it)."""
    widget.setStyleSheet(ERROR_BORDER if on else PLAIN)
