"""Bilans de compétences: placeholder until its feature lands (replace this module)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from reconv_desktop.gui.pages.placeholder import fill_placeholder
from reconv_desktop.gui.session import Session


class AuditsPage(QWidget):
    """Says what this page will hold."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        fill_placeholder(
            self,
            self.tr("Bilans de compétences"),
            self.tr(
                "Ici viendront les bilans de compétences de chaque personne : parcours, "
                "formations, compétences avec leur niveau et leurs preuves, intérêts et "
                "contraintes, métiers visés avec leurs écarts, plan d'action et synthèse "
                "imprimable."
            ),
        )


Page = AuditsPage
