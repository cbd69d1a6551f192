"""Enrolment: load the other side's public card, show its fingerprint big, confirm, record.

The fingerprint is what the two people compare over the phone; it is shown in four groups of
four characters, large, so that it can be read aloud without mistakes.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit import styles
from reconv_desktop.store.store import Store
from reconv_desktop.sync.coordination import add_counsellor
from reconv_desktop.sync.identity import ROLE_LABELS, PublicCard, enrol_peer, export_card, read_card


def card_filter() -> str:
    """The file chooser's filter for identity cards, in the window's language."""
    return QCoreApplication.translate(
        "EnrolDialog", "Cartes Reconv (*.json *.reconv-card);;Tous les fichiers (*)"
    )


def fingerprint_font() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(22)
    font.setBold(True)
    return font


def spaced(fingerprint: str) -> str:
    """'ABCD-EFGH-…' shown as 'ABCD  EFGH  …' (groups read one at a time)."""
    return "  ".join(fingerprint.split("-"))


class CardConfirm(QWidget):
    """Load a card, show who it is and its fingerprint, and ask to confirm it was read aloud."""

    changed = Signal()

    def __init__(self, expected_role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expected_role = expected_role
        self.card: PublicCard | None = None
        layout = QVBoxLayout(self)
        self.load_button = QPushButton(self.tr("&Charger une carte…"))
        self.load_button.clicked.connect(self.ask_file)
        layout.addWidget(self.load_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.who = QLabel()
        self.who.setWordWrap(True)
        layout.addWidget(self.who)
        self.fingerprint = QLabel()
        self.fingerprint.setFont(fingerprint_font())
        self.fingerprint.setAccessibleName(self.tr("Empreinte"))
        self.fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout.addWidget(self.fingerprint)
        self.confirmed = QCheckBox(
            self.tr(
                "L'&empreinte est bien celle que la personne m'a lue (par téléphone ou en personne)"
            )
        )
        self.confirmed.setEnabled(False)
        self.confirmed.toggled.connect(lambda _on: self.changed.emit())
        layout.addWidget(self.confirmed)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(styles.ERROR_TEXT)
        layout.addWidget(self.error)

    def ask_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choisir la carte d'identité reçue"), str(Path.home()), card_filter()
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read and check the card; on a problem, say it in French and forget any card."""
        self.card = None
        self.confirmed.setChecked(False)
        self.confirmed.setEnabled(False)
        self.who.clear()
        self.fingerprint.clear()
        try:
            card = read_card(path)
            if card.role != self.expected_role:
                raise ReconvError(
                    self.tr(
                        "Cette carte est celle d'un appareil « {role} », pas « {expected} »."
                    ).format(role=ROLE_LABELS[card.role], expected=ROLE_LABELS[self.expected_role]),
                    "wrong_card_role",
                )
        except ReconvError as exc:
            self.error.setText(exc.message)
            self.changed.emit()
            return False
        self.error.clear()
        self.card = card
        self.who.setText(
            self.tr("<b>{name}</b> ({role}), appareil {device}<br>Empreinte à comparer :").format(
                name=escape(card.name) if card.name else self.tr("sans nom"),
                role=ROLE_LABELS[card.role],
                device=escape(card.device_id),
            )
        )
        self.fingerprint.setText(spaced(card.fingerprint))
        self.confirmed.setEnabled(True)
        self.confirmed.setFocus()
        self.changed.emit()
        return True

    def ready(self) -> bool:
        return self.card is not None and self.confirmed.isChecked()


def enrol(store: Store, card: PublicCard, expected_role: str) -> None:
    """Record a coordination card (counsellor side) or a counsellor card (coordination side)."""
    if expected_role == "counsellor":
        add_counsellor(store, card)
    else:
        enrol_peer(store, card, expected_role)


class EnrolDialog(QDialog):
    """The enrolment step on its own: card, fingerprint, confirmation, then recorded."""

    def __init__(self, store: Store, expected_role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.expected_role = expected_role
        self.setWindowTitle(
            self.tr("Enregistrer la coordination")
            if expected_role == "coordination"
            else self.tr("Enregistrer un·e accompagnateur·rice")
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Chargez la carte reçue (fichier .json), puis comparez l'empreinte avec celle que "
                "la personne vous lit. Ne confirmez que si elles sont identiques."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.card_box = CardConfirm(expected_role)
        layout.addWidget(self.card_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Enregistrer"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.card_box.changed.connect(lambda: self.ok.setEnabled(self.card_box.ready()))
        self.resize(640, 360)

    def accept(self) -> None:
        card = self.card_box.card
        if card is None or not self.card_box.ready():
            return
        try:
            enrol(self.store, card, self.expected_role)
        except ReconvError as exc:
            self.card_box.error.setText(exc.message)
            return
        super().accept()


def export_own_card(parent: QWidget, store: Store) -> Path | None:
    """Ask where to write this device's public card, write it, and show its fingerprint."""
    name = (store.meta("owner_name") or "carte").replace(" ", "-")
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("EnrolDialog", "Exporter ma carte d'identité"),
        str(Path.home() / f"carte-{name}.json"),
        card_filter(),
    )
    if not path:
        return None
    try:
        card = export_card(store, Path(path))
    except ReconvError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("EnrolDialog", "Carte non écrite"), exc.message
        )
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("EnrolDialog", "Carte écrite"),
        QCoreApplication.translate(
            "EnrolDialog",
            "Carte écrite dans {path}.\n\nEmpreinte à lire à voix haute à l'autre partie :\n"
            "{fingerprint}",
        ).format(path=path, fingerprint=spaced(card.fingerprint)),
    )
    return Path(path)
