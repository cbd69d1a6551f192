"""Print a PDF file as it is (QtPdf renders each page onto the printer).

The monthly reports are printed from the very PDF reportlab writes, so that the paper the
counsellor signs is the document coordination's figures are checked against.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from reconv_desktop.errors import ReconvError


def print_pdf(pdf: Path, printer: QPrinter) -> int:
    """Render every page of `pdf` onto `printer`; returns the number of pages printed."""
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        raise ReconvError(
            QCoreApplication.translate(
                "Printing", "Le rapport PDF n'a pas pu être relu pour l'impression."
            ),
            "pdf_unreadable",
        )
    painter = QPainter()
    if not painter.begin(printer):
        raise ReconvError(
            QCoreApplication.translate("Printing", "L'imprimante n'a pas pu être ouverte."),
            "printer_unavailable",
        )
    try:
        for number in range(document.pageCount()):
            if number:
                printer.newPage()
            area = painter.viewport()
            points = document.pagePointSize(number)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(number, size)
            painter.drawImage(QRect(area.topLeft(), size), image)
    finally:
        painter.end()
        document.close()
    return document.pageCount()


def ask_and_print(parent: QWidget, pdf: Path, title: str) -> bool:
    """The system print dialog, then the PDF printed; False when the counsellor cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_pdf(pdf, printer)
    return True
