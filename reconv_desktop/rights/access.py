"""Right of access and rectification: everything the vault holds about one person, as JSON
(for a machine) and PDF (for the person), and corrections kept in the journal."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reconv_desktop.fileio import write_atomic
from reconv_desktop.i18n import translate
from reconv_desktop.rights.consent import consent_record
from reconv_desktop.rights.journal import JournalAction, events, record_event
from reconv_desktop.rights.linked import linked_tables, require_worker
from reconv_desktop.store.records import LOCAL_COLUMNS
from reconv_desktop.store.store import Store

Progress = Callable[[int, int, str], None]
SUBJECT_ACCESS_FORMAT = "reconv-subject-access"


def _noop(done: int, total: int, label: str) -> None:
    return None


def open_worker_file(store: Store, worker_id: str) -> None:
    """Note in the journal that someone opened this worker's file (call when it is shown)."""
    require_worker(store, worker_id)
    record_event(store, JournalAction.ACCESS, "worker", worker_id)


def rectify_worker(store: Store, worker_id: str, **changes: Any) -> Any:
    """Correct some fields at the person's request; the log names the fields, never the values."""
    with store.transaction():
        worker = store.workers.update(worker_id, **changes)
        record_event(
            store,
            JournalAction.RECTIFICATION,
            "worker",
            worker_id,
            detail="fields=" + "+".join(sorted(changes)),
        )
    return worker


def _plain_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in LOCAL_COLUMNS}


def subject_access_data(store: Store, worker_id: str) -> dict[str, Any]:
    """Everything the vault holds about one person, deleted rows included, as plain JSON data."""
    require_worker(store, worker_id)
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
        "journal": log,
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
    progress(0, 3, translate("rights", "Rassemblement des données"))
    data = subject_access_data(store, worker_id)
    if json_path:
        progress(1, 3, translate("rights", "Écriture du fichier JSON"))
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
        write_atomic(Path(json_path), text.encode("utf-8"))
        record_event(store, JournalAction.EXPORT, "worker", worker_id, detail="subject-access json")
    if pdf_path:
        progress(2, 3, translate("rights", "Mise en page du PDF"))
        from reconv_desktop.reports.subject_access import write_subject_access_pdf

        write_subject_access_pdf(data, Path(pdf_path))
        record_event(store, JournalAction.PRINT, "worker", worker_id, detail="subject-access pdf")
    progress(3, 3, translate("rights", "Terminé"))
    return data
