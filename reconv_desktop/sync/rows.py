"""What a row in a bundle may contain: known tables, known columns, right types, valid clocks.

Tables of the vault are described by the database itself (PRAGMA table_info), so a table
another feature adds is checked the same way; the two bundle-only tables (indicator,
receipt) are described here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from reconv_desktop.domain.clock import is_hlc
from reconv_desktop.i18n import translate
from reconv_desktop.store.records import LOCAL_COLUMNS
from reconv_desktop.store.store import Store
from reconv_desktop.store.tables import SYNCED_TABLES
from reconv_desktop.sync.errors import BundleError

SYNC_COLUMNS = ("id", "updated_at", "origin", "deleted")
MAX_TEXT = 1_000_000
MAX_ID = 100


@dataclass(frozen=True, slots=True)
class Column:
    type: str  # "TEXT" or "INTEGER"
    required: bool  # NOT NULL without a default: a full row must carry it


# Bundle-only tables, never stored under these names in a counsellor's vault.
INDICATOR_COLUMNS = {
    "period": Column("TEXT", True),
    "cell_id": Column("TEXT", False),
    "cell_name": Column("TEXT", True),
    "indicator": Column("TEXT", True),
    "category": Column("TEXT", True),
    "value": Column("INTEGER", False),
    "suppressed": Column("INTEGER", True),
}
RECEIPT_COLUMNS = {
    "bundle_id": Column("TEXT", True),
    "sender_device_id": Column("TEXT", True),
    "sequence": Column("INTEGER", True),
    "scope": Column("TEXT", True),
    "high_water": Column("TEXT", True),
    "received_at": Column("TEXT", True),
}
BUNDLE_ONLY_TABLES = {"indicator": INDICATOR_COLUMNS, "receipt": RECEIPT_COLUMNS}
# The referential joined to a reference bundle (format 1.1, see sync/reference_data.py).
# Not bundle-only: rows for a counsellor must carry every required column.
_T, _t, _I = Column("TEXT", True), Column("TEXT", False), Column("INTEGER", True)
REFERENTIAL_COLUMNS = {
    "ref_meta": {
        "source": _T,
        "source_detail": _t,
        "lang": _T,
        "imported_at": _T,
        "skill_count": _I,
        "occupation_count": _I,
        "relation_count": _I,
    },
    "ref_skill": {
        "uri": _T,
        "label": _T,
        "alt_labels": _t,
        "description": _t,
        "skill_type": _t,
        "reuse_level": _t,
    },
    "ref_occupation": {
        "uri": _T,
        "label": _T,
        "alt_labels": _t,
        "description": _t,
        "code": _t,
        "isco_group": _t,
    },
    "ref_occupation_skill": {"occupation_uri": _T, "skill_uri": _T, "relation": _T},
}


def table_exists(store: Store, table: str) -> bool:
    return (
        store.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone()
        is not None
    )


def vault_columns(store: Store, table: str) -> dict[str, Column]:
    """Exportable columns of a synced table of this vault (sync and local columns excluded)."""
    columns = {}
    for _cid, name, decl, notnull, default, _pk in store.conn.execute(
        f"PRAGMA table_info({table})"
    ):
        if name in LOCAL_COLUMNS or name in SYNC_COLUMNS:
            continue
        kind = "INTEGER" if "INT" in (decl or "").upper() else "TEXT"
        columns[name] = Column(kind, bool(notnull) and default is None)
    return columns


def table_schema(store: Store, table: str) -> dict[str, Column] | None:
    """Columns a bundle row of `table` may carry, or None when the table is unknown here."""
    if table in BUNDLE_ONLY_TABLES:
        return BUNDLE_ONLY_TABLES[table]
    if table in REFERENTIAL_COLUMNS:
        return REFERENTIAL_COLUMNS[table]
    if table in SYNCED_TABLES and table_exists(store, table):
        return vault_columns(store, table)
    return None


def _row_error(table: str, line: int, detail: str) -> BundleError:
    return BundleError(
        translate("sync", "ligne {line} de « {table} » invalide : {detail}.").format(
            line=line, table=table, detail=detail
        ),
        "bad_row",
    )


def _check_value(table: str, line: int, name: str, value: Any, column: Column) -> None:
    if value is None:
        if column.required:
            raise _row_error(
                table,
                line,
                translate("sync", "la colonne « {name} » ne peut pas être vide").format(name=name),
            )
        return
    if column.type == "INTEGER":
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2**62:
            raise _row_error(
                table,
                line,
                translate("sync", "la colonne « {name} » doit être un nombre entier").format(
                    name=name
                ),
            )
    elif not isinstance(value, str) or len(value) > MAX_TEXT:
        raise _row_error(
            table,
            line,
            translate("sync", "la colonne « {name} » doit être du texte").format(name=name),
        )


def parse_rows(
    table: str, raw: bytes, schema: dict[str, Column], *, full: bool, tolerate_unknown: bool
) -> list[dict[str, Any]]:
    """Decode and check JSON Lines; `full` rows must carry every required column."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _row_error(table, 0, translate("sync", "texte qui n'est pas de l'UTF-8")) from exc
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for line_no, line in enumerate(text.splitlines(), start=1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _row_error(table, line_no, translate("sync", "JSON illisible")) from exc
        if not isinstance(row, dict):
            raise _row_error(table, line_no, translate("sync", "un objet JSON est attendu"))
        row_id, clock, origin, deleted = (row.get(k) for k in SYNC_COLUMNS)
        if not isinstance(row_id, str) or not 0 < len(row_id) <= MAX_ID:
            raise _row_error(
                table, line_no, translate("sync", "identifiant « id » manquant ou mal formé")
            )
        if row_id in seen:
            raise _row_error(
                table,
                line_no,
                translate("sync", "identifiant « {row_id} » en double").format(row_id=row_id),
            )
        seen.add(row_id)
        if not is_hlc(clock):
            raise _row_error(table, line_no, translate("sync", "horloge « updated_at » mal formée"))
        if not isinstance(origin, str) or not 0 < len(origin) <= MAX_ID:
            raise _row_error(
                table, line_no, translate("sync", "origine « origin » manquante ou mal formée")
            )
        if deleted not in (0, 1) or isinstance(deleted, bool):
            raise _row_error(table, line_no, translate("sync", "« deleted » doit valoir 0 ou 1"))
        for name in list(row):
            if name in SYNC_COLUMNS:
                continue
            column = schema.get(name)
            if column is None:
                if tolerate_unknown:
                    del row[name]
                    continue
                raise _row_error(
                    table,
                    line_no,
                    translate("sync", "colonne inconnue « {name} »").format(name=name),
                )
            _check_value(table, line_no, name, row[name], column)
        if full and not deleted:
            missing = [n for n, c in schema.items() if c.required and n not in row]
            if missing:
                raise _row_error(
                    table,
                    line_no,
                    translate("sync", "colonne obligatoire « {name} » absente").format(
                        name=missing[0]
                    ),
                )
        rows.append(row)
    return rows
