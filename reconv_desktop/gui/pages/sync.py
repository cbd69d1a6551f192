"""Synchronisation: placeholder until its feature lands (replace this module)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from reconv_desktop.gui.pages.placeholder import fill_placeholder
from reconv_desktop.gui.session import Session


class SyncPage(QWidget):
    """Says what this page will hold."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        fill_placeholder(
            self,
            self.tr("Synchronisation"),
            self.tr(
                "Ici viendront les échanges avec la coordination : l'envoi du paquet mensuel "
                "(avec l'aperçu de ce qui quitte l'ordinateur), l'import des paquets reçus et "
                "l'historique des échanges."
            ),
        )


Page = SyncPage
