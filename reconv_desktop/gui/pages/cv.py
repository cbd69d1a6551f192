"""CV: placeholder until its feature lands (replace this module)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from reconv_desktop.gui.pages.placeholder import fill_placeholder
from reconv_desktop.gui.session import Session


class CvPage(QWidget):
    """Says what this page will hold."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        fill_placeholder(
            self,
            self.tr("CV"),
            self.tr(
                "Ici viendront les projets de CV de chaque personne, construits à partir du bilan"
                " et adaptés à chaque métier visé, à imprimer ou à exporter."
            ),
        )


Page = CvPage
