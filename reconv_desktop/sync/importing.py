"""Import a bundle: verify everything, preview what would change, apply in one transaction.

The same bundle twice changes nothing (and says so); bundles in any order give the same
rows. A counsellor merges rows into the vault's tables; coordination keeps each
counsellor's rows apart in `received_row` under the sending device. Receipts from
coordination move the acknowledged watermark so those changes are not sent again.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reconv_desktop.i18n import translate
from reconv_desktop.store.store import Store
from reconv_desktop.store.tables import SYNCED_TABLES
from reconv_desktop.sync.export import SCOPES, ack_key
from reconv_desktop.sync.identity import now_utc, role_of
from reconv_desktop.sync.merge import COUNTS, Merger
from reconv_desktop.sync.reference_data import (
    COORDINATION_ONLY_TABLES,
    REFERENTIAL_TABLES,
    merge_referential,
    referential_line,
)
from reconv_desktop.sync.verify import VerifiedBundle, verify_bundle

Progress = Callable[[int, int, str], None]


@dataclass
class ImportReport:
    """What a bundle holds and what importing it does (or did) per table."""

    bundle_id: str
    sender_name: str
    sender_device: str
    kind: str
    scope: str
    period: str
    sequence: int
    created_at: str
    file_bytes: int
    summary: dict[str, dict[str, int]]
    already_imported: bool = False
    applied: bool = False
    acknowledged: int = 0
    ignored_tables: list[str] = field(default_factory=list)
    referential: str = ""  # preview line about a joined referential, "" when none

    @property
    def changes(self) -> int:
        return sum(c["new"] + c["updated"] + c["deleted"] for c in self.summary.values())

    @property
    def conflicts(self) -> int:
        return sum(c["conflicting"] for c in self.summary.values())


def _route(store: Store, verified: VerifiedBundle) -> list[tuple[str, str]]:
    """(table, destination): local | namespace | receipt | referential | refuse."""
    mine, theirs = role_of(store), verified.sender.role
    order = {name: i for i, name in enumerate([*SYNCED_TABLES, "indicator", "receipt"])}
    routes = []
    for table in sorted(verified.tables, key=lambda t: order.get(t, len(order))):
        if table in COORDINATION_ONLY_TABLES and theirs != "coordination":
            where = "refuse"  # training catalogue and referential: coordination's alone
        elif table in REFERENTIAL_TABLES:
            where = "referential" if mine != "coordination" else "refuse"
        elif mine == "coordination":
            where = "refuse" if table == "receipt" else "namespace"
        elif table == "receipt":
            where = "receipt" if theirs == "coordination" else "refuse"
        elif table == "indicator":
            where = "refuse"
        elif theirs != "coordination" and SYNCED_TABLES[table].owner == "reference":
            where = "refuse"  # only coordination may change reference data
        else:
            where = "local"
        routes.append((table, where))
    return routes


def unsent_since(store: Store) -> str:
    """Clock up to which coordination acknowledged this device's rows."""
    return max(store.meta(ack_key("pseudonymous")) or "", store.meta(ack_key("full")) or "")


def already_imported(store: Store, bundle_id: str) -> str | None:
    row = store.conn.execute(
        "SELECT at FROM sync_bundle WHERE bundle_id = ? AND direction = 'received'", [bundle_id]
    ).fetchone()
    return row[0] if row else None


def _acknowledge(store: Store, rows: list[dict[str, Any]], write: bool) -> tuple[int, int]:
    """(newly acknowledged, already known) sent bundles named by receipts."""
    fresh = known = 0
    for r in rows:
        if r["deleted"] or r["sender_device_id"] != store.device_id:
            continue
        sent = store.conn.execute(
            "SELECT acknowledged_at FROM sync_bundle WHERE bundle_id = ? AND direction = 'sent'",
            [r["bundle_id"]],
        ).fetchone()
        if sent is None or sent[0] is not None:
            known += 1
            continue
        fresh += 1
        if write:
            store.conn.execute(
                "UPDATE sync_bundle SET acknowledged_at = ? WHERE bundle_id = ? "
                "AND direction = 'sent'",
                [r["received_at"], r["bundle_id"]],
            )
    if write and fresh:
        marks = []
        for scope in SCOPES:
            top = store.conn.execute(
                "SELECT max(high_water) FROM sync_bundle WHERE direction = 'sent' AND scope = ? "
                "AND acknowledged_at IS NOT NULL",
                [scope],
            ).fetchone()[0]
            if top and top > (store.meta(ack_key(scope)) or ""):
                store._write_meta(ack_key(scope), top)
            marks.append(store.meta(ack_key(scope)) or "")
        store._write_meta("last_acknowledged_hlc", max(marks))
    return fresh, known


def _run(
    store: Store, verified: VerifiedBundle, write: bool, progress: Progress | None
) -> tuple[Merger, int]:
    namespace = role_of(store) == "coordination"
    merger = Merger(
        store,
        verified.bundle_id,
        verified.sender.device_id,
        write=write,
        namespace=namespace,
        unsent_since="" if namespace else unsent_since(store),
    )
    acknowledged = 0
    routes = _route(store, verified)
    referential = {t: verified.tables[t] for t, where in routes if where == "referential"}
    for done, (table, where) in enumerate(routes):
        if progress:
            progress(
                done, len(routes), translate("sync", "Fusion de « {table} »").format(table=table)
            )
        rows = verified.tables[table]
        if where == "refuse":
            merger.refuse(table, len(rows))
        elif where == "referential":
            continue  # replaced as a whole below, once every table is known
        elif where == "receipt":
            acknowledged, _known = _acknowledge(store, rows, write)
            counts = merger.summary.setdefault(table, Counter({k: 0 for k in COUNTS}))
            counts.update(updated=acknowledged, unchanged=len(rows) - acknowledged)
        else:
            merger.merge_rows(table, rows)
            if write and table == "admin_step_template" and verified.sender.role == "coordination":
                _retire_shipped_templates(store)
    if referential:
        merger.summary.update(
            merge_referential(store, referential, write=write, sender=verified.sender.name)
        )
    return merger, acknowledged


