"""Rapports: placeholder until its feature lands (replace this module)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from reconv_desktop.gui.pages.placeholder import fill_placeholder
from reconv_desktop.gui.session import Session


class ReportsPage(QWidget):
    """Says what this page will hold."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        fill_placeholder(
            self,
            self.tr("Rapports"),
            self.tr(
                "Ici viendront les rapports : le rapport mensuel d'activité, les bilans et CV "
                "imprimables, et les chiffres pour le comité d'accompagnement."
            ),
        )


Page = ReportsPage
