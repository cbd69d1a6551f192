"""Skill and occupation search: accents, case, prefixes, preferred label first."""

from __future__ import annotations

import pytest

from reconv_desktop.referential.esco_import import import_esco
from reconv_desktop.referential.search import search_occupations, search_skills
from reconv_desktop.referential.starter import load_starter

from .conftest import ESCO_FIXTURES


@pytest.fixture
def esco_db(db):
    import_esco(db, ESCO_FIXTURES / "fr")
    return db


@pytest.mark.parametrize("typed", ["soudeur", "Soudeur", "SOUDEUR", "soud", "sou"])
def test_welder_is_found_whatever_the_case_and_as_you_type(esco_db, typed):
    assert search_occupations(esco_db, typed)[0].label == "soudeur/soudeuse"


@pytest.mark.parametrize("typed", ["electricien", "électricien", "ÉLECTRICIEN", "elec"])
def test_accents_are_ignored(esco_db, typed):
    hits = search_occupations(esco_db, typed)
    assert [h.label for h in hits] == ["électricien/électricienne"]
    assert hits[0].matched_alt_label is None


def test_feminine_form_after_the_slash_is_found(esco_db):
    assert [h.label for h in search_occupations(esco_db, "soudeuse")] == ["soudeur/soudeuse"]


def test_alt_label_match_says_which_label_matched(esco_db):
    hits = search_occupations(esco_db, "auxiliaire de soins")

    assert [(h.label, h.matched_alt_label) for h in hits] == [
        ("aide-soignant/aide-soignante", "auxiliaire de soins")
    ]


def test_preferred_label_match_ranks_before_alt_label_match(esco_db):
    # "cariste" is cariste's preferred label and an alternative label of nobody else here;
    # "chariot" is in a preferred skill label and in an alternative label of another skill.
    hits = search_skills(esco_db, "chariot")

    assert hits[0].label == "conduire un chariot élévateur"
    assert hits[0].matched_alt_label is None
    occupations = search_occupations(esco_db, "chariot")
    assert [(h.label, h.matched_alt_label) for h in occupations] == [
        ("cariste", "conducteur de chariot élévateur")
    ]


def test_every_word_must_match_last_one_as_prefix(esco_db):
    assert [h.label for h in search_skills(esco_db, "gérer st")] == ["gérer les stocks"]
    assert search_skills(esco_db, "gérer pneus") == []


def test_ligature_oe_is_folded(esco_db):
    assert [h.label for h in search_skills(esco_db, "oenologie")] == ["œnologie"]


def test_skill_hits_carry_type_and_reuse_level(esco_db):
    hit = search_skills(esco_db, "travailler en équipe")[0]

    assert (hit.skill_type, hit.reuse_level) == ("skill/competence", "transversal")


@pytest.mark.parametrize(
    "typed", ['"', "*", "AND", "NEAR(", "soud*eur OR", "-", "  ", "", "'", "^x", ":"]
)
def test_fts_syntax_typed_by_the_user_is_just_text(esco_db, typed):
    hits = search_occupations(esco_db, typed)

    assert all(h.uri.startswith("http://example.org/") for h in hits)
    if not any(ch.isalnum() for ch in typed):
        assert hits == []


def test_limit_is_respected_and_order_is_stable(db):
    load_starter(db)

    first = search_skills(db, "c", limit=7)
    assert len(first) == 7
    assert search_skills(db, "c", limit=7) == first


def test_starter_search_finds_common_counsellor_words(db):
    load_starter(db)

    assert search_occupations(db, "cariste")[0].label == "cariste"
    assert search_occupations(db, "aide soignante")[0].label == "aide-soignant/aide-soignante"
    assert search_skills(db, "excel")[0].matched_alt_label == "Excel"
    plumber = search_occupations(db, "chauffagiste")
    assert plumber[0].label.startswith("plombier-chauffagiste")
