"""Replace the whole referential in one transaction, and read what is currently loaded."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

import sqlite_utils

from reconv_desktop.referential.model import (
    LabelRecord,
    OccupationRecord,
    ReferentialInfo,
    ReferentialSource,
    RelationRecord,
    SkillRecord,
)
from reconv_desktop.referential.schema import apply_referential_schema

# Rows are sent to SQLite in batches: big enough to amortise the Python/C round trips,
# small enough that a progress callback still moves.
BATCH_ROWS = 2000

_INSERT_SKILL = (
    "INSERT INTO ref_skill (uri, label, alt_labels, description, skill_type, reuse_level,"
    " lang, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_OCCUPATION = (
    "INSERT INTO ref_occupation (uri, label, alt_labels, description, code, isco_group,"
    " lang, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
# A URI that is both a skill and an occupation (never in ESCO) keeps its first label.
_INSERT_LABEL = (
    "INSERT INTO ref_label (uri, lang, label, alt_labels) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (uri, lang) DO NOTHING"
)
# A pair listed twice keeps its strongest relation.
_INSERT_RELATION = (
    "INSERT INTO ref_occupation_skill (occupation_uri, skill_uri, relation) VALUES (?, ?, ?)"
    " ON CONFLICT (occupation_uri, skill_uri) DO UPDATE SET relation = 'essential'"
    " WHERE excluded.relation = 'essential'"
)


class ReferentialWriter:
    """Receives the rows of a new referential inside an open transaction."""

    def __init__(self, db: sqlite_utils.Database, source: ReferentialSource, lang: str) -> None:
        self._db = db
        self._source = str(source)
        self._lang = lang
        self.skill_uris: set[str] = set()
        self.occupation_uris: set[str] = set()

    def add_skills(self, skills: Iterable[SkillRecord]) -> None:
        """Insert skills; the caller guarantees URIs are unique."""
        rows = (
            (
                s.uri,
                s.label,
                "\n".join(s.alt_labels),
                s.description,
                s.skill_type,
                s.reuse_level,
                self._lang,
                self._source,
            )
            for s in skills
        )
        for batch in _batches(rows):
            self._db.conn.executemany(_INSERT_SKILL, batch)
            self.skill_uris.update(row[0] for row in batch)

    def add_occupations(self, occupations: Iterable[OccupationRecord]) -> None:
        """Insert occupations; the caller guarantees URIs are unique."""
        rows = (
            (
                o.uri,
                o.label,
                "\n".join(o.alt_labels),
                o.description,
                o.code,
                o.isco_group,
                self._lang,
                self._source,
            )
            for o in occupations
        )
        for batch in _batches(rows):
            self._db.conn.executemany(_INSERT_OCCUPATION, batch)
            self.occupation_uris.update(row[0] for row in batch)

    def add_relations(self, relations: Iterable[RelationRecord]) -> int:
        """Insert links between known occupations and skills; return how many were skipped
        because one end is not in the referential."""
        skipped = 0

        def known() -> Iterator[tuple[str, str, str]]:
            nonlocal skipped
            for r in relations:
                if r.occupation_uri in self.occupation_uris and r.skill_uri in self.skill_uris:
                    yield (r.occupation_uri, r.skill_uri, str(r.relation))
                else:
                    skipped += 1

        for batch in _batches(known()):
            self._db.conn.executemany(_INSERT_RELATION, batch)
        return skipped

    def add_labels(self, lang: str, labels: Iterable[LabelRecord]) -> int:
        """Store labels of another language for skills/occupations already added; return how
        many were stored (labels of URIs absent from the main language are dropped)."""
        stored = 0

        def known() -> Iterator[tuple[str, str, str, str]]:
            nonlocal stored
            for r in labels:
                if r.uri in self.skill_uris or r.uri in self.occupation_uris:
                    stored += 1
                    yield (r.uri, lang, r.label, "\n".join(r.alt_labels))

        for batch in _batches(known()):
            self._db.conn.executemany(_INSERT_LABEL, batch)
        return stored


@contextlib.contextmanager
def referential_replacement(
    db: sqlite_utils.Database,
    source: ReferentialSource,
    lang: str,
    source_detail: str = "",
) -> Iterator[ReferentialWriter]:
    """Open one transaction that empties the referential and lets the caller fill it again.

    Any exception inside the block rolls everything back: the previous referential stays.
    """
    apply_referential_schema(db)
    with db.atomic():
        # The delete triggers keep the FTS indexes in step row by row.
        db.execute("DELETE FROM ref_occupation_skill")
        db.execute("DELETE FROM ref_skill")
        db.execute("DELETE FROM ref_occupation")
        db.execute("DELETE FROM ref_meta")
        db.execute("DELETE FROM ref_label")
        writer = ReferentialWriter(db, source, lang)
        yield writer
        relation_count = db.execute("SELECT count(*) FROM ref_occupation_skill").fetchone()[0]
        db.execute(
            "INSERT INTO ref_meta (id, source, source_detail, lang, imported_at, skill_count,"
            " occupation_count, relation_count) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(source),
                source_detail,
                lang,
                datetime.now(UTC).isoformat(timespec="seconds"),
                len(writer.skill_uris),
                len(writer.occupation_uris),
                relation_count,
            ),
        )


def referential_info(db: sqlite_utils.Database) -> ReferentialInfo | None:
    """Describe the loaded referential, or None when nothing was ever imported."""
    if "ref_meta" not in db.table_names():
        return None
    row = db.execute(
        "SELECT source, source_detail, lang, imported_at, skill_count, occupation_count,"
        " relation_count FROM ref_meta WHERE id = 1"
    ).fetchone()
    return ReferentialInfo(*row) if row else None


def labels_for(db: sqlite_utils.Database, uri: str) -> dict[str, str]:
    """Preferred labels of a skill or occupation by language: the main one and the others kept
    from the import (empty when the URI is unknown)."""
    labels: dict[str, str] = {}
    for table in ("ref_skill", "ref_occupation"):
        row = db.execute(f"SELECT lang, label FROM {table} WHERE uri = ?", [uri]).fetchone()
        if row:
            labels[row[0]] = row[1]
            break
    if not labels:
        return labels
    if "ref_label" in db.table_names():
        for lang, label in db.execute(
            "SELECT lang, label FROM ref_label WHERE uri = ? ORDER BY lang", [uri]
        ):
            labels.setdefault(lang, label)
    return labels


def _batches(rows: Iterable[tuple]) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH_ROWS:
            yield batch
            batch = []
    if batch:
        yield batch
