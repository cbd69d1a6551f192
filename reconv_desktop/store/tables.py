"""What each synced table is, for export scopes, merge and erasure.

Every synced table has `id`, `updated_at`, `origin`, `deleted`. `identity_columns` are
removed by the pseudonymous scope; `worker_column` links a row to the person it is about
(for erasure and subject access); `reduce` maps a column to a coarser value in the
pseudonymous scope (birth date -> year).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SyncedTable:
    name: str
    worker_column: str | None = None
    identity_columns: frozenset[str] = frozenset()
    free_text_columns: frozenset[str] = frozenset()
    reduce: dict[str, str] = field(default_factory=dict)
    # "counsellor": written by counsellors; "reference": sent by coordination.
    owner: str = "counsellor"


SYNCED_TABLES: dict[str, SyncedTable] = {}


def register(table: SyncedTable) -> SyncedTable:
    SYNCED_TABLES[table.name] = table
    return table


register(SyncedTable("cell", owner="reference"))
register(
    SyncedTable(
        "worker",
        worker_column="id",
        identity_columns=frozenset(
            {
                "family_name",
                "given_name",
                "national_number",
                "email",
                "phone",
                "address",
                "consent_by",
            }
        ),
        reduce={"birth_date": "year", "postal_code": "keep"},
    )
)
register(
    SyncedTable(
        "appointment", worker_column="worker_id", free_text_columns=frozenset({"reason", "place"})
    )
)
register(SyncedTable("note", worker_column="worker_id", free_text_columns=frozenset({"body"})))
register(SyncedTable("admin_step_template", owner="reference"))
register(
    SyncedTable("admin_step", worker_column="worker_id", free_text_columns=frozenset({"comment"}))
)
register(SyncedTable("action", worker_column="worker_id", free_text_columns=frozenset({"result"})))
register(
    SyncedTable(
        "outcome", worker_column="worker_id", free_text_columns=frozenset({"comment", "employer"})
    )
)