def _retire_shipped_templates(store: Store) -> None:
    """Coordination's checklist replaces this device's own templates with the same code."""
    rows = store.conn.execute(
        "SELECT id FROM admin_step_template AS mine WHERE origin = ? AND deleted = 0 "
        "AND active = 1 AND EXISTS (SELECT 1 FROM admin_step_template AS theirs WHERE "
        "theirs.code = mine.code AND theirs.origin != ? AND theirs.deleted = 0 "
        "AND theirs.active = 1)",
        [store.device_id, store.device_id],
    ).fetchall()
    for (template_id,) in rows:
        store.step_templates._update(template_id, {"active": 0})


def _report(verified: VerifiedBundle, merger: Merger, acknowledged: int) -> ImportReport:
    m = verified.manifest
    return ImportReport(
        bundle_id=verified.bundle_id,
        sender_name=verified.sender.name,
        sender_device=verified.sender.device_id,
        kind=m["kind"],
        scope=str(m.get("scope", "")),
        period=str(m.get("period", "")),
        sequence=m["sequence"],
        created_at=str(m.get("created_at", "")),
        file_bytes=verified.file_bytes,
        summary={t: dict(c) for t, c in merger.summary.items()},
        acknowledged=acknowledged,
        ignored_tables=verified.ignored_tables,
        referential=referential_line(verified.tables, merger.summary),
    )


def inspect_bundle(store: Store, path: Path, progress: Progress | None = None) -> ImportReport:
    """Verify and preview (new, changed, deleted, unchanged, conflicting rows); change nothing."""
    verified = verify_bundle(store, path, progress, known=_known(store))
    merger, acknowledged = _run(store, verified, write=False, progress=None)
    report = _report(verified, merger, acknowledged)
    report.already_imported = already_imported(store, verified.bundle_id) is not None
    return report


def _known(store: Store) -> Callable[[dict[str, Any]], bool]:
    # A bundle already imported is recognised from its signed manifest: its rows are not
    # parsed and merged again (that was the whole cost of a re-import).
    return lambda manifest: already_imported(store, str(manifest["bundle_id"])) is not None


def apply_bundle(
    store: Store, verified: VerifiedBundle, progress: Progress | None = None
) -> ImportReport:
    """Merge a verified bundle in one transaction and write its history line."""
    if already_imported(store, verified.bundle_id):
        merger = Merger(
            store,
            verified.bundle_id,
            verified.sender.device_id,
            write=False,
            namespace=False,
            unsent_since="",
        )
        report = _report(verified, merger, 0)
        report.already_imported = True
        return report
    with store.transaction():
        merger, acknowledged = _run(store, verified, write=True, progress=progress)
        if merger.max_clock:
            store.clock.observe(merger.max_clock)
            store._write_meta("hlc_last", store.clock.last)
        m = verified.manifest
        store.conn.execute(
            "INSERT INTO sync_bundle (bundle_id, direction, peer_device_id, peer_name, kind, "
            "scope, period, periods, sequence, high_water, created_at, at, summary) "
            "VALUES (?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                verified.bundle_id,
                verified.sender.device_id,
                verified.sender.name,
                m["kind"],
                str(m.get("scope", "")),
                str(m.get("period", "")),
                json.dumps(m.get("periods") or []),
                m["sequence"],
                str(m.get("high_water", "")),
                str(m.get("created_at", "")),
                now_utc(),
                json.dumps({t: dict(c) for t, c in merger.summary.items()}),
            ],
        )
    report = _report(verified, merger, acknowledged)
    report.applied = True
    return report


def import_bundle(
    store: Store,
    path: Path,
    progress: Progress | None = None,
    confirm: Callable[[ImportReport], bool] | None = None,
) -> ImportReport:
    """Verify, show the preview to `confirm` (if given), then apply; refusals raise BundleError."""
    verified = verify_bundle(store, path, progress, known=_known(store))
    if confirm is not None and not already_imported(store, verified.bundle_id):
        merger, acknowledged = _run(store, verified, write=False, progress=None)
        if not confirm(_report(verified, merger, acknowledged)):
            return _report(verified, merger, acknowledged)
    if not already_imported(store, verified.bundle_id):
        _backup_before_import(store)
    return apply_bundle(store, verified, progress)


def _backup_before_import(store: Store) -> None:
    """A verified backup before the merge; without one the import is refused (nothing changed)."""
    from reconv_desktop.backup.backups import backup_before
    from reconv_desktop.errors import ReconvError
    from reconv_desktop.sync.errors import BundleError

    try:
        backup_before(store, "import")
    except ReconvError as exc:
        raise BundleError(
            translate(
                "sync", "la sauvegarde faite avant chaque import a échoué ({message})"
            ).format(message=exc.message),
            "import_backup_failed",
        ) from exc


def history(store: Store, limit: int = 200) -> list[dict[str, Any]]:
    """Bundles sent and received, newest first, with per-table counts."""
    rows = store.query(
        "SELECT bundle_id, direction, peer_name, peer_device_id, kind, scope, period, sequence, "
        "created_at, at, summary, acknowledged_at FROM sync_bundle ORDER BY at DESC, sequence DESC "
        "LIMIT ?",
        [limit],
    )
    for r in rows:
        r["summary"] = json.loads(r["summary"])
    return rows
