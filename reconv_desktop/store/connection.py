"""Open the SQLCipher database with a raw key, the only way this app touches the file."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from reconv_desktop.errors import VaultError

DatabaseError = sqlcipher3.DatabaseError


def open_encrypted(path: Path, raw_key: bytes, create: bool = False) -> sqlcipher3.Connection:
    """Connection in autocommit mode (explicit BEGIN/COMMIT), keyed and checked.

    SQLCipher needs the key before any other statement; a wrong key only shows at the first
    read, so the schema is read at once to fail here rather than later.
    """
    if not create and not path.exists():
        raise VaultError(f"Base de données du coffre introuvable : « {path} ».", "no_database")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
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
            "La base du coffre ne s'ouvre pas avec cette clé (fichier corrompu ou "
            "ne correspondant pas à l'en-tête).",
            "database_key_mismatch",
        ) from exc
    return conn


def sqlcipher_version(conn: sqlcipher3.Connection) -> str:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    return row[0] if row else "?"
