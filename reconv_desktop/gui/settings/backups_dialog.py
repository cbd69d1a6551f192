"""Sauvegardes: list, preview, create, verify and restore the vault's encrypted backups.

Reachable from the Fichier menu and the Settings page. Every piece of work runs off the GUI
thread: backups on the writer thread (`UnlockedSession.write`, so two never run at once),
checks of a backup folder through `QueryOp`; restoring locks the window first and waits
until every connection on the file being replaced is closed, then asks to unlock again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.backup import backups
from reconv_desktop.backup import restore as backup_restore
from reconv_desktop.backup.backups import BackupInfo
from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit.formatting import local_time, size_text
from reconv_desktop.gui.kit.forms import load_form
from reconv_desktop.gui.kit.item_views import clear_quietly
from reconv_desktop.gui.kit.operations import Progress, QueryOp, show_error
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, LabelTable
from reconv_desktop.store.store import Store

INFO_ROLE = Qt.ItemDataRole.UserRole + 1
# How a backup's content is named for the counsellor (other tables keep their own name).
COUNT_LABELS = LabelTable(
    {
        "worker": QT_TRANSLATE_NOOP("BackupsDialog", "{n} personne(s)"),
        "cell": QT_TRANSLATE_NOOP("BackupsDialog", "{n} cellule(s)"),
        "note": QT_TRANSLATE_NOOP("BackupsDialog", "{n} note(s)"),
        "appointment": QT_TRANSLATE_NOOP("BackupsDialog", "{n} rendez-vous"),
        "admin_step": QT_TRANSLATE_NOOP("BackupsDialog", "{n} démarche(s)"),
        "action": QT_TRANSLATE_NOOP("BackupsDialog", "{n} action(s)"),
        "outcome": QT_TRANSLATE_NOOP("BackupsDialog", "{n} sortie(s)"),
        "skill_audit": QT_TRANSLATE_NOOP("BackupsDialog", "{n} bilan(s)"),
        "cv_draft": QT_TRANSLATE_NOOP("BackupsDialog", "{n} CV"),
    }
)
VERIFIED_COLUMN = 3


def when_text(info: BackupInfo) -> str:
    return local_time(info.created_at)


def preview_text(preview: backup_restore.BackupPreview) -> str:
    """What a backup holds, in one paragraph."""
    counts = [
        label.format(n=QLocale().toString(preview.counts.get(t, 0)))
        for t, label in COUNT_LABELS.items()
        if t in preview.counts
    ]
    owner = ""
    if preview.owner_name:
        owner = QCoreApplication.translate("BackupsDialog", "Coffre de : {owner}.").format(
            owner=preview.owner_name
        )
    return (
        QCoreApplication.translate(
            "BackupsDialog",
            "Sauvegarde du {when} — {reason} — intacte. Schéma {schema}.\n"
            "Contient : {counts}.\n{owner}",
        ).format(
            when=when_text(preview.info),
            reason=preview.info.reason_label,
            schema=preview.schema,
            counts=", ".join(counts) or QCoreApplication.translate("BackupsDialog", "rien"),
            owner=owner,
        )
    ).strip()


def current_destination(session: UnlockedSession) -> Path:
    """Where backups go now: the vault's choice, then this computer's, then the default."""
    return backups.backup_destination(session.paths, session.store.conn)


def set_destination(session: UnlockedSession, folder: str) -> None:
    """Remember the folder in the vault and in this computer's settings ("" = default)."""
    backups.set_backup_destination(session.store, folder or None)
    session.update_settings(backup_dir=folder)


def start_auto_backup(
    session: UnlockedSession, parent: QWidget, show_message: Callable[[str, int], Any]
) -> None:
    """The daily automatic backup on the writer thread (never beside another write); the
    status bar says how it went."""

    def op(store: Store, _progress: Progress) -> BackupInfo | None:
        return backups.auto_backup_on_unlock(store)

    def done(info: BackupInfo | None) -> None:
        if info is not None:
            done = QCoreApplication.translate(
                "BackupsDialog", "Sauvegarde automatique faite dans « {folder} »."
            )
            show_message(done.format(folder=info.path.parent), 8000)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ReconvError):
            reason = exc.message
        else:
            reason = QCoreApplication.translate("BackupsDialog", "erreur inattendue")
        failed = QCoreApplication.translate(
            "BackupsDialog", "Sauvegarde automatique impossible : {reason}"
        )
        show_message(failed.format(reason=reason), 60000)

    session.write(parent, op, done, failure=failed)


