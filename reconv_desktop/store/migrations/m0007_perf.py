"""Speed: a covering index for the caseload list.

The list reads every worker in name order. Through `worker_sort` each row was a random
lookup into the (encrypted) worker table: at 50,000 workers that is most of the time. With
the listed columns in the index, the list is one ordered scan of the index alone.
"""

from __future__ import annotations

from typing import Any


def upgrade(conn: Any) -> None:
    conn.execute(
        "CREATE INDEX IF NOT EXISTS worker_list ON worker "
        "(deleted, sort_key, id, family_name, given_name, cell_id, status, last_contact)"
    )
