"""First run: create the vault (passphrase twice), show the recovery key (print, copy, confirm
it was kept), offer "remember on this computer", and an optional enrolment-file step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from reconv_desktop.domain.passphrase import check_new_passphrase, estimate_strength
from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.clipboard import copy_sensitive
from reconv_desktop.gui.kit.operations import QueryOp
from reconv_desktop.gui.shell.session import Session
from reconv_desktop.vault import crypto, remembered_key
from reconv_desktop.vault.vault import Vault

RECOVERY_CLEAR_SECONDS = 60


class PassphrasePage(QWizardPage):
    """Name, passphrase and confirmation, with strength feedback; creates the vault on Next."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Bienvenue dans Reconv Desktop"))
        self.setSubTitle(
            self.tr(
                "Vos dossiers seront chiffrés sur cet ordinateur. Choisissez une phrase de passe "
                "d'au moins 10 caractères : quelques mots, avec chiffres ou signes."
            )
        )
        form = QFormLayout(self)
        self.owner_name = QLineEdit()
        self.owner_name.setPlaceholderText(self.tr("Prénom Nom (facultatif)"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation = QLineEdit()
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QProgressBar()
        self.strength.setRange(0, 5)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(10)
        self.strength_label = QLabel()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(styles.ERROR_TEXT)
        form.addRow(self.tr("Votre &nom"), self.owner_name)
        form.addRow(self.tr("&Phrase de passe"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow("", self.strength_label)
        form.addRow(self.tr("&Confirmation"), self.confirmation)
        form.addRow("", self.error)
        self.passphrase.textChanged.connect(self._changed)
        self.confirmation.textChanged.connect(self._changed)
        self._busy = False

    def _changed(self) -> None:
        text = self.passphrase.text()
        strength = estimate_strength(text)
        self.strength.setValue(strength.score + 1 if text else 0)
        self.strength.setStyleSheet(styles.strength_bar(strength.score))
        self.strength_label.setText(
            self.tr("Solidité : {strength}").format(strength=strength.label) if text else ""
        )
        self.error.setText(self._problem() or "")
        self.completeChanged.emit()

    def _problem(self) -> str | None:
        if not self.passphrase.text():
            return None
        try:
            check_new_passphrase(self.passphrase.text())
        except ReconvError as exc:
            return exc.message
        if self.confirmation.text() and self.confirmation.text() != self.passphrase.text():
            return self.tr("Les deux phrases de passe ne sont pas identiques.")
        return None

    def isComplete(self) -> bool:
        if self._busy or self.owner.created is not None:
            return not self._busy
        return (
            bool(self.passphrase.text())
            and self.passphrase.text() == self.confirmation.text()
            and self._problem() is None
        )

    def validatePage(self) -> bool:
        if self.owner.created is not None:
            return True
        if self._busy:
            return False
        self._busy = True
        self.completeChanged.emit()
        self.error.setStyleSheet(styles.MUTED)
        self.error.setText(self.tr("Création du coffre chiffré…"))
        self.owner.create_vault(
            self.passphrase.text(),
            self.confirmation.text(),
            self.owner_name.text(),
            self._created,
            self._failed,
        )
        return False

    def _created(self) -> None:
        self._busy = False
        self.passphrase.clear()
        self.confirmation.clear()
        self.error.clear()
        self.passphrase.setEnabled(False)
        self.confirmation.setEnabled(False)
        self.completeChanged.emit()
        self.owner.next()

    def _failed(self, message: str) -> None:
        self._busy = False
        self.error.setStyleSheet(styles.ERROR_TEXT)
        self.error.setText(message)
        self.completeChanged.emit()


class RecoveryPage(QWizardPage):
    """Shows the recovery key once, with Print and Copy; going on needs "I kept it"."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Votre clé de secours"))
        self.setSubTitle(
            self.tr(
                "Si vous oubliez la phrase de passe, seule cette clé ouvre vos dossiers. "
                "Imprimez-la ou recopiez-la et rangez-la en lieu sûr, hors de l'ordinateur."
            )
        )
        layout = QVBoxLayout(self)
        self.key_label = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout.addWidget(self.key_label)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Imprimer…"))
        self.copy_button = QPushButton(self.tr("&Copier"))
        self.print_button.clicked.connect(self.print_key)
        self.copy_button.clicked.connect(self.copy_key)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.feedback = QLabel()
        layout.addWidget(self.feedback)
        self.kept = QCheckBox(self.tr("&J'ai conservé la clé de secours en lieu sûr"))
        layout.addWidget(self.kept)
        layout.addStretch(1)
        self.registerField("kept*", self.kept)

    def initializePage(self) -> None:
        self.key_label.setText(self.owner.recovery_key or "")
        # Focus the checkbox, so that Enter never opens the print dialog by surprise.
        self.kept.setFocus()

    def copy_key(self) -> None:
        # The recovery key never stays on the clipboard, even when the setting says "never".
        seconds = self.owner.session.settings.clipboard_clear_seconds or RECOVERY_CLEAR_SECONDS
        copy_sensitive(self.owner.recovery_key or "", seconds)
        self.feedback.setText(
            self.tr("Clé copiée ; le presse-papiers sera vidé dans {seconds} s.").format(
                seconds=seconds
            )
        )

    def print_key(self) -> None:
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setHtml(
            "<h2>"
            + self.tr("Reconv Desktop — clé de secours")
            + "</h2>"
            + "<p style='font-family: monospace; font-size: 20pt'>"
            + (self.owner.recovery_key or "")
            + "</p><p>"
            + self.tr(
                "À garder en lieu sûr. Elle ouvre le coffre si la phrase de passe est oubliée."
            )
            + "</p>"
        )
        document.print_(printer)


class RememberPage(QWizardPage):
    """Offers to keep the key in the OS keyring, greyed with the reason when there is none."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Cet ordinateur"))
        self.setSubTitle(self.tr("Choisissez si le coffre s'ouvre sans phrase de passe ici."))
        layout = QVBoxLayout(self)
        self.remember = QCheckBox(self.tr("Se &souvenir du coffre sur cet ordinateur"))
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(styles.MUTED)
        status = remembered_key.keyring_status()
        self.remember.setEnabled(status.available)
        self.reason.setText(
            status.reason
            if not status.available
            else self.tr(
                "La clé sera gardée dans le trousseau sécurisé du système. À éviter sur un "
                "ordinateur partagé."
            )
        )
        layout.addWidget(self.remember)
        layout.addWidget(self.reason)
        layout.addStretch(1)


class EnrolmentPage(QWizardPage):
    """Optional: load coordination's card, compare its fingerprint, and enrol it on Finish."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        from reconv_desktop.gui.sync.enrol import CardConfirm

        self.owner = wizard
        self.setTitle(self.tr("Inscription auprès de la coordination (facultatif)"))
        self.setSubTitle(
            self.tr(
                "Si la coordination vous a remis sa carte (fichier .json), chargez-la et comparez "
                "l'empreinte avec celle qu'elle vous lit. Sinon, cliquez sur Terminer : vous "
                "pourrez le faire plus tard depuis la page Synchronisation."
            )
        )
        layout = QVBoxLayout(self)
        self.card_box = CardConfirm("coordination")
        self.import_button = self.card_box.load_button
        self.card_box.changed.connect(self.completeChanged.emit)
        layout.addWidget(self.card_box)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        # Skippable; but a loaded card is enrolled only once its fingerprint is confirmed.
        return self.card_box.card is None or self.card_box.confirmed.isChecked()

    def validatePage(self) -> bool:
        card = self.card_box.card
        if card is None:
            return True
        from reconv_desktop.gui.sync.enrol import enrol

        # QWizard validates the last page from done(), i.e. after FirstRunWizard.accept()
        # opened the session: enrol through it (else through a short-lived connection).
        try:
            current = self.owner.session.current
            if current is not None:
                enrol(current.store, card, "coordination")
            elif self.owner.created is not None and self.owner._raw_key is not None:
                temporary = self.owner.created.open_with_key(self.owner._raw_key)
                try:
                    enrol(temporary, card, "coordination")
                finally:
                    temporary.close()
            else:
                return False
        except ReconvError as exc:
            # The vault exists and is open: say why, and let the counsellor enrol later.
            QMessageBox.warning(self, self.tr("Inscription non enregistrée"), exc.message)
        return True


class FirstRunWizard(QWizard):
    """Creates the vault of a new installation and opens it in `session`."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.created: Vault | None = None
        self.recovery_key: str | None = None
        self._raw_key: bytes | None = None
        self.setWindowTitle(self.tr("Reconv Desktop — premier démarrage"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Précédent"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Terminer"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        self.remember_page = RememberPage(self)
        self.enrolment_page = EnrolmentPage(self)
        for page in (
            self.passphrase_page,
            self.recovery_page,
            self.remember_page,
            self.enrolment_page,
        ):
            self.addPage(page)
        self.resize(720, 520)
        # Once the vault exists, going back to the passphrase page makes no sense.
        self.currentIdChanged.connect(self._lock_back)
        self.kdf: crypto.Argon2Params | None = None  # tests may use crypto.FAST_ARGON2

    def _lock_back(self, page_id: int) -> None:
        if page_id == 1:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def create_vault(
        self, passphrase: str, confirmation: str, owner_name: str, done: object, failed: object
    ) -> None:
        paths = self.session.paths
        kdf = self.kdf

        def op(_progress: object) -> tuple[Vault, str, bytes]:
            created = Vault.create(
                paths, passphrase, confirmation=confirmation, owner_name=owner_name.strip(), kdf=kdf
            )
            return (
                created.vault,
                created.recovery_key,
                created.vault.key_from_recovery(created.recovery_key),
            )

        def success(result: tuple[Vault, str, bytes]) -> None:
            self.created, self.recovery_key, self._raw_key = result
            done()  # type: ignore[operator]

        def failure(exc: BaseException) -> None:
            message = (
                exc.message
                if isinstance(exc, ReconvError)
                else self.tr("Le coffre n'a pas pu être créé (erreur inattendue).")
            )
            failed(message)  # type: ignore[operator]

        QueryOp(self, op, success).failure(failure).run()

    def accept(self) -> None:
        if self._raw_key is None:
            return
        self.session.open_with_key(self._raw_key)
        if self.remember_page.remember.isChecked():
            self.session.remember(True)
            self.session.update_settings(remember=True)
        self._raw_key = None
        self.recovery_key = None
        super().accept()
