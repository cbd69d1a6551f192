"""Reading backups back: unwrap their key, verify, preview what they hold, and restore one.

Split from `backups.py` (which writes, lists and rotates them). Checking a backup opens it
read-only, so verifying never changes its bytes; restoring keeps a safety copy of the live
vault first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from reconv_desktop.backup.backups import (
    BackupInfo,
    Progress,
    file_sha256,
    fsync_dir,
    fsync_file,
    no_progress,
    read_manifest,
)
from reconv_desktop.errors import ReconvError, VaultError
from reconv_desktop.fileio import describe_os_error
from reconv_desktop.i18n import translate
from reconv_desktop.paths import DATABASE_FILENAME, HEADER_FILENAME, AppPaths
from reconv_desktop.vault import crypto
from reconv_desktop.vault import header as hdr
from reconv_desktop.vault.vault import MALFORMED_RECOVERY, WRONG_RECOVERY


@dataclass(frozen=True, slots=True)
class BackupPreview:
    """What a backup holds, read from inside it with the key."""

    info: BackupInfo
    schema: int
    counts: dict[str, int]
    owner_name: str

    @property
    def workers(self) -> int:
        return self.counts.get("worker", 0)


# --- verify, preview -----------------------------------------------------------------------
def key_for_backup(
    folder: Path, passphrase: str | None = None, recovery_key: str | None = None
) -> bytes:
    """Unwrap the key from the backup's own header (passphrase of that day, or recovery key)."""

    header = hdr.read_header(Path(folder) / HEADER_FILENAME)
    if recovery_key is not None:
        secret = crypto.parse_recovery_key(recovery_key)
        if secret is None:
            raise VaultError(MALFORMED_RECOVERY, "malformed_recovery_key")
        raw_key = hdr.open_slot(header, "recovery", secret)
        if raw_key is None:
            raise VaultError(WRONG_RECOVERY, "wrong_recovery_key")
    else:
        raw_key = hdr.open_slot(header, "passphrase", passphrase or "")
        if raw_key is None:
            raise VaultError(
                translate(
                    "backup",
                    "Phrase de passe incorrecte pour cette sauvegarde (c'est celle du jour de la "
                    "sauvegarde ; la clé de secours convient aussi).",
                ),
                "wrong_passphrase",
            )
    hdr.verify_seal(header, raw_key)
    return raw_key


def open_backup_readonly(db_path: Path, raw_key: bytes) -> Any:
    """Open a backup's database read-only: checking a backup must never change its bytes."""
    if not db_path.is_file():
        raise VaultError(
            translate("backup", "Sauvegarde incomplète : « {name} » manque.").format(
                name=db_path.name
            ),
            "backup_corrupt",
        )
    conn = sqlcipher3.connect(
        Path(db_path).resolve().as_uri() + "?mode=ro",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
    )
    try:
        conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultError(
            translate(
                "backup",
                "Sauvegarde illisible : la base ne s'ouvre pas avec cette clé (fichier abîmé ?).",
            ),
            "backup_corrupt",
        ) from exc
    return conn


def _open_checked(db_path: Path, raw_key: bytes) -> Any:
    conn = open_backup_readonly(db_path, raw_key)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultError(
            translate("backup", "Sauvegarde abîmée : le contrôle d'intégrité échoue."),
            "backup_corrupt",
        ) from exc
    if problems != ["ok"]:
        conn.close()
        raise VaultError(
            translate("backup", "Sauvegarde abîmée : le contrôle d'intégrité échoue."),
            "backup_corrupt",
        )
    return conn


def check_integrity(conn: Any) -> None:
    """Check the live vault (`integrity_check`, `cipher_integrity_check`); French error if bad."""
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.DatabaseError as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        raise VaultError(
            translate(
                "backup",
                "La base du coffre est abîmée (contrôle d'intégrité en échec). Restaurez la "
                "dernière sauvegarde : « reconv backup list » puis « reconv backup restore ».",
            ),
            "vault_corrupt",
        )


