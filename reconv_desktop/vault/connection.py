"""Open the SQLCipher database with a raw key, the only way this app touches the file."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from reconv_desktop.errors import VaultError
from reconv_desktop.i18n import translate

DatabaseError = sqlcipher3.DatabaseError


def open_encrypted(path: Path, raw_key: bytes, create: bool = False) -> sqlcipher3.Connection:
    """Connection in autocommit mode (explicit BEGIN/COMMIT), keyed and checked.

    The connection belongs to the calling thread (sqlite's own thread check stays on): a
    background thread opens a connection of its own.

    SQLCipher needs the key before any other statement; a wrong key only shows at the first
    read, so the schema is read at once to fail here rather than later.
    """
    if not create and not path.exists():
        raise VaultError(
            translate("vault", "Base de données du coffre introuvable : « {path} ».").format(
                path=path
            ),
            "no_database",
        )
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # WAL keeps readers unblocked and makes a kill mid-write roll back cleanly;
        # FULL sync makes a reported commit survive a power cut too.
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA secure_delete = ON")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultError(
            translate(
                "vault",
                "La base du coffre ne s'ouvre pas avec cette clé (fichier corrompu ou "
                "ne correspondant pas à l'en-tête).",
            ),
            "database_key_mismatch",
        ) from exc
    return conn


def storage_error(exc: Exception) -> VaultError | None:
    """A French error for a write the disk refused (full, read-only, gone), else None."""
    text = str(exc).lower()
    if "full" in text:
        return VaultError(
            translate(
                "vault",
                "Disque plein : la modification n'a pas été enregistrée. Libérez de la place ; "
                "les données déjà enregistrées sont intactes.",
            ),
            "disk_full",
        )
    if "readonly" in text or "read-only" in text:
        return VaultError(
            translate(
                "vault",
                "Le dossier du coffre est en lecture seule : la modification n'a pas été "
                "enregistrée. Les données déjà enregistrées sont intactes.",
            ),
            "vault_readonly",
        )
    if "disk i/o" in text or "unable to open" in text:
        return VaultError(
            translate(
                "vault",
                "Le disque du coffre ne répond plus (clé USB retirée ?) : la modification n'a pas "
                "été enregistrée.",
            ),
            "disk_io",
        )
    return None


def sqlcipher_version(conn: sqlcipher3.Connection) -> str:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    return row[0] if row else "?"
