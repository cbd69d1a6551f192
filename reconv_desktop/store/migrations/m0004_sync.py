"""Sync state: device identity (secret keys, inside the encrypted vault), enrolled peers,
bundles sent and received, rows received by coordination (kept apart per counsellor),
and conflicts to review.

The identity is generated here for every vault, new or existing, so that no secret key ever
exists outside the encrypted database.
"""

from __future__ import annotations

from typing import Any

STATEMENTS = (
    """CREATE TABLE sync_identity (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        age_secret TEXT NOT NULL,
        ed25519_secret TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE sync_peer (
        device_id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL,
        age_recipient TEXT NOT NULL,
        ed25519_public TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        enrolled_at TEXT NOT NULL
    )""",
    # One line per bundle written or imported: the Sync history.
    """CREATE TABLE sync_bundle (
        bundle_id TEXT PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
        peer_device_id TEXT NOT NULL,
        peer_name TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        scope TEXT NOT NULL DEFAULT '',
        period TEXT NOT NULL DEFAULT '',
        periods TEXT NOT NULL DEFAULT '[]',
        sequence INTEGER NOT NULL,
        high_water TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        at TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '{}',
        acknowledged_at TEXT
    )""",
    "CREATE INDEX sync_bundle_at ON sync_bundle(at)",
    # Coordination keeps each counsellor's rows apart: (source device, table, id).
    """CREATE TABLE received_row (
        source TEXT NOT NULL,
        table_name TEXT NOT NULL,
        id TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL,
        PRIMARY KEY (source, table_name, id)
    )""",
    """CREATE TABLE sync_conflict (
        id INTEGER PRIMARY KEY,
        table_name TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        row_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        kept TEXT NOT NULL,
        other TEXT NOT NULL,
        other_hash TEXT NOT NULL,
        bundle_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT,
        UNIQUE (table_name, source, row_id, other_hash)
    )""",
)


def upgrade(conn: Any) -> None:
    from datetime import UTC, datetime

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from pyrage import x25519

    for statement in STATEMENTS:
        conn.execute(statement)
    signing = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    conn.execute(
        "INSERT INTO sync_identity (singleton, age_secret, ed25519_secret, created_at) "
        "VALUES (1, ?, ?, ?)",
        [
            str(x25519.Identity.generate()),
            signing.hex(),
            datetime.now(UTC).isoformat(timespec="seconds"),
        ],
    )
