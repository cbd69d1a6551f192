"""Translations: the English catalogue translates the window and its forms straight from the
shipped `.ts` (nothing is compiled, at first run or ever)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from reconv_desktop.gui.shell.main_window import MainWindow
from reconv_desktop.gui.shell.translations import install_translation, uninstall_translation


def test_english_catalogue_translates_window_and_forms(qtbot, session, tmp_path, monkeypatch):
    compiled: list[object] = []
    monkeypatch.setattr("subprocess.run", lambda *a, **k: compiled.append(a))
    app = QApplication.instance()
    translators = install_translation(app, "en")
    try:
        window = MainWindow(session)
        qtbot.addWidget(window)
        nav = window.workspace.nav
        assert [nav.item(i).text() for i in range(3)] == ["Home", "Caseload", "Agenda"]
        assert window.lock_label.text() == "Unlocked"
        window.lock()
        # Designer forms go through the same catalogue.
        assert window.unlock_screen.form.title.text() == "Vault locked"
        window.idle.detach()
    finally:
        uninstall_translation(app, translators)
    assert compiled == []
    assert not list(tmp_path.rglob("*.qm"))
