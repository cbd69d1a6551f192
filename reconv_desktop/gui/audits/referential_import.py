"""Import an ESCO CSV release as the skills referential, with a progress dialog.

The import runs on the writer thread (`UnlockedSession.write`: it writes for several
seconds on the full release); all or nothing, so a refused file leaves the previous
referential in place, and the French error names the file, line and column.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.backup.backups import backup_before
from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit.operations import Progress, show_error
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.referential.esco_import import find_esco_files, import_esco
from reconv_desktop.referential.model import ImportReport
from reconv_desktop.referential.writer import referential_info
from reconv_desktop.store.store import Store


class ReferentialImportDialog(QDialog):
    """Choose an ESCO folder (and language), import it, read the result and warnings."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Importer un référentiel ESCO"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.current = QLabel()
        self.current.setWordWrap(True)
        layout.addWidget(self.current)
        explain = QLabel(
            self.tr(
                "Choisissez le dossier du téléchargement ESCO au format CSV (fichiers "
                "skills_fr.csv, occupations_fr.csv, occupationSkillRelations_fr.csv). "
                "Le référentiel actuel est remplacé seulement si tout l'import réussit."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.browse = QPushButton(self.tr("&Parcourir…"))
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        folder_label = QLabel(self.tr("&Dossier"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        self.lang = QLineEdit()
        self.lang.setPlaceholderText(self.tr("détectée d'après les noms de fichiers (ex. fr)"))
        form.addRow(self.tr("&Langue"), self.lang)
        layout.addLayout(form)
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        self.result.setAccessibleName(self.tr("Résultat de l'import"))
        layout.addWidget(self.result, 1)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("&Importer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        close = buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.start_import)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.browse.clicked.connect(self.choose_folder)
        self._show_current()
        self.folder.setFocus()

    def _show_current(self) -> None:
        info = referential_info(self.session.store.db)
        if info is None:
            self.current.setText(
                self.tr(
                    "Référentiel actuel : aucun (le référentiel de départ "
                    "sera chargé au premier besoin)."
                )
            )
            return
        self.current.setText(
            self.tr(
                "Référentiel actuel : {source} ({lang}), {skills} compétences, "
                "{occupations} métiers, {relations} liens."
            ).format(
                source=info.source_detail or info.source,
                lang=info.lang,
                skills=info.skills,
                occupations=info.occupations,
                relations=info.relations,
            )
        )

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier ESCO (CSV)"), self.folder.text() or str(Path.home())
        )
        if chosen:
            self.folder.setText(chosen)

    def start_import(self) -> None:
        folder = self.folder.text().strip()
        if not folder:
            self.result.setPlainText(self.tr("Choisissez d'abord le dossier ESCO."))
            return
        lang = self.lang.text().strip() or None
        if not self._confirm_without_relations(Path(folder), lang):
            return

        def op(store: Store, progress: Progress) -> ImportReport:
            backup_before(store, "import")  # no backup, no import: the error is shown
            return import_esco(store.db, Path(folder), lang, progress)

        self.import_button.setEnabled(False)
        self.result.setPlainText(self.tr("Import en cours…"))
        self.session.write(
            self,
            op,
            self._done,
            progress_label=self.tr("Import du référentiel ESCO…"),
            failure=self._failed,
        )

    def _confirm_without_relations(self, folder: Path, lang: str | None) -> bool:
        """A release without its relations file would stop target ranking: ask first."""
        try:
            files = find_esco_files(folder, lang)
        except ReconvError as exc:
            self.result.setPlainText(
                self.tr("Import refusé, référentiel inchangé :\n{reason}").format(
                    reason=exc.message
                )
            )
            return False
        info = referential_info(self.session.store.db)
        if files.relations is not None or info is None or not info.relations:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Import sans relations"),
            self.tr(
                "Ce dossier ne contient pas le fichier des liens métier-compétence : "
                "après l'import, les métiers cibles ne pourront plus être classés "
                "(le référentiel actuel a {relations} liens). Importer quand même ?"
            ).format(relations=info.relations),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.import_button.setEnabled(True)
        lines = [
            self.tr("Import réussi en {seconds} s.").format(seconds=f"{report.seconds:.1f}"),
            self.tr(
                "{skills} compétences, {occupations} métiers, {relations} liens métier-compétence."
            ).format(
                skills=report.skills, occupations=report.occupations, relations=report.relations
            ),
        ]
        lines += [
            self.tr("Attention : {warning}").format(warning=warning) for warning in report.warnings
        ]
        self.result.setPlainText("\n".join(lines))
        self._show_current()
        self.session.notify_changed("")

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, ReconvError):
            self.result.setPlainText(
                self.tr("Import refusé, référentiel inchangé :\n{reason}").format(
                    reason=exc.message
                )
            )
        else:
            self.result.setPlainText(self.tr("Import interrompu, référentiel inchangé."))
            show_error(self, exc)
