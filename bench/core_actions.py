"""Store-level actions (no window): list, search per keystroke, worker file, with raw baselines."""

from __future__ import annotations

import random

import sqlcipher3

from bench.timing import Row, median_seconds
from reconv_desktop.store.search import fts_query
from reconv_desktop.store.store import Store

TYPED = ("n", "ng", "ngu", "nguy", "nguye", "nguyen")
TYPED_NOTE = ("c", "ca", "car", "cari", "caris", "cariste")


def raw_connection(store: Store, raw_key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(store.paths.database))
    conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
    return conn


def list_open(store: Store, raw: sqlcipher3.Connection, scale: str, repeat: int) -> Row:
    figure = median_seconds(lambda: store.workers.caseload(), repeat)
    baseline = median_seconds(
        lambda: raw.execute(
            "SELECT id, family_name, given_name, cell_id, status, last_contact FROM worker"
        ).fetchall(),
        repeat,
    )
    return Row(
        scale,
        "open the caseload list (store)",
        figure * 1000,
        "ms",
        baseline * 1000,
        "raw SELECT, sqlcipher3",
    )


def search_keystroke(store: Store, raw: sqlcipher3.Connection, scale: str, repeat: int) -> Row:
    def typing() -> None:
        for prefix in TYPED + TYPED_NOTE:
            store.search(prefix)

    def raw_typing() -> None:
        for prefix in TYPED + TYPED_NOTE:
            q = fts_query(prefix)
            raw.execute("SELECT rowid FROM worker_fts WHERE worker_fts MATCH ?", [q]).fetchall()
            raw.execute("SELECT rowid FROM note_fts WHERE note_fts MATCH ?", [q]).fetchall()

    per_key = len(TYPED) + len(TYPED_NOTE)
    figure = median_seconds(typing, repeat) / per_key
    baseline = median_seconds(raw_typing, repeat) / per_key
    return Row(
        scale,
        "search-as-you-type, per keystroke (names + notes)",
        figure * 1000,
        "ms",
        baseline * 1000,
        "raw FTS5 MATCH",
    )


def worker_file(store: Store, raw: sqlcipher3.Connection, scale: str, repeat: int) -> Row:
    ids = [r[0] for r in raw.execute("SELECT id FROM worker LIMIT 200")]
    rng = random.Random(1)

    def open_file() -> None:
        worker_id = rng.choice(ids)
        store.workers.get(worker_id)
        store.notes.for_worker(worker_id)
        store.appointments.for_worker(worker_id)
        store.admin_steps.for_worker(worker_id)
        store.actions.for_worker(worker_id)
        store.outcomes.for_worker(worker_id)

    def raw_file() -> None:
        worker_id = rng.choice(ids)
        for table, column in (
            ("worker", "id"),
            ("note", "worker_id"),
            ("appointment", "worker_id"),
            ("admin_step", "worker_id"),
            ("action", "worker_id"),
            ("outcome", "worker_id"),
        ):
            raw.execute(f"SELECT * FROM {table} WHERE {column} = ?", [worker_id]).fetchall()

    figure = median_seconds(open_file, repeat * 4)
    baseline = median_seconds(raw_file, repeat * 4)
    return Row(
        scale,
        "open a worker file (store)",
        figure * 1000,
        "ms",
        baseline * 1000,
        "raw SELECTs of its rows",
    )
