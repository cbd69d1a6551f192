"""Labels in the other languages of an ESCO folder: kept, replaced all or nothing, searchable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reconv_desktop.referential.esco_import import import_esco
from reconv_desktop.referential.model import ReferentialImportError
from reconv_desktop.referential.search import search_occupations, search_skills
from reconv_desktop.referential.writer import labels_for

from .conftest import ESCO_FIXTURES

ARC_WELDING = "http://example.org/esco/skill/m1"
WELDER = "http://example.org/esco/occupation/m1"


@pytest.fixture
def multi(tmp_path: Path) -> Path:
    """A writable copy of the French + Dutch fixture."""
    return Path(shutil.copytree(ESCO_FIXTURES / "multi", tmp_path / "esco-multi"))


def test_dutch_labels_are_kept_for_a_french_import(db, multi):
    report = import_esco(db, multi, lang="fr")

    assert report.lang == "fr" and report.labels == {"nl": 3}
    assert labels_for(db, ARC_WELDING) == {"fr": "souder à l'arc", "nl": "booglassen"}
    assert labels_for(db, WELDER) == {"fr": "soudeur/soudeuse", "nl": "lasser"}
    assert labels_for(db, "http://example.org/esco/skill/absent") == {}


def test_dutch_label_of_an_unknown_uri_is_dropped(db, multi):
    with (multi / "skills_nl.csv").open("a", encoding="utf-8") as out:
        out.write(
            "KnowledgeSkillCompetence,http://example.org/esco/skill/zz,skill/competence,"
            "transversal,spookvaardigheid,,\n"
        )

    report = import_esco(db, multi, lang="fr")

    assert report.labels == {"nl": 3}
    assert labels_for(db, "http://example.org/esco/skill/zz") == {}


def test_broken_translation_names_file_line_column_and_keeps_old_labels(db, multi):
    import_esco(db, multi, lang="fr")
    (multi / "skills_nl.csv").write_text(
        "conceptUri,preferredLabel,altLabels\n"
        "http://example.org/esco/skill/m1,nieuw booglassen,\n"
        "http://example.org/esco/skill/m2,,samenwerken\n",
        encoding="utf-8",
    )

    with pytest.raises(ReferentialImportError) as error:
        import_esco(db, multi, lang="fr")

    message = str(error.value)
    assert "skills_nl.csv" in message and "ligne 3" in message and "preferredLabel" in message
    assert labels_for(db, ARC_WELDING)["nl"] == "booglassen"


def test_search_in_dutch_shows_the_french_skill(db, multi):
    import_esco(db, multi, lang="fr")

    hits = search_skills(db, "booglas", langs=("nl",))
    assert [(h.label, h.matched_alt_label, h.matched_lang) for h in hits] == [
        ("souder à l'arc", "booglassen", "nl")
    ]
    alt = search_skills(db, "elektrode", langs=("nl",))
    assert [(h.uri, h.matched_alt_label) for h in alt] == [(ARC_WELDING, "lassen met elektrode")]
    assert [h.label for h in search_occupations(db, "lasser TIG", langs=("nl",))] == [
        "soudeur/soudeuse"
    ]


def test_main_language_search_ignores_other_languages_unless_asked(db, multi):
    import_esco(db, multi, lang="fr")

    assert search_skills(db, "booglassen") == []
    assert search_skills(db, "souder", langs=("nl",)) == []
    both = search_skills(db, "souder", langs=("fr", "nl"))
    assert [(h.label, h.matched_lang) for h in both] == [("souder à l'arc", None)]


def test_a_one_language_import_clears_previous_translations(db, multi, esco_fr):
    import_esco(db, multi, lang="fr")

    report = import_esco(db, esco_fr)

    assert report.labels == {}
    assert search_skills(db, "booglassen", langs=("nl",)) == []
    assert db.execute("SELECT count(*) FROM ref_label").fetchone()[0] == 0
