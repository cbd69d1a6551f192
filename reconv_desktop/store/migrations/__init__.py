"""Forward-only schema migrations, one module per step, tracked by `PRAGMA user_version`.

A step is a module `mNNNN_<what>.py` in this package with `def upgrade(conn) -> None`;
its number is its version. Numbers may leave gaps (features land in any order) but never
change once released. Each step runs in its own transaction together with the version bump,
so a crash mid-migration leaves the previous version intact.
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


def pending_migrations(conn: Any) -> list[Migration]:
    current = schema_version(conn)
    if current > latest_version():
        raise VaultError(
            "Ce coffre a été enregistré par une version plus récente de Reconv Desktop "
            f"(schéma {current}) : mettez l'application à jour.",
            "schema_newer",
        )
    return [m for m in all_migrations() if m.version > current]


def migrate(conn: Any, before_step: Callable[[Migration], None] | None = None) -> list[Migration]:
    """Apply pending migrations; `conn` must be in autocommit mode (isolation_level None)."""
    applied = []
    for migration in pending_migrations(conn):
        if before_step:
            before_step(migration)
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration.upgrade(conn)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(migration)
    return applied