class BackupKeyDialog(QDialog):
    """Asks how to open a backup: the passphrase of that day, or the recovery key."""

    def __init__(self, info: BackupInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ouvrir la sauvegarde"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Sauvegarde du {when}. Elle s'ouvre avec la phrase de passe en vigueur ce jour-là, "
                "ou avec la clé de secours imprimée."
            ).format(when=when_text(info))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.use_passphrase = QRadioButton(self.tr("&Phrase de passe"))
        self.use_recovery = QRadioButton(self.tr("&Clé de secours"))
        self.use_passphrase.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_passphrase)
        group.addButton(self.use_recovery)
        layout.addWidget(self.use_passphrase)
        layout.addWidget(self.use_recovery)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Phrase de passe ou clé de secours"))
        layout.addWidget(self.secret)
        self.use_recovery.toggled.connect(
            lambda on: self.secret.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.secret.setFocus()

    def unwrap(self, folder: Path) -> bytes:
        """The backup's key from what was typed (runs the KDF: call off the GUI thread)."""
        if self.use_recovery.isChecked():
            return backup_restore.key_for_backup(folder, recovery_key=self.secret.text())
        return backup_restore.key_for_backup(folder, passphrase=self.secret.text())


class BackupsDialog(QDialog):
    """The backups of this vault in the chosen folder, with what each holds."""

    def __init__(self, session: UnlockedSession, window: Any) -> None:
        super().__init__(window)
        self.session = session
        self.window_ = window  # the MainWindow: restoring locks it
        self.setWindowTitle(self.tr("Sauvegardes"))
        self.resize(760, 560)
        self.form = load_form("settings/backups_dialog", self)
        self.layout().setContentsMargins(12, 12, 12, 12)  # load_form lays out edge to edge
        self.checked: dict[Path, str] = {}  # verification results of this session
        tree = self.form.backups
        tree.header().setStretchLastSection(True)
        for column, width in enumerate((150, 250, 80)):
            tree.setColumnWidth(column, width)
        tree.currentItemChanged.connect(lambda *_: self._show_preview())
        self.form.backup_now.clicked.connect(self.backup_now)
        self.form.verify.clicked.connect(self.verify_selected)
        self.form.restore.clicked.connect(self.restore_selected)
        self.form.choose_dest.clicked.connect(self.choose_destination)
        self.form.default_dest.clicked.connect(lambda: self.change_destination(""))
        self.form.close_button.clicked.connect(self.reject)
        self._alive = True
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.finished.connect(self._closed)
        session.closing.connect(self.reject)
        self.refresh()

    def _closed(self) -> None:
        self._alive = False

    # --- list ----------------------------------------------------------------------------------
    def refresh(self, select: Path | None = None) -> None:
        dest = current_destination(self.session)
        self.form.dest.setText(str(dest))
        tree = self.form.backups
        clear_quietly(tree)  # its current item changes are connected
        vault_id = self.session.store.vault_id
        for info in backups.list_backups(dest, vault_id):
            item = QTreeWidgetItem(
                [
                    when_text(info),
                    info.reason_label,
                    size_text(info.db_bytes),
                    self.checked.get(info.path, self.tr("à l'écriture")),
                ]
            )
            item.setData(0, INFO_ROLE, info)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tree.addTopLevelItem(item)
            if info.path == select:
                tree.setCurrentItem(item)
        if tree.topLevelItemCount() == 0:
            self.form.preview.setText(self.tr("Aucune sauvegarde dans ce dossier pour l'instant."))
        elif tree.currentItem() is None:
            tree.setCurrentItem(tree.topLevelItem(0))
        has_any = tree.topLevelItemCount() > 0
        self.form.verify.setEnabled(has_any)
        self.form.restore.setEnabled(has_any)

    def selected(self) -> BackupInfo | None:
        item = self.form.backups.currentItem()
        return item.data(0, INFO_ROLE) if item is not None else None

    def _mark(self, info: BackupInfo, text: str) -> None:
        self.checked[info.path] = text
        tree = self.form.backups
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item.data(0, INFO_ROLE).path == info.path:
                item.setText(VERIFIED_COLUMN, text)

    def _checked_now(self) -> str:
        return self.tr("oui, contrôlée à {time}").format(time=datetime.now().strftime("%H:%M"))

    def _op(
        self,
        fn: Callable[[Progress], Any],
        success: Callable[[Any], Any],
        label: str | None = None,
        failure: Callable[[BaseException], Any] | None = None,
    ) -> None:
        """Background work whose result is dropped if this dialog closed or the vault locked.

        Progress dialogs belong to the main window, so closing this dialog never pulls one
        out from under a running op.
        """
        session = self.session
        op = QueryOp(self.window_, fn, success).only_if(lambda: self._alive and session.is_open)
        if label:
            op.with_progress(label)
        if failure is not None:
            op.failure(failure)
        op.run()

    # --- preview and verify --------------------------------------------------------------------
    def _show_preview(self, with_progress: bool = False) -> None:
        info = self.selected()
        if info is None:
            return
        key = self.session.backup_key(info.path)
        if key is None:
            self.form.preview.setText(
                self.tr(
                    "Cette sauvegarde ne s'ouvre pas avec la clé du coffre ouvert ; sa phrase de "
                    "passe ou la clé de secours sera demandée pour la restaurer."
                )
            )
            return
        self.form.preview.setText(self.tr("Lecture de la sauvegarde…"))

        def shown(preview: backup_restore.BackupPreview) -> None:
            self._mark(info, self._checked_now())
            if self.selected() is not None and self.selected().path == info.path:
                self.form.preview.setText(preview_text(preview))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ReconvError):
                self._mark(info, self.tr("ABÎMÉE"))
                self.form.preview.setText(exc.message)
            else:
                show_error(self, exc)

        self._op(
            lambda _p: backup_restore.preview_backup(info.path, key),
            shown,
            self.tr("Vérification de la sauvegarde…") if with_progress else None,
            failed,
        )

    def verify_selected(self) -> None:
        """Check the chosen backup again (checksum, integrity, key) and show what it holds."""
        self._show_preview(with_progress=True)

    # --- create --------------------------------------------------------------------------------
    def backup_now(self) -> None:
        def op(store: Store, progress: Progress) -> BackupInfo:
            return backups.create_backup(store, progress=progress)

        def done(info: BackupInfo) -> None:
            if not self._alive:
                return
            self.form.status.setText(
                self.tr("Sauvegarde créée et vérifiée : {name}").format(name=info.name)
            )
            self.checked[info.path] = self._checked_now()
            self.refresh(select=info.path)

        self.form.status.clear()
        # The progress dialog belongs to the main window: closing this dialog never pulls it
        # out from under the running backup.
        self.session.write(self.window_, op, done, progress_label=self.tr("Sauvegarde du coffre…"))

    # --- destination -----------------------------------------------------------------------------
    def choose_destination(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Dossier des sauvegardes (par exemple une clé USB)"),
            self.form.dest.text(),
        )
        if folder:
            self.change_destination(folder)

    def change_destination(self, folder: str) -> None:
        try:
            set_destination(self.session, folder)
        except ReconvError as exc:
            self.form.status.setText(exc.message)
            return
        self.form.status.setText(
            self.tr("Les prochaines sauvegardes iront dans « {folder} ».").format(
                folder=current_destination(self.session)
            )
        )
        self.refresh()

    # --- restore -------------------------------------------------------------------------------
    def confirm_restore(self, info: BackupInfo) -> bool:
        question = self.tr("Remplacer le coffre par la sauvegarde du {when} ?").format(
            when=when_text(info)
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Restaurer une sauvegarde"), question, parent=self
        )
        box.setInformativeText(
            self.tr(
                "Les changements faits depuis cette sauvegarde ne seront plus dans le coffre. Une "
                "copie de sécurité du coffre actuel est gardée d'abord, dans le dossier "
                "« avant-restauration » du dossier des données.\n\nLa fenêtre se verrouillera "
                "ensuite : déverrouillez-la pour retrouver le coffre restauré."
            )
        )
        restore = box.addButton(self.tr("Restaurer"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not self.confirm_restore(info):
            return
        ask = BackupKeyDialog(info, self)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return

        def op(_progress: Progress) -> bytes:
            key = ask.unwrap(info.path)
            backup_restore.verify_backup(info.path, key)
            return key

        self._op(
            op,
            lambda key: self._restore_with_key(info, key),
            self.tr("Vérification de la sauvegarde…"),
        )

    def _restore_with_key(self, info: BackupInfo, key: bytes) -> None:
        window, paths, shell = self.window_, self.session.paths, self.session.shell
        self.accept()
        window.lock(
            self.tr("Restauration de la sauvegarde du {when} en cours…").format(
                when=when_text(info)
            )
        )

        def op(progress: Progress) -> Path | None:
            safety = backup_restore.restore_backup(paths, info.path, key, progress)
            from reconv_desktop.rights.journal import JournalAction, record_event
            from reconv_desktop.vault.vault import Vault

            store = Vault(paths).open_with_key(key, log_unlock=False)
            try:  # the restored vault's own log says it was restored
                record_event(store, JournalAction.RESTORE, "backup", detail=info.reason)
            finally:
                store.close()
            return safety

        def done(safety: Path | None) -> None:
            message = QCoreApplication.translate(
                "BackupsDialog",
                "Coffre restauré depuis la sauvegarde du {when}. Déverrouillez-le pour continuer.",
            ).format(when=when_text(info))
            if safety is not None:
                message += "\n" + QCoreApplication.translate(
                    "BackupsDialog", "Copie de sécurité de l'ancien coffre : {path}"
                ).format(path=safety)
            window.unlock_screen.reset(message)

        def failed(exc: BaseException) -> None:
            window.unlock_screen.reset(
                QCoreApplication.translate(
                    "BackupsDialog", "La restauration n'a pas abouti ; le coffre est inchangé."
                )
            )
            show_error(window, exc)

        # The file is replaced only once no connection of the last unlock is left on it.
        shell.when_closed(
            lambda: (
                QueryOp(window, op, done)
                .with_progress(
                    QCoreApplication.translate("BackupsDialog", "Restauration de la sauvegarde…")
                )
                .failure(failed)
                .run()
            )
        )
