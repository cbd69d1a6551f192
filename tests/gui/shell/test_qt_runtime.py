"""The Qt binding the app runs on must survive a long working day."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_leak_references_to_none(qtbot):
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call: the
    # app aborted (none_dealloc) after a few thousand edits. This pins the fix (<6.12).
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText(f"Nguyễn {i}")
    assert abs(sys.getrefcount(None) - before) < 100
    assert label.text() == "Nguyễn 19999"
