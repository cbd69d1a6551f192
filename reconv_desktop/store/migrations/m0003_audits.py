"""Skills audits: one row per audit, and its experiences, education, skills, targets and plan.

Every table is synced (id, updated_at, origin, deleted) and carries `worker_id`, so erasure
and subject access find a person's rows without joins. Interests and constraints are small
JSON documents on the audit row: they are always read and written with it.
"""

from __future__ import annotations

from typing import Any

# Copied rather than imported from m0001: a released migration must never change.
SYNC_COLUMNS = """
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""

STATEMENTS = [
    f"""CREATE TABLE skill_audit (
    {SYNC_COLUMNS},
    worker_id TEXT NOT NULL,
    title TEXT NOT NULL,
    started_on TEXT NOT NULL,
    closed_on TEXT,
    is_current INTEGER NOT NULL DEFAULT 0,
    counsellor TEXT NOT NULL DEFAULT '',
    synthesis TEXT NOT NULL DEFAULT '',
    interests TEXT NOT NULL DEFAULT '[]',
    constraints TEXT NOT NULL DEFAULT '{{}}'
)""",
    "CREATE INDEX skill_audit_worker ON skill_audit(worker_id, deleted, is_current)",
    "CREATE INDEX skill_audit_updated ON skill_audit(updated_at)",
    f"""CREATE TABLE audit_experience (
    {SYNC_COLUMNS},
    audit_id TEXT NOT NULL,
    worker_id TEXT NOT NULL,
    employer TEXT NOT NULL,
    role TEXT NOT NULL,
    sector TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    tasks TEXT NOT NULL DEFAULT ''
)""",
    f"""CREATE TABLE audit_education (
    {SYNC_COLUMNS},
    audit_id TEXT NOT NULL,
    worker_id TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'diplome',
    institution TEXT NOT NULL DEFAULT '',
    obtained_on TEXT,
    note TEXT NOT NULL DEFAULT ''
)""",
    f"""CREATE TABLE audit_skill (
    {SYNC_COLUMNS},
    audit_id TEXT NOT NULL,
    worker_id TEXT NOT NULL,
    skill_uri TEXT,
    skill_type TEXT,
    label TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    source TEXT NOT NULL DEFAULT 'declaree',
    evidence TEXT NOT NULL DEFAULT '',
    transferable INTEGER NOT NULL DEFAULT 0
)""",
    f"""CREATE TABLE audit_target (
    {SYNC_COLUMNS},
    audit_id TEXT NOT NULL,
    worker_id TEXT NOT NULL,
    occupation_uri TEXT,
    occupation_label TEXT NOT NULL,
    fit REAL NOT NULL DEFAULT 0,
    matched TEXT NOT NULL DEFAULT '[]',
    missing TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
)""",
    f"""CREATE TABLE audit_plan_step (
    {SYNC_COLUMNS},
    audit_id TEXT NOT NULL,
    worker_id TEXT NOT NULL,
    step TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT 'personne',
    deadline TEXT,
    status TEXT NOT NULL DEFAULT 'a_faire',
    skill_uri TEXT,
    position INTEGER NOT NULL DEFAULT 0
)""",
]
for _table in (
    "audit_experience",
    "audit_education",
    "audit_skill",
    "audit_target",
    "audit_plan_step",
):
    STATEMENTS.append(f"CREATE INDEX {_table}_audit ON {_table}(audit_id, deleted)")
    STATEMENTS.append(f"CREATE INDEX {_table}_updated ON {_table}(updated_at)")
STATEMENTS.append("CREATE INDEX audit_skill_uri ON audit_skill(skill_uri)")


def upgrade(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
