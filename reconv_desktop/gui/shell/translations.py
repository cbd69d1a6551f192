"""Translations of the window: the same catalogue as the core, behind Qt's translator.

French is the source language. `install_translation` chooses the language of the whole
process (`reconv_desktop.i18n.set_language`, so core messages follow), installs a
QTranslator that answers `tr()`, `QCoreApplication.translate()` and the Designer forms from
the `.ts` catalogue read by `reconv_desktop.i18n` (no `.qm` needed, nothing compiled at run
time), installs Qt's own `qtbase` translations (file chooser, message box buttons; the few
texts they miss come from `QT_GAPS`) and sets the default QLocale (dates, numbers, sorting).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reconv_desktop import i18n

log = logging.getLogger(__name__)
CATALOG = i18n.CATALOG_NAME


class CatalogueTranslator(QTranslator):
    """A QTranslator answering from a `reconv_desktop.i18n` catalogue.

    Qt asks every installed translator in turn; no answer lets the next one (Qt's own
    `qtbase`) or the source text speak."""

    def __init__(self, catalogue: i18n.Catalogue, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def translate(  # type: ignore[override]
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None, not "": PySide turns None into a null QString, which tells Qt to ask the next
        # translator; an empty string would be taken as the translation and blank the text.
        if not context or not source_text:
            return None
        return self.catalogue.lookup(context, source_text, disambiguation or None, n) or None

    def isEmpty(self) -> bool:
        # Qt skips translators that say they are empty; ours is filled lazily from the .ts.
        return False

    def language(self) -> str:
        return i18n.LOCALE_NAMES.get(self.catalogue.language, self.catalogue.language)


# Texts of Qt's own file chooser form that Qt 6's qtbase_fr / qtbase_nl do not cover yet (their
# entries still carry the Qt 5 wording without the mnemonic): without these, the non-native
# file chooser (Linux without a desktop theme) says "Look in:" in a French or Dutch window.
QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "fr": {
        ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
        ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
    },
    "nl": {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestanden van &type:",
    },
}


class QtGapTranslator(QTranslator):
    """Answers the few Qt texts its own translations miss (QT_GAPS) for one language."""

    def __init__(self, language: str, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.texts = QT_GAPS.get(language, {})

    def translate(  # type: ignore[override]
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        return self.texts.get((context, source_text))  # None: ask the next translator

    def isEmpty(self) -> bool:
        return not self.texts


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own `.qm` files may be: Qt's answer, then the PySide6 wheel's layout."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        dirs += [package / "Qt" / "translations", package / "translations"]
    except ImportError:  # pragma: no cover - PySide6 is always there in the GUI
        pass
    # PyInstaller bundles keep the PySide6 folder next to the executable.
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        dirs.append(Path(frozen_root) / "PySide6" / "Qt" / "translations")
    return list(dict.fromkeys(dirs))


def qt_base_translator(language: str, parent: QCoreApplication) -> QTranslator | None:
    """Qt's own `qtbase_<language>` translations (French included), None if not shipped."""
    locale = QLocale(i18n.LOCALE_NAMES.get(language, language))
    for folder in qt_translations_dirs():
        translator = QTranslator(parent)
        if translator.load(locale, "qtbase", "_", str(folder)):
            return translator
    log.warning("Qt's own translations for %s not found", language)
    return None


def install_translation(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Speak `language` in the window and the core; returns the translators installed."""
    i18n.set_language(language)
    language = i18n.current_language()
    installed: list[QTranslator] = []
    qt_translator = qt_base_translator(language, app)
    if qt_translator is not None:
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if language in QT_GAPS:
        gaps = QtGapTranslator(language, app)
        app.installTranslator(gaps)
        installed.append(gaps)
    if language != i18n.SOURCE_LANGUAGE:
        # Installed last, asked first: our words win over Qt's for the same text.
        ours = CatalogueTranslator(i18n.load_catalogue(language), app)
        app.installTranslator(ours)
        installed.append(ours)
    QLocale.setDefault(QLocale(i18n.LOCALE_NAMES.get(language, language)))
    return installed


def uninstall_translation(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo `install_translation`: back to French (tests, or a language change)."""
    for translator in translators:
        app.removeTranslator(translator)
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    QLocale.setDefault(QLocale(i18n.LOCALE_NAMES[i18n.SOURCE_LANGUAGE]))


def check_catalogue(language: str = "en") -> str:
    """For the self-test: the catalogue of `language` is shipped and answers through Qt."""
    catalogue = i18n.load_catalogue(language)
    if not len(catalogue):
        raise RuntimeError(f"{CATALOG}_{language}.ts missing or empty")
    (context, source, comment), message = next(iter(catalogue.messages.items()))
    answer = CatalogueTranslator(catalogue).translate(context, source, comment or None, 1)
    if not answer or answer not in message.forms:
        raise RuntimeError(f"the {language} catalogue does not answer through Qt")
    return f"traductions ({language} : {len(catalogue)} textes)"
