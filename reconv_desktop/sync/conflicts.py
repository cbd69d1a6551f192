"""Conflicts the counsellor reviews: the version that lost a merge, kept beside the winner.

Resolving keeps the current version, or swaps: the losing version becomes current with a
fresh clock (so it wins everywhere at the next exchange) and the replaced one is kept in the
conflict record for the record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from reconv_desktop.errors import NotFoundError, ReconvError
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from reconv_desktop.store.records import LOCAL_COLUMNS
from reconv_desktop.store.store import Store
from reconv_desktop.sync.identity import now_utc
from reconv_desktop.sync.rows import SYNC_COLUMNS

KIND_LABELS = LabelTable(
    {
        "concurrent": QT_TRANSLATE_NOOP("sync", "modifié des deux côtés depuis le dernier échange"),
        "same_clock": QT_TRANSLATE_NOOP("sync", "même horloge, contenus différents"),
    }
)


@dataclass(frozen=True, slots=True)
class Conflict:
    id: int
    table: str
    source: str
    row_id: str
    kind: str
    kept: dict[str, Any]
    other: dict[str, Any]
    created_at: str
    resolved_at: str | None
    resolution: str | None

    def differences(self) -> list[tuple[str, Any, Any]]:
        """(column, current value, other value) for columns that differ."""
        names = sorted((set(self.kept) | set(self.other)) - {"updated_at", "origin"})
        return [
            (n, self.kept.get(n), self.other.get(n))
            for n in names
            if self.kept.get(n) != self.other.get(n)
        ]


def _from_row(r: Any) -> Conflict:
    return Conflict(
        r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), json.loads(r[6]), r[7], r[8], r[9]
    )


_SELECT = (
    "SELECT id, table_name, source, row_id, kind, kept, other, created_at, resolved_at, "
    "resolution FROM sync_conflict"
)


def list_conflicts(store: Store, include_resolved: bool = False) -> list[Conflict]:
    """Conflicts to review, oldest first."""
    where = "" if include_resolved else " WHERE resolved_at IS NULL"
    return [_from_row(r) for r in store.conn.execute(_SELECT + where + " ORDER BY id")]


def get_conflict(store: Store, conflict_id: int) -> Conflict:
    row = store.conn.execute(_SELECT + " WHERE id = ?", [conflict_id]).fetchone()
    if row is None:
        raise NotFoundError(
            translate("sync", "Conflit n° {conflict_id} introuvable.").format(
                conflict_id=conflict_id
            ),
            "not_found",
        )
    return _from_row(row)


def _current(store: Store, c: Conflict) -> dict[str, Any] | None:
    if c.source:
        found = store.conn.execute(
            "SELECT updated_at, origin, deleted, data FROM received_row WHERE source = ? "
            "AND table_name = ? AND id = ?",
            [c.source, c.table, c.row_id],
        ).fetchone()
        return (
            None
            if found is None
            else {
                **json.loads(found[3]),
                "id": c.row_id,
                "updated_at": found[0],
                "origin": found[1],
                "deleted": found[2],
            }
        )
    row = store.query_one(f"SELECT * FROM {c.table} WHERE id = ?", [c.row_id])
    if row:
        for local in LOCAL_COLUMNS:
            row.pop(local, None)
    return row


def resolve_conflict(store: Store, conflict_id: int, swap: bool = False) -> Conflict:
    """Keep the current version (default) or swap in the other one; returns the record."""
    c = get_conflict(store, conflict_id)
    if c.resolved_at:
        raise ReconvError(
            translate("sync", "Le conflit n° {conflict_id} est déjà résolu.").format(
                conflict_id=conflict_id
            ),
            "already_resolved",
        )
    with store.transaction():
        current = _current(store, c) or c.kept
        if swap:
            values = {k: v for k, v in c.other.items() if k not in SYNC_COLUMNS}
            values["deleted"] = c.other.get("deleted", 0)
            if c.source:
                store.conn.execute(
                    "UPDATE received_row SET updated_at = ?, origin = ?, deleted = ?, data = ? "
                    "WHERE source = ? AND table_name = ? AND id = ?",
                    [
                        c.other["updated_at"],
                        c.other["origin"],
                        values.pop("deleted"),
                        json.dumps(values, ensure_ascii=False, sort_keys=True),
                        c.source,
                        c.table,
                        c.row_id,
                    ],
                )
            else:
                if c.table == "worker":
                    from reconv_desktop.domain.text import name_sort_key

                    values["sort_key"] = name_sort_key(
                        values.get("family_name") or "", values.get("given_name") or ""
                    )
                values["updated_at"], values["origin"] = store.stamp(), store.device_id
                sets = ", ".join(f"{k} = ?" for k in values)
                store.conn.execute(
                    f"UPDATE {c.table} SET {sets} WHERE id = ?", [*values.values(), c.row_id]
                )
            store.conn.execute(
                "UPDATE sync_conflict SET kept = ?, other = ?, resolved_at = ?, resolution = "
                "'swapped' WHERE id = ?",
                [
                    json.dumps(c.other, ensure_ascii=False, sort_keys=True),
                    json.dumps(current, ensure_ascii=False, sort_keys=True),
                    now_utc(),
                    c.id,
                ],
            )
        else:
            store.conn.execute(
                "UPDATE sync_conflict SET resolved_at = ?, resolution = 'kept' WHERE id = ?",
                [now_utc(), c.id],
            )
    return get_conflict(store, conflict_id)
