"""Translations: French is the source language; other languages come from `.ts` files
compiled to `.qm` with pyside6-lrelease at build time, or at first run into the config folder.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reconv_desktop.resources import resources_path

log = logging.getLogger(__name__)
CATALOG = "reconv_desktop"


def _lrelease() -> list[str] | None:
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    sibling = Path(sys.executable).with_name("pyside6-lrelease")
    if sibling.exists():
        return [str(sibling)]
    try:
        import PySide6

        binary = Path(PySide6.__file__).with_name("lrelease")
        return [str(binary)] if binary.exists() else None
    except ImportError:  # pragma: no cover - PySide6 is always there in the GUI
        return None


def compiled_catalog(language: str, cache_dir: Path) -> Path | None:
    """The `.qm` for `language`: shipped next to the `.ts`, else compiled into `cache_dir`."""
    source = resources_path("translations", f"{CATALOG}_{language}.ts")
    shipped = source.with_suffix(".qm")
    if shipped.exists() and (
        not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime
    ):
        return shipped
    if not source.exists():
        return None
    target = cache_dir / shipped.name
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found; translation %s unavailable", language)
        return None
    cache_dir.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [*tool, "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        log.warning("could not compile translation %s", language, exc_info=True)
        return None
    return target if target.exists() else None


def install_translation(app: QCoreApplication, language: str, cache_dir: Path) -> list[QTranslator]:
    """Install the app's and Qt's own translators for `language` (French needs only Qt's)."""
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if language != "fr":
        catalog = compiled_catalog(language, cache_dir)
        translator = QTranslator(app)
        if catalog is not None and translator.load(str(catalog)):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    return installed
