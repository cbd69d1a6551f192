"""Where a person's data lives: every table of the vault linked to a worker.

Found through the synced-table registry (`worker_column`) and, to catch tables added later
without registration, through the schema (synced tables with a `worker_id` column).
"""

from __future__ import annotations

from typing import Any

from reconv_desktop.errors import NotFoundError
from reconv_desktop.i18n import translate
from reconv_desktop.store.store import Store
from reconv_desktop.store.tables import SYNCED_TABLES

SYNC_COLUMNS = ("seq", "id", "updated_at", "origin", "deleted")
# Side tables that must keep their lines: the journal proves the erasure itself.
KEEP_TABLES = frozenset({"journal", "meta"})


def table_columns(store: Store, table: str) -> list[dict[str, Any]]:
    return [
        {
            "name": r[1],
            "type": (r[2] or "").upper(),
            "notnull": bool(r[3]),
            "default": r[4],
            "pk": bool(r[5]),
        }
        for r in store.conn.execute(f'PRAGMA table_info("{table}")')
    ]


def ordinary_tables(store: Store) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]


def fts_tables(store: Store) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'"
        )
    ]


def linked_tables(store: Store) -> dict[str, str]:
    """{table: column linking a row to a worker} for every table of this vault about people."""
    existing = set(ordinary_tables(store))
    linked = {
        t.name: t.worker_column
        for t in SYNCED_TABLES.values()
        if t.worker_column and t.name in existing
    }
    for table in existing - set(linked):
        names = {c["name"] for c in table_columns(store, table)}
        if {"id", "updated_at", "origin", "deleted", "worker_id"} <= names:
            linked[table] = "worker_id"
    # The worker row first: readers expect the identity at the top.
    return dict(sorted(linked.items(), key=lambda item: (item[0] != "worker", item[0])))


def require_worker(store: Store, worker_id: str) -> dict[str, Any]:
    row = store.query_one("SELECT * FROM worker WHERE id = ?", [worker_id])
    if row is None:
        raise NotFoundError(
            translate("rights", "Personne introuvable : {worker_id}.").format(worker_id=worker_id),
            "worker_not_found",
        )
    return row
