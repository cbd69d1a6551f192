"""Import wizard: choose a bundle, verify and preview it (nothing changed), confirm, apply.

Verification (signature, recipient, version, hashes, sizes, every row) runs before anything
is shown; a refused bundle says why in French and the vault is untouched. Applying verifies
again and merges in one transaction. Used on both sides (counsellor and coordination).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.formatting import local_time
from reconv_desktop.gui.kit.operations import Progress
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.gui.sync.export_wizard import bundle_filter, error_text
from reconv_desktop.gui.sync.history import bundle_label
from reconv_desktop.store.store import Store
from reconv_desktop.sync.importing import ImportReport, import_bundle, inspect_bundle

SUMMARY_HEADERS = (
    QT_TRANSLATE_NOOP("ImportWizard", "Table"),
    QT_TRANSLATE_NOOP("ImportWizard", "Nouvelles"),
    QT_TRANSLATE_NOOP("ImportWizard", "Modifiées"),
    QT_TRANSLATE_NOOP("ImportWizard", "Supprimées"),
    QT_TRANSLATE_NOOP("ImportWizard", "Inchangées"),
    QT_TRANSLATE_NOOP("ImportWizard", "Conflits"),
    QT_TRANSLATE_NOOP("ImportWizard", "Refusées"),
)
COUNT_KEYS = ("new", "updated", "deleted", "unchanged", "conflicting", "refused")


def fill_summary(table: QTableWidget, report: ImportReport) -> None:
    """One line per table: new, changed, deleted, unchanged, conflicting, refused rows."""
    table.setRowCount(len(report.summary))
    for row, (name, counts) in enumerate(report.summary.items()):
        table.setItem(row, 0, QTableWidgetItem(name))
        for column, key in enumerate(COUNT_KEYS, start=1):
            item = QTableWidgetItem(str(counts.get(key, 0)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)


def summary_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, 7, parent)
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("ImportWizard", h) for h in SUMMARY_HEADERS]
    )
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    return table


class ChooseFilePage(QWizardPage):
    """The bundle file; Next verifies it (in the background) before showing anything."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Importer un lot"))
        self.setSubTitle(
            self.tr(
                "Choisissez le fichier reçu. Il est vérifié (signature, destinataire, intégrité) "
                "avant tout aperçu ; rien n'est modifié avant votre confirmation."
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Fichier du lot"))
        self.path.textChanged.connect(lambda _t: self._edited())
        browse = QPushButton(self.tr("&Parcourir…"))
        browse.clicked.connect(self.ask_file)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(styles.ERROR_TEXT)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._busy = False

    def _edited(self) -> None:
        self.owner.report = None
        self.error.clear()
        self.completeChanged.emit()

    def ask_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choisir le lot reçu"), str(Path.home()), bundle_filter()
        )
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self._busy

    def validatePage(self) -> bool:
        if self.owner.report is not None:
            return True
        if self._busy:
            return False
        self._busy = True
        self.error.setStyleSheet(styles.MUTED)
        self.error.setText(self.tr("Vérification du lot…"))
        self.completeChanged.emit()
        self.owner.inspect(Path(self.path.text().strip()), self._inspected, self._refused)
        return False

    def _inspected(self) -> None:
        self._busy = False
        self.error.clear()
        self.completeChanged.emit()
        self.owner.next()

    def _refused(self, message: str) -> None:
        self._busy = False
        self.error.setStyleSheet(styles.ERROR_TEXT)
        self.error.setText(message)
        self.completeChanged.emit()


class PreviewPage(QWizardPage):
    """Who sent it, what it is, and what importing it would change per table."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Aperçu du lot (rien n'est encore modifié)"))
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.table = summary_table(self)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._busy = False
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Appliquer"))

    def initializePage(self) -> None:
        report = self.owner.report
        if report is None:
            return
        self.header.setText(
            self.tr(
                "Lot n° {number} de <b>{sender}</b> — {kind}, période {period}, créé le {created} "
                "({size} octets).<br>Signature et contenu vérifiés."
            ).format(
                number=report.sequence,
                sender=escape(report.sender_name),
                kind=bundle_label(report.kind, report.scope),
                period=escape(report.period or "—"),
                created=escape(local_time(report.created_at)),
                size=QLocale().toString(report.file_bytes),
            )
        )
        fill_summary(self.table, report)
        notes = []
        if report.already_imported:
            notes.append(
                self.tr("Ce lot a déjà été importé : l'importer à nouveau ne changerait rien.")
            )
        if report.conflicts:
            notes.append(
                self.tr(
                    "{n} conflit(s) : la version perdante sera gardée dans la liste "
                    "des conflits à examiner.",
                    "",
                    report.conflicts,
                ).format(n=report.conflicts)
            )
        if report.acknowledged:
            notes.append(
                self.tr(
                    "Accusé de réception de {n} lot(s) envoyé(s).", "", report.acknowledged
                ).format(n=report.acknowledged)
            )
        if report.referential:
            notes.append(report.referential)  # worded by the core: counts, replaced or not
        if report.ignored_tables:
            notes.append(
                self.tr("Tables ignorées (format plus récent) : {tables}").format(
                    tables=escape(", ".join(report.ignored_tables))
                )
            )
        self.status.setText("<br>".join(notes))

    def isComplete(self) -> bool:
        return not self._busy

    def validatePage(self) -> bool:
        if self.owner.result is not None:
            return True
        if self._busy:
            return False
        self._busy = True
        self.completeChanged.emit()
        self.owner.apply(self._applied, self._refused)
        return False

    def _applied(self) -> None:
        self._busy = False
        self.completeChanged.emit()
        self.owner.next()

    def _refused(self, message: str) -> None:
        self._busy = False
        self.status.setStyleSheet(styles.ERROR_TEXT)
        self.status.setText(message)
        self.completeChanged.emit()


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Lot importé"))
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.table = summary_table(self)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        result = self.owner.result
        if result is None:
            return
        if result.already_imported:
            self.text.setText(self.tr("Lot déjà importé : rien n'a changé."))
        else:
            text = self.tr("{changes} changement(s), {conflicts} conflit(s).").format(
                changes=result.changes, conflicts=result.conflicts
            )
            if result.acknowledged:
                text += " " + self.tr(
                    "{n} envoi(s) accusé(s) par la coordination.", "", result.acknowledged
                ).format(n=result.acknowledged)
            self.text.setText(text)
        fill_summary(self.table, result)


class ImportWizard(QWizard):
    """File → verified preview → applied result."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: ImportReport | None = None
        self.result: ImportReport | None = None
        self.setWindowTitle(self.tr("Importer un lot"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Précédent"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Terminer"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        self.choose = ChooseFilePage(self)
        self.preview = PreviewPage(self)
        self.done_page = ResultPage(self)
        for page in (self.choose, self.preview, self.done_page):
            self.addPage(page)
        self.resize(860, 520)

    def _run(
        self,
        work: Callable[[Store, Progress], ImportReport],
        success: Callable[[ImportReport], Any],
        failure: Callable[[str], Any],
        label: str,
    ) -> None:
        """Verifying and merging run on the writer thread, one after the other."""
        self.session.write(
            self,
            work,
            success,
            progress_label=label,
            failure=lambda exc: failure(error_text(exc)),
        )

    def inspect(self, path: Path, done: Callable[[], Any], failure: Callable[[str], Any]) -> None:
        def success(report: ImportReport) -> None:
            self.path, self.report = path, report
            done()

        self._run(
            lambda store, progress: inspect_bundle(store, path, progress),
            success,
            failure,
            self.tr("Vérification du lot…"),
        )

    def apply(self, done: Callable[[], Any], failure: Callable[[str], Any]) -> None:
        path = self.path

        def success(report: ImportReport) -> None:
            self.result = report
            self.session.notify_changed("")
            done()

        self._run(
            lambda store, progress: import_bundle(store, path, progress),
            success,
            failure,
            self.tr("Import du lot…"),
        )
