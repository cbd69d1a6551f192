"""Translations: the English catalogue compiles at first run and translates the window."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from reconv_desktop.gui.shell.main_window import MainWindow
from reconv_desktop.gui.shell.translations import compiled_catalog, install_translation


def test_english_catalogue_translates_window_and_forms(qtbot, session, tmp_path):
    catalog = compiled_catalog("en", tmp_path)
    assert catalog is not None and catalog.exists()
    app = QApplication.instance()
    translators = install_translation(app, "en", tmp_path)
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
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.French))
