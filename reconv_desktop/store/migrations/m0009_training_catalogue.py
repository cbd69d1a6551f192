"""Training catalogue: trainings coordination publishes and counsellors read (synced table).

A reference table like `cell`: coordination writes it and sends it in reference bundles;
counsellors only read it (rows sent by anyone else are refused on import).
"""

from __future__ import annotations

from typing import Any

from reconv_desktop.store.migrations import run_script

SCRIPT = """
CREATE TABLE IF NOT EXISTS training (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    hours INTEGER,
    funding TEXT NOT NULL DEFAULT '',
    target_occupation_uri TEXT NOT NULL DEFAULT '',
    target_occupation_label TEXT NOT NULL DEFAULT '',
    skill_uris TEXT NOT NULL DEFAULT '[]',
    contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS training_updated ON training (updated_at);
CREATE INDEX IF NOT EXISTS training_start ON training (start_date) WHERE deleted = 0;
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SCRIPT)
