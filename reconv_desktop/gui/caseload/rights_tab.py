"""The "Droits" tab of a worker's file: consent (shown, printable), subject access export,
contact details copied with clipboard clearing, and erasure behind a typed confirmation.

The work itself is the core's (`rights/`, `reports.subject_access`); it runs on the writer
thread (`UnlockedSession.write`), with a progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.domain.models import Worker
from reconv_desktop.domain.text import fold
from reconv_desktop.fileio import write_atomic
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.clipboard import copy_sensitive
from reconv_desktop.gui.kit.formatting import sentence_name
from reconv_desktop.gui.kit.operations import Progress, show_error
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.rights.access import export_subject_access
from reconv_desktop.rights.consent import consent_record
from reconv_desktop.rights.erasure import ErasureReport, erase_worker
from reconv_desktop.rights.journal import JournalAction, record_event
from reconv_desktop.store.store import Store

T = TypeVar("T")


def file_stem(worker: Worker) -> str:
    """An ASCII piece of file name for this person (accents folded, spaces as dashes)."""
    words = fold(f"{worker.family_name} {worker.given_name}").split()
    stem = "-".join("".join(c for c in w if c.isalnum()) for w in words)
    return stem.strip("-") or "personne"


def contact_text(worker: Worker) -> str:
    """Name and contact lines, as copied for a letter or an e-mail."""
    address = " ".join(p for p in (worker.postal_code, worker.city) if p)
    lines = [
        sentence_name(worker.given_name, worker.family_name),
        worker.address,
        address,
        worker.email,
        worker.phone,
    ]
    return "\n".join(line for line in lines if line)


class EraseDialog(QDialog):
    """Strong confirmation: explains what erasure does and asks to type the family name."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(self.tr("Effacer une personne"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<b>Effacer {name} partout dans ce coffre ?</b>"
                "<ul><li>Son identité, ses notes, rendez-vous, démarches, actions, bilans et CV "
                "sont vidés et marqués supprimés ; la suppression partira vers la coordination "
                "avec le prochain lot.</li>"
                "<li>Une sauvegarde est faite juste avant. Les sauvegardes faites avant "
                "l'effacement contiennent encore cette personne jusqu'à ce que leur rotation les "
                "supprime (au plus douze mois) ; celles faites après ne la contiennent plus.</li>"
                "<li>C'est irréversible.</li></ul>"
            ).format(name=worker.display_name)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        prompt = QLabel(
            self.tr("Pour confirmer, tapez son nom de famille (« {name} ») :").format(
                name=worker.family_name
            )
        )
        prompt.setWordWrap(True)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setAccessibleName(self.tr("Nom de famille à taper"))
        prompt.setBuddy(self.confirm_edit)
        layout.addWidget(prompt)
        layout.addWidget(self.confirm_edit)
        buttons = QDialogButtonBox()
        self.erase_button = buttons.addButton(
            self.tr("Effacer définitivement"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.erase_button.setStyleSheet(styles.DANGER_BUTTON)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.confirm_edit.textChanged.connect(self._check)

    def _check(self, text: str) -> None:
        # Accents and case do not matter: "wojcik" confirms Wójcik on any keyboard.
        self.erase_button.setEnabled(
            bool(text.strip()) and fold(text.strip()) == fold(self.worker.family_name)
        )


class RightsTab(QWidget):
    """Consent, access and erasure for the worker shown in the file."""

    erased = Signal(str)  # the id of the person just erased

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker: Worker | None = None
        self.clear_timer: QTimer | None = None  # clears copied contact details
        layout = QVBoxLayout(self)

        consent_box = QGroupBox(self.tr("Consentement"))
        consent_layout = QVBoxLayout(consent_box)
        self.consent_label = QLabel()
        self.consent_label.setWordWrap(True)
        self.consent_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(self.tr("Il se modifie dans l'onglet Identité et contact."))
        note.setStyleSheet(styles.MUTED)
        self.print_consent_button = QPushButton(self.tr("Imprimer le &consentement (PDF)…"))
        self.print_consent_button.clicked.connect(self.print_consent)
        consent_layout.addWidget(self.consent_label)
        consent_layout.addWidget(note)
        consent_layout.addLayout(_left(self.print_consent_button))
        layout.addWidget(consent_box)

        access_box = QGroupBox(self.tr("Droit d'accès"))
        access_layout = QVBoxLayout(access_box)
        access_note = QLabel(
            self.tr(
                "Tout ce que le coffre contient sur cette personne : un PDF à lui remettre et un "
                "fichier JSON lisible par une machine. L'export est noté dans le journal d'audit."
            )
        )
        access_note.setWordWrap(True)
        self.export_button = QPushButton(self.tr("E&xporter tout ce qui est détenu…"))
        self.export_button.clicked.connect(self.export_all)
        self.copy_button = QPushButton(self.tr("Co&pier les coordonnées"))
        self.copy_button.setToolTip(
            self.tr("Le presse-papiers est vidé après le délai choisi dans les Paramètres.")
        )
        self.copy_button.clicked.connect(self.copy_contact)
        access_layout.addWidget(access_note)
        access_layout.addLayout(_left(self.export_button, self.copy_button))
        layout.addWidget(access_box)

        erase_box = QGroupBox(self.tr("Droit à l'effacement"))
        erase_layout = QVBoxLayout(erase_box)
        erase_note = QLabel(
            self.tr(
                "Efface la personne partout dans ce coffre (données, index de recherche, CV) et "
                "transmet la suppression à la coordination au prochain envoi."
            )
        )
        erase_note.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("&Effacer cette personne…"))
        self.erase_button.setStyleSheet(styles.ERROR_TEXT)
        self.erase_button.clicked.connect(self.erase)
        erase_layout.addWidget(erase_note)
        erase_layout.addLayout(_left(self.erase_button))
        layout.addWidget(erase_box)

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        layout.addStretch(1)

    # --- state ---------------------------------------------------------------------------------
    def show_worker(self, worker_id: str) -> None:
        store = self.session.store
        self.worker = store.workers.get(worker_id)
        self.consent_label.setText(consent_record(store, worker_id).summary)
        self.result.clear()

    def _run(
        self, label: str, work: Callable[[Store, Progress], T], success: Callable[[T], Any]
    ) -> None:
        """`work(store, progress)` on the writer thread, with a progress dialog."""
        self.session.write(self, work, success, progress_label=label, failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.result.clear()
        show_error(self, exc)

    # --- consent -------------------------------------------------------------------------------
    def print_consent(self) -> None:
        if self.worker is None:
            return
        worker = self.worker
        default = str(Path.home() / f"consentement-{file_stem(worker)}.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Imprimer le consentement"), default, self.tr("Document PDF (*.pdf)")
        )
        if not chosen:
            return
        target = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

        def work(store: Store, _progress: Progress) -> Path:
            from reconv_desktop.reports.subject_access import render_consent

            record = consent_record(store, worker.id)
            write_atomic(target, render_consent(record, worker.display_name), mode=0o600)
            record_event(store, JournalAction.PRINT, "worker", worker.id, detail="consent pdf")
            return target

        self._run(
            self.tr("Impression du consentement…"),
            work,
            lambda path: self.result.setText(
                self.tr("Consentement enregistré : {path}").format(path=path)
            ),
        )

    # --- access --------------------------------------------------------------------------------
    def export_all(self) -> None:
        if self.worker is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier où écrire l'export (PDF et JSON)"), str(Path.home())
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        """Write `droit-acces-<nom>-<date>.json` and `.pdf` into `folder` in the background."""
        assert self.worker is not None
        worker_id = self.worker.id
        stem = f"droit-acces-{file_stem(self.worker)}-{date.today().isoformat()}"
        json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"

        def work(store: Store, progress: Progress) -> tuple[Path, Path]:
            export_subject_access(store, worker_id, json_path, pdf_path, progress)
            return json_path, pdf_path

        def done(paths: tuple[Path, Path]) -> None:
            self.result.setText(
                self.tr("Export écrit :\n{pdf}\n{json}").format(pdf=paths[1], json=paths[0])
            )

        self._run(self.tr("Export de toutes les données de la personne…"), work, done)

    def copy_contact(self) -> None:
        if self.worker is None:
            return
        seconds = self.session.settings.clipboard_clear_seconds
        self.clear_timer = copy_sensitive(contact_text(self.worker), seconds)
        if seconds:
            self.result.setText(
                self.tr(
                    "Coordonnées copiées ; le presse-papiers sera vidé dans {seconds} s."
                ).format(seconds=seconds)
            )
        else:
            self.result.setText(self.tr("Coordonnées copiées."))

    # --- erasure -------------------------------------------------------------------------------
    def erase(self) -> None:
        if self.worker is None:
            return
        dialog = EraseDialog(self.worker, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.erase_confirmed()

    def erase_confirmed(self) -> None:
        """Backup, then erase, in the background; then tell the file the person is gone."""
        assert self.worker is not None
        worker_id = self.worker.id
        backing_up = self.tr("Sauvegarde avant l'effacement…")

        def work(store: Store, progress: Progress) -> ErasureReport:
            from reconv_desktop.backup.backups import backup_before

            progress(0, 0, backing_up)
            backup_before(store, "erasure")  # no backup, no erasure: the error is shown
            return erase_worker(store, worker_id, progress)

        def done(report: ErasureReport) -> None:
            self.worker = None
            # Undoing an edit of the erased person would bring their data back.
            self.session.undo_stack.clear()
            self.result.setText(
                self.tr("Personne effacée ({n} enregistrement(s)).", "", report.total).format(
                    n=report.total
                )
            )
            self.erased.emit(worker_id)

        self._run(self.tr("Effacement de la personne…"), work, done)


def _left(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
