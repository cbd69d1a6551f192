"""Occupation ranking on a hand-made referential where the right order is known."""

from __future__ import annotations

import pytest

from reconv_desktop.referential.matching import HeldSkill, SkillRef, rank_occupations
from reconv_desktop.referential.starter import load_starter

from .conftest import load_referential, occupation_uri, skill_uri

SKILLS = {
    "weld": "souder",
    "plan": "lire un plan",
    "team": "travailler en équipe",
    "forklift": "conduire un chariot",
    "stock": "gérer les stocks",
    "care": "soins d'hygiène",
    "measure": "mesurer",
}
OCCUPATIONS = {
    # slug: (label, essential, optional)
    "welder": ("soudeur", ["weld", "plan"], ["team", "measure"]),
    "boilermaker": ("chaudronnier", ["weld", "plan", "measure"], []),
    "forklift": ("cariste", ["forklift", "stock"], ["team"]),
    "carer": ("aide-soignant", ["care", "team"], []),
    "storekeeper": ("magasinier", ["stock"], ["forklift"]),
}


@pytest.fixture
def ref_db(db):
    load_referential(db, SKILLS, OCCUPATIONS)
    return db


def _ranking(fits):
    return [(f.label, round(f.score, 3)) for f in fits]


def test_welder_profile_ranks_welding_jobs_first(ref_db):
    fits = rank_occupations([skill_uri("weld"), skill_uri("plan"), skill_uri("team")], ref_db)

    # soudeur: (2+2+1)/(2+2+1+1); chaudronnier: (2+2)/6; cariste: 1/5; aide-soignant: 2/4.
    assert _ranking(fits) == [
        ("soudeur", 0.833),
        ("chaudronnier", 0.667),
        ("aide-soignant", 0.5),
        ("cariste", 0.2),
    ]


def test_fit_explains_matched_and_missing_skills(ref_db):
    fits = rank_occupations([skill_uri("weld"), skill_uri("team")], ref_db)
    fit = next(f for f in fits if f.uri == occupation_uri("welder"))

    assert (fit.label, fit.score) == ("soudeur", 0.5)
    assert fit.matched_essential == (SkillRef(skill_uri("weld"), "souder"),)
    assert fit.matched_optional == ((skill_uri("team"), "travailler en équipe"),)
    assert fit.missing_essential == ((skill_uri("plan"), "lire un plan"),)
    assert fit.missing_optional == ((skill_uri("measure"), "mesurer"),)


def test_level_scales_the_score(ref_db):
    expert = rank_occupations([HeldSkill(skill_uri("care"), 4)], ref_db)[0]
    beginner = rank_occupations([HeldSkill(skill_uri("care"), 1)], ref_db)[0]

    assert expert.label == beginner.label == "aide-soignant"
    assert (expert.score, beginner.score) == (0.5, 0.25)


def test_skill_listed_twice_keeps_its_best_level(ref_db):
    fits = rank_occupations(
        [HeldSkill(skill_uri("care"), 1), HeldSkill(skill_uri("care"), 3)], ref_db
    )

    assert fits[0].score == 0.5


def test_essential_skills_weigh_more_than_optional_ones(ref_db):
    # magasinier: stock essential (2) + forklift optional (1) = 3/3; cariste: 2+2 out of 5.
    fits = rank_occupations([skill_uri("stock"), skill_uri("forklift")], ref_db)
    assert _ranking(fits) == [("magasinier", 1.0), ("cariste", 0.8)]

    # "mesurer" is essential for chaudronnier (2/6) and optional for soudeur (1/6).
    measured = rank_occupations([skill_uri("measure")], ref_db)
    assert _ranking(measured) == [("chaudronnier", 0.333), ("soudeur", 0.167)]


def test_equal_scores_follow_label_order(ref_db):
    # weld + team: soudeur (2+1)/6 and aide-soignant 2/4 both score 0.5.
    fits = rank_occupations([skill_uri("weld"), skill_uri("team")], ref_db)
    assert _ranking(fits)[:2] == [("aide-soignant", 0.5), ("soudeur", 0.5)]


def test_equal_scores_sort_alphabetically(db):
    load_referential(
        db,
        {"a": "compétence a"},
        {"z": ("zingueur", ["a"], []), "b": ("boulanger", ["a"], []), "m": ("maçon", ["a"], [])},
    )

    fits = rank_occupations([skill_uri("a")], db)

    assert [(f.label, f.score) for f in fits] == [
        ("boulanger", 1.0),
        ("maçon", 1.0),
        ("zingueur", 1.0),
    ]


def test_limit_min_score_and_no_shared_skill(ref_db):
    assert len(rank_occupations([skill_uri("team")], ref_db, limit=2)) == 2
    assert rank_occupations([skill_uri("team")], ref_db, min_score=0.5)[0].label == "aide-soignant"
    assert rank_occupations(["urn:test:skill:unknown"], ref_db) == []
    assert rank_occupations([], ref_db) == []


def test_level_outside_one_to_four_is_refused():
    with pytest.raises(ValueError):
        HeldSkill(skill_uri("care"), 5)


def test_starter_forklift_profile_suggests_logistics_jobs(db):
    load_starter(db)
    held = [
        "urn:reconv:skill:conduire-chariot",
        "urn:reconv:skill:caces",
        "urn:reconv:skill:charger-decharger",
        "urn:reconv:skill:stocker-marchandises",
        "urn:reconv:skill:scanner-codes-barres",
        "urn:reconv:skill:respecter-consignes-securite",
    ]

    fits = rank_occupations(held, db, limit=3)

    assert fits[0].label == "cariste" and fits[0].missing_essential == ()
    assert {f.label for f in fits[1:]} <= {
        "agent/agente logistique",
        "magasinier/magasinière",
        "pontier/pontière",
        "préparateur/préparatrice de commandes",
    }
