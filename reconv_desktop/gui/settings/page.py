"""Paramètres: auto-lock, remember on this computer, language, folders, and data protection
(clipboard clearing delay, backups, journal, retention rule)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit.forms import load_form
from reconv_desktop.gui.kit.page import Page
from reconv_desktop.gui.settings.backups_dialog import (
    BackupsDialog,
    current_destination,
    set_destination,
)
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.i18n import LANGUAGE_NAMES, LANGUAGES
from reconv_desktop.vault.remembered_key import keyring_status


class SettingsPage(Page):
    """Each change is saved at once in the settings file of this computer (the window follows
    them through `Session.settings_changed`)."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.form = load_form("settings/settings_page", self)
        # Each language in its own words; French (the source) is the default.
        for code in LANGUAGES:
            self.form.language.addItem(LANGUAGE_NAMES[code], code)
        self.load()
        self.form.auto_lock.valueChanged.connect(self._auto_lock_changed)
        self.form.remember.toggled.connect(self._remember_toggled)
        self.form.language.activated.connect(self._language_changed)
        self.form.open_data_dir.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(session.paths.data_dir)))
        )
        self.form.choose_backup_dir.clicked.connect(self._choose_backup_dir)
        self.form.clipboard_clear.valueChanged.connect(
            lambda seconds: self._save(clipboard_clear_seconds=seconds)
        )
        self.form.open_backups.clicked.connect(self.open_backups)
        self.form.open_journal.clicked.connect(self.open_journal)
        self.form.open_retention.clicked.connect(self.open_retention)

    def load(self) -> None:
        settings = self.session.settings
        form = self.form
        for widget in (form.auto_lock, form.remember, form.language, form.clipboard_clear):
            widget.blockSignals(True)
        form.auto_lock.setValue(max(1, round(settings.auto_lock_minutes)))
        form.clipboard_clear.setValue(settings.clipboard_clear_seconds)
        status = keyring_status()
        form.remember.setEnabled(status.available and not self.session.demo)
        form.remember.setChecked(
            status.available and not self.session.demo and self.session.vault.is_remembered()
        )
        if not status.available:
            form.remember_reason.setText(status.reason)
        elif self.session.demo:
            form.remember_reason.setText(self.tr("Pas pour un coffre de démonstration."))
        else:
            form.remember_reason.setText(
                self.tr(
                    "La clé est gardée dans le trousseau du système ; verrouillez votre session "
                    "Windows ou Linux quand vous quittez l'ordinateur."
                )
            )
        form.language.setCurrentIndex(max(0, form.language.findData(settings.language)))
        for widget in (form.auto_lock, form.remember, form.language, form.clipboard_clear):
            widget.blockSignals(False)
        form.data_dir.setText(str(self.session.paths.data_dir))
        form.backup_dir.setText(str(current_destination(self.session)))

    def _save(self, **changes: Any) -> bool:
        try:
            self.session.update_settings(**changes)
        except ReconvError as exc:
            self.form.feedback.setText(exc.message)
            return False
        self.form.feedback.setText(self.tr("Paramètres enregistrés."))
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
            self.form.feedback.setText(
                self.tr("Langue enregistrée : elle s'appliquera au prochain démarrage.")
            )

    def _choose_backup_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier des sauvegardes"), self.form.backup_dir.text()
        )
        if not folder:
            return
        try:
            set_destination(self.session, folder)  # in the vault and on this computer
        except ReconvError as exc:
            self.form.feedback.setText(exc.message)
            return
        self.form.feedback.setText(self.tr("Paramètres enregistrés."))
        self.form.backup_dir.setText(str(current_destination(self.session)))

    def open_backups(self) -> None:
        dialog = BackupsDialog(self.session, self.window())
        dialog.finished.connect(lambda _r: self._refresh_backup_dir())
        dialog.open()

    def _refresh_backup_dir(self) -> None:
        if self.session.is_open:
            self.form.backup_dir.setText(str(current_destination(self.session)))

    def open_journal(self) -> None:
        from reconv_desktop.gui.settings.journal_dialog import JournalDialog

        JournalDialog(self.session, self.window()).open()

    def open_retention(self) -> None:
        from reconv_desktop.gui.settings.retention_dialog import RetentionDialog

        RetentionDialog(self.session, self.window()).open()
