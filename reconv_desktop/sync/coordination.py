"""The coordination side: counsellors, reference bundles, receipts and consolidated figures.

Coordination keeps what each counsellor sent in `received_row`, keyed by the sending device,
so two counsellors' rows never mix; indicators are computed from those rows (or taken from
an indicators bundle) with the same function the counsellor's own report uses.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reconv_desktop.errors import ReconvError
from reconv_desktop.i18n import translate
from reconv_desktop.store.records import LOCAL_COLUMNS
from reconv_desktop.store.store import Store
from reconv_desktop.store.tables import SYNCED_TABLES
from reconv_desktop.sync.errors import BundleError
from reconv_desktop.sync.export import ExportPlan, ExportResult, TablePreview, write_bundle
from reconv_desktop.sync.identity import PublicCard, enrol_peer, peers, role_of
from reconv_desktop.sync.indicators import (
    NEEDED,
    Figure,
    compute_figures,
    figures_from_rows,
    parse_period,
)
from reconv_desktop.sync.reference_data import REFERENTIAL_TABLES, referential_tables
from reconv_desktop.sync.rows import parse_rows, table_schema

Progress = Callable[[int, int, str], None]
REFERENCE_TABLES = ("cell", "admin_step_template", "training")


def init_coordination(store: Store) -> None:
    """Make this vault a coordination vault (it then keeps counsellors' rows apart)."""
    if role_of(store) == "coordination":
        return
    if peers(store, "coordination"):
        raise ReconvError(
            translate(
                "sync",
                "Ce coffre est enrôlé auprès d'une coordination : il ne peut pas en devenir une.",
            ),
            "has_coordination",
        )
    store.set_meta("role", "coordination")


def require_coordination(store: Store) -> None:
    if role_of(store) != "coordination":
        raise ReconvError(
            translate("sync", "Ce coffre n'est pas un coffre de coordination (reconv coord init)."),
            "not_coordination",
        )


def add_counsellor(store: Store, card: PublicCard) -> None:
    require_coordination(store)
    enrol_peer(store, card, "counsellor")


@dataclass(frozen=True, slots=True)
class CounsellorStatus:
    card: PublicCard
    bundles: int
    last_received_at: str | None
    last_period: str | None


def counsellors(store: Store) -> list[CounsellorStatus]:
    """Registered counsellors with what was received from each."""
    out = []
    for card in peers(store, "counsellor"):
        n, last, period = store.conn.execute(
            "SELECT count(*), max(at), max(period) FROM sync_bundle WHERE direction = 'received' "
            "AND peer_device_id = ?",
            [card.device_id],
        ).fetchone()
        out.append(CounsellorStatus(card, n, last, period))
    return out


# --- what coordination sends ---------------------------------------------------------------
def _strip(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in LOCAL_COLUMNS}


def builtin_reference(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Cells, checklist templates and training catalogue of this vault, tombstones included."""
    return {
        t: [_strip(r) for r in store.query(f"SELECT * FROM {t} ORDER BY updated_at")]
        for t in REFERENCE_TABLES
    }


def folder_reference(store: Store, folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Reference rows from `<folder>/<table>.jsonl` (same row format as in a bundle)."""
    out = {}
    for table in REFERENCE_TABLES:
        path = Path(folder) / f"{table}.jsonl"
        if path.exists():
            schema = table_schema(store, table) or {}
            try:
                out[table] = parse_rows(
                    table, path.read_bytes(), schema, full=True, tolerate_unknown=False
                )
            except BundleError as exc:
                raise ReconvError(
                    translate(
                        "sync", "Référentiel « {name} » invalide : {reason} Rien n'a été modifié."
                    ).format(name=path.name, reason=exc.reason),
                    "bad_reference",
                ) from exc
    if not out:
        raise ReconvError(
            translate(
                "sync", "Aucun fichier cell.jsonl ni admin_step_template.jsonl dans « {folder} »."
            ).format(folder=folder),
            "no_reference",
        )
    return out


def _namespace_rows(
    store: Store, table: str, source: str | None = None, live_only: bool = True
) -> list[dict[str, Any]]:
    sql = (
        "SELECT source, id, updated_at, origin, deleted, data FROM received_row "
        "WHERE table_name = ?"
    )
    params: list[Any] = [table]
    if source:
        sql += " AND source = ?"
        params.append(source)
    if live_only:
        sql += " AND deleted = 0"
    return [
        {**json.loads(d), "id": i, "updated_at": u, "origin": o, "deleted": x, "_source": s}
        for s, i, u, o, x, d in store.conn.execute(sql, params)
    ]


def transfer_rows(store: Store, worker_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """Full rows of workers (and everything about them) received from any counsellor."""
    wanted = set(worker_ids)
    out: dict[str, list[dict[str, Any]]] = {}
    for table in SYNCED_TABLES.values():
        if table.worker_column is None:
            continue
        for row in _namespace_rows(store, table.name, live_only=False):
            if row.get(table.worker_column) in wanted:
                row.pop("_source")
                out.setdefault(table.name, []).append(row)
    found = {r["id"] for r in out.get("worker", [])}
    for worker_id in wanted - found:
        raise ReconvError(
            translate("sync", "Personne « {worker_id} » inconnue de la coordination.").format(
                worker_id=worker_id
            ),
            "unknown_worker",
        )
    for row in out.get("worker", []):
        if "family_name" not in row:
            raise ReconvError(
                translate(
                    "sync",
                    "Cette personne n'a été reçue qu'en pseudonymisé : le transfert "
                    "demande un envoi complet par son accompagnateur·rice.",
                ),
                "transfer_pseudonymous",
            )
    return out


def receipt_rows(store: Store, device_id: str) -> list[dict[str, Any]]:
    """One receipt per bundle received from `device_id` (all of them: receipts are idempotent)."""
    rows = store.conn.execute(
        "SELECT bundle_id, sequence, scope, high_water, at FROM sync_bundle "
        "WHERE direction = 'received' AND peer_device_id = ? ORDER BY sequence",
        [device_id],
    ).fetchall()
    if not rows:
        return []
    stamp = store.clock.now()
    return [
        {
            "id": b,
            "updated_at": stamp,
            "origin": store.device_id,
            "deleted": 0,
            "bundle_id": b,
            "sender_device_id": device_id,
            "sequence": seq,
            "scope": scope,
            "high_water": hw,
            "received_at": at,
        }
        for b, seq, scope, hw, at in rows
    ]


def plan_send(
    store: Store,
    to: PublicCard,
    *,
    reference: str | None = None,
    receipts: bool = False,
    transfers: Iterable[str] = (),
    referential: bool = False,
) -> ExportPlan:
    """What a bundle to one counsellor will carry: reference data, transfers, receipts, and
    with `referential` the whole skills/occupations referential."""
    require_coordination(store)
    tables: dict[str, list[dict[str, Any]]] = {}
    if referential:
        tables.update(referential_tables(store))
    if reference:
        tables.update(
            builtin_reference(store)
            if reference == "builtin"
            else folder_reference(store, Path(reference))
        )
    for table, rows in transfer_rows(store, transfers).items():
        tables.setdefault(table, []).extend(rows)
    if receipts:
        tables["receipt"] = receipt_rows(store, to.device_id)
    # An empty referential table still travels: the referential is replaced as a whole.
    tables = {t: rows for t, rows in tables.items() if rows or t in REFERENTIAL_TABLES}
    if not tables:
        raise ReconvError(
            translate(
                "sync",
                "Rien à envoyer : choisissez --reference, --referential, --transfer ou --receipts.",
            ),
            "nothing_to_send",
        )
    kind = "receipt" if set(tables) == {"receipt"} else "reference"
    previews = {
        t: TablePreview(len(rows), sorted({k for r in rows for k in r}))
        for t, rows in tables.items()
    }
    clocks = [r["updated_at"] for rows in tables.values() for r in rows]
    return ExportPlan(
        kind,
        "reference",
        parse_period(None),
        [],
        [to],
        "",
        max([store.clock.last, *clocks]),
        tables,
        previews,
    )


def send_bundle(
    store: Store,
    to: PublicCard,
    dest: Path,
    *,
    reference: str | None = None,
    receipts: bool = False,
    transfers: Iterable[str] = (),
    referential: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    plan = plan_send(
        store,
        to,
        reference=reference,
        receipts=receipts,
        transfers=transfers,
        referential=referential,
    )
    return write_bundle(store, plan, dest, progress)


# --- consolidated figures --------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CounsellorFigures:
    counsellor: str
    device_id: str
    source: str  # "indicateurs" (counts received) or "lignes" (computed from rows received)
    figures: list[Figure]


def consolidated_figures(store: Store, period: str) -> list[CounsellorFigures]:
    """Per counsellor, the month's figures: received counts, else computed from received rows."""
    require_coordination(store)
    period = parse_period(period)
    out = []
    for card in peers(store, "counsellor"):
        received = figures_from_rows(_namespace_rows(store, "indicator", card.device_id), period)
        if received:
            out.append(CounsellorFigures(card.name, card.device_id, "indicateurs", received))
            continue
        tables = {t: _namespace_rows(store, t, card.device_id) for t in NEEDED}
        # Cells made by coordination are not sent back by counsellors: name them from here.
        tables["cell"] += store.query("SELECT id, name FROM cell WHERE deleted = 0")
        figures = compute_figures(period, tables) if tables["worker"] else []
        out.append(CounsellorFigures(card.name, card.device_id, "lignes", figures))
    return out
