"""As-you-type search of skills and occupations by label and alternative labels."""

from __future__ import annotations

import re
from collections.abc import Iterable
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
    the preferred label did not (or which label of another language, then named in
    `matched_lang`)."""

    uri: str
    label: str
    matched_alt_label: str | None
    skill_type: str | None
    reuse_level: str | None
    matched_lang: str | None = None


@dataclass(frozen=True, slots=True)
class OccupationHit:
    """An occupation found by search, same conventions as SkillHit."""

    uri: str
    label: str
    matched_alt_label: str | None
    isco_group: str | None
    code: str | None
    matched_lang: str | None = None


def search_skills(
    db: sqlite_utils.Database,
    text: str,
    limit: int = 20,
    langs: Iterable[str] | None = None,
) -> list[SkillHit]:
    """Skills whose label or an alternative label holds every word typed (the last one as a
    prefix), accents and case ignored; preferred-label matches first, then by relevance.

    `langs` (e.g. ("nl",)) searches the labels kept in those languages instead of the main
    one (list the main one too to search both); None searches the main language only.
    """
    rows = _search_langs(db, "ref_skill", "skill_type, reuse_level", text, limit, langs)
    return [SkillHit(*row) for row in rows]


def search_occupations(
    db: sqlite_utils.Database,
    text: str,
    limit: int = 20,
    langs: Iterable[str] | None = None,
) -> list[OccupationHit]:
    """Occupations by label or alternative label, with the same rules as `search_skills`."""
    rows = _search_langs(db, "ref_occupation", "isco_group, code", text, limit, langs)
    return [OccupationHit(*row) for row in rows]


def query_tokens(text: str) -> list[str]:
    """The folded words of a search text, as the index sees them."""
    return _TOKEN.findall(fold(text))[:MAX_QUERY_TOKENS]


def _match_expression(tokens: list[str], column: str) -> str:
    # Every token is quoted, so nothing typed is read as FTS5 syntax (AND, NEAR, "*"...).
    terms = [f'"{t}"' for t in tokens[:-1]] + [f'"{tokens[-1]}"*']
    return f"{{{column}}} : ({' '.join(terms)})"


def _search_langs(
    db: sqlite_utils.Database,
    table: str,
    extra: str,
    text: str,
    limit: int,
    langs: Iterable[str] | None,
) -> list[tuple]:
    """Rows (uri, label, matched, *extra, matched_lang), languages in the order asked."""
    if langs is None:
        return [(*row, None) for row in _search(db, table, extra, text, limit)]
    wanted = [lang.strip().lower() for lang in langs if lang.strip()]
    main = db.execute("SELECT lang FROM ref_meta WHERE id = 1").fetchone()
    results: list[tuple] = []
    seen: set[str] = set()
    for lang in dict.fromkeys(wanted):
        if len(results) >= limit:
            break
        if main is not None and lang == main[0]:
            rows = [(*row, None) for row in _search(db, table, extra, text, limit + len(seen))]
        else:
            rows = _search_other(db, table, extra, text, limit + len(seen), lang)
        for row in rows:
            if row[0] not in seen and len(results) < limit:
                seen.add(row[0])
                results.append(row)
    return results


def _search_other(
    db: sqlite_utils.Database, table: str, extra: str, text: str, limit: int, lang: str
) -> list[tuple]:
    # Same two passes as `_search`, on the labels kept in `lang`; the hit shows the main
    # language's label and, as the matched label, the one typed in `lang`.
    tokens = query_tokens(text)
    if not tokens or limit <= 0 or "ref_label" not in db.table_names():
        return []
    sql = (
        f"SELECT t.uri, t.label, l.label, l.alt_labels, {extra} FROM ref_label_fts f"
        " JOIN ref_label l ON l.rowid = f.rowid"
        f" JOIN {table} t ON t.uri = l.uri"
        " WHERE ref_label_fts MATCH ? AND l.lang = ?"
        " ORDER BY f.rank, length(l.label), l.label, t.uri LIMIT ?"
    )
    results: list[tuple] = []
    seen: set[str] = set()
    for row in db.execute(sql, (_match_expression(tokens, "label"), lang, limit)).fetchall():
        seen.add(row[0])
        results.append((row[0], row[1], row[2], *row[4:], lang))
    if len(results) < limit:
        wanted = limit - len(results) + len(seen)
        for row in db.execute(sql, (_match_expression(tokens, "alt_labels"), lang, wanted)):
            if row[0] in seen:
                continue
            alt = _matched_alt_label(row[3], tokens)
            results.append((row[0], row[1], alt, *row[4:], lang))
            if len(results) >= limit:
                break
    return results


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
