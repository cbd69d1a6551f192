"""Audits, referential and printed assessment through the real `reconv` CLI."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

ESCO_FR = Path(__file__).resolve().parents[1] / "data" / "esco" / "fr"


def _one_line_error(result) -> str:
    assert result.code == 1, result.err
    assert "Traceback" not in result.err and result.err.startswith("reconv : ")
    assert len(result.err.strip().splitlines()) == 1
    return result.err


def test_demo_audit_shown_ranked_and_printed(reconv, tmp_path: Path) -> None:
    assert reconv("init").code == 0
    assert reconv("demo", "--workers", "8", "--seed", "3").code == 0
    filled = reconv("demo-audits", "--workers", "4", "--seed", "3")
    assert filled.code == 0, filled.err
    assert "4 bilans de démonstration ajoutés." in filled.out

    found = reconv("workers", "search", "nguyen").out.splitlines()
    worker_id = next(line.split("\t")[0] for line in found if "Thị Hoa" in line)

    shown = reconv("audit", "show", worker_id)
    assert shown.code == 0, shown.err
    assert "NGUYỄN Thị Hoa" in shown.out
    for heading in ("Parcours :", "Compétences :", "Métiers visés :", "Plan d'action :"):
        assert heading in shown.out

    targets = reconv("audit", "targets", worker_id, "--limit", "5")
    assert targets.code == 0, targets.err
    assert targets.out.startswith(" 1. ") and "Compétences essentielles couvertes" in targets.out
    percents = [int(line[4:7]) for line in targets.out.splitlines() if line[:2].strip().isdigit()]
    assert percents == sorted(percents, reverse=True) and len(percents) == 5

    out = tmp_path / "bilan Nguyễn.pdf"
    printed = reconv("assessment", "print", worker_id, "--out", str(out))
    assert printed.code == 0, printed.err
    reader = PdfReader(out)
    assert f"({len(reader.pages)} pages" in printed.out
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Thị Hoa" in text and "1. Parcours professionnel" in text

    skills = reconv("referential", "search", "equipe")
    assert skills.code == 0 and "travailler en équipe" in skills.out
    jobs = reconv("referential", "search", "soudeur", "--occupations")
    assert jobs.code == 0 and "soudeur / soudeuse" not in jobs.out and "soudeur" in jobs.out


def test_esco_import_then_search_and_clear_errors(reconv, tmp_path: Path) -> None:
    assert reconv("init").code == 0
    imported = reconv("referential", "import-esco", str(ESCO_FR))
    assert imported.code == 0, imported.err
    assert "Référentiel ESCO (fr) importé" in imported.out and "compétences" in imported.out
    assert "100 %" in imported.err  # progress went to stderr

    err = _one_line_error(reconv("referential", "import-esco", str(tmp_path / "absent")))
    assert "Dossier introuvable" in err
    err = _one_line_error(
        reconv("assessment", "print", "inconnu", "--out", str(tmp_path / "x.pdf"))
    )
    assert "introuvable" in err.lower()
    assert not (tmp_path / "x.pdf").exists()
    added = reconv("workers", "add", "Kowalski", "Agnieszka")
    err = _one_line_error(
        reconv("assessment", "print", added.out.strip(), "--out", str(tmp_path / "x.pdf"))
    )
    assert "Aucun bilan de compétences pour KOWALSKI Agnieszka" in err
