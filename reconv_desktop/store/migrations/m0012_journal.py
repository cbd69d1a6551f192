"""The access journal gets its own word: table `audit_log` becomes `journal`.

"Audit" now means only the skills audit (bilan de compétences). The append-only triggers
are recreated under the new name; the lines themselves are kept as they are.
"""

from __future__ import annotations

from typing import Any

STATEMENTS = (
    "DROP TRIGGER IF EXISTS audit_log_no_update",
    "DROP TRIGGER IF EXISTS audit_log_no_delete",
    "DROP INDEX IF EXISTS audit_log_target",
    "DROP INDEX IF EXISTS audit_log_action",
    "ALTER TABLE audit_log RENAME TO journal",
    "CREATE INDEX journal_target ON journal(target_id)",
    "CREATE INDEX journal_action ON journal(action, at)",
    """CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN
        SELECT RAISE(ABORT, 'journal is append-only');
    END""",
    """CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN
        SELECT RAISE(ABORT, 'journal is append-only');
    END""",
)


def upgrade(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
