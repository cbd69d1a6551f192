"""Speed: indexes for the home view and the unsent-changes count.

At 50,000 workers the home view scanned every worker (no contact for 30 days) and sorted
every open action (overdue deadlines), and the status bar counted every row written here:
together several seconds on the reader thread before the caseload list could load. These
indexes let each query walk an ordered range and stop early.
"""

from __future__ import annotations

from typing import Any

CONTACT_INDEX = (
    "CREATE INDEX IF NOT EXISTS worker_no_contact ON worker "
    "(coalesce(last_contact, enrolled_on, '0000'), status) WHERE deleted = 0"
)
OPEN_ACTIONS_INDEX = (
    "CREATE INDEX IF NOT EXISTS action_open_due ON action (due_date) "
    "WHERE deleted = 0 AND status IN ('prevue', 'en_cours')"
)


def upgrade(conn: Any) -> None:
    conn.execute(CONTACT_INDEX)
    conn.execute(OPEN_ACTIONS_INDEX)
    # Every synced table at this version (they all carry origin and updated_at).
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS "
            "(SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'origin') AND EXISTS "
            "(SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'updated_at')"
        )
    ]
    for table in tables:
        conn.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_origin_updated ON {table} (origin, updated_at)"
        )
