"""Reference bundles carry the training catalogue and, with --referential, the referential."""

from __future__ import annotations

import io
import json
import tarfile
from datetime import date
from pathlib import Path

import pyrage
import pytest

from reconv_desktop.referential.esco_import import import_esco
from reconv_desktop.referential.targets import pick_ranked_target, rank_targets
from reconv_desktop.referential.training_match import trainings_for_audit
from reconv_desktop.referential.writer import referential_info
from reconv_desktop.store.training_import import import_catalogue
from reconv_desktop.sync import container, verify
from reconv_desktop.sync.coordination import send_bundle
from reconv_desktop.sync.errors import BundleError
from reconv_desktop.sync.export import export_bundle
from reconv_desktop.sync.identity import device_identity
from reconv_desktop.sync.importing import import_bundle, inspect_bundle
from reconv_desktop.sync.reference_data import referential_tables
from tests.sync.conftest import dump
from tests.sync.hostile import make_bundle

ESCO_FR = Path(__file__).resolve().parents[1] / "data" / "esco" / "fr"
WELDING = "http://example.org/esco/skill/s01"
WELDER = "http://example.org/esco/occupation/o1"
CATALOGUE = (
    "code;intitule;organisme;lieu;debut;fin;heures;metier_uri;competences\n"
    f"F1;Soudure à l'arc;Centre Łukasz Wójcik;Liège;2099-03-02;2099-04-30;120;{WELDER};"
    "souder à l'arc\n"
    "F2;Cariste CACES;Forem;Namur;2099-05-04;;35;;http://example.org/esco/skill/s02\n"
)


@pytest.fixture
def coordination_ready(paired, tmp_path):
    """(counsellor, coordination) with ESCO and a catalogue loaded on coordination."""
    counsellor, coord = paired
    import_esco(coord.db, ESCO_FR)
    csv = tmp_path / "catalogue.csv"
    csv.write_text(CATALOGUE, encoding="utf-8")
    assert import_catalogue(coord, csv).added == 2
    return counsellor, coord


def _send(coord, counsellor, dest: Path, **options):
    card = device_identity(counsellor).card
    return send_bundle(coord, card, dest, reference="builtin", **options)


def _bump_version(coord, label: str) -> None:
    with coord.transaction():
        coord.conn.execute("UPDATE ref_meta SET imported_at = '2099-01-01T00:00:00+00:00'")
        coord.conn.execute("UPDATE ref_skill SET label = ? WHERE uri = ?", [label, WELDING])


def _label(store, uri: str) -> str:
    return store.conn.execute("SELECT label FROM ref_skill WHERE uri = ?", [uri]).fetchone()[0]


def test_catalogue_and_referential_reach_counsellor_and_drive_ranking(
    coordination_ready, tmp_path
) -> None:
    counsellor, coord = coordination_ready
    sent = _send(coord, counsellor, tmp_path / "ref.reconv", referential=True)
    assert sent.rows["training"] == 2 and sent.rows["ref_skill"] == 8

    preview = inspect_bundle(counsellor, sent.path)
    assert (
        preview.referential
        == "référentiel : 8 compétences, 5 métiers, 12 liens — remplace l'actuel"
    )
    report = import_bundle(counsellor, sent.path)
    assert report.applied and report.summary["training"]["new"] == 2

    info = referential_info(counsellor.db)
    assert (info.source, info.skills, info.occupations, info.relations) == ("esco", 8, 5, 12)
    assert "reçu de « Coordination Ayşe Yılmaz »" in info.source_detail
    assert [t.title for t in counsellor.trainings.search("lukasz wojcik liege")] == [
        "Soudure à l'arc"
    ]
    assert counsellor.trainings.search(occupation=WELDER)[0].skill_uris == (WELDING,)
    # The counsellor ranks on the received referential and finds the catalogue's training.
    worker = counsellor.workers.add(family_name="Yılmaz", given_name="Ayşe")
    audit = counsellor.skill_audits.create(worker.id)
    for skill in ("s03", "s04"):
        counsellor.skill_audits.add_skill(
            audit.id, skill_uri=f"http://example.org/esco/skill/{skill}"
        )
    ranked = rank_targets(counsellor.db, counsellor.skill_audits.get(audit.id), limit=5)
    welder = next(r for r in ranked if r.fit.uri == WELDER)
    assert [g.uri for g in welder.missing] == [WELDING]
    pick_ranked_target(counsellor.skill_audits, audit.id, welder)
    audit = counsellor.skill_audits.get(audit.id)
    (first,) = trainings_for_audit(counsellor, audit, today=date(2026, 3, 1))
    assert first.uri == WELDER
    assert [s.training.title for s in first.suggestions] == ["Soudure à l'arc"]
    assert [g.uri for g in first.suggestions[0].covered] == [WELDING]

    before = dump(counsellor)
    assert import_bundle(counsellor, sent.path).already_imported
    assert dump(counsellor) == before
    # Another bundle with the same referential version: the referential stays as it is.
    again = _send(coord, counsellor, tmp_path / "again.reconv", referential=True)
    second = import_bundle(counsellor, again.path)
    assert "pas plus récent" in second.referential
    assert second.summary["ref_skill"]["unchanged"] == 8 and second.changes == 0


