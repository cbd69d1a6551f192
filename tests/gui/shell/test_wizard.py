"""First run: the wizard creates the vault and leads to the unlocked main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from reconv_desktop.gui.shell.app import Launcher
from reconv_desktop.paths import app_paths
from reconv_desktop.vault.vault import Vault
from tests.gui.conftest import FAST_KDF

NEW_PASSPHRASE = "Cinq-poires-vertes-2026"


def test_first_run_wizard_to_unlocked_main_window(qtbot, data_dir):
    paths = app_paths(data_dir / "neuf")
    launcher = Launcher(paths)
    launcher.start()
    wizard = launcher.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    wizard.kdf = FAST_KDF
    page = wizard.passphrase_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    qtbot.keyClicks(page.passphrase, "court")
    assert "au moins 10 caractères" in page.error.text()
    assert not next_button.isEnabled()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(page.confirmation, NEW_PASSPHRASE[:-1] + "7")
    assert "pas identiques" in page.error.text()
    page.confirmation.clear()
    qtbot.keyClicks(page.confirmation, NEW_PASSPHRASE)
    assert page.strength_label.text().startswith("Solidité")
    assert next_button.isEnabled()

    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    key_text = wizard.recovery_page.key_label.text()
    assert len(key_text.replace("-", "")) == 32
    assert not next_button.isEnabled()  # "I kept it" is required
    wizard.recovery_page.copy_button.click()
    assert "copiée" in wizard.recovery_page.feedback.text()
    wizard.recovery_page.kept.click()
    assert next_button.isEnabled()
    next_button.click()
    assert wizard.currentPage() is wizard.remember_page
    assert wizard.remember_page.remember.isEnabled()  # the test keyring is available
    wizard.remember_page.remember.click()
    next_button.click()
    assert wizard.currentPage() is wizard.enrolment_page
    wizard.button(QWizard.WizardButton.FinishButton).click()

    qtbot.waitUntil(lambda: launcher.window is not None)
    window = launcher.window
    qtbot.addWidget(window)
    assert launcher.session.is_unlocked
    assert window.workspace is not None
    assert "Déverrouillé" in window.lock_label.text()
    assert window.workspace.nav.currentItem().text().startswith("Accueil")
    # The vault really exists: the passphrase and the recovery key both open it.
    vault = Vault(paths)
    vault.unlock(NEW_PASSPHRASE).close()
    vault.unlock_with_recovery(key_text).close()
    assert vault.is_remembered()
    window.idle.detach()
    launcher.session.wait_closed()  # the daily backup started at unlock finishes first


def test_remember_is_greyed_with_reason_without_keyring(qtbot, data_dir, monkeypatch):
    from reconv_desktop.gui.shell import wizard as wizard_module
    from reconv_desktop.vault.remembered_key import KeyringStatus

    monkeypatch.setattr(
        wizard_module.remembered_key,
        "keyring_status",
        lambda: KeyringStatus(False, "fail", "Aucun trousseau sécurisé."),
    )
    launcher = Launcher(app_paths(data_dir / "neuf"))
    launcher.start()
    qtbot.addWidget(launcher.wizard)
    page = launcher.wizard.remember_page
    assert not page.remember.isEnabled()
    assert page.reason.text() == "Aucun trousseau sécurisé."
