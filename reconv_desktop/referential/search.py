"""As-you-type search of skills and occupations by label and alternative labels."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlite_utils

from reconv_desktop.domain.text import fold

# Same token boundaries as FTS5's unicode61 tokenizer: letters and digits, everything else
# separates (apostrophes, hyphens, slashes in "soudeur/soudeuse").
_TOKEN = re.compile(r"[^\W_]+")
MAX_QUERY_TOKENS = 12


@dataclass(frozen=True, slots=True)
class SkillHit:
    """A skill found by search; `matched_alt_label` says which alternative label matched when
    the preferred label did not."""

    uri: str
    label: str
    matched_alt_label: str | None
    skill_type: str | None
    reuse_level: str | None


@dataclass(frozen=True, slots=True)
class OccupationHit:
    """An occupation found by search, same conventions as SkillHit."""

    uri: str
    label: str
    matched_alt_label: str | None
    isco_group: str | None
    code: str | None


def search_skills(db: sqlite_utils.Database, text: str, limit: int = 20) -> list[SkillHit]:
    """Skills whose label or an alternative label holds every word typed (the last one as a
    prefix), accents and case ignored; preferred-label matches first, then by relevance."""
    rows = _search(db, "ref_skill", "skill_type, reuse_level", text, limit)
    return [SkillHit(uri, label, alt, a, b) for uri, label, alt, a, b in rows]


def search_occupations(
    db: sqlite_utils.Database, text: str, limit: int = 20
) -> list[OccupationHit]:
    """Occupations by label or alternative label, with the same rules as `search_skills`."""
    rows = _search(db, "ref_occupation", "isco_group, code", text, limit)
    return [OccupationHit(uri, label, alt, a, b) for uri, label, alt, a, b in rows]


def query_tokens(text: str) -> list[str]:
    """The folded words of a search text, as the index sees them."""
    return _TOKEN.findall(fold(text))[:MAX_QUERY_TOKENS]


def _match_expression(tokens: list[str], column: str) -> str:
    # Every token is quoted, so nothing typed is read as FTS5 syntax (AND, NEAR, "*"...).
    terms = [f'"{t}"' for t in tokens[:-1]] + [f'"{tokens[-1]}"*']
    return f"{{{column}}} : ({' '.join(terms)})"


def _search(
    db: sqlite_utils.Database, table: str, extra: str, text: str, limit: int
) -> list[tuple]:
    tokens = query_tokens(text)
    if not tokens or limit <= 0:
        return []
    # Two passes make "preferred label beats alternative label" strict rather than a bm25
    # weight that a long label could outweigh.
    sql = (
        f"SELECT t.uri, t.label, t.alt_labels, {extra} FROM {table}_fts f"
        f" JOIN {table} t ON t.rowid = f.rowid"
        f" WHERE {table}_fts MATCH ? ORDER BY f.rank, length(t.label), t.label, t.uri LIMIT ?"
    )
    results: list[tuple] = []
    seen: set[str] = set()
    for row in db.execute(sql, (_match_expression(tokens, "label"), limit)).fetchall():
        seen.add(row[0])
        results.append((row[0], row[1], None, *row[3:]))
    if len(results) < limit:
        # Over-fetch so that rows already found by label can be dropped.
        wanted = limit - len(results) + len(seen)
        for row in db.execute(sql, (_match_expression(tokens, "alt_labels"), wanted)):
            if row[0] in seen:
                continue
            results.append((row[0], row[1], _matched_alt_label(row[2], tokens), *row[3:]))
            if len(results) >= limit:
                break
    return results


def _matched_alt_label(alt_labels: str, tokens: list[str]) -> str | None:
    """The first alternative label holding every token (the last as a prefix)."""
    *whole, prefix = tokens
    best = None
    for label in alt_labels.split("\n"):
        words = _TOKEN.findall(fold(label))
        if all(t in words for t in whole) and any(w.startswith(prefix) for w in words):
            return label
        if best is None and label:
            best = label
    # Tokens spread over several alternative labels: show the first one rather than nothing.
    return best
