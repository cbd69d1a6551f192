"""Counsellor's export: choose scope and period, preview exactly what leaves, write the bundle.

Every change not yet acknowledged by coordination goes out again (rows whose clock is past
the last acknowledged watermark of that scope), so a lost bundle is covered by the next one.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reconv_desktop import __version__
from reconv_desktop.errors import ReconvError
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from reconv_desktop.store.records import LOCAL_COLUMNS
from reconv_desktop.store.store import Store
from reconv_desktop.store.tables import SYNCED_TABLES, SyncedTable
from reconv_desktop.sync import container
from reconv_desktop.sync.identity import PublicCard, device_identity, now_utc, peers
from reconv_desktop.sync.indicators import figures_to_rows, monthly_figures, parse_period
from reconv_desktop.sync.rows import table_exists

Progress = Callable[[int, int, str], None]
SCOPES = ("indicators", "pseudonymous", "full")
SCOPE_LABELS = LabelTable(
    {
        "indicators": QT_TRANSLATE_NOOP("sync", "indicateurs (comptages mensuels anonymes)"),
        "pseudonymous": QT_TRANSLATE_NOOP(
            "sync", "pseudonymisé (sans nom, contact, numéro national ni texte libre)"
        ),
        "full": QT_TRANSLATE_NOOP("sync", "complet (toutes les données, ex. transfert de dossier)"),
    }
)


@dataclass
class TablePreview:
    rows: int
    fields: list[str]
    removed: list[str] = field(default_factory=list)


@dataclass
class ExportPlan:
    """Exactly what a bundle will carry; shown to the counsellor before anything is written."""

    kind: str
    scope: str
    period: str
    periods: list[str]
    recipients: list[PublicCard]
    since: str
    high_water: str
    tables: dict[str, list[dict[str, Any]]]
    previews: dict[str, TablePreview]

    @property
    def total_rows(self) -> int:
        return sum(p.rows for p in self.previews.values())


@dataclass(frozen=True, slots=True)
class ExportResult:
    bundle_id: str
    path: Path
    file_bytes: int
    sequence: int
    rows: dict[str, int]


def ack_key(scope: str) -> str:
    return f"ack_hlc.{scope}"


def _exported_tables(store: Store) -> list[SyncedTable]:
    return [t for t in SYNCED_TABLES.values() if table_exists(store, t.name)]


def _removed(store: Store, table: SyncedTable, scope: str) -> list[str]:
    if scope != "pseudonymous":
        return []
    names = {r["name"] for r in store.query(f"PRAGMA table_info({table.name})")}
    gone = sorted((table.identity_columns | table.free_text_columns) & names)
    return gone + [
        translate("sync", "{column} (réduit à l'année)").format(column=c)
        for c, rule in table.reduce.items()
        if rule == "year" and c in names
    ]


def changed_rows(store: Store, scope: str, since: str) -> dict[str, list[dict[str, Any]]]:
    """Rows changed after `since`: counsellor tables, plus reference rows this device wrote."""
    out = {}
    for table in _exported_tables(store):
        sql = f"SELECT * FROM {table.name} WHERE updated_at > ?"
        params: list[Any] = [since]
        if table.owner != "counsellor":
            sql += " AND origin = ?"
            params.append(store.device_id)
        # Plain cursor and one column filter per table (not per row): 188,000 rows at 5,000.
        cursor = store.conn.execute(sql + " ORDER BY updated_at", params)
        names = [d[0] for d in cursor.description]
        dropped = set(LOCAL_COLUMNS)
        if scope == "pseudonymous":
            dropped |= table.identity_columns | table.free_text_columns
        keep = [(i, n) for i, n in enumerate(names) if n not in dropped]
        years = [n for n, rule in table.reduce.items() if rule == "year" and n not in dropped]
        rows = []
        for values in cursor:
            row = {n: values[i] for i, n in keep}
            if scope == "pseudonymous":
                for column in years:
                    if isinstance(row.get(column), str):
                        row[column] = row[column][:4]
            rows.append(row)
        if rows:
            out[table.name] = rows
    return out


def _unacknowledged_periods(store: Store, scope: str) -> list[str]:
    rows = store.conn.execute(
        "SELECT periods FROM sync_bundle WHERE direction = 'sent' AND scope = ? "
        "AND acknowledged_at IS NULL",
        [scope],
    ).fetchall()
    return sorted({p for (text,) in rows for p in json.loads(text)})


def plan_export(
    store: Store,
    period: str | None = None,
    scope: str = "pseudonymous",
    recipients: Iterable[PublicCard] | None = None,
) -> ExportPlan:
    """Compute the bundle's content (nothing written); raises when no coordination is enrolled."""
    if scope not in SCOPES:
        raise ReconvError(
            translate("sync", "Portée inconnue « {scope} » : {scopes}.").format(
                scope=scope, scopes=", ".join(SCOPES)
            ),
            "bad_scope",
        )
    period = parse_period(period)
    targets = list(recipients) if recipients is not None else peers(store, "coordination")
    if not targets:
        raise ReconvError(
            translate(
                "sync",
                "Aucune coordination enregistrée : importez d'abord sa carte "
                "(reconv coordination enrol CARTE.json).",
            ),
            "no_recipient",
        )
    since = store.meta(ack_key(scope)) or ""
    if scope == "indicators":
        periods = sorted({period, *_unacknowledged_periods(store, scope)})
        # In-memory only: the clock is persisted when the bundle is actually written.
        stamp = store.clock.now()
        rows = [
            r
            for p in periods
            for r in figures_to_rows(monthly_figures(store, p), store.device_id, stamp)
        ]
        tables = {"indicator": rows} if rows else {}
        previews = {
            "indicator": TablePreview(
                len(rows),
                ["period", "cell_id", "cell_name", "indicator", "category", "value", "suppressed"],
            )
        }
    else:
        periods = [period]
        tables = changed_rows(store, scope, since)
        by_name = {t.name: t for t in _exported_tables(store)}
        previews = {
            name: TablePreview(
                len(rows),
                sorted({k for r in rows for k in r}),
                _removed(store, by_name[name], scope),
            )
            for name, rows in tables.items()
        }
    clocks = [r["updated_at"] for rows in tables.values() for r in rows]
    high_water = max([store.clock.last, *clocks])
    return ExportPlan(
        "activity", scope, period, periods, targets, since, high_water, tables, previews
    )


