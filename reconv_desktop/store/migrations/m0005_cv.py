"""CV drafts: several per worker, each with its content as one JSON document, and versions.

The content is edited as a whole by one person at a time, so one JSON column (not one row
per item) keeps a save atomic; `cv_draft_version` keeps earlier contents for restore.
Both tables are synced and carry `worker_id` for erasure and subject access.
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
    f"""CREATE TABLE cv_draft (
    {SYNC_COLUMNS},
    worker_id TEXT NOT NULL,
    audit_id TEXT,
    title TEXT NOT NULL DEFAULT '',
    target_uri TEXT,
    target_label TEXT NOT NULL DEFAULT '',
    template TEXT NOT NULL DEFAULT 'classique',
    content TEXT NOT NULL DEFAULT '{{}}',
    created_on TEXT NOT NULL
)""",
    "CREATE INDEX cv_draft_worker ON cv_draft(worker_id, deleted)",
    "CREATE INDEX cv_draft_updated ON cv_draft(updated_at)",
    f"""CREATE TABLE cv_draft_version (
    {SYNC_COLUMNS},
    draft_id TEXT NOT NULL,
    worker_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    template TEXT NOT NULL DEFAULT 'classique',
    content TEXT NOT NULL DEFAULT '{{}}'
)""",
    "CREATE INDEX cv_draft_version_draft ON cv_draft_version(draft_id, deleted, number)",
    "CREATE INDEX cv_draft_version_updated ON cv_draft_version(updated_at)",
]


def upgrade(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
