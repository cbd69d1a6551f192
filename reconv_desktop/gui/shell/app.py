"""Entry point of `reconv-desktop [--demo] [--data-dir DIR]`.

First run opens the creation wizard; an existing vault opens locked (or with the key
remembered on this computer); `--demo` builds a throwaway vault of fictitious workers in a
temporary folder and opens it without a question.
"""

from __future__ import annotations

import argparse
import logging
import random
import secrets
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reconv_desktop import __version__
from reconv_desktop.demo.caseload import fill_demo
from reconv_desktop.demo.skill_audits import fill_demo_audits
from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit.operations import QueryOp
from reconv_desktop.gui.shell.main_window import MainWindow
from reconv_desktop.gui.shell.session import Session
from reconv_desktop.gui.shell.translations import install_translation
from reconv_desktop.gui.shell.wizard import FirstRunWizard
from reconv_desktop.i18n import LANGUAGES, resolve_language
from reconv_desktop.logs import configure_logging
from reconv_desktop.paths import AppPaths, app_paths
from reconv_desktop.resources import resources_path
from reconv_desktop.settings import load_settings
from reconv_desktop.vault import crypto
from reconv_desktop.vault.instance_lock import InstanceLock, lock_vault
from reconv_desktop.vault.vault import Vault

log = logging.getLogger(__name__)
DEMO_WORKERS = 300
DEMO_AUDITS = 20  # demo workers given a skills audit, so the Bilans page has content
EXIT_VAULT_IN_USE = 2


def acquire_instance_lock(paths: AppPaths) -> InstanceLock:
    """Take the vault's one-app lock (creating the data folder if needed).

    Raises VaultError (code `vault_in_use`, French message naming the other window) when
    another copy of the app has this vault open; a lock left by a crash is taken over.
    """
    paths.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    return lock_vault(paths.lock_file)


def refusal_box(message: str) -> QMessageBox:
    """The message shown to a second copy of the app before it quits."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Reconv Desktop", message)
    box.setInformativeText(
        QCoreApplication.translate(
            "Launcher", "Cette copie de l'application va se fermer sans ouvrir le coffre."
        )
    )
    return box


def show_refusal(message: str) -> None:
    refusal_box(message).exec()


def create_demo_vault(
    paths: AppPaths, passphrase: str, workers: int, seed: int, progress: object = None
) -> bytes:
    """Create a demo vault (fast KDF) filled with fictitious workers; return its raw key."""
    created = Vault.create(
        paths, passphrase, kdf=crypto.FAST_ARGON2, owner_name="Conseiller·e démo"
    )
    raw_key = created.vault.key_from_recovery(created.recovery_key)
    store = created.vault.open_with_key(raw_key)
    try:
        fill_demo(store, workers, seed=seed, progress=progress)  # type: ignore[arg-type]
        fill_demo_audits(store, min(workers, DEMO_AUDITS), seed=seed)
    finally:
        store.close()
    return raw_key


class Launcher(QObject):
    """Decides what the first window is (wizard, locked window, demo) and keeps it alive."""

    def __init__(
        self,
        paths: AppPaths,
        *,
        demo: bool = False,
        demo_workers: int = DEMO_WORKERS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.demo = demo
        self.demo_workers = demo_workers
        self.session = Session(paths, demo=demo, parent=self)
        self.window: MainWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self.instance_lock: InstanceLock | None = None

    def start(self) -> bool:
        """Open the first window; False (after telling why) when another copy has the vault."""
        try:
            self.instance_lock = acquire_instance_lock(self.paths)
        except ReconvError as exc:
            log.info("vault in use by another instance: %s", exc.code)
            show_refusal(exc.message)
            return False
        if self.demo:
            self._start_demo()
        elif not self.session.vault.exists():
            self.wizard = FirstRunWizard(self.session)
            self.wizard.accepted.connect(self._open_window)
            self.wizard.show()
        else:
            if self.session.settings.remember:
                try:
                    self.session.try_remembered()
                except ReconvError as exc:
                    log.warning("remembered unlock failed: %s", exc.code)
            self._open_window()
        return True

    def release(self) -> None:
        """Give the vault back to other copies of the app (at quit)."""
        if self.instance_lock is not None:
            self.instance_lock.release()
            self.instance_lock = None

    def _start_demo(self) -> None:
        workers, seed = self.demo_workers, random.randrange(1_000_000)
        # Random but shown on the unlock screen: the demo can be locked and unlocked.
        passphrase = "demo-" + secrets.token_hex(4)
        self.session.demo_passphrase = passphrase

        def op(progress: object) -> bytes:
            return create_demo_vault(self.paths, passphrase, workers, seed, progress)

        def opened(raw_key: bytes) -> None:
            self.session.open_with_key(raw_key)
            self._open_window()

        placeholder = QWidget()  # parent of the progress dialog before the window exists
        self._placeholder = placeholder
        QueryOp(placeholder, op, opened).with_progress(
            self.tr("Préparation du coffre de démonstration…")
        ).run()

    def _open_window(self) -> None:
        self.window = MainWindow(self.session)
        self.window.show()
        # The wizard or progress dialog had the focus: hand it to the window.
        self.window.raise_()
        self.window.activateWindow()
        if self.session.is_unlocked:  # opened by the demo or the keyring: back up now too
            self.window.start_auto_backup()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="reconv-desktop", description="Reconv Desktop: le bureau du conseiller."
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="ouvrir un coffre de démonstration jetable (données fictives)",
    )
    parser.add_argument(
        "--demo-workers",
        type=int,
        default=DEMO_WORKERS,
        help="nombre de personnes fictives du coffre de démonstration",
    )
    parser.add_argument("--data-dir", help="dossier des données (sinon celui du système)")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="langue de la fenêtre pour cette fois (sinon celle des paramètres)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="vérifier Qt, SQLCipher, age, reportlab, traductions (sans fenêtre)",
    )
    parser.add_argument("--version", action="version", version=f"Reconv Desktop {__version__}")
    args = parser.parse_args(argv)
    if args.self_test:
        from reconv_desktop.gui.shell.selftest import run_self_test

        return run_self_test()
    temp_dir: str | None = None
    if args.demo:
        temp_dir = tempfile.mkdtemp(prefix="reconv-demo-")
        paths = app_paths(Path(temp_dir) / "vault")
    else:
        paths = app_paths(args.data_dir)
    configure_logging(paths.log_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Reconv Desktop")
    app.setOrganizationName("Reconv")
    app.setStyle("Fusion")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_path("icons", "reconv-desktop-256.png"))))
    # --lang only: RECONV_LANG is the CLI's, and a window follows its Settings.
    language = resolve_language(args.lang, {}, lambda: load_settings(paths).language)
    install_translation(app, language)
    launcher = Launcher(paths, demo=args.demo, demo_workers=args.demo_workers)
    try:
        code = app.exec() if launcher.start() else EXIT_VAULT_IN_USE
    except ReconvError as exc:
        QMessageBox.critical(None, "Reconv Desktop", exc.message)
        code = 1
    finally:
        # Quitting: a write still running finishes before the connections close.
        launcher.session.wait_closed()
        launcher.release()
        if temp_dir:
            shutil.rmtree(temp_dir, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
