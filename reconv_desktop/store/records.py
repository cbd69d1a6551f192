"""Shared plumbing of the synced tables: ids, clock stamps, value conversion, tombstones."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from reconv_desktop.errors import NotFoundError
from reconv_desktop.i18n import translate

if TYPE_CHECKING:
    from reconv_desktop.store.store import Store

# Columns that exist only on this machine and never travel in a bundle.
LOCAL_COLUMNS = frozenset({"seq", "sort_key"})


def new_id() -> str:
    return str(uuid.uuid4())


def to_db(value: Any) -> Any:
    """Python value -> SQLite value: ISO dates, enum values, 0/1 booleans."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return value


def as_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def required_date(value: str) -> date:
    """A NOT NULL date column's value."""
    return date.fromisoformat(value)


def required_datetime(value: str) -> datetime:
    """A NOT NULL date-and-time column's value."""
    return datetime.fromisoformat(value)


class SyncedRepository:
    """Insert/update/tombstone rows of one synced table, stamping clock and origin."""

    table: str = ""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _insert(self, values: dict[str, Any]) -> str:
        row = {k: to_db(v) for k, v in values.items()}
        row.setdefault("id", new_id())
        row["updated_at"] = self.store.stamp()
        row["origin"] = self.store.device_id
        row.setdefault("deleted", 0)
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.store.conn.execute(
            f"INSERT INTO {self.table} ({columns}) VALUES ({marks})", list(row.values())
        )
        return row["id"]

    def _update(self, record_id: str, changes: dict[str, Any]) -> None:
        if not changes:
            return
        row = {k: to_db(v) for k, v in changes.items()}
        row["updated_at"] = self.store.stamp()
        row["origin"] = self.store.device_id
        assignments = ", ".join(f"{k} = ?" for k in row)
        cursor = self.store.conn.execute(
            f"UPDATE {self.table} SET {assignments} WHERE id = ? AND deleted = 0",
            [*row.values(), record_id],
        )
        if cursor.rowcount == 0:
            raise NotFoundError(
                translate("store", "Enregistrement introuvable ({table} {record_id}).").format(
                    table=self.table, record_id=record_id
                ),
                "not_found",
            )

    def _tombstone(self, record_id: str) -> None:
        self._update(record_id, {"deleted": 1})

    def _row(self, record_id: str) -> dict[str, Any]:
        row = self.store.query_one(
            f"SELECT * FROM {self.table} WHERE id = ? AND deleted = 0", [record_id]
        )
        if row is None:
            raise NotFoundError(
                translate("store", "Enregistrement introuvable ({table} {record_id}).").format(
                    table=self.table, record_id=record_id
                ),
                "not_found",
            )
        return row

    def count(self) -> int:
        return self.store.conn.execute(
            f"SELECT count(*) FROM {self.table} WHERE deleted = 0"
        ).fetchone()[0]
