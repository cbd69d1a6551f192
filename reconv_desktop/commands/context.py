"""What every command needs: the folders, the secrets (env, file or prompt), an open store."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reconv_desktop.errors import ReconvError
from reconv_desktop.i18n import translate
from reconv_desktop.paths import AppPaths, app_paths
from reconv_desktop.store.store import Store
from reconv_desktop.vault.vault import Vault

PASSPHRASE_ENV = "RECONV_PASSPHRASE"
NEW_PASSPHRASE_ENV = "RECONV_NEW_PASSPHRASE"
RECOVERY_KEY_ENV = "RECONV_RECOVERY_KEY"


def _read_secret_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ReconvError(
            translate(
                "cli", "Fichier de phrase de passe illisible : « {path} » ({strerror})."
            ).format(path=path, strerror=exc.strerror),
            "secret_file",
        ) from exc
    return text.rstrip("\r\n")


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise ReconvError(
            translate(
                "cli",
                "{label} requise : définissez {passphrase_env} ou utilisez --passphrase-file.",
            ).format(label=label, passphrase_env=PASSPHRASE_ENV),
            "no_secret",
        )
    return getpass.getpass(translate("cli", "{label} : ").format(label=label))


@dataclass
class CommandContext:
    paths: AppPaths
    passphrase_file: str | None = None
    _store: Store | None = field(default=None, repr=False)
    _lock: Any = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> CommandContext:
        return cls(paths=app_paths(args.data_dir), passphrase_file=args.passphrase_file)

    @property
    def vault(self) -> Vault:
        return Vault(self.paths)

    def given_passphrase(self) -> str | None:
        if self.passphrase_file:
            return _read_secret_file(self.passphrase_file)
        return os.environ.get(PASSPHRASE_ENV)

    def passphrase(self, label: str | None = None) -> str:
        given = self.given_passphrase()
        if given is not None:
            return given
        return _prompt(label or translate("cli", "Phrase de passe"))

    def new_passphrase(self, file: str | None = None) -> tuple[str, str]:
        """(new, confirmation) from --new-passphrase-file, RECONV_NEW_PASSPHRASE or two prompts."""
        if file:
            value = _read_secret_file(file)
            return value, value
        from_env = os.environ.get(NEW_PASSPHRASE_ENV)
        if from_env is not None:
            return from_env, from_env
        first = _prompt(translate("cli", "Nouvelle phrase de passe"))
        return first, _prompt(translate("cli", "Confirmez la nouvelle phrase de passe"))

    def recovery_key(self) -> str:
        value = os.environ.get(RECOVERY_KEY_ENV)
        return value if value is not None else _prompt(translate("cli", "Clé de secours"))

    def lock_instance(self) -> None:
        """Refuse to work on a vault another copy of the app has open (stale locks recovered)."""
        if self._lock is None:
            from reconv_desktop.vault.instance_lock import lock_vault

            self._lock = lock_vault(self.paths.lock_file)

    def open_store(self) -> Store:
        """Unlock with the given passphrase, else the remembered key, else ask."""
        if self._store is None:
            vault = self.vault
            vault.header()  # clear "no vault here" error before asking for anything
            self.lock_instance()
            given = self.given_passphrase()
            store = vault.unlock(given) if given is not None else vault.unlock_remembered()
            if store is None:
                store = vault.unlock(_prompt(translate("cli", "Phrase de passe")))
            self._store = store
            self._daily_backup(store)
        return self._store

    def _daily_backup(self, store: Store) -> None:
        """The automatic backup of the day; its failure warns but never blocks the command."""
        from reconv_desktop.backup.backups import auto_backup_on_unlock

        try:
            auto_backup_on_unlock(store)
        except ReconvError as exc:
            print(
                translate("cli", "reconv : avertissement : {message}").format(message=exc.message),
                file=sys.stderr,
            )

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
