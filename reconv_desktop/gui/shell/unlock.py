"""The locked window: passphrase or recovery key, or the key remembered on this computer.

It shows no personal data; deriving the key from a passphrase (Argon2id, ~0.5 s) runs off
the GUI thread. When the vault was locked during a long write (an import, a backup), the
screen says what is finishing, with its progress, and the next unlock waits for it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.forms import load_form
from reconv_desktop.gui.kit.operations import QueryOp
from reconv_desktop.gui.shell.session import Session
from reconv_desktop.vault import remembered_key


class UnlockScreen(QWidget):
    """Asks for the passphrase (or recovery key) and opens the session's vault."""

    unlocked = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = load_form("shell/unlock", self)
        self._busy = False
        self.form.unlock_button.clicked.connect(self.submit)
        self.form.secret.returnPressed.connect(self.submit)
        self.form.use_passphrase.toggled.connect(self._mode_changed)
        self.form.remembered_button.clicked.connect(self.unlock_remembered)
        self.form.finishing.hide()
        self.form.finishing_progress.hide()
        session.finishing.connect(self._show_finishing)
        self.reset()

    def reset(self, message: str = "") -> None:
        """Blank the field, show `message` (e.g. why it locked) and focus the field."""
        self._busy = False
        self.form.secret.clear()
        self.form.error.setText(message)
        self.form.error.setStyleSheet(styles.MUTED if message else styles.ERROR_TEXT)
        self._set_enabled(True)
        self._show_finishing(*self.session.finishing_status())
        self._update_remembered()
        if self.session.demo_passphrase:
            self.form.explanation.setText(
                self.tr(
                    "Coffre de démonstration (données fictives) : "
                    "sa phrase de passe est « {passphrase} »."
                ).format(passphrase=self.session.demo_passphrase)
            )
            self.form.explanation.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
            )
        self.form.secret.setFocus()

    def _show_finishing(self, label: str, done: int, total: int) -> None:
        """What the locked vault still finishes before it closes (empty label: nothing)."""
        finishing = bool(label)
        self.form.finishing.setVisible(finishing)
        self.form.finishing_progress.setVisible(finishing)
        if not finishing:
            self.form.finishing.clear()
            return
        self.form.finishing.setText(
            self.tr("Travail en cours, terminé avant la fermeture du coffre : {label}").format(
                label=label.rstrip("…").rstrip(".")
            )
        )
        bar = self.form.finishing_progress
        bar.setMaximum(max(total, 0))  # 0: busy indicator until the work says how far it is
        bar.setValue(min(done, total) if total else 0)

    def _update_remembered(self) -> None:
        available = False
        if self.session.vault.exists() and remembered_key.keyring_status().available:
            available = (
                remembered_key.remembered_key(self.session.vault.header().vault_id) is not None
            )
        self.form.remembered_button.setVisible(available)

    def _mode_changed(self, passphrase: bool) -> None:
        secret: QLineEdit = self.form.secret
        secret.setEchoMode(QLineEdit.EchoMode.Password if passphrase else QLineEdit.EchoMode.Normal)
        secret.setPlaceholderText(
            self.tr("Phrase de passe") if passphrase else self.tr("ABCD-EFGH-… (8 groupes de 4)")
        )
        secret.clear()
        secret.setFocus()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.form.secret,
            self.form.unlock_button,
            self.form.use_passphrase,
            self.form.use_recovery,
            self.form.remembered_button,
        ):
            widget.setEnabled(enabled)

    def show_error(self, message: str) -> None:
        self._busy = False
        self._set_enabled(True)
        self.form.error.setStyleSheet(styles.ERROR_TEXT)
        self.form.error.setText(message)
        self.form.secret.selectAll()
        self.form.secret.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        text = self.form.secret.text()
        if not text:
            self.show_error(self.tr("Saisissez la phrase de passe ou la clé de secours."))
            return
        use_recovery = self.form.use_recovery.isChecked()
        vault = self.session.vault
        self._busy = True
        self._set_enabled(False)
        self.form.error.setStyleSheet(styles.MUTED)
        self.form.error.setText(self.tr("Ouverture du coffre…"))

        def derive(_progress: object) -> bytes:
            if use_recovery:
                return vault.key_from_recovery(text)
            return vault.key_from_passphrase(text)

        QueryOp(self, derive, self._open).failure(self._failed).run()

    def _open(self, raw_key: bytes) -> None:
        if self.session.is_closing:
            self.form.error.setText(
                self.tr("Le coffre s'ouvrira dès que le travail en cours sera terminé.")
            )
        # Unlocking waits for the last lock's write: the GUI thread is never blocked on it.
        self.session.when_closed(lambda: self._open_now(raw_key))

    def _open_now(self, raw_key: bytes) -> None:
        try:
            self.session.open_with_key(raw_key)
        except ReconvError as exc:
            self.show_error(exc.message)
            return
        self._busy = False
        self.form.secret.clear()
        self.form.error.clear()
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ReconvError):
            self.show_error(exc.message)
        else:
            self.show_error(self.tr("Le coffre n'a pas pu être ouvert (erreur inattendue)."))

    def unlock_remembered(self) -> None:
        if self.session.is_closing:
            self._busy = True
            self._set_enabled(False)
            self.form.error.setText(
                self.tr("Le coffre s'ouvrira dès que le travail en cours sera terminé.")
            )
            self.session.when_closed(self._unlock_remembered_now)
            return
        self._unlock_remembered_now()

    def _unlock_remembered_now(self) -> None:
        self._busy = False
        self._set_enabled(True)
        try:
            opened = self.session.try_remembered()
        except ReconvError as exc:
            self.show_error(exc.message)
            return
        if opened:
            self.unlocked.emit()
        else:
            self.show_error(
                self.tr(
                    "Aucune clé mémorisée valable sur cet ordinateur : "
                    "saisissez la phrase de passe."
                )
            )
