"""Row merge: last writer wins on (clock, origin), tombstones respected, conflicts kept.

Two targets share one decision rule: the vault's own tables (a counsellor receiving reference
data or a transfer) and coordination's `received_row` namespace, where each counsellor's rows
stay apart under the sending device. Deciding never writes, so a preview is the same code
path as an import.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any

from reconv_desktop.domain.text import name_sort_key
from reconv_desktop.store.records import LOCAL_COLUMNS
from reconv_desktop.store.store import Store
from reconv_desktop.sync.identity import now_utc
from reconv_desktop.sync.rows import SYNC_COLUMNS

COUNTS = ("new", "updated", "deleted", "unchanged", "conflicting", "refused")
BATCH = 500  # ids per IN (...) read: well under SQLite's 32,766 host parameters


def _content(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in ("updated_at", "origin")}


# One encoder for every row: json.dumps with options builds a new one at each call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _canonical(row: dict[str, Any]) -> str:
    return _ENCODER.encode(row)


def _compatible(big: Any, small: Any) -> bool:
    # A birth date reduced to its year by the pseudonymous scope is the same fact.
    return big == small or (
        isinstance(big, str)
        and isinstance(small, str)
        and len(small) == 4
        and big.startswith(small)
    )


def covers(big: dict[str, Any], small: dict[str, Any]) -> bool:
    """True when `big` says everything `small` says (and maybe more)."""
    return all(k in big and _compatible(big[k], v) for k, v in _content(small).items())


def decide(
    local: dict[str, Any] | None,
    remote: dict[str, Any],
    *,
    me: str,
    local_unsent: bool,
    sender: str,
) -> tuple[str, str | None]:
    """(outcome, conflict kind) for one incoming row; outcome 'apply...' means it is written.

    `local_unsent`: this device changed the row since the last acknowledged exchange, so the
    other side may not have seen that change.
    """
    if local is None:
        return ("apply_new", None)
    remote_key = (remote["updated_at"], remote["origin"])
    local_key = (local["updated_at"], local["origin"])
    same = covers(local, remote)
    if remote_key == local_key:
        if same:
            return ("unchanged", None)
        # The same version, once pseudonymised and once whole: keep the richer one.
        return ("apply_update", None) if covers(remote, local) else ("unchanged", "same_clock")
    if remote_key > local_key:
        concurrent = local_unsent and local["origin"] == me and not same
        return ("apply_update", "concurrent" if concurrent else None)
    concurrent = local_unsent and local["origin"] == me and remote["origin"] == sender and not same
    return ("unchanged", "concurrent_older" if concurrent else None)


class Merger:
    """Applies (or only counts, when `write` is False) the rows of one verified bundle."""

    def __init__(
        self,
        store: Store,
        bundle_id: str,
        sender: str,
        *,
        write: bool,
        namespace: bool,
        unsent_since: str,
    ) -> None:
        self.store, self.bundle_id, self.sender = store, bundle_id, sender
        self.write, self.namespace, self.unsent_since = write, namespace, unsent_since
        self.summary: dict[str, Counter[str]] = {}
        self.max_clock = ""
        self._pending: list[tuple[Any, ...]] = []  # received_row writes not yet flushed

    # --- reading the current version ------------------------------------------------------
    def _local(self, table: str, row_id: str) -> dict[str, Any] | None:
        return self._locals(table, [row_id]).get(row_id)

    def _locals(self, table: str, row_ids: list[str]) -> dict[str, dict[str, Any]]:
        """Current versions of `row_ids` by id, read in batches (one query per row was most
        of an import's time)."""
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(row_ids), BATCH):
            chunk = row_ids[start : start + BATCH]
            marks = ", ".join("?" for _ in chunk)
            if self.namespace:
                for row_id, updated_at, origin, deleted, data in self.store.conn.execute(
                    "SELECT id, updated_at, origin, deleted, data FROM received_row "
                    f"WHERE source = ? AND table_name = ? AND id IN ({marks})",
                    [self.sender, table, *chunk],
                ):
                    found[row_id] = {
                        **json.loads(data),
                        "id": row_id,
                        "updated_at": updated_at,
                        "origin": origin,
                        "deleted": deleted,
                    }
                continue
            for row in self.store.query(f"SELECT * FROM {table} WHERE id IN ({marks})", chunk):
                for local in LOCAL_COLUMNS:
                    row.pop(local, None)
                found[row["id"]] = row
        return found

    # --- writing ----------------------------------------------------------------------------
    def _flush(self) -> None:
        if self._pending:
            self.store.conn.executemany(
                "INSERT INTO received_row (source, table_name, id, updated_at, origin, deleted, "
                "data) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source, table_name, id) DO UPDATE "
                "SET updated_at = excluded.updated_at, origin = excluded.origin, "
                "deleted = excluded.deleted, data = excluded.data",
                self._pending,
            )
            self._pending = []

    def _put(
        self,
        table: str,
        remote: dict[str, Any],
        exists: bool,
        current: dict[str, Any] | None = None,
    ) -> None:
        if self.namespace:
            data = {k: v for k, v in remote.items() if k not in SYNC_COLUMNS}
            # Written in one executemany per table (see _flush): a statement per row was a
            # third of an import into coordination.
            self._pending.append(
                (
                    self.sender,
                    table,
                    remote["id"],
                    remote["updated_at"],
                    remote["origin"],
                    remote["deleted"],
                    _canonical(data),
                )
            )
            return
        values = dict(remote)
        if table == "worker":
            if current is None:
                current = (self._local(table, remote["id"]) or {}) if exists else {}
            merged = {**current, **values}
            values["sort_key"] = name_sort_key(
                merged.get("family_name") or "", merged.get("given_name") or ""
            )
        if exists:
            row_id = values.pop("id")
            sets = ", ".join(f"{k} = ?" for k in values)
            self.store.conn.execute(
                f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), row_id]
            )
        else:
            marks = ", ".join("?" for _ in values)
            self.store.conn.execute(
                f"INSERT INTO {table} ({', '.join(values)}) VALUES ({marks})", list(values.values())
            )

    def _conflict(self, table: str, kind: str, kept: dict[str, Any], other: dict[str, Any]) -> None:
        other_text = _canonical(other)
        self.store.conn.execute(
            "INSERT OR IGNORE INTO sync_conflict (table_name, source, row_id, kind, kept, other, "
            "other_hash, bundle_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                table,
                self.sender if self.namespace else "",
                other["id"],
                kind,
                _canonical(kept),
                other_text,
                hashlib.sha256(other_text.encode("utf-8")).hexdigest(),
                self.bundle_id,
                now_utc(),
            ],
        )

    # --- one table --------------------------------------------------------------------------
    def merge_rows(self, table: str, rows: list[dict[str, Any]]) -> Counter[str]:
        counts = self.summary.setdefault(table, Counter({k: 0 for k in COUNTS}))
        me = self.store.device_id
        known = self._locals(table, list(dict.fromkeys(r["id"] for r in rows)))
        for remote in rows:
            self.max_clock = max(self.max_clock, remote["updated_at"])
            local = known.get(remote["id"])
            unsent = local is not None and local["updated_at"] > self.unsent_since
            outcome, conflict = decide(
                local, remote, me=me, local_unsent=unsent, sender=self.sender
            )
            if outcome == "apply_new":
                counts["deleted" if remote["deleted"] else "new"] += 1
            elif outcome == "apply_update":
                assert local is not None  # decide() updates only a row this device has
                counts["deleted" if remote["deleted"] and not local["deleted"] else "updated"] += 1
            else:
                counts["unchanged"] += 1
            if conflict:
                counts["conflicting"] += 1
            if not self.write:
                continue
            if outcome.startswith("apply"):
                self._put(table, remote, exists=local is not None, current=local or {})
                # The same id again later in this bundle sees this version, as if re-read.
                known[remote["id"]] = (
                    dict(remote) if self.namespace else {**(local or {}), **remote}
                )
            if not conflict:
                continue
            assert local is not None  # decide() sees a conflict only against a local row
            if conflict == "same_clock":
                self._conflict(table, conflict, kept=local, other=remote)
            elif conflict == "concurrent":
                self._conflict(table, conflict, kept=remote, other=local)
            elif conflict == "concurrent_older":
                self._conflict(table, "concurrent", kept=local, other=remote)
        self._flush()
        return counts

    def refuse(self, table: str, count: int) -> None:
        self.summary.setdefault(table, Counter({k: 0 for k in COUNTS}))["refused"] += count
