"""The unlocked vault: one facade over the encrypted connection and its repositories.

Open it through `Vault.unlock...`; the GUI, the CLI, the tests and the benchmarks all hold a
`Store` the same way. Writes go through `transaction()`; sqlite-utils is used for reading and
introspection only, because its write helpers commit on their own.

A Store belongs to the thread that opened it: its connection refuses other threads, and
`transaction()` says so plainly. The window gives each of its threads its own Store.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import sqlcipher3
import sqlite_utils

from reconv_desktop.domain.clock import HybridClock
from reconv_desktop.paths import AppPaths
from reconv_desktop.store.actions import ActionRepository, OutcomeRepository
from reconv_desktop.store.admin_steps import AdminStepRepository, AdminStepTemplateRepository
from reconv_desktop.store.cells import CellRepository
from reconv_desktop.store.cv_drafts import CvDraftRepository
from reconv_desktop.store.migrations import schema_version
from reconv_desktop.store.search import search_workers
from reconv_desktop.store.skill_audits import SkillAuditRepository
from reconv_desktop.store.timeline import AppointmentRepository, NoteRepository
from reconv_desktop.store.trainings import TrainingRepository
from reconv_desktop.store.workers import CaseloadRow, WorkerRepository
from reconv_desktop.vault.connection import sqlcipher_version, storage_error

COUNTED_TABLES = (
    "cell",
    "worker",
    "appointment",
    "note",
    "admin_step",
    "action",
    "outcome",
)


class Store:
    """An open, unlocked vault."""

    def __init__(self, conn: sqlcipher3.Connection, paths: AppPaths, vault_id: str) -> None:
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.paths = paths
        self.vault_id = vault_id
        # The nesting depth below is plain state of this object: only its owner thread may
        # open transactions, or a second thread would silently join the first one's.
        self.owner_thread = threading.get_ident()
        self._depth = 0
        self._clock_dirty = False
        self.device_id = self.meta("device_id") or ""
        self.clock = HybridClock(self.meta("hlc_last"))
        self.cells = CellRepository(self)
        self.workers = WorkerRepository(self)
        self.appointments = AppointmentRepository(self)
        self.notes = NoteRepository(self)
        self.step_templates = AdminStepTemplateRepository(self)
        self.admin_steps = AdminStepRepository(self)
        self.actions = ActionRepository(self)
        self.outcomes = OutcomeRepository(self)
        self.skill_audits = SkillAuditRepository(self)
        self.cv_drafts = CvDraftRepository(self)
        self.trainings = TrainingRepository(self)

    # --- plumbing -------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work; nested calls join the outer transaction.

        Only the thread that opened the store may call it (RuntimeError otherwise): another
        thread needs a Store of its own. The clock is brought up to the last value stored by
        any connection, so two connections of one vault never stamp backwards.
        """
        if threading.get_ident() != self.owner_thread:
            raise RuntimeError(
                "Store.transaction() called from a thread that does not own this store; "
                "open a Store in that thread (the window's write() and query() do)."
            )
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.OperationalError as exc:
            translated = storage_error(exc)
            if translated is not None:
                raise translated from exc
            raise
        self._depth = 1
        try:
            stored = self.meta("hlc_last")
            if stored:
                self.clock.observe(stored)
            yield
            if self._clock_dirty:
                self._write_meta("hlc_last", self.clock.last)
            self.conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlcipher3.Error):  # SQLite may have rolled back itself
                self.conn.execute("ROLLBACK")
            self.clock = HybridClock(self.meta("hlc_last"))
            translated = (
                storage_error(exc) if isinstance(exc, sqlcipher3.OperationalError) else None
            )
            if translated is not None:
                raise translated from exc
            raise
        finally:
            self._depth = 0
            self._clock_dirty = False

    def stamp(self) -> str:
        """A fresh clock value for a row written in the current transaction."""
        self._clock_dirty = True
        return self.clock.now()

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))

    def query_one(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = ()
    ) -> dict[str, Any] | None:
        return next(iter(self.db.query(sql, params)), None)

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _write_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self._write_meta(key, value)

    # --- questions the whole app asks ---------------------------------------------------
    def search(self, text: str, **filters: Any) -> list[CaseloadRow]:
        return search_workers(self, text, **filters)

    def schema_version(self) -> int:
        return schema_version(self.conn)

    def sqlcipher_version(self) -> str:
        return sqlcipher_version(self.conn)

    def table_counts(self) -> dict[str, int]:
        return {
            table: self.conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[
                0
            ]
            for table in COUNTED_TABLES
        }

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    def close(self) -> None:
        """Close the connection; the key lives only in SQLCipher's memory, freed with it."""
        if self.conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            self.conn = None
            self.db = None  # type: ignore[assignment]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