def verify_backup(folder: Path, raw_key: bytes) -> BackupInfo:
    """Full check of one backup: manifest, checksum, key, integrity and cipher integrity."""
    info = read_manifest(Path(folder))
    db_path = info.path / DATABASE_FILENAME
    try:
        if file_sha256(db_path) != info.sha256:
            raise VaultError(
                translate(
                    "backup",
                    "Sauvegarde « {name} » abîmée : son contenu ne correspond plus à son "
                    "empreinte.",
                ).format(name=info.name),
                "backup_corrupt",
            )
    except OSError as exc:
        raise VaultError(
            translate("backup", "Sauvegarde « {name} » illisible : {strerror}.").format(
                name=info.name, strerror=exc.strerror
            ),
            "backup_unreadable",
        ) from exc
    _open_checked(db_path, raw_key).close()
    return info


def preview_backup(folder: Path, raw_key: bytes) -> BackupPreview:
    """Date, schema and row counts of a backup, read from inside it after verification."""
    info = verify_backup(folder, raw_key)
    conn = open_backup_readonly(info.path / DATABASE_FILENAME, raw_key)
    try:
        schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%deleted%' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        counts = {}
        for table in tables:
            columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            if {"id", "deleted", "updated_at"} <= columns:
                counts[table] = conn.execute(
                    f'SELECT count(*) FROM "{table}" WHERE deleted = 0'
                ).fetchone()[0]
        row = conn.execute("SELECT value FROM meta WHERE key = 'owner_name'").fetchone()
    finally:
        conn.close()
    return BackupPreview(info, schema, counts, row[0] if row else "")


# --- restore -------------------------------------------------------------------------------
def _safety_copy(paths: AppPaths) -> Path | None:
    """Copy the live vault files (database, WAL, header) aside before replacing them."""
    sources = [
        p
        for p in (
            paths.database,
            Path(f"{paths.database}-wal"),
            paths.header,
        )
        if p.exists()
    ]
    if not sources:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    folder = paths.data_dir / "avant-restauration" / stamp
    folder.mkdir(parents=True, mode=0o700)
    for source in sources:
        shutil.copyfile(source, folder / source.name)
        fsync_file(folder / source.name)
    fsync_dir(folder)
    return folder


def restore_backup(
    paths: AppPaths, folder: Path, raw_key: bytes, progress: Progress | None = None
) -> Path | None:
    """Verify a backup, keep a safety copy of the live vault, then replace it atomically.

    The vault must be locked (no Store open) and the instance lock held by the caller.
    Returns the folder of the safety copy (None when there was no live vault).
    """
    progress = progress or no_progress
    progress(0, 4, translate("backup", "Vérification de la sauvegarde"))
    info = verify_backup(Path(folder), raw_key)
    backup_header = hdr.read_header(info.path / HEADER_FILENAME)
    keep_live_header = False
    with contextlib.suppress(VaultError):
        live = hdr.read_header(paths.header)
        if live.vault_id != backup_header.vault_id:
            raise VaultError(
                translate(
                    "backup",
                    "Cette sauvegarde appartient à un autre coffre : restauration refusée.",
                ),
                "backup_other_vault",
            )
        hdr.verify_seal(live, raw_key)
        keep_live_header = True  # today's passphrase keeps working after the restore
    try:
        progress(1, 4, translate("backup", "Copie de sécurité du coffre actuel"))
        safety = _safety_copy(paths)
        progress(2, 4, translate("backup", "Copie de la sauvegarde"))
        incoming = paths.database.with_name(paths.database.name + ".restoring")
        shutil.copyfile(info.path / DATABASE_FILENAME, incoming)
        fsync_file(incoming)
        if file_sha256(incoming) != info.sha256:
            incoming.unlink()
            raise VaultError(
                translate(
                    "backup", "La copie de la sauvegarde est abîmée : rien n'a été remplacé."
                ),
                "restore_copy_corrupt",
            )
        progress(3, 4, translate("backup", "Remplacement du coffre"))
        if not keep_live_header:
            hdr.write_header(paths.header, backup_header)
        # A WAL left beside the new file would be replayed into it: remove it first
        # (its content is in the safety copy).
        for side in (Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm")):
            with contextlib.suppress(FileNotFoundError):
                side.unlink()
        os.replace(incoming, paths.database)
        fsync_dir(paths.data_dir)
    except OSError as exc:
        raise ReconvError(
            translate("backup", "Restauration impossible : {reason}").format(
                reason=describe_os_error(exc, paths.database)
            ),
            "restore_failed",
        ) from exc
    progress(4, 4, translate("backup", "Coffre restauré"))
    return safety
