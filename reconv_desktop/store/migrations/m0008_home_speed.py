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
# The synced tables at this version (store.tables.SYNCED_TABLES), named here so the step
# never changes; coordination's received_row is left out, its bulk inserts stay lean.
COUNTED_TABLES = (
    "action",
    "admin_step",
    "admin_step_template",
    "appointment",
    "audit_education",
    "audit_experience",
    "audit_plan_step",
    "audit_skill",
    "audit_target",
    "cell",
    "cv_draft",
    "cv_draft_version",
    "note",
    "outcome",
    "skill_audit",
    "worker",
)
OPEN_ACTIONS_INDEX = (
    "CREATE INDEX IF NOT EXISTS action_open_due ON action (due_date) "
    "WHERE deleted = 0 AND status IN ('prevue', 'en_cours')"
)


def upgrade(conn: Any) -> None:
    conn.execute(CONTACT_INDEX)
    conn.execute(OPEN_ACTIONS_INDEX)
    for table in COUNTED_TABLES:
        conn.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_origin_updated ON {table} (origin, updated_at)"
        )
