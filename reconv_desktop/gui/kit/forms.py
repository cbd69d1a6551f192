"""The one loader of Qt Designer forms (`ui/*.ui`), through QUiLoader at run time.

A form is loaded into a host widget (the page or dialog that owns it) and its named children
are reached as attributes of the returned `Form`, e.g. `form.family_name`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from reconv_desktop.resources import ui_path


def ui_file(name: str) -> Path:
    """Path of `ui/<name>.ui`: inside the wheel or bundle (`_ui`) or the source tree."""
    return ui_path(f"{name}.ui")


class Form:
    """A loaded form: `form.widget` is its top widget, `form.<objectName>` its children."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget

    def __getattr__(self, name: str) -> Any:
        child = self.widget.findChild(QObject, name)
        if child is None:
            raise AttributeError(f"form {self.widget.objectName()!r} has no child {name!r}")
        # Cache: later lookups skip the tree walk.
        setattr(self, name, child)
        return child


def load_form(name: str, host: QWidget) -> Form:
    """Load `ui/<name>.ui` and lay it out as the only content of `host`."""
    path = ui_file(name)
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form not found: {path}")
    try:
        widget = QUiLoader().load(handle, host)
    finally:
        handle.close()
    if widget is None:
        raise RuntimeError(f"form could not be loaded: {path}")
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    return Form(widget)
