"""Forward-only schema migrations, one module per step, each step recorded when applied.

A step is a module `mNNNN_<what>.py` in this package with `def upgrade(conn) -> None`;
its number is its version. Numbers may leave gaps and features may land in any order: the
table `schema_migration` records every step applied, so a step numbered below one already
applied (merged later) still runs. `PRAGMA user_version` keeps the highest applied number,
which tells an older build that the file is newer than it. Each step runs in its own
transaction together with its record, so a crash mid-migration leaves the previous state.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reconv_desktop.errors import VaultError
from reconv_desktop.i18n import translate

_MODULE_NAME = re.compile(r"^m(\d{4})_\w+$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    upgrade: Callable[[Any], None]


def split_statements(script: str) -> list[str]:
    """Whole SQL statements of `script`, trigger bodies included (SQLite's parser decides)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if current.strip() and sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def run_script(conn: Any, script: str) -> None:
    """Run a multi-statement script inside the caller's transaction.

    `executescript` would COMMIT first, breaking the one-transaction-per-step rule.
    """
    for statement in split_statements(script):
        conn.execute(statement)


def all_migrations() -> list[Migration]:
    """Every migration shipped with this build, in version order."""
    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        match = _MODULE_NAME.match(info.name)
        if not match:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(int(match.group(1)), info.name, module.upgrade))
    found.sort(key=lambda m: m.version)
    return found


def latest_version() -> int:
    migrations = all_migrations()
    return migrations[-1].version if migrations else 0


def schema_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _has_step_table(conn: Any) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'"
    ).fetchone()
    return row is not None


def applied_versions(conn: Any) -> set[int]:
    """Steps applied to this file; a file older than the step table counts every step up to
    its `user_version` (migrations then ran strictly in order)."""
    current = schema_version(conn)
    if not _has_step_table(conn):
        return {m.version for m in all_migrations() if m.version <= current}
    recorded = {int(r[0]) for r in conn.execute("SELECT version FROM schema_migration")}
    # `user_version` is the high-water mark: a file set back by hand re-runs what is above it.
    return {v for v in recorded if v <= current}


def pending_migrations(conn: Any) -> list[Migration]:
    known = all_migrations()
    current = schema_version(conn)
    latest = known[-1].version if known else 0
    applied = applied_versions(conn)
    if current > latest or applied - {m.version for m in known}:
        raise VaultError(
            translate(
                "store",
                "Ce coffre a été enregistré par une version plus récente de Reconv "
                "Desktop (schéma {current}) : mettez l'application à jour.",
            ).format(current=current),
            "schema_newer",
        )
    return [m for m in known if m.version not in applied]


def _record_step(conn: Any, migration: Migration) -> None:
    if not _has_step_table(conn):
        conn.execute(
            "CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL)"
        )
        # Steps applied before the table existed ran in order up to user_version.
        conn.executemany(
            "INSERT INTO schema_migration(version, name) VALUES (?, ?)",
            [(m.version, m.name) for m in all_migrations() if m.version <= schema_version(conn)],
        )
    conn.execute(
        "INSERT OR REPLACE INTO schema_migration(version, name) VALUES (?, ?)",
        [migration.version, migration.name],
    )
    conn.execute(f"PRAGMA user_version = {max(schema_version(conn), int(migration.version))}")


def migrate(conn: Any, before_step: Callable[[Migration], None] | None = None) -> list[Migration]:
    """Apply pending migrations; `conn` must be in autocommit mode (isolation_level None)."""
    applied = []
    for migration in pending_migrations(conn):
        if before_step:
            before_step(migration)
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration.upgrade(conn)
            _record_step(conn, migration)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(migration)
    return applied
