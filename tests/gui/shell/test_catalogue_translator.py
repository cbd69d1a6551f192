"""The window's translator answers from the same catalogue as the core (no .qm needed), Qt's
own dialogs speak the language too, and going back to French undoes it all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from reconv_desktop import i18n
from reconv_desktop.domain.enums import WorkerStatus
from reconv_desktop.gui.shell.translations import (
    CatalogueTranslator,
    install_translation,
    qt_translations_dirs,
    uninstall_translation,
)


def _buttons() -> list[str]:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    return sorted(button.text() for button in box.buttons())


def test_dutch_reaches_tr_qt_dialogs_the_core_and_the_locale(qtbot, tmp_path):
    app = QApplication.instance()
    translators = install_translation(app, "nl")
    try:
        assert i18n.current_language() == "nl"
        # A core text through Qt's translate(), as a QT_TRANSLATE_NOOP label is shown.
        assert QCoreApplication.translate("WorkerStatus", "Accueil") == "Onthaal"
        assert WorkerStatus.WELCOME.label == "Onthaal"
        # Unknown texts keep their French source (the translator gives no answer).
        assert QCoreApplication.translate("Nowhere", "Texte inconnu") == "Texte inconnu"
        # Qt's own words come from qtbase_nl.
        assert _buttons() == ["Annuleren", "OK"]
        assert QLocale().name() == "nl_BE"
        assert any(isinstance(t, CatalogueTranslator) for t in translators)
    finally:
        uninstall_translation(app, translators)
    assert i18n.current_language() == "fr"
    assert QCoreApplication.translate("WorkerStatus", "Accueil") == "Accueil"
    assert QLocale().name() == "fr_FR"


def test_french_loads_qt_own_french_words(qtbot):
    app = QApplication.instance()
    translators = install_translation(app, "fr")
    try:
        assert _buttons() == ["Annuler", "OK"]
        assert not any(isinstance(t, CatalogueTranslator) for t in translators)
    finally:
        uninstall_translation(app, translators)


def test_qt_translations_are_found_in_the_pyside6_wheel():
    found = [d for d in qt_translations_dirs() if (d / "qtbase_fr.qm").exists()]
    assert found, qt_translations_dirs()
    assert all((found[0] / f"qtbase_{lang}.qm").exists() for lang in ("en", "nl"))


def test_english_plural_forms_reach_the_window(qtbot):
    app = QApplication.instance()
    translators = install_translation(app, "en")
    try:
        catalogue = next(t for t in translators if isinstance(t, CatalogueTranslator)).catalogue
        plural = next(
            (key, message) for key, message in catalogue.messages.items() if message.numerus
        )
        (context, source, comment), message = plural
        # Qt itself replaces a legacy %n after translation; {n} texts are left to str.format.
        one, many = message.forms[0].replace("%n", "1"), message.forms[-1].replace("%n", "5")
        assert QCoreApplication.translate(context, source, comment or None, 1) == one
        assert QCoreApplication.translate(context, source, comment or None, 5) == many
    finally:
        uninstall_translation(app, translators)


def test_the_self_test_check_reads_each_shipped_catalogue(qtbot):
    from reconv_desktop.gui.shell.translations import check_catalogue

    for language in ("en", "nl"):
        assert check_catalogue(language).startswith(f"traductions ({language} : ")
