"""The shipped starter referential: big enough to be useful, consistent, loadable."""

from __future__ import annotations

import json

import pytest

from reconv_desktop.referential.model import ReferentialImportError, ReuseLevel, SkillType
from reconv_desktop.referential.schema import apply_referential_schema
from reconv_desktop.referential.starter import load_referential_json, load_starter, starter_path
from reconv_desktop.referential.writer import referential_info


def test_starter_loads_enough_occupations_each_with_skills(db):
    report = load_starter(db)

    assert report.occupations >= 45 and 150 <= report.skills <= 250
    counts = db.execute(
        "SELECT o.label, count(os.skill_uri) FROM ref_occupation o"
        " LEFT JOIN ref_occupation_skill os ON os.occupation_uri = o.uri GROUP BY o.uri"
    ).fetchall()
    assert len(counts) == report.occupations
    assert min(n for _, n in counts) >= 6
    assert max(n for _, n in counts) <= 12
    assert referential_info(db).source == "starter"


def test_starter_covers_industry_and_hiring_sectors(db):
    load_starter(db)
    labels = {row[0] for row in db.execute("SELECT label FROM ref_occupation")}

    for expected in (
        "cariste",
        "soudeur/soudeuse",
        "aide-soignant/aide-soignante",
        "aide à domicile",
        "installateur/installatrice de pompes à chaleur",
        "technicien/technicienne support informatique",
        "aide-comptable",
    ):
        assert expected in labels


def test_every_skill_is_used_and_typed(db):
    load_starter(db)

    unused = db.execute(
        "SELECT label FROM ref_skill WHERE uri NOT IN (SELECT skill_uri FROM ref_occupation_skill)"
    ).fetchall()
    assert unused == []
    types = {row[0] for row in db.execute("SELECT DISTINCT skill_type FROM ref_skill")}
    levels = {row[0] for row in db.execute("SELECT DISTINCT reuse_level FROM ref_skill")}
    assert types == {t.value for t in SkillType}
    assert levels == {r.value for r in ReuseLevel}
    transversal = db.execute(
        "SELECT count(*) FROM ref_skill WHERE reuse_level = 'transversal'"
    ).fetchone()[0]
    assert transversal >= 15


def test_every_occupation_has_an_essential_skill_and_a_description(db):
    load_starter(db)

    without = db.execute(
        "SELECT label FROM ref_occupation o WHERE description = '' OR NOT EXISTS ("
        " SELECT 1 FROM ref_occupation_skill WHERE occupation_uri = o.uri"
        " AND relation = 'essential')"
    ).fetchall()
    assert without == []


def test_uris_follow_the_reconv_scheme():
    doc = json.loads(starter_path().read_text(encoding="utf-8"))

    assert all(s["uri"].startswith("urn:reconv:skill:") for s in doc["skills"])
    assert all(o["uri"].startswith("urn:reconv:occupation:") for o in doc["occupations"])


def test_loading_twice_gives_the_same_referential(db):
    first = load_starter(db)
    apply_referential_schema(db)  # the schema can be applied again safely
    second = load_starter(db)

    assert (first.skills, first.occupations, first.relations) == (
        second.skills,
        second.occupations,
        second.relations,
    )


def test_broken_referential_json_keeps_the_previous_one(db, tmp_path):
    load_starter(db)
    doc = json.loads(starter_path().read_text(encoding="utf-8"))
    doc["occupations"][0]["essential"].append("urn:reconv:skill:does-not-exist")
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(doc), encoding="utf-8")

    with pytest.raises(ReferentialImportError) as error:
        load_referential_json(db, broken)

    assert "1 lien(s)" in str(error.value)
    assert referential_info(db).occupations == len(doc["occupations"])


def test_newer_format_asks_to_update_the_app(db, tmp_path):
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "reconv-referential", "format_version": 2}), "utf-8")

    with pytest.raises(ReferentialImportError) as error:
        load_referential_json(db, newer)

    assert "mettez l'application à jour" in str(error.value)
