"""The worker's photo for CVs (issue 6: photo option, off by default).

One synced row per worker whose id derives from the worker's id, so two computers setting
a photo for the same person converge on one row. The image is base64 text, not a BLOB:
bundles are JSON Lines whose rows carry only text and integers. `IF NOT EXISTS`: the step
can run again on a vault whose version number was set back (as m0007-m0009 can).
"""

from __future__ import annotations

from typing import Any

# Copied rather than imported from m0001: a released migration must never change.
SYNC_COLUMNS = """
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""

STATEMENTS = [
    f"""CREATE TABLE IF NOT EXISTS worker_photo (
    {SYNC_COLUMNS},
    worker_id TEXT NOT NULL,
    media_type TEXT NOT NULL DEFAULT '' CHECK (media_type IN ('', 'image/jpeg', 'image/png')),
    image TEXT NOT NULL DEFAULT '',
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0
)""",
    "CREATE INDEX IF NOT EXISTS worker_photo_worker ON worker_photo(worker_id, deleted)",
    "CREATE INDEX IF NOT EXISTS worker_photo_updated ON worker_photo(updated_at)",
    # The unsent-changes count walks (origin, updated_at) on every synced table (see m0008).
    "CREATE INDEX IF NOT EXISTS worker_photo_origin_updated ON worker_photo(origin, updated_at)",
]


def upgrade(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
