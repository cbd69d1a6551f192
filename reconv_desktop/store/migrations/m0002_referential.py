"""Referential schema in the vault: skills, occupations, their links and search indexes.

The SQL is the referential package's own (`referential.schema`); it is run statement by
statement because `executescript` would commit the migration's transaction halfway.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from reconv_desktop.referential.schema import REFERENTIAL_SCHEMA_SQL


def split_statements(script: str) -> list[str]:
    """Whole SQL statements of `script`, trigger bodies included (sqlite's own parser decides)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if current.strip() and sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def upgrade(conn: Any) -> None:
    for statement in split_statements(REFERENTIAL_SCHEMA_SQL):
        conn.execute(statement)