def sender_block(store: Store) -> dict[str, Any]:
    card = device_identity(store).card
    return {
        "device_id": card.device_id,
        "name": card.name,
        "role": card.role,
        "ed25519": card.ed25519_b64,
        "fingerprint": card.fingerprint,
        "age_recipient": card.age_recipient,
    }


def write_bundle(
    store: Store, plan: ExportPlan, dest: Path, progress: Progress | None = None
) -> ExportResult:
    """Sign, encrypt and atomically write the planned bundle, then record it as sent."""
    identity = device_identity(store)

    def step(n: int, label: str) -> None:
        if progress:
            progress(n, 4, label)

    step(0, translate("sync", "Préparation des données"))
    packed = [container.pack_table(name, rows) for name, rows in sorted(plan.tables.items())]
    sequence = int(store.meta("bundle_sequence") or 0) + 1
    bundle_id = str(uuid.uuid4())
    created = now_utc()
    manifest = {
        "format": container.FORMAT,
        "format_version": container.format_version_for(plan.tables),
        "bundle_id": bundle_id,
        "kind": plan.kind,
        "scope": plan.scope,
        "period": plan.period,
        "periods": plan.periods,
        "sequence": sequence,
        "created_at": created,
        "since": plan.since,
        "high_water": plan.high_water,
        "app_version": __version__,
        "sender": sender_block(store),
        "recipients": [
            {"device_id": r.device_id, "name": r.name, "age_recipient": r.age_recipient}
            for r in plan.recipients
        ],
        "tables": {t.name: t.entry() for t in packed},
    }
    step(1, translate("sync", "Signature"))
    body = container.manifest_bytes(manifest)
    plaintext = container.build_plaintext(body, identity.sign(body), packed, int(time.time()))
    step(2, translate("sync", "Chiffrement et écriture"))
    recipients = [r.age_recipient for r in plan.recipients]
    size = container.write_encrypted(dest, plaintext, recipients)
    step(3, translate("sync", "Enregistrement dans l'historique"))
    rows = {t.name: t.rows for t in packed}
    with store.transaction():
        # The plan may come from another connection of this vault: its clock is kept too.
        store.clock.observe(plan.high_water)
        store._write_meta("hlc_last", store.clock.last)
        store._write_meta("bundle_sequence", str(sequence))
        store._write_meta("last_bundle_sent_at", created)
        store.conn.execute(
            "INSERT INTO sync_bundle (bundle_id, direction, peer_device_id, peer_name, kind, "
            "scope, period, periods, sequence, high_water, created_at, at, summary) "
            "VALUES (?, 'sent', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                bundle_id,
                ",".join(r.device_id for r in plan.recipients),
                ", ".join(r.name for r in plan.recipients),
                plan.kind,
                plan.scope,
                plan.period,
                json.dumps(plan.periods),
                sequence,
                plan.high_water,
                created,
                created,
                json.dumps({"rows": rows, "bytes": size}),
            ],
        )
    step(4, translate("sync", "Terminé"))
    return ExportResult(bundle_id, Path(dest), size, sequence, rows)


def export_bundle(
    store: Store, period: str | None, scope: str, dest: Path, progress: Progress | None = None
) -> ExportResult:
    """Plan and write in one call (the CLI and the window preview with `plan_export` first)."""
    return write_bundle(store, plan_export(store, period, scope), dest, progress)
