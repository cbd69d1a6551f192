"""Referential test fixtures: an encrypted database per test and a hand-made referential."""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path

import pytest
import sqlcipher3
import sqlite_utils

from reconv_desktop.referential.model import (
    OccupationRecord,
    ReferentialSource,
    Relation,
    RelationRecord,
    SkillRecord,
)
from reconv_desktop.referential.schema import apply_referential_schema
from reconv_desktop.referential.writer import referential_replacement

ESCO_FIXTURES = Path(__file__).resolve().parents[1] / "data" / "esco"
REAL_ESCO_FR = Path(__file__).resolve().parents[3] / "shared" / "data" / "esco-fr"


def open_database(path: Path) -> sqlite_utils.Database:
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
    db = sqlite_utils.Database(conn)
    apply_referential_schema(db)
    return db


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    database = open_database(tmp_path / "t.db")
    yield database
    database.close()


@pytest.fixture
def esco_fr(tmp_path: Path) -> Path:
    """A writable copy of the one-language ESCO fixture."""
    return Path(shutil.copytree(ESCO_FIXTURES / "fr", tmp_path / "esco-fr"))


def skill_uri(slug: str) -> str:
    return f"urn:test:skill:{slug}"


def occupation_uri(slug: str) -> str:
    return f"urn:test:occupation:{slug}"


def load_referential(
    db: sqlite_utils.Database,
    skills: dict[str, str],
    occupations: dict[str, tuple[str, list[str], list[str]]],
) -> None:
    """Write a small referential: skills {slug: label}, occupations {slug: (label, essential
    slugs, optional slugs)}."""
    with referential_replacement(db, ReferentialSource.STARTER, "fr") as writer:
        writer.add_skills(SkillRecord(skill_uri(s), label) for s, label in skills.items())
        writer.add_occupations(
            OccupationRecord(occupation_uri(o), label) for o, (label, _, _) in occupations.items()
        )
        writer.add_relations(
            RelationRecord(occupation_uri(o), skill_uri(s), relation)
            for o, (_, essential, optional) in occupations.items()
            for relation, slugs in ((Relation.ESSENTIAL, essential), (Relation.OPTIONAL, optional))
            for s in slugs
        )
