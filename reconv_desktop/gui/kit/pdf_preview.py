"""Aperçu / Imprimer: the printed skills assessment shown in a QPdfView, printed through the
system's printers (QPrintDialog) or saved as a PDF file.

The PDF is rendered by the core (`reports.assessment`) on the reader connection in a
background thread; the window shows exactly the bytes that are printed or saved.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.domain.skill_audit import SkillAudit
from reconv_desktop.errors import ReconvError
from reconv_desktop.fileio import atomic_writer
from reconv_desktop.gui.kit.operations import show_error
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.reports.assessment import assessment_data, render_assessment
from reconv_desktop.store.store import Store

PRINT_DPI = 300


def default_file_name(worker_name: str) -> str:
    """A file name a counsellor recognises: « Bilan - Name.pdf », without path characters."""
    safe = re.sub(r'[\\/:*?"<>|]+', " ", worker_name).strip() or QCoreApplication.translate(
        "PreviewTab", "personne"
    )
    return QCoreApplication.translate("PreviewTab", "Bilan de compétences - {name}.pdf").format(
        name=safe
    )


class PreviewTab(QWidget):
    """The assessment as it prints, with Print and Save as PDF."""

    rendered = Signal(int)

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.audit: SkillAudit | None = None
        self.pdf: bytes | None = None
        self.pages = 0
        self.worker_name = ""
        self._stale = True
        self._generation = 0
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Ac&tualiser l'aperçu"))
        self.print_button = QPushButton(self.tr("&Imprimer…"))
        self.save_button = QPushButton(self.tr("Enregistrer en P&DF…"))
        self.health = QCheckBox(self.tr("Inclure les restrictions de &santé"))
        self.health.setToolTip(
            self.tr(
                "Décochée, la version imprimée ne montre pas les restrictions de santé : "
                "elle peut être remise à un employeur."
            )
        )
        for widget in (self.refresh_button, self.print_button, self.save_button, self.health):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Aperçu du bilan imprimé"))
        layout.addWidget(self.view, 1)
        self.refresh_button.clicked.connect(self.render)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.health.toggled.connect(lambda _on: self.render())
        self._update_buttons()

    def show_audit(self, audit: SkillAudit | None) -> None:
        if audit is None or self.audit is None or audit.id != self.audit.id:
            self.clear()
        self.audit = audit

    def clear(self) -> None:
        self._generation += 1
        self.document.close()
        self.pdf = None
        self.pages = 0
        self._stale = True
        self.status.clear()
        self._update_buttons()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.render()

    def render_if_stale(self) -> None:
        if self._stale:
            self.render()

    def render(self) -> None:
        """Render the assessment in the background, then show it."""
        audit = self.audit
        if audit is None or not self.session.is_open:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        include_health = self.health.isChecked()
        self.status.setText(self.tr("Mise en page du bilan…"))

        def op(reader: Store) -> tuple[bytes, int, str]:
            data = assessment_data(reader, audit.worker_id, audit.id, include_health=include_health)
            pdf, pages = render_assessment(data)
            return pdf, pages, data.worker.display_name

        self.session.query(self, op, self._show, is_current=lambda: generation == self._generation)

    def _show(self, result: tuple[bytes, int, str]) -> None:
        pdf, pages, name = result
        self.pdf, self.pages, self.worker_name = pdf, pages, name
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer  # the document reads from it while shown
        self.document.load(buffer)
        if old is not None:
            old.deleteLater()
        self.status.setText(
            self.tr("Bilan de {name} : {n} page(s).", "", pages).format(name=name, n=pages)
        )
        self._update_buttons()
        self.rendered.emit(pages)

    def _update_buttons(self) -> None:
        ready = self.pdf is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # --- output --------------------------------------------------------------------------------
    def save_pdf(self, path: str | Path | None = None) -> Path | None:
        """Write the shown PDF to `path` (asked with a file dialog when None)."""
        if self.pdf is None:
            return None
        if path is None:
            start = str(Path.home() / default_file_name(self.worker_name))
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Enregistrer le bilan en PDF"), start, self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"
        target = Path(path)
        try:
            with atomic_writer(target, mode=0o600) as handle:
                handle.write(self.pdf)
        except ReconvError as exc:
            show_error(self, exc)
            return None
        self.status.setText(self.tr("Enregistré : {path}").format(path=target))
        return target

    def print_dialog(self) -> None:
        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Bilan de compétences"))
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint the document's pages on `printer`, each page scaled into the printable area;
        return the number of pages printed."""
        count = self.document.pageCount()
        first, last = printer.fromPage() or 1, printer.toPage() or count
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, ReconvError(self.tr("L'imprimante n'a pas pu être ouverte."), "print"))
            return 0
        printed = 0
        try:
            for page in range(first - 1, min(last, count)):
                if printed:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                scale = PRINT_DPI / 72
                image = self.document.render(
                    page, QSize(int(points.width() * scale), int(points.height() * scale))
                )
                area = printer.pageLayout().paintRectPixels(printer.resolution())
                target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
                printed += 1
        finally:
            painter.end()
        return printed
