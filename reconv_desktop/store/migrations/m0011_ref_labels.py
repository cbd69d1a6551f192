"""Labels of the referential in its other languages (issue 4: "labels in other languages kept").

Adds `ref_label` (one row per URI and language) and its folded search index; the SQL is the
referential package's own (`referential.schema.LABELS_SCHEMA_SQL`), released as this step.
`IF NOT EXISTS`: harmless on a vault whose tables were created by `apply_referential_schema`.
"""

from __future__ import annotations

from typing import Any

from reconv_desktop.referential.schema import LABELS_SCHEMA_SQL
from reconv_desktop.store.migrations import run_script


def upgrade(conn: Any) -> None:
    run_script(conn, LABELS_SCHEMA_SQL)
