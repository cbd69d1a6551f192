"""Referential schema in the vault: skills, occupations, their links and search indexes.

The SQL is the referential package's own (`referential.schema`), released as this step:
later changes to it go through a new migration, never by editing that constant.
"""

from __future__ import annotations

from typing import Any

from reconv_desktop.referential.schema import REFERENTIAL_SCHEMA_SQL
from reconv_desktop.store.migrations import run_script


def upgrade(conn: Any) -> None:
    run_script(conn, REFERENTIAL_SCHEMA_SQL)
