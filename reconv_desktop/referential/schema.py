"""Tables of the skills/occupations referential, applied by the store's forward-only migrations."""

from __future__ import annotations

import sqlite_utils

from reconv_desktop.domain.text import fold_sql

# The referential has one main language (the one the counsellor works in, in ref_skill and
# ref_occupation); labels of the other languages of the same ESCO download live in ref_label
# (LABELS_SCHEMA_SQL, added by migration m0011).
# The FTS tables are external-content indexes kept in step by triggers, so any writer of
# ref_skill / ref_occupation (importer, starter, a future sync of reference data) keeps search
# right. `remove_diacritics 2` makes "electricien" find "électricien"; prefix indexes keep
# as-you-type queries fast on the full ESCO set.
REFERENTIAL_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS ref_skill (
    uri TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    alt_labels TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    skill_type TEXT,
    reuse_level TEXT,
    lang TEXT NOT NULL,
    source TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS ref_occupation (
    uri TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    alt_labels TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    code TEXT,
    isco_group TEXT,
    lang TEXT NOT NULL,
    source TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS ref_occupation_skill (
    occupation_uri TEXT NOT NULL,
    skill_uri TEXT NOT NULL,
    relation TEXT NOT NULL CHECK (relation IN ('essential', 'optional')),
    PRIMARY KEY (occupation_uri, skill_uri)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS ref_occupation_skill_by_skill
    ON ref_occupation_skill (skill_uri, occupation_uri, relation);

CREATE TABLE IF NOT EXISTS ref_meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    source TEXT NOT NULL,
    source_detail TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    skill_count INTEGER NOT NULL,
    occupation_count INTEGER NOT NULL,
    relation_count INTEGER NOT NULL
);

CREATE VIRTUAL TABLE IF NOT EXISTS ref_skill_fts USING fts5(
    label, alt_labels,
    content='ref_skill', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);

CREATE VIRTUAL TABLE IF NOT EXISTS ref_occupation_fts USING fts5(
    label, alt_labels,
    content='ref_occupation', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);

"""

_TRIGGERS_TEMPLATE = """
CREATE TRIGGER IF NOT EXISTS ref_skill_fts_insert AFTER INSERT ON ref_skill BEGIN
    INSERT INTO ref_skill_fts (rowid, label, alt_labels)
        VALUES (new.rowid, {new_label}, {new_alt});
END;
CREATE TRIGGER IF NOT EXISTS ref_skill_fts_delete AFTER DELETE ON ref_skill BEGIN
    INSERT INTO ref_skill_fts (ref_skill_fts, rowid, label, alt_labels)
        VALUES ('delete', old.rowid, {old_label}, {old_alt});
END;
CREATE TRIGGER IF NOT EXISTS ref_skill_fts_update AFTER UPDATE ON ref_skill BEGIN
    INSERT INTO ref_skill_fts (ref_skill_fts, rowid, label, alt_labels)
        VALUES ('delete', old.rowid, {old_label}, {old_alt});
    INSERT INTO ref_skill_fts (rowid, label, alt_labels)
        VALUES (new.rowid, {new_label}, {new_alt});
END;

CREATE TRIGGER IF NOT EXISTS ref_occupation_fts_insert AFTER INSERT ON ref_occupation BEGIN
    INSERT INTO ref_occupation_fts (rowid, label, alt_labels)
        VALUES (new.rowid, {new_label}, {new_alt});
END;
CREATE TRIGGER IF NOT EXISTS ref_occupation_fts_delete AFTER DELETE ON ref_occupation BEGIN
    INSERT INTO ref_occupation_fts (ref_occupation_fts, rowid, label, alt_labels)
        VALUES ('delete', old.rowid, {old_label}, {old_alt});
END;
CREATE TRIGGER IF NOT EXISTS ref_occupation_fts_update AFTER UPDATE ON ref_occupation BEGIN
    INSERT INTO ref_occupation_fts (ref_occupation_fts, rowid, label, alt_labels)
        VALUES ('delete', old.rowid, {old_label}, {old_alt});
    INSERT INTO ref_occupation_fts (rowid, label, alt_labels)
        VALUES (new.rowid, {new_label}, {new_alt});
END;
"""

# Letters that Unicode does not decompose (œ, ł, ß...) are folded in SQL before indexing, as the
# rest of the app does (domain.text), so "coeur" finds "cœur"; queries are folded the same way.
# Trap: the index therefore holds folded text, not the content table's text, so never run the
# FTS 'rebuild' command on these tables (it would index unfolded text and break 'delete').
REFERENTIAL_SCHEMA_SQL += _TRIGGERS_TEMPLATE.format(
    new_label=fold_sql("new.label"),
    new_alt=fold_sql("new.alt_labels"),
    old_label=fold_sql("old.label"),
    old_alt=fold_sql("old.alt_labels"),
)


# Labels in the other languages of an ESCO download, for URIs of ref_skill / ref_occupation.
# Same folded external-content FTS as above (same 'rebuild' trap), searched only on request.
LABELS_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS ref_label (
    uri TEXT,
    lang TEXT,
    label TEXT,
    alt_labels TEXT,
    PRIMARY KEY (uri, lang)
);

CREATE VIRTUAL TABLE IF NOT EXISTS ref_label_fts USING fts5(
    label, alt_labels,
    content='ref_label', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
""" + """
CREATE TRIGGER IF NOT EXISTS ref_label_fts_insert AFTER INSERT ON ref_label BEGIN
    INSERT INTO ref_label_fts (rowid, label, alt_labels)
        VALUES (new.rowid, {new_label}, {new_alt});
END;
CREATE TRIGGER IF NOT EXISTS ref_label_fts_delete AFTER DELETE ON ref_label BEGIN
    INSERT INTO ref_label_fts (ref_label_fts, rowid, label, alt_labels)
        VALUES ('delete', old.rowid, {old_label}, {old_alt});
END;
CREATE TRIGGER IF NOT EXISTS ref_label_fts_update AFTER UPDATE ON ref_label BEGIN
    INSERT INTO ref_label_fts (ref_label_fts, rowid, label, alt_labels)
        VALUES ('delete', old.rowid, {old_label}, {old_alt});
    INSERT INTO ref_label_fts (rowid, label, alt_labels)
        VALUES (new.rowid, {new_label}, {new_alt});
END;
""".format(
    new_label=fold_sql("coalesce(new.label, '')"),
    new_alt=fold_sql("coalesce(new.alt_labels, '')"),
    old_label=fold_sql("coalesce(old.label, '')"),
    old_alt=fold_sql("coalesce(old.alt_labels, '')"),
)


def apply_referential_schema(db: sqlite_utils.Database) -> None:
    """Create the referential tables, indexes and search triggers if they are missing."""
    db.executescript(REFERENTIAL_SCHEMA_SQL)
    db.executescript(LABELS_SCHEMA_SQL)
