"""The printed skills assessment, read back with pypdf as a worker or an employer would."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from reconv_desktop.domain.skill_audit import GapSkill
from reconv_desktop.errors import NotFoundError
from reconv_desktop.reports.assessment import (
    SECTION_TITLES,
    assessment_data,
    render_assessment,
    write_assessment_pdf,
)
from reconv_desktop.store.store import Store


def _text(pdf: bytes | Path) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text), len(reader.pages)


def _audit(store: Store, family: str, given: str) -> tuple[str, str]:
    cell = store.cells.add("Cellule Aciéries Fictives", company="Aciéries Fictives du Nord")
    worker = store.workers.add(family_name=family, given_name=given, cell_id=cell.id)
    audit = store.skill_audits.create(worker.id, title="Bilan initial", started_on="2025-02-03")
    store.skill_audits.add_experience(
        audit.id,
        employer="Aciéries Fictives du Nord",
        role="Soudeur",
        start_date="1999-09-01",
        end_date="2024-12-31",
        tasks="Soudure TIG de tuyauteries inox.",
    )
    store.skill_audits.add_education(
        audit.id,
        title="Certificat de soudeur EN ISO 9606",
        kind="certificat",
        obtained_on="2012-05-10",
    )
    store.skill_audits.add_skill(
        audit.id,
        label="Souder à l'arc (TIG)",
        level=4,
        source="attestee",
        evidence="Certificat EN ISO 9606",
    )
    store.skill_audits.add_skill(audit.id, label="Travailler en équipe", level=3, transferable=True)
    store.skill_audits.set_interests(audit.id, ["Travail manuel"])
    store.skill_audits.set_constraints(
        audit.id, driving_licences=["B"], health_restrictions="Lombalgie : pas de charges lourdes"
    )
    for label, fit in (("chaudronnier / chaudronnière", 0.71), ("tuyauteur / tuyauteuse", 0.55)):
        store.skill_audits.pick_target(
            audit.id, label, fit=fit, missing=[GapSkill("former la tôle", "urn:t:tole")]
        )
    store.skill_audits.add_plan_step(
        audit.id, step="Immersion en chaudronnerie", deadline="2025-04-01"
    )
    store.skill_audits.set_synthesis(audit.id, "Soudeur très qualifié, prêt à se reconvertir.")
    return worker.id, audit.id


@pytest.mark.parametrize("family, given", [("Nguyễn", "Thị Hoa"), ("Wójcik", "Łukasz")])
def test_assessment_has_every_section_name_target_and_pages(
    store: Store, tmp_path: Path, family: str, given: str
) -> None:
    worker_id, _ = _audit(store, family, given)
    out = tmp_path / "bilan Łódź.pdf"
    pages = write_assessment_pdf(store, worker_id, out)
    text, count = _text(out)
    assert count == pages >= 2
    for number, title in enumerate(SECTION_TITLES, start=1):
        assert f"{number}. {title}" in text
    assert family.upper() in text and given in text  # embedded Unicode font, not Latin-1 boxes
    assert "chaudronnier / chaudronnière" in text and "tuyauteur / tuyauteuse" in text
    assert "71 %" in text and "former la tôle" in text
    assert f"Page 1 / {count}" in text and f"Page {count} / {count}" in text
    assert text.count("Confidentiel") == count
    assert "Conseillère Test" in text and "Cellule Aciéries Fictives" in text
    assert "Lombalgie" not in text  # health details stay off what employers see
    assert "À aborder avec la personne" in text
    assert out.stat().st_mode & 0o077 == 0  # personal data: owner-only file


def test_health_details_print_only_when_asked(store: Store) -> None:
    worker_id, _ = _audit(store, "Yılmaz", "Ayşe")
    pdf, _ = render_assessment(assessment_data(store, worker_id, include_health=True))
    assert "Lombalgie : pas de charges lourdes" in _text(pdf)[0]


def test_sixty_skills_and_very_long_texts_flow_over_pages(store: Store) -> None:
    worker_id, audit_id = _audit(store, "Nguyễn", "Thị Hoa")
    filler = "Tâche décrite très longuement par la personne accompagnée, sans raccourci. "
    store.skill_audits.add_experience(
        audit_id,
        employer="Intérim Fictif",
        role="Opérateur",
        start_date="1990-01-01",
        end_date="1999-08-31",
        tasks=filler * 120 + "FIN-DES-TÂCHES",
    )
    for i in range(60):
        store.skill_audits.add_skill(
            audit_id,
            label=f"Compétence n° {i:02d} — " + "détail " * (i % 7),
            level=1 + i % 4,
            transferable=i % 5 == 0,
            evidence=("Observation notée en atelier. " * (i % 9)).strip(),
        )
    store.skill_audits.add_skill(
        audit_id, label="Mot-sans-espace", level=2, evidence="x" * 1500
    )  # one unbreakable word wider than its column
    synthesis = "\n\n".join(f"Paragraphe {i} : " + filler * 12 for i in range(18))
    store.skill_audits.set_synthesis(audit_id, synthesis + "\n\nDERNIÈRE-PHRASE-DE-LA-SYNTHÈSE")
    pdf, pages = render_assessment(assessment_data(store, worker_id))
    text, count = _text(pdf)
    assert count == pages >= 8
    assert "FIN-DES-TÂCHES" in text and "DERNIÈRE-PHRASE-DE-LA-SYNTHÈSE" in text
    assert "Compétence n° 00" in text and "Compétence n° 59" in text
    assert "9. Signatures" in text


def test_worker_without_audit_gets_a_french_error(store: Store) -> None:
    worker = store.workers.add(family_name="Kowalski", given_name="Agnieszka")
    with pytest.raises(NotFoundError, match="Aucun bilan de compétences pour KOWALSKI"):
        assessment_data(store, worker.id)


def test_empty_audit_still_prints_with_gentle_placeholders(store: Store) -> None:
    worker = store.workers.add(family_name="Öztürk", given_name="Emre")
    store.skill_audits.create(worker.id)
    text, count = _text(render_assessment(assessment_data(store, worker.id))[0])
    assert count >= 2
    assert "Aucune expérience professionnelle renseignée." in text
    assert "Aucun métier visé pour l'instant." in text
