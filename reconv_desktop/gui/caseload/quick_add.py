"""Quick add (Ctrl+N): the few fields needed to start a worker's file."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from reconv_desktop.errors import ValidationError
from reconv_desktop.gui.kit.forms import load_form
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession

FIELDS = ("family_name", "given_name", "phone", "email")


class QuickAddDialog(QDialog):
    """Asks name, first name, cell and contact; `worker_id` is set once saved."""

    def __init__(
        self, session: UnlockedSession, parent: QWidget | None = None, cell_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouvelle personne"))
        self.session = session
        self.worker_id: str | None = None
        self.form = load_form("caseload/quick_add", self)
        self.form.cell.addItem(self.tr("(aucune)"), "")
        for cell in session.store.cells.all():
            self.form.cell.addItem(cell.name, cell.id)
        if cell_id:
            self.form.cell.setCurrentIndex(max(0, self.form.cell.findData(cell_id)))
        buttons: QDialogButtonBox = self.form.buttons
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Créer le dossier"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)
        self.adjustSize()
        self.form.family_name.setFocus()

    def accept(self) -> None:
        values = {f: getattr(self.form, f).text() for f in FIELDS}
        values["cell_id"] = self.form.cell.currentData() or None
        try:
            worker = self.session.store.workers.add(**values)
        except ValidationError as exc:
            self.form.error.setText(exc.message)
            widget = getattr(self.form, exc.field, None)
            if widget is not None:
                widget.setFocus()
            return
        self.worker_id = worker.id
        self.session.notify_changed(worker.id)
        super().accept()
