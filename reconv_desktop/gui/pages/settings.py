"""Paramètres: auto-lock delay, remember on this computer, language, data and backup folders."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.loader import load_form
from reconv_desktop.gui.session import Session
from reconv_desktop.store.remembered_key import keyring_status


class SettingsPage(QWidget):
    """Each change is saved at once in the settings file of this computer."""

    settings_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = load_form("settings_page", self)
        self.form.language.addItem("Français", "fr")
        self.form.language.addItem("English", "en")
        self.load()
        self.form.auto_lock.valueChanged.connect(self._auto_lock_changed)
        self.form.remember.toggled.connect(self._remember_toggled)
        self.form.language.activated.connect(self._language_changed)
        self.form.open_data_dir.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(session.paths.data_dir))))
        self.form.choose_backup_dir.clicked.connect(self._choose_backup_dir)

    def load(self) -> None:
        settings = self.session.settings
        form = self.form
        for widget in (form.auto_lock, form.remember, form.language):
            widget.blockSignals(True)
        form.auto_lock.setValue(max(1, round(settings.auto_lock_minutes)))
        status = keyring_status()
        form.remember.setEnabled(status.available and not self.session.demo)
        form.remember.setChecked(status.available and not self.session.demo
                                and self.session.vault.is_remembered())
        if not status.available:
            form.remember_reason.setText(status.reason)
        elif self.session.demo:
            form.remember_reason.setText(self.tr("Pas pour un coffre de démonstration."))
        else:
            form.remember_reason.setText(self.tr(
                "La clé est gardée dans le trousseau du système ; verrouillez votre session "
                "Windows ou Linux quand vous quittez l'ordinateur."))
        form.language.setCurrentIndex(max(0, form.language.findData(settings.language)))
        for widget in (form.auto_lock, form.remember, form.language):
            widget.blockSignals(False)
        form.data_dir.setText(str(self.session.paths.data_dir))
        form.backup_dir.setText(settings.backup_dir or str(self.session.paths.backup_dir))

    def _save(self, **changes: Any) -> bool:
        try:
            self.session.update_settings(**changes)
        except ReconvError as exc:
            self.form.feedback.setText(exc.message)
            return False
        self.form.feedback.setText(self.tr("Paramètres enregistrés."))
        self.settings_changed.emit()
        return True

    def _auto_lock_changed(self, minutes: int) -> None:
        self._save(auto_lock_minutes=float(minutes))

    def _remember_toggled(self, enabled: bool) -> None:
        if not self.session.remember(enabled):
            self.form.remember.blockSignals(True)
            self.form.remember.setChecked(False)
            self.form.remember.blockSignals(False)
            self.form.feedback.setText(self.tr("Le trousseau du système a refusé la clé."))
            return
        self._save(remember=enabled)

    def _language_changed(self, _index: int) -> None:
        if self._save(language=self.form.language.currentData()):
            self.form.feedback.setText(self.tr(
                "Langue enregistrée : elle s'appliquera au prochain démarrage."))

    def _choose_backup_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier des sauvegardes"),
                                                  self.form.backup_dir.text())
        if folder and self._save(backup_dir=folder):
            self.form.backup_dir.setText(folder)

    def location(self) -> dict[str, Any]:
        return {}


Page = SettingsPage
