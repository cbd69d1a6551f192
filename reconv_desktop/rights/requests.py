"""A worker's rights over their data (GDPR): consent, access, rectification, erasure.

Every table holding rows about a person is found through the synced-table registry
(`worker_column`) and, to catch tables added later without registration, through the
schema (synced tables with a `worker_id` column). Erasure turns each of the person's rows
into a tombstone with its content blanked, so the next bundle carries the deletion to
coordination without carrying the person; side tables (sync copies, conflicts) holding
their ids are emptied, the search indexes are rebuilt and the WAL is truncated.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reconv_desktop.domain.enums import ConsentScope
from reconv_desktop.domain.workers import clean_worker_fields
from reconv_desktop.errors import NotFoundError, ValidationError
from reconv_desktop.fileio import write_atomic
from reconv_desktop.rights.journal import AuditAction, events, record_event
from reconv_desktop.store.records import LOCAL_COLUMNS
from reconv_desktop.store.store import Store
from reconv_desktop.store.tables import SYNCED_TABLES

Progress = Callable[[int, int, str], None]
SYNC_COLUMNS = ("seq", "id", "updated_at", "origin", "deleted")
SUBJECT_ACCESS_FORMAT = "reconv-subject-access"
# Side tables that must keep their lines: the audit log proves the erasure itself.
_KEEP_TABLES = frozenset({"audit_log", "meta"})


def _noop(done: int, total: int, label: str) -> None:
    return None


# --- where a person's data lives -----------------------------------------------------------
def _columns(store: Store, table: str) -> list[dict[str, Any]]:
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


def _ordinary_tables(store: Store) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]


def _fts_tables(store: Store) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'"
        )
    ]


def linked_tables(store: Store) -> dict[str, str]:
    """{table: column linking a row to a worker} for every table of this vault about people."""
    existing = set(_ordinary_tables(store))
    linked = {
        t.name: t.worker_column
        for t in SYNCED_TABLES.values()
        if t.worker_column and t.name in existing
    }
    for table in existing - set(linked):
        names = {c["name"] for c in _columns(store, table)}
        if {"id", "updated_at", "origin", "deleted", "worker_id"} <= names:
            linked[table] = "worker_id"
    # The worker row first: readers expect the identity at the top.
    return dict(sorted(linked.items(), key=lambda item: (item[0] != "worker", item[0])))


def _require_worker(store: Store, worker_id: str) -> dict[str, Any]:
    row = store.query_one("SELECT * FROM worker WHERE id = ?", [worker_id])
    if row is None:
        raise NotFoundError(f"Personne introuvable : {worker_id}.", "worker_not_found")
    return row


# --- consent -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """What the person agreed to, when, and who recorded it."""

    worker_id: str
    scope: ConsentScope
    given_on: date | None
    recorded_by: str

    @property
    def summary(self) -> str:
        if self.scope == ConsentScope.NONE or not self.given_on:
            return "Aucun consentement enregistré."
        by = f", recueilli par {self.recorded_by}" if self.recorded_by else ""
        return f"{self.scope.label} — donné le {self.given_on.strftime('%d/%m/%Y')}{by}."


def consent_record(store: Store, worker_id: str) -> ConsentRecord:
    """The consent currently on file for one worker."""
    row = _require_worker(store, worker_id)
    return ConsentRecord(
        worker_id,
        ConsentScope(row["consent_scope"]),
        date.fromisoformat(row["consent_date"]) if row["consent_date"] else None,
        row["consent_by"],
    )


def record_consent(
    store: Store, worker_id: str, scope: str, given_on: date | str | None, recorded_by: str
) -> ConsentRecord:
    """Record (or withdraw, with scope `aucun`) a consent; logged without its content."""
    fields = {"consent_scope": scope, "consent_date": given_on, "consent_by": recorded_by}
    cleaned = clean_worker_fields(fields, partial=True)
    if cleaned["consent_scope"] != ConsentScope.NONE and not cleaned["consent_date"]:
        raise ValidationError("consent_date", "Indiquez la date du consentement.")
    with store.transaction():
        store.workers.update(worker_id, **cleaned)
        record_event(
            store,
            AuditAction.CONSENT,
            "worker",
            worker_id,
            detail=f"scope={cleaned['consent_scope'].value}",
        )
    return consent_record(store, worker_id)


# --- access and rectification -------------------------------------------------------------
def open_worker_file(store: Store, worker_id: str) -> None:
    """Note in the audit log that someone opened this worker's file (call when it is shown)."""
    _require_worker(store, worker_id)
    record_event(store, AuditAction.ACCESS, "worker", worker_id)


