"""ESCO CSV import: the official layout, tolerant of columns, strict on broken rows."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import sqlcipher3
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from reconv_desktop.errors import ReconvError
from reconv_desktop.referential.esco_import import find_esco_files, import_esco
from reconv_desktop.referential.model import ReferentialImportError
from reconv_desktop.referential.schema import apply_referential_schema
from reconv_desktop.referential.search import search_occupations, search_skills
from reconv_desktop.referential.writer import referential_info

from .conftest import ESCO_FIXTURES, REAL_ESCO_FR

SKILL_S02 = "http://example.org/esco/skill/s02"


def _row(db: sqlite_utils.Database, table: str, uri: str) -> dict:
    return next(db.query(f"SELECT * FROM {table} WHERE uri = ?", [uri]))


def test_import_reads_every_row_of_the_official_layout(db, esco_fr):
    report = import_esco(db, esco_fr)

    assert (report.lang, report.skills, report.occupations) == ("fr", 8, 5)
    assert report.relations == 12
    info = referential_info(db)
    assert (info.source, info.lang, info.skills, info.occupations) == ("esco", "fr", 8, 5)


def test_multiline_alt_labels_with_quotes_are_split_per_label(db, esco_fr):
    import_esco(db, esco_fr)

    chariot = _row(db, "ref_skill", SKILL_S02)
    assert chariot["alt_labels"].split("\n") == ["conduite de chariot", 'CACES "R489" (chariots)']
    assert chariot["skill_type"] == "skill/competence"
    assert chariot["reuse_level"] == "sector-specific"
    quality = _row(db, "ref_skill", "http://example.org/esco/skill/s04")
    assert quality["label"] == 'contrôler la "qualité" des produits'
    welder = _row(db, "ref_occupation", "http://example.org/esco/occupation/o1")
    assert (welder["code"], welder["isco_group"]) == ("7212.1", "7212")
    assert welder["description"] == "Assemble des pièces métalliques par soudage."


def test_bom_and_shuffled_extra_columns_are_read_by_name(db, esco_fr):
    # skills_fr.csv starts with a BOM right before "conceptUri" and has extra columns.
    import_esco(db, esco_fr)

    assert _row(db, "ref_skill", "http://example.org/esco/skill/s01")["label"] == "souder à l'arc"


def test_links_to_unknown_skills_are_skipped_with_a_warning(db, esco_fr):
    report = import_esco(db, esco_fr)

    assert report.skipped_relations == 1
    assert any("1 lien(s)" in w for w in report.warnings)


def test_progress_reaches_the_total(db, esco_fr):
    calls = []
    import_esco(db, esco_fr, progress=lambda done, total, label: calls.append((done, total)))

    assert calls[-1][0] == calls[-1][1] > 0
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_missing_relations_file_imports_with_a_warning(db, esco_fr):
    (esco_fr / "occupationSkillRelations_fr.csv").unlink()

    report = import_esco(db, esco_fr)

    assert report.occupations == 5 and report.relations == 0
    assert any("occupationSkillRelations_fr.csv absent" in w for w in report.warnings)


def test_several_languages_prefer_french(db):
    report = import_esco(db, ESCO_FIXTURES / "multi")

    assert report.lang == "fr" and report.labels == {"nl": 3}


def test_several_languages_without_french_need_a_choice(tmp_path, db):
    for name in ("skills_nl.csv", "occupations_nl.csv", "skills_de.csv", "occupations_de.csv"):
        (tmp_path / name).write_text("conceptUri,preferredLabel\n", encoding="utf-8")

    with pytest.raises(ReferentialImportError) as error:
        import_esco(db, tmp_path)

    assert "Plusieurs langues" in str(error.value)
    assert "de, nl" in str(error.value)


def test_chosen_language_is_imported_with_suffixless_relations(db):
    report = import_esco(db, ESCO_FIXTURES / "multi", lang="nl")

    assert report.lang == "nl" and report.relations == 2
    assert [h.label for h in search_occupations(db, "lasser")] == ["lasser"]
    assert search_skills(db, "elektrisch")[0].matched_alt_label == "elektrisch lassen"


def test_unknown_language_names_the_missing_file(db):
    with pytest.raises(ReferentialImportError) as error:
        import_esco(db, ESCO_FIXTURES / "multi", lang="de")

    assert "skills_de.csv" in str(error.value) and "fr, nl" in str(error.value)


def test_language_suffixes_with_region_are_detected(tmp_path):
    for name in ("skills_en-us.csv", "occupations_en-us.csv"):
        (tmp_path / name).write_text("conceptUri,preferredLabel\n", encoding="utf-8")

    assert find_esco_files(tmp_path).lang == "en-us"


def test_empty_uri_names_file_line_and_column_and_keeps_previous(db, esco_fr):
    import_esco(db, esco_fr)
    path = esco_fr / "occupations_fr.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    # Physical line 6 of the file: the records above span several lines each.
    lines.insert(5, "Occupation,,9999,métier fantôme,,,released,,\n")
    path.write_text("".join(lines), encoding="utf-8")

    with pytest.raises(ReferentialImportError) as error:
        import_esco(db, esco_fr)

    assert str(error.value) == "occupations_fr.csv, ligne 6, colonne « conceptUri » : valeur vide"
    assert isinstance(error.value, ReconvError)
    assert referential_info(db).occupations == 5
    assert [h.label for h in search_occupations(db, "soudeur")] == ["soudeur/soudeuse"]
    assert search_occupations(db, "fantome") == []


def test_short_row_names_the_first_missing_column(db, esco_fr):
    path = esco_fr / "skills_fr.csv"
    path.write_text(path.read_text(encoding="utf-8-sig") + "urn:x,released,étiquette\n", "utf-8")

    with pytest.raises(ReferentialImportError) as error:
        import_esco(db, esco_fr)

    assert str(error.value).startswith("skills_fr.csv, ligne 16, colonne « altLabels »")


def test_unclosed_quote_is_reported_with_the_file(db, esco_fr):
    path = esco_fr / "occupationSkillRelations_fr.csv"
    path.write_text(
        path.read_text(encoding="utf-8") + 'urn:o,"essential,skill/competence,urn:s,x\n', "utf-8"
    )

    with pytest.raises(ReferentialImportError) as error:
        import_esco(db, esco_fr)

    assert str(error.value).startswith("occupationSkillRelations_fr.csv, ligne 15")


def test_bad_relation_type_names_the_column(db, esco_fr):
    path = esco_fr / "occupationSkillRelations_fr.csv"
    text = path.read_text(encoding="utf-8").replace(",essential,", ",indispensable,", 1)
    path.write_text(text, encoding="utf-8")

    with pytest.raises(ReferentialImportError) as error:
        import_esco(db, esco_fr)

    assert "ligne 2, colonne « relationType »" in str(error.value)
    assert "indispensable" in str(error.value)


def test_missing_required_column_is_named(db, esco_fr):
    path = esco_fr / "occupations_fr.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("preferredLabel", "label", 1), "utf-8")

    with pytest.raises(ReferentialImportError) as error:
        import_esco(db, esco_fr)

    assert "occupations_fr.csv, ligne 1, colonne « preferredLabel »" in str(error.value)


def test_duplicate_uri_points_to_the_first_occurrence(db, esco_fr):
    path = esco_fr / "skills_fr.csv"
    text = path.read_text(encoding="utf-8-sig")
    path.write_text(text + "http://example.org/esco/skill/s03,released,encore,,,,,,\n", "utf-8")

    with pytest.raises(ReferentialImportError) as error:
        import_esco(db, esco_fr)

    assert "en double (déjà ligne 7)" in str(error.value)


def test_non_utf8_file_is_refused_clearly(db, esco_fr):
    path = esco_fr / "skills_fr.csv"
    path.write_bytes(path.read_text(encoding="utf-8-sig").encode("cp1252"))

    with pytest.raises(ReferentialImportError) as error:
        import_esco(db, esco_fr)

    assert "skills_fr.csv" in str(error.value) and "UTF-8" in str(error.value)


def test_missing_directory_is_a_user_error(db, tmp_path):
    with pytest.raises(ReferentialImportError) as error:
        import_esco(db, tmp_path / "nowhere")

    assert "Dossier introuvable" in str(error.value)


_CSV_ALPHABET = st.sampled_from(
    [*"abcé\",\n\r ;'\ufeff\x00", "conceptUri", "preferredLabel", "altLabels", "\u2028"]
)


@settings(max_examples=120)
@given(
    skills=st.one_of(st.binary(max_size=200), st.lists(_CSV_ALPHABET, max_size=60).map("".join)),
    relations=st.lists(_CSV_ALPHABET, max_size=40).map("".join),
)
def test_garbage_files_only_ever_raise_referential_import_error(skills, relations):
    database = sqlite_utils.Database(sqlcipher3.connect(":memory:"))
    apply_referential_schema(database)
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        shutil.copy(ESCO_FIXTURES / "fr" / "occupations_fr.csv", directory)
        data = skills if isinstance(skills, bytes) else skills.encode("utf-8")
        (directory / "skills_fr.csv").write_bytes(b"conceptUri,preferredLabel\n" + data)
        (directory / "occupationSkillRelations_fr.csv").write_text(relations, encoding="utf-8")
        try:
            report = import_esco(database, directory)
        except ReferentialImportError as error:
            assert error.message
            assert referential_info(database) is None
        else:
            assert report.occupations == 5
            assert referential_info(database).skills == report.skills


@pytest.mark.skipif(not REAL_ESCO_FR.is_dir(), reason="real ESCO data (../shared) not present")
def test_real_esco_french_release_imports(db):
    report = import_esco(db, REAL_ESCO_FR)

    assert (report.skills, report.occupations) == (13485, 2942)
    assert report.seconds < 30
    assert search_occupations(db, "soudeur")[0].label.startswith("soudeur")
