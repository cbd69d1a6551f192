"""The worker repository: the caseload's people, their identity, contact and status."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from reconv_desktop.domain.enums import ConsentScope, WorkerStatus
from reconv_desktop.domain.models import Worker
from reconv_desktop.domain.text import name_sort_key
from reconv_desktop.domain.workers import clean_worker_fields
from reconv_desktop.store.records import SyncedRepository, as_date


@dataclass(frozen=True, slots=True)
class CaseloadRow:
    """One line of the caseload list: only what the list shows."""

    id: str
    family_name: str
    given_name: str
    cell_name: str
    status: str
    last_contact: str | None


LIST_SQL = """
SELECT w.id, w.family_name, w.given_name, coalesce(c.name, ''), w.status, w.last_contact
FROM worker w LEFT JOIN cell c ON c.id = w.cell_id
WHERE w.deleted = 0 {filters}
ORDER BY w.sort_key
"""


def worker_from_row(row: Mapping[str, Any]) -> Worker:
    return Worker(
        id=row["id"],
        family_name=row["family_name"],
        given_name=row["given_name"],
        cell_id=row["cell_id"],
        status=WorkerStatus(row["status"]),
        birth_date=as_date(row["birth_date"]),
        national_number=row["national_number"],
        email=row["email"],
        phone=row["phone"],
        address=row["address"],
        postal_code=row["postal_code"],
        city=row["city"],
        consent_date=as_date(row["consent_date"]),
        consent_scope=ConsentScope(row["consent_scope"]),
        consent_by=row["consent_by"],
        enrolled_on=as_date(row["enrolled_on"]),
        last_contact=as_date(row["last_contact"]),
        updated_at=row["updated_at"],
    )


class WorkerRepository(SyncedRepository):
    table = "worker"

    def add(self, **fields: Any) -> Worker:
        """Validate and insert a worker; the default checklist is attached to them."""
        cleaned = clean_worker_fields(fields)
        cleaned.setdefault("enrolled_on", date.today())
        cleaned["sort_key"] = name_sort_key(cleaned["family_name"], cleaned["given_name"])
        with self.store.transaction():
            worker_id = self._insert(cleaned)
            self.store.admin_steps.attach_defaults(worker_id, cleaned["enrolled_on"])
        return self.get(worker_id)

    def update(self, worker_id: str, **changes: Any) -> Worker:
        """Validate and apply an edit of some fields."""
        cleaned = clean_worker_fields(changes, partial=True)
        with self.store.transaction():
            current = self.get(worker_id)
            if "family_name" in cleaned or "given_name" in cleaned:
                cleaned["sort_key"] = name_sort_key(
                    cleaned.get("family_name", current.family_name),
                    cleaned.get("given_name", current.given_name),
                )
            self._update(worker_id, cleaned)
        return self.get(worker_id)

    def touch_contact(self, worker_id: str, day: date) -> None:
        """Record a contact (visit, appointment held) so 'no contact for 30 days' stays true."""
        self._update(worker_id, {"last_contact": day})

    def get(self, worker_id: str) -> Worker:
        return worker_from_row(self._row(worker_id))

    def remove(self, worker_id: str) -> None:
        with self.store.transaction():
            self._tombstone(worker_id)

    def caseload(self, cell_id: str | None = None, status: str | None = None) -> list[CaseloadRow]:
        """Rows of the caseload list, in name order (locale-aware sort key)."""
        filters, params = [], []
        if cell_id:
            filters.append("AND w.cell_id = ?")
            params.append(cell_id)
        if status:
            filters.append("AND w.status = ?")
            params.append(status)
        sql = LIST_SQL.format(filters=" ".join(filters))
        return [CaseloadRow(*r) for r in self.store.conn.execute(sql, params)]