def rectify_worker(store: Store, worker_id: str, **changes: Any) -> Any:
    """Correct some fields at the person's request; the log names the fields, never the values."""
    with store.transaction():
        worker = store.workers.update(worker_id, **changes)
        record_event(
            store,
            AuditAction.RECTIFICATION,
            "worker",
            worker_id,
            detail="fields=" + "+".join(sorted(changes)),
        )
    return worker


def _plain_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in LOCAL_COLUMNS}


def subject_access_data(store: Store, worker_id: str) -> dict[str, Any]:
    """Everything the vault holds about one person, deleted rows included, as plain JSON data."""
    _require_worker(store, worker_id)
    tables: dict[str, list[dict[str, Any]]] = {}
    row_ids = {worker_id}
    for table, column in linked_tables(store).items():
        rows = store.query(
            f'SELECT * FROM "{table}" WHERE "{column}" = ? ORDER BY seq', [worker_id]
        )
        if rows:
            tables[table] = [_plain_row(r) for r in rows]
            row_ids.update(r["id"] for r in rows)
    consent = consent_record(store, worker_id)
    log = [
        {"at": e.at, "action": e.action, "label": e.label, "actor": e.actor, "detail": e.detail}
        for e in reversed(events(store))
        if e.target_id in row_ids
    ]
    return {
        "format": SUBJECT_ACCESS_FORMAT,
        "version": 1,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "controller": store.meta("owner_name") or "",
        "worker_id": worker_id,
        "consent": {
            "scope": consent.scope.value,
            "scope_label": consent.scope.label,
            "given_on": consent.given_on.isoformat() if consent.given_on else None,
            "recorded_by": consent.recorded_by,
        },
        "tables": tables,
        "audit_log": log,
    }


def export_subject_access(
    store: Store,
    worker_id: str,
    json_path: Path | None = None,
    pdf_path: Path | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Write the subject access export (JSON for machines, PDF for the person); both logged."""
    progress = progress or _noop
    progress(0, 3, "Rassemblement des données")
    data = subject_access_data(store, worker_id)
    if json_path:
        progress(1, 3, "Écriture du fichier JSON")
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
        write_atomic(Path(json_path), text.encode("utf-8"))
        record_event(store, AuditAction.EXPORT, "worker", worker_id, detail="subject-access json")
    if pdf_path:
        progress(2, 3, "Mise en page du PDF")
        from reconv_desktop.reports.subject_access import write_subject_access_pdf

        write_subject_access_pdf(data, Path(pdf_path))
        record_event(store, AuditAction.PRINT, "worker", worker_id, detail="subject-access pdf")
    progress(3, 3, "Terminé")
    return data


# --- erasure -------------------------------------------------------------------------------
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
    for col in _columns(store, table):
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
    fts_shadow = tuple(f"{t}_" for t in _fts_tables(store))
    removed = 0
    payload = json.dumps(ids)
    for table in _ordinary_tables(store):
        if table in skip or table in _KEEP_TABLES or table.startswith(fts_shadow):
            continue
        text_cols = [
            c["name"]
            for c in _columns(store, table)
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
    for fts in _fts_tables(store):
        store.conn.execute(f'INSERT INTO "{fts}"("{fts}") VALUES (\'optimize\')')


def erase_worker(store: Store, worker_id: str, progress: Progress | None = None) -> ErasureReport:
    """Erase a person everywhere in this vault; tombstones reach coordination in the next bundle."""
    progress = progress or _noop
    _require_worker(store, worker_id)
    linked = linked_tables(store)
    total = len(linked) + 2
    counts: dict[str, int] = {}
    erased_ids: list[str] = [worker_id]
    with store.transaction():
        for done, (table, column) in enumerate(linked.items()):
            progress(done, total, f"Effacement : {table}")
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
            AuditAction.ERASURE,
            "worker",
            worker_id,
            detail=f"rows={sum(counts.values())} side={side}",
        )
    progress(total - 1, total, "Nettoyage de l'index de recherche")
    compact_search_indexes(store)
    # secure_delete already zeroes freed content; the WAL still holds old pages until this.
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    progress(total, total, "Effacement terminé")
    return ErasureReport(worker_id, counts, side)
