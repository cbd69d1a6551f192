"""GUI fixtures: a session on a copy of the template vault, and the main window over it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reconv_desktop.gui.shell.main_window import MainWindow
from reconv_desktop.gui.shell.session import Session
from reconv_desktop.paths import AppPaths
from reconv_desktop.store.store import Store
from reconv_desktop.vault import crypto
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def error_boxes(monkeypatch) -> Iterator[list[str]]:
    """Error boxes (QMessageBox.critical / .warning) are modal: their exec() would hang the test.
    Their text is recorded instead; a test expecting one reads and clears the list, any other
    left at the end fails the test."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def record(_parent, _title, text, *_args, **_kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(record))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(record))
    yield shown
    assert shown == [], f"error shown to the user: {shown}"


@pytest.fixture
def session(qtbot, vault_paths: AppPaths) -> Iterator[Session]:
    opened = Session(vault_paths)
    opened.open_with_key(opened.vault.key_from_passphrase(PASSPHRASE))
    yield opened
    # Lock, and let a write still running finish: no connection outlives the test.
    opened.wait_closed()


@pytest.fixture
def window(qtbot, session: Session) -> Iterator[MainWindow]:
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.idle.detach()


@pytest.fixture
def people(session: Session) -> dict[str, str]:
    """A few fictitious workers with non-Latin-1 names, by family name -> id."""
    assert session.current is not None
    store: Store = session.current.store
    cell = store.cells.add("Cellule Verreries Imaginaires", company="Verreries Imaginaires")
    ids = {}
    for family, given in (
        ("Wójcik", "Łukasz"),
        ("Yılmaz", "Ayşe"),
        ("Nguyễn", "Thị Hoa"),
        ("Dupont", "Marie"),
    ):
        ids[family] = store.workers.add(family_name=family, given_name=given, cell_id=cell.id).id
    return ids


def visible_texts(widget) -> list[str]:
    """Every text a person could read in the visible widgets under `widget`."""
    from PySide6.QtCore import QAbstractListModel, QModelIndex
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    texts: list[str] = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QAbstractButton | QLineEdit):
            texts.append(child.text())
        elif isinstance(child, QPlainTextEdit):
            texts.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            texts.extend(child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            root = QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            for row in range(model.rowCount(root)):
                for column in range(columns):
                    texts.append(str(model.index(row, column).data() or ""))
    return texts


FAST_KDF = crypto.FAST_ARGON2
