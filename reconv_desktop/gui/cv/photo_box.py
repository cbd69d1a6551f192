"""The photo part of the CV editor: the draft's "print the photo" option (off by default)
and the worker's photo itself (choose a file, remove), with a thumbnail.

The photo belongs to the worker (one for all their CVs); the option belongs to each draft.
Checking a chosen file (decode, downscale, re-encode) runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.domain.cv_photo import CvPhoto, clean_photo
from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.operations import QueryOp, show_error
from reconv_desktop.store.cv_photos import get_photo, keep_photo, read_photo_file, remove_photo

THUMB_HEIGHT = 60


class CvPhotoBox(QWidget):
    """Checkbox, anti-discrimination note, thumbnail, "Choisir une photo…" and "Retirer"."""

    optionToggled = Signal(bool)  # the draft's option, changed by the counsellor
    photoChanged = Signal()  # the worker's photo was set or removed

    def __init__(self, store, worker_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.worker_id = worker_id
        self.photo: CvPhoto | None = get_photo(store, worker_id)
        self.check = QCheckBox(self.tr("Photo"))
        self.check.setToolTip(self.tr("Cochée : la photo est imprimée sur ce CV"))
        note = QLabel(
            self.tr(
                "Facultative : de nombreux recruteurs recommandent de ne pas en "
                "mettre (risque de discrimination)."
            )
        )
        self.note = note
        note.setWordWrap(True)
        note.setStyleSheet(styles.MUTED)
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(THUMB_HEIGHT * 4 // 5, THUMB_HEIGHT)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet(styles.FRAMED)
        self.thumbnail.setAccessibleName(self.tr("Photo de la personne"))
        self.choose_button = QPushButton(self.tr("Choisir une photo…"))
        self.remove_button = QPushButton(self.tr("Retirer"))
        self.remove_button.setToolTip(self.tr("Retirer la photo de la personne (tous ses CV)"))
        self.status = QLabel()
        self.status.setWordWrap(True)

        # One row (option, thumbnail, buttons): the identity page already holds seven fields.
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        row = QHBoxLayout()
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.thumbnail)
        row.addLayout(buttons)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(note)
        column.addWidget(self.status)

        self.check.toggled.connect(self._toggled)
        self.choose_button.clicked.connect(self.choose_dialog)
        self.remove_button.clicked.connect(self.remove)
        self._show_photo()

    # --- state ----------------------------------------------------------------------------
    def set_option(self, on: bool) -> None:
        """Show the draft's option without it counting as the counsellor's edit."""
        self.check.blockSignals(True)
        self.check.setChecked(on)
        self.check.blockSignals(False)
        self._say_state()

    def _toggled(self, on: bool) -> None:
        self._say_state()
        self.optionToggled.emit(on)

    def _show_photo(self) -> None:
        if self.photo is None:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("Aucune"))
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(self.photo.data)
            self.thumbnail.setPixmap(
                pixmap.scaled(
                    self.thumbnail.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.remove_button.setEnabled(self.photo is not None)
        self._say_state()

    def _say_state(self, error: str = "") -> None:
        if error:
            self.status.setText(error)
            self.status.setStyleSheet(styles.ERROR_TEXT)
            self.status.setVisible(True)
            return
        self.status.setStyleSheet(styles.WARNING_TEXT)
        if self.check.isChecked() and self.photo is None:
            self.status.setText(
                self.tr("Aucune photo enregistrée : choisissez-en une pour l'imprimer.")
            )
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))

    # --- choosing and removing ------------------------------------------------------------
    def choose_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choisir une photo"),
            str(Path.home()),
            self.tr("Images JPEG ou PNG (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"),
        )
        if path:
            self.choose_file(Path(path))

    def choose_file(self, path: Path) -> None:
        """Check the file in the background, then keep it as the worker's photo."""
        self.choose_button.setEnabled(False)
        self.status.setText(self.tr("Vérification de la photo…"))
        self.status.setVisible(True)

        def failed(exc: BaseException) -> None:
            self.choose_button.setEnabled(True)
            if isinstance(exc, ReconvError):
                self._say_state(exc.message)
            else:
                self._say_state("")
                show_error(self, exc)

        QueryOp(self, lambda _progress: clean_photo(read_photo_file(path)), self._keep).failure(
            failed
        ).run()

    def _keep(self, photo: CvPhoto) -> None:
        self.choose_button.setEnabled(True)
        try:
            self.photo = keep_photo(self.store, self.worker_id, photo)
        except ReconvError as exc:
            self._say_state(exc.message)
            return
        self._show_photo()
        self.photoChanged.emit()

    def remove(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Retirer la photo"),
            self.tr("Retirer la photo de cette personne ? Elle disparaît de tous ses CV."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        remove_photo(self.store, self.worker_id)
        self.photo = None
        self._show_photo()
        self.photoChanged.emit()
