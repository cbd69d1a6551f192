"""Training catalogue: coordination writes it (by hand or from a CSV), everyone searches it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconv_desktop.domain.training import parse_hours
from reconv_desktop.errors import ReconvError, ValidationError
from reconv_desktop.referential.targets import ensure_referential
from reconv_desktop.store.training_import import import_catalogue
from tests.sync.conftest import dump

TODAY = date(2026, 3, 15)
WELDING = "http://example.org/esco/skill/s01"
FORKLIFT = "http://example.org/esco/skill/s02"


@pytest.fixture
def coordination(store):
    store.set_meta("role", "coordination")
    return store


def test_counsellor_cannot_write_the_catalogue(store) -> None:
    with pytest.raises(ReconvError) as caught:
        store.trainings.add(title="Soudage TIG")
    assert caught.value.code == "catalogue_read_only"
    assert store.trainings.all() == []


def test_search_ignores_accents_and_case_and_filters(coordination) -> None:
    t = coordination.trainings
    t.add(
        title="Soudure à l'arc — niveau 1",
        organisation="Centre Łódź Formation",
        place="Liège",
        start_date="02/03/2026",
        end_date="30/04/2026",
        hours="120",
        skill_uris=[WELDING],
        target_occupation_uri="http://example.org/o1",
        target_occupation_label="soudeur",
    )
    t.add(
        title="CACES R489 cariste",
        organisation="Forem",
        start_date="2026-05-04",
        skill_uris=f"{FORKLIFT} | {WELDING}",
    )
    t.add(title="Anglais professionnel", start_date="2025-09-01", end_date="2025-12-01")
    assert [x.title for x in t.search("SOUDURE a L'ARC")] == ["Soudure à l'arc — niveau 1"]
    assert [x.title for x in t.search("lodz liege")] == ["Soudure à l'arc — niveau 1"]
    assert [x.title for x in t.search(skill=WELDING)] == [
        "Soudure à l'arc — niveau 1",
        "CACES R489 cariste",
    ]
    assert [x.title for x in t.search(occupation="http://example.org/o1")] == [
        "Soudure à l'arc — niveau 1"
    ]
    assert [x.title for x in t.search(upcoming=True, today=TODAY)] == [
        "Soudure à l'arc — niveau 1",
        "CACES R489 cariste",
    ]
    assert [x.title for x in t.upcoming(TODAY)] == ["CACES R489 cariste"]
    found = t.search("soudure")[0]
    assert found.hours == 120 and found.dates_label() == "du 02/03/2026 au 30/04/2026"
    assert [x.title for x in t.covering([FORKLIFT], TODAY)] == ["CACES R489 cariste"]


def test_update_and_remove(coordination) -> None:
    t = coordination.trainings
    added = t.add(title="Cariste", start_date="2026-05-04")
    with pytest.raises(ValidationError) as caught:
        t.update(added.id, end_date="2026-05-01")
    assert caught.value.message == "La date de fin précède la date de début."
    assert t.update(added.id, place="Namur").place == "Namur"
    t.remove(added.id)
    assert t.all() == [] and t.count() == 0


def _csv(tmp_path: Path, text: str, name: str = "catalogue.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_csv_import_resolves_labels_and_updates_by_code(coordination, tmp_path) -> None:
    ensure_referential(coordination.db)
    skill_label, skill_uri = coordination.conn.execute(
        "SELECT label, uri FROM ref_skill ORDER BY uri LIMIT 1"
    ).fetchone()
    path = _csv(
        tmp_path,
        "Code;Intitulé;Organisme;Début;Fin;Heures;Compétences;Remarques\n"
        f"F1;Soudure TIG;Centre Ayşe;02/03/2026;30/04/2026;120;{skill_label.upper()};\n"
        f'F2;Cariste;Forem;2026-05-04;;35,0;;"ligne 1\nligne 2"\n',
    )
    assert (import_catalogue(coordination, path).added, coordination.trainings.count()) == (2, 2)
    tig = coordination.trainings.search("soudure tig")[0]
    assert tig.skill_uris == (skill_uri,) and tig.organisation == "Centre Ayşe"
    assert coordination.trainings.search("cariste")[0].notes == "ligne 1\nligne 2"
    again = import_catalogue(coordination, path)
    assert (again.added, again.updated, coordination.trainings.count()) == (0, 2, 2)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "intitule;debut\nSoudure;02/03/2026\nCariste;31/02/2026\n",
            "ligne 3, colonne « debut » : Date de début invalide : « 31/02/2026 »",
        ),
        (
            "intitule;heures\nSoudure;douze\n",
            "ligne 2, colonne « heures » : Nombre d'heures invalide : « douze »",
        ),
        (
            "intitule,competences\nSoudure,pâtisserie fine\n",
            "ligne 2, colonne « competences » : compétence « pâtisserie fine » inconnue",
        ),
        ("intitule;prix\nSoudure;12\n", "en-tête, colonne « prix » : colonne inconnue"),
        ("organisme\nForem\n", "la colonne « intitule » est obligatoire"),
        (
            "intitule;debut;fin\nSoudure;2026-05-04;2026-05-01\n",
            "ligne 2, colonne « fin » : La date de fin précède la date de début.",
        ),
    ],
)
def test_bad_csv_names_line_and_column_and_changes_nothing(
    coordination, tmp_path, content, message
) -> None:
    coordination.trainings.add(title="Déjà là")
    before = dump(coordination)
    with pytest.raises(ReconvError) as caught:
        import_catalogue(coordination, _csv(tmp_path, content))
    assert caught.value.code == "bad_catalogue"
    assert message in caught.value.message and "Rien n'a été importé." in caught.value.message
    assert dump(coordination) == before


@settings(max_examples=200)
@given(st.one_of(st.text(max_size=12), st.sampled_from(["nan", "inf", "1e400", "-3", "12 h"])))
def test_hours_parser_never_crashes(raw: str) -> None:
    try:
        hours = parse_hours(raw)
    except ValidationError as exc:
        assert "heures" in exc.message
    else:
        assert hours is None or 0 <= hours <= 10_000
