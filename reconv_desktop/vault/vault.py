"""The vault on disk: create it, unlock it (passphrase, recovery key, remembered key), rewrap.

The database is encrypted with a random raw key; the header stores that key wrapped under
the passphrase and the recovery key. Changing the passphrase rewrites only the header.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reconv_desktop.backup.backups import backup_before_migration
from reconv_desktop.domain.passphrase import check_new_passphrase
from reconv_desktop.errors import VaultError
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, translate
from reconv_desktop.paths import AppPaths
from reconv_desktop.rights.journal import record_unlock
from reconv_desktop.store.migrations import migrate, pending_migrations
from reconv_desktop.store.store import Store
from reconv_desktop.vault import crypto, remembered_key
from reconv_desktop.vault import header as hdr
from reconv_desktop.vault.connection import open_encrypted

WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "vault", "Phrase de passe incorrecte. Vérifiez la saisie (majuscules, clavier) et réessayez."
)
WRONG_RECOVERY = QT_TRANSLATE_NOOP("vault", "Clé de secours incorrecte pour ce coffre.")
MALFORMED_RECOVERY = QT_TRANSLATE_NOOP(
    "vault",
    "Clé de secours mal formée : 32 caractères attendus, en 8 groupes de 4 (ex. ABCD-EFGH-…).",
)


@dataclass(frozen=True, slots=True)
class CreatedVault:
    vault: Vault
    recovery_key: str


class Vault:
    """A vault folder (header + encrypted database) that may be locked or unlocked."""

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths

    def exists(self) -> bool:
        return self.paths.header.exists()

    def header(self) -> hdr.VaultHeader:
        return hdr.read_header(self.paths.header)

    # --- creation ---------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        paths: AppPaths,
        passphrase: str,
        *,
        owner_name: str = "",
        role: str = "counsellor",
        kdf: crypto.Argon2Params | None = None,
        confirmation: str | None = None,
    ) -> CreatedVault:
        """Create header and database; return the recovery key to show once."""
        check_new_passphrase(passphrase, confirmation)
        if paths.header.exists():
            raise VaultError(
                translate("vault", "Un coffre existe déjà dans « {data_dir} ».").format(
                    data_dir=paths.data_dir
                ),
                "vault_exists",
            )
        try:
            paths.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise VaultError(
                translate(
                    "vault", "Impossible de créer le dossier « {data_dir} » : {strerror}."
                ).format(data_dir=paths.data_dir, strerror=exc.strerror),
                "data_dir_unwritable",
            ) from exc
        if paths.database.exists():
            raise VaultError(
                translate(
                    "vault",
                    "Une base « {name} » existe sans en-tête dans « {data_dir} » : "
                    "déplacez-la avant de créer un coffre.",
                ).format(name=paths.database.name, data_dir=paths.data_dir),
                "orphan_database",
            )
        raw_key = crypto.new_raw_key()
        vault_id = str(uuid.uuid4())
        recovery_text, recovery_secret = crypto.new_recovery_key()
        # Build the database under a temporary name, then publish the header, then rename:
        # a crash at any point leaves either nothing usable or a complete vault.
        building = paths.database.with_name(paths.database.name + ".creating")
        for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        conn = open_encrypted(building, raw_key, create=True)
        try:
            migrate(conn)
            store = Store(conn, paths, vault_id)
            with store.transaction():
                for key, value in {
                    "vault_id": vault_id,
                    "device_id": str(uuid.uuid4()),
                    "owner_name": owner_name,
                    "role": role,
                    "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                }.items():
                    store._write_meta(key, value)
            store.device_id = store.meta("device_id") or ""
            store.step_templates.install_defaults()
        finally:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.close()
        header = hdr.VaultHeader(
            vault_id=vault_id,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            slots=(
                hdr.make_passphrase_slot(
                    vault_id, raw_key, passphrase, kdf or crypto.Argon2Params()
                ),
                hdr.make_recovery_slot(vault_id, raw_key, recovery_secret),
            ),
        )
        hdr.write_header(paths.header, hdr.seal(header, raw_key))
        os.replace(building, paths.database)
        return CreatedVault(cls(paths), recovery_text)

    # --- keys ---------------------------------------------------------------------------------
    def key_from_passphrase(self, passphrase: str) -> bytes:
        header = self.header()
        raw_key = hdr.open_slot(header, "passphrase", passphrase)
        if raw_key is None:
            raise VaultError(WRONG_PASSPHRASE, "wrong_passphrase")
        hdr.verify_seal(header, raw_key)
        return raw_key

    def key_from_recovery(self, recovery_key: str) -> bytes:
        secret = crypto.parse_recovery_key(recovery_key)
        if secret is None:
            raise VaultError(MALFORMED_RECOVERY, "malformed_recovery_key")
        header = self.header()
        raw_key = hdr.open_slot(header, "recovery", secret)
        if raw_key is None:
            raise VaultError(WRONG_RECOVERY, "wrong_recovery_key")
        hdr.verify_seal(header, raw_key)
        return raw_key

    # --- unlocking ----------------------------------------------------------------------------
    def open_with_key(self, raw_key: bytes, *, log_unlock: bool = True) -> Store:
        """Open the database with an already-unwrapped key and bring its schema up to date.

        `log_unlock=False` for the extra connections of an already unlocked app (readers,
        background work): the journal keeps one line per real unlock.
        """
        header = self.header()
        conn = open_encrypted(self.paths.database, raw_key)
        try:
            if pending_migrations(conn):
                # A verified encrypted copy first: a failed upgrade never costs the caseload.
                backup_before_migration(conn, self.paths, header.vault_id)
                migrate(conn)
        except BaseException:
            conn.close()
            raise
        store = Store(conn, self.paths, header.vault_id)
        if log_unlock:
            record_unlock(store)
        return store

    def unlock(self, passphrase: str) -> Store:
        return self.open_with_key(self.key_from_passphrase(passphrase))

    def unlock_with_recovery(self, recovery_key: str) -> Store:
        return self.open_with_key(self.key_from_recovery(recovery_key))

    def unlock_remembered(self) -> Store | None:
        """Open with the key kept in the OS keyring, or None when there is none (or it is stale)."""
        header = self.header()
        raw_key = remembered_key.remembered_key(header.vault_id)
        if raw_key is None:
            return None
        try:
            hdr.verify_seal(header, raw_key)
        except VaultError:
            return None
        return self.open_with_key(raw_key)

    # --- "remember on this computer" -------------------------------------------------------
    def remember(self, raw_key: bytes) -> bool:
        return remembered_key.remember_key(self.header().vault_id, raw_key)

    def forget(self) -> None:
        remembered_key.forget_key(self.header().vault_id)

    def is_remembered(self) -> bool:
        return remembered_key.remembered_key(self.header().vault_id) is not None

    # --- rewrapping -------------------------------------------------------------------------
    def _rewrap_passphrase(
        self, raw_key: bytes, new_passphrase: str, kdf: crypto.Argon2Params | None
    ) -> None:
        header = self.header()
        slot = hdr.make_passphrase_slot(
            header.vault_id, raw_key, new_passphrase, kdf or crypto.Argon2Params()
        )
        hdr.write_header(self.paths.header, hdr.seal(header.with_slot(slot), raw_key))

    def change_passphrase(
        self,
        old: str,
        new: str,
        confirmation: str | None = None,
        kdf: crypto.Argon2Params | None = None,
    ) -> None:
        """Rewrap the key under a new passphrase; the database file is not touched."""
        check_new_passphrase(new, confirmation)
        raw_key = self.key_from_passphrase(old)
        self._rewrap_passphrase(raw_key, new, kdf)

    def reset_passphrase_with_recovery(
        self,
        recovery_key: str,
        new: str,
        confirmation: str | None = None,
        kdf: crypto.Argon2Params | None = None,
    ) -> None:
        """Forgotten passphrase: the recovery key opens the vault and sets a new passphrase."""
        check_new_passphrase(new, confirmation)
        raw_key = self.key_from_recovery(recovery_key)
        self._rewrap_passphrase(raw_key, new, kdf)
