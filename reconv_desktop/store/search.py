"""Accent- and case-insensitive search over names, notes and actions (FTS5).

The typed text is folded like the index (see domain.text), split into words, and each word
becomes a prefix query, so results appear while typing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reconv_desktop.domain.text import fold
from reconv_desktop.store.workers import CaseloadRow

if TYPE_CHECKING:
    from reconv_desktop.store.store import Store

MAX_RESULTS = 500
# Notes and actions are searched once every typed word has this many letters: one or two
# letters match most notes and would only bury the names being typed.
MIN_TEXT_PREFIX = 3
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """FTS5 MATCH expression for `text`, or None when it has no searchable word."""
    words = _WORD.findall(fold(text))
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


# CROSS JOIN pins the join order: from the (few) hits to workers by id. Left to itself the
# planner walks every worker in name order and probes the hits, 10x slower at 50,000.
SEARCH_SQL = """
WITH hits(worker_id, rank) AS (
    SELECT w.id, 0 FROM worker w
    WHERE w.seq IN (SELECT rowid FROM worker_fts WHERE worker_fts MATCH :q)
    UNION ALL
    SELECT n.worker_id, 1 FROM note n
    WHERE n.seq IN (SELECT rowid FROM note_fts WHERE note_fts MATCH :q LIMIT :cap)
      AND n.deleted = 0
    UNION ALL
    SELECT a.worker_id, 1 FROM action a
    WHERE a.seq IN (SELECT rowid FROM action_fts WHERE action_fts MATCH :q LIMIT :cap)
      AND a.deleted = 0
)
SELECT w.id, w.family_name, w.given_name, coalesce(c.name, ''), w.status, w.last_contact
FROM (SELECT worker_id, min(rank) AS rank FROM hits GROUP BY worker_id) h
CROSS JOIN worker w ON w.id = h.worker_id AND w.deleted = 0
LEFT JOIN cell c ON c.id = w.cell_id
WHERE (:cell IS NULL OR w.cell_id = :cell) AND (:status IS NULL OR w.status = :status)
ORDER BY h.rank, w.sort_key
LIMIT :limit
"""


def search_workers(
    store: Store,
    text: str,
    *,
    cell_id: str | None = None,
    status: str | None = None,
    limit: int = MAX_RESULTS,
) -> list[CaseloadRow]:
    """Workers whose name, notes or actions match every word of `text`; name matches first."""
    query = fts_query(text)
    if query is None:
        return []
    words = _WORD.findall(fold(text))
    cap = limit * 4 if min(len(w) for w in words) >= MIN_TEXT_PREFIX else 0
    params = {"q": query, "cap": cap, "cell": cell_id, "status": status, "limit": limit}
    return [CaseloadRow(*row) for row in store.conn.execute(SEARCH_SQL, params)]
