"""Workers' rights and accountability: the append-only audit log kept inside the vault.

Triggers refuse any UPDATE or DELETE on `audit_log`, so no code path of the app (nor a
careless SQL edit) can rewrite history; only new lines can be added.
"""

from __future__ import annotations

from typing import Any

STATEMENTS = (
    """CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL DEFAULT '',
        device_id TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,
        target_kind TEXT NOT NULL DEFAULT '',
        target_id TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX audit_log_target ON audit_log(target_id)",
    "CREATE INDEX audit_log_action ON audit_log(action, at)",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
    END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
    END""",
)


def upgrade(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
