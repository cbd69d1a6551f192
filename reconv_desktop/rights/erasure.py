"""Right to erasure: each of the person's rows becomes a tombstone with its content blanked,
so the next bundle carries the deletion to coordination without carrying the person; side
tables (sync copies, conflicts) holding their ids are emptied, the search indexes are rebuilt
and the WAL is truncated."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from reconv_desktop.i18n import translate
from reconv_desktop.rights.journal import JournalAction, record_event
from reconv_desktop.rights.linked import (
    KEEP_TABLES,
    SYNC_COLUMNS,
    fts_tables,
    linked_tables,
    ordinary_tables,
    require_worker,
    table_columns,
)
from reconv_desktop.store.store import Store

Progress = Callable[[int, int, str], None]


def _noop(done: int, total: int, label: str) -> None:
    return None


@dataclass(frozen=True, slots=True)
class ErasureReport:
    worker_id: str
    rows_per_table: dict[str, int]
    side_rows_removed: int

    @property
    def total(self) -> int:
        return sum(self.rows_per_table.values())


def _blank_assignments(store: Store, table: str) -> list[str]:
    """SET clauses blanking every content column while keeping the row valid for its schema."""
    assignments = []
    for col in table_columns(store, table):
        name = col["name"]
        if name in SYNC_COLUMNS or col["pk"]:
            continue
        if not col["notnull"]:
            assignments.append(f'"{name}" = NULL')
        elif col["default"] is not None:
            assignments.append(f'"{name}" = {col["default"]}')  # the schema's own literal
        elif any(t in col["type"] for t in ("INT", "REAL", "NUM", "FLOA", "DOUB")):
            continue  # a level or a position says nothing about the person; CHECKs stay met
        else:
            assignments.append(f"\"{name}\" = ''")
    return assignments


def _remove_side_copies(store: Store, ids: list[str], skip: set[str]) -> int:
    """Delete lines of non-synced tables (sync copies, conflicts...) mentioning an erased id."""
    fts_shadow = tuple(f"{t}_" for t in fts_tables(store))
    removed = 0
    payload = json.dumps(ids)
    for table in ordinary_tables(store):
        if table in skip or table in KEEP_TABLES or table.startswith(fts_shadow):
            continue
        text_cols = [
            c["name"]
            for c in table_columns(store, table)
            if c["type"] in ("TEXT", "") or "CHAR" in c["type"]
        ]
        if not text_cols:
            continue
        test = " OR ".join(f'instr("{c}", e.value) > 0' for c in text_cols)
        cursor = store.conn.execute(
            f'DELETE FROM "{table}" WHERE EXISTS (SELECT 1 FROM json_each(?) e WHERE {test})',
            [payload],
        )
        removed += max(cursor.rowcount, 0)
    return removed


def compact_search_indexes(store: Store) -> None:
    """Merge every FTS index so that deleted terms are gone from its pages too."""
    for fts in fts_tables(store):
        store.conn.execute(f'INSERT INTO "{fts}"("{fts}") VALUES (\'optimize\')')


def erase_worker(store: Store, worker_id: str, progress: Progress | None = None) -> ErasureReport:
    """Erase a person everywhere in this vault; tombstones reach coordination in the next bundle."""
    progress = progress or _noop
    require_worker(store, worker_id)
    linked = linked_tables(store)
    total = len(linked) + 2
    counts: dict[str, int] = {}
    erased_ids: list[str] = [worker_id]
    with store.transaction():
        for done, (table, column) in enumerate(linked.items()):
            progress(done, total, translate("rights", "Effacement : {table}").format(table=table))
            ids = [
                r[0]
                for r in store.conn.execute(
                    f'SELECT id FROM "{table}" WHERE "{column}" = ?', [worker_id]
                )
            ]
            if not ids:
                continue
            sets = _blank_assignments(store, table)
            sets += ["updated_at = ?", "origin = ?", "deleted = 1"]
            store.conn.execute(
                f'UPDATE "{table}" SET {", ".join(sets)} '
                "WHERE id IN (SELECT value FROM json_each(?))",
                [store.stamp(), store.device_id, json.dumps(ids)],
            )
            counts[table] = len(ids)
            erased_ids.extend(i for i in ids if i != worker_id)
        side = _remove_side_copies(store, erased_ids, set(linked))
        record_event(
            store,
            JournalAction.ERASURE,
            "worker",
            worker_id,
            detail=f"rows={sum(counts.values())} side={side}",
        )
    progress(total - 1, total, translate("rights", "Nettoyage de l'index de recherche"))
    compact_search_indexes(store)
    # secure_delete already zeroes freed content; the WAL still holds old pages until this.
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    progress(total, total, translate("rights", "Effacement terminé"))
    return ErasureReport(worker_id, counts, side)