def test_older_referential_after_newer_does_not_roll_back(coordination_ready, tmp_path) -> None:
    counsellor, coord = coordination_ready
    old = _send(coord, counsellor, tmp_path / "old.reconv", referential=True)
    _bump_version(coord, "souder à l'arc (version 2)")
    new = _send(coord, counsellor, tmp_path / "new.reconv", referential=True)
    assert import_bundle(counsellor, new.path).applied
    assert _label(counsellor, WELDING) == "souder à l'arc (version 2)"
    late = import_bundle(counsellor, old.path)
    assert late.applied and "inchangé" in late.referential
    assert _label(counsellor, WELDING) == "souder à l'arc (version 2)"
    # Search still works on the replaced referential (FTS kept in step by the triggers).
    from reconv_desktop.referential.search import search_skills

    assert [h.uri for h in search_skills(counsellor.db, "version 2")] == [WELDING]


def test_bad_catalogue_csv_changes_nothing(coordination_ready, tmp_path) -> None:
    _counsellor, coord = coordination_ready
    before = dump(coord)
    bad = tmp_path / "mauvais.csv"
    bad.write_text("intitule;debut\nSoudure;2026-03-02\nCariste;le 4 mai\n", encoding="utf-8")
    with pytest.raises(Exception) as caught:
        import_catalogue(coord, bad)
    assert caught.value.message == (
        "Catalogue « mauvais.csv », ligne 3, colonne « debut » : Date de début invalide : "
        "« le 4 mai » (format attendu JJ/MM/AAAA). Rien n'a été importé."
    )
    assert dump(coord) == before


def test_counsellor_bundle_with_training_rows_is_refused(paired, tmp_path) -> None:
    counsellor, coord = paired
    # A counsellor cannot write the catalogue through the app; forge a row as a tool might.
    with counsellor.transaction():
        counsellor.conn.execute(
            "INSERT INTO training (id, updated_at, origin, title) VALUES (?, ?, ?, ?)",
            [
                "b8f0c3a2-1111-4c55-9a63-2d1a0c9b7e11",
                counsellor.stamp(),
                counsellor.device_id,
                "Formation inventée",
            ],
        )
    export_bundle(counsellor, "2026-03", "full", tmp_path / "b.reconv")
    report = import_bundle(coord, tmp_path / "b.reconv")
    assert report.summary["training"]["refused"] == 1
    kept = "SELECT count(*) FROM received_row WHERE table_name = 'training'"
    assert coord.conn.execute(kept).fetchone()[0] == 0


def test_incoherent_referential_is_refused_before_anything_changes(
    coordination_ready, tmp_path
) -> None:
    counsellor, coord = coordination_ready
    tables = referential_tables(coord)
    tables["ref_meta"][0]["skill_count"] = 99
    before = dump(counsellor)
    path = make_bundle(
        tmp_path / "bad.reconv",
        coord,
        counsellor,
        rows=tables,
        manifest={"kind": "reference", "scope": "reference"},
    )
    with pytest.raises(BundleError) as caught:
        import_bundle(counsellor, path)
    assert caught.value.code == "bad_referential"
    assert "« skill_count » annonce 99 lignes" in caught.value.message
    assert dump(counsellor) == before


def test_format_version_and_older_reader_ignores_new_tables(
    coordination_ready, tmp_path, monkeypatch
) -> None:
    counsellor, coord = coordination_ready
    sent = _send(coord, counsellor, tmp_path / "ref.reconv", referential=True)
    plain = pyrage.decrypt(sent.path.read_bytes(), [device_identity(counsellor).age_identity])
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["format_version"] == "1.1"
    # A 1.0 reader (no training table, no joined referential) skips them, reads the rest.
    monkeypatch.setattr(container, "FORMAT_MINOR", 0)
    real_schema = verify.table_schema
    new = container.TABLES_SINCE_1_1
    monkeypatch.setattr(
        verify, "table_schema", lambda s, t: None if t in new else real_schema(s, t)
    )
    report = import_bundle(counsellor, sent.path)
    assert sorted(report.ignored_tables) == sorted(new)
    assert report.applied and "training" not in report.summary
    assert counsellor.trainings.all() == []
    welding = "SELECT count(*) FROM ref_skill WHERE uri = ?"
    assert counsellor.conn.execute(welding, [WELDING]).fetchone()[0] == 0
