"""Sauvegardes: create, list, preview and restore from the window; the window relocks."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from reconv_desktop.backup import backups
from reconv_desktop.gui.settings.backups_dialog import BackupKeyDialog, BackupsDialog
from reconv_desktop.rights.journal import events
from tests.conftest import PASSPHRASE
from tests.gui.conftest import visible_texts


def _open_dialog(qtbot, window) -> BackupsDialog:
    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _when_modal(kind, act) -> None:
    """Act on the next modal dialog of `kind` once it shows (its exec() blocks the test)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_backup_preview_restore_relocks_and_shows_restored_data(
    qtbot, window, session, people, tmp_path, monkeypatch
):
    usb = tmp_path / "clé USB"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    dialog = _open_dialog(qtbot, window)
    qtbot.mouseClick(dialog.form.choose_dest, Qt.MouseButton.LeftButton)
    assert dialog.form.dest.text() == str(usb)
    assert session.settings.backup_dir == str(usb)

    qtbot.mouseClick(dialog.form.backup_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form.backups.topLevelItemCount() == 1, timeout=10_000)
    item = dialog.form.backups.topLevelItem(0)
    assert item.text(1) == "manuelle"
    qtbot.waitUntil(lambda: "4 personne(s)" in dialog.form.preview.text(), timeout=10_000)
    assert "Schéma" in dialog.form.preview.text()
    assert item.text(3).startswith("oui")
    (made,) = backups.list_backups(usb, session.current.store.vault_id)

    # A change after the backup: the restore takes the vault back before it.
    later = session.current.store.workers.add(family_name="Après", given_name="Zoé").id
    session.current.notify_changed("")

    def confirm(box: QMessageBox) -> None:
        assert "copie de sécurité" in box.informativeText()
        _when_modal(BackupKeyDialog, give_passphrase)
        restore = next(b for b in box.buttons() if b.text() == "Restaurer")
        restore.click()

    def give_passphrase(ask: BackupKeyDialog) -> None:
        qtbot.keyClicks(ask.secret, PASSPHRASE)
        ask.accept()

    _when_modal(QMessageBox, confirm)
    qtbot.mouseClick(dialog.form.restore, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(
        lambda: "Coffre restauré" in window.unlock_screen.form.error.text(), timeout=15_000
    )
    assert not session.is_unlocked and window.workspace is None
    assert (session.paths.data_dir / "avant-restauration").is_dir()

    qtbot.keyClicks(window.unlock_screen.form.secret, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.form.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.is_unlocked and window.workspace is not None, timeout=10_000)
    ids = {row.id for row in session.current.store.workers.caseload()}
    assert later not in ids and set(people.values()) <= ids
    window.go("caseload")
    page = window.workspace.page("caseload")
    qtbot.waitUntil(lambda: any("Wójcik" in t or "WÓJCIK" in t for t in visible_texts(page)))
    assert not any("Après" in t or "APRÈS" in t for t in visible_texts(page))
    assert "restore" in [e.action for e in events(session.current.store)]
    assert made.path.is_dir()  # the backup itself is untouched by a restore


def test_settings_page_opens_backups_and_a_failing_folder_is_said(
    qtbot, window, session, tmp_path, error_boxes
):
    window.go("settings")
    settings = window.workspace.page("settings")
    blocker = tmp_path / "fichier"
    blocker.write_text("pas un dossier")
    backups.set_backup_destination(session.current.store, blocker / "sauvegardes")
    qtbot.mouseClick(settings.form.open_backups, Qt.MouseButton.LeftButton)
    dialog = window.findChild(BackupsDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.form.backups.topLevelItemCount() == 0
    assert "Aucune sauvegarde" in dialog.form.preview.text()
    qtbot.mouseClick(dialog.form.backup_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(error_boxes), timeout=10_000)  # the error box's text
    assert error_boxes[0].startswith("Sauvegarde impossible")
    error_boxes.clear()
    assert dialog.form.backups.topLevelItemCount() == 0
    dialog.reject()
