"""Training catalogue and joined referential through the real `reconv` CLI, two vaults."""

from __future__ import annotations

from pathlib import Path

ESCO_FR = Path(__file__).resolve().parents[1] / "data" / "esco" / "fr"
CATALOGUE = (
    "intitule;organisme;lieu;debut;fin;heures;competences\n"
    "Soudure à l'arc;Centre Nguyễn Thị Hoa;Liège;2099-03-02;2099-04-30;120;souder à l'arc\n"
    "Cariste CACES;Forem;Namur;2099-05-04;;35;http://example.org/esco/skill/s02\n"
)


def test_coordination_imports_catalogue_and_counsellor_receives_it(reconv, tmp_path: Path):
    k = ["--data-dir", str(tmp_path / "coordination")]
    assert reconv(*k, "init", "--name", "Coordination Ayşe Yılmaz").code == 0
    assert reconv(*k, "coord", "init").code == 0
    assert reconv("init", "--name", "Łukasz Wójcik").code == 0
    assert reconv(*k, "referential", "import-esco", str(ESCO_FR)).code == 0

    bad = tmp_path / "mauvais.csv"
    bad.write_text("intitule;heures\nSoudure;douze\n", encoding="utf-8")
    refused = reconv(*k, "coord", "catalogue", "import", str(bad))
    assert refused.code == 1 and "Traceback" not in refused.err
    assert "ligne 2, colonne « heures »" in refused.err and "Rien n'a été importé" in refused.err
    assert len(refused.err.strip().splitlines()) == 1

    good = tmp_path / "catalogue.csv"
    good.write_text(CATALOGUE, encoding="utf-8")
    imported = reconv(*k, "coord", "catalogue", "import", str(good))
    assert imported.code == 0, imported.err
    assert "2 formation(s) ajoutée(s)" in imported.out
    listed = reconv(*k, "catalogue", "list", "--search", "nguyen liege")
    assert listed.code == 0 and "Soudure à l'arc — Centre Nguyễn Thị Hoa — Liège" in listed.out
    assert "Cariste" not in listed.out
    read_only = reconv("coord", "catalogue", "import", str(good))
    assert read_only.code == 1 and "coordination" in read_only.err

    assert reconv(*k, "identity", "export", "--out", str(tmp_path / "k.json")).code == 0
    assert reconv("identity", "export", "--out", str(tmp_path / "c.json")).code == 0
    assert reconv("coordination", "enrol", str(tmp_path / "k.json"), "--yes").code == 0
    assert reconv(*k, "coord", "add-counsellor", str(tmp_path / "c.json"), "--yes").code == 0
    bundle = tmp_path / "ref.reconv"
    sent = reconv(
        *k,
        "coord",
        "send",
        "--to",
        str(tmp_path / "c.json"),
        "--out",
        str(bundle),
        "--reference",
        "--referential",
    )
    assert sent.code == 0, sent.err
    assert "training : 2 ligne(s)" in sent.out and "ref_skill : 8 ligne(s)" in sent.out

    received = reconv("bundle", "import", str(bundle), "--yes")
    assert received.code == 0, received.err
    assert "référentiel : 8 compétences, 5 métiers, 12 liens — remplace l'actuel" in received.out
    mine = reconv("catalogue", "list", "--upcoming")
    assert mine.code == 0 and mine.out.count("\n") == 2
    assert "Cariste CACES — Forem — Namur — à partir du 04/05/2099 — 35 h" in mine.out
    found = reconv("referential", "search", "soudage")
    assert found.code == 0 and "http://example.org/esco/skill/s01" in found.out
