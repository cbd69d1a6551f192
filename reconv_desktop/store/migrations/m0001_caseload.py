"""Caseload schema: cells, workers, appointments, notes, checklist, actions, outcomes, search.

Synced tables carry id (UUID text), updated_at (hybrid logical clock), origin (device id)
and deleted (tombstone). Full-text search uses one FTS5 table per source, keyed by the
source's rowid so that triggers update it in O(log n).
"""

from __future__ import annotations

from typing import Any

from reconv_desktop.domain.text import fold_sql
from reconv_desktop.store.migrations import run_script

# `seq` is an explicit rowid: VACUUM may renumber implicit rowids, and the FTS tables
# point at them. It never leaves the machine (see store.tables.LOCAL_COLUMNS).
SYNC_COLUMNS = """
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""

TABLES = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);


CREATE TABLE cell (
    {SYNC_COLUMNS},
    name TEXT NOT NULL,
    company TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT '',
    layoff_date TEXT,
    start_date TEXT,
    end_date TEXT,
    cct_notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE worker (
    {SYNC_COLUMNS},
    cell_id TEXT,
    family_name TEXT NOT NULL,
    given_name TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'accueil',
    birth_date TEXT,
    national_number TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    consent_date TEXT,
    consent_scope TEXT NOT NULL DEFAULT 'aucun',
    consent_by TEXT NOT NULL DEFAULT '',
    enrolled_on TEXT,
    last_contact TEXT
);
CREATE INDEX worker_sort ON worker(deleted, sort_key);
CREATE INDEX worker_cell ON worker(cell_id, status);
CREATE INDEX worker_updated ON worker(updated_at);

CREATE TABLE appointment (
    {SYNC_COLUMNS},
    worker_id TEXT,
    cell_id TEXT,
    starts_at TEXT NOT NULL,
    duration_min INTEGER NOT NULL DEFAULT 60,
    kind TEXT NOT NULL DEFAULT 'individuel',
    status TEXT NOT NULL DEFAULT 'prevu',
    reason TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT ''
);
CREATE INDEX appointment_worker ON appointment(worker_id, starts_at);
CREATE INDEX appointment_start ON appointment(starts_at);
CREATE INDEX appointment_updated ON appointment(updated_at);

CREATE TABLE note (
    {SYNC_COLUMNS},
    worker_id TEXT NOT NULL,
    written_at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL
);
CREATE INDEX note_worker ON note(worker_id, written_at);
CREATE INDEX note_updated ON note(updated_at);

CREATE TABLE admin_step_template (
    {SYNC_COLUMNS},
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '*',
    position INTEGER NOT NULL DEFAULT 0,
    due_days INTEGER,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE admin_step (
    {SYNC_COLUMNS},
    worker_id TEXT NOT NULL,
    template_code TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    done INTEGER NOT NULL DEFAULT 0,
    done_on TEXT,
    due_date TEXT,
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX admin_step_worker ON admin_step(worker_id, position);
CREATE INDEX admin_step_due ON admin_step(done, due_date);
CREATE INDEX admin_step_updated ON admin_step(updated_at);

CREATE TABLE action (
    {SYNC_COLUMNS},
    worker_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'prevue',
    result TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_worker ON action(worker_id);
CREATE INDEX action_due ON action(status, due_date);
CREATE INDEX action_updated ON action(updated_at);

CREATE TABLE outcome (
    {SYNC_COLUMNS},
    worker_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    outcome_date TEXT NOT NULL,
    contract_type TEXT NOT NULL DEFAULT '',
    employer TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outcome_worker ON outcome(worker_id);
CREATE INDEX outcome_updated ON outcome(updated_at);
"""

FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2'"

# source table -> SQL text expression indexed for it
INDEXED = {
    "worker": "NEW.family_name || ' ' || NEW.given_name",
    "note": "NEW.body",
    "action": "NEW.title || ' ' || NEW.organisation || ' ' || NEW.result",
}


def _fts_sql(table: str, expression: str) -> str:
    folded = fold_sql(expression)
    fts = f"{table}_fts"
    return f"""
CREATE VIRTUAL TABLE {fts} USING fts5(text, {FTS_OPTIONS});
CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} WHEN NEW.deleted = 0 BEGIN
    INSERT INTO {fts}(rowid, text) VALUES (NEW.rowid, {folded});
END;
CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN
    DELETE FROM {fts} WHERE rowid = OLD.rowid;
    INSERT INTO {fts}(rowid, text) SELECT NEW.rowid, {folded} WHERE NEW.deleted = 0;
END;
CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN
    DELETE FROM {fts} WHERE rowid = OLD.rowid;
END;
"""


def upgrade(conn: Any) -> None:
    run_script(conn, TABLES + "".join(_fts_sql(t, e) for t, e in INDEXED.items()))
