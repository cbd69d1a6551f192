"""`reconv-desktop --self-test`: the core checks plus Qt, QtPdf, printing and translations.

Opens no window; prints one line per check and returns non-zero on any failure, so a
packaged build proves that its Qt plugins and resources made it into the bundle.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from reconv_desktop.selftest import CORE_CHECKS, format_result, run_checks


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def check_qt() -> str:
    """The platform plugin loads and a widget renders to a pixmap."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QLabel

    app = _app()
    label = QLabel("Nguyễn Thị Hoa")
    label.resize(200, 40)
    if label.grab().isNull():
        raise RuntimeError("widget rendering failed")
    return f"Qt {qVersion()} / PySide6 {pyside_version}, plateforme {app.platformName()}"


def check_pdf_view_and_print() -> str:
    """QtPdf opens a PDF (assessment preview) and QPrinter writes one (Print / Save as PDF)."""
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    _app()
    with tempfile.TemporaryDirectory(prefix="reconv-selftest-") as folder:
        target = Path(folder) / "impression.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        painter = QPainter(printer)
        painter.drawText(100, 100, "Łukasz Wójcik")
        painter.end()
        document = QPdfDocument()
        error = document.load(str(target))
        pages = document.pageCount()
        document.close()
    if error != QPdfDocument.Error.None_ or pages != 1:
        raise RuntimeError(f"QtPdf could not read the printed page ({error})")
    return "QtPdf + QPrinter"


def check_translations() -> str:
    """The English and Dutch catalogues ship and answer through Qt's translator, and Qt's own
    `qtbase` words (file chooser, message box buttons) ship for every language."""
    from reconv_desktop import i18n
    from reconv_desktop.gui.shell.translations import check_catalogue, qt_base_translator

    app = _app()
    shown = [check_catalogue(language) for language in ("en", "nl")]
    missing = [lang for lang in i18n.LANGUAGES if qt_base_translator(lang, app) is None]
    if missing:
        raise RuntimeError(f"Qt's own translations missing: {', '.join(missing)}")
    return ", ".join(shown) + ", qtbase " + "/".join(i18n.LANGUAGES)


def check_forms() -> str:
    """Every Designer form ships and loads with QUiLoader."""
    from PySide6.QtUiTools import QUiLoader

    from reconv_desktop.resources import ui_path

    _app()
    forms = sorted(ui_path().rglob("*.ui"))
    if not forms:
        raise RuntimeError(f"no forms in {ui_path()}")
    loader = QUiLoader()
    for form in forms:
        if loader.load(str(form)) is None:
            raise RuntimeError(f"{form.name}: {loader.errorString()}")
    return f"{len(forms)} formulaires Designer"


QT_CHECKS = (
    ("qt", check_qt),
    ("forms", check_forms),
    ("qtpdf", check_pdf_view_and_print),
    ("translations", check_translations),
)


def run_self_test() -> int:
    """Run every check, print a line each, return the process exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results = run_checks(CORE_CHECKS + QT_CHECKS)
    for result in results:
        print(format_result(result), flush=True)
    failed = [r for r in results if not r.ok]
    print(f"self-test : {len(results) - len(failed)}/{len(results)} vérifications réussies")
    return 1 if failed else 0
